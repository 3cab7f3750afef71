"""Posting use cases on in-memory repositories: per-record outcomes, idempotent batches,
lateness, voids and corrections, the ledger's reads."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from credits_fakes import (
    OTHER_PROVIDER,
    PERSON,
    PERSON_SNILS,
    PROVIDER,
    PROVIDER_CLIENT,
    FakeAuthority,
    FakeCatalog,
    FakeIdentity,
    element,
    principal,
    provider_system,
)
from credits_memory import MemoryUnitOfWork, SharedClock

from cpd_platform.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from cpd_platform.snils import with_check_number
from cpd_wire.posting_hash import payload_hash
from credits_svc.domain.ledger import LatenessRow
from credits_svc.domain.posting import Outcome
from credits_svc.domain.records import CreditStatus, ElementKind, PostedResult, ProgramCycle
from credits_svc.service_layer import corrections, posting, queries
from credits_svc.service_layer.posting import Acknowledgement, Batch, BatchStatus

MODULE = "0190a0a0-0000-7000-8000-00000000c001"
PROGRAM = "0190a0a0-0000-7000-8000-00000000c002"
FOREIGN = "0190a0a0-0000-7000-8000-00000000c003"
LATE_CYCLE = "0190a0a0-0000-7000-8000-00000000d001"
ON_TIME_CYCLE = "0190a0a0-0000-7000-8000-00000000d002"
TODAY = date(2025, 6, 10)


class Posting:
    """The posting side of the service on in-memory storage, as one provider's stream."""

    def __init__(self) -> None:
        self.clock = SharedClock(datetime(2025, 6, 10, 9, 0))
        self.uow = MemoryUnitOfWork(self.clock)
        self.catalog = FakeCatalog({PROVIDER_CLIENT: PROVIDER})
        self.catalog.add(
            element(MODULE, starts_on=date(2025, 1, 1), ends_on=date(2025, 12, 31)),
            element(PROGRAM, ElementKind.PROGRAM, zet=36),
            element(FOREIGN, provider_id=OTHER_PROVIDER),
        )
        self.catalog.cycles_by_id = {
            LATE_CYCLE: ProgramCycle(LATE_CYCLE, PROGRAM, date(2025, 3, 1), date(2025, 4, 30)),
            ON_TIME_CYCLE: ProgramCycle(
                ON_TIME_CYCLE, PROGRAM, date(2025, 5, 1), date(2025, 5, 20)
            ),
        }
        self.identity = FakeIdentity()
        self.identity.register(PERSON, PERSON_SNILS)

    async def post(self, batch: Batch) -> Acknowledgement:
        return await posting.post_batch(
            self.uow,
            PROVIDER,
            batch,
            PROVIDER_CLIENT,
            catalog=self.catalog,
            persons=self.identity,
            clock=self.clock,
        )

    def recorded_events(self) -> list[dict[str, object]]:
        return [p for kind, p in self.uow.posted_events if kind == "credits.recorded"]


def result(external_id: str, element_id: str = MODULE, **changes: object) -> PostedResult:
    values: dict[str, object] = {
        "external_id": external_id,
        "snils": "112-233-445 95",
        "element_id": element_id,
        "zet": 2,
        "completed_on": "2025-05-01",
    }
    values.update(changes)
    return PostedResult(**values)  # type: ignore[arg-type]


def batch(batch_id: str, *results: PostedResult, sequence: int = 1, series: str = "") -> Batch:
    return Batch(batch_id, sequence, payload_hash(results), results, series)


def outcomes(ack: Acknowledgement) -> list[tuple[str, Outcome, str]]:
    return [(o.external_id, o.outcome, o.reason_code) for o in ack.outcomes]


@pytest.fixture
def service() -> Posting:
    return Posting()


async def test_each_record_of_a_batch_gets_its_outcome_and_only_valid_ones_are_recorded(
    service: Posting,
) -> None:
    ack = await service.post(
        batch(
            "b-1",
            result("ok"),
            result("ok"),
            result("bad-snils", snils="123"),
            result("unknown", element_id="0190a0a0-0000-7000-8000-00000000ffff"),
            result("foreign", element_id=FOREIGN),
            result("stranger", snils=with_check_number("200000001")),
            result("too-much", zet=3),
            result("future", completed_on="2025-06-11"),
            sequence=7,
        )
    )
    assert (ack.status, ack.last_committed_sequence) == (BatchStatus.APPLIED, 7)
    assert outcomes(ack) == [
        ("ok", Outcome.ACCEPTED, ""),
        ("ok", Outcome.REJECTED, "duplicate_in_batch"),
        ("bad-snils", Outcome.REJECTED, "invalid_snils"),
        ("unknown", Outcome.REJECTED, "unknown_element"),
        ("foreign", Outcome.REJECTED, "element_not_owned"),
        ("stranger", Outcome.REJECTED, "person_not_found"),
        ("too-much", Outcome.REJECTED, "zet_over_element"),
        ("future", Outcome.REJECTED, "completion_in_future"),
    ]
    assert ack.outcomes[2].message == "СНИЛС указан неверно"
    [credit] = await queries.my_credits(service.uow, principal("u", person_id=PERSON))
    assert (credit.id, credit.external_id, credit.zet) == (ack.outcomes[0].record_id, "ok", 2)
    [event] = service.recorded_events()
    assert event["credit_id"] == credit.id
    assert (event["person_id"], event["provider_id"], event["source"]) == (
        PERSON,
        PROVIDER,
        "posting",
    )


