"""Support requests over gRPC against real PostgreSQL, Redis, the local IdP and a local SMTP
server: a person opens a request about a provider's credit, a support agent and the provider's
staff answer (each answer e-mailed to the person), the person replies and resolves it; others
neither see nor answer it."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import grpc
import pytest
from identity_people import applicant

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.local_mail import LocalMailServer, body_text
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

Stub = identity_pb2_grpc.IdentityServiceStub
Status = identity_pb2.SupportStatus
Author = identity_pb2.SupportAuthorKind
QUESTION = "Курс закончился два месяца назад, а ЗЕТ так и не начислены"


async def open_request(stub: Stub, token: str, **fields: Any) -> Any:
    values: dict[str, Any] = {
        "topic": identity_pb2.SUPPORT_TOPIC_CREDITS_NOT_POSTED,
        "subject": "Не начислены ЗЕТ за курс кардиологии",
        "text": QUESTION,
        **fields,
    }
    reply = await stub.OpenSupportRequest(
        identity_pb2.OpenSupportRequestRequest(**values), metadata=bearer(token)
    )
    return reply.request


async def post(stub: Stub, token: str, request_id: str, text: str, **fields: Any) -> Any:
    reply = await stub.PostSupportMessage(
        identity_pb2.PostSupportMessageRequest(request_id=request_id, text=text, **fields),
        metadata=bearer(token),
    )
    return reply.request


async def visible(stub: Stub, token: str) -> set[str]:
    reply = await stub.ListSupportRequests(
        identity_pb2.ListSupportRequestsRequest(page_size=500), metadata=bearer(token)
    )
    return {r.id for r in reply.requests}


async def refusal(call: object) -> str | None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return grpc_error_code(caught.value)


async def answer_mail(mail_server: LocalMailServer, address: str, count: int) -> list[str]:
    """The bodies of the answer e-mails to `address`, once there are `count` of them."""

    def answers() -> list[str]:
        return [
            body_text(m)
            for m in mail_server.messages()
            if m["To"] == address and "Ответ на обращение" in str(m["Subject"])
        ]

    for _ in range(100):
        found = await asyncio.to_thread(answers)
        if len(found) >= count:
            return found
        await asyncio.sleep(0.1)
    raise AssertionError(f"{count} answer e-mails did not arrive: {found}")


async def test_support_and_the_provider_answer_a_request_about_the_providers_credit(
    stub: Stub, people: Any, idp: RunningIdp, mail_server: LocalMailServer
) -> None:
    provider = str(uuid.uuid4())
    email = f"support.{uuid.uuid4().hex[:8]}@example.org"
    _, token = await applicant(people, idp, email=email)
    support = await idp.person_token(roles=["support"])
    _, staff = await people.holder_of("provider_staff", f"provider:{provider}", ("provider_staff",))
    _, other_staff = await people.holder_of(
        "provider_staff", f"provider:{uuid.uuid4()}", ("provider_staff",)
    )
    stranger = await idp.person_token(person_id=(await people.person()).id)

    opened = await open_request(
        stub,
        token,
        context_reference=f"credit:{uuid.uuid4()}",
        provider_id=provider,
        idempotency_key="open-1",
    )
    again = await open_request(stub, token, idempotency_key="open-1", text="другой текст вопроса")
    assert again.id == opened.id and opened.status == Status.SUPPORT_STATUS_NEW
    assert [(m.author_kind, m.text) for m in opened.messages] == [
        (Author.SUPPORT_AUTHOR_KIND_PERSON, QUESTION)
    ]

    assert opened.id in await visible(stub, support)
    assert opened.id in await visible(stub, staff)
    assert opened.id not in await visible(stub, other_staff)
    assert opened.id not in await visible(stub, stranger)
    for outsider in (other_staff, stranger):
        get = stub.GetSupportRequest(
            identity_pb2.GetSupportRequestRequest(request_id=opened.id), metadata=bearer(outsider)
        )
        assert await refusal(get) == "support_request_not_found"
        assert await refusal(post(stub, outsider, opened.id, "Я тоже хочу ответить")) == (
            "support_request_not_found"
        )

    answered = await post(stub, support, opened.id, "Передали вопрос организации, ждите ответа")
    assert answered.status == Status.SUPPORT_STATUS_WAITING_FOR_PERSON
    by_provider = await post(
        stub,
        staff,
        opened.id,
        "Результат отправлен сегодня, ЗЕТ появятся в течение дня",
        idempotency_key="a",
    )
    retry = await post(
        stub, staff, opened.id, "Результат отправлен сегодня (повтор)", idempotency_key="a"
    )
    assert len(retry.messages) == len(by_provider.messages) == 3
    bodies = await answer_mail(mail_server, email, 2)
    assert any("Передали вопрос организации" in b for b in bodies)
    assert any("Результат отправлен сегодня" in b and "сотрудник организации" in b for b in bodies)

    replied = await post(stub, token, opened.id, "Спасибо, ЗЕТ пришли, вопрос закрыт", resolve=True)
    assert replied.status == Status.SUPPORT_STATUS_RESOLVED
    thread = await stub.GetSupportRequest(
        identity_pb2.GetSupportRequestRequest(request_id=opened.id), metadata=bearer(token)
    )
    assert [m.author_kind for m in thread.request.messages] == [
        Author.SUPPORT_AUTHOR_KIND_PERSON,
        Author.SUPPORT_AUTHOR_KIND_SUPPORT,
        Author.SUPPORT_AUTHOR_KIND_PROVIDER,
        Author.SUPPORT_AUTHOR_KIND_PERSON,
    ]
    mine = await stub.ListMySupportRequests(
        identity_pb2.ListMySupportRequestsRequest(status=Status.SUPPORT_STATUS_RESOLVED),
        metadata=bearer(token),
    )
    assert [r.id for r in mine.requests] == [opened.id] and not mine.requests[0].messages


async def test_a_request_without_a_provider_is_for_support_only_and_the_persons_reply_reopens_it(
    stub: Stub, people: Any, idp: RunningIdp
) -> None:
    _, token = await applicant(people, idp)
    support = await idp.person_token(roles=["support"])
    _, staff = await people.holder_of(
        "provider_staff", f"provider:{uuid.uuid4()}", ("provider_staff",)
    )
    opened = await open_request(stub, token, topic=identity_pb2.SUPPORT_TOPIC_REGISTRATION)
    assert opened.id not in await visible(stub, staff)
    await post(stub, support, opened.id, "Уточните, пожалуйста, ваш СНИЛС")
    replied = await post(stub, token, opened.id, "СНИЛС указан в профиле верно")
    assert replied.status == Status.SUPPORT_STATUS_IN_PROGRESS


async def test_the_queue_filters_by_topic_and_status(
    stub: Stub, people: Any, idp: RunningIdp
) -> None:
    _, token = await applicant(people, idp)
    support = await idp.person_token(roles=["support"])
    codes = await open_request(stub, token, topic=identity_pb2.SUPPORT_TOPIC_CODES)
    eort = await open_request(stub, token, topic=identity_pb2.SUPPORT_TOPIC_EORT)
    await post(stub, support, eort.id, "Номер закреплён за вами, заявка доступна", resolve=True)

    async def listed(**filters: Any) -> set[str]:
        reply = await stub.ListSupportRequests(
            identity_pb2.ListSupportRequestsRequest(page_size=500, **filters),
            metadata=bearer(support),
        )
        assert reply.total == len(reply.requests)
        return {r.id for r in reply.requests} & {codes.id, eort.id}

    assert await listed() == {codes.id, eort.id}
    assert await listed(topic=identity_pb2.SUPPORT_TOPIC_CODES) == {codes.id}
    assert await listed(topic=identity_pb2.SUPPORT_TOPIC_EORT) == {eort.id}
    resolved = Status.SUPPORT_STATUS_RESOLVED
    assert await listed(topic=identity_pb2.SUPPORT_TOPIC_EORT, status=resolved) == {eort.id}
    assert await listed(topic=identity_pb2.SUPPORT_TOPIC_CODES, status=resolved) == set()


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"topic": identity_pb2.SUPPORT_TOPIC_UNSPECIFIED}, "invalid_support_topic"),
        ({"text": "  помогите "}, "support_text_required"),
        ({"context_reference": "salary:1"}, "invalid_support_context"),
        ({"context_reference": "credit"}, "invalid_support_context"),
        ({"text": "я" * 4001}, "text_too_long"),
    ],
)
async def test_malformed_support_requests_are_refused(
    stub: Stub, people: Any, idp: RunningIdp, fields: dict[str, Any], code: str
) -> None:
    _, token = await applicant(people, idp)
    assert await refusal(open_request(stub, token, **fields)) == code


async def test_a_token_without_a_person_opens_nothing(stub: Stub, idp: RunningIdp) -> None:
    system = await idp.provider_token()
    assert await refusal(open_request(stub, system)) == "not_a_person"
