"""Runs one sans-I/O mail conversation (wizard.protocols) over one Stream: writes what it
says to send, does the TLS handshake when it asks (then tells it TLS is up), feeds it what
arrives, and hands back the events that matter. Each answer gets one time budget, so a
server that trickles a byte a second costs the read limit, not a byte's worth each time."""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.net.transport import Stream, WireError, WireErrorKind
from wizard.protocols import Conversation, Event, Send, StartTls

if TYPE_CHECKING:
    from wizard.net.context import NetContext


@dataclass(frozen=True)
class TlsPolicy:
    """How TLS is judged: `context` verifies chain (and name, unless the caller checks the
    name itself), or `pinned` names the one fingerprint accepted with a non-verifying one."""

    context: ssl.SSLContext
    pinned: str | None = None


class MailSession:
    def __init__(self, ctx: "NetContext", stream: Stream, machine: Conversation, host: str, tls: TlsPolicy | None, read_timeout: float | None) -> None:
        self.ctx, self.stream, self.machine, self.host = ctx, stream, machine, host
        self.tls, self.read_timeout = tls, read_timeout
        self._pending: list[Event] = []
        self._started = False

    async def _handshake(self, until: float | None) -> None:
        if self.tls is None:
            raise WireError(WireErrorKind.TLS, "no TLS configured")
        left = None if until is None else max(0.0, until - time.monotonic())
        await self.stream.start_tls(self.tls.context, self.host, left, self.tls.pinned)

    async def next(self) -> Event:
        """The next event that is not a write or a handshake (WireError on transport trouble)."""
        limit = self.ctx.bound(self.read_timeout)
        until = None if limit is None else time.monotonic() + limit
        if not self._started:
            self._started = True
            if self.machine.tls:  # implicit TLS: the handshake comes before any word
                await self._handshake(until)
        while True:
            while self._pending:
                event = self._pending.pop(0)
                if isinstance(event, Send):
                    self.stream.write(event.data)
                elif isinstance(event, StartTls):
                    await self._handshake(until)
                    self._pending = self.machine.tls_established() + self._pending
                else:
                    return event
            left = None if until is None else max(0.0, until - time.monotonic())
            try:
                data = await self.stream.read(left)
            except WireError as exc:
                if exc.kind is not WireErrorKind.CLOSED:
                    raise
                data = b""  # reset, or TLS without close_notify: still only a hang-up to the machine
            self._pending += self.machine.receive(data) if data else self.machine.connection_closed()

    async def intend(self, events: list[Event]) -> Event:
        """Carry out an intention's events, then wait for the outcome."""
        self._pending += events
        return await self.next()

    async def close(self) -> None:
        """Say goodbye when the state allows (without waiting for the answer), then hang up."""
        try:
            for event in self.machine.logout():
                if isinstance(event, Send):
                    self.stream.write(event.data)
        except WireError:
            pass
        await self.stream.close()
