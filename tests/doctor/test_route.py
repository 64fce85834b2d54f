"""Every connection of the doctor, probes and login threads alike, goes where the
NetContext routes it: the hook the unprivileged demo provider uses to bend ports."""

from dataclasses import dataclass, field

import pytest

from wizard.doctor import diagnose
from wizard.model import Protocol, Security, ServerSettings
from wizard.net import Deadline, NetContext, Timeouts, Trust

pytestmark = pytest.mark.world

HOST = "mail.example.test"
BENT = {10993: 993, 10465: 465, 10587: 587, 10025: 25}


@dataclass
class BendingContext(NetContext):
    routed: list = field(default_factory=list)

    def route(self, host, address, port):
        self.routed.append((host, port))
        return address, BENT.get(port, port)


def test_probes_and_logins_follow_the_context_route(world, store):
    alice = world.user("alice")
    ctx = BendingContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(connect=1.0, read=2.0), deadline=Deadline(seconds=20))
    servers = [ServerSettings(Protocol.IMAP, HOST, 10993, Security.TLS), ServerSettings(Protocol.SMTP, HOST, 10465, Security.TLS)]
    report = diagnose(alice.address, servers, ctx, password=alice.password, store=store)
    assert [s.login for s in report.services] == ["ok", "ok"], [f.message.render() for f in report.findings]
    assert (HOST, 10993) in ctx.routed and (HOST, 10465) in ctx.routed


def test_without_the_route_nothing_listens_there(world, store):
    ctx = NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), timeouts=Timeouts(connect=1.0, read=2.0), deadline=Deadline(seconds=20))
    report = diagnose("alice@example.test", [ServerSettings(Protocol.IMAP, HOST, 10993, Security.TLS)], ctx, store=store)
    assert report.services[0].tcp == "refused"
