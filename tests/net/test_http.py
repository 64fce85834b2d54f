"""The HTTP client over the transport: what it writes (and never writes), what it reads, and
how each way of failing is named, against servers in the test world."""

from __future__ import annotations

import asyncio
import errno
import gzip
import ssl

import pytest

from tests.net.endings import Ending, end
from wizard.model.fingerprint import parse_fingerprint
from wizard.net import Deadline, NetContext, Timeouts, Trust
from wizard.net.errors import BAD_URL, TIMEOUTS, TRANSPORT_ERRORS, Cause, basic_auth, cause_of, certificate_problem, no_address
from wizard.net.http import BadRequest, BadResponse, BadUrl, BodyTooLarge, ConnectFailed, HttpTimeout
from wizard.protocols.http import Problem

pytestmark = pytest.mark.world
PORT = 4180


def make(world, **timeouts: float) -> NetContext:
    return NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(**timeouts), deadline=Deadline(seconds=20))


def raw_server(world, answer: bytes | None, seen: list[bytes], close: bool = True, ending: Ending = Ending.CLEAN):
    """A host that reads one request and answers `answer` byte for byte (None: never), then
    ends the connection as `ending` says."""
    ip = world.allocate_ip()
    name = f"raw-{ip.replace('.', '-')}.example.test"
    world.add_host(name, ip)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            more = await reader.read(65536)
            if not more:
                break
            data += more
        seen.append(data)
        if answer is None:
            await asyncio.sleep(30)
        else:
            writer.write(answer)
            await writer.drain()
        if close:
            await asyncio.sleep(0.1 if ending is not Ending.CLEAN else 0)  # the answer reaches the reader before any reset
            await end(writer, ending)

    return name, ip, handler


def tls_for(world, name) -> ssl.SSLContext:
    pair = world.certs.for_host(name)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pair.cert_file, pair.key_file)
    return context


def run_against(ip, handler, work, tls: ssl.SSLContext | None = None):
    async def go():
        server = await asyncio.start_server(handler, ip, PORT, ssl=tls)
        try:
            return await work()
        finally:
            server.close()

    return asyncio.run(go())


