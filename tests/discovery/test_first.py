"""What a run is bound to do first (wizard.discovery.first), and a run that was given a head
start with it: each warmed request is its lane's own and is sent once, nothing sent ahead
carries credentials (a password goes only in the lane's own answer to a challenge), and
the autoconfig request goes ahead only when no pack may settle the address."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from wizard.discovery import discover
from wizard.discovery.first import first_moves
from wizard.discovery.sources import autoconfig
from wizard.model import EmailAddress, Source
from wizard.net.head import HeadStart
from wizard.net.http import request_bytes
from wizard.parsers.autodiscover import pox_request
from wizard.providers import Presets, load_presets

from tests.world.web import Response

from .helpers import AC_PATH, AD_PATH, autoconfig_xml, context, pox_protocol, pox_settings, warm

ADDRESS = EmailAddress.parse("jo@early.test")
PACK = """id = "early"
name = "Early Mail"
domains = ["{domain}"]
{extra}
[[incoming]]
protocol = "imap"
host = "imap.{domain}"
port = 993
security = "tls"
"""


def presets_with(tmp_path: Path, domain: str = "other.test", extra: str = "") -> Presets:
    folder = tmp_path / "packs"
    folder.mkdir(exist_ok=True)
    (folder / "early.toml").write_text(PACK.format(domain=domain, extra=extra), encoding="utf-8")
    return load_presets((folder,))


def described(moves) -> list[tuple[str, str]]:
    return [(r.method, r.url) for r in moves.requests]


AUTODISCOVER = [
    ("POST", "https://early.test/autodiscover/autodiscover.xml"),
    ("POST", "https://autodiscover.early.test/autodiscover/autodiscover.xml"),
    ("GET", "https://autodiscover.early.test/autodiscover/autodiscover.json?Email=jo@early.test&Protocol=AutodiscoverV1"),
    ("GET", "http://autodiscover.early.test/autodiscover/autodiscover.xml"),
]


def test_with_no_pack_the_autoconfig_lanes_first_request_goes_ahead_then_autodiscovers_and_the_well_known_connection():
    moves = first_moves(ADDRESS, Presets(), None)
    assert described(moves) == [("GET", "https://autoconfig.early.test/mail/config-v1.1.xml?emailaddress=jo@early.test"), *AUTODISCOVER]
    assert moves.connections == ("https://early.test/.well-known/autoconfig/mail/config-v1.1.xml",)
    assert moves.urls == tuple(url for _, url in described(moves)) + moves.connections


def test_when_a_pack_may_settle_the_address_only_autodiscovers_requests_go_ahead(tmp_path: Path):
    # Autodiscover's lane runs to its end whatever a pack says; the autoconfig lane may be
    # cancelled before it connects
    for presets, brand in ((presets_with(tmp_path, "early.test"), None), (presets_with(tmp_path, "other.test", 'mx = ["*.mx.test"]'), None)):
        moves = first_moves(ADDRESS, presets, brand)
        assert described(moves) == AUTODISCOVER and moves.connections == ()
    branded = presets_with(tmp_path, "other.test")
    assert described(first_moves(ADDRESS, branded, branded.by_id("early"))) == AUTODISCOVER
    assert len(first_moves(ADDRESS, presets_with(tmp_path, "other.test"), None).requests) == 5  # another domain's pack settles nothing here


def test_nothing_sent_ahead_carries_credentials_and_the_pox_body_is_the_lanes_request():
    address = EmailAddress.parse("jo+x@early.test")
    for move in first_moves(address, Presets(), None).requests:
        data = request_bytes(move)
        head, _, body = data.partition(b"\r\n\r\n")
        assert b"authorization" not in head.lower()
        assert body == (pox_request(address) if move.method == "POST" else b"")
    own = request_bytes(first_moves(address, Presets(), None).requests[0])
    assert own.startswith(b"GET /mail/config-v1.1.xml?emailaddress=jo%2Bx@early.test HTTP/1.1\r\n")


@pytest.mark.world
def test_a_run_with_a_head_start_takes_the_warmed_request_once_and_sends_nothing_twice(world):
    world.web.add("autoconfig.early.test", AC_PATH, autoconfig_xml("early.test"), schemes=("https",))
    world.web.add("autodiscover.early.test", AD_PATH, pox_settings(pox_protocol("IMAP")), method="POST", schemes=("https",))
    warm(world, "early.test", "autoconfig.early.test", "autodiscover.early.test", "ispdb.test")
    ctx = context(world)
    moves = first_moves(ADDRESS, Presets(), None)
    head = HeadStart.begin(ctx, moves.requests, moves.connections)
    assert head.wait(30)  # as the imports of a command's start would give it time to
    try:
        result = discover(ADDRESS, ctx, password="s3cret-pw", presets=Presets())
    finally:
        head.close()
    assert result.best.source is Source.AUTOCONFIG
    # the autoconfig GET, Autodiscover's POST to its own host, its v2 lookup and its http
    # GET (early.test itself has no web server: that POST had nowhere to go)
    assert head.written == 4 and head.taken >= 4
    asked = world.web.requests_for("autoconfig.early.test", AC_PATH, scheme="https")
    assert len(asked) == 1 and "emailaddress=jo@early.test" in asked[0].query
    posts = world.web.requests_for("autodiscover.early.test", AD_PATH, scheme="https")
    assert len(posts) == 1 and posts[0].body == pox_request(ADDRESS)
    assert len(world.web.requests_for("autodiscover.early.test", AD_PATH, scheme="http")) == 1
    assert len(world.web.requests_for("autodiscover.early.test", "/autodiscover/autodiscover.json", scheme="https")) == 1
    assert not any(r.has_credentials or b"s3cret-pw" in r.body for r in world.web.requests)


@pytest.mark.world
def test_a_challenge_to_the_post_sent_ahead_is_answered_by_the_lane_itself_as_without_a_head_start(world):
    seen: list = []

    def challenging(request):
        seen.append(request)
        if request.header("Authorization") is None:
            return Response(401, b"", (("WWW-Authenticate", 'Basic realm="autodiscover"'),))
        return Response(200, pox_settings(pox_protocol("IMAP")).encode(), (("Content-Type", "text/xml"),))

    world.web.add("autodiscover.early.test", AD_PATH, challenging, method="POST", schemes=("https",))
    warm(world, "early.test", "autoconfig.early.test", "autodiscover.early.test", "ispdb.test")
    ctx = context(world)
    moves = first_moves(ADDRESS, Presets(), None)
    head = HeadStart.begin(ctx, moves.requests, moves.connections)
    try:
        assert head.wait(30)
        written = time.monotonic()
        while not seen and time.monotonic() - written < 30:  # written by us; the server reads it in its own time
            time.sleep(0.01)
        assert len(seen) == 1 and seen[0].header("Authorization") is None  # what went ahead: nothing of the password
        result = discover(ADDRESS, ctx, password="s3cret-pw", presets=Presets())
    finally:
        head.close()
    assert result.best.source is Source.AUTODISCOVER
    assert [r.header("Authorization") is not None for r in seen] == [False, True]  # the lane's own answer to the challenge, once
    assert all(r.body == pox_request(ADDRESS) for r in seen)


@pytest.mark.world
def test_a_warmed_request_that_failed_leaves_the_run_as_it_would_be(world):
    # autoconfig.gone.test has no address: the warm-up fails, the lane meets the same and
    # says so as usual; the run goes on to Autodiscover's answer
    world.web.add("autodiscover.gone.test", AD_PATH, pox_settings(pox_protocol("IMAP")), method="POST", schemes=("https",))
    warm(world, "gone.test", "autodiscover.gone.test", "ispdb.test")
    address = EmailAddress.parse("jo@gone.test")
    ctx = context(world)
    moves = first_moves(address, Presets(), None)
    head = HeadStart.begin(ctx, moves.requests, moves.connections)
    assert head.wait(30)
    try:
        result = discover(address, ctx, presets=Presets())
    finally:
        head.close()
    plain = discover(address, context(world), presets=Presets())
    own = autoconfig.https_urls("gone.test", address)[0]

    def said(r):
        return [(s.status, s.detail.render() if s.detail else None) for s in r.steps if s.target == own]

    assert said(result) == said(plain) and said(result)
    assert result.best.source is Source.AUTODISCOVER and head.written == 3  # Autodiscover's three to its own host, none to autoconfig's
