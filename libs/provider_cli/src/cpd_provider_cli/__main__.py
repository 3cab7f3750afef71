"""`cpd-provider`: post results and issue event codes from a provider's machine.

    cpd-provider post results.csv              # streams the file; resumable; writes results.rejected.csv
    cpd-provider codes issue EVENT_ID 100 [--snils-file attendees.txt] [--mail] [--out codes.csv]
    cpd-provider codes list EVENT_ID [--out codes.csv]
    cpd-provider attendance upload EVENT_ID present.txt

Results files: see `cpd_provider_cli.results_csv` for the columns and the limits of each field
(document numbers: letters, digits, space and - / . , № # ( ) _ : up to 100 characters; dates
from 2016-01-01 to today). Codes may be issued before an event; mailed codes are sent, and
codes can be entered, only once the event is over (from the day after its last day).

Connection options (or environment variables): --server (CPD_PROVIDER_SERVER, default
127.0.0.1:50054), --token-url (CPD_PROVIDER_TOKEN_URL, default the local identity provider),
--client-id (CPD_PROVIDER_CLIENT_ID), --client-secret (CPD_PROVIDER_CLIENT_SECRET).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import grpc

from cpd_provider_cli.auth import ClientCredentials, TokenError
from cpd_provider_cli.codes import issue_codes, list_codes, read_snils_file, upload_attendance
from cpd_provider_cli.posting import post_file, report_path
from cpd_provider_cli.results_csv import LayoutError

DEFAULT_TOKEN_URL = "http://127.0.0.1:8080/realms/cpd/protocol/openid-connect/token"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpd-provider", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    env = os.environ.get
    parser.add_argument("--server", default=env("CPD_PROVIDER_SERVER", "127.0.0.1:50054"))
    parser.add_argument("--token-url", default=env("CPD_PROVIDER_TOKEN_URL", DEFAULT_TOKEN_URL))
    parser.add_argument("--client-id", default=env("CPD_PROVIDER_CLIENT_ID", ""))
    parser.add_argument("--client-secret", default=env("CPD_PROVIDER_CLIENT_SECRET", ""))
    commands = parser.add_subparsers(dest="command", required=True)

    post = commands.add_parser("post", help="отправить результаты обучения из CSV")
    post.add_argument("file", type=Path)
    post.add_argument("--batch-size", type=int, default=500)

    codes = commands.add_parser("codes", help="коды подтверждения мероприятий")
    code_commands = codes.add_subparsers(dest="codes_command", required=True)
    issue = code_commands.add_parser("issue", help="выпустить N кодов для мероприятия")
    issue.add_argument("event_id")
    issue.add_argument("count", type=int)
    issue.add_argument("--snils-file", type=Path, help="СНИЛС участников, по одному в строке")
    issue.add_argument(
        "--mail",
        action="store_true",
        help="разослать коды участникам (после окончания мероприятия)",
    )
    issue.add_argument("--out", type=Path, default=None)
    issue.add_argument(
        "--key",
        default="",
        help="ключ идемпотентности, до 200 символов (по умолчанию из аргументов)",
    )
    listing = code_commands.add_parser("list", help="выгрузить коды мероприятия в CSV")
    listing.add_argument("event_id")
    listing.add_argument("--out", type=Path, default=None)

    attendance = commands.add_parser("attendance", help="списки присутствия")
    attendance_commands = attendance.add_subparsers(dest="attendance_command", required=True)
    upload = attendance_commands.add_parser("upload", help="загрузить список присутствия")
    upload.add_argument("event_id")
    upload.add_argument("snils_file", type=Path)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.client_id or not args.client_secret:
        print("cpd-provider: укажите --client-id и --client-secret", file=sys.stderr)
        return 2
    credentials = ClientCredentials(args.token_url, args.client_id, args.client_secret)
    try:
        if args.command == "post":
            if args.batch_size < 1 or args.batch_size > 1000:
                print("cpd-provider: --batch-size от 1 до 1000", file=sys.stderr)
                return 2
            summary = post_file(
                args.file, server=args.server, credentials=credentials, batch_size=args.batch_size
            )
            print(
                f"принято {summary.accepted}, уже были {summary.duplicate}, "
                f"отклонено {summary.rejected} (отчёт: {report_path(args.file)})"
            )
            return 1 if summary.rejected else 0
        if args.command == "codes" and args.codes_command == "issue":
            out = args.out or Path(f"codes-{args.event_id}.csv")
            snils = read_snils_file(args.snils_file) if args.snils_file else []
            count = issue_codes(
                server=args.server,
                credentials=credentials,
                event_id=args.event_id,
                count=args.count,
                snils=snils,
                send_by_mail=args.mail,
                out=out,
                key=args.key,
            )
            print(f"кодов: {count}, записаны в {out}")
            return 0
        if args.command == "codes":
            out = args.out or Path(f"codes-{args.event_id}.csv")
            count = list_codes(
                server=args.server, credentials=credentials, event_id=args.event_id, out=out
            )
            print(f"кодов: {count}, записаны в {out}")
            return 0
        size, invalid = upload_attendance(
            server=args.server,
            credentials=credentials,
            event_id=args.event_id,
            snils=read_snils_file(args.snils_file),
        )
        print(f"в списке присутствия {size}; неверных СНИЛС: {len(invalid)}")
        for value in invalid:
            print(f"  неверный СНИЛС: {value}", file=sys.stderr)
        return 0
    except (LayoutError, TokenError, OSError) as exc:
        print(f"cpd-provider: {exc}", file=sys.stderr)
        return 2
    except grpc.RpcError as exc:
        details = exc.details() if isinstance(exc, grpc.Call) else str(exc)
        print(f"cpd-provider: сервер ответил ошибкой: {details}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print(
            "\ncpd-provider: прервано; запустите ту же команду, чтобы продолжить", file=sys.stderr
        )
        return 130


def main() -> None:
    raise SystemExit(run())


if __name__ == "__main__":
    main()