def test_what_is_written_and_what_is_not(world):
    seen: list[bytes] = []
    name, ip, handler = raw_server(world, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", seen)
    ctx = make(world)

    async def work():
        async with ctx.http_client() as client:
            return await client.request("POST", f"http://someone:secret@{name}:{PORT}/a b/ü?x=1 2&y=%40", content=b"<x/>",
                                        headers={"Content-Type": "text/xml"})

    response = run_against(ip, handler, work)
    assert response.status == 200 and response.content == b"ok"
    head, _, body = seen[0].partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /a%20b/%C3%BC?x=1%202&y=%40 HTTP/1.1"
    assert f"Host: {name}:{PORT}".encode() in lines and b"User-Agent: mailsetup" in lines and b"Connection: close" in lines
    assert b"Content-Length: 4" in lines and b"Content-Type: text/xml" in lines
    assert not any(line.lower().startswith((b"authorization", b"accept-encoding", b"proxy")) for line in lines)  # no userinfo sent, nothing to decompress
    assert b"secret" not in seen[0]


def test_basic_credentials_go_with_the_request_they_are_given_to(world):
    seen: list[bytes] = []
    name, ip, handler = raw_server(world, b"HTTP/1.1 204 No Content\r\n\r\n", seen)
    ctx = make(world)

    async def work():
        async with ctx.http_client() as client:
            return await client.get(f"https://{name}:{PORT}/", auth=basic_auth("alice@example.test", "pässword"))

    assert run_against(ip, handler, work, tls_for(world, name)).status == 204
    assert b"Authorization: Basic YWxpY2VAZXhhbXBsZS50ZXN0OnDDpHNzd29yZA==\r\n" in seen[0]


def test_basic_credentials_never_go_over_plain_http(world):
    # whoever asks: the client itself refuses, before a connection is opened (no password
    # unencrypted, whatever a caller's rules missed)
    seen: list[bytes] = []
    name, ip, handler = raw_server(world, b"HTTP/1.1 204 No Content\r\n\r\n", seen)

    async def work(**kwargs):
        async with make(world).http_client() as client:
            return await client.get(f"http://{name}:{PORT}/", **kwargs)

    for kwargs in ({"auth": basic_auth("alice@example.test", "pässword")}, {"headers": {"authorization": "Bearer token"}}):
        with pytest.raises(BadRequest) as caught:
            run_against(ip, handler, lambda kwargs=kwargs: work(**kwargs))
        assert isinstance(caught.value, TRANSPORT_ERRORS)
    assert seen == []


def test_a_redirect_is_handed_back_not_followed(world):
    world.web.redirect("autoconfig.example.test", "/hop", "https://elsewhere.example.test/x")
    ctx = make(world)

    async def work():
        async with ctx.http_client() as client:
            return await client.get("https://autoconfig.example.test/hop")

    response = asyncio.run(work())
    assert response.status == 302 and response.headers.get("location") == "https://elsewhere.example.test/x"
    assert not world.web.requests_for("elsewhere.example.test")


def test_chunked_and_close_delimited_answers_are_read_whole(world):
    for answer in (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", b"HTTP/1.0 200 OK\r\n\r\nabcde"):
        name, ip, handler = raw_server(world, answer, [])

        async def work(name=name):
            async with make(world).http_client() as client:
                return await client.get(f"http://{name}:{PORT}/")

        assert run_against(ip, handler, work).content == b"abcde"


CLOSE_DELIMITED = b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<clientConfig version='1.1'><emailProvider id='b.example'>"
LENGTH = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabcde"
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"


@pytest.mark.parametrize("scheme", ["http", "https"])
@pytest.mark.parametrize("ending", list(Ending), ids=lambda ending: ending.value)
def test_a_body_read_to_the_close_counts_only_when_the_server_meant_the_close(world, scheme, ending):
    """A truncation attack: someone in the path ends the connection early (a reset, or over
    TLS a FIN without close_notify) so that a prefix of the document passes for all of it."""
    name, ip, handler = raw_server(world, CLOSE_DELIMITED, [], ending=ending)

    async def work():
        async with make(world).http_client() as client:
            return await client.get(f"{scheme}://{name}:{PORT}/")

    tls = tls_for(world, name) if scheme == "https" else None
    if ending is Ending.CLEAN or (ending is Ending.FIN and scheme == "http"):  # plain http has no other end to go by
        assert run_against(ip, handler, work, tls).content == CLOSE_DELIMITED.split(b"\r\n\r\n", 1)[1]
        return
    with pytest.raises(BadResponse) as caught:
        run_against(ip, handler, work, tls)
    assert caught.value.problem is Problem.TRUNCATED and isinstance(caught.value, TRANSPORT_ERRORS)
    assert ("reset" if ending is Ending.RESET else "close_notify") in str(caught.value)


@pytest.mark.parametrize("answer", [LENGTH, CHUNKED], ids=["length", "chunked"])
@pytest.mark.parametrize("ending", [Ending.FIN, Ending.RESET], ids=lambda ending: ending.value)
def test_a_body_its_framing_ended_is_whole_however_the_connection_ends_after_it(world, answer, ending):
    # many servers skip close_notify or reset after the last byte: the framing already said "done"
    name, ip, handler = raw_server(world, answer, [], ending=ending)

    async def work():
        async with make(world).http_client() as client:
            return await client.get(f"https://{name}:{PORT}/")

    assert run_against(ip, handler, work, tls_for(world, name)).content == b"abcde"


@pytest.mark.parametrize("answer", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gzip.compress(b"<clientConfig/>" * 40)[:-6],
], ids=["length", "chunked", "gzip"])
@pytest.mark.parametrize("ending", list(Ending), ids=lambda ending: ending.value)
def test_a_body_cut_short_of_its_framing_is_refused_however_the_connection_ends(world, answer, ending):
    name, ip, handler = raw_server(world, answer, [], ending=ending)

    async def work():
        async with make(world).http_client() as client:
            return await client.get(f"https://{name}:{PORT}/")

    with pytest.raises(BadResponse) as caught:
        run_against(ip, handler, work, tls_for(world, name))
    assert caught.value.problem in (Problem.TRUNCATED, Problem.CODING)


def test_a_gzip_body_served_unasked_is_read_as_its_document(world):
    # a static host serving a stored .gz as it is: httpx undid it, and so do we
    document = b"<clientConfig version='1.1'/>" * 50
    packed = gzip.compress(document)
    seen: list[bytes] = []
    name, ip, handler = raw_server(world, b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(packed) + packed, seen)

    async def work():
        async with make(world).http_client() as client:
            return await client.get(f"http://{name}:{PORT}/")

    assert run_against(ip, handler, work).content == document
    assert b"accept-encoding" not in seen[0].lower()


def test_plain_http_never_builds_a_tls_context(world, monkeypatch):
    world.web.add("plain.example.test", "/x", b"plain", schemes=("http",))

    async def no(*args, **kwargs):
        raise AssertionError("a TLS context was asked for")

    monkeypatch.setattr(NetContext, "tls_context", no)

    async def work():
        async with make(world).http_client() as client:
            return await client.get("http://plain.example.test/x")

    assert asyncio.run(work()).content == b"plain"


def test_https_is_verified_against_the_runs_trust(world):
    world.web.add("secure.example.test", "/x", b"secure", schemes=("https",))
    world.web.set_cert("secure.example.test", world.certs.self_signed("secure.example.test"))

    async def work():
        async with make(world).http_client() as client:
            return await client.get("https://secure.example.test/x")

    with pytest.raises(ConnectFailed) as caught:
        asyncio.run(work())
    assert certificate_problem(caught.value) is not None and cause_of(caught.value) is Cause.CONTACT
    assert not world.web.requests_for("secure.example.test")


def test_a_pinned_certificate_is_the_only_one_accepted_and_checked_before_the_request(world):
    pair = world.certs.self_signed("pinned.example.test")
    world.web.add("pinned.example.test", "/x", b"pinned", schemes=("https",))
    world.web.set_cert("pinned.example.test", pair)
    pin = parse_fingerprint(pair.sha256)
    other = parse_fingerprint("00" * 32)

    async def work(pinned):
        async with make(world).http_client(pinned=pinned) as client:
            return await client.get("https://pinned.example.test/x")

    assert asyncio.run(work(pin)).content == b"pinned"  # no authority vouches for it: the pin does
    with pytest.raises(ConnectFailed, match="differs"):
        asyncio.run(work(other))
    assert len(world.web.requests_for("pinned.example.test")) == 1


def test_refused_unreachable_and_nameless_hosts_are_told_apart(world):
    world.add_host("closed.example.test")

    async def get(url):
        async with make(world).http_client() as client:
            return await client.get(url)

    with pytest.raises(ConnectFailed) as refused:
        asyncio.run(get(f"http://closed.example.test:{PORT}/"))
    assert isinstance(refused.value, TRANSPORT_ERRORS) and cause_of(refused.value) is Cause.CONTACT
    assert isinstance(refused.value.__cause__, ConnectionRefusedError)
    with pytest.raises(ConnectFailed) as nameless:
        asyncio.run(get("http://nothing-here.example.test/"))
    assert no_address(nameless.value) and cause_of(nameless.value) is Cause.DNS_ANSWER


def test_a_connection_that_found_no_route_keeps_its_errno(world):
    class Nowhere(NetContext):
        def route(self, host, address, port):
            return "203.0.113.9", port  # TEST-NET-3: the test world has no route there

    ctx = Nowhere(trust=Trust(use_system=False), timeouts=Timeouts(connect=2), deadline=Deadline(seconds=5))

    async def work():
        async with ctx.http_client() as client:
            return await client.get("http://192.0.2.1/")

    with pytest.raises(ConnectFailed) as caught:
        asyncio.run(work())
    assert caught.value.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL) and cause_of(caught.value) is Cause.NO_ROUTE


