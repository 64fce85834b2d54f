"""What a run is bound to do first (wizard.discovery.first), and a run that was given a head
start with it: the warmed request is the lane's own and is sent once, nothing warmed
carries credentials, and no request goes ahead when a pack may settle the address."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.discovery import discover
from wizard.discovery.first import first_moves
from wizard.discovery.sources import autoconfig, autodiscover
from wizard.model import EmailAddress, Source
from wizard.net.head import HeadStart
from wizard.net.http import get_request
from wizard.providers import Presets, load_presets

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


def test_with_no_pack_the_request_is_the_autoconfig_lanes_first_and_the_connections_its_and_autodiscovers():
    moves = first_moves(ADDRESS, Presets(), None)
    own, well_known = autoconfig.https_urls(ADDRESS.domain, ADDRESS)
    assert moves.requests == (own,)
    assert set(moves.connections) == {well_known, *autodiscover.autodiscover_pox_urls(ADDRESS.domain), autodiscover.autodiscover_v2_url(ADDRESS.domain, ADDRESS)}
    assert all(url.startswith("https://") for url in moves.requests + moves.connections)


def test_nothing_is_sent_ahead_when_a_pack_may_settle_the_address(tmp_path: Path):
    for presets, brand in ((presets_with(tmp_path, "early.test"), None), (presets_with(tmp_path, "other.test", 'mx = ["*.mx.test"]'), None)):
        moves = first_moves(ADDRESS, presets, brand)
        assert moves.requests == ()
        assert not any("autoconfig" in url for url in moves.connections)  # the lane may be cancelled before it connects
    branded = presets_with(tmp_path, "other.test")
    assert first_moves(ADDRESS, branded, branded.by_id("early")).requests == ()
    assert first_moves(ADDRESS, presets_with(tmp_path, "other.test"), None).requests != ()  # another domain's pack settles nothing here


def test_a_request_sent_ahead_carries_no_credentials():
    for url in first_moves(EmailAddress.parse("jo+x@early.test"), Presets(), None).requests:
        data = get_request(url)
        assert b"authorization" not in data.lower() and b"\r\n\r\n" == data[-4:]  # headers only, no body
        assert data.startswith(b"GET /mail/config-v1.1.xml?emailaddress=jo%2Bx@early.test HTTP/1.1\r\n")


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
    assert head.written == 1 and head.taken >= 2  # the request, and at least Autodiscover's connection to its own host
    asked = world.web.requests_for("autoconfig.early.test", AC_PATH, scheme="https")
    assert len(asked) == 1 and "emailaddress=jo@early.test" in asked[0].query
    assert not any(r.has_credentials or b"s3cret-pw" in r.body for r in world.web.requests)


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
    assert result.best.source is Source.AUTODISCOVER and head.written == 0
