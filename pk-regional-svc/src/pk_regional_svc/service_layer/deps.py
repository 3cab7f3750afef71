"""What the use cases need, composed once in main.py (and in tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cpd_platform.db import UnitOfWorkFactory
from pk_regional_svc.adapters.catalog import Catalog
from pk_regional_svc.adapters.passport_cipher import PassportCipher
from pk_regional_svc.service_layer.authz import Authz


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Deps:
    uow: UnitOfWorkFactory
    authz: Authz
    catalog: Catalog
    cipher: PassportCipher
    clock: Callable[[], datetime] = field(default=utc_now)