async def test_a_resent_batch_gets_its_stored_acknowledgement_and_is_not_applied_again(
    service: Posting,
) -> None:
    first = await service.post(batch("b-1", result("r-1"), result("r-2", snils="1")))
    again = await service.post(batch("b-1", result("r-1"), result("r-2", snils="1")))
    assert again.status is BatchStatus.REPLAYED
    assert again.outcomes == first.outcomes
    assert len(service.uow.ledger.records) == 1
    assert len(service.recorded_events()) == 1


async def test_another_payload_under_a_used_batch_id_is_refused_whole(service: Posting) -> None:
    await service.post(batch("b-1", result("r-1")))
    reused = await service.post(batch("b-1", result("r-1"), result("r-2")))
    assert (reused.status, reused.reason_code) == (BatchStatus.REJECTED, "batch_id_reused")
    assert reused.message == "Идентификатор пакета уже использован для другого содержимого"
    assert [r.external_id for r in service.uow.ledger.records.values()] == ["r-1"]


async def test_a_batch_whose_hash_does_not_match_is_refused_and_nothing_is_stored(
    service: Posting,
) -> None:
    wrong = Batch("b-1", 1, "0" * 64, [result("r-1")])
    ack = await service.post(wrong)
    assert (ack.status, ack.reason_code) == (BatchStatus.REJECTED, "payload_hash_mismatch")
    assert service.uow.ledger.records == {}
    assert service.uow.ledger.batches == {}
    too_large = batch("b-2", *[result(f"r-{i}") for i in range(1001)])
    assert (await service.post(too_large)).reason_code == "batch_too_large"


async def test_a_record_resent_in_a_new_batch_is_a_duplicate_or_a_conflicting_replay(
    service: Posting,
) -> None:
    [original] = (await service.post(batch("b-1", result("r-1")))).outcomes
    ack = await service.post(batch("b-2", result("r-1"), result("r-1b"), sequence=2))
    changed = await service.post(batch("b-3", result("r-1", zet=1), sequence=3))
    assert (ack.outcomes[0].outcome, ack.outcomes[0].record_id) == (
        Outcome.DUPLICATE,
        original.record_id,
    )
    assert ack.outcomes[1].outcome is Outcome.ACCEPTED
    assert outcomes(changed) == [("r-1", Outcome.REJECTED, "conflicting_replay")]
    assert len(service.uow.ledger.records) == 2


async def test_the_series_state_is_its_last_committed_sequence(service: Posting) -> None:
    await service.post(batch("b-1", result("r-1"), sequence=1, series="file-1"))
    await service.post(batch("b-2", result("r-2"), sequence=2, series="file-1"))
    await service.post(batch("b-3", result("r-3"), sequence=9, series="file-2"))
    assert await posting.posting_state(service.uow, PROVIDER, "file-1") == (2, 2)
    rejected = await service.post(Batch("b-4", 3, "bad", [result("r-4")], "file-1"))
    assert rejected.last_committed_sequence == 2


async def test_dpp_results_are_due_a_month_after_their_cycle_and_lateness_is_counted(
    service: Posting,
) -> None:
    ack = await service.post(
        batch(
            "b-1",
            # The cycle ended on 30 April: due by 30 May, posted on 10 June.
            result("late", PROGRAM, zet=36, completed_on="2025-04-30", program_cycle_id=LATE_CYCLE),
            # Ended on 20 May: due by 20 June.
            result(
                "in-time",
                PROGRAM,
                zet=36,
                completed_on="2025-05-20",
                program_cycle_id=ON_TIME_CYCLE,
            ),
            result("outside", PROGRAM, completed_on="2025-05-25", program_cycle_id=ON_TIME_CYCLE),
        )
    )
    assert [(o.external_id, o.outcome, o.days_late) for o in ack.outcomes[:2]] == [
        ("late", Outcome.ACCEPTED, 11),
        ("in-time", Outcome.ACCEPTED, 0),
    ]
    assert ack.outcomes[2].reason_code == "completion_outside_cycle_dates"
    late = service.uow.ledger.records[ack.outcomes[0].record_id]
    assert (late.deadline, late.days_late) == (date(2025, 5, 30), 11)
    admin = principal("admin-1", "admin")
    rows = await queries.provider_lateness(service.uow, admin, "", authority=FakeAuthority())
    assert rows == [LatenessRow(PROVIDER, 2, 1, 11, 11)]


