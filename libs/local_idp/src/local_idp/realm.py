"""The subset of a Keycloak realm export that the local IdP understands: the realm's model and
its parsing from the export's JSON (``k8s/keycloak/realm-cpd.json``).

Client secrets are never read from the realm file in a meaningful way: Keycloak exports mask
them as ``**********`` (or the repository holds ``${...}`` placeholders); the local IdP takes
them from its settings (:func:`local_idp.settings.load_client_secrets`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MASKED_SECRET = "**********"
REALM_MANAGEMENT_CLIENT = "realm-management"
DEFAULT_MAIL_FROM = "no-reply@cpd.local"
PKCE_METHOD_ATTRIBUTE = "pkce.code.challenge.method"

_ROLE_ID_NAMESPACE = uuid.UUID("5d3f8a8e-1c1b-4f5e-9a57-3f0c4a1a2b61")


class RealmConfigError(ValueError):
    """The realm file cannot be used."""


@dataclass(frozen=True, slots=True)
class ClaimTargets:
    """The tokens a protocol mapper puts its claim in: its ``*.token.claim`` flags, each on
    unless the mapper's config says otherwise."""

    access_token: bool
    id_token: bool
    userinfo: bool
    introspection: bool

    @classmethod
    def of(cls, config: Mapping[str, str]) -> ClaimTargets:
        return cls(
            access_token=_flag(config, "access.token.claim", True),
            id_token=_flag(config, "id.token.claim", True),
            userinfo=_flag(config, "userinfo.token.claim", True),
            introspection=_flag(config, "introspection.token.claim", True),
        )

    def includes(self, target: str) -> bool:
        """``target``: "access", "id", "userinfo" or "introspection" (a ``TokenTarget``)."""
        return {
            "access": self.access_token,
            "id": self.id_token,
            "userinfo": self.userinfo,
            "introspection": self.introspection,
        }[target]


@dataclass(frozen=True, slots=True)
class AttributeMapper:
    """An ``oidc-usermodel-attribute-mapper``: a user attribute copied into a claim."""

    user_attribute: str
    claim_name: str
    targets: ClaimTargets
    multivalued: bool


@dataclass(frozen=True, slots=True)
class SessionNoteMapper:
    """An ``oidc-usersessionmodel-note-mapper``: a user-session note (e.g. the
    ``identity_provider`` a brokered login came through) copied into a claim."""

    note: str
    claim_name: str
    targets: ClaimTargets


@dataclass(frozen=True, slots=True)
class ClientConfig:
    client_id: str
    enabled: bool = True
    public: bool = False
    bearer_only: bool = False
    standard_flow: bool = False
    direct_access_grants: bool = False
    service_accounts: bool = False
    redirect_uris: tuple[str, ...] = ()
    # Origins browsers may call the token endpoints from ("+": those of the redirect URIs).
    web_origins: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    attribute_mappers: tuple[AttributeMapper, ...] = ()
    session_note_mappers: tuple[SessionNoteMapper, ...] = ()
    access_token_lifespan: int | None = None
    # "S256" makes PKCE mandatory for the authorization-code flow (Keycloak's client attribute).
    pkce_method: str | None = None
    # Only used when the realm file carries a real (unmasked) secret.
    file_secret: str | None = None


@dataclass(frozen=True, slots=True)
class RealmRole:
    id: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class ServiceAccountConfig:
    client_id: str
    realm_roles: tuple[str, ...] = ()
    client_roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SeedCredential:
    password: str
    temporary: bool


@dataclass(frozen=True, slots=True)
class SeedUser:
    """A regular user from the realm file's ``users`` (imported once, like Keycloak)."""

    username: str
    email: str | None
    first_name: str | None
    last_name: str | None
    enabled: bool
    email_verified: bool
    attributes: Mapping[str, tuple[str, ...]]
    realm_roles: tuple[str, ...]
    client_roles: Mapping[str, tuple[str, ...]]
    required_actions: tuple[str, ...]
    credential: SeedCredential | None


@dataclass(frozen=True, slots=True)
class BruteForcePolicy:
    """Keycloak's realm brute-force detection settings (same names, same defaults)."""

    enabled: bool = False
    failure_factor: int = 30
    wait_increment_seconds: int = 60
    max_failure_wait_seconds: int = 900
    permanent_lockout: bool = False
    minimum_quick_login_wait_seconds: int = 60
    quick_login_check_milliseconds: int = 1000
    max_delta_time_seconds: int = 43200
    max_temporary_lockouts: int = 0


