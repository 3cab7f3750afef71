"""The consent texts in force are readable without a login, and a registration that agrees to
the versions they name is accepted (what a registration form does instead of hard-coding them)."""

from __future__ import annotations

import pytest
from tests.e2e.conftest import graphql
from tests.e2e.test_registration import REGISTER, registration_input

from cpd_platform.devstack import DevStack
from cpd_platform.testing import new_snils

pytestmark = pytest.mark.e2e

CONSENT_TEXTS = "{ consentTexts { kind version title text legalBasis } }"


def test_a_visitor_reads_the_consent_texts_and_registers_with_their_versions(
    platform: DevStack,
) -> None:
    reply = graphql(platform, CONSENT_TEXTS, None)
    assert reply.status_code == 200, reply.text
    texts = reply.json()["data"]["consentTexts"]
    assert {t["kind"] for t in texts} == {"PERSONAL_DATA", "USER_AGREEMENT"}
    by_kind = {t["kind"]: t for t in texts}
    assert "персональных данных" in by_kind["PERSONAL_DATA"]["text"]
    assert "152-ФЗ" in by_kind["PERSONAL_DATA"]["legalBasis"]
    assert all(t["title"] and t["version"] for t in texts)

    consents = [{"kind": t["kind"], "textVersion": t["version"]} for t in texts]
    form = registration_input(new_snils(), consents=consents)
    registered = graphql(platform, REGISTER, None, input=form).json()["data"]["register"]
    assert registered["__typename"] == "Registration", registered

    outdated = [{**c, "textVersion": "1999-01"} for c in consents]
    refused = graphql(
        platform, REGISTER, None, input=registration_input(new_snils(), consents=outdated)
    ).json()["data"]["register"]
    assert refused == {**refused, "__typename": "UserError", "code": "OUTDATED_CONSENT"}
