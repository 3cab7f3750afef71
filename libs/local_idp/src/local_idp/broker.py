"""Identity brokering with a fake ESIA (Gosuslugi) and a fake Profil Zaufany (Poland, SMK), as
Keycloak brokers an external provider.

The flow (routes/broker.py), with ``{alias}`` ``esia`` or ``profil-zaufany``:
``/auth?...&kc_idp_hint={alias}`` → ``/broker/{alias}/login`` → the fake provider's page
(``/broker/{alias}/fake/authorize``) where a test person is picked →
``/broker/{alias}/endpoint?code=…&state=…`` → first broker login → back to the client with a
code. What happens at the endpoint is driven by the realm file:

* the ``identityProviderMappers`` of the provider copy fields of the external profile into
  the user (ESIA's ``jsonField`` → ``userAttribute``, SAML's ``attribute.name`` →
  ``user.attribute``; ``firstName``/``lastName``/``email`` are user fields), and the username
  template mapper makes the username (``${CLAIM.snils}``, ``${ATTRIBUTE.PersonIdentifier}``);
* the first broker login links the federated identity to an existing user with the same
  username, or creates the user;
* the provider's post-broker-login flow, when it has one, refuses untrusted accounts (ESIA: a
  ``conditional-user-attribute`` on the trust attribute + ``deny-access-authenticator``).

The ESIA profile is normalised before mapping: SNILS to 11 digits, the birth date to ISO,
gender ``M``/``F`` to ``male``/``female``, ``trusted`` to ``"true"``/``"false"``. Profil
Zaufany's accounts are in ``pz.py``.
"""

from __future__ import annotations

import dataclasses
import json
import re
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from local_idp.realm import IdentityProviderConfig
from local_idp.snils import normalise_snils
from local_idp.store import FederatedIdentity, Store, User, new_user_id, now_millis

ESIA_ALIAS = "esia"
IDENTITY_PROVIDER_NOTE = "identity_provider"
IDENTITY_PROVIDER_IDENTITY_NOTE = "identity_provider_identity"
USER_FIELDS = {"firstName": "first_name", "lastName": "last_name", "email": "email"}
# Attribute importer mapper types → (the external profile's field key, the user attribute key).
ATTRIBUTE_MAPPERS = {
    "esia-user-attribute-mapper": ("jsonField", "userAttribute"),
    "saml-user-attribute-idp-mapper": ("attribute.name", "user.attribute"),
}
USERNAME_MAPPERS = frozenset({"oidc-username-idp-mapper", "saml-username-idp-mapper"})
_TEMPLATE = re.compile(r"^\$\{(?:CLAIM|ATTRIBUTE)\.([A-Za-z0-9_]+)\}$")


class BrokerError(Exception):
    """Text for the person in the provider's language; ``code`` is stable for tests and logs."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class BrokerTexts:
    """What the person reads when a brokered login fails, in the provider's language."""

    bad_code: str
    disabled: str


ESIA_TEXTS = BrokerTexts(
    bad_code="Госуслуги не подтвердили вход. Попробуйте ещё раз.",
    disabled="Учётная запись заблокирована.",
)


class ExternalAccount(Protocol):
    """A test person of a fake external provider."""

    @property
    def key(self) -> str:
        """The person's id at the provider (the federated identity's user id)."""
        ...

    def profile(self) -> dict[str, str]:
        """The normalised profile the mappers read."""
        ...


@dataclass(frozen=True, slots=True)
class EsiaAccount:
    oid: str
    last_name: str
    first_name: str
    middle_name: str | None
    birth_date: str  # dd.mm.yyyy, as ESIA gives it
    gender: str  # "M" / "F"
    snils: str  # as ESIA shows it: "112-233-445 95"
    email: str | None
    trusted: bool

    @property
    def key(self) -> str:
        return self.oid

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)

    def profile(self) -> dict[str, str]:
        """The normalised profile the mappers read (jsonField names)."""
        snils = normalise_snils(self.snils)
        if snils is None:
            raise BrokerError("esia_bad_snils", "Госуслуги передали СНИЛС в неверном формате.")
        profile = {
            "oid": self.oid,
            "snils": snils,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "birthDate": datetime.strptime(self.birth_date, "%d.%m.%Y").date().isoformat(),
            "gender": {"M": "male", "F": "female"}[self.gender],
            "trusted": "true" if self.trusted else "false",
        }
        if self.middle_name:
            profile["middleName"] = self.middle_name
        if self.email:
            profile["email"] = self.email
        return profile


_Account = TypeVar("_Account")


def read_accounts(
    path: Path | None, shipped: str, account: Callable[[Mapping[str, Any]], _Account]
) -> tuple[_Account, ...]:
    """A fake provider's test persons from a JSON file ``{"accounts": [...]}``: ``path``, or
    the file named ``shipped`` that comes with this package."""
    file = path or Path(str(resources.files("local_idp").joinpath(shipped)))
    raw = json.loads(file.read_text(encoding="utf-8"))
    return tuple(account(item) for item in raw["accounts"])


