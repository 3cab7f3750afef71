"""The audit trail of a credit starts with who recorded it (issue 12)."""

from dataclasses import replace
from datetime import UTC, datetime

from credits_fakes import credit_record

from credits_svc.domain.audit import AuditEntry, history, recorded_entry
from credits_svc.domain.records import CreditSource, CreditStatus

AT = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
POSTED = credit_record(
    status=CreditStatus.SUPERSEDED,
    corrected_by="r-2",
    recorded_at=AT,
    recorded_by="demo-provider",
    batch_id="b-7",
)
CORRECTED = replace(
    POSTED,
    id="r-2",
    status=CreditStatus.ACCEPTED,
    source=CreditSource.CORRECTION,
    corrects_id="r-1",
    corrected_by="",
    recorded_by="subject-9",
    batch_id="",
    recorded_at=datetime(2025, 6, 2, tzinfo=UTC),
)


def test_a_posting_is_recorded_by_the_providers_client_in_its_batch() -> None:
    entry = recorded_entry(POSTED)
    assert (entry.action, entry.actor, entry.actor_client_id, entry.batch_id, entry.at) == (
        "recorded",
        "",
        "demo-provider",
        "b-7",
        AT,
    )
    assert "b-7" in entry.reason


def test_a_codes_credit_is_recorded_by_the_person_who_entered_the_code() -> None:
    credit = replace(
        POSTED, source=CreditSource.CODE, external_id="code:ABCDEF123456", recorded_by="person-1"
    )
    entry = recorded_entry(credit)
    assert (entry.actor, entry.actor_client_id, entry.batch_id) == ("person-1", "", "")
    assert "ABCDEF123456" in entry.reason


def test_the_trail_starts_with_the_original_posting_and_follows_the_chain() -> None:
    corrected = AuditEntry(
        "r-1", "corrected", "subject-9", "cli", "опечатка", CORRECTED.recorded_at, "r-2"
    )
    voided = AuditEntry("r-2", "voided", "subject-9", "cli", "дубль", datetime.now(UTC))
    trail = history([POSTED, CORRECTED], [voided, corrected])
    assert [(e.credit_id, e.action) for e in trail] == [
        ("r-1", "recorded"),
        ("r-1", "corrected"),
        ("r-2", "recorded"),
        ("r-2", "voided"),
    ]
    assert trail[2].actor == "subject-9"
