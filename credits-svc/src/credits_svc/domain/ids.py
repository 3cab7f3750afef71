"""Record ids that grow with time (UUID version 7 layout), so the ledger's primary-key index
is appended to at its right edge instead of being written all over. Shared with other services
in cpd_platform.ids."""

from __future__ import annotations

from cpd_platform.ids import time_ordered_uuid, time_ordered_uuids

__all__ = ["time_ordered_uuid", "time_ordered_uuids"]
