"""Identifiers: those that arrive from clients, and new ones that grow with time."""

from __future__ import annotations

import os
import time
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


_RANDOM_HEX = 20  # 10 random bytes per id, of which 74 bits are used
_VARIANT = "89ab"  # RFC 4122 variant: the nibble's top bits are 10


def time_ordered_uuids(count: int) -> list[str]:
    """`count` version-7 UUIDs (canonical text) sharing the current millisecond: 48 bits of
    Unix milliseconds, the version, 74 random bits and the variant. Built as text from one
    urandom call (a posted batch or an allocation makes thousands at once, where uuid4() costs
    a system call and a UUID object each), and a primary-key index takes them at its right
    edge instead of all over."""
    millis = f"{time.time_ns() // 1_000_000 & 0xFFFF_FFFF_FFFF:012x}"
    prefix = f"{millis[:8]}-{millis[8:]}-7"
    noise = os.urandom(count * _RANDOM_HEX // 2).hex()
    ids = []
    for start in range(0, count * _RANDOM_HEX, _RANDOM_HEX):
        r = noise[start : start + _RANDOM_HEX]
        variant = _VARIANT[int(r[3], 16) & 0x3]
        ids.append(f"{prefix}{r[:3]}-{variant}{r[4:7]}-{r[7:19]}")
    return ids


def time_ordered_uuid() -> str:
    return time_ordered_uuids(1)[0]
