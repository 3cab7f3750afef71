"""Persistent state of the local IdP: signing keys and users, one JSON file each."""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local_idp.keys import KeyRing, SigningKey, generate_signing_key
from local_idp.passwords import PasswordHash, hash_password
from local_idp.persistence import read_json, write_json_atomic
from local_idp.realm import RealmConfig, SeedUser, ServiceAccountConfig

KEYS_FILE = "keys.json"
USERS_FILE = "users.json"
SERVICE_ACCOUNT_PREFIX = "service-account-"
UPDATE_PASSWORD = "UPDATE_PASSWORD"


class UserNotFoundError(LookupError):
    pass


class UserConflictError(ValueError):
    def __init__(self, field_name: str) -> None:
        super().__init__(f"User exists with same {field_name}")
        self.field_name = field_name


@dataclass(frozen=True, slots=True)
class FederatedIdentity:
    """A link to an account at a brokered identity provider (Keycloak's FederatedIdentity)."""

    identity_provider: str
    user_id: str
    user_name: str

    def representation(self) -> dict[str, str]:
        return {
            "identityProvider": self.identity_provider,
            "userId": self.user_id,
            "userName": self.user_name,
        }


@dataclass(frozen=True, slots=True)
class User:
    id: str
    username: str
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    enabled: bool = True
    email_verified: bool = False
    created_timestamp: int = 0
    attributes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    required_actions: tuple[str, ...] = ()
    realm_roles: tuple[str, ...] = ()
    client_roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    password: PasswordHash | None = None
    service_account_client_id: str | None = None
    federated_identities: tuple[FederatedIdentity, ...] = ()

    @property
    def full_name(self) -> str | None:
        name = " ".join(part for part in (self.first_name, self.last_name) if part)
        return name or None

    def attribute(self, name: str) -> str | None:
        values = self.attributes.get(name)
        return values[0] if values else None

    def representation(self, brief: bool = False) -> dict[str, Any]:
        """Keycloak's UserRepresentation (the fields this IdP knows about)."""
        rep: dict[str, Any] = {
            "id": self.id,
            "username": self.username,
            "enabled": self.enabled,
            "emailVerified": self.email_verified,
            "createdTimestamp": self.created_timestamp,
            "totp": False,
        }
        for key, value in (
            ("firstName", self.first_name),
            ("lastName", self.last_name),
            ("email", self.email),
        ):
            if value is not None:
                rep[key] = value
        if self.service_account_client_id is not None:
            rep["serviceAccountClientId"] = self.service_account_client_id
        if not brief:
            if self.attributes:
                rep["attributes"] = {k: list(v) for k, v in self.attributes.items()}
            rep["disableableCredentialTypes"] = []
            rep["requiredActions"] = list(self.required_actions)
            rep["notBefore"] = 0
            rep["access"] = {
                "manageGroupMembership": True,
                "view": True,
                "mapRoles": True,
                "impersonate": False,
                "manage": True,
            }
        return rep

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "email": self.email,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "enabled": self.enabled,
            "emailVerified": self.email_verified,
            "createdTimestamp": self.created_timestamp,
            "attributes": {k: list(v) for k, v in self.attributes.items()},
            "requiredActions": list(self.required_actions),
            "realmRoles": list(self.realm_roles),
            "clientRoles": {k: list(v) for k, v in self.client_roles.items()},
            "password": None if self.password is None else self.password.to_json(),
            "serviceAccountClientId": self.service_account_client_id,
            "federatedIdentities": [link.representation() for link in self.federated_identities],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> User:
        password = raw.get("password")
        return cls(
            id=str(raw["id"]),
            username=str(raw["username"]),
            email=raw.get("email"),
            first_name=raw.get("firstName"),
            last_name=raw.get("lastName"),
            enabled=bool(raw.get("enabled", True)),
            email_verified=bool(raw.get("emailVerified", False)),
            created_timestamp=int(raw.get("createdTimestamp", 0)),
            attributes={str(k): tuple(v) for k, v in (raw.get("attributes") or {}).items()},
            required_actions=tuple(raw.get("requiredActions") or ()),
            realm_roles=tuple(raw.get("realmRoles") or ()),
            client_roles={str(k): tuple(v) for k, v in (raw.get("clientRoles") or {}).items()},
            password=None if password is None else PasswordHash.from_json(password),
            service_account_client_id=raw.get("serviceAccountClientId"),
            federated_identities=tuple(
                FederatedIdentity(
                    str(link["identityProvider"]), str(link["userId"]), str(link["userName"])
                )
                for link in raw.get("federatedIdentities") or ()
            ),
        )


def new_user_id() -> str:
    return str(uuid.uuid4())


def now_millis() -> int:
    return int(time.time() * 1000)


def with_password(user: User, password: PasswordHash, temporary: bool) -> User:
    """Keycloak's reset-password: a temporary password requires UPDATE_PASSWORD at next login."""
    actions = [action for action in user.required_actions if action != UPDATE_PASSWORD]
    if temporary:
        actions.append(UPDATE_PASSWORD)
    return dataclasses.replace(user, password=password, required_actions=tuple(actions))


