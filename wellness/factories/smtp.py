"""A real SMTP server on loopback (aiosmtpd) for the email tests, benchmark and proof.

`LoopbackSMTP` starts a server on a free port in 18025-18099 and counts what arrives for
each recipient (`received`); with `keep=True` it also keeps each message, parsed, to read
its headers and links. `refuse` answers RCPT for an address with a code (a bounce).
"""

import socket
from collections import Counter
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller

PORTS = range(18025, 18100)


class Mailbox:
    def __init__(self, keep: bool = True):
        self.keep = keep
        self.messages = []
        self.received: Counter[str] = Counter()
        self.refuse: dict[str, str] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for recipient in envelope.rcpt_tos:
            self.received[recipient] += 1
            if self.keep:
                message = message_from_bytes(envelope.original_content, policy=policy.default)
                self.messages.append((recipient, message))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [message for recipient, message in self.messages if recipient == address]

    @property
    def total(self) -> int:
        return sum(self.received.values())


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


class LoopbackSMTP:
    """`with LoopbackSMTP() as mailbox:` a server on 127.0.0.1:`mailbox.port`."""

    def __init__(self, keep: bool = True):
        self.mailbox = Mailbox(keep=keep)
        self.port = free_port()
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> Mailbox:
        self.controller.start()
        self.mailbox.port = self.port
        return self.mailbox

    def __exit__(self, *exc):
        self.controller.stop()
