"""Discovery's probe runs the same protocol core: a guessed server that injects answers
after STARTTLS, or floods its capabilities, is not used (and is never sent a login)."""

from __future__ import annotations

import asyncio

import pytest

from tests.doctor.servers import FakeServer, Loop, server_context
from wizard.discovery.fetch import Problem
from wizard.discovery.probe import probe
from wizard.model import Protocol, Security
from wizard.net import Deadline, NetContext, Timeouts, Trust

pytestmark = pytest.mark.world
PORTS = {"imap": 143, "pop3": 110, "smtp": 587}


@pytest.fixture(scope="module")
def loop():
    running = Loop()
    yield running
    running.close()


def _probe(world, loop, protocol: str, mode: str, name: str):
    ip = world.add_host(name)
    pair = world.certs.for_host(name)
    server = FakeServer(loop, protocol, ip, PORTS[protocol], implicit=False, mode=mode, context=server_context(pair.cert_file, pair.key_file), name=name)
    ctx = NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(connect=1.0, read=2.0), deadline=Deadline(seconds=10))
    with server:
        try:
            return asyncio.run(probe(ctx, Protocol(protocol), name, PORTS[protocol], ctx.ssl_context())), server
        except Exception as exc:  # noqa: BLE001 - the test looks at what was raised
            return exc, server


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_a_well_behaved_server_is_probed_through_starttls(world, loop, protocol):
    result, server = _probe(world, loop, protocol, "normal", f"probe-ok-{protocol}.fake.test")
    assert result.security is Security.STARTTLS and result.cert_problem is None and server.recording.tls_sessions == 1


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_injected_answers_after_starttls_make_the_guess_unusable(world, loop, protocol):
    result, server = _probe(world, loop, protocol, "inject", f"probe-inject-{protocol}.fake.test")
    assert isinstance(result, Problem) and "injection" in result.text.render()
    assert server.recording.tls_sessions == 0


@pytest.mark.parametrize("protocol", ["imap", "pop3", "smtp"])
def test_a_capability_flood_makes_the_guess_unusable(world, loop, protocol):
    result, _ = _probe(world, loop, protocol, "flood", f"probe-flood-{protocol}.fake.test")
    assert isinstance(result, Problem) and "too long" in result.text.render()
