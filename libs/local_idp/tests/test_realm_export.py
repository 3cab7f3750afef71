"""Static checks of the production realm export k8s/keycloak/realm-cpd.json (unit tier)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from local_idp_helpers import REALM_FILE

SNILS_PATTERN = r"^\d{11}$"
PLACEHOLDER = re.compile(r"^\$\{[A-Z][A-Z0-9_]*\}$")


@pytest.fixture(scope="module")
def realm() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(REALM_FILE.read_text(encoding="utf-8"))
    return raw


def _client(realm: dict[str, Any], client_id: str) -> dict[str, Any]:
    client: dict[str, Any] = next(c for c in realm["clients"] if c["clientId"] == client_id)
    return client


def _mappers(owner: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in owner.get("protocolMappers", [])}


def _user_profile(realm: dict[str, Any]) -> dict[str, Any]:
    (component,) = realm["components"]["org.keycloak.userprofile.UserProfileProvider"]
    assert component["providerId"] == "declarative-user-profile"
    (config,) = component["config"]["kc.user.profile.config"]
    profile: dict[str, Any] = json.loads(config)
    return profile


def test_realm_policies(realm: dict[str, Any]) -> None:
    assert realm["realm"] == "cpd" and realm["enabled"] is True
    assert realm["registrationAllowed"] is False  # registration goes through identity-svc
    assert realm["registrationEmailAsUsername"] is False
    # The login form takes "СНИЛС / PESEL / почта"; Keycloak allows e-mail login only with unique e-mails.
    assert realm["loginWithEmailAllowed"] is True
    assert realm["duplicateEmailsAllowed"] is False
    assert realm["editUsernameAllowed"] is False
    assert realm["verifyEmail"] is True
    assert realm["resetPasswordAllowed"] is True
    assert realm["sslRequired"] == "external"
    assert realm["defaultSignatureAlgorithm"] == "RS256"


def test_brute_force_and_lifetimes(realm: dict[str, Any]) -> None:
    assert realm["bruteForceProtected"] is True
    assert realm["permanentLockout"] is False
    assert realm["failureFactor"] == 5
    assert realm["waitIncrementSeconds"] == 60
    assert realm["maxFailureWaitSeconds"] == 900
    assert realm["minimumQuickLoginWaitSeconds"] == 60
    assert realm["quickLoginCheckMilliSeconds"] == 1000
    assert realm["maxDeltaTimeSeconds"] == 43200
    assert realm["accessTokenLifespan"] == 300
    assert realm["ssoSessionIdleTimeout"] == 1800
    assert realm["ssoSessionMaxLifespan"] == 36000
    assert realm["accessCodeLifespan"] == 60
    assert realm["attributes"]["actionTokenGeneratedByUserLifespan.verify-email"] == "86400"


def test_user_profile_snils(realm: dict[str, Any]) -> None:
    attributes = {a["name"]: a for a in _user_profile(realm)["attributes"]}
    snils = attributes["snils"]
    assert snils["validations"]["pattern"]["pattern"] == SNILS_PATTERN
    assert "required" not in snils  # persons in Poland have a PESEL instead
    assert snils["permissions"]["edit"] == ["admin"]  # users cannot change their SNILS
    username = attributes["username"]
    assert username["validations"]["pattern"]["pattern"] == SNILS_PATTERN
    assert username["permissions"]["edit"] == ["admin"]
    assert re.fullmatch(SNILS_PATTERN, "11223344595")
    assert not re.fullmatch(SNILS_PATTERN, "112-233-445 95")
    for name in ("middleName", "birthdate", "gender", "person_id", "esia_trusted"):
        assert name in attributes
    assert attributes["person_id"]["permissions"] == {"view": ["admin"], "edit": ["admin"]}
    assert attributes["gender"]["validations"]["options"]["options"] == ["male", "female"]


def test_realm_roles(realm: dict[str, Any]) -> None:
    roles = {r["name"] for r in realm["roles"]["realm"]}
    assert {"specialist", "teacher", "provider_system", "admin"} <= roles


def test_web_client_is_public_with_pkce(realm: dict[str, Any]) -> None:
    web = _client(realm, "web")
    assert web["publicClient"] is True
    assert web["standardFlowEnabled"] is True
    assert web["implicitFlowEnabled"] is False
    assert web["attributes"]["pkce.code.challenge.method"] == "S256"
    assert "*" not in web["redirectUris"]
    mappers = _mappers(web)
    assert mappers["audience-cpd-api"]["config"]["included.custom.audience"] == "cpd-api"
    for claim, attribute in (
        ("snils", "snils"),
        ("person_id", "person_id"),
        ("middle_name", "middleName"),
        ("birthdate", "birthdate"),
        ("gender", "gender"),
    ):
        config = mappers[claim]["config"]
        assert mappers[claim]["protocolMapper"] == "oidc-usermodel-attribute-mapper"
        assert (config["user.attribute"], config["claim.name"]) == (attribute, claim)
        assert config["access.token.claim"] == "true"
    note = mappers["identity_provider"]
    assert note["protocolMapper"] == "oidc-usersessionmodel-note-mapper"
    assert note["config"]["user.session.note"] == "identity_provider"


def test_identity_svc_client_manages_users(realm: dict[str, Any]) -> None:
    client = _client(realm, "identity-svc")
    assert client["publicClient"] is False and client["serviceAccountsEnabled"] is True
    assert client["standardFlowEnabled"] is False
    assert client["directAccessGrantsEnabled"] is False
    account = next(u for u in realm["users"] if u.get("serviceAccountClientId") == "identity-svc")
    assert set(account["clientRoles"]["realm-management"]) == {
        "manage-users",
        "view-users",
        "query-users",
    }
    assert "cpd-api" in json.dumps(_mappers(client))


def test_provider_client_template(realm: dict[str, Any]) -> None:
    client = _client(realm, "demo-provider")
    assert client["publicClient"] is False
    assert client["serviceAccountsEnabled"] is True
    assert client["standardFlowEnabled"] is False
    assert client["directAccessGrantsEnabled"] is False
    assert client["implicitFlowEnabled"] is False
    account = next(u for u in realm["users"] if u.get("serviceAccountClientId") == "demo-provider")
    assert account["realmRoles"] == ["provider_system"]
    assert _mappers(client)["audience-cpd-api"]["config"]["included.custom.audience"] == ("cpd-api")


def _creates_or_links_by_username(realm: dict[str, Any], provider: dict[str, Any]) -> None:
    """The provider's first broker login: create the user, or link the one with the same
    username automatically (no review or confirmation screens)."""
    flows = {f["alias"]: f for f in realm["authenticationFlows"]}
    first = flows[provider["firstBrokerLoginFlowAlias"]]
    steps = [
        e.get("authenticator") or e.get("flowAlias") for e in first["authenticationExecutions"]
    ]
    assert steps[0] == "idp-create-user-if-unique"
    assert [e["authenticator"] for e in flows[steps[1]]["authenticationExecutions"]] == [
        "idp-detect-existing-broker-user",
        "idp-auto-link",
    ]


def test_esia_identity_provider(realm: dict[str, Any]) -> None:
    (esia,) = [p for p in realm["identityProviders"] if p["alias"] == "esia"]
    assert esia["providerId"] == "esia"
    assert esia["trustEmail"] is False
    assert esia["enabled"] is True
    flows = {f["alias"]: f for f in realm["authenticationFlows"]}
    _creates_or_links_by_username(realm, esia)
    post = flows[esia["postBrokerLoginFlowAlias"]]
    deny_flow = flows[post["authenticationExecutions"][0]["flowAlias"]]
    assert [e["authenticator"] for e in deny_flow["authenticationExecutions"]] == [
        "conditional-user-attribute",
        "deny-access-authenticator",
    ]
    configs = {c["alias"]: c["config"] for c in realm["authenticatorConfig"]}
    condition = configs[deny_flow["authenticationExecutions"][0]["authenticatorConfig"]]
    assert condition == {
        "attribute_name": "esia_trusted",
        "expected_attribute_value": "true",
        "not": "true",
        "regex": "false",
    }
    mappers = [m for m in realm["identityProviderMappers"] if m["identityProviderAlias"] == "esia"]
    imported = {m["config"].get("userAttribute"): m["config"].get("jsonField") for m in mappers}
    assert imported == {
        None: None,
        "snils": "snils",
        "lastName": "lastName",
        "firstName": "firstName",
        "middleName": "middleName",
        "birthdate": "birthDate",
        "gender": "gender",
        "email": "email",
        "esia_trusted": "trusted",
    }
    username = next(m for m in mappers if m["identityProviderMapper"] == "oidc-username-idp-mapper")
    assert username["config"]["template"] == "${CLAIM.snils}"


def _strings(node: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{path}[{index}]")
    elif isinstance(node, str):
        yield path, node


def test_no_secrets_in_the_file(realm: dict[str, Any]) -> None:
    """Secrets are injected at deploy time: a secret-like key holds a placeholder or nothing."""
    for path, value in _strings(realm):
        key = path.rsplit(".", 1)[-1].lower()
        if any(word in key for word in ("secret", "password", "privatekey")) and value:
            assert PLACEHOLDER.match(value), f"{path} looks like a secret"
    # Confidential clients' secrets: ${NAME} placeholders filled by the Keycloak Operator.
    assert all(PLACEHOLDER.match(c["secret"]) for c in realm["clients"] if "secret" in c)
    assert all(not u.get("credentials") for u in realm["users"])
    smtp = realm["smtpServer"]
    assert PLACEHOLDER.match(smtp["host"]) and PLACEHOLDER.match(smtp["password"])


def test_profil_zaufany_identity_provider(realm: dict[str, Any]) -> None:
    """Poland's trusted profile (SMK), a SAML provider: the username is the PESEL, the first
    login links the user with that username or creates it, and no trust check follows (every
    trusted profile is verified)."""
    (pz,) = [p for p in realm["identityProviders"] if p["alias"] == "profil-zaufany"]
    assert pz["providerId"] == "saml" and pz["enabled"] is True
    assert pz["trustEmail"] is False and "postBrokerLoginFlowAlias" not in pz
    assert PLACEHOLDER.match(pz["config"]["singleSignOnServiceUrl"])
    _creates_or_links_by_username(realm, pz)
    mappers = [
        m
        for m in realm["identityProviderMappers"]
        if m["identityProviderAlias"] == "profil-zaufany"
    ]
    imported = {
        m["config"]["user.attribute"]: m["config"]["attribute.name"]
        for m in mappers
        if m["identityProviderMapper"] == "saml-user-attribute-idp-mapper"
    }
    assert imported == {
        "pesel": "PersonIdentifier",
        "lastName": "CurrentFamilyName",
        "firstName": "CurrentGivenName",
        "birthdate": "DateOfBirth",
    }
    username = next(m for m in mappers if m["identityProviderMapper"] == "saml-username-idp-mapper")
    assert username["config"]["template"] == "${ATTRIBUTE.PersonIdentifier}"


def test_user_profile_and_tokens_carry_pesel_and_pwz(realm: dict[str, Any]) -> None:
    attributes = {a["name"]: a for a in _user_profile(realm)["attributes"]}
    assert attributes["pesel"]["validations"]["pattern"]["pattern"] == r"^\d{11}$"
    assert attributes["pwz"]["validations"]["pattern"]["pattern"] == r"^\d{7}$"
    for name in ("pesel", "pwz"):
        assert attributes[name]["permissions"]["edit"] == ["admin"]
        config = _mappers(_client(realm, "web"))[name]["config"]
        assert (config["user.attribute"], config["claim.name"]) == (name, name)
        assert config["access.token.claim"] == "true"
