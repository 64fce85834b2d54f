"""Small mail servers of our own for the doctor's tests: they present any certificate, and
misbehave on purpose (STARTTLS stripped, refused, answered in cleartext, a corrupted TLS
stream, one byte a second, a 10 MB greeting, LOGINDISABLED, SMTP 530). Each records every
byte it received, before and after TLS, so a test can prove no password arrived.

They run on their own event loop in a background thread, because the doctor under test
runs its own (diagnose() calls asyncio.run)."""

from __future__ import annotations

import asyncio
import base64
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

# Modes: normal, strip (T1), cleartext (T2), refuse (T3), garbage (T4), slow, huge,
# logindisabled (IMAP: LOGINDISABLED even after TLS), noauth (SMTP: no AUTH after TLS),
# require-tls (SMTP: 530 to MAIL while offering AUTH in the clear), intercept (SMTP:
# a greeting naming another server), inject (the STARTTLS answer and, in the same packet,
# forged capabilities offering a login), flood (endless untagged answers / CAPA lines /
# EHLO lines), literal (IMAP: a capability list announcing a 1 GB literal, then streaming it),
# oauth2 (inside TLS XOAUTH2 and OAUTHBEARER are offered beside PLAIN, as Gmail and
# Microsoft 365 do), oauth2-accept (the same, and any token is taken: IMAP and SMTP; IMAP's
# SEARCH finds whatever is asked for),
# oauth2-fickle (SMTP and POP3: XOAUTH2 only until a token was taken, then OAUTHBEARER only,
# each taking any token: a client that tried the other mechanism would get in),
# accept (SMTP and POP3: any password is taken inside TLS), notop (POP3: as accept, but TOP
# and UIDL are refused, as an old server does), inuse (POP3: as accept, but the login of the
# second connection is refused with [IN-USE], a maildrop still locked by the session before).
# A server given a `mailbox` (a list of messages, shared between servers) keeps what its SMTP
# takes with DATA there (accept and the oauth2-accept and -fickle modes); a POP3 that takes a
# login serves it: STAT, UIDL n, TOP n 0 (the header), anything else refused.
MODES = ("normal", "apppassword", "strip", "cleartext", "refuse", "garbage", "slow", "huge", "logindisabled", "noauth", "require-tls", "intercept",
         "inject", "flood", "literal", "oauth2", "oauth2-accept", "oauth2-fickle", "accept", "notop", "inuse")
POP3_MAILBOX_MODES = ("accept", "notop", "inuse", "oauth2-accept", "oauth2-fickle")
BEARER_MECHANISMS = ("XOAUTH2", "OAUTHBEARER")


@dataclass
class Recording:
    received: bytearray = field(default_factory=bytearray)
    connections: int = 0
    tls_sessions: int = 0

    def contains_secret(self, password: str, usernames: tuple[str, ...] = ()) -> bool:
        """The password in any form a client would send it: raw, base64 (AUTH LOGIN), or
        inside a base64 AUTH PLAIN blob for any of the user names."""
        data = bytes(self.received)
        forms = {password.encode(), base64.b64encode(password.encode())}
        for user in usernames:
            forms.add(base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()))
            forms.add(base64.b64encode(user.encode() + b"\0" + user.encode() + b"\0" + password.encode()))
        return any(form in data for form in forms)


