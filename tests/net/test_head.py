"""A head start (wizard.net.head): what it warms is taken once, for exactly its request or
its host, on the run's own verifying context; what fails, is not taken or is asked by a
pinned client takes the normal path; what is left is closed."""

from __future__ import annotations

import asyncio
import selectors
import socket
import ssl
import sys
import threading

import pytest

from tests.doctor.servers import server_context
import wizard.net.head as head_module
from wizard.net import Deadline, DnsServer, NetContext, Timeouts, Trust
from wizard.net.ahead import Ahead
from wizard.net.errors import TRANSPORT_ERRORS
from wizard.net.head import HEAD_START_SWITCH_INTERVAL, HeadStart
from wizard.net.http import request_bytes
from wizard.net.patience import Patience

pytestmark = pytest.mark.world
PORT = 4181
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"


def make(world) -> NetContext:
    return NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(), deadline=Deadline(seconds=20))


class Server:
    """A TLS host on its own loop and thread: counts connections, keeps each request's
    bytes, answers ANSWER, and notes the connections that ended without a request."""

    def __init__(self, world, tls: ssl.SSLContext | None = None) -> None:
        ip = world.allocate_ip()
        self.name = f"head-{ip.replace('.', '-')}.example.test"
        world.add_host(self.name, ip)
        pair = world.certs.for_host(self.name)
        if tls is None:
            tls = server_context(pair.cert_file, pair.key_file)
        self.connections = 0
        self.peers: list[int] = []  # the client's port of each connection whose handshake completed
        self.requests: list[bytes] = []
        self.idle_closed = 0
        self.idle_ended = threading.Event()
        self._loop = asyncio.new_event_loop()
        started = threading.Event()

        async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.connections += 1
            self.peers.append(writer.get_extra_info("peername")[1])
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    more = await reader.read(65536)
                    if not more:
                        break
                    data += more
            except (OSError, ssl.SSLError):
                pass
            if not data:
                self.idle_closed += 1
                self.idle_ended.set()
            else:
                self.requests.append(data)
                writer.write(ANSWER)
                await writer.drain()
            writer.close()

        async def serve() -> None:
            self._server = await asyncio.start_server(handler, ip, PORT, ssl=tls)
            started.set()

        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(serve(), self._loop).result(10)
        started.wait(10)

    def url(self, path: str = "/a?x=1") -> str:
        return f"https://{self.name}:{PORT}{path}"

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


@pytest.fixture
def server(world):
    s = Server(world)
    yield s
    s.stop()


def run(head: HeadStart, ctx: NetContext, *requests: tuple[str, dict]):
    async def work():
        out = []
        async with ctx.http_client() as client:
            for url, kwargs in requests:
                response = await client.request(kwargs.pop("method", "GET"), url, **kwargs)
                out.append((response.status, response.content))
        return out

    return head.run(work())


def test_a_warmed_request_is_taken_once_and_is_the_clients_own_bytes(world, server):
    ctx = make(world)
    head = HeadStart.begin(ctx, requests=(Ahead(server.url()),))
    assert head.wait(30)
    answers = run(head, ctx, (server.url(), {}), (server.url(), {}))
    assert answers == [(200, b"ok"), (200, b"ok")]
    assert head.written == 1 and head.taken == 1
    assert server.connections == 2  # the warmed one, then a connection of its own for the second
    assert server.requests[0] == server.requests[1] == request_bytes(Ahead(server.url()))


def test_a_warmed_request_is_not_used_for_another_and_is_closed_unread(world, server):
    ctx = make(world)
    head = HeadStart.begin(ctx, requests=(Ahead(server.url("/a?x=1")),))
    assert head.wait(30)
    assert run(head, ctx, (server.url("/a?x=2"), {})) == [(200, b"ok")]
    assert head.taken == 0
    assert sorted(server.requests) == sorted([request_bytes(Ahead(server.url("/a?x=1"))), request_bytes(Ahead(server.url("/a?x=2")))])


def test_a_post_written_ahead_is_taken_only_by_the_same_post(world, server):
    ctx = make(world)
    post = Ahead(server.url("/ad"), "POST", b"<ask>jo</ask>", (("Content-Type", "text/xml"),))
    head = HeadStart.begin(ctx, requests=(post,))
    assert head.wait(30)
    other = (server.url("/ad"), {"method": "POST", "content": b"<ask>someone else</ask>", "headers": {"Content-Type": "text/xml"}})
    same = (server.url("/ad"), {"method": "POST", "content": b"<ask>jo</ask>", "headers": {"Content-Type": "text/xml"}})
    assert run(head, ctx, other, same) == [(200, b"ok"), (200, b"ok")]
    assert head.written == 1 and head.taken == 1 and server.connections == 2  # the other body went on a connection of its own
    assert sorted(server.requests) == sorted([request_bytes(post), request_bytes(Ahead(other[0], "POST", b"<ask>someone else</ask>", (("Content-Type", "text/xml"),)))])
    assert b"Content-Length: 13\r\n" in request_bytes(post) and request_bytes(post).endswith(b"\r\n\r\n<ask>jo</ask>")


