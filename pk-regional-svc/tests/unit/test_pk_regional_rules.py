"""Candidate rules are picked by the campaign's stored rules version."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cpd_platform.errors import FailedPrecondition
from pk_regional_svc.domain.campaign import Campaign, Window, WindowKind
from pk_regional_svc.domain.rules import CURRENT_RULES, EORT_2024, RULE_SETS, rules_for


def _campaign(rules_version: str) -> Campaign:
    at = datetime(2025, 1, 1, tzinfo=UTC)
    return Campaign(
        id="c1",
        region_code="16",
        year=2025,
        questionnaire=Window(WindowKind.QUESTIONNAIRE, at, at + timedelta(days=1)),
        applications=Window(WindowKind.APPLICATIONS, at, at + timedelta(days=1)),
        required_hours=72,
        allocated_at=None,
        rules_version=rules_version,
    )


def test_rule_sets_are_looked_up_by_version() -> None:
    assert rules_for("eort-tatarstan-2024") is EORT_2024
    assert RULE_SETS[CURRENT_RULES.version] is CURRENT_RULES


def test_campaign_rules_follow_its_stored_version() -> None:
    assert _campaign(EORT_2024.version).rules is EORT_2024


def test_unknown_stored_version_is_a_clear_error() -> None:
    with pytest.raises(FailedPrecondition) as caught:
        _ = _campaign("eort-tatarstan-1999").rules
    assert caught.value.code == "unknown_rules_version"
    assert "eort-tatarstan-1999" in caught.value.message
