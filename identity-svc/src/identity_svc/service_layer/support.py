"""Use cases of support requests: open, list (one's own; a staff queue), read a thread, post a
message. A staff answer writes `identity.support_answered` to the outbox in its transaction;
`support_mail` e-mails the person from it.

Opening and posting take the client's idempotency key: a retry returns what the first call did.
A request the caller may not see is "not found" (nobody learns which requests exist).
"""

from __future__ import annotations

import uuid

from cpd_platform.clock import Clock
from cpd_platform.paging import PageOf, bounds, next_token
from cpd_platform.principal import Principal
from identity_svc.domain.limits import check_lengths
from identity_svc.domain.support import (
    AuthorKind,
    SupportFilter,
    SupportMessage,
    SupportRequest,
    SupportRequestNotFound,
    SupportStatus,
    SupportTopic,
    SupportVisibility,
    check_context,
    check_text,
    support_visibility,
)
from identity_svc.service_layer.grants import held_grants
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

SUPPORT_ANSWERED = "identity.support_answered"


async def open_support_request(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    topic: SupportTopic,
    subject: str,
    text: str,
    context_reference: str,
    provider_id: str,
    idempotency_key: str,
    *,
    clock: Clock,
) -> SupportRequest:
    check_lengths(
        {
            "subject": subject,
            "support_text": text,
            "context_reference": context_reference,
            "provider_id": provider_id,
            "idempotency_key": idempotency_key,
        }
    )
    person_id = principal.require_person()
    now = clock.now()
    request_id = str(uuid.uuid4())
    first = SupportMessage(
        str(uuid.uuid4()), request_id, person_id, AuthorKind.PERSON, check_text(text), now
    )
    request = SupportRequest(
        id=request_id,
        person_id=person_id,
        topic=topic,
        subject=subject.strip(),
        context_reference=check_context(context_reference),
        provider_id=provider_id.strip(),
        status=SupportStatus.NEW,
        created_at=now,
        updated_at=now,
        messages=(first,),
    )
    async with uow:
        stored = await uow.support.open(request, idempotency_key)
        await uow.commit()
    return stored


async def list_support_requests(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    shown: SupportFilter,
    page_size: int,
    page_token: str,
    *,
    mine_only: bool,
) -> PageOf[SupportRequest]:
    """One's own requests (`mine_only`), or every request the caller sees: support agents and
    admins all, a provider's staff those naming their provider, everyone their own."""
    limit, offset = bounds(page_size, page_token)
    async with uow:
        if mine_only:
            visibility = SupportVisibility(False, principal.require_person(), frozenset())
        else:
            visibility = support_visibility(principal, await held_grants(principal, uow.grants))
        found, total = await uow.support.page(visibility, shown, limit, offset)
    return PageOf(found, next_token(limit, offset, total), total)


async def get_support_request(
    uow: IdentityUnitOfWorkPort, principal: Principal, request_id: str
) -> SupportRequest:
    check_lengths({"support_request_id": request_id})
    async with uow:
        visibility = support_visibility(principal, await held_grants(principal, uow.grants))
        request = await uow.support.get(request_id)
    if request is None or not visibility.sees(request):
        raise SupportRequestNotFound()
    return request


async def post_support_message(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    request_id: str,
    text: str,
    resolve: bool,
    idempotency_key: str,
    *,
    clock: Clock,
) -> SupportRequest:
    check_lengths(
        {
            "support_request_id": request_id,
            "support_text": text,
            "idempotency_key": idempotency_key,
        }
    )
    text = check_text(text)
    async with uow:
        visibility = support_visibility(principal, await held_grants(principal, uow.grants))
        request = await uow.support.get(request_id, lock=True)
        if request is None or not visibility.sees(request):
            raise SupportRequestNotFound()
        if idempotency_key and await uow.support.message_with_key(request.id, idempotency_key):
            return request
        message = SupportMessage(
            str(uuid.uuid4()),
            request.id,
            principal.person_id,
            visibility.author_kind(request),
            text,
            clock.now(),
        )
        updated = request.after_message(message, resolve)
        await uow.support.add_message(message, idempotency_key)
        await uow.support.save_status(updated)
        if message.author_kind is not AuthorKind.PERSON:
            await uow.emit(
                SUPPORT_ANSWERED,
                {
                    "request_id": request.id,
                    "person_id": request.person_id,
                    "message_id": message.id,
                },
            )
        await uow.commit()
    return updated