def test_a_bare_connection_serves_one_request_to_its_host(world, server):
    ctx = make(world)
    head = HeadStart.begin(ctx, connections=(server.url("/somewhere"),))
    assert head.wait(30)
    answers = run(head, ctx, (server.url("/b"), {"method": "POST", "content": b"<x/>"}), (server.url("/c"), {}))
    assert answers == [(200, b"ok"), (200, b"ok")]
    assert head.taken == 1 and head.written == 0 and server.connections == 2
    assert server.requests[0].startswith(b"POST /b HTTP/1.1\r\n")


def test_a_pinned_client_never_takes_a_warmed_connection(world, server):
    ctx = make(world)
    head = HeadStart.begin(ctx, connections=(server.url(),))
    assert head.wait(30)

    async def work():
        async with ctx.http_client(pinned="00" * 32) as client:
            return await client.get(server.url())

    with pytest.raises(TRANSPORT_ERRORS):
        head.run(work())  # the pin does not match: refused before a request, on its own connection
    assert head.taken == 0 and server.requests == []
    assert server.idle_ended.wait(30) and server.connections == 2  # the warmed one was closed unused


def test_what_no_run_takes_is_closed(world, server):
    ctx = make(world)
    head = HeadStart.begin(ctx, connections=(server.url(),))
    assert head.wait(30)
    head.close()
    assert server.idle_ended.wait(30) and server.idle_closed == 1 and server.requests == []
    head.close()  # again: nothing more to do


def test_a_warm_up_that_failed_leaves_the_request_to_fail_as_it_always_would(world):
    other = world.certs.for_host("someone-else.example.test")  # a certificate for another name
    tls = server_context(other.cert_file, other.key_file)
    bad = Server(world, tls)
    try:
        async def plain():
            async with make(world).http_client() as client:
                return await client.get(bad.url())

        with pytest.raises(TRANSPORT_ERRORS) as without:
            asyncio.run(plain())
        ctx = make(world)
        head = HeadStart.begin(ctx, requests=(Ahead(bad.url()),))
        assert head.wait(30)
        with pytest.raises(TRANSPORT_ERRORS) as warmed:
            run(head, ctx, (bad.url(), {}))
        assert type(warmed.value) is type(without.value) and str(warmed.value) == str(without.value)
        assert head.taken == 0 and bad.requests == []  # nothing was ever written to it
    finally:
        bad.stop()


def test_a_connection_still_waiting_for_tcp_is_left_to_the_normal_path_and_its_patience(world):
    # a silent host: the warm-up's SYN goes unanswered; the request does not wait on it but
    # connects as it always would, and ends as it always would (here: the connect timeout)
    world.add_host("silent-head.example.test", world.blackhole_ip)
    url = "https://silent-head.example.test/x"
    ctx = NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(http=0.5), deadline=Deadline(seconds=20))
    head = HeadStart.begin(ctx, requests=(Ahead(url),), connections=(url,))

    async def plain():
        async with NetContext(trust=ctx.trust, timeouts=ctx.timeouts).http_client() as client:
            return await client.get(url)

    async def warmed():
        async with ctx.http_client() as client:
            return await client.get(url)

    with pytest.raises(TRANSPORT_ERRORS) as without:
        asyncio.run(plain())
    with pytest.raises(TRANSPORT_ERRORS) as with_head:
        head.run(warmed())
    assert type(with_head.value) is type(without.value) and str(with_head.value) == str(without.value)
    assert head.taken == 0 and head.written == 0


def test_until_the_run_ends_the_interpreter_changes_threads_often(world, server):
    # the loop's moments of work (an answer arrived, a connection opened) wait no longer than
    # the head start's interval, not the default 5 ms: for the importing main thread before
    # the hand-over, and for the run's own warm-up thread (the Public Suffix List) after it
    before = sys.getswitchinterval()
    ctx = make(world)
    head = HeadStart.begin(ctx, requests=(Ahead(server.url()),))
    during = sys.getswitchinterval()
    seen_in_run = []

    async def work():
        seen_in_run.append(sys.getswitchinterval())
        async with ctx.http_client() as client:
            return (await client.get(server.url())).status

    assert head.run(work()) == 200
    assert during == pytest.approx(min(before, HEAD_START_SWITCH_INTERVAL), abs=1e-6) and during < before  # kept in whole microseconds
    assert seen_in_run == [during]  # handed over, the run still has it
    assert sys.getswitchinterval() == before  # the run ended: given back