def test_silence_is_a_timeout(world):
    name, ip, handler = raw_server(world, None, [])

    async def work():
        async with make(world, http=0.3).http_client() as client:
            return await client.get(f"http://{name}:{PORT}/")

    with pytest.raises(HttpTimeout) as caught:
        run_against(ip, handler, work)
    assert isinstance(caught.value, TIMEOUTS) and cause_of(caught.value) is Cause.TIMEOUT


def test_an_answer_dribbled_a_byte_at_a_time_is_a_timeout_whole_not_per_read(world):
    # each byte comes well within the read timeout; the answer as a whole does not
    ip = world.allocate_ip()
    name = f"drip-{ip.replace('.', '-')}.example.test"
    world.add_host(name, ip)
    served: list[int] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n" + b"x" * 20:
            writer.write(bytes([byte]))
            await writer.drain()
            served.append(byte)
            await asyncio.sleep(0.03)
        writer.close()

    async def work():
        async with make(world, http=0.5).http_client() as client:
            return await client.get(f"http://{name}:{PORT}/")

    with pytest.raises(HttpTimeout) as caught:
        run_against(ip, handler, work)
    assert isinstance(caught.value, TIMEOUTS) and cause_of(caught.value) is Cause.TIMEOUT


def test_reads_stop_at_the_runs_deadline(world):
    # a client made early in the run, with all of the run still ahead, ends where the run does
    name, ip, handler = raw_server(world, None, [])
    now = [0.0]
    ctx = NetContext(trust=Trust(use_system=False), timeouts=Timeouts(http=30), deadline=Deadline(seconds=30, clock=lambda: now[0]))

    async def work():
        async with ctx.http_client() as client:
            now[0] = 29.8  # the run is nearly over by the time it asks
            return await asyncio.wait_for(client.get(f"http://{name}:{PORT}/"), 5)

    with pytest.raises(HttpTimeout):
        run_against(ip, handler, work)


