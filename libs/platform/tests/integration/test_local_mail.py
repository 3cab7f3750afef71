"""Mail sent over real SMTP lands in the local Maildir and can be read back."""

import pytest

from cpd_platform.local_mail import LocalMailServer, body_text
from cpd_platform.mail import send_mail

pytestmark = pytest.mark.integration


async def test_a_sent_message_is_delivered_to_the_local_mailbox(
    mail_server: LocalMailServer,
) -> None:
    await send_mail(
        host=mail_server.host,
        port=mail_server.port,
        sender="noreply@cpd.local",
        to="ivanova@example.org",
        subject="Коды подтверждения",
        body="Ваш код: ABCDEFGH2345",
    )
    message = mail_server.wait_for(lambda m: m["To"] == "ivanova@example.org")
    assert message["Subject"] == "Коды подтверждения"
    assert body_text(message).strip() == "Ваш код: ABCDEFGH2345"
