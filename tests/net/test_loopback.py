"""The loopback listener of the sign-in: a port of its own on 127.0.0.1, exactly one
redirect taken and answered, other paths and second redirects turned away, a deadline."""

import asyncio

from wizard.net.loopback import RedirectListener


async def request(port: int, head: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(head)
    await writer.drain()
    answer = await reader.read()
    writer.close()
    return answer


def get(port: int, target: str, host: str | None = None) -> bytes:
    return f"GET {target} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{port}'}\r\nUser-Agent: test\r\n\r\n".encode()


def test_one_redirect_is_taken_and_answered_with_the_page():
    async def run():
        async with RedirectListener() as listener:
            assert listener.port > 0
            browser = asyncio.ensure_future(request(listener.port, get(listener.port, "/oauth/redirect?code=c&state=s")))
            arrival = await listener.arrival(5)
            await listener.answer("<p>You can close this window</p>")
            page = await browser
        return listener.port, arrival, page

    port, arrival, page = asyncio.run(run())
    assert arrival.target == "/oauth/redirect?code=c&state=s" and arrival.host == f"127.0.0.1:{port}"
    assert "code=c" not in repr(arrival)
    assert page.startswith(b"HTTP/1.1 200 OK\r\n") and b"Referrer-Policy: no-referrer" in page
    assert page.endswith(b"<p>You can close this window</p>")


def test_other_paths_do_not_count_and_a_second_redirect_finds_nobody():
    async def run():
        async with RedirectListener() as listener:
            favicon = await request(listener.port, get(listener.port, "/favicon.ico"))
            post = await request(listener.port, f"POST /oauth/redirect HTTP/1.1\r\nHost: 127.0.0.1:{listener.port}\r\n\r\n".encode())
            garbage = await request(listener.port, b"\x16\x03\x01 not http\r\n\r\n")
            first = asyncio.ensure_future(request(listener.port, get(listener.port, "/oauth/redirect?code=1")))
            arrival = await listener.arrival(5)
            try:
                second = await request(listener.port, get(listener.port, "/oauth/redirect?code=2"))
            except OSError:
                second = b"refused"
            await listener.answer("done")
            await first
        return favicon, post, garbage, arrival, second

    favicon, post, garbage, arrival, second = asyncio.run(run())
    assert favicon.startswith(b"HTTP/1.1 404") and post.startswith(b"HTTP/1.1 400") and garbage.startswith(b"HTTP/1.1 400")
    assert arrival.target == "/oauth/redirect?code=1"
    assert not second.startswith(b"HTTP/1.1 200")


def test_the_host_header_is_reported_as_it_came():
    async def run():
        async with RedirectListener() as listener:
            browser = asyncio.ensure_future(request(listener.port, get(listener.port, "/oauth/redirect?code=c", host="evil.test")))
            arrival = await listener.arrival(5)
            await listener.answer("")
            await browser
        return arrival

    assert asyncio.run(run()).host == "evil.test"


def test_no_redirect_within_the_deadline_is_none():
    async def run():
        async with RedirectListener() as listener:
            return await listener.arrival(0.2)

    assert asyncio.run(run()) is None
