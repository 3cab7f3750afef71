"""Code use cases on in-memory repositories: issuing (idempotent, mailed after the event),
redemption (checks, `event_not_finished`, attempt limits) and verification (attendance list or
auto-accept after the delay)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from credits_fakes import (
    PERSON,
    PERSON_SNILS,
    PROVIDER,
    FakeAuthority,
    FakeCatalog,
    FakeIdentity,
    FakeLimiter,
    FakePlans,
    element,
    principal,
)
from credits_memory import MemoryUnitOfWork, SharedClock

from cpd_platform.errors import InvalidArgument, NotFound, PermissionDenied
from cpd_platform.snils import with_check_number
from credits_svc.adapters.attempt_limiter import TooManyAttempts
from credits_svc.domain.code_records import CodeRow, RedemptionRow
from credits_svc.domain.codes import (
    CODE_ALPHABET,
    AttemptLimits,
    CodeStatus,
    EventNotFinished,
    RedemptionStatus,
)
from credits_svc.domain.records import CreditSource, ElementKind
from credits_svc.service_layer import code_issuing, code_redemption, code_verification

EVENT = "0190a0a0-0000-7000-8000-00000000e001"
RUNNING = "0190a0a0-0000-7000-8000-00000000e002"
MODULE = "0190a0a0-0000-7000-8000-00000000e003"
OTHER_PERSON = "0190a0a0-0000-7000-8000-00000000b002"
OTHER_SNILS = with_check_number("200000001")
AUTO_ACCEPT = timedelta(hours=6)
ORGANISER = principal("organiser-1")
ATTENDEE = principal("attendee", person_id=PERSON, snils=PERSON_SNILS)
SOMEONE = principal("someone", person_id=OTHER_PERSON, snils=OTHER_SNILS)


class Codes:
    def __init__(self) -> None:
        # 12:00 UTC on 10 June; the finished event ended on 5 June, the running one ends today.
        self.clock = SharedClock(datetime(2025, 6, 10, 12, 0))
        self.uow = MemoryUnitOfWork(self.clock)
        self.catalog = FakeCatalog()
        self.catalog.add(
            element(
                EVENT,
                ElementKind.EVENT,
                zet=6,
                starts_on=date(2025, 6, 4),
                ends_on=date(2025, 6, 5),
            ),
            element(
                RUNNING, ElementKind.EVENT, starts_on=date(2025, 6, 9), ends_on=date(2025, 6, 10)
            ),
            element(MODULE),
        )
        self.identity = FakeIdentity()
        self.identity.register(PERSON, PERSON_SNILS, "person@example.org", "Анна")
        self.identity.register(OTHER_PERSON, OTHER_SNILS)
        self.authority = FakeAuthority({"organiser-1": PROVIDER})
        self.plans = FakePlans(EVENT, RUNNING)
        self.limiter = FakeLimiter()
        self.limits = AttemptLimits(per_person=4, per_person_event=2, per_address=100)

    async def issue(
        self,
        count: int = 0,
        *snils: str,
        event_id: str = EVENT,
        key: str = "k-1",
        mail: bool = False,
    ) -> list[CodeRow]:
        return await code_issuing.issue_codes(
            self.uow,
            ORGANISER,
            event_id=event_id,
            count=count,
            snils=list(snils),
            send_by_mail=mail,
            idempotency_key=key,
            authority=self.authority,
            catalog=self.catalog,
            contacts=self.identity,
            clock=self.clock,
        )

    async def redeem(
        self, code: str, who: object = ATTENDEE, event_hint: str = ""
    ) -> RedemptionRow:
        return await code_redemption.redeem_code(
            self.uow,
            who,  # type: ignore[arg-type]
            code,
            event_hint,
            "",
            catalog=self.catalog,
            plans=self.plans,
            limiter=self.limiter,
            limits=self.limits,
            clock=self.clock,
        )

    async def verify(self) -> int:
        return await code_verification.decide_pending(
            self.uow, auto_accept_after=AUTO_ACCEPT, clock=self.clock
        )

    async def upload(self, *snils: str) -> tuple[int, list[str]]:
        return await code_issuing.upload_attendance(
            self.uow,
            ORGANISER,
            EVENT,
            list(snils),
            authority=self.authority,
            catalog=self.catalog,
            auto_accept_after=AUTO_ACCEPT,
            clock=self.clock,
        )

    def status_of(self, code: str) -> CodeStatus:
        return self.uow.codes.codes[code].status


@pytest.fixture
def codes() -> Codes:
    return Codes()


async def test_codes_are_issued_once_per_key_and_bound_codes_are_mailed(codes: Codes) -> None:
    issued = await codes.issue(3, "112-233-445 95", mail=True)
    assert len(issued) == 3
    assert all(len(c.code) == 12 and set(c.code) <= set(CODE_ALPHABET) for c in issued)
    bound = next(c for c in issued if c.snils)
    assert (bound.snils, bound.mail_status) == (PERSON_SNILS, "queued")
    [mail] = codes.uow.codes.mails
    assert (mail.to_address, mail.code, mail.send_after) == ("person@example.org", bound.code, None)
    assert "Здравствуйте, Анна!" in mail.body
    again = await codes.issue(3, "112-233-445 95", mail=True)
    assert again == issued
    assert len(codes.uow.codes.codes) == 3
    assert len(codes.uow.codes.mails) == 1


async def test_codes_of_an_event_not_over_wait_for_its_end_to_be_mailed(codes: Codes) -> None:
    [bound] = await codes.issue(0, PERSON_SNILS, event_id=RUNNING, mail=True)
    assert bound.mail_status == "scheduled"
    assert codes.uow.codes.mails[0].send_after == date(2025, 6, 11)
    no_address = await codes.issue(0, OTHER_SNILS, event_id=RUNNING, mail=True, key="k-2")
    assert no_address[0].mail_status == "no_email"


async def test_issuing_is_refused_for_a_wrong_count_a_non_event_or_another_provider(
    codes: Codes,
) -> None:
    with pytest.raises(InvalidArgument, match="от 1 до 5000"):
        await codes.issue(0)
    with pytest.raises(InvalidArgument, match="СНИЛС"):
        await codes.issue(1, "123")
    with pytest.raises(NotFound):
        await codes.issue(1, event_id=MODULE)
    codes.authority.acts_for = {"organiser-1": "another-provider"}
    with pytest.raises(PermissionDenied):
        await codes.issue(1)
    assert codes.uow.codes.codes == {}


async def test_a_code_entered_for_a_finished_planned_event_is_pending_then_auto_accepted(
    codes: Codes,
) -> None:
    [issued] = await codes.issue(1)
    entered = await codes.redeem(issued.code.lower()[:6] + "-" + issued.code[6:])
    assert (entered.status, entered.event_id) == (RedemptionStatus.PENDING, EVENT)
    assert codes.status_of(issued.code) is CodeStatus.PENDING
    assert await codes.verify() == 0  # no list and the delay has not passed
    codes.clock.advance(AUTO_ACCEPT)
    assert await codes.verify() == 1
    [mine] = await code_redemption.my_redemptions(codes.uow, ATTENDEE)
    assert mine.status is RedemptionStatus.ACCEPTED
    credit = codes.uow.ledger.records[mine.credit_id]
    # Dated by the event's last day; the person who entered the code recorded it.
    assert (credit.completed_on, credit.zet, credit.source, credit.recorded_by) == (
        date(2025, 6, 5),
        6,
        CreditSource.CODE,
        PERSON,
    )
    [event] = codes.uow.events
    assert (event.event_type, event.payload["credit_id"], event.payload["source"]) == (
        "credits.recorded",
        credit.id,
        "code",
    )
    assert codes.status_of(issued.code) is CodeStatus.ACCEPTED


async def test_the_attendance_list_decides_waiting_redemptions_at_once(codes: Codes) -> None:
    first, second = await codes.issue(2)
    present = await codes.redeem(first.code)
    absent = await codes.redeem(second.code, SOMEONE)
    size, invalid = await codes.upload("112-233-445 95", "not a snils")
    assert (size, invalid) == (1, ["not a snils"])
    decided = {r.id: r for r in codes.uow.codes.redemptions.values()}
    assert decided[present.id].status is RedemptionStatus.ACCEPTED
    assert (decided[absent.id].status, decided[absent.id].reason_code) == (
        RedemptionStatus.REJECTED,
        "not_in_attendance_list",
    )
    assert decided[absent.id].reason_message == "Вы не отмечены в списке присутствия"
    assert codes.status_of(second.code) is CodeStatus.REJECTED
    assert len(codes.uow.ledger.records) == 1


async def test_a_code_is_entered_only_once_the_event_is_over_and_it_stays_unused(
    codes: Codes,
) -> None:
    [issued] = await codes.issue(1, event_id=RUNNING)
    for _ in range(codes.limits.per_person + 2):
        with pytest.raises(EventNotFinished) as refused:
            await codes.redeem(issued.code)
        assert refused.value.code == "event_not_finished"
        assert "11.06.2025" in refused.value.message
    # Not a failed attempt: nothing recorded, every reservation given back.
    assert codes.status_of(issued.code) is CodeStatus.ISSUED
    assert codes.uow.codes.redemptions == {}
    assert codes.uow.codes.failures == []
    assert set(codes.limiter.counts.values()) == {0}
    codes.clock.advance(timedelta(days=1))
    assert (await codes.redeem(issued.code)).status is RedemptionStatus.PENDING


@pytest.mark.parametrize(
    ("who", "setup", "reason"),
    [
        (ATTENDEE, "unplanned", "event_not_in_plan"),
        (ATTENDEE, "wrong", "code_not_found"),
        (SOMEONE, "used", "code_already_used"),
        (SOMEONE, "bound", "code_bound_to_other_person"),
        (ATTENDEE, "hint", "code_for_other_event"),
    ],
)
async def test_a_code_that_cannot_be_taken_is_a_rejected_failed_attempt(
    codes: Codes, who: object, setup: str, reason: str
) -> None:
    [free] = await codes.issue(1)
    [bound] = await codes.issue(0, PERSON_SNILS, key="k-2")
    code, hint = free.code, ""
    if setup == "unplanned":
        codes.plans.planned.clear()
    elif setup == "wrong":
        code = "WRONGWRONG00"
    elif setup == "used":
        await codes.redeem(free.code)
    elif setup == "bound":
        code = bound.code
    elif setup == "hint":
        hint = RUNNING
    rejected = await codes.redeem(code, who, event_hint=hint)
    assert (rejected.status, rejected.reason_code) == (RedemptionStatus.REJECTED, reason)
    assert rejected.reason_message
    assert codes.uow.codes.failures[0][0].startswith("person:")
    assert sum(codes.limiter.counts.values()) >= 1


async def test_a_second_code_of_the_same_event_is_refused(codes: Codes) -> None:
    first, second = await codes.issue(2)
    await codes.redeem(first.code)
    again = await codes.redeem(second.code)
    assert again.reason_code == "event_already_redeemed"
    assert codes.status_of(second.code) is CodeStatus.ISSUED


async def test_failed_attempts_are_limited_and_successful_ones_do_not_count(
    codes: Codes,
) -> None:
    [good] = await codes.issue(1)
    await codes.redeem(good.code)  # a success gives its reservation back
    for _ in range(codes.limits.per_person):
        assert (await codes.redeem("WRONGWRONG00")).reason_code == "code_not_found"
    with pytest.raises(TooManyAttempts):
        await codes.redeem("WRONGWRONG01")
    assert len(codes.uow.codes.failures) == codes.limits.per_person
    # On an event's page the (person, event) counter is the tighter one.
    codes.limiter.counts.clear()
    for _ in range(codes.limits.per_person_event):
        await codes.redeem("WRONGWRONG00", SOMEONE, event_hint=EVENT)
    with pytest.raises(TooManyAttempts):
        await codes.redeem("WRONGWRONG00", SOMEONE, event_hint=EVENT)


async def test_an_overlong_entry_is_refused_before_it_counts(codes: Codes) -> None:
    with pytest.raises(InvalidArgument, match="длиннее 40"):
        await codes.redeem("A" * 41)
    assert codes.limiter.counts == {}
    with pytest.raises(PermissionDenied):
        await codes.redeem("WRONGWRONG00", principal("no-person"))