def test_a_cancelled_request_closes_its_connection(world):
    ip = world.allocate_ip()
    name = f"cancel-{ip.replace('.', '-')}.example.test"
    world.add_host(name, ip)
    answered, ended = asyncio.Event(), asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        await writer.drain()
        answered.set()
        if not await reader.read(1):  # the client's end of the connection
            ended.set()

    async def work():
        async with make(world, http=30).http_client() as client:
            task = asyncio.ensure_future(client.get(f"http://{name}:{PORT}/"))
            await asyncio.wait_for(answered.wait(), 5)
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.wait_for(ended.wait(), 5)
            return ended.is_set()

    assert run_against(ip, handler, work)


def test_a_black_holed_host_is_a_timeout(world):
    world.black_hole(world.add_host("hole.example.test"))

    async def work():
        async with make(world, connect=0.3).http_client(0.3) as client:
            return await client.get("http://hole.example.test/")

    with pytest.raises(HttpTimeout):
        asyncio.run(work())


@pytest.mark.parametrize("answer, error", [
    (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", BadResponse),
    (b"SSH-2.0-OpenSSH_9.6\r\n", BadResponse),
    (b"", BadResponse),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"a" * 100, BodyTooLarge),
    (b"HTTP/1.1 200 OK\r\n\r\n" + b"a" * 100, BodyTooLarge),
])
def test_a_broken_or_oversized_answer_is_refused(world, answer, error):
    name, ip, handler = raw_server(world, answer, [])

    async def work():
        async with make(world).http_client() as client:
            async with client.stream("GET", f"http://{name}:{PORT}/", max_body=50) as response:
                return await response.read()

    with pytest.raises(error) as caught:
        run_against(ip, handler, work)
    assert isinstance(caught.value, TRANSPORT_ERRORS)


@pytest.mark.parametrize("url", ["ftp://example.test/", "https://", "http://[::1/", "http://example.test:99999/", "http://example.test:0/", "http://exa mple.test/", "mailto:a@example.test"])
def test_an_address_that_cannot_be_asked_is_a_bad_url(world, url):
    async def work():
        async with make(world).http_client() as client:
            return await client.get(url)

    with pytest.raises(BadUrl) as caught:
        asyncio.run(work())
    assert isinstance(caught.value, BAD_URL)


def test_a_header_value_with_a_line_break_is_never_sent(world):
    seen: list[bytes] = []
    name, ip, handler = raw_server(world, b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", seen)

    async def work():
        async with make(world).http_client() as client:
            return await client.get(f"http://{name}:{PORT}/", headers={"X-Note": "a\r\nX-Evil: 1"})

    with pytest.raises(TRANSPORT_ERRORS):
        run_against(ip, handler, work)
    assert seen == []
