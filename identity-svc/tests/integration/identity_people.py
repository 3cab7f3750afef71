"""People of identity-svc's integration tests (imported by the test modules)."""

from __future__ import annotations

from typing import Any

from local_idp.pytest_plugin import RunningIdp


async def applicant(people: Any, idp: RunningIdp, **person: Any) -> tuple[Any, str]:
    """A registered person (`people.person(**person)`) and their token carrying id and SNILS."""
    found = await people.person(**person)
    return found, await idp.person_token(person_id=found.id, snils=found.snils)
