from catalog_svc.adapters.orm import metadata
from cpd_platform.migrations import run_env

run_env(metadata)
