"""The nomenclature read from catalog-svc is kept for its TTL, refreshed after it, and a failed
refresh is retried by the next call."""

import pytest

from plan_svc.adapters.services import NomenclatureCache
from plan_svc.domain.rule_sets import EducationLevel
from plan_svc.domain.specialties import NomenclatureSpecialty

CARDIOLOGY = NomenclatureSpecialty("31.08.36", "Кардиология", EducationLevel.HIGHER)


class CatalogDown(Exception):
    pass


async def test_the_nomenclature_is_read_once_per_ttl_and_retried_after_a_failure() -> None:
    calls: list[float] = []
    now = [0.0]
    failing = [False]

    async def fetch() -> list[NomenclatureSpecialty]:
        calls.append(now[0])
        if failing[0]:
            raise CatalogDown
        return [CARDIOLOGY]

    cache = NomenclatureCache(fetch, ttl=60.0, clock=lambda: now[0])
    assert await cache.specialty("31.08.36") == CARDIOLOGY
    assert await cache.specialty("99.99.99") is None
    now[0] = 59.0
    assert await cache.specialty("31.08.36") == CARDIOLOGY
    assert calls == [0.0]
    now[0] = 61.0
    failing[0] = True
    with pytest.raises(CatalogDown):
        await cache.specialty("31.08.36")
    failing[0] = False
    assert await cache.specialty("31.08.36") == CARDIOLOGY
    assert calls == [0.0, 61.0, 61.0]
