"""Bad input is the client's error, answered as such before any resolver or backend call:

- a value of the wrong type (a number for an enum, an unknown enum value, an Int out of range,
  an unknown or missing input field) is the standard GraphQL coercion error with its path;
- a date that does not exist is a typed `UserError` (`invalid_date`) naming the field, or an
  error with that code where the field's result cannot be a UserError;
- a NUL or an unpaired surrogate in any string argument or variable is refused with
  `invalid_characters` and the field;
- "Внутренняя ошибка" is left for real faults, and each one is logged with the request id.

The context here has no backends: a resolver that ran would fail (and be masked), so every
case below also proves that nothing reached a backend.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import pytest

from gateway.errors import MASKED_MESSAGE
from gateway.schema.build import build_schema
from gateway.settings import GatewaySettings

SCHEMA = build_schema(GatewaySettings())

ADD_DOCUMENT = (
    "mutation($d: DocumentInput!) { addDocument(document: $d) {"
    " __typename ... on UserError { code message field } } }"
)
DOCUMENT = {
    "kind": "CERTIFICATE",
    "specialtyCode": "31.08.36",
    "number": "1",
    "issuedOn": "2024-02-28",
}
CATALOG = 'query($f: CatalogFilters) { catalog(query: "", filters: $f, first: 5) { __typename } }'
EVENT = {"title": "t", "zet": 1}
SAVE_CYCLE = (
    'mutation($c: ProgramCycleInput!) { saveProgramCycle(elementId: "e", cycle: $c) {'
    " __typename ... on UserError { code field } } }"
)
CREATE_EVENT = (
    'mutation($e: EventInput!) { createEvent(providerId: "p", event: $e) {'
    " __typename ... on UserError { code field } } }"
)
UPDATE_ELEMENT = (
    'mutation($e: ElementUpdateInput!) { updateElement(id: "x", element: $e) {'
    " __typename ... on UserError { code field } } }"
)
REGISTER = "mutation($i: RegistrationInput!) { register(input: $i) { __typename } }"
REGISTRATION = {
    "kind": "SPECIALIST_HIGHER",
    "citizenship": "RU",
    "regionCode": "16",
    "snils": "112-233-445 95",
    "lastName": "Иванов",
    "firstName": "Иван",
    "sex": "MALE",
    "birthDate": "1990-01-01",
    "email": "a@b.c",
    "phone": "+79000000000",
    "password": "secret-password",
    "consents": [],
}


def context() -> Any:
    # No backends; an issuer where nothing listens (a SNILS is checked before any call to it).
    return SimpleNamespace(request_id="test-request-id", issuer="http://127.0.0.1:9/realms/cpd")


async def run(query: str, variables: dict[str, Any] | None = None) -> Any:
    return await SCHEMA.execute(query, variable_values=variables, context_value=context())


# (case, query, variables, words the coercion error names)
COERCION_CASES = [
    ("enum given a number", ADD_DOCUMENT, {"d": {**DOCUMENT, "kind": 1}}, ["$d", "kind"]),
    ("unknown enum value", ADD_DOCUMENT, {"d": {**DOCUMENT, "kind": "DIPLOMA"}}, ["kind"]),
    ("date given a number", ADD_DOCUMENT, {"d": {**DOCUMENT, "issuedOn": 20240230}}, ["issuedOn"]),
    ("string given an object", ADD_DOCUMENT, {"d": {**DOCUMENT, "number": {"a": 1}}}, ["number"]),
    ("missing required field", ADD_DOCUMENT, {"d": {"kind": "CERTIFICATE"}}, ["issuedOn"]),
    ("unknown input field", ADD_DOCUMENT, {"d": {**DOCUMENT, "colour": "red"}}, ["colour"]),
    ("null for a required input", ADD_DOCUMENT, {"d": None}, ["$d"]),
    ("Int given a word", CATALOG, {"f": {"zetMin": "ten"}}, ["zetMin"]),
    ("Int out of 32 bits", CATALOG, {"f": {"zetMax": 2**40}}, ["zetMax"]),
    ("Float given a word", CATALOG, {"f": {"minRating": "high"}}, ["minRating"]),
    ("Boolean given a word", CATALOG, {"f": {"withFreeSeats": "yes"}}, ["withFreeSeats"]),
    ("unknown funding basis", CATALOG, {"f": {"fundingBasis": "GOLD"}}, ["fundingBasis"]),
    ("ID given an object", CATALOG, {"f": {"providerId": {"id": 1}}}, ["providerId"]),
    ("unknown sex", REGISTER, {"i": {**REGISTRATION, "sex": "X"}}, ["sex"]),
    (
        "unknown consent kind",
        REGISTER,
        {"i": {**REGISTRATION, "consents": [{"kind": "OTHER", "textVersion": "1"}]}},
        ["consents", "kind"],
    ),
    (
        "unknown refusal reason",
        'mutation($r: RefusalReason!) { refuseNumber(holdingId: "h", reason: $r) { __typename } }',
        {"r": "BORED"},
        ["$r"],
    ),
    (
        "year given a string",
        'query($y: Int!) { regionalCampaign(id: "", regionCode: "16", year: $y) { __typename } }',
        {"y": "2025"},
        ["$y"],
    ),
    (
        "literal enum given a string",
        'mutation { addDocument(document: {kind: "CERTIFICATE", specialtyCode: "x", number: "1",'
        ' issuedOn: "2024-01-01"}) { __typename } }',
        None,
        ["DocumentKind"],
    ),
]


@pytest.mark.parametrize(
    ("query", "variables", "named"),
    [case[1:] for case in COERCION_CASES],
    ids=[case[0] for case in COERCION_CASES],
)
async def test_values_of_the_wrong_type_are_standard_coercion_errors(
    query: str, variables: dict[str, Any] | None, named: list[str]
) -> None:
    result = await run(query, variables)
    assert result.data is None
    assert result.errors
    assert all(e.path is None for e in result.errors)  # refused before execution
    messages = " ".join(e.message for e in result.errors)
    assert MASKED_MESSAGE not in messages
    assert all(word in messages for word in named), messages


# (case, query, variables, result field, the field named)
DATE_CASES = [
    (
        "no 30 February (variable)",
        ADD_DOCUMENT,
        {"d": {**DOCUMENT, "issuedOn": "2024-02-30"}},
        "addDocument",
        "document.issuedOn",
    ),
    (
        "no 30 February (literal)",
        'mutation { addDocument(document: {kind: CERTIFICATE, specialtyCode: "x", number: "1",'
        ' issuedOn: "2024-02-30"}) { __typename ... on UserError { code message field } } }',
        None,
        "addDocument",
        "document.issuedOn",
    ),
    (
        "Russian order of a date",
        ADD_DOCUMENT,
        {"d": {**DOCUMENT, "issuedOn": "28.02.2024"}},
        "addDocument",
        "document.issuedOn",
    ),
    (
        "date with a time",
        ADD_DOCUMENT,
        {"d": {**DOCUMENT, "issuedOn": "2024-02-28T00:00"}},
        "addDocument",
        "document.issuedOn",
    ),
    (
        "compact date",
        ADD_DOCUMENT,
        {"d": {**DOCUMENT, "issuedOn": "20240228"}},
        "addDocument",
        "document.issuedOn",
    ),
    (
        "cycle start",
        SAVE_CYCLE,
        {"c": {"startsOn": "2025-13-01", "endsOn": "2025-12-31", "seats": []}},
        "saveProgramCycle",
        "cycle.startsOn",
    ),
    (
        "event start",
        CREATE_EVENT,
        {"e": {**EVENT, "startsOn": "2025-04-31"}},
        "createEvent",
        "event.startsOn",
    ),
    (
        "element end",
        UPDATE_ELEMENT,
        {"e": {**EVENT, "endsOn": ""}},
        "updateElement",
        "element.endsOn",
    ),
]


@pytest.mark.parametrize(
    ("query", "variables", "result_field", "field"),
    [case[1:] for case in DATE_CASES],
    ids=[case[0] for case in DATE_CASES],
)
async def test_dates_that_do_not_exist_are_typed_user_errors(
    query: str, variables: dict[str, Any] | None, result_field: str, field: str
) -> None:
    result = await run(query, variables)
    assert result.errors is None
    answer = result.data[result_field]
    assert answer["__typename"] == "UserError"
    assert (answer["code"], answer["field"]) == ("INVALID_DATE", field)


@pytest.mark.parametrize(
    "snils", ["123", "112-233-445 96", "abcdefghijk", "112 233 445 95 1"], ids=str
)
async def test_a_bad_snils_is_a_typed_user_error(snils: str) -> None:
    result = await run(
        'mutation($s: String!) { login(snils: $s, password: "x") {'
        " __typename ... on UserError { code } } }",
        {"s": snils},
    )
    assert result.data == {"login": {"__typename": "UserError", "code": "INVALID_SNILS"}}


async def test_a_bad_date_where_no_user_error_fits_is_an_error_with_the_code() -> None:
    result = await run(CATALOG, {"f": {"startsFrom": "2024-02-30"}})
    [error] = result.errors
    assert error.extensions == {"code": "invalid_date", "field": "filters.startsFrom"}
    assert "ГГГГ-ММ-ДД" in error.message


async def test_a_good_date_reaches_the_resolver() -> None:
    result = await run(ADD_DOCUMENT, {"d": DOCUMENT})
    # No backends in this context: the resolver ran and failed as a real fault would.
    assert [e.message for e in result.errors] == [MASKED_MESSAGE]


STRING_CASES = [
    (
        "NUL in a login variable",
        'mutation($s: String!) { login(snils: $s, password: "x") { __typename } }',
        {"s": "112\x00"},
        "$s",
    ),
    (
        "NUL in a literal argument",
        'mutation { login(snils: "112\\u0000", password: "x") { __typename } }',
        None,
        "snils",
    ),
    (
        "unpaired surrogate in a confirmation code",
        "mutation($c: String!) { redeemCode(code: $c) { __typename } }",
        {"c": "ABC\ud800"},
        "$c",
    ),
    (
        "unpaired low surrogate in search text",
        "query($q: String!) { catalog(query: $q, first: 5) { __typename } }",
        {"q": "\udc00"},
        "$q",
    ),
    (
        "NUL in a filter code (literal input object)",
        'query { catalog(query: "", filters: {specialtyCode: "31\\u0000"}, first: 5) { __typename } }',
        None,
        "filters.specialtyCode",
    ),
    (
        "NUL in a document number",
        ADD_DOCUMENT,
        {"d": {**DOCUMENT, "number": "A-1\x00"}},
        "$d.number",
    ),
    ("NUL in a name", REGISTER, {"i": {**REGISTRATION, "lastName": "Ив\x00анов"}}, "$i.lastName"),
    (
        "NUL in a list item",
        'mutation($t: [ID!]!) { decideCandidates(campaignId: "c", teacherIds: $t,'
        " decision: CONFIRMED) { __typename } }",
        {"t": ["a", "b\x00"]},
        "$t[1]",
    ),
    (
        "NUL in a variable's default value",
        'query($q: String! = "a\\u0000") { catalog(query: $q, first: 5) { __typename } }',
        None,
        "$q",
    ),
    (
        "NUL in a literal list",
        'mutation { decideCandidates(campaignId: "c", teacherIds: ["\\u0000"], decision: CONFIRMED)'
        " { __typename } }",
        None,
        "teacherIds[0]",
    ),
]


@pytest.mark.parametrize(
    ("query", "variables", "field"),
    [case[1:] for case in STRING_CASES],
    ids=[case[0] for case in STRING_CASES],
)
async def test_nul_and_unpaired_surrogates_are_refused_naming_the_field(
    query: str, variables: dict[str, Any] | None, field: str
) -> None:
    result = await run(query, variables)
    assert result.data is None
    [error] = result.errors
    assert error.extensions == {"code": "invalid_characters", "field": field}
    assert field in error.message


async def test_an_unpaired_surrogate_in_a_literal_is_a_syntax_error() -> None:
    result = await run('query { catalog(query: "\\ud800", first: 5) { __typename } }')
    [error] = result.errors
    assert "Syntax Error" in error.message
    assert error.message != MASKED_MESSAGE


async def test_paired_surrogates_and_ordinary_text_pass() -> None:
    result = await run(
        "query($q: String!) { catalog(query: $q, first: 5) { __typename } }",
        {"q": 'кардиология 🫀 "quotes" \t'},
    )
    assert [e.message for e in result.errors] == [MASKED_MESSAGE]  # reached the resolver


async def test_a_real_fault_is_masked_and_logged_with_the_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="gateway.errors"):
        result = await run("{ me { id } }")
    [error] = result.errors
    assert error.message == MASKED_MESSAGE
    [record] = [r for r in caplog.records if r.name == "gateway.errors"]
    assert record.request_id == "test-request-id"  # type: ignore[attr-defined]
    assert record.exc_info is not None
    assert "me" in record.getMessage()


async def test_client_errors_are_not_logged_as_faults(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="gateway.errors"):
        await run(ADD_DOCUMENT, {"d": {**DOCUMENT, "kind": 1}})
    assert not [r for r in caplog.records if r.name == "gateway.errors"]
