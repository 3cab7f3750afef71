from cpd_platform.migrations import run_env
from plan_svc.adapters.orm import metadata

run_env(metadata)
