"""Demo data for the local run: real municipalities of the Republic of Tatarstan (region 16)."""

from __future__ import annotations

from cpd_platform import demo
from pk_regional_svc.domain.events import MUNICIPALITY_REGISTERED, municipality_registered
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind
from pk_regional_svc.service_layer.ports import MunicipalityUnitOfWork

TATARSTAN = "16"

_URBAN_OKRUGS = (
    "городской округ «город Казань»",
    "городской округ «город Набережные Челны»",
)
_MUNICIPAL_DISTRICTS = (
    "Альметьевский муниципальный район",
    "Нижнекамский муниципальный район",
    "Елабужский муниципальный район",
    "Зеленодольский муниципальный район",
)


def _municipality(name: str, kind: MunicipalityKind) -> Municipality:
    return Municipality(
        id=demo.demo_id(f"municipality:{name}"), region_code=TATARSTAN, name=name, kind=kind
    )


MUNICIPALITIES = (
    *(_municipality(name, MunicipalityKind.URBAN_OKRUG) for name in _URBAN_OKRUGS),
    *(_municipality(name, MunicipalityKind.MUNICIPAL_DISTRICT) for name in _MUNICIPAL_DISTRICTS),
)


async def seed_demo(uow: MunicipalityUnitOfWork) -> None:
    async with uow:
        for municipality in MUNICIPALITIES:
            if await uow.municipalities.add_if_absent(municipality):
                await uow.emit(MUNICIPALITY_REGISTERED, municipality_registered(municipality))
        await uow.commit()