@dataclass(frozen=True, slots=True)
class IdentityProviderMapperConfig:
    """A broker mapper: a field of the external account copied into a user attribute."""

    name: str
    mapper_type: str
    config: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class TrustRule:
    """Deny when ``attribute`` equals ``expected`` (or, with ``negate``, differs from it):
    Keycloak's ``conditional-user-attribute`` guarding a ``deny-access-authenticator``."""

    attribute: str
    expected: str
    negate: bool
    error_message: str

    def denies(self, attributes: Mapping[str, tuple[str, ...]]) -> bool:
        matches = self.expected in attributes.get(self.attribute, ())
        return matches != self.negate


@dataclass(frozen=True, slots=True)
class IdentityProviderConfig:
    """An ``identityProviders`` entry (the ESIA broker)."""

    alias: str
    provider_id: str
    enabled: bool
    display_name: str
    trust_email: bool
    first_broker_login_flow: str
    post_broker_login_flow: str | None
    config: Mapping[str, str]
    mappers: tuple[IdentityProviderMapperConfig, ...] = ()
    trust_rule: TrustRule | None = None


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """The realm's ``smtpServer``; placeholders (``${...}``) are left out."""

    from_address: str = DEFAULT_MAIL_FROM
    from_display_name: str | None = None


@dataclass(frozen=True, slots=True)
class RealmConfig:
    name: str
    enabled: bool = True
    access_token_lifespan: int = 300
    sso_session_idle_timeout: int = 1800
    sso_session_max_lifespan: int = 36000
    login_with_email_allowed: bool = False
    duplicate_emails_allowed: bool = True
    edit_username_allowed: bool = False
    brute_force: BruteForcePolicy = field(default_factory=BruteForcePolicy)
    access_code_lifespan: int = 60
    access_code_lifespan_login: int = 1800
    action_token_admin_lifespan: int = 43200
    action_token_user_lifespan: int = 300
    # attributes["actionTokenGeneratedByUserLifespan.verify-email"], else the user lifespan.
    verify_email_lifespan: int = 300
    verify_email: bool = False
    reset_password_allowed: bool = False
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    identity_providers: Mapping[str, IdentityProviderConfig] = field(default_factory=dict)
    # Realm roles of the realm's default role (given to users the IdP creates itself).
    default_roles: tuple[str, ...] = ()
    roles: tuple[RealmRole, ...] = ()
    clients: Mapping[str, ClientConfig] = field(default_factory=dict)
    service_accounts: tuple[ServiceAccountConfig, ...] = ()
    seed_users: tuple[SeedUser, ...] = ()

    def role(self, name: str) -> RealmRole | None:
        return next((role for role in self.roles if role.name == name), None)