class Store:
    """Users and signing keys under ``data_dir``; all methods are thread-safe."""

    def __init__(self, data_dir: Path, realm: RealmConfig) -> None:
        self._data_dir = data_dir
        self._realm = realm
        self._lock = threading.RLock()
        self._key_ring = self._load_or_create_keys()
        first_start = not (data_dir / USERS_FILE).exists()
        self._users: dict[str, User] = self._load_users()
        self._sync_realm_users(import_seed_users=first_start)

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    # -- keys ---------------------------------------------------------------------------------

    @property
    def key_ring(self) -> KeyRing:
        with self._lock:
            return self._key_ring

    def rotate_signing_key(self) -> SigningKey:
        """Make a new active key; the previous one stays in the JWKS so live tokens verify."""
        new_key = generate_signing_key()
        with self._lock:
            ring = self._key_ring.rotated(new_key)
            write_json_atomic(self._data_dir / KEYS_FILE, ring.to_json(), private=True)
            self._key_ring = ring
        return new_key

    def _load_or_create_keys(self) -> KeyRing:
        path = self._data_dir / KEYS_FILE
        raw = read_json(path)
        if raw is not None:
            return KeyRing.from_json(raw)
        ring = KeyRing(active=generate_signing_key())
        write_json_atomic(path, ring.to_json(), private=True)
        return ring

    # -- users --------------------------------------------------------------------------------

    def get_user(self, user_id: str) -> User | None:
        with self._lock:
            return self._users.get(user_id)

    def find_by_username(self, username: str) -> User | None:
        wanted = username.lower()
        with self._lock:
            return next((u for u in self._users.values() if u.username == wanted), None)

    def find_by_email(self, email: str) -> list[User]:
        wanted = email.lower()
        with self._lock:
            return [u for u in self._users.values() if u.email == wanted]

    def find_by_federated_identity(self, identity_provider: str, user_id: str) -> User | None:
        wanted = (identity_provider, user_id)
        with self._lock:
            for user in self._users.values():
                if any(
                    (f.identity_provider, f.user_id) == wanted for f in user.federated_identities
                ):
                    return user
            return None

    def default_roles(self) -> tuple[str, ...]:
        return _existing_roles(self._realm, self._realm.default_roles)

    def service_account(self, client_id: str) -> User | None:
        with self._lock:
            return next(
                (u for u in self._users.values() if u.service_account_client_id == client_id),
                None,
            )

    def list_users(self) -> list[User]:
        """All users in creation order, service accounts included."""
        with self._lock:
            return sorted(self._users.values(), key=lambda u: (u.created_timestamp, u.username))

    def add_user(self, user: User) -> User:
        with self._lock:
            self._check_unique(user)
            self._users[user.id] = user
            self._save_users()
        return user

    def replace_user(self, user: User) -> User:
        with self._lock:
            if user.id not in self._users:
                raise UserNotFoundError(user.id)
            self._check_unique(user)
            self._users[user.id] = user
            self._save_users()
        return user

    def delete_user(self, user_id: str) -> None:
        with self._lock:
            if self._users.pop(user_id, None) is None:
                raise UserNotFoundError(user_id)
            self._save_users()

    def _check_unique(self, user: User) -> None:
        for other in self._users.values():
            if other.id == user.id:
                continue
            if other.username == user.username:
                raise UserConflictError("username")
            if (
                not self._realm.duplicate_emails_allowed
                and user.email is not None
                and other.email == user.email
            ):
                raise UserConflictError("email")

    def _load_users(self) -> dict[str, User]:
        raw = read_json(self._data_dir / USERS_FILE)
        if raw is None:
            return {}
        users = (User.from_json(item) for item in raw.get("users", []))
        return {user.id: user for user in users}

    def _save_users(self) -> None:
        payload = {"users": [user.to_json() for user in self.list_users()]}
        write_json_atomic(self._data_dir / USERS_FILE, payload, private=True)

    def _sync_realm_users(self, import_seed_users: bool) -> None:
        """Create service accounts (their roles follow the realm file on every start) and,
        like a Keycloak realm import, the file's regular users only into a new data dir."""
        with self._lock:
            configured = {sa.client_id: sa for sa in self._realm.service_accounts}
            for client in self._realm.clients.values():
                if client.service_accounts and not client.public and not client.bearer_only:
                    spec = configured.get(client.client_id) or ServiceAccountConfig(
                        client.client_id
                    )
                    self._users_put(self._service_account_user(spec))
            for seed in self._realm.seed_users if import_seed_users else ():
                if self.find_by_username(seed.username) is None:
                    self._users_put(_seed_to_user(self._realm, seed))
            self._save_users()

    def _users_put(self, user: User) -> None:
        self._users[user.id] = user

    def _service_account_user(self, spec: ServiceAccountConfig) -> User:
        existing = self.service_account(spec.client_id)
        roles = _existing_roles(self._realm, spec.realm_roles)
        if existing is not None:
            return dataclasses.replace(
                existing, realm_roles=roles, client_roles=dict(spec.client_roles)
            )
        return User(
            id=new_user_id(),
            username=f"{SERVICE_ACCOUNT_PREFIX}{spec.client_id}".lower(),
            enabled=True,
            created_timestamp=now_millis(),
            realm_roles=roles,
            client_roles=dict(spec.client_roles),
            service_account_client_id=spec.client_id,
        )


def _existing_roles(realm: RealmConfig, names: Iterable[str]) -> tuple[str, ...]:
    return tuple(name for name in names if realm.role(name) is not None)


def _seed_to_user(realm: RealmConfig, seed: SeedUser) -> User:
    user = User(
        id=new_user_id(),
        username=seed.username,
        email=seed.email.lower() if seed.email else None,
        first_name=seed.first_name,
        last_name=seed.last_name,
        enabled=seed.enabled,
        email_verified=seed.email_verified,
        created_timestamp=now_millis(),
        attributes=dict(seed.attributes),
        required_actions=seed.required_actions,
        realm_roles=_existing_roles(realm, seed.realm_roles),
        client_roles=dict(seed.client_roles),
    )
    if seed.credential is not None:
        user = with_password(
            user, hash_password(seed.credential.password), seed.credential.temporary
        )
    return user
