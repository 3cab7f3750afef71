"""Offset pages (`cpd_platform.paging`, shared with identity-svc)."""

from cpd_platform.paging import DEFAULT_PAGE, MAX_PAGE, PageOf, bounds, next_token

__all__ = ["DEFAULT_PAGE", "MAX_PAGE", "PageOf", "bounds", "next_token"]
