"""Event codes, redemptions, attendance lists, failed attempts and the mail outbox (Core SQL)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, insert, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named
from credits_svc.adapters.orm import (
    attendance,
    attendance_lists,
    code_issues,
    code_redemptions,
    event_codes,
    mail_outbox,
    redeem_failures,
)
from credits_svc.domain.code_records import (
    CodeRow,
    NewRedemption,
    QueuedMail,
    RedemptionRow,
)
from credits_svc.domain.codes import CodeStatus, IssuedCode, RedemptionStatus


def _code(row: Row[Any]) -> CodeRow:
    return CodeRow(
        row.code,
        str(row.event_id),
        row.snils,
        CodeStatus(row.status),
        row.issued_at,
        row.mail_status,
    )


def _redemption(row: Row[Any]) -> RedemptionRow:
    return RedemptionRow(
        id=str(row.id),
        person_id=str(row.person_id),
        snils=row.snils,
        code=row.code,
        event_id=str(row.event_id or ""),
        status=RedemptionStatus(row.status),
        reason_code=row.reason_code,
        reason_message=row.reason_message,
        entered_at=row.entered_at,
        decided_at=row.decided_at,
        credit_id=str(row.credit_id or ""),
        provider_id=str(row.provider_id or ""),
        element_kind=row.element_kind,
        zet=row.zet,
        main_specialty_code=row.main_specialty_code,
        additional_specialty_codes=tuple(row.additional_specialty_codes or ()),
        completed_on=row.completed_on,
    )


# A new redemption's fields stored as they are in code_redemptions' columns of the same names.
_REDEMPTION_COLUMNS = (
    "id person_id snils code event_id reason_code reason_message client_address provider_id "
    "element_kind zet main_specialty_code completed_on"
)


class CodesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- issue --------------------------------------------------------------------------------

    async def claim_issue(self, event_id: str, issue_key: str) -> bool:
        """False when this (event, key) was issued before (or is being issued concurrently)."""
        row = await self._session.execute(
            pg_insert(code_issues)
            .values(event_id=event_id, issue_key=issue_key)
            .on_conflict_do_nothing()
            .returning(code_issues.c.event_id)
        )
        return row.first() is not None

    async def add_codes(
        self,
        *,
        event_id: str,
        provider_id: str,
        issue_key: str,
        issued_by: str,
        codes: Sequence[tuple[str, str, str]],
    ) -> int:
        """Inserts (code, snils, mail_status) rows; a code that collides is skipped (returns
        how many were inserted, so the caller can draw again)."""
        if not codes:
            return 0
        result = await self._session.execute(
            pg_insert(event_codes)
            .values(
                [
                    {
                        "code": code,
                        "event_id": event_id,
                        "provider_id": provider_id,
                        "snils": snils,
                        "status": CodeStatus.ISSUED.value,
                        "issue_key": issue_key,
                        "issued_by": issued_by,
                        "mail_status": mail_status,
                    }
                    for code, snils, mail_status in codes
                ]
            )
            .on_conflict_do_nothing()
            .returning(event_codes.c.code)
        )
        return len(result.all())

    async def codes_of_issue(self, event_id: str, issue_key: str) -> list[CodeRow]:
        rows = await self._session.execute(
            select(event_codes)
            .where(event_codes.c.event_id == event_id, event_codes.c.issue_key == issue_key)
            .order_by(event_codes.c.snils.desc(), event_codes.c.code)
        )
        return [_code(r) for r in rows]

    async def codes_of_event(self, event_id: str) -> list[CodeRow]:
        if not valid_uuids([event_id]):
            return []
        rows = await self._session.execute(
            select(event_codes)
            .where(event_codes.c.event_id == event_id)
            .order_by(event_codes.c.issued_at, event_codes.c.snils.desc(), event_codes.c.code)
        )
        return [_code(r) for r in rows]

    async def queue_mail(
        self, to_address: str, subject: str, body: str, code: str, *, send_after: date | None
    ) -> None:
        """`send_after`: the mail waits until that day (Moscow), e.g. the end of the event."""
        await self._session.execute(
            insert(mail_outbox).values(
                to_address=to_address, subject=subject, body=body, code=code, send_after=send_after
            )
        )

    # -- redemption ---------------------------------------------------------------------------

    async def find_code(self, code: str) -> IssuedCode | None:
        row = (
            await self._session.execute(select(event_codes).where(event_codes.c.code == code))
        ).first()
        if row is None:
            return None
        return IssuedCode(
            row.code,
            str(row.event_id),
            str(row.provider_id),
            row.snils,
            CodeStatus(row.status),
            str(row.redeemed_by or ""),
        )

    async def take_code(self, code: str, person_id: str) -> bool:
        """Atomically marks an issued code as entered by the person (single use)."""
        result = await self._session.execute(
            update(event_codes)
            .where(event_codes.c.code == code, event_codes.c.status == CodeStatus.ISSUED.value)
            .values(status=CodeStatus.PENDING.value, redeemed_by=person_id, redeemed_at=func.now())
            .returning(event_codes.c.code)
        )
        return result.first() is not None

    async def live_redemption(self, person_id: str, event_id: str) -> bool:
        row = await self._session.execute(
            select(code_redemptions.c.id).where(
                code_redemptions.c.person_id == person_id,
                code_redemptions.c.event_id == event_id,
                code_redemptions.c.status.in_(
                    [RedemptionStatus.PENDING.value, RedemptionStatus.ACCEPTED.value]
                ),
            )
        )
        return row.first() is not None

    async def add_redemption(self, new: NewRedemption) -> None:
        await self._session.execute(
            insert(code_redemptions).values(
                **same_named(new, _REDEMPTION_COLUMNS),
                status=new.status.value,
                decided_at=None if new.status is RedemptionStatus.PENDING else func.now(),
                additional_specialty_codes=list(new.additional_specialty_codes),
            )
        )

    async def get_redemption(self, redemption_id: str) -> RedemptionRow | None:
        row = (
            await self._session.execute(
                select(code_redemptions).where(code_redemptions.c.id == redemption_id)
            )
        ).first()
        return None if row is None else _redemption(row)

    async def redemptions_of(self, person_id: str) -> list[RedemptionRow]:
        rows = await self._session.execute(
            select(code_redemptions)
            .where(code_redemptions.c.person_id == person_id)
            .order_by(code_redemptions.c.entered_at.desc())
        )
        return [_redemption(r) for r in rows]

    async def record_failures(self, keys: Sequence[str]) -> None:
        await self._session.execute(insert(redeem_failures), [{"limit_key": k} for k in keys])

    async def failures_since(self, key: str, window_seconds: int) -> int:
        value = await self._session.scalar(
            select(func.count())
            .select_from(redeem_failures)
            .where(
                redeem_failures.c.limit_key == key,
                redeem_failures.c.at
                > func.now() - text(f"interval '{int(window_seconds)} seconds'"),
            )
        )
        return int(value or 0)

    # -- attendance and verification ----------------------------------------------------------

    async def add_attendance(self, event_id: str, snils: Sequence[str], uploaded_by: str) -> int:
        await self._session.execute(
            pg_insert(attendance_lists)
            .values(event_id=event_id, uploaded_by=uploaded_by)
            .on_conflict_do_update(
                index_elements=[attendance_lists.c.event_id],
                set_={"uploaded_by": uploaded_by, "updated_at": func.now()},
            )
        )
        if snils:
            await self._session.execute(
                pg_insert(attendance)
                .values([{"event_id": event_id, "snils": s} for s in snils])
                .on_conflict_do_nothing()
            )
        count = await self._session.scalar(
            select(func.count()).select_from(attendance).where(attendance.c.event_id == event_id)
        )
        return int(count or 0)

    async def pending(self, limit: int, event_id: str | None = None) -> list[RedemptionRow]:
        """Pending redemptions, locked. The periodic sweep skips rows another verifier holds;
        the run for one event (after its attendance upload) waits for them instead, or a sweep
        that read the attendance before the upload would leave them pending until its next
        round."""
        query = (
            select(code_redemptions)
            .where(code_redemptions.c.status == RedemptionStatus.PENDING.value)
            .order_by(code_redemptions.c.entered_at, code_redemptions.c.id)
            .limit(limit)
        )
        if event_id is None:
            query = query.with_for_update(skip_locked=True)
        else:
            query = query.where(code_redemptions.c.event_id == event_id).with_for_update()
        return [_redemption(r) for r in await self._session.execute(query)]

    async def attendance_of(
        self, event_ids: Sequence[str]
    ) -> tuple[set[str], set[tuple[str, str]]]:
        """(events that have a list, (event, snils) pairs present)."""
        if not event_ids:
            return set(), set()
        lists = await self._session.execute(
            select(attendance_lists.c.event_id).where(attendance_lists.c.event_id.in_(event_ids))
        )
        present = await self._session.execute(
            select(attendance.c.event_id, attendance.c.snils).where(
                attendance.c.event_id.in_(event_ids)
            )
        )
        return {str(e) for (e,) in lists}, {(str(e), s) for e, s in present}

    async def decide(
        self,
        redemption: RedemptionRow,
        status: RedemptionStatus,
        *,
        reason_code: str = "",
        reason_message: str = "",
        credit_id: str | None = None,
    ) -> None:
        await self._session.execute(
            update(code_redemptions)
            .where(code_redemptions.c.id == redemption.id)
            .values(
                status=status.value,
                reason_code=reason_code,
                reason_message=reason_message,
                decided_at=func.now(),
                credit_id=credit_id,
            )
        )
        await self._session.execute(
            update(event_codes)
            .where(event_codes.c.code == redemption.code)
            .values(
                status=(
                    CodeStatus.ACCEPTED
                    if status is RedemptionStatus.ACCEPTED
                    else CodeStatus.REJECTED
                ).value
            )
        )

    # -- mail outbox --------------------------------------------------------------------------

    async def unsent_mail(self, limit: int, today: date) -> list[QueuedMail]:
        """Mail due by `today` (Moscow), oldest first."""
        rows = await self._session.execute(
            select(mail_outbox)
            .where(
                mail_outbox.c.sent_at.is_(None),
                mail_outbox.c.attempts < 10,
                or_(mail_outbox.c.send_after.is_(None), mail_outbox.c.send_after <= today),
            )
            .order_by(mail_outbox.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [QueuedMail(r.id, r.to_address, r.subject, r.body, r.code) for r in rows]

    async def mail_sent(self, mail: QueuedMail) -> None:
        await self._session.execute(
            update(mail_outbox).where(mail_outbox.c.id == mail.id).values(sent_at=func.now())
        )
        if mail.code:
            await self._session.execute(
                update(event_codes)
                .where(event_codes.c.code == mail.code)
                .values(mail_status="sent")
            )

    async def mail_failed(self, mail: QueuedMail, error: str) -> None:
        await self._session.execute(
            update(mail_outbox)
            .where(mail_outbox.c.id == mail.id)
            .values(attempts=mail_outbox.c.attempts + 1, last_error=error[:1000])
        )
