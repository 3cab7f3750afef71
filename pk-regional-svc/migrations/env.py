from cpd_platform.migrations import run_env
from pk_regional_svc.adapters.orm import metadata

run_env(metadata)
