"""E-mail to a person on each staff answer to their support request, from the outbox event
`identity.support_answered` {request_id, person_id, message_id} (consumer group
`identity-support-mail`). At-least-once: a redelivered event may e-mail the answer twice."""

from __future__ import annotations

from collections.abc import Callable

from cpd_platform.consumer import Event
from identity_svc.domain.support import SUPPORT_TOPIC_TITLES, AuthorKind
from identity_svc.service_layer.account_mail import SendMail
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort
from identity_svc.service_layer.support import SUPPORT_ANSWERED

EVENT_TYPES = [SUPPORT_ANSWERED]
CONSUMER_GROUP = "identity-support-mail"

ANSWER_SUBJECT = "Ответ на обращение: {title}"
ANSWER_BODY = (
    "Здравствуйте, {name}!\n\n"
    "На ваше обращение «{title}» ответил {author}:\n\n"
    "{text}\n\n"
    "Ответить и посмотреть переписку можно в разделе «Помощь» личного кабинета.\n"
)
AUTHOR_NAMES = {
    AuthorKind.SUPPORT: "специалист поддержки",
    AuthorKind.PROVIDER: "сотрудник организации",
}


class SupportMail:
    def __init__(self, uow: Callable[[], IdentityUnitOfWorkPort], send_mail: SendMail) -> None:
        self._uow = uow
        self._send_mail = send_mail

    async def __call__(self, event: Event) -> None:
        async with self._uow() as uow:
            request = await uow.support.get(str(event.payload.get("request_id", "")))
            person = await uow.persons.get(str(event.payload.get("person_id", "")))
        if request is None or person is None or not person.email:
            return
        message = next(
            (m for m in request.messages if m.id == event.payload.get("message_id")), None
        )
        if message is None:
            return
        title = request.subject or SUPPORT_TOPIC_TITLES[request.topic]
        name = " ".join(p for p in (person.first_name, person.patronymic) if p)
        await self._send_mail(
            person.email,
            ANSWER_SUBJECT.format(title=title),
            ANSWER_BODY.format(
                name=name,
                title=title,
                author=AUTHOR_NAMES.get(message.author_kind, "специалист поддержки"),
                text=message.text,
            ),
        )