def test_a_head_start_closed_unused_gives_the_interval_back(world):
    before = sys.getswitchinterval()
    head = HeadStart.begin(make(world))
    assert sys.getswitchinterval() < before
    head.close()
    head.close()
    assert sys.getswitchinterval() == before


def test_a_connection_still_waiting_for_tcp_is_waited_for_under_the_runs_patience_and_taken(world, server):
    # a provider further away than the program's start-up: its SYN is answered late (here the
    # first is dropped, the kernel's retransmission a second later gets through); the request
    # waits for that connection as its own connect would, and takes it with its request written
    rule = world.block_port(server.name, PORT)
    ctx = make(world)
    ctx.patience = Patience()
    head = HeadStart.begin(ctx, requests=(Ahead(server.url()),))
    threading.Timer(0.3, rule.remove).start()
    assert run(head, ctx, (server.url(), {})) == [(200, b"ok")]
    assert head.taken == 1 and head.written == 1
    assert server.connections == 1 and server.requests == [request_bytes(Ahead(server.url()))]


def test_a_warm_up_silent_while_a_sibling_answered_is_given_up_once_as_the_requests_own(world, monkeypatch):
    # given up by the run's patience as its own connect would be, with the same error, and
    # without a second connect to wait out the same silence again
    world.add_host("silent-head.example.test", world.blackhole_ip)
    url = "https://silent-head.example.test/x"

    def patient() -> NetContext:
        ctx = make(world)
        # long enough that the request is surely made while the warm-up still waits (a busy
        # machine took over 0.2 s from the head start's begin to its run): one that had
        # already given up before is dropped, and the request connects for itself
        ctx.patience = Patience(floor=1.0, factor=0.0)
        ctx.patience.answered("sibling.example.test:443", 0.001)
        return ctx

    async def get(ctx: NetContext):
        async with ctx.http_client() as client:
            return await client.get(url)

    with pytest.raises(TRANSPORT_ERRORS) as without:
        asyncio.run(get(patient()))
    ctx = patient()
    connects = []
    connect = ctx.connect
    monkeypatch.setattr(ctx, "connect", lambda *a, **k: connects.append(a) or connect(*a, **k))
    head = HeadStart.begin(ctx, requests=(Ahead(url),))
    with pytest.raises(TRANSPORT_ERRORS) as warmed:
        head.run(get(ctx))
    assert type(warmed.value) is type(without.value) and str(warmed.value) == str(without.value) and "filtered" in str(warmed.value)
    assert len(connects) == 1 and head.taken == 0  # the warm-up's connect was the request's


# -- giving way: the loop's moments of work before the main thread's next import -------------
def test_when_the_main_thread_has_given_way_the_first_question_is_already_on_the_wire(monkeypatch):
    # a nameserver that never answers: the loop sends its questions and then waits for the
    # network, which is when the main thread may go on importing
    monkeypatch.setattr(head_module, "GIVE_WAY_BUDGET", 30.0)  # rests are what end the wait here, not the budget
    nameserver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    nameserver.bind(("127.0.0.1", 0))
    port = nameserver.getsockname()[1]
    ctx = NetContext(trust=Trust(use_system=False), dns_server=DnsServer.parse(f"127.0.0.1:{port}"), timeouts=Timeouts(), deadline=Deadline(seconds=20))
    head = HeadStart.begin(ctx, requests=(Ahead("https://autoconfig.example.test/mail/config-v1.1.xml"),))
    try:
        head.give_way()
        question = nameserver.recv(512, socket.MSG_DONTWAIT)  # BlockingIOError: the main thread went on first
        assert b"\x0aautoconfig\x07example\x04test\x00" in question
    finally:
        head.close()
        nameserver.close()


def test_giving_way_waits_at_most_its_budget_in_all_and_only_for_the_thread_that_began():
    way = head_module._GiveWay(0.05)  # a loop that never rests
    elsewhere = threading.Thread(target=way.give_way)
    elsewhere.start()
    elsewhere.join(10)
    assert way.left == 0.05  # another thread never waits, nor spends the budget
    way.give_way()
    assert way.left <= 0  # the budget spent on one wait
    way.give_way()  # and none after it
    assert way.left <= 0


def test_a_loop_that_ended_is_never_waited_for():
    way = head_module._GiveWay(30.0)
    way.ended()
    way.give_way()
    assert way.left == 30.0


