"""Hostile mail servers that echo the AUTH exchange back in their error replies (SECURITY
notes, class 3): the literal password, the AUTH PLAIN blob, the AUTH LOGIN lines, the IMAP
LOGIN line with its quoted strings, POP3's PASS line; and the decoded password too.
Implicit TLS with a certificate from the world's CA, on the standard ports of their host."""

from __future__ import annotations

import asyncio
import base64
import ssl

from tests.doctor.servers import Loop, Recording


def _b64decode(text: str) -> str:
    try:
        return base64.b64decode(text.strip() + "=" * (-len(text.strip()) % 4)).decode("utf-8", "replace")
    except ValueError:
        return ""


class EchoServer:
    def __init__(self, loop: Loop, protocol: str, ip: str, port: int, context: ssl.SSLContext, name: str) -> None:
        self.loop, self.protocol, self.ip, self.port, self.context, self.name = loop, protocol, ip, port, context, name
        self.recording = Recording()
        self._server: asyncio.base_events.Server | None = None

    def start(self) -> "EchoServer":
        async def start():
            self._server = await asyncio.start_server(self._handle, self.ip, self.port, ssl=self.context)

        self.loop.call(start())
        return self

    def stop(self) -> None:
        async def stop():
            if self._server is not None:
                self._server.close()

        self.loop.call(stop())

    async def _readline(self, reader: asyncio.StreamReader) -> str:
        line = await reader.readline()
        self.recording.received += line
        if not line:
            raise ConnectionError("closed")
        return line.decode("utf-8", "replace").rstrip("\r\n")

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.recording.connections += 1
        try:
            async with asyncio.timeout(20):
                await getattr(self, f"_{self.protocol}")(reader, writer)
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError, TimeoutError, OSError):
            pass
        finally:
            writer.close()

    async def _say(self, writer: asyncio.StreamWriter, text: str) -> None:
        writer.write(text.encode("utf-8") + b"\r\n")
        await writer.drain()

    async def _imap(self, reader, writer) -> None:
        await self._say(writer, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] echo IMAP ready")
        while True:
            line = await self._readline(reader)
            tag, _, rest = line.partition(" ")
            command = rest.split(" ")[0].upper()
            if command == "CAPABILITY":
                await self._say(writer, f"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done")
            elif command == "LOGIN":
                await self._say(writer, f"{tag} NO [AUTHENTICATIONFAILED] rejected: {rest}")
            elif command == "AUTHENTICATE":
                blob = rest.split(" ")[2] if len(rest.split(" ")) > 2 else ""
                if not blob:
                    await self._say(writer, "+ ")
                    blob = await self._readline(reader)
                await self._say(writer, f"{tag} NO [AUTHENTICATIONFAILED] {rest} {blob} = {_b64decode(blob)!r}")
            elif command == "LOGOUT":
                await self._say(writer, f"* BYE\r\n{tag} OK bye")
                return
            else:
                await self._say(writer, f"{tag} BAD unknown")

    async def _pop3(self, reader, writer) -> None:
        await self._say(writer, "+OK echo POP3 ready")
        while True:
            line = await self._readline(reader)
            command = line.split(" ")[0].upper()
            if command == "CAPA":
                await self._say(writer, "+OK\r\nUSER\r\nSASL PLAIN\r\n.")
            elif command == "USER":
                await self._say(writer, "+OK send PASS")
            elif command == "PASS":
                await self._say(writer, f"-ERR [AUTH] {line} is wrong")
            elif command == "AUTH":
                blob = line.split(" ")[2] if len(line.split(" ")) > 2 else ""
                if not blob:
                    await self._say(writer, "+ ")
                    blob = await self._readline(reader)
                await self._say(writer, f"-ERR [AUTH] {line} {blob} {_b64decode(blob)!r} rejected")
            elif command == "QUIT":
                await self._say(writer, "+OK bye")
                return
            else:
                await self._say(writer, "-ERR unknown")

    async def _smtp(self, reader, writer) -> None:
        await self._say(writer, f"220 {self.name} ESMTP echo")
        while True:
            line = await self._readline(reader)
            words = line.split(" ")
            command = words[0].upper()
            if command in ("EHLO", "HELO"):
                await self._say(writer, f"250-{self.name}\r\n250 AUTH PLAIN LOGIN")
            elif command == "AUTH" and len(words) > 1 and words[1].upper() == "LOGIN":
                user = words[2] if len(words) > 2 else ""
                if not user:
                    await self._say(writer, "334 VXNlcm5hbWU6")
                    user = await self._readline(reader)
                await self._say(writer, "334 UGFzc3dvcmQ6")
                secret = await self._readline(reader)
                await self._say(writer, f"535-5.7.8 {line} {user} {secret} rejected\r\n535 5.7.8 (that is {_b64decode(user)} / {_b64decode(secret)})")
            elif command == "AUTH":
                blob = words[2] if len(words) > 2 else ""
                if not blob:
                    await self._say(writer, "334 ")
                    blob = await self._readline(reader)
                await self._say(writer, f"535-5.7.8 Authentication failed: {line} {blob}\r\n535 5.7.8 decoded {_b64decode(blob)!r}")
            elif command == "QUIT":
                await self._say(writer, "221 bye")
                return
            else:
                await self._say(writer, "250 ok")


PORTS = {"imap": 993, "pop3": 995, "smtp": 465}


def start_echo(world, loop: Loop, protocol: str, host: str) -> EchoServer:
    """An echo server for `protocol` on `host` (given an address and a certificate)."""
    from tests.doctor.servers import server_context

    ip = world.ip_of(host) if host in world.dns.records.a else world.add_host(host)
    pair = world.certs.for_host(host)
    return EchoServer(loop, protocol, ip, PORTS[protocol], server_context(pair.cert_file, pair.key_file), host).start()
