"""A bounded line conversation with a server: every answer must arrive within a time budget
and fit in a size limit, so a server that trickles one byte a second or sends a 10 MB
greeting costs seconds and kilobytes, never a hang or the memory of the machine."""

from __future__ import annotations

import asyncio
from typing import Callable
import ssl
import time
from dataclasses import dataclass

MAX_LINE = 8 * 1024  # longer than any greeting, capability or EHLO line seen in the wild
MAX_LINES = 200  # lines in one multi-line answer (CAPA, EHLO)


class WireError(Exception):
    """`kind`: timeout, overlong, closed, tls (handshake failed), verify (certificate not
    trusted by the verifying context; `verify_code`/`verify_message` say why)."""

    def __init__(self, kind: str, detail: str = "", verify_code: int | None = None) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.verify_code = verify_code


@dataclass(frozen=True)
class TcpResult:
    state: str  # open, refused, filtered, reset, unreachable
    address: str | None
    ms: float
    detail: str = ""


Route = Callable[[str, int], "tuple[str, int]"]


def _direct(address: str, port: int) -> tuple[str, int]:
    return address, port


async def connect(addresses: tuple[str, ...], port: int, timeout: float | None, route: Route = _direct) -> tuple[TcpResult, "Wire | None"]:
    """Try each address in turn; the first that opens wins. The state reported when none
    opens is the most telling one seen (refused beats filtered beats unreachable).
    `route` is the NetContext's (see NetContext.route); results name the address asked for."""
    started = time.monotonic()
    worst: TcpResult | None = None
    order = {"reset": 0, "refused": 1, "filtered": 2, "unreachable": 3}
    for address in addresses:
        t0 = time.monotonic()
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(*route(address, port), limit=MAX_LINE)
        except TimeoutError:
            result = TcpResult("filtered", address, (time.monotonic() - t0) * 1000)
        except ConnectionRefusedError:
            result = TcpResult("refused", address, (time.monotonic() - t0) * 1000)
        except ConnectionResetError:
            result = TcpResult("reset", address, (time.monotonic() - t0) * 1000)
        except OSError as exc:
            # ENETUNREACH, EHOSTUNREACH (ICMP), EADDRNOTAVAIL and the like: no way there
            result = TcpResult("unreachable", address, (time.monotonic() - t0) * 1000, exc.strerror or type(exc).__name__)
        else:
            return TcpResult("open", address, (time.monotonic() - started) * 1000), Wire(reader, writer)
        if worst is None or order[result.state] < order[worst.state]:
            worst = result
    if worst is None:
        return TcpResult("unreachable", None, 0.0, "no address"), None
    return worst, None


class Wire:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.tls_version: str | None = None
        self.peer_der: bytes | None = None

    @property
    def local_address(self) -> str:
        sockname = self.writer.get_extra_info("sockname")
        return sockname[0] if sockname else "127.0.0.1"

    async def line(self, timeout: float | None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                data = await self.reader.readuntil(b"\n")
        except TimeoutError:
            raise WireError("timeout") from None
        except asyncio.LimitOverrunError:
            raise WireError("overlong", f"a line longer than {MAX_LINE} bytes") from None
        except asyncio.IncompleteReadError as exc:
            raise WireError("closed", exc.partial[:80].decode("utf-8", "replace")) from None
        except (ConnectionError, OSError, ssl.SSLError) as exc:
            raise WireError("closed", type(exc).__name__) from None
        return data

    async def lines_until(self, done, timeout: float | None) -> list[bytes]:
        """Read lines until `done(line)` is true, all within one time budget."""
        out: list[bytes] = []
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            line = await self.line(left)
            out.append(line)
            if done(line):
                return out
            if len(out) >= MAX_LINES:
                raise WireError("overlong", f"more than {MAX_LINES} lines")

    async def send(self, data: bytes) -> None:
        try:
            self.writer.write(data)
            await self.writer.drain()
        except (ConnectionError, OSError) as exc:
            raise WireError("closed", type(exc).__name__) from None

    async def start_tls(self, context: ssl.SSLContext, server_hostname: str, timeout: float | None) -> None:
        """Upgrade this connection (implicit TLS right after connect, or after STARTTLS)."""
        hostname = server_hostname if not _is_ip(server_hostname) else None
        try:
            async with asyncio.timeout(timeout):
                await self.writer.start_tls(context, server_hostname=hostname, ssl_handshake_timeout=timeout)
        except TimeoutError:
            raise WireError("timeout", "TLS handshake") from None
        except ssl.SSLCertVerificationError as exc:
            raise WireError("verify", exc.verify_message or str(exc), exc.verify_code) from None
        except ssl.SSLError as exc:
            raise WireError("tls", exc.reason or str(exc)) from None
        except (ConnectionError, OSError, EOFError, asyncio.IncompleteReadError) as exc:
            raise WireError("tls", type(exc).__name__) from None
        sslobj = self.writer.get_extra_info("ssl_object")
        if sslobj is None:
            raise WireError("tls", "no TLS session")
        self.tls_version = sslobj.version()
        self.peer_der = sslobj.getpeercert(binary_form=True)

    async def close(self) -> None:
        try:
            self.writer.close()
            async with asyncio.timeout(0.5):
                await self.writer.wait_closed()
        except Exception:  # closing a broken connection may fail
            pass


def _is_ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False
