"""Workspace-wide pytest fixtures: private PostgreSQL and Redis, the local identity provider."""

pytest_plugins = ["cpd_platform.testing", "local_idp.pytest_plugin"]
