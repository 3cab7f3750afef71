"""Demo data shared by every service's demo seed, so the seeds agree without calling each other.

Documented in README ("Local run"); used by `make up` and the e2e tests.
"""

from __future__ import annotations

import uuid
from datetime import date

_NAMESPACE = uuid.UUID("5f0c3e9a-3f0e-4d61-9a53-6a1c2b7e0c11")


def demo_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


SPECIALIST_SNILS = "11223344595"
SPECIALIST_PASSWORD = "demo-specialist"
SPECIALIST_PERSON_ID = demo_id("person:demo-specialist")
# Official specialty codes (catalog-svc reference data; FGOS ординатура / СПО codes).
CARDIOLOGY = "31.08.36"
THERAPY = "31.08.49"
GENERAL_PRACTICE = "31.08.54"
PEDIATRICS = "31.08.19"
NURSING = "34.02.01"

SPECIALIST_SPECIALTY = CARDIOLOGY
SPECIALIST_REGION = "16"
SPECIALIST_CYCLE_ID = demo_id("cycle:demo-specialist:cardiology")
SPECIALIST_CYCLE_STARTS_ON = date(2024, 3, 15)

PROVIDER_ID = demo_id("provider:demo")
PROVIDER_CLIENT_ID = "demo-provider"

PROGRAM_ID = demo_id("element:program:cardiology-36")
EVENT_ID = demo_id("element:event:cardiology-conference")
MODULE_ID = demo_id("element:module:ecg")

# A cycle (group) of the demo program: dates and seats per funding basis.
PROGRAM_CYCLE_ID = demo_id("cycle:program:cardiology-36:2025-02")

# The regional teachers' programme registry (Tatarstan): a program with two 36-hour groups.
REGIONAL_PROVIDER_ID = demo_id("provider:regional-iro")
REGIONAL_PROGRAM_ID = demo_id("element:program:teachers:functional-literacy")
REGIONAL_GROUP_IDS = (
    demo_id("cycle:teachers:functional-literacy:group-1"),
    demo_id("cycle:teachers:functional-literacy:group-2"),
)
