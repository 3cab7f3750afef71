"""Sending e-mail over SMTP (the local server in dev and tests, a relay in production)."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage


async def send_mail(*, host: str, port: int, sender: str, to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)

    def deliver() -> None:
        with smtplib.SMTP(host, port, timeout=10) as smtp:
            smtp.send_message(message)

    await asyncio.to_thread(deliver)
