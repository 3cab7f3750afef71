"""The SMK demo qualification session for the local run: the session of rule set smk-2023 whose
application window is open today, else the next one to open, with the places of the demo training
unit's accreditation (`cpd_platform.demo`, the unit catalog-svc seeds) in its voivodeship, as the
office would take them from the catalog on the window's first day.

Re-running it changes nothing: the session of a year and term is the one opened before, and places
already set (by an earlier run or by the office) are kept. Trainees apply only inside the window
(1–28 February, 1–30 September): the demo does not move it."""

from __future__ import annotations

from datetime import date

from cpd_platform import demo
from cpd_platform.clock import Clock
from pk_regional_svc.domain.qualification.proceedings import (
    Places,
    QualificationSession,
    checked_places,
    new_session,
    place_key,
)
from pk_regional_svc.domain.qualification.rules import QualificationRules, Session
from pk_regional_svc.service_layer.qualification_office import CURRENT_RULES
from pk_regional_svc.service_layer.qualification_ports import QualificationUnitOfWork


def current_or_next_session(rules: QualificationRules, today: date) -> tuple[int, Session]:
    """The year and term of the session whose window is open today or opens next."""
    windows = sorted(
        (rules.windows[term].dates(year), year, term)
        for year in (today.year, today.year + 1)
        for term in rules.windows
    )
    return next((year, term) for (_, closes), year, term in windows if today <= closes)


def demo_unit_places(on: date) -> list[Places]:
    """The demo unit's accredited places per mode, if its accreditation is valid on the day."""
    valid_from, valid_until = demo.SMK_UNIT_ACCREDITED
    if not valid_from <= on <= valid_until:
        return []
    return [
        checked_places(
            place_key(demo.SMK_SPECIALTY, demo.SMK_UNIT_VOIVODESHIP, mode),
            count,
            (demo.SMK_UNIT_ID,),
        )
        for mode, count in demo.SMK_UNIT_PLACES
    ]


async def seed_smk_demo(uow: QualificationUnitOfWork, clock: Clock) -> QualificationSession:
    year, term = current_or_next_session(CURRENT_RULES, clock.today())
    async with uow:
        store = uow.qualification
        session = await store.add_session_if_absent(
            new_session(demo.smk_session_id(year, term), year, term, CURRENT_RULES)
        )
        present = {p.key for p in await store.places(session.id, demo.SMK_UNIT_VOIVODESHIP)}
        for places in demo_unit_places(session.opens_on):
            if places.key not in present:
                await store.put_places(session.id, places)
        await uow.commit()
    return session
