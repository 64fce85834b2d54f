"""RFC 6186 / RFC 8314 SRV records for mail, ordered as RFC 2782 says.

Lowest priority first; among equal priorities a weighted random order (SECURITY.md A7: some
clients sorted descending). A lone target "." means the service is deliberately not offered.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterable, Sequence

from wizard.i18n import T
from wizard.model import Protocol, Security, ServerSettings
from wizard.model.errors import UserError
from wizard.parsers.document import ParseError, ascii_number, refuse_controls

# service label -> what it offers. The STARTTLS ones are never plain: once configured,
# STARTTLS is mandatory (SECURITY.md rule 7).
SERVICES: dict[str, tuple[Protocol, Security]] = {
    "_imaps": (Protocol.IMAP, Security.TLS),
    "_imap": (Protocol.IMAP, Security.STARTTLS),
    "_pop3s": (Protocol.POP3, Security.TLS),
    "_pop3": (Protocol.POP3, Security.STARTTLS),
    "_submissions": (Protocol.SMTP, Security.TLS),
    "_submission": (Protocol.SMTP, Security.STARTTLS),
}


@dataclass(frozen=True)
class SrvRecord:
    priority: int
    weight: int
    port: int
    target: str  # without the trailing dot; "." when the service is not offered

    def __post_init__(self) -> None:
        for name in ("priority", "weight", "port"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
                raise ParseError("srv-malformed", T("An SRV record has an invalid {field}: “{value}”.", field=name, value=str(value)[:20]))
        if not isinstance(self.target, str):
            raise ParseError("srv-malformed", T("An SRV record has an invalid {field}: “{value}”.", field="target", value=str(self.target)[:20]))
        refuse_controls(self.target.strip(), "target")
        target = self.target.strip()
        object.__setattr__(self, "target", "." if target in (".", "") else target.rstrip(".").lower())

    @property
    def not_offered(self) -> bool:
        return self.target == "."


@dataclass(frozen=True)
class SrvAnswer:
    """The servers one SRV name offers, in the order to try them."""

    service: str
    servers: tuple[ServerSettings, ...]
    not_offered: bool = False
    skipped: tuple[str, ...] = ()  # targets that were not usable host names


def parse_srv_text(line: str) -> SrvRecord:
    """"PRIORITY WEIGHT PORT TARGET", the presentation form (dig +short)."""
    parts = line.split() if isinstance(line, str) else []
    numbers = [n for p in parts[:3] if (n := ascii_number(p, 65535)) is not None]
    if len(parts) != 4 or len(numbers) != 3:
        raise ParseError("srv-malformed", T("“{text}” is not an SRV record.", text=str(line)[:200]))
    return SrvRecord(numbers[0], numbers[1], numbers[2], parts[3])


def order_records(records: Iterable[SrvRecord], rng: random.Random | None = None) -> tuple[SrvRecord, ...]:
    """RFC 2782 selection order: priorities ascending; within one priority, repeatedly pick
    a record at random with probability proportional to its weight (zero weights first in
    the running sum, so they are rarely chosen while others remain)."""
    rng = rng or random.Random()
    usable = [r for r in records if not r.not_offered]
    out: list[SrvRecord] = []
    for priority in sorted({r.priority for r in usable}):
        group = sorted((r for r in usable if r.priority == priority), key=lambda r: r.weight != 0)
        while group:
            total = sum(r.weight for r in group)
            pick = rng.randint(0, total)
            running = 0
            for index, record in enumerate(group):
                running += record.weight
                if running >= pick:
                    out.append(group.pop(index))
                    break
    return tuple(out)


def srv_answer(service: str, records: Sequence[SrvRecord], rng: random.Random | None = None) -> SrvAnswer:
    """Servers for `service` (a key of SERVICES) from its records."""
    protocol, security = SERVICES[service]
    if len(records) == 1 and records[0].not_offered:
        return SrvAnswer(service, (), not_offered=True)
    servers: list[ServerSettings] = []
    skipped: list[str] = []
    for record in order_records(records, rng):
        if record.port == 0:
            skipped.append(record.target)
            continue
        try:
            server = ServerSettings(protocol, record.target, record.port, security, username=None)
        except UserError:
            skipped.append(record.target[:253])
            continue
        if server not in servers:
            servers.append(server)
    return SrvAnswer(service, tuple(servers), skipped=tuple(skipped))