class Loop:
    """One event loop in a daemon thread for all fake servers of a test session."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coro, timeout: float = 10.0):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        async def drain():
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        self.call(drain())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def server_context(cert_file: Path, key_file: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert_file), str(key_file))
    return ctx


class FakeServer:
    def __init__(self, loop: Loop, protocol: str, ip: str, port: int, *, implicit: bool, mode: str = "normal", context: ssl.SSLContext | None = None, name: str = "mail.fake.test",
                 mailbox: list[bytes] | None = None) -> None:
        assert mode in MODES, mode
        self.loop, self.protocol, self.ip, self.port = loop, protocol, ip, port
        self.implicit, self.mode, self.context, self.name = implicit, mode, context, name
        self.mailbox = mailbox
        self.recording = Recording()
        self.tokens_taken = 0  # token logins answered with success (oauth2-accept, oauth2-fickle)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task] = set()

    def start(self) -> "FakeServer":
        async def start():
            self._server = await asyncio.start_server(self._handle, self.ip, self.port, limit=64 * 1024)

        self.loop.call(start())
        return self

    def stop(self) -> None:
        async def stop():
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        self.loop.call(stop())

    def __enter__(self) -> "FakeServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- connection handling ---------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.recording.connections += 1
        task = asyncio.current_task()
        self._tasks.add(task)
        try:
            async with asyncio.timeout(30):
                if self.implicit:
                    if self.mode == "garbage":
                        await self._garbage(reader, writer)
                        return
                    await writer.start_tls(self.context)
                    self.recording.tls_sessions += 1
                await getattr(self, f"_{self.protocol}")(reader, writer)
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError, TimeoutError, OSError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _readline(self, reader: asyncio.StreamReader) -> bytes:
        line = await reader.readline()
        self.recording.received += line
        if not line:
            raise ConnectionError("closed")
        return line

    async def _garbage(self, reader, writer) -> None:
        hello = await reader.read(4096)  # the ClientHello
        self.recording.received += hello
        writer.write(b"\x16\x03\x03\x00\x30" + bytes(range(48)) + b"\x15\x03\x03garbage" * 20)
        await writer.drain()
        self.recording.received += await reader.read(4096)

    async def _cleartext(self, reader, writer, answer: bytes) -> None:
        hello = await reader.read(4096)
        self.recording.received += hello
        writer.write(answer)
        await writer.drain()
        self.recording.received += await reader.read(4096)

    async def _greet(self, writer, line: bytes) -> None:
        if self.mode == "slow":
            for byte in line:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(1.0)
        elif self.mode == "huge":
            chunk = b"x" * 65536
            writer.write(line[:4])
            for _ in range(160):  # 10 MB, no line end
                writer.write(chunk)
                await writer.drain()
        else:
            writer.write(line)
            await writer.drain()

    async def _endless(self, reader, writer, first: bytes, line: bytes) -> None:
        """`first`, then `line` for as long as the client stays (the flood and literal
        modes); whatever the client says meanwhile is recorded too."""
        writer.write(first)
        chunk = line * max(1, 65536 // len(line))
        for _ in range(16 * 1024):  # 1 GB at the most
            try:
                said = await asyncio.wait_for(reader.read(65536), 0.001)
            except TimeoutError:
                said = None
            if said == b"":
                return  # the client hung up
            self.recording.received += said or b""
            writer.write(chunk)
            await writer.drain()

    async def _upgrade(self, reader, writer, ok: bytes, refuse: bytes, cleartext: bytes, injected: bytes = b"") -> bool:
        """Answer a STARTTLS request as the mode says; True when TLS is now up."""
        if self.mode == "inject":
            ok += injected  # in the same write: the client reads them together
        if self.mode == "refuse":
            writer.write(refuse)
            await writer.drain()
            return False
        writer.write(ok)
        await writer.drain()
        if self.mode == "cleartext":
            await self._cleartext(reader, writer, cleartext)
            return False
        if self.mode == "garbage":
            await self._garbage(reader, writer)
            return False
        await writer.start_tls(self.context)
        self.recording.tls_sessions += 1
        return True

    # -- IMAP ------------------------------------------------------------------------------------
    async def _imap(self, reader, writer) -> None:
        tls = self.implicit
        await self._greet(writer, b"* OK fake IMAP ready\r\n")
        while True:
            line = await self._readline(reader)
            tag, _, rest = line.decode("utf-8", "replace").strip().partition(" ")
            command = rest.split(" ")[0].upper()
            if command == "CAPABILITY" and self.mode == "flood":
                await self._endless(reader, writer, b"", b"* OK still here\r\n")
            elif command == "CAPABILITY" and self.mode == "literal":
                await self._endless(reader, writer, b"* CAPABILITY {1073741824}\r\n", b"x")
            elif command == "CAPABILITY":
                caps = ["IMAP4rev1"]
                if not tls and self.mode != "strip":
                    caps.append("STARTTLS")
                if not tls or self.mode == "logindisabled":
                    caps.append("LOGINDISABLED")
                else:
                    caps += ["AUTH=PLAIN", "AUTH=LOGIN"]
                if tls and self.mode in ("oauth2", "oauth2-accept"):
                    caps += ["AUTH=XOAUTH2", "AUTH=OAUTHBEARER"]
                writer.write(f"* CAPABILITY {' '.join(caps)}\r\n{tag} OK done\r\n".encode())
            elif command == "STARTTLS" and not tls:
                tls = await self._upgrade(reader, writer, f"{tag} OK begin TLS\r\n".encode(), f"{tag} BAD TLS not available\r\n".encode(), b"* BAD TLS not available\r\n",
                                          b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                if not tls:
                    if self.mode == "refuse":
                        continue
                    return
                continue
            elif command == "LOGOUT":
                writer.write(f"* BYE\r\n{tag} OK bye\r\n".encode())
                await writer.drain()
                return
            elif command == "AUTHENTICATE" and tls and self.mode == "oauth2-accept" and rest.split(" ")[1:2] and rest.split(" ")[1].upper() in BEARER_MECHANISMS:
                writer.write(b"+ \r\n")
                await writer.drain()
                await self._readline(reader)  # the token's message: any is taken
                self.tokens_taken += 1
                writer.write(f"{tag} OK signed in\r\n".encode())
            elif command in ("EXAMINE", "NOOP") and self.mode == "oauth2-accept":
                writer.write(f"{tag} OK done\r\n".encode())
            elif command == "SEARCH" and self.mode == "oauth2-accept":
                writer.write(f"* SEARCH 1\r\n{tag} OK done\r\n".encode())  # whatever is looked for is there
            elif command in ("LOGIN", "AUTHENTICATE"):
                if self.mode == "apppassword":
                    writer.write(f"{tag} NO [ALERT] Application-specific password required: https://support.example/app-passwords (Failure)\r\n".encode())
                else:
                    writer.write(f"{tag} NO [AUTHENTICATIONFAILED] fake server\r\n".encode())
            else:
                writer.write(f"{tag} BAD unknown\r\n".encode())
            await writer.drain()

    # -- POP3 ------------------------------------------------------------------------------------
    def _pop3_mechanisms(self) -> list[str]:
        if self.mode == "oauth2":
            return ["PLAIN", "XOAUTH2"]
        if self.mode == "oauth2-accept":
            return ["PLAIN", "XOAUTH2", "OAUTHBEARER"]
        if self.mode == "oauth2-fickle":
            return ["OAUTHBEARER" if self.tokens_taken else "XOAUTH2"]
        return ["PLAIN"]

    async def _pop3(self, reader, writer) -> None:
        tls = self.implicit
        logged_in = False
        await self._greet(writer, b"+OK fake POP3 ready\r\n")
        while True:
            line = await self._readline(reader)
            words = line.decode("utf-8", "replace").strip().split(" ")
            command = words[0].upper()
            if command == "CAPA" and self.mode == "flood":
                await self._endless(reader, writer, b"+OK\r\n", b"X-FILLER\r\n")
            elif command == "CAPA":
                caps = [] if self.mode == "notop" else ["TOP", "UIDL"]
                if not tls and self.mode != "strip":
                    caps.append("STLS")
                if tls:
                    caps += ["USER", "SASL " + " ".join(self._pop3_mechanisms())]
                writer.write(("+OK\r\n" + "".join(c + "\r\n" for c in caps) + ".\r\n").encode())
            elif command == "STLS" and not tls:
                tls = await self._upgrade(reader, writer, b"+OK begin TLS\r\n", b"-ERR TLS not available\r\n", b"-ERR TLS not available\r\n",
                                          b"+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n")
                if not tls:
                    if self.mode == "refuse":
                        continue
                    return
                continue
            elif command == "QUIT":
                writer.write(b"+OK bye\r\n")
                await writer.drain()
                return
            elif tls and command == "USER" and self.mode in ("accept", "notop", "inuse"):
                writer.write(b"+OK\r\n")
            elif tls and command == "PASS" and self.mode == "inuse" and self.recording.connections == 2:
                writer.write(b"-ERR [IN-USE] Mailbox is locked by another POP3 session\r\n")
            elif tls and command == "PASS" and self.mode in ("accept", "notop", "inuse"):
                logged_in = True
                writer.write(b"+OK logged in\r\n")
            elif tls and command == "AUTH" and self.mode in ("oauth2-accept", "oauth2-fickle") and words[1:2] and words[1].upper() in BEARER_MECHANISMS:
                if words[1].upper() in self._pop3_mechanisms():
                    self.tokens_taken += 1  # any token: which mechanism the client chose is the test
                    logged_in = True
                    writer.write(b"+OK signed in\r\n")
                else:
                    writer.write(b"-ERR [AUTH] mechanism not offered\r\n")
            elif logged_in and self.mode in POP3_MAILBOX_MODES:
                writer.write(self._maildrop(command, words[1:]))
            else:
                writer.write(b"-ERR [AUTH] fake server\r\n")
            await writer.drain()

    def _maildrop(self, command: str, args: list[str]) -> bytes:
        """One answer about the shared mailbox to a logged-in client."""
        box = self.mailbox if self.mailbox is not None else []
        number = int(args[0]) if args and args[0].isdigit() else 0
        if command == "STAT":
            return f"+OK {len(box)} {sum(len(m) for m in box)}\r\n".encode()
        if self.mode == "notop" or not 1 <= number <= len(box):
            return b"-ERR no\r\n"
        if command == "UIDL" and len(args) == 1:
            return f"+OK {number} uid-{number}\r\n".encode()
        if command == "TOP" and args[1:] == ["0"]:
            header = box[number - 1].replace(b"\r\n", b"\n").split(b"\n\n")[0]
            lines = [b"." + ln if ln.startswith(b".") else ln for ln in header.split(b"\n")]
            return b"+OK\r\n" + b"".join(ln + b"\r\n" for ln in lines) + b"\r\n.\r\n"
        return b"-ERR no\r\n"

    # -- SMTP ------------------------------------------------------------------------------------
    async def _smtp(self, reader, writer) -> None:
        tls = self.implicit
        name = "relay.isp-filter.example" if self.mode == "intercept" else self.name
        await self._greet(writer, f"220 {name} ESMTP fake\r\n".encode())
        while True:
            line = await self._readline(reader)
            command = line.decode("utf-8", "replace").strip().split(" ")[0].upper()
            if command in ("EHLO", "HELO") and self.mode == "flood":
                await self._endless(reader, writer, b"", b"250-X-FILLER\r\n")
            elif command in ("EHLO", "HELO"):
                ext = ["PIPELINING", "8BITMIME"]
                if not tls and self.mode not in ("strip", "require-tls"):
                    ext.append("STARTTLS")
                if tls and self.mode in ("oauth2", "oauth2-accept"):
                    ext.append("AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER")
                elif tls and self.mode == "oauth2-fickle":
                    ext.append("AUTH OAUTHBEARER" if self.tokens_taken else "AUTH XOAUTH2")
                elif (tls and self.mode != "noauth") or self.mode == "require-tls":
                    ext.append("AUTH PLAIN LOGIN")
                lines = [name] + ext
                writer.write("".join(f"250{'-' if i < len(lines) - 1 else ' '}{text}\r\n" for i, text in enumerate(lines)).encode())
            elif command == "STARTTLS" and not tls:
                tls = await self._upgrade(reader, writer, b"220 2.0.0 go ahead\r\n", b"454 4.7.0 TLS not available due to local problem\r\n", b"454 TLS not available\r\n",
                                          f"250-{name}\r\n250 AUTH PLAIN LOGIN\r\n".encode())
                if not tls:
                    if self.mode == "refuse":
                        continue
                    return
                continue
            elif command == "MAIL" and self.mode == "require-tls":
                writer.write(b"530 5.7.0 Must issue a STARTTLS command first\r\n")
            elif command == "AUTH" and tls and self.mode in ("oauth2-accept", "oauth2-fickle") and line.split()[1:2] and line.split()[1].decode().upper() in BEARER_MECHANISMS:
                self.tokens_taken += 1  # any token, in any mechanism: what the client chose is the test
                writer.write(b"235 2.7.0 signed in\r\n")
            elif command == "AUTH" and tls and self.mode == "accept":
                writer.write(b"235 2.7.0 ok\r\n")  # any password
            elif command == "DATA" and self.mode in ("oauth2-accept", "oauth2-fickle", "accept"):
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                message = bytearray()
                while (data := await self._readline(reader)) != b".\r\n":
                    message += data[1:] if data.startswith(b"..") else data
                if self.mailbox is not None:
                    self.mailbox.append(bytes(message))
                writer.write(b"250 2.0.0 queued\r\n")
            elif command == "AUTH":
                if self.mode == "apppassword":
                    writer.write(b"534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9 https://support.example/app-passwords\r\n")
                else:
                    writer.write(b"535 5.7.8 fake server\r\n")
            elif command == "QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                return
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