async def test_a_provider_system_or_its_staff_posts_and_only_for_their_own_provider(
    service: Posting,
) -> None:
    staff = FakeAuthority({"staff-1": PROVIDER})
    assert (
        await posting.provider_of(provider_system(), providers=service.catalog, authority=staff)
        == PROVIDER
    )
    assert (
        await posting.provider_of(principal("staff-1"), providers=service.catalog, authority=staff)
        == PROVIDER
    )
    admin = principal("admin-1", "admin")
    with pytest.raises(PermissionDenied) as refused:
        await posting.provider_of(admin, providers=service.catalog, authority=staff)
    assert refused.value.code == "forbidden"
    person = principal("u", person_id=PERSON)
    with pytest.raises(PermissionDenied):
        await posting.provider_of(person, providers=service.catalog, authority=staff)
    stranger = principal("sa", "provider_system", client_id="unknown-client")
    with pytest.raises(PermissionDenied):
        await posting.provider_of(stranger, providers=service.catalog, authority=staff)


# -- voids and corrections ----------------------------------------------------------------------

STAFF = principal("staff-1")


async def _posted(service: Posting) -> str:
    ack = await service.post(batch("b-1", result("r-1", zet=2, completed_on="2025-05-01")))
    return ack.outcomes[0].record_id


async def test_a_voided_record_no_longer_counts_and_says_who_and_why(service: Posting) -> None:
    credit = await _posted(service)
    authority = FakeAuthority({"staff-1": PROVIDER})
    voided = await corrections.void_credit(
        service.uow, STAFF, credit, " ошибочная запись ", authority=authority
    )
    assert (voided.status, voided.status_reason) == (CreditStatus.VOIDED, "ошибочная запись")
    [event] = [e for e in service.uow.events if e.event_type == "credits.voided"]
    assert event.payload == {
        "credit_id": credit,
        "person_id": PERSON,
        "element_id": MODULE,
        "zet": 2,
        "reason": "ошибочная запись",
    }
    with pytest.raises(FailedPrecondition, match="аннулирована"):
        await corrections.void_credit(service.uow, STAFF, credit, "ещё раз", authority=authority)
    with pytest.raises(PermissionDenied):
        await corrections.void_credit(
            service.uow, STAFF, credit, "чужая", authority=FakeAuthority({"staff-1": "other"})
        )
    with pytest.raises(InvalidArgument):
        await corrections.void_credit(service.uow, STAFF, credit, "  ", authority=authority)
    chain, trail = await queries.credit_history(
        service.uow, principal("u", person_id=PERSON), credit, authority=authority
    )
    assert [r.id for r in chain] == [credit]
    assert [(a.action, a.actor) for a in trail] == [("recorded", ""), ("voided", "staff-1")]


async def test_a_correction_supersedes_the_record_and_emits_both_events_in_order(
    service: Posting,
) -> None:
    credit = await _posted(service)
    authority = FakeAuthority({"staff-1": PROVIDER})

    async def correct(zet: int, completed_on: str = "2025-05-01") -> tuple[str, str]:
        new, old = await corrections.correct_credit(
            service.uow,
            STAFF,
            credit,
            "опечатка",
            zet=zet,
            completed_on=completed_on,
            document_number="",
            authority=authority,
            catalog=service.catalog,
            clock=service.clock,
        )
        assert (new.corrects_id, new.status, old.status, old.corrected_by) == (
            credit,
            CreditStatus.ACCEPTED,
            CreditStatus.SUPERSEDED,
            new.id,
        )
        return new.id, old.id

    with pytest.raises(FailedPrecondition, match="ничего не меняет"):
        await correct(2)
    with pytest.raises(InvalidArgument, match="больше"):
        await correct(3)
    with pytest.raises(InvalidArgument, match="ещё не наступила"):
        await correct(1, "2025-06-11")
    new_id, _ = await correct(1)
    assert [(e.event_type, e.payload["credit_id"]) for e in service.uow.events] == [
        ("credits.voided", credit),
        ("credits.recorded", new_id),
    ]
    assert service.uow.events[0].payload["replaced_by"] == new_id
    assert service.uow.events[1].payload["corrects_id"] == credit
    with pytest.raises(FailedPrecondition, match="последнюю версию"):
        await correct(0)
    chain, _ = await queries.credit_history(
        service.uow, principal("admin", "admin"), new_id, authority=authority
    )
    assert [r.id for r in chain] == [credit, new_id]


async def test_the_ledger_feed_is_for_admins_and_carries_the_events_in_order(
    service: Posting,
) -> None:
    credit = await _posted(service)
    authority = FakeAuthority({"staff-1": PROVIDER})
    await corrections.void_credit(service.uow, STAFF, credit, "дубль", authority=authority)
    admin = principal("admin-1", "admin")
    entries, last = await queries.ledger_entries(service.uow, admin, 0, 0)
    assert [(e.event_type, e.payload["credit_id"]) for e in entries] == [
        ("credits.recorded", credit),
        ("credits.voided", credit),
    ]
    assert last == entries[-1].sequence
    assert (await queries.ledger_entries(service.uow, admin, last, 10)) == ([], last)
    with pytest.raises(PermissionDenied):
        await queries.ledger_entries(service.uow, STAFF, 0, 10)
