"""What the use cases need, composed once in main.py (and in tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cpd_platform.clock import Clock, SystemClock
from pk_regional_svc.adapters.catalog import Catalog
from pk_regional_svc.adapters.passport_cipher import PassportCipher
from pk_regional_svc.adapters.unit_of_work import PkRegionalUnitOfWork
from pk_regional_svc.service_layer.authz import Authz


@dataclass
class Deps:
    uow: Callable[[], PkRegionalUnitOfWork]
    authz: Authz
    catalog: Catalog
    cipher: PassportCipher
    clock: Clock = field(default_factory=SystemClock)
