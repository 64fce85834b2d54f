"""Why discovery found nothing is said from evidence: the domain does not exist, this
machine has no network, or the domain simply publishes nothing (thunderbird-android's
sealed result: settings, nothing usable found, network error)."""

from __future__ import annotations

import errno
import json
from dataclasses import replace

import pytest

from wizard.cli.main import main
from wizard.discovery import Outcome, discover
from wizard.discovery.evidence import Cause, Evidence, cause_of, is_network_failure
from wizard.net import DnsServer, NoAddress
from wizard.net.errors import DnsTimeout, NoNameservers
from wizard.providers import Presets

from .helpers import AC_PATH, ISPDB, autoconfig_xml, context, run, warm

def test_a_route_that_does_not_exist_is_this_machines_network():
    assert is_network_failure(OSError(errno.ENETUNREACH, "Network is unreachable"))
    assert is_network_failure(DnsTimeout())
    assert cause_of(TimeoutError()) is Cause.TIMEOUT  # that host, not necessarily this machine


def test_an_answer_from_anywhere_is_not_a_network_failure():
    assert not is_network_failure(ConnectionRefusedError(errno.ECONNREFUSED, "refused"))
    assert cause_of(NoAddress("nowhere.example")) is Cause.DNS_ANSWER
    # a resolver that answers SERVFAIL is reachable: the domain's DNS is broken, not ours
    servfail = NoNameservers("example.test MX", (("127.0.0.53:53", Exception("answered SERVFAIL")), ("192.0.2.1:53", DnsTimeout())))
    assert not is_network_failure(servfail)


def test_a_resolver_that_only_failed_to_be_reached_is_a_network_failure():
    unreachable = NoNameservers("example.test MX", (("192.0.2.1:53", OSError(errno.ENETUNREACH, "unreachable")), ("127.0.0.1:53", ConnectionRefusedError())))
    assert is_network_failure(unreachable)


def test_a_server_answering_anything_means_the_network_works():
    seen = Evidence()
    seen.add(Cause.DNS_DOWN)
    assert seen.no_network
    seen.add(Cause.CONTACT)
    assert not seen.no_network
    assert not Evidence().no_network  # no evidence at all is not "no network"


def test_dns_answering_from_a_cache_while_no_connection_finds_a_route_is_no_network():
    seen = Evidence()
    seen.add(Cause.DNS_ANSWER)
    seen.add(Cause.NO_ROUTE)
    assert seen.no_network


def test_dns_failing_after_it_once_answered_is_not_no_network_by_itself():
    seen = Evidence()
    seen.add(Cause.DNS_ANSWER)
    seen.add(Cause.DNS_DOWN)
    seen.add(Cause.TIMEOUT)  # one domain's hosts not answering says nothing about this machine
    assert not seen.no_network


@pytest.mark.world
def test_a_domain_that_does_not_exist_says_so(world):
    result = run(world, "jo@no-such-domain.test", deadline=4.0)
    assert not result.configs and result.outcome is Outcome.NO_SUCH_DOMAIN


@pytest.mark.world
def test_a_domain_that_exists_but_publishes_nothing_is_nothing_found(world):
    world.add_host("quiet.test")
    result = run(world, "jo@quiet.test", deadline=4.0)
    assert not result.configs and result.outcome is Outcome.NOTHING_FOUND


@pytest.mark.world
def test_every_host_black_holed_while_dns_answers_is_not_no_network(world):
    world.black_hole(world.add_host("dark.test"))
    result = run(world, "jo@dark.test", deadline=3.0)
    assert not result.configs and result.outcome is Outcome.NOTHING_FOUND


@pytest.mark.world
def test_a_resolver_that_never_answers_is_no_network(world):
    silent = world.allocate_ip()
    world.black_hole(silent)
    ctx = replace(context(world, deadline=3.0), dns_server=DnsServer(silent))
    result = discover("jo@example.test", ctx, presets=Presets())
    assert not result.configs and result.outcome is Outcome.NO_NETWORK


@pytest.mark.world
def test_no_route_to_any_network_is_no_network(world):
    # The test world's namespace has only loopback: anything else has no route.
    ctx = replace(context(world, deadline=3.0), dns_server=DnsServer("192.0.2.1"))
    result = discover("jo@example.test", ctx, presets=Presets())
    assert not result.configs and result.outcome is Outcome.NO_NETWORK


@pytest.mark.world
def test_dns_answering_while_every_connection_has_no_route_is_no_network(world):
    # names resolve (a cache, say), but to addresses this namespace has no route to
    world.dns.set_a("offline.test", "192.0.2.8")
    world.dns.set_a("ispdb.offline-db.test", "192.0.2.9")
    ctx = context(world, deadline=3.0)
    ctx = replace(ctx, endpoints=replace(ctx.endpoints, ispdb_url="https://ispdb.offline-db.test/v1.1/"))
    result = discover("jo@offline.test", ctx, presets=Presets())
    assert not result.configs and result.outcome is Outcome.NO_NETWORK


@pytest.mark.world
def test_found_settings_are_found_whatever_else_failed(world):
    world.web.add("autoconfig.fine.test", AC_PATH, autoconfig_xml("fine.test"), schemes=("https",))
    assert run(world, "jo@fine.test").outcome is Outcome.FOUND


def _cli(world, address: str, *extra: str) -> list[str]:
    return ["discover", address, "--deadline", "3", "--ca-file", str(world.ca_file), "--ispdb-url", ISPDB, *extra]


@pytest.mark.world
def test_discover_json_carries_the_outcome(world, capsys):
    warm(world, "gone.test")
    code = main(_cli(world, "jo@gone.test", "--json", "--dns", "127.0.0.53"))
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["outcome"] == "no-such-domain" and data["configs"] == []


@pytest.mark.world
@pytest.mark.parametrize("lang, words", [
    ("en", "does not seem to be connected to a network"),
    ("da", "forbundet til et netværk"),
    ("nb", "koblet til et nettverk"),
])
def test_the_cli_says_no_network_in_plain_words(world, capsys, lang, words):
    code = main(_cli(world, "jo@example.test", "--dns", "192.0.2.1", "--lang", lang))
    out = capsys.readouterr().out
    assert code == 1 and words in out


@pytest.mark.world
@pytest.mark.parametrize("lang, words", [("en", "does not exist"), ("da", "findes ikke"), ("nb", "finnes ikke")])
def test_the_cli_says_the_domain_does_not_exist_in_plain_words(world, capsys, lang, words):
    code = main(_cli(world, "jo@gone.test", "--dns", "127.0.0.53", "--lang", lang))
    out = capsys.readouterr().out.splitlines()
    assert code == 1 and words in out[-1] and "gone.test" in out[-1]
