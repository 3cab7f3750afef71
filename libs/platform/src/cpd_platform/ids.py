"""Identifiers as they arrive from clients."""

from __future__ import annotations

import uuid
from collections.abc import Iterable


def valid_uuids(values: Iterable[str]) -> list[uuid.UUID]:
    """The values that are UUIDs; the others cannot name anything, so batch lookups skip them."""
    result = []
    for value in values:
        try:
            result.append(uuid.UUID(value))
        except ValueError:
            continue
    return result
