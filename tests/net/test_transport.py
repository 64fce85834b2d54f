"""The one transport: Happy Eyeballs across the addresses under one budget, a bounded read
buffer, no TLS started over bytes that arrived before it, and what is to go with a
handshake's end sent from the callback that read it, only once its certificate is believed."""

import asyncio
import ssl

import pytest

from tests.net.endings import Ending, end
from tests.doctor.servers import server_context
from wizard.net import Deadline, NetContext, Timeouts, Trust
from wizard.net.tls import TlsSession
from wizard.net.transport import BUFFER, Stream, TcpState, WireError, WireErrorKind, _Receiver, happy_eyeballs_order

PORT = 4100


def test_happy_eyeballs_alternates_families_starting_with_the_first():
    assert happy_eyeballs_order(("2001:db8::1", "2001:db8::2", "192.0.2.1", "192.0.2.2")) == ("2001:db8::1", "192.0.2.1", "2001:db8::2", "192.0.2.2")
    assert happy_eyeballs_order(("192.0.2.1", "2001:db8::1", "192.0.2.2")) == ("192.0.2.1", "2001:db8::1", "192.0.2.2")
    assert happy_eyeballs_order(()) == ()


def _ctx(world, connect=1.0) -> NetContext:
    return NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(connect=connect), deadline=Deadline(seconds=10))


async def _serve(ip, handler):
    return await asyncio.start_server(handler, ip, PORT)


@pytest.mark.world
def test_black_holed_addresses_share_one_budget_with_the_one_that_answers(world):
    """Two addresses that drop every packet come first; tried one after the other they would
    use the whole 1 s budget twice over. Happy Eyeballs reaches the third within it."""
    holes = [world.allocate_ip(), world.allocate_ip()]
    for ip in holes:
        world.add_host(f"hole-{ip}.fake.test", ip)
        world.black_hole(ip)
    live = world.allocate_ip()
    world.dns.set_a("many.fake.test", *holes, live)

    async def handler(reader, writer):
        writer.close()

    async def go():
        server = await _serve(live, handler)
        try:
            result, stream = await _ctx(world).connect("many.fake.test", PORT)
            if stream is not None:
                await stream.close()
            return result
        finally:
            server.close()

    result = asyncio.run(go())
    assert result.state is TcpState.OPEN and result.address == live


@pytest.mark.world
def test_all_black_holed_is_filtered(world):
    hole = world.add_host("blackhole.fake.test")
    world.black_hole(hole)
    result, stream = asyncio.run(_ctx(world, connect=0.3).connect("blackhole.fake.test", PORT))
    assert stream is None and result.state is TcpState.FILTERED


@pytest.mark.world
def test_nothing_listening_is_refused(world):
    world.add_host("closed.fake.test")
    result, stream = asyncio.run(_ctx(world).connect("closed.fake.test", PORT))
    assert stream is None and result.state is TcpState.REFUSED


@pytest.mark.world
def test_tls_does_not_start_over_bytes_already_received(world):
    ip = world.add_host("early.fake.test")

    async def handler(reader, writer):
        writer.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
        await writer.drain()
        await reader.read()

    async def go():
        server = await _serve(ip, handler)
        try:
            _, stream = await _ctx(world).connect("early.fake.test", PORT)
            while not stream._receiver.buffer:
                await asyncio.sleep(0.01)
            with pytest.raises(WireError) as caught:
                await stream.start_tls(ssl.create_default_context(), "early.fake.test", 1.0)
            await stream.close()
            return caught.value
        finally:
            server.close()

    assert asyncio.run(go()).kind is WireErrorKind.INJECTION


@pytest.mark.world
def test_a_server_that_floods_fills_only_the_bounded_buffer(world):
    ip = world.add_host("flood.fake.test")

    async def handler(reader, writer):
        try:
            for _ in range(400):  # 25 MB if anybody read it
                writer.write(b"x" * 65536)
                await writer.drain()
        except ConnectionError:
            pass

    async def go():
        server = await _serve(ip, handler)
        try:
            _, stream = await _ctx(world).connect("flood.fake.test", PORT)
            while not stream._receiver._paused:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.2)  # let more arrive, if it could
            held = len(stream._receiver.buffer)
            chunk = await stream.read(1.0)
            await stream.close()
            return held, len(chunk)
        finally:
            server.close()

    held, chunk = asyncio.run(go())
    assert held < 2 * BUFFER and chunk <= BUFFER


def test_the_dns_answer_is_inside_the_connect_budget():
    """A resolver that never answers: the connect budget (0.3 s) ends the attempt, not the
    resolver's own 3 s limit; the DNS wait is part of the one budget, not added to it."""
    import socket

    from wizard.net import DnsServer

    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    try:
        ctx = NetContext(dns_server=DnsServer("127.0.0.1", silent.getsockname()[1]), timeouts=Timeouts(dns=3.0, connect=0.3))
        with pytest.raises(TimeoutError):
            asyncio.run(ctx.connect("mail.example.test", 993))
    finally:
        silent.close()


