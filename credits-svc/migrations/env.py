from cpd_platform.migrations import run_env
from credits_svc.adapters.orm import metadata

run_env(metadata)