def load_esia_accounts(path: Path | None = None) -> tuple[EsiaAccount, ...]:
    return read_accounts(path, "esia_accounts.json", _account)


def _account(raw: Mapping[str, Any]) -> EsiaAccount:
    return EsiaAccount(
        oid=str(raw["oid"]),
        last_name=str(raw["lastName"]),
        first_name=str(raw["firstName"]),
        middle_name=raw.get("middleName") or None,
        birth_date=str(raw["birthDate"]),
        gender=str(raw["gender"]),
        snils=str(raw["snils"]),
        email=raw.get("email") or None,
        trusted=bool(raw["trusted"]),
    )


@dataclass(frozen=True, slots=True)
class BrokeredLogin:
    user: User
    created: bool
    notes: Mapping[str, str]


A = TypeVar("A", bound=ExternalAccount)


class Broker(Generic[A]):
    """A fake external provider's accounts and codes, and the first broker login into the
    realm."""

    def __init__(
        self,
        provider: IdentityProviderConfig,
        accounts: tuple[A, ...],
        texts: BrokerTexts = ESIA_TEXTS,
    ) -> None:
        self.provider = provider
        self.accounts = accounts
        self.texts = texts
        self._codes: dict[str, str] = {}
        self._lock = threading.Lock()

    def account(self, key: str) -> A | None:
        return next((a for a in self.accounts if a.key == key), None)

    def issue_code(self, key: str) -> str:
        """What the provider hands back to the broker endpoint after the person logged in."""
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = key
        return code

    def redeem_code(self, code: str | None) -> A:
        with self._lock:
            key = self._codes.pop(code or "", None)
        account = self.account(key) if key else None
        if account is None:
            raise BrokerError(f"{self.provider.alias}_bad_code", self.texts.bad_code)
        return account

    def username_field(self) -> str:
        for mapper in self.provider.mappers:
            if mapper.mapper_type in USERNAME_MAPPERS:
                match = _TEMPLATE.match(mapper.config.get("template", ""))
                if match:
                    return match.group(1)
        return "oid"

    def login(self, store: Store, account: A) -> BrokeredLogin:
        """First broker login (link by username or create), mappers, then the trust check."""
        profile = account.profile()
        username = profile[self.username_field()].lower()
        user = store.find_by_federated_identity(self.provider.alias, account.key)
        created = False
        if user is None:
            user = store.find_by_username(username)
            if user is None:
                user = User(
                    id=new_user_id(),
                    username=username,
                    enabled=True,
                    created_timestamp=now_millis(),
                    realm_roles=store.default_roles(),
                )
                created = True
            link = FederatedIdentity(self.provider.alias, account.key, account.key)
            user = dataclasses.replace(
                user, federated_identities=(*user.federated_identities, link)
            )
        user = self._apply_mappers(user, profile, first_login=created)
        user = store.add_user(user) if created else store.replace_user(user)
        if not user.enabled:
            raise BrokerError("user_disabled", self.texts.disabled)
        rule = self.provider.trust_rule
        if rule is not None and rule.denies(user.attributes):
            raise BrokerError("esia_not_trusted", rule.error_message)
        notes = {
            IDENTITY_PROVIDER_NOTE: self.provider.alias,
            IDENTITY_PROVIDER_IDENTITY_NOTE: account.key,
        }
        return BrokeredLogin(user=user, created=created, notes=notes)

    def _apply_mappers(self, user: User, profile: Mapping[str, str], first_login: bool) -> User:
        fields: dict[str, object] = {}
        attributes = dict(user.attributes)
        for mapper in self.provider.mappers:
            keys = ATTRIBUTE_MAPPERS.get(mapper.mapper_type)
            if keys is None:
                continue
            sync = mapper.config.get("syncMode", "IMPORT").upper()
            if sync == "IMPORT" and not first_login:
                continue
            source, target = mapper.config.get(keys[0]), mapper.config.get(keys[1])
            if not source or not target:
                continue
            value = profile.get(source)
            if target in USER_FIELDS:
                if target == "email" and value is not None:
                    value = value.lower()
                # Keycloak does not trust a brokered e-mail unless trustEmail is on; keep an
                # address the user already has.
                if target == "email" and (user.email or value is None):
                    continue
                fields[USER_FIELDS[target]] = value
            elif value is None:
                attributes.pop(target, None)
            else:
                attributes[target] = (value,)
        if "email" in fields and not self.provider.trust_email:
            fields["email_verified"] = False
        return dataclasses.replace(user, attributes=attributes, **fields)  # type: ignore[arg-type]
