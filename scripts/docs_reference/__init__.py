"""Renders the API reference under docs/reference (issue 20): the GraphQL API from the
committed SDL, every gRPC service from proto/ with its comments, and the error catalogue.
Run by `make docs` (scripts/gen_docs.py); tests/docs fails when the committed files are stale.
"""
