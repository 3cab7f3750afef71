"""Event confirmation codes over real gRPC: issue, e-mail, redemption (with plan-svc asked for
real), verification by the attendance list, every rejection reason; codes of events not over
yet. Limits of failed attempts and the delayed acceptance: test_credits_code_limits.py."""

import asyncio
import uuid
from datetime import date, datetime, time, timedelta
from functools import partial

import grpc
import pytest
from codes_helpers import EVENT, issue, new_event, person, redeem, status
from credits_helpers import new_id, random_snils
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from cpd.catalog.v1 import catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.plan.v1 import plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.clock import moscow_today
from cpd_platform.local_mail import LocalMailServer, body_text
from cpd_platform.testing import FixedClock, bearer, grpc_error_code, wait_until
from credits_svc.adapters.code_mailer import CodeMailer
from credits_svc.adapters.orm import code_redemptions
from credits_svc.adapters.unit_of_work import CreditsUnitOfWork
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


async def test_codes_are_issued_idempotently_listed_and_only_by_the_organiser(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    bound = random_snils()
    key = new_id("key")
    request = credits_pb2.IssueCodesRequest(
        event_id=EVENT, count=3, snils=[bound], idempotency_key=key
    )
    first = await stub.IssueCodes(request, metadata=bearer(provider))
    again = await stub.IssueCodes(request, metadata=bearer(provider))
    assert [c.code for c in first.codes] == [c.code for c in again.codes]
    assert len(first.codes) == 3
    assert [c.snils for c in first.codes].count(bound) == 1
    listed = await stub.ListEventCodes(
        credits_pb2.ListEventCodesRequest(event_id=EVENT), metadata=bearer(provider)
    )
    assert {c.code for c in first.codes} <= {c.code for c in listed.codes}

    for token in (
        await idp.person_token(person_id=str(uuid.uuid4())),
        await idp.person_token(roles=["provider_staff"]),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.IssueCodes(request, metadata=bearer(token))
        assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as not_an_event:
        await issue(stub, provider, 1, event=demo.MODULE_ID)
    assert grpc_error_code(not_an_event.value) == "event_not_found"


async def test_bound_codes_are_emailed_to_their_attendees(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp, mail_server: LocalMailServer
) -> None:
    provider = await idp.provider_token()
    codes = await issue(stub, provider, 1, demo.SPECIALIST_SNILS, random_snils(), mail=True)
    mailed = {c.snils: c for c in codes}
    assert mailed[demo.SPECIALIST_SNILS].mail_status == "queued"
    assert {c.mail_status for c in codes if c.snils != demo.SPECIALIST_SNILS} == {"no_email"}
    code = mailed[demo.SPECIALIST_SNILS].code
    message = await asyncio.to_thread(mail_server.wait_for, lambda m: code in body_text(m), 15.0)
    assert message["To"] == "demo.specialist@example.org"
    assert "Код подтверждения" in str(message["Subject"])

    async def mail_sent() -> bool:
        listed = await stub.ListEventCodes(
            credits_pb2.ListEventCodesRequest(event_id=EVENT), metadata=bearer(provider)
        )
        return next(c for c in listed.codes if c.code == code).mail_status == "sent"

    await wait_until(mail_sent, seconds=5, what="the code's mail status 'sent'")


async def lock_waits(engine: AsyncEngine) -> int:
    """How many sessions of the database wait for a lock another one holds."""
    async with engine.connect() as connection:
        waiting = await connection.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
    return int(waiting or 0)


async def test_a_code_is_pending_then_accepted_by_the_attendance_list_and_credited(
    stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
) -> None:
    provider = await idp.provider_token()
    event = await new_event(catalog_stub, provider)
    present = await person(idp, plan_stub, event.id)
    absent = await person(idp, plan_stub, event.id)
    [bound] = await issue(stub, provider, 0, present.snils, event=event.id)
    [unbound] = await issue(stub, provider, 1, event=event.id)

    assert status(await redeem(stub, present, bound.code.lower())) == (
        "REDEMPTION_STATUS_PENDING",
        "",
    )
    assert status(await redeem(stub, absent, unbound.code, event.id)) == (
        "REDEMPTION_STATUS_PENDING",
        "",
    )
    uploaded = await stub.UploadAttendance(
        credits_pb2.UploadAttendanceRequest(
            event_id=event.id, snils=[present.snils, "not-a-snils"]
        ),
        metadata=bearer(provider),
    )
    assert (uploaded.attendees, list(uploaded.invalid_snils)) == (1, ["not-a-snils"])

    mine = await stub.ListMyRedemptions(
        credits_pb2.ListMyRedemptionsRequest(), metadata=present.metadata
    )
    [accepted] = mine.redemptions
    assert status(accepted) == ("REDEMPTION_STATUS_ACCEPTED", "")
    credits = await stub.ListMyCredits(
        credits_pb2.ListMyCreditsRequest(), metadata=present.metadata
    )
    [credit] = credits.credits
    assert (credit.id, credit.element_id, credit.zet, credit.source) == (
        accepted.credit_id,
        event.id,
        event.zet,
        "code",
    )
    [rejected] = (
        await stub.ListMyRedemptions(
            credits_pb2.ListMyRedemptionsRequest(), metadata=absent.metadata
        )
    ).redemptions
    assert status(rejected) == ("REDEMPTION_STATUS_REJECTED", "not_in_attendance_list")
    assert rejected.reason_message == "Вы не отмечены в списке присутствия"


async def test_an_attendance_upload_waits_for_a_sweep_holding_the_redemption(
    stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
    database_url: str,
) -> None:
    """A periodic sweep that read the attendance before the upload holds the row and leaves
    it pending; the upload must still return with the redemption decided."""
    provider = await idp.provider_token()
    event = await new_event(catalog_stub, provider)
    present = await person(idp, plan_stub, event.id)
    [bound] = await issue(stub, provider, 0, present.snils, event=event.id)
    pending = await redeem(stub, present, bound.code)
    assert status(pending) == ("REDEMPTION_STATUS_PENDING", "")

    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as sweep:
            await sweep.execute(
                select(code_redemptions.c.id)
                .where(code_redemptions.c.id == pending.id)
                .with_for_update()
            )
            upload = asyncio.ensure_future(
                stub.UploadAttendance(
                    credits_pb2.UploadAttendanceRequest(event_id=event.id, snils=[present.snils]),
                    metadata=bearer(provider),
                )
            )
            # The upload is seen waiting for the row lock the sweep holds.
            await wait_until(lambda: lock_waits(engine), what="the upload to wait for the lock")
            assert not upload.done()
            await sweep.rollback()
        await upload
    finally:
        await engine.dispose()

    [decided] = (
        await stub.ListMyRedemptions(
            credits_pb2.ListMyRedemptionsRequest(), metadata=present.metadata
        )
    ).redemptions
    assert status(decided) == ("REDEMPTION_STATUS_ACCEPTED", "")


async def test_every_immediate_rejection_has_its_reason(
    stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
) -> None:
    provider = await idp.provider_token()
    event = await new_event(catalog_stub, provider)
    planner = await person(idp, plan_stub, event.id)
    other = await person(idp, plan_stub, event.id)
    unplanned = await person(idp, plan_stub)
    first, second, third = await issue(stub, provider, 3, event=event.id)
    [foreign] = await issue(stub, provider, 0, random_snils(), event=event.id)

    expectations = [
        (planner, "ZZZZZZZZZZZZ", "", "code_not_found", "Код не найден"),
        (planner, first.code, EVENT, "code_for_other_event", "Код относится к другому мероприятию"),
        (planner, foreign.code, "", "code_bound_to_other_person", "Код выдан другому участнику"),
        (unplanned, first.code, "", "event_not_in_plan", "Мероприятие не включено в план"),
    ]
    for who, code, hint, reason, message in expectations:
        answer = await redeem(stub, who, code, hint)
        assert status(answer) == ("REDEMPTION_STATUS_REJECTED", reason)
        assert answer.reason_message.startswith(message)

    assert status(await redeem(stub, planner, first.code))[0] == "REDEMPTION_STATUS_PENDING"
    used = await redeem(stub, other, first.code)
    assert status(used) == ("REDEMPTION_STATUS_REJECTED", "code_already_used")
    assert used.reason_message == "Код уже использован"
    twice = await redeem(stub, planner, second.code)
    assert status(twice) == ("REDEMPTION_STATUS_REJECTED", "event_already_redeemed")
    # The second code was not consumed by that refusal.
    assert status(await redeem(stub, other, second.code))[0] == "REDEMPTION_STATUS_PENDING"
    assert third.code  # still issued, usable by someone else

    history = await stub.ListMyRedemptions(
        credits_pb2.ListMyRedemptionsRequest(), metadata=planner.metadata
    )
    assert sorted(r.reason_code for r in history.redemptions) == sorted(
        [
            "",
            "code_not_found",
            "code_for_other_event",
            "code_bound_to_other_person",
            "event_already_redeemed",
        ]
    )


async def _codes(
    stub: credits_pb2_grpc.CreditsServiceStub, token: str, event_id: str
) -> dict[str, credits_pb2.EventCode]:
    listed = await stub.ListEventCodes(
        credits_pb2.ListEventCodesRequest(event_id=event_id), metadata=bearer(token)
    )
    return {c.code: c for c in listed.codes}


async def test_codes_of_an_event_not_over_are_issued_but_neither_entered_nor_mailed(
    stub: credits_pb2_grpc.CreditsServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
    mail_server: LocalMailServer,
    database_url: str,
) -> None:
    today = moscow_today()
    provider = await idp.provider_token()
    # The event is going on: it started yesterday and ends today.
    event = await new_event(catalog_stub, provider, today - timedelta(days=1), today)
    attendee = await person(idp, plan_stub, event.id)
    codes = await issue(stub, provider, 3, demo.SPECIALIST_SNILS, event=event.id, mail=True)
    mailed = next(c for c in codes if c.snils == demo.SPECIALIST_SNILS)
    assert mailed.mail_status == "scheduled"
    unbound = [c for c in codes if not c.snils]

    # Entered before the end: a typed refusal, the code stays unused and nothing is recorded.
    # Not a failed attempt either: more tries than the per-person limit (10) are all answered.
    for _ in range(12):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await redeem(stub, attendee, unbound[0].code)
        assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert grpc_error_code(caught.value) == "event_not_finished"
        assert (today + timedelta(days=1)).strftime("%d.%m.%Y") in (caught.value.details() or "")
    listed = await _codes(stub, provider, event.id)
    assert listed[unbound[0].code].status == credits_pb2.CODE_STATUS_ISSUED
    mine = await stub.ListMyRedemptions(
        credits_pb2.ListMyRedemptionsRequest(), metadata=attendee.metadata
    )
    assert list(mine.redemptions) == []
    # A wrong code is still a failed attempt, recorded with its reason.
    wrong = await redeem(stub, attendee, "WRONGWRONG00")
    assert status(wrong) == ("REDEMPTION_STATUS_REJECTED", "code_not_found")

    # The service's mailer (several rounds of 0.2 s) leaves the scheduled mail alone...
    await asyncio.sleep(1.0)
    assert not any(mailed.code in body_text(m) for m in mail_server.messages())
    assert listed[mailed.code].mail_status == "scheduled"
    # ...and a mailer on the day after the event sends it.
    engine = create_async_engine(database_url)
    try:
        mailer = CodeMailer(
            partial(CreditsUnitOfWork, async_sessionmaker(engine)),
            smtp_host="127.0.0.1",
            smtp_port=mail_server.port,
            sender="cpd@example.org",
            interval_seconds=1.0,
            clock=FixedClock(datetime.combine(today + timedelta(days=1), time(12))),
        )
        await mailer.send_pending()
    finally:
        await engine.dispose()
    message = await asyncio.to_thread(
        mail_server.wait_for, lambda m: mailed.code in body_text(m), 10.0
    )
    assert message["To"] == "demo.specialist@example.org"
    assert (await _codes(stub, provider, event.id))[mailed.code].mail_status == "sent"


async def test_codes_of_a_finished_event_are_entered_and_credited_on_its_last_day(
    stub: credits_pb2_grpc.CreditsServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
) -> None:
    today = moscow_today()
    provider = await idp.provider_token()
    last_day = today - timedelta(days=1)
    event = await new_event(catalog_stub, provider, last_day, last_day)
    attendee = await person(idp, plan_stub, event.id)
    [code] = await issue(stub, provider, 1, event=event.id, mail=True)
    assert code.mail_status == ""  # unbound: nobody to mail
    pending = await redeem(stub, attendee, code.code)
    assert status(pending) == ("REDEMPTION_STATUS_PENDING", "")
    await stub.UploadAttendance(
        credits_pb2.UploadAttendanceRequest(event_id=event.id, snils=[attendee.snils]),
        metadata=bearer(provider),
    )
    [decided] = (
        await stub.ListMyRedemptions(
            credits_pb2.ListMyRedemptionsRequest(), metadata=attendee.metadata
        )
    ).redemptions
    assert status(decided) == ("REDEMPTION_STATUS_ACCEPTED", "")
    [credit] = (
        await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest(), metadata=attendee.metadata)
    ).credits
    assert (credit.completed_on, credit.source) == (last_day.isoformat(), "code")
    assert date.fromisoformat(credit.completed_on) <= today
    # Its history starts with who recorded it: the person who entered the code.
    history = await stub.GetCreditHistory(
        credits_pb2.GetCreditHistoryRequest(credit_id=credit.id), metadata=attendee.metadata
    )
    [recorded] = history.audit
    assert (recorded.action, recorded.actor, recorded.credit_id) == (
        "recorded",
        attendee.person_id,
        credit.id,
    )
    assert code.code in recorded.reason
    assert recorded.at
