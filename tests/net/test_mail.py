"""A mail conversation over the transport when the server's reply is cut off: however the
connection ends (close_notify, a bare FIN under TLS, a reset) the machine hears a hang-up
and fails (CLOSED); what came before the end is never taken as a whole, shorter reply."""

from __future__ import annotations

import asyncio

import pytest

from tests.net.endings import Ending, end
from tests.doctor.servers import server_context
from wizard.net import Deadline, NetContext, Timeouts, Trust
from wizard.net.mail import MailSession, TlsPolicy
from wizard.protocols import Failed, Failure, ImapClient, Ready

pytestmark = pytest.mark.world
PORT = 4193


@pytest.mark.parametrize("ending", list(Ending), ids=lambda ending: ending.value)
def test_a_reply_cut_off_is_a_hang_up_however_the_connection_ends(world, ending):
    name = f"cut-{ending.value}.mail.fake.test"
    ip = world.add_host(name)
    pair = world.certs.for_host(name)
    server_tls = server_context(pair.cert_file, pair.key_file)

    async def handler(reader, writer):
        writer.write(b"* OK ready\r\n")
        await reader.readline()  # a1 CAPABILITY
        writer.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")  # the tagged OK that ends it never comes
        await writer.drain()
        await asyncio.sleep(0.1)
        await end(writer, ending)

    async def go():
        server = await asyncio.start_server(handler, ip, PORT, ssl=server_tls)
        ctx = NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(connect=2.0), deadline=Deadline(seconds=10))
        try:
            _, stream = await ctx.connect(name, PORT)
            session = MailSession(ctx, stream, ImapClient(tls=True), name, TlsPolicy(await ctx.tls_context()), 3.0)
            try:
                while not isinstance(event := await session.next(), (Failed, Ready)):
                    pass  # the greeting
                return event
            finally:
                await session.close()
        finally:
            server.close()

    event = asyncio.run(go())
    assert isinstance(event, Failed) and event.failure is Failure.CLOSED
