"""A command's opening (wizard.net.opening): before any event loop, it asks the run's own
nameserver for each first URL's name (A and AAAA), opens TCP to the first address and
writes the ClientHello (made while the name was looked up), nothing more; anything short of that leaves the connection to the
run (None), and what nobody takes is closed. It loads no asyncio."""

from __future__ import annotations

import select
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time

import pytest

import wizard.net.opening as opening_module
from wizard.net.nameservers import DnsServer
from wizard.net.opening import Opening
from wizard.protocols.dns import AAAA, A, Rcode, RType, encode_response, parse_query

TC = 0x0200


class Nameserver:
    """A UDP nameserver on loopback: `zone` says what each name gets (records, an rcode,
    "silent" or "truncated"); `asked` keeps every question."""

    def __init__(self, zone: dict[str, object]) -> None:
        self.zone = zone
        self.asked: list[tuple[str, int]] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.server = DnsServer("127.0.0.1", self.sock.getsockname()[1])
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            while True:
                self._answer(*self.sock.recvfrom(4096))
        except OSError:  # closed by the test
            return

    def _answer(self, wire: bytes, peer: tuple[str, int]) -> None:
        query = parse_query(wire)
        assert query.question is not None
        name, rtype = query.question.name, query.question.rtype
        self.asked.append((name, rtype))
        what = self.zone.get(name, Rcode.NXDOMAIN)
        if isinstance(what, Held):
            threading.Thread(target=self._answer_when_released, args=(what, query, rtype, peer), daemon=True).start()
            return
        if what == "silent":
            return
        if what == "truncated":
            reply = bytearray(encode_response(query, Rcode.NOERROR))
            struct.pack_into("!H", reply, 2, struct.unpack_from("!H", reply, 2)[0] | TC)
            self.sock.sendto(bytes(reply), peer)
            return
        if isinstance(what, int):
            self.sock.sendto(encode_response(query, what), peer)
            return
        self._records(query, rtype, what, peer)  # type: ignore[arg-type]

    def _records(self, query, rtype: int, what: tuple, peer: tuple[str, int]) -> None:
        kind = A if rtype == RType.A else AAAA
        records = tuple(r for r in what if isinstance(r, kind))
        self.sock.sendto(encode_response(query, Rcode.NOERROR, records), peer)

    def _answer_when_released(self, held: "Held", query, rtype: int, peer: tuple[str, int]) -> None:
        held.released.wait(10)
        self._records(query, rtype, held.records, peer)

    def close(self) -> None:
        self.sock.close()


class Held:
    """A name whose answer (`records`) the nameserver sends only once `released` is set."""

    def __init__(self, *records: object) -> None:
        self.records = records
        self.released = threading.Event()


