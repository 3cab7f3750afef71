"""``python -m local_idp``: run the local Keycloak-compatible IdP."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

from local_idp.realm import RealmConfigError
from local_idp.server import serve
from local_idp.settings import Settings


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m local_idp",
        description="Keycloak-compatible identity provider for local runs and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--data-dir", type=Path, default=Path(".data/idp"))
    parser.add_argument(
        "--realm-file",
        type=Path,
        default=None,
        help="Keycloak realm export (default: $LOCAL_IDP_REALM_FILE or "
        "k8s/keycloak/realm-cpd.json in the enclosing repository)",
    )
    parser.add_argument(
        "--public-url",
        default=None,
        help="externally visible base URL used for 'iss' (default: taken from each request)",
    )
    parser.add_argument(
        "--smtp-host",
        default=None,
        help="SMTP server for e-mail actions (default: $LOCAL_IDP_SMTP_HOST or 127.0.0.1)",
    )
    parser.add_argument(
        "--smtp-port",
        type=int,
        default=None,
        help="SMTP port (default: $LOCAL_IDP_SMTP_PORT or 1025)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = Settings.from_paths(
            data_dir=args.data_dir,
            realm_file=args.realm_file,
            public_url=args.public_url,
            smtp_host=args.smtp_host,
            smtp_port=args.smtp_port,
        )
        # uvicorn handles SIGINT itself; this only covers a Ctrl-C during startup.
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(settings, args.host, args.port))
    except RealmConfigError as exc:
        raise SystemExit(f"local_idp: {exc}") from exc


if __name__ == "__main__":
    main()
