"""The loopback end of a native app's sign-in (RFC 8252 section 7.3): a listener on
127.0.0.1 with a port the system picks, which takes exactly one redirect, answers the
browser with a small page, and gives up after a deadline.

It only reads: what the redirect says is judged by wizard.protocols.oauth.parse_redirect.
A browser's other requests (a favicon) get 404 and do not count; one request line and its
headers are at most 8 KiB, and a client that trickles them costs one read budget."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from types import TracebackType

from wizard.protocols.oauth import LOOPBACK, REDIRECT_PATH

MAX_REQUEST = 8 * 1024
READ_BUDGET = 5.0  # seconds for one request's head


@dataclass(frozen=True)
class Arrival:
    """One request that reached the redirect path: its target and Host header. The target
    holds the code, so it is never in the repr."""

    target: str = field(repr=False)
    host: str | None


class RedirectListener:
    """``async with RedirectListener() as listener``: ``listener.port`` goes into the
    redirect URI, ``await listener.arrival(timeout)`` waits for the redirect, and
    ``await listener.answer(page)`` sends the browser its page and closes."""

    def __init__(self, path: str = REDIRECT_PATH) -> None:
        self.path = path
        self.port = 0
        self._server: asyncio.Server | None = None
        self._arrived: asyncio.Future[tuple[Arrival, asyncio.StreamWriter]] | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> RedirectListener:
        self._arrived = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._client, LOOPBACK, 0, limit=MAX_REQUEST)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.close()

    async def close(self) -> None:
        if self._writer is not None:
            await _hang_up(self._writer)
            self._writer = None
        if self._server is not None:
            self._server.close()
            self._server = None

    async def arrival(self, timeout: float) -> Arrival | None:
        """The one redirect, or None when none came within `timeout` seconds. The listener
        stops listening once it has it: a second redirect never reaches anyone."""
        assert self._arrived is not None and self._server is not None, "use the listener in async with"
        try:
            arrival, writer = await asyncio.wait_for(asyncio.shield(self._arrived), timeout)
        except TimeoutError:
            return None
        self._server.close()
        self._writer = writer
        return arrival

    async def answer(self, page: str) -> None:
        """The browser's page after the redirect (HTML, already escaped by the caller)."""
        if self._writer is None:
            return
        writer, self._writer = self._writer, None
        await _respond(writer, 200, page)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        keep = False
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_BUDGET)
            method, target, host = _parse_head(head)
            if target is None or method != "GET":
                await _respond(writer, 400, "")
                return
            if target.split("?", 1)[0] != self.path:
                await _respond(writer, 404, "")
                return
            if self._arrived is None or self._arrived.done():
                await _respond(writer, 409, "")
                return
            keep = True
            self._arrived.set_result((Arrival(target, host), writer))
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, TimeoutError, OSError):
            pass
        finally:
            if not keep:
                await _hang_up(writer)


def _parse_head(head: bytes) -> tuple[str, str | None, str | None]:
    """Method, target and Host of a request head; target None when it is not HTTP/1.x."""
    try:
        text = head.decode("ascii")
    except UnicodeDecodeError:
        return "", None, None
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        return "", None, None
    hosts = [line.split(":", 1)[1].strip() for line in lines[1:] if line.lower().startswith("host:")]
    return parts[0], parts[1], hosts[0] if len(hosts) == 1 else None


_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 409: "Conflict"}


async def _respond(writer: asyncio.StreamWriter, status: int, page: str) -> None:
    body = page.encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n"
    )
    try:
        writer.write(head.encode("ascii") + body)
        await asyncio.wait_for(writer.drain(), READ_BUDGET)
    except (OSError, TimeoutError):
        pass
    await _hang_up(writer)


async def _hang_up(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        await asyncio.wait_for(writer.wait_closed(), 1.0)
    except (OSError, TimeoutError):
        pass
