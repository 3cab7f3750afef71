"""How one local IdP instance runs: paths, public URL, SMTP and client secrets.

Client secrets come from ``dev_secrets.json`` shipped in this package (local-only defaults,
never valid anywhere else), overridden by the ``LOCAL_IDP_CLIENT_SECRETS`` environment variable
(a JSON object ``{"client-id": "secret"}``); the realm file's masked secrets are never used.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from local_idp.realm import RealmConfigError

REALM_FILE_ENV = "LOCAL_IDP_REALM_FILE"
CLIENT_SECRETS_ENV = "LOCAL_IDP_CLIENT_SECRETS"
REALM_FILE_RELATIVE = Path("k8s") / "keycloak" / "realm-cpd.json"
SMTP_HOST_ENV = "LOCAL_IDP_SMTP_HOST"
SMTP_PORT_ENV = "LOCAL_IDP_SMTP_PORT"
DEFAULT_SMTP_HOST = "127.0.0.1"
DEFAULT_SMTP_PORT = 1025


@dataclass(frozen=True, slots=True)
class Settings:
    """How one local IdP instance runs.

    ``public_url`` is the externally visible base URL (used for ``iss`` and discovery);
    when ``None`` it is taken from each request, as Keycloak does without a fixed hostname.
    ``client_secrets`` is the full client-id → secret map; see :func:`load_client_secrets`.
    """

    realm_file: Path
    data_dir: Path
    public_url: str | None = None
    client_secrets: Mapping[str, str] = field(default_factory=dict)
    smtp_host: str = DEFAULT_SMTP_HOST
    smtp_port: int = DEFAULT_SMTP_PORT
    # The fake ESIA's test persons; None = the packaged esia_accounts.json.
    esia_accounts_file: Path | None = None
    # The fake Profil Zaufany's test persons; None = the packaged pz_accounts.json.
    pz_accounts_file: Path | None = None

    @classmethod
    def from_paths(
        cls,
        data_dir: Path,
        realm_file: Path | None = None,
        public_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        smtp_host: str | None = None,
        smtp_port: int | None = None,
    ) -> Settings:
        """Explicit arguments win over ``$LOCAL_IDP_SMTP_HOST``/``$LOCAL_IDP_SMTP_PORT``."""
        env = os.environ if environ is None else environ
        if smtp_port is None:
            try:
                smtp_port = int(env.get(SMTP_PORT_ENV) or DEFAULT_SMTP_PORT)
            except ValueError as exc:
                raise RealmConfigError(f"{SMTP_PORT_ENV} must be a port number") from exc
        return cls(
            realm_file=realm_file if realm_file is not None else default_realm_file(environ=env),
            data_dir=data_dir,
            public_url=public_url.rstrip("/") if public_url else None,
            client_secrets=load_client_secrets(environ=env),
            smtp_host=smtp_host or env.get(SMTP_HOST_ENV) or DEFAULT_SMTP_HOST,
            smtp_port=smtp_port,
        )


def default_realm_file(environ: Mapping[str, str] | None = None, start: Path | None = None) -> Path:
    """``$LOCAL_IDP_REALM_FILE`` or ``k8s/keycloak/realm-cpd.json`` in the enclosing repo."""
    env = os.environ if environ is None else environ
    if configured := env.get(REALM_FILE_ENV):
        return Path(configured)
    roots = [start or Path.cwd(), Path(__file__).resolve()]
    for root in roots:
        for directory in (root, *root.parents):
            candidate = directory / REALM_FILE_RELATIVE
            if candidate.is_file():
                return candidate
    raise RealmConfigError(
        f"cannot find {REALM_FILE_RELATIVE}; pass --realm-file or set {REALM_FILE_ENV}"
    )


def load_client_secrets(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Packaged local-only dev secrets, overridden by ``$LOCAL_IDP_CLIENT_SECRETS``."""
    env = os.environ if environ is None else environ
    raw = resources.files("local_idp").joinpath("dev_secrets.json").read_text(encoding="utf-8")
    secrets = _string_map(json.loads(raw), "dev_secrets.json")
    if override := env.get(CLIENT_SECRETS_ENV):
        try:
            parsed = json.loads(override)
        except json.JSONDecodeError as exc:
            raise RealmConfigError(f"{CLIENT_SECRETS_ENV} is not valid JSON") from exc
        secrets.update(_string_map(parsed, CLIENT_SECRETS_ENV))
    return secrets


def _string_map(value: object, source: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise RealmConfigError(f"{source} must be a JSON object of strings")
    return dict(value)