class Listener:
    """A TCP listener on loopback that keeps what each connection sent."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]

    def accept(self) -> socket.socket:
        self.sock.settimeout(5)
        conn, _ = self.sock.accept()
        conn.settimeout(5)
        return conn

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener():
    listening = Listener()
    yield listening
    listening.close()


def nameserver(zone: dict[str, object]):
    return Nameserver(zone)


def context() -> ssl.SSLContext:
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def settled(opening: Opening, host: str, port: int):
    target = opening.take(host, port)
    assert target is not None
    return target.wait(5)


def test_it_asks_a_and_aaaa_connects_to_the_first_address_and_writes_only_a_client_hello(listener):
    ns = nameserver({"autoconfig.example.test": (A("127.0.0.1"), AAAA("::1"))})
    opening = Opening.begin((f"https://autoconfig.example.test:{listener.port}/mail/config-v1.1.xml",), (ns.server,), context(), 5)
    try:
        opened = settled(opening, "autoconfig.example.test", listener.port)
        assert opened is not None and opened.address == "127.0.0.1"  # A before AAAA, as NetContext.addresses orders them
        conn = listener.accept()
        hello = conn.recv(65536)
        assert hello[:1] == b"\x16" and hello[5:6] == b"\x01"
        assert opened.session is not None and not opened.session.established
        assert sorted(ns.asked) == [("autoconfig.example.test", RType.A), ("autoconfig.example.test", RType.AAAA)]
        opened.sock.close()
        conn.close()
    finally:
        opening.close()
        ns.close()


def test_the_client_hello_is_made_while_the_name_is_looked_up_and_sent_only_on_its_connection(listener):
    held = Held(A("127.0.0.1"))
    ns = nameserver({"autoconfig.example.test": held})
    opening = Opening.begin((f"https://autoconfig.example.test:{listener.port}/mail/config-v1.1.xml",), (ns.server,), context(), 5)
    try:
        target = opening.take("autoconfig.example.test", listener.port)
        assert target is not None
        made = time.monotonic()
        while not target.hello and time.monotonic() - made < 5:  # the opening's thread makes it meanwhile
            time.sleep(0.005)
        ready = target.hello
        assert ready[:1] == b"\x16" and ready[5:6] == b"\x01"  # a ClientHello, ready before any answer
        assert not target.settled and select.select([listener.sock], [], [], 0)[0] == []  # and no connection yet
        held.released.set()
        opened = target.wait(5)
        assert opened is not None and opened.session is target.session
        conn = listener.accept()
        assert conn.recv(65536) == ready  # that very ClientHello, once its connection was open
        opened.sock.close()
        conn.close()
    finally:
        held.released.set()
        opening.close()
        ns.close()


def test_a_plain_http_url_gets_its_connection_and_nothing_is_written(listener):
    ns = nameserver({"example.test": (A("127.0.0.1"),)})
    opening = Opening.begin((f"http://example.test:{listener.port}/x",), (ns.server,), None, 5)
    try:
        opened = settled(opening, "example.test", listener.port)
        assert opened is not None and opened.session is None
        conn = listener.accept()
        conn.settimeout(0.2)
        with pytest.raises(TimeoutError):
            conn.recv(1)
        opened.sock.close()
        conn.close()
    finally:
        opening.close()
        ns.close()


@pytest.mark.parametrize("answer", [Rcode.NXDOMAIN, Rcode.SERVFAIL, "truncated", ()], ids=["nxdomain", "servfail", "truncated", "no-address"])
def test_whatever_the_nameserver_answers_short_of_an_address_leaves_the_connection_to_the_run(listener, answer):
    ns = nameserver({"example.test": answer})
    opening = Opening.begin((f"https://example.test:{listener.port}/",), (ns.server,), context(), 5)
    try:
        assert settled(opening, "example.test", listener.port) is None
    finally:
        opening.close()
        ns.close()


def test_a_silent_nameserver_is_given_up_after_the_resolvers_own_resend_time(listener, monkeypatch):
    monkeypatch.setattr(opening_module, "DNS_WAIT", 0.2)
    ns = nameserver({"example.test": "silent"})
    opening = Opening.begin((f"https://example.test:{listener.port}/",), (ns.server,), context(), 5)
    try:
        assert settled(opening, "example.test", listener.port) is None
        assert len(ns.asked) == 2  # once each, no resend: the run asks again itself
    finally:
        opening.close()
        ns.close()


def test_a_refused_connection_leaves_it_to_the_run():
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nobody listens there now
    ns = nameserver({"example.test": (A("127.0.0.1"),)})
    opening = Opening.begin((f"https://example.test:{port}/",), (ns.server,), context(), 5)
    try:
        assert settled(opening, "example.test", port) is None
    finally:
        opening.close()
        ns.close()


def test_each_url_gets_its_own_connection_handed_out_once_and_a_name_is_asked_once(listener):
    ns = nameserver({"example.test": (A("127.0.0.1"),)})
    base = f"https://example.test:{listener.port}"
    opening = Opening.begin((f"{base}/a", f"{base}/b"), (ns.server,), context(), 5)
    try:
        first, second = opening.take("example.test", listener.port), opening.take("example.test", listener.port)
        assert first is not None and second is not None and first is not second
        assert opening.take("example.test", listener.port) is None
        assert opening.take("other.test", listener.port) is None
        opened = [first.wait(5), second.wait(5)]
        assert all(o is not None for o in opened)
        assert opened[0].sock.getsockname() != opened[1].sock.getsockname()
        for o in opened:
            o.sock.close()
    finally:
        opening.close()
        ns.close()
    assert len(ns.asked) == 2  # one name asked once (A and AAAA), for both URLs


def test_what_nobody_took_is_closed_when_the_opening_ends(listener):
    ns = nameserver({"example.test": (A("127.0.0.1"),)})
    opening = Opening.begin((f"https://example.test:{listener.port}/",), (ns.server,), context(), 5)
    conn = listener.accept()
    assert conn.recv(65536)[:1] == b"\x16"
    opening.close()
    assert conn.recv(65536) == b""  # our end closed: EOF
    conn.close()
    ns.close()


def test_a_connection_abandoned_before_it_opens_is_closed_when_it_does(listener):
    ns = nameserver({"example.test": (A("127.0.0.1"),)})
    opening = Opening.begin((f"https://example.test:{listener.port}/",), (ns.server,), context(), 5)
    target = opening.take("example.test", listener.port)
    assert target is not None
    target.abandon()
    conn = listener.accept()
    conn.settimeout(5)
    data = b""
    while True:  # whatever reached it, the connection ends
        more = conn.recv(65536)
        if not more:
            break
        data += more
    conn.close()
    opening.close()
    ns.close()


def test_urls_the_client_would_turn_into_a_labels_first_are_left_to_it():
    opening = Opening.begin(("https://bücher.example/x", "ftp://example.test/", "not a url"), (DnsServer("127.0.0.1", 9),), context(), 5)
    try:
        assert opening.targets == ()
    finally:
        opening.close()


def test_the_command_thread_gives_way_until_the_questions_are_out(listener):
    ns = nameserver({"example.test": "silent"})
    opening = Opening.begin((f"https://example.test:{listener.port}/",), (ns.server,), context(), 5)
    try:
        opening.give_way()
        deadline = time.monotonic() + 1
        while len(ns.asked) < 2 and time.monotonic() < deadline:  # the nameserver's own thread records them
            time.sleep(0.001)
        assert len(ns.asked) == 2
    finally:
        opening.close()
        ns.close()


def test_an_opening_loads_no_asyncio():
    code = (
        "import sys, ssl\n"
        "from wizard.net.opening import Opening\n"
        "from wizard.net.nameservers import DnsServer\n"
        "o = Opening.begin(('https://example.test:9/',), (DnsServer('127.0.0.1', 9),), ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), 1)\n"
        "o.take('example.test', 9).wait(5)\n"
        "o.close()\n"
        "print('asyncio' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_interpreter_switches_threads_often_while_it_runs_and_is_given_back_its_interval_after():
    before = sys.getswitchinterval()
    opening = Opening.begin(("https://example.test:9/",), (DnsServer("127.0.0.1", 9),), context(), 1)
    assert sys.getswitchinterval() == pytest.approx(min(before, opening_module.SWITCH_INTERVAL))
    opening.close()
    assert sys.getswitchinterval() == before
