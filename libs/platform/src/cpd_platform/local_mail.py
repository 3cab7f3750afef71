"""A local SMTP server (aiosmtpd) that writes every message to a Maildir under `.data/`.

`make up` starts it so that the identity provider's reset e-mails and credits-svc's code
e-mails can be read in a mail client or by tests; it is never deployed.

    python -m cpd_platform.local_mail --dir .data/local/mail --port 1025
"""

from __future__ import annotations

import argparse
import email
import mailbox
import signal
import threading
import time
from collections.abc import Callable
from email import policy
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox


class LocalMailServer:
    def __init__(self, directory: Path, port: int, host: str = "127.0.0.1") -> None:
        self.directory = directory
        self.host = host
        self.port = port
        self._controller: Controller | None = None

    def start(self) -> None:
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        mailbox.Maildir(str(self.directory), create=True)
        self._controller = Controller(Mailbox(self.directory), hostname=self.host, port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[Message]:
        return read_mailbox(self.directory)

    def wait_for(self, matches: Callable[[Message], bool], timeout: float = 10.0) -> Message:
        """The first message that `matches`, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while True:
            for message in self.messages():
                if matches(message):
                    return message
            if time.monotonic() > deadline:
                raise TimeoutError("no matching e-mail arrived")
            time.sleep(0.05)


def read_mailbox(directory: Path) -> list[Message]:
    if not directory.exists():
        return []
    box = mailbox.Maildir(str(directory), factory=None, create=False)
    return [
        email.message_from_bytes(box.get_bytes(key), policy=policy.default)
        for key in box.iterkeys()
    ]


def body_text(message: Message) -> str:
    """The text/plain body, decoded."""
    part = next((p for p in message.walk() if p.get_content_type() == "text/plain"), message)
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode(part.get_content_charset() or "utf-8")
    return str(part.get_payload())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=1025)
    args = parser.parse_args()
    server = LocalMailServer(args.dir, args.port, args.host)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    server.start()
    try:
        stopped.wait()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
