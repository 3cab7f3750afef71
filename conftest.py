"""Workspace-wide pytest fixtures: private PostgreSQL and Redis, the local identity provider,
identity-svc for the services that need real grants."""

pytest_plugins = [
    "cpd_platform.testing",
    "local_idp.pytest_plugin",
    "identity_svc.testing",
    "cpd_platform.error_catalogue.pytest_guard",
]