def load_realm_config(path: Path) -> RealmConfig:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RealmConfigError(f"cannot read realm file {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise RealmConfigError(f"realm file {path} must hold a JSON object")
    return parse_realm(raw)


def parse_realm(raw: Mapping[str, Any]) -> RealmConfig:
    name = raw.get("realm")
    if not isinstance(name, str) or not name:
        raise RealmConfigError("realm file has no 'realm' name")
    roles_section = raw.get("roles") or {}
    roles = tuple(
        RealmRole(
            id=str(role.get("id") or uuid.uuid5(_ROLE_ID_NAMESPACE, f"{name}/{role['name']}")),
            name=str(role["name"]),
            description=str(role.get("description") or ""),
        )
        for role in roles_section.get("realm", [])
    )
    clients = {str(client["clientId"]): _parse_client(client) for client in raw.get("clients", [])}
    service_accounts: list[ServiceAccountConfig] = []
    seed_users: list[SeedUser] = []
    for user in raw.get("users", []):
        if owner := user.get("serviceAccountClientId"):
            service_accounts.append(
                ServiceAccountConfig(
                    client_id=str(owner),
                    realm_roles=_str_tuple(user.get("realmRoles")),
                    client_roles=_roles_map(user.get("clientRoles")),
                )
            )
        else:
            seed_users.append(_parse_seed_user(user))
    return RealmConfig(
        name=name,
        enabled=bool(raw.get("enabled", True)),
        access_token_lifespan=int(raw.get("accessTokenLifespan", 300)),
        sso_session_idle_timeout=int(raw.get("ssoSessionIdleTimeout", 1800)),
        sso_session_max_lifespan=int(raw.get("ssoSessionMaxLifespan", 36000)),
        login_with_email_allowed=bool(raw.get("loginWithEmailAllowed", True)),
        duplicate_emails_allowed=bool(raw.get("duplicateEmailsAllowed", False)),
        edit_username_allowed=bool(raw.get("editUsernameAllowed", False)),
        brute_force=BruteForcePolicy(
            enabled=bool(raw.get("bruteForceProtected", False)),
            failure_factor=max(1, int(raw.get("failureFactor", 30))),
            wait_increment_seconds=int(raw.get("waitIncrementSeconds", 60)),
            max_failure_wait_seconds=int(raw.get("maxFailureWaitSeconds", 900)),
            permanent_lockout=bool(raw.get("permanentLockout", False)),
            minimum_quick_login_wait_seconds=int(raw.get("minimumQuickLoginWaitSeconds", 60)),
            quick_login_check_milliseconds=int(raw.get("quickLoginCheckMilliSeconds", 1000)),
            max_delta_time_seconds=int(raw.get("maxDeltaTimeSeconds", 43200)),
            max_temporary_lockouts=int(raw.get("maxTemporaryLockouts", 0)),
        ),
        access_code_lifespan=int(raw.get("accessCodeLifespan", 60)),
        access_code_lifespan_login=int(raw.get("accessCodeLifespanLogin", 1800)),
        action_token_admin_lifespan=int(raw.get("actionTokenGeneratedByAdminLifespan", 43200)),
        action_token_user_lifespan=int(raw.get("actionTokenGeneratedByUserLifespan", 300)),
        verify_email_lifespan=int(
            (raw.get("attributes") or {}).get("actionTokenGeneratedByUserLifespan.verify-email")
            or raw.get("actionTokenGeneratedByUserLifespan", 300)
        ),
        verify_email=bool(raw.get("verifyEmail", False)),
        reset_password_allowed=bool(raw.get("resetPasswordAllowed", False)),
        smtp=_parse_smtp(raw.get("smtpServer") or {}),
        identity_providers=_parse_identity_providers(raw),
        default_roles=_str_tuple(
            ((raw.get("defaultRole") or {}).get("composites") or {}).get("realm")
        ),
        roles=roles,
        clients=clients,
        service_accounts=tuple(service_accounts),
        seed_users=tuple(seed_users),
    )


def is_placeholder(value: object) -> bool:
    """``${ENV_VAR}``: replaced by Keycloak at import time, meaningless to the local IdP."""
    return isinstance(value, str) and value.startswith("${") and value.endswith("}")


def _parse_smtp(raw: Mapping[str, Any]) -> SmtpConfig:
    sender = raw.get("from")
    display = raw.get("fromDisplayName")
    return SmtpConfig(
        from_address=sender if sender and not is_placeholder(sender) else DEFAULT_MAIL_FROM,
        from_display_name=display if display and not is_placeholder(display) else None,
    )


def _parse_identity_providers(raw: Mapping[str, Any]) -> dict[str, IdentityProviderConfig]:
    mappers: dict[str, list[IdentityProviderMapperConfig]] = {}
    for mapper in raw.get("identityProviderMappers", []):
        mappers.setdefault(str(mapper["identityProviderAlias"]), []).append(
            IdentityProviderMapperConfig(
                name=str(mapper.get("name", "")),
                mapper_type=str(mapper.get("identityProviderMapper", "")),
                config={str(k): str(v) for k, v in (mapper.get("config") or {}).items()},
            )
        )
    providers: dict[str, IdentityProviderConfig] = {}
    for item in raw.get("identityProviders", []):
        alias = str(item["alias"])
        providers[alias] = IdentityProviderConfig(
            alias=alias,
            provider_id=str(item.get("providerId", alias)),
            enabled=bool(item.get("enabled", True)),
            display_name=str(item.get("displayName") or alias),
            trust_email=bool(item.get("trustEmail", False)),
            first_broker_login_flow=str(
                item.get("firstBrokerLoginFlowAlias", "first broker login")
            ),
            post_broker_login_flow=item.get("postBrokerLoginFlowAlias") or None,
            config={str(k): str(v) for k, v in (item.get("config") or {}).items()},
            mappers=tuple(mappers.get(alias, ())),
            trust_rule=parse_trust_rule(raw, item.get("postBrokerLoginFlowAlias")),
        )
    return providers


def parse_trust_rule(raw_realm: Mapping[str, Any], flow_alias: object) -> TrustRule | None:
    """The deny rule of a post-broker-login flow in the realm export, if it has one."""
    if not isinstance(flow_alias, str) or not flow_alias:
        return None
    flows = {str(f.get("alias")): f for f in raw_realm.get("authenticationFlows", [])}
    configs = {
        str(c.get("alias")): c.get("config") or {} for c in raw_realm.get("authenticatorConfig", [])
    }

    def executions(alias: str) -> list[Mapping[str, Any]]:
        found: list[Mapping[str, Any]] = []
        for execution in (flows.get(alias) or {}).get("authenticationExecutions", []):
            if execution.get("flowAlias"):
                found.extend(executions(str(execution["flowAlias"])))
            else:
                found.append(execution)
        return found

    steps = executions(flow_alias)
    condition = next(
        (e for e in steps if e.get("authenticator") == "conditional-user-attribute"), None
    )
    deny = next((e for e in steps if e.get("authenticator") == "deny-access-authenticator"), None)
    if condition is None or deny is None:
        return None
    config = configs.get(str(condition.get("authenticatorConfig")), {})
    deny_config = configs.get(str(deny.get("authenticatorConfig")), {})
    return TrustRule(
        attribute=str(config["attribute_name"]),
        expected=str(config["expected_attribute_value"]),
        negate=str(config.get("not", "false")).lower() == "true",
        error_message=str(deny_config.get("denyErrorMessage") or "Вход запрещён."),
    )


def _parse_client(raw: Mapping[str, Any]) -> ClientConfig:
    audiences: list[str] = []
    mappers: list[AttributeMapper] = []
    note_mappers: list[SessionNoteMapper] = []
    for mapper in raw.get("protocolMappers", []):
        kind = mapper.get("protocolMapper")
        config: Mapping[str, str] = mapper.get("config") or {}
        if kind == "oidc-audience-mapper" and _flag(config, "access.token.claim", True):
            audience = config.get("included.custom.audience") or config.get(
                "included.client.audience"
            )
            if audience and audience not in audiences:
                audiences.append(audience)
        elif kind == "oidc-usermodel-attribute-mapper" and config.get("user.attribute"):
            attribute = config["user.attribute"]
            mappers.append(
                AttributeMapper(
                    user_attribute=attribute,
                    claim_name=config.get("claim.name") or attribute,
                    targets=ClaimTargets.of(config),
                    multivalued=_flag(config, "multivalued", False),
                )
            )
        elif kind == "oidc-usersessionmodel-note-mapper" and config.get("user.session.note"):
            note = config["user.session.note"]
            note_mappers.append(
                SessionNoteMapper(
                    note=note,
                    claim_name=config.get("claim.name") or note,
                    targets=ClaimTargets.of(config),
                )
            )
    attributes: Mapping[str, str] = raw.get("attributes") or {}
    lifespan = attributes.get("access.token.lifespan")
    secret = raw.get("secret")
    return ClientConfig(
        client_id=str(raw["clientId"]),
        enabled=bool(raw.get("enabled", True)),
        public=bool(raw.get("publicClient", False)),
        bearer_only=bool(raw.get("bearerOnly", False)),
        standard_flow=bool(raw.get("standardFlowEnabled", True)),
        direct_access_grants=bool(raw.get("directAccessGrantsEnabled", False)),
        service_accounts=bool(raw.get("serviceAccountsEnabled", False)),
        redirect_uris=_str_tuple(raw.get("redirectUris")),
        web_origins=_str_tuple(raw.get("webOrigins")),
        audiences=tuple(audiences),
        attribute_mappers=tuple(mappers),
        session_note_mappers=tuple(note_mappers),
        access_token_lifespan=int(lifespan) if lifespan else None,
        pkce_method=attributes.get(PKCE_METHOD_ATTRIBUTE) or None,
        file_secret=secret
        if isinstance(secret, str) and secret != MASKED_SECRET and not is_placeholder(secret)
        else None,
    )


def _parse_seed_user(raw: Mapping[str, Any]) -> SeedUser:
    credential: SeedCredential | None = None
    for cred in raw.get("credentials", []):
        if cred.get("type") == "password" and isinstance(cred.get("value"), str):
            credential = SeedCredential(cred["value"], bool(cred.get("temporary", False)))
    attributes = raw.get("attributes") or {}
    return SeedUser(
        username=str(raw["username"]).lower(),
        email=raw.get("email"),
        first_name=raw.get("firstName"),
        last_name=raw.get("lastName"),
        enabled=bool(raw.get("enabled", False)),
        email_verified=bool(raw.get("emailVerified", False)),
        attributes={str(k): _str_tuple(v) for k, v in attributes.items()},
        realm_roles=_str_tuple(raw.get("realmRoles")),
        client_roles=_roles_map(raw.get("clientRoles")),
        required_actions=_str_tuple(raw.get("requiredActions")),
        credential=credential,
    )


def _flag(config: Mapping[str, str], key: str, default: bool) -> bool:
    value = config.get(key)
    return default if value is None else str(value).lower() == "true"


def _str_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value)
    raise RealmConfigError(f"expected a list of strings, got {value!r}")


def _roles_map(value: object) -> dict[str, tuple[str, ...]]:
    if not value:
        return {}
    if not isinstance(value, dict):
        raise RealmConfigError(f"expected an object of role lists, got {value!r}")
    return {str(client): _str_tuple(roles) for client, roles in value.items()}
