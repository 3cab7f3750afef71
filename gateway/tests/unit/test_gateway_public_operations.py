"""Which operations visitors without a token may run: only those whose root fields are all public."""

import pytest

from gateway.context import is_public_operation
from gateway.schema.build import build_schema
from gateway.settings import GatewaySettings

LOGIN = 'mutation { login(snils: "112-233-445 95", password: "x") { __typename } }'


@pytest.mark.parametrize(
    ("query", "name"),
    [
        (LOGIN, None),
        ('mutation Reset { requestPasswordReset(snils: "1") { __typename } }', "Reset"),
        ('mutation { refreshToken(refreshToken: "r") { __typename } __typename }', None),
        (
            "mutation R($i: RegistrationInput!) { ...F } fragment F on Mutation { register(input: $i) { __typename } }",
            None,
        ),
        ('mutation { ... on Mutation { login(snils: "1", password: "x") { __typename } } }', None),
        # Two operations: the one named runs.
        ("query Me { me { id } } " + LOGIN.replace("mutation", "mutation Login"), "Login"),
    ],
)
def test_public_operations(query: str, name: str | None) -> None:
    assert is_public_operation(query, name)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("{ me { id } }", None),
        (
            'mutation { login(snils: "1", password: "x") { __typename } grantRole(role: "admin", scope: "platform:*") { __typename } }',
            None,
        ),
        ('mutation { logout(refreshToken: "r") { __typename } }', None),
        (
            "mutation M { ...F } fragment F on Mutation { updateProfile(input: {}) { __typename } }",
            None,
        ),
        ("mutation M { ...Missing }", None),
        ("fragment A on Mutation { ...B } fragment B on Mutation { ...A } mutation { ...A }", None),
        ("query Me { me { id } } " + LOGIN.replace("mutation", "mutation Login"), None),
        ("query Me { me { id } } " + LOGIN.replace("mutation", "mutation Login"), "Me"),
        ("{ __typename }", "Other"),
        ("not graphql {", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_everything_else_needs_a_token(query: object, name: str | None) -> None:
    assert not is_public_operation(query, name)


def test_overlong_queries_are_not_parsed_for_anonymous_callers() -> None:
    query = (
        "mutation { "
        + " ".join(f'a{i}: login(snils: "1", password: "x") {{ __typename }}' for i in range(300))
        + " }"
    )
    assert not is_public_operation(query, None, max_tokens=100)


def test_the_identity_mutations_are_in_the_schema() -> None:
    sdl = str(build_schema(GatewaySettings()))
    for field in [
        "register(",
        "login(",
        "refreshToken(",
        "logout(",
        "requestPasswordReset(",
        "updateProfile(",
        "grantRole(",
        "revokeRole(",
        "myGrants",
    ]:
        assert field in sdl
