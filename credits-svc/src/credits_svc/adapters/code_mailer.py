"""The mail outbox of confirmation codes: sends queued e-mails over SMTP (I/O), retrying
failures on the next run. The codes' mails are queued by `service_layer.code_issuing`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from cpd_platform.clock import Clock
from cpd_platform.lifecycle import sleep_unless_stopped
from cpd_platform.mail import send_mail
from credits_svc.adapters.unit_of_work import CreditsUnitOfWork

log = logging.getLogger("cpd.credits.codes")


class CodeMailer:
    """Drains the mail outbox: sends queued e-mails over SMTP, retrying failures later."""

    def __init__(
        self,
        uow: Callable[[], CreditsUnitOfWork],
        *,
        smtp_host: str,
        smtp_port: int,
        sender: str,
        interval_seconds: float,
        clock: Clock,
    ) -> None:
        self._clock = clock
        self._uow = uow
        self._host = smtp_host
        self._port = smtp_port
        self._sender = sender
        self._interval = interval_seconds

    async def send_pending(self, limit: int = 50) -> int:
        sent = 0
        async with self._uow() as uow:
            codes = uow.codes
            for mail in await codes.unsent_mail(limit, self._clock.today()):
                try:
                    await send_mail(
                        host=self._host,
                        port=self._port,
                        sender=self._sender,
                        to=mail.to_address,
                        subject=mail.subject,
                        body=mail.body,
                    )
                except Exception as exc:  # SMTP and network errors: retried on the next run
                    log.warning("mail not sent", extra={"mail_id": mail.id, "error": str(exc)})
                    await codes.mail_failed(mail, str(exc))
                    continue
                await codes.mail_sent(mail)
                sent += 1
            await uow.commit()
        return sent

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.send_pending()
            except Exception:
                log.exception("mail outbox failed; retrying")
            await sleep_unless_stopped(stop, self._interval)