def test_after_the_hand_over_the_main_thread_never_gives_way(world, server):
    ctx = make(world)
    head = HeadStart.begin(ctx, requests=(Ahead(server.url()),))
    way = head._way
    assert way is not None or sys.platform == "win32"

    async def work():
        async with ctx.http_client() as client:
            return (await client.get(server.url())).status

    assert head.run(work()) == 200
    assert head._way is None
    head.give_way()  # nothing left to give way to


def test_the_loops_selector_rests_only_while_it_waits_for_the_network():
    resting = threading.Event()
    selector = head_module._WaitingSelector(resting)
    a, b = socket.socketpair()
    try:
        selector.register(a, selectors.EVENT_READ)
        assert selector.select(0) == [] and not resting.is_set()  # a look is not a rest
        seen = []

        def wait() -> None:
            seen.append(selector.select(30))

        waiter = threading.Thread(target=wait)
        waiter.start()
        assert resting.wait(10)  # blocked on the network: resting
        b.send(b"x")
        waiter.join(10)
        assert len(seen[0]) == 1 and not resting.is_set()  # woken by data: at work again
    finally:
        selector.close()
        a.close()
        b.close()


# -- the opening's connections, carried on --------------------------------------------
def opening_for(world, *urls: str, context: ssl.SSLContext | None = None):
    """An opening of `urls` on the world's nameserver, its ClientHellos written with the
    run's shared context (as a command's, wizard.launch.begin_opening)."""
    from wizard.net import castore
    from wizard.net.nameservers import system_nameservers
    from wizard.net.opening import Opening

    if context is None:
        early, future = castore.prepare(False, (world.ca_file,))
        context = early if early is not None else future.result()
    return Opening.begin(urls, system_nameservers(), context, 10)


def test_a_connection_the_opening_began_is_carried_on_not_opened_again(world, server):
    ctx = make(world)
    opening = opening_for(world, server.url())
    opened = opening.targets[0].wait(10)
    assert opened is not None  # its ClientHello is out before the loop exists
    port = opened.sock.getsockname()[1]
    head = HeadStart.begin(ctx, (Ahead(server.url()),), (), opening)
    assert head.wait(10)
    assert run(head, ctx, (server.url(), {})) == [(200, b"ok")]
    assert server.peers == [port] and head.taken == 1 and head.written == 1
    assert opening.take(server.name, PORT) is None  # handed out once


def test_a_session_begun_with_another_context_is_not_carried_on(world, server):
    """Only a ClientHello written with the very context the run verifies with is carried
    on: any other is closed unused and the run connects itself."""
    ctx = make(world)
    other = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    opening = opening_for(world, server.url(), context=other)
    opened = opening.targets[0].wait(10)
    assert opened is not None
    port = opened.sock.getsockname()[1]
    head = HeadStart.begin(ctx, (Ahead(server.url()),), (), opening)
    assert head.wait(10)
    assert run(head, ctx, (server.url(), {})) == [(200, b"ok")]
    assert len(server.peers) == 1 and port not in server.peers and opened.sock.fileno() == -1


def test_a_carried_session_is_verified_like_any_other(world):
    """The server's certificate is judged by the run's context when the loop reads it: one
    the world's authority did not sign fails the request as a plain connection's would."""
    bad = Server(world, tls=server_context(*_self_signed(world)))
    try:
        ctx = make(world)
        opening = opening_for(world, bad.url())
        assert opening.targets[0].wait(10) is not None
        head = HeadStart.begin(ctx, (Ahead(bad.url()),), (), opening)
        assert head.wait(10)
        with pytest.raises(TRANSPORT_ERRORS) as raised:
            run(head, ctx, (bad.url(), {}))
        assert "certificate" in str(raised.value).lower() or "verify" in str(raised.value).lower()
        assert not bad.requests  # nothing was sent to it
    finally:
        bad.stop()


def _self_signed(world):
    pair = world.certs.self_signed("selfsigned.example.test")
    return pair.cert_file, pair.key_file


def test_an_opening_is_never_carried_on_by_a_context_that_routes_elsewhere(world, server):
    class Elsewhere(NetContext):
        def route(self, host: str, address: str, port: int) -> tuple[str, int]:
            return address, port

    ctx = Elsewhere(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(), deadline=Deadline(seconds=20))
    opening = opening_for(world, server.url())
    opened = opening.targets[0].wait(10)
    assert opened is not None
    port = opened.sock.getsockname()[1]
    head = HeadStart.begin(ctx, (Ahead(server.url()),), (), opening)
    assert head.wait(10)
    assert run(head, ctx, (server.url(), {})) == [(200, b"ok")]
    assert len(server.peers) == 1 and port not in server.peers and opened.sock.fileno() == -1  # closed unused; the run opened its own
