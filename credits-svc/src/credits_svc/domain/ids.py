"""Record ids that grow with time (UUID version 7 layout), so the ledger's primary-key index
is appended to at its right edge instead of being written all over."""

from __future__ import annotations

import os
import time
import uuid


def time_ordered_uuid() -> str:
    millis = time.time_ns() // 1_000_000
    value = (millis & ((1 << 48) - 1)) << 80 | int.from_bytes(os.urandom(10)) & ((1 << 80) - 1)
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return str(uuid.UUID(int=value))
