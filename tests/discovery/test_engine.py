"""Precedence, redirects, the deadline, the JSON contract, and cancellation honesty."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from wizard.cli.main import main
from wizard.discovery import discover_async
from wizard.model import Source, StepStatus
from wizard.providers import Presets

from .helpers import AC_PATH, AD_PATH, ISPDB, MAIL, autoconfig_xml, context, pox_protocol, pox_redirect, pox_settings, run, sources, steps_for, warm

pytestmark = pytest.mark.world


def test_precedence_autoconfig_over_ispdb_autodiscover_srv_and_guess(world):
    world.web.add("autoconfig.many.test", AC_PATH, autoconfig_xml("many.test", name="autoconfig"), schemes=("https",))
    world.web.add("ispdb.test", "/autoconfig/v1.1/many.test", autoconfig_xml("many.test", name="ispdb"), schemes=("https",))
    world.web.add("autodiscover.many.test", AD_PATH, pox_settings(pox_protocol("IMAP")), method="POST", schemes=("https",))
    world.dns.add_srv("_imaps._tcp.many.test", MAIL, 993)
    result = run(world, "jo@many.test")
    assert result.best.source is Source.AUTOCONFIG and result.best.provider == "autoconfig"
    assert sources(result)[0] is Source.AUTOCONFIG
    assert steps_for(result, "srv", StepStatus.CANCELLED) or all(s is not Source.SRV for s in sources(result)[:1])


def test_precedence_ispdb_over_srv_when_the_provider_publishes_nothing(world):
    world.web.add("ispdb.test", "/autoconfig/v1.1/two.test", autoconfig_xml("two.test", name="ispdb"), schemes=("https",))
    world.dns.add_srv("_imaps._tcp.two.test", MAIL, 993)
    result = run(world, "jo@two.test")
    assert result.best.source is Source.ISPDB


def test_redirecting_autodiscover_follows_redirect_addr_and_url(world):
    world.web.add("autodiscover.first.test", AD_PATH, pox_redirect("url", "https://ad.first.test/autodiscover/autodiscover.xml"), method="POST", schemes=("https",))
    world.web.add("ad.first.test", AD_PATH, pox_redirect("address", "jo@second.test"), method="POST", schemes=("https",))
    world.web.add("autodiscover.second.test", AD_PATH, pox_settings(pox_protocol("IMAP"), pox_protocol("SMTP", port=465)), method="POST", schemes=("https",))
    warm(world, "ad.first.test", "second.test", "autodiscover.second.test")
    result = run(world, "jo@first.test")
    best = result.best
    assert best.source is Source.AUTODISCOVER and best.incoming[0].host == MAIL
    assert [c.code for c in best.consent] == ["foreign-redirect"] and best.consent[0].detail == "second.test"
    assert b"jo@second.test" in world.web.requests_for("autodiscover.second.test", AD_PATH, scheme="https")[0].body


def test_autodiscover_redirects_stop_after_ten_hops(world):
    world.web.add("autodiscover.loop.test", AD_PATH, pox_redirect("url", "https://autodiscover.loop.test/autodiscover/autodiscover.xml"), method="POST", schemes=("https",))
    result = run(world, "jo@loop.test")
    assert result.configs == ()
    posts = [r for r in world.web.requests_for("autodiscover.loop.test", AD_PATH, scheme="https") if r.method == "POST"]
    assert len(posts) == 11
    assert any("10" in s.detail.render() for s in steps_for(result, "autodiscover", StepStatus.ERROR) if s.detail)


def test_basic_credentials_are_never_sent_in_advance_nor_to_another_domain(world):
    world.web.add("autodiscover.cred.test", AD_PATH, pox_redirect("url", "https://ad.elsewhere.test/autodiscover/autodiscover.xml"), method="POST", schemes=("https",))
    world.web.add("ad.elsewhere.test", AD_PATH, pox_settings(pox_protocol("IMAP")), method="POST", schemes=("https",))
    warm(world, "ad.elsewhere.test")
    result = run(world, "jo@cred.test", password="s3cret")
    assert result.best.source is Source.AUTODISCOVER
    own = world.web.requests_for("autodiscover.cred.test", AD_PATH, scheme="https")
    assert own and all(r.header("Authorization") is None for r in own)  # nobody asked for them
    assert all(r.header("Authorization") is None for r in world.web.requests_for("ad.elsewhere.test"))
    assert all(r.header("Authorization") is None and b"s3cret" not in r.body for r in world.web.requests if r.scheme == "http")


def test_guessing_waits_for_the_providers_own_file_and_a_found_one_leaves_it_unasked(world, monkeypatch):
    """The provider's https autoconfig answers: no guess is probed (its thirty-odd
    connections would be moot, and would slow the fetch down). HOLD is set long here, so the
    outcome does not hang on how fast this machine is."""
    from wizard.discovery import job

    monkeypatch.setattr(job, "HOLD", 60.0)
    world.web.add("autoconfig.wait.test", AC_PATH, autoconfig_xml("wait.test"), schemes=("https",))
    result = run(world, "jo@wait.test")
    assert result.best.source is Source.AUTOCONFIG
    assert [s for s in result.steps if s.source == "guess"] == []


def test_a_black_holed_guess_host_does_not_stretch_the_deadline(world):
    world.web.remove("autoconfig.example.test")
    world.dns.set_a("imap.example.test", world.blackhole_ip)
    result = run(world, "alice@example.test", deadline=3.0)
    assert result.best.source is Source.GUESS and result.best.incoming[0].host == MAIL
    assert result.elapsed_ms < 3000


def test_when_everything_is_black_holed_the_deadline_is_held(world):
    with world.dns.batch():
        for host in ("autoconfig.hole.test", "hole.test", "autodiscover.hole.test", "imap.hole.test", "mail.hole.test", "smtp.hole.test"):
            world.dns.set_a(host, world.blackhole_ip)
    began = time.monotonic()
    result = run(world, "jo@hole.test", deadline=1.5)
    elapsed = time.monotonic() - began
    assert result.configs == ()  # the deadline, or the silence given up early (net/patience.py)
    assert elapsed < 1.5 + 0.5
    assert steps_for(result, "guess", StepStatus.TIMEOUT) and steps_for(result, "autoconfig", StepStatus.TIMEOUT)


def test_a_silent_runs_give_up_counts_from_its_deadlines_start(world, monkeypatch):
    """A command starts its deadline when the person pressed Enter; the start-up before the
    run (here: four seconds, with ALONE stretched to four) counts towards the silence too,
    while each connection keeps patience.ALONE_FLOOR of its own (counted from the run
    itself, the run would last ALONE). Nothing answers, the ISPDB included: no sibling's
    pace applies."""
    from dataclasses import replace

    from wizard.discovery import engine
    from wizard.net import Deadline, Endpoints, Timeouts
    from wizard.net.patience import ALONE_FLOOR

    monkeypatch.setattr(engine, "ALONE", 4.0)
    with world.dns.batch():
        for host in ("autoconfig.quiet.test", "quiet.test", "autodiscover.quiet.test", "imap.quiet.test", "mail.quiet.test",
                     "smtp.quiet.test", "pop.quiet.test", "pop3.quiet.test", "ispdb.quiet.test"):
            world.dns.set_a(host, world.blackhole_ip)
    ctx = replace(context(world, deadline=8.0), timeouts=Timeouts(), endpoints=Endpoints(ispdb_url="https://ispdb.quiet.test/v1.1/"))
    ctx.deadline = Deadline(started=time.monotonic() - 4.0, seconds=12.0)
    began = time.monotonic()
    result = asyncio.run(discover_async("jo@quiet.test", ctx, presets=Presets()))
    elapsed = time.monotonic() - began
    assert result.configs == () and not result.deadline_reached
    assert steps_for(result, "guess", StepStatus.TIMEOUT) and steps_for(result, "ispdb", StepStatus.TIMEOUT)
    assert elapsed < ALONE_FLOOR + 1.3  # guessing starts up to HOLD later; from the run's start: 4 s


def test_silence_is_counted_from_now_when_the_deadline_is_on_another_clock():
    from wizard.discovery.engine import silence_counted_from
    from wizard.net import Deadline, NetContext

    assert silence_counted_from(NetContext(deadline=Deadline(started=5.0, clock=lambda: 5.0))) >= time.monotonic() - 1
    assert silence_counted_from(NetContext(deadline=Deadline(started=time.monotonic() + 60))) <= time.monotonic()
    earlier = time.monotonic() - 3
    assert silence_counted_from(NetContext(deadline=Deadline(started=earlier))) == earlier


def test_every_step_is_emitted_live_with_a_start_and_an_end(world):
    world.web.add("autoconfig.live.test", AC_PATH, autoconfig_xml("live.test"), schemes=("https",))
    seen = []
    ctx = context(world, sink=seen.append)
    result = asyncio.run(discover_async("jo@live.test", ctx, presets=Presets()))
    started = {(s.source, s.target) for s in seen if s.status is StepStatus.STARTED}
    ended = {(s.source, s.target) for s in seen if s.status.final}
    assert started == ended and len(ended) == len(result.steps)
    assert all(s.ms is not None for s in result.steps)


def test_cancel_stops_the_run_at_once(world):
    with world.dns.batch():
        world.dns.set_a("autoconfig.slow.test", world.blackhole_ip)
    ctx = context(world, deadline=10)

    async def go():
        task = asyncio.ensure_future(discover_async("jo@slow.test", ctx, presets=Presets()))
        await asyncio.sleep(0.3)
        ctx.cancel.cancel()
        return await task

    began = time.monotonic()
    result = asyncio.run(go())
    assert time.monotonic() - began < 2
    assert steps_for(result, "autoconfig", StepStatus.CANCELLED)


def test_cli_json_contract(world, capsys):
    world.web.add("autoconfig.cli.test", AC_PATH, autoconfig_xml("cli.test"), schemes=("https",))
    warm(world, "cli.test", "autoconfig.cli.test", "autodiscover.cli.test")
    code = main(["discover", "jo@cli.test", "--json", "--deadline", "4", "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB, "--dns", "127.0.0.53"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    # issue 7's contract, extended compatibly by `outcome` (why discovery ended as it did)
    assert set(data) == {"address", "configs", "steps", "outcome"} and data["address"] == "jo@cli.test"
    assert data["outcome"] == "found"
    config = data["configs"][0]
    assert {"source", "trusted", "provider", "incoming", "outgoing"} <= set(config)
    assert config["source"] == "autoconfig" and config["trusted"] is True
    assert set(config["incoming"][0]) >= {"protocol", "host", "port", "security", "auth", "username"}
    assert all(set(s) == {"source", "target", "status", "ms", "detail"} for s in data["steps"])


def test_cli_prints_steps_then_configs_and_exits_1_when_nothing_is_found(world, capsys):
    world.add_host("void.test")  # the domain exists; it publishes nothing
    warm(world, "void.test")
    code = main(["discover", "jo@void.test", "--deadline", "3", "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB, "--dns", "127.0.0.53", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 1
    assert "autoconfig" in out and "No settings were found" in out and "993" in out