@pytest.mark.world
@pytest.mark.parametrize("tls", [False, True], ids=["plain", "tls"])
@pytest.mark.parametrize("how", list(Ending), ids=lambda how: how.value)
def test_an_end_reads_as_an_end_only_when_the_peer_meant_it(world, tls, how):
    """b"" after FIN in the clear and close_notify under TLS; a reset, or a bare FIN under
    TLS (a truncation attack), is a WireError, after every byte that came before it."""
    name = f"end-{how.value}-{'tls' if tls else 'plain'}.fake.test"
    ip = world.add_host(name)
    pair = world.certs.for_host(name)
    server_tls = server_context(pair.cert_file, pair.key_file)

    async def handler(reader, writer):
        await reader.readexactly(3)
        writer.write(b"the whole answer")
        await writer.drain()
        await asyncio.sleep(0.2)
        await end(writer, how)

    async def go():
        server = await asyncio.start_server(handler, ip, PORT, ssl=server_tls if tls else None)
        ctx = _ctx(world)
        try:
            _, stream = await ctx.connect(name, PORT)
            if tls:
                await stream.start_tls(await ctx.tls_context(), name, 2.0)
            stream.write(b"go\n")
            got = b""
            try:
                while data := await stream.read(2.0):
                    got += data
            except WireError as exc:
                return got, exc
            finally:
                await stream.close()
            return got, None
        finally:
            server.close()

    got, error = asyncio.run(go())
    assert got == b"the whole answer"
    if how is Ending.CLEAN or (how is Ending.FIN and not tls):
        assert error is None
    else:
        assert error is not None and error.kind is WireErrorKind.CLOSED
        assert ("reset" if how is Ending.RESET else "close_notify") in error.detail


class _Wire(asyncio.Transport):
    """A transport that only keeps what was written to it."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = bytearray()

    def write(self, data) -> None:
        self.sent += data

    def is_closing(self) -> bool:
        return False

    def abort(self) -> None:
        pass


def _sessions(ca, server_ca):
    """A client session whose context believes `ca`, and a server session over memory
    whose certificate `server_ca` signed."""
    from tests.net.test_tls import NAME, Server, client_context

    return TlsSession(client_context(ca), NAME), Server(server_ca)


def _stream() -> tuple[Stream, _Receiver, _Wire]:
    receiver, wire = _Receiver(), _Wire()
    receiver.connection_made(wire)
    return Stream(wire, receiver, "192.0.2.1"), receiver, wire


async def _flight_read(client, server, first: bytes):
    """The client's session carried on with `first` to go with its handshake, and the
    server's first flight handed to its receiver in one callback: the carrying task, and
    what the client has written since (no turn of the loop in between)."""
    stream, receiver, wire = _stream()
    carried = asyncio.ensure_future(stream.carry_tls(client, 2.0, first=first))
    await asyncio.sleep(0)  # the ClientHello out
    server.incoming.write(bytes(wire.sent))
    del wire.sent[:]
    server.step()
    receiver.data_received(server.outgoing.read())
    return carried, bytes(wire.sent)


def test_what_goes_with_the_handshake_leaves_in_the_callback_that_read_the_servers_flight():
    import trustme

    ca = trustme.CA()

    async def go():
        client, server = _sessions(ca, ca)
        carried, sent = await _flight_read(client, server, b"GET / HTTP/1.1\r\n\r\n")
        server.incoming.write(sent)
        server.step()
        request = server.obj.read()
        await carried
        return request

    assert asyncio.run(go()) == b"GET / HTTP/1.1\r\n\r\n"


def test_nothing_goes_with_a_handshake_whose_certificate_is_not_believed():
    import trustme

    async def go():
        client, server = _sessions(trustme.CA(), trustme.CA())
        carried, after = await _flight_read(client, server, b"secret-free but still ours")
        with pytest.raises(WireError) as caught:
            await carried
        return after, caught.value

    after, error = asyncio.run(go())
    assert error.kind is WireErrorKind.VERIFY
    assert len(after) < 64 and after[:1] == b"\x15"  # an alert at most (a bare record), no application data


def test_nothing_goes_with_the_handshake_ahead_of_a_pinned_certificates_check():
    import trustme

    async def go():
        client, _ = _sessions(trustme.CA(), trustme.CA())
        stream, _, wire = _stream()
        with pytest.raises(ValueError):
            await stream.carry_tls(client, 2.0, pinned="ab" * 32, first=b"x")
        return bytes(wire.sent)

    assert asyncio.run(go()) == b""  # not even a ClientHello
