"""Support requests ("?" in NMO, «Помощь» in ЭОРТ): a person writes to staff on a topic, about
something (the context: a cycle, element, credit, code, application or plan item, attached by
the page it is opened from), and follows the thread and its status.

Who answers: support agents (realm role `support`) and admins, every request; a provider's
staff and admins, the requests that name their provider (about that provider's result). Each
staff answer waits for the person (and e-mails them); the person's reply puts the request back
in progress; either side may mark it resolved.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.principal import Grant, Principal, Role, ScopeKind

TEXT_MIN = 10
SUBJECT_MAX = 200
CONTEXT_KINDS = frozenset({"cycle", "element", "credit", "code", "application", "plan_item"})


class SupportTopic(StrEnum):
    REGISTRATION = "registration"
    CYCLE_DOCUMENTS = "cycle_documents"
    CREDITS_NOT_POSTED = "credits_not_posted"
    CODES = "codes"
    EORT = "eort"
    OTHER = "other"


# How each topic reads to people (the subject of a request opened without one).
SUPPORT_TOPIC_TITLES: dict[SupportTopic, str] = {
    SupportTopic.REGISTRATION: "Регистрация и вход",
    SupportTopic.CYCLE_DOCUMENTS: "Цикл и документы",
    SupportTopic.CREDITS_NOT_POSTED: "Не начислены ЗЕТ",
    SupportTopic.CODES: "Коды подтверждения",
    SupportTopic.EORT: "ЭОРТ",
    SupportTopic.OTHER: "Другое",
}


class SupportStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING_FOR_PERSON = "waiting_for_person"
    RESOLVED = "resolved"


class AuthorKind(StrEnum):
    PERSON = "person"
    SUPPORT = "support"
    PROVIDER = "provider"


@dataclass(frozen=True, slots=True)
class SupportMessage:
    id: str
    request_id: str
    author_person_id: str | None
    author_kind: AuthorKind
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SupportRequest:
    id: str
    person_id: str
    topic: SupportTopic
    subject: str
    context_reference: str
    provider_id: str
    status: SupportStatus
    created_at: datetime
    updated_at: datetime
    messages: tuple[SupportMessage, ...] = ()

    def after_message(self, message: SupportMessage, resolve: bool) -> SupportRequest:
        """The request once `message` is added: resolved when asked, else a staff answer waits
        for the person and the person's message waits for staff."""
        if resolve:
            status = SupportStatus.RESOLVED
        elif message.author_kind is AuthorKind.PERSON:
            status = (
                SupportStatus.NEW if self.status is SupportStatus.NEW else SupportStatus.IN_PROGRESS
            )
        else:
            status = SupportStatus.WAITING_FOR_PERSON
        return replace(
            self, status=status, updated_at=message.at, messages=(*self.messages, message)
        )


class SupportRequestNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("support_request_not_found", "Обращение не найдено")


def check_text(text: str) -> str:
    text = text.strip()
    if len(text) < TEXT_MIN:
        raise InvalidArgument(
            "support_text_required", f"Опишите вопрос: не короче {TEXT_MIN} символов"
        )
    return text


def check_context(reference: str) -> str:
    """'' or "<kind>:<id>" with a known kind."""
    reference = reference.strip()
    if not reference:
        return ""
    kind, sep, ident = reference.partition(":")
    if not sep or not ident or kind not in CONTEXT_KINDS:
        raise InvalidArgument(
            "invalid_support_context", f"Неизвестный предмет обращения: {reference!r}"
        )
    return reference


@dataclass(frozen=True, slots=True)
class SupportFilter:
    """Which of the visible requests a list shows: one status and one topic (None: any)."""

    status: SupportStatus | None = None
    topic: SupportTopic | None = None


@dataclass(frozen=True, slots=True)
class SupportVisibility:
    """Which requests a caller sees: all (support, admin), their own, and those naming one of
    `providers` (their provider staff grants)."""

    everything: bool
    person_id: str | None
    providers: frozenset[str]

    def sees(self, request: SupportRequest) -> bool:
        return (
            self.everything
            or request.person_id == self.person_id
            or (bool(request.provider_id) and request.provider_id in self.providers)
        )

    def author_kind(self, request: SupportRequest) -> AuthorKind:
        """How the caller's message on `request` is signed: its author, support, or the
        provider's staff."""
        if request.person_id == self.person_id:
            return AuthorKind.PERSON
        if request.provider_id in self.providers and not self.everything:
            return AuthorKind.PROVIDER
        return AuthorKind.SUPPORT


PROVIDER_STAFF_ROLES = frozenset({Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN})


def support_visibility(principal: Principal, held: Collection[Grant]) -> SupportVisibility:
    return SupportVisibility(
        everything=principal.has_role(Role.SUPPORT) or principal.has_role(Role.ADMIN),
        person_id=principal.person_id,
        providers=frozenset(
            g.scope.id
            for g in held
            if g.role in PROVIDER_STAFF_ROLES and g.scope.kind is ScopeKind.PROVIDER
        ),
    )
