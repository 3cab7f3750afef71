"""Pure rules of role requests (deciding, who decides which) and support requests (statuses,
who sees and how a message is signed, contexts)."""

from datetime import UTC, datetime, timedelta

import pytest

from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import PLATFORM, Grant, Principal, Role, Scope
from identity_svc.domain.grants import ADMIN_GRANT, may_grant
from identity_svc.domain.role_requests import (
    RoleRequest,
    RoleRequestDecided,
    RoleRequestStatus,
    check_justification,
    decidable_requests,
)
from identity_svc.domain.support import (
    AuthorKind,
    SupportMessage,
    SupportRequest,
    SupportStatus,
    SupportTopic,
    check_context,
    check_text,
    support_visibility,
)

AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
KAZAN, FAR = "kazan", "far"
HELD = {
    "provider_admin": {Grant(Role.PROVIDER_ADMIN, Scope.provider("p1"))},
    "school_head": {Grant(Role.SCHOOL_HEAD, Scope.school("s1"))},
    "regional": {Grant(Role.REGIONAL_OPERATOR, Scope.region("16"))},
    "staff": {Grant(Role.PROVIDER_STAFF, Scope.provider("p1"))},
    "admin": {ADMIN_GRANT},
}
TARGETS = [
    Grant(Role.PROVIDER_STAFF, Scope.provider("p1")),
    Grant(Role.PROVIDER_STAFF, Scope.provider("p2")),
    Grant(Role.SCHOOL_OPERATOR, Scope.school("s1")),
    Grant(Role.SCHOOL_OPERATOR, Scope.school("s2")),
    Grant(Role.MUNICIPAL_OPERATOR, Scope.municipality(KAZAN)),
    Grant(Role.MUNICIPAL_OPERATOR, Scope.municipality(FAR)),
    Grant(Role.REGIONAL_OPERATOR, Scope.region("16")),
    Grant(Role.ADMIN, PLATFORM),
]


def pending(grant: Grant = TARGETS[0]) -> RoleRequest:
    return RoleRequest("r1", "person", grant, "обоснование", RoleRequestStatus.PENDING, AT)


@pytest.mark.parametrize("who", sorted(HELD))
@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_a_decider_sees_exactly_the_requests_it_may_grant(who: str, target: Grant) -> None:
    held = HELD[who]
    decidable = decidable_requests(held, {"16": {KAZAN}})
    containing = [Scope.region("16")] if target.scope.id == KAZAN else []
    assert decidable.covers(target) is may_grant(held, target, containing)


def test_approving_is_final_and_repeatable_refusing_needs_a_reason() -> None:
    request = pending()
    with pytest.raises(InvalidArgument) as missing:
        request.decide(False, "  ", "sub", None, AT)
    assert missing.value.code == "refusal_reason_required"
    approved = request.decide(True, "ignored", "sub", "p", AT)
    assert (approved.status, approved.refusal_reason, approved.decided_by) == (
        RoleRequestStatus.APPROVED,
        "",
        "sub",
    )
    assert approved.decide(True, "", "other", None, AT + timedelta(days=1)) is approved
    with pytest.raises(RoleRequestDecided):
        approved.decide(False, "передумали", "sub", None, AT)
    refused = request.decide(False, "  нет мест  ", "sub", None, AT)
    assert (refused.status, refused.refusal_reason) == (RoleRequestStatus.REFUSED, "нет мест")


def test_a_justification_has_ten_characters_at_least() -> None:
    assert check_justification("  Нужна для работы  ") == "Нужна для работы"
    with pytest.raises(InvalidArgument):
        check_justification("   надо   ")


def support_request(
    provider_id: str = "p1", status: SupportStatus = SupportStatus.NEW
) -> SupportRequest:
    return SupportRequest(
        "q1", "person", SupportTopic.CREDITS_NOT_POSTED, "", "", provider_id, status, AT, AT
    )


def message(kind: AuthorKind) -> SupportMessage:
    return SupportMessage("m", "q1", None, kind, "текст сообщения", AT + timedelta(hours=1))


@pytest.mark.parametrize(
    ("status", "author", "resolve", "after"),
    [
        (SupportStatus.NEW, AuthorKind.PERSON, False, SupportStatus.NEW),
        (SupportStatus.NEW, AuthorKind.SUPPORT, False, SupportStatus.WAITING_FOR_PERSON),
        (SupportStatus.NEW, AuthorKind.PROVIDER, False, SupportStatus.WAITING_FOR_PERSON),
        (SupportStatus.WAITING_FOR_PERSON, AuthorKind.PERSON, False, SupportStatus.IN_PROGRESS),
        (SupportStatus.RESOLVED, AuthorKind.PERSON, False, SupportStatus.IN_PROGRESS),
        (SupportStatus.IN_PROGRESS, AuthorKind.SUPPORT, True, SupportStatus.RESOLVED),
        (SupportStatus.WAITING_FOR_PERSON, AuthorKind.PERSON, True, SupportStatus.RESOLVED),
    ],
)
def test_a_message_moves_the_status(
    status: SupportStatus, author: AuthorKind, resolve: bool, after: SupportStatus
) -> None:
    updated = support_request(status=status).after_message(message(author), resolve)
    assert updated.status is after
    assert (len(updated.messages), updated.updated_at) == (1, AT + timedelta(hours=1))


def principal(roles: set[str], person_id: str | None = "someone") -> Principal:
    return Principal("sub", "web", frozenset(roles), person_id, None, "token")


@pytest.mark.parametrize(
    ("who", "held", "provider_id", "sees", "signs_as"),
    [
        (principal({"support"}), set(), "", True, AuthorKind.SUPPORT),
        (principal({"admin"}), set(), "p1", True, AuthorKind.SUPPORT),
        (principal(set()), HELD["staff"], "p1", True, AuthorKind.PROVIDER),
        (principal(set()), HELD["provider_admin"], "p1", True, AuthorKind.PROVIDER),
        (principal(set()), HELD["staff"], "p2", False, None),
        (principal(set()), HELD["staff"], "", False, None),
        (principal(set()), HELD["school_head"], "p1", False, None),
        (principal({"specialist"}, "person"), set(), "p1", True, AuthorKind.PERSON),
        (principal(set(), None), set(), "p1", False, None),
    ],
)
def test_who_sees_a_request_and_how_their_message_is_signed(
    who: Principal, held: set[Grant], provider_id: str, sees: bool, signs_as: AuthorKind | None
) -> None:
    request = support_request(provider_id)
    visibility = support_visibility(who, held)
    assert visibility.sees(request) is sees
    if signs_as is not None:
        assert visibility.author_kind(request) is signs_as


@pytest.mark.parametrize(
    ("reference", "valid"),
    [
        ("", True),
        ("credit:7f1c", True),
        ("plan_item:1", True),
        ("application:a", True),
        ("salary:1", False),
        ("credit:", False),
        ("credit", False),
    ],
)
def test_contexts_name_a_known_kind_and_texts_have_ten_characters(
    reference: str, valid: bool
) -> None:
    if valid:
        assert check_context(f" {reference} ") == reference
    else:
        with pytest.raises(InvalidArgument):
            check_context(reference)
    with pytest.raises(InvalidArgument):
        check_text(" короткий ")
