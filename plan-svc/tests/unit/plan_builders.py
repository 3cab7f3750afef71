"""Builders shared by plan-svc's unit tests of the domain."""

from __future__ import annotations

from datetime import date

from plan_svc.domain.cycle import Cycle, DocumentKind, open_cycle
from plan_svc.domain.rule_sets import NMO_250, RuleSet

PERSON = "00000000-0000-4000-8000-000000000001"
CARDIOLOGY, THERAPY = "31.08.36", "31.08.49"


def new_cycle(
    cycle_id: str = "c1",
    specialty: str = CARDIOLOGY,
    starts: date = date(2024, 3, 15),
    *,
    rule_set: RuleSet = NMO_250,
    person_id: str = PERSON,
) -> Cycle:
    """The person's cycle opened by a certificate issued on `starts`."""
    return open_cycle(
        cycle_id=cycle_id,
        person_id=person_id,
        specialty_code=specialty,
        document_kind=DocumentKind.CERTIFICATE,
        document_date=starts,
        rule_set=rule_set,
    )
