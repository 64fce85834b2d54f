"""The stub resolver: which nameservers it asks, which replies it believes, and when the
DNSSEC AD bit may be believed (only where the machine says its resolver validates)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import struct
import subprocess
import sys
from typing import Callable

import dns.flags
import dns.message
import dns.rcode
import dns.rrset
import pytest

from wizard.net import DnsServer, NetContext
from wizard.net.dns import Resolver, query, resolv_conf_nameservers, resolv_conf_trusts_ad, system_nameservers, system_trusts_ad
from wizard.net.errors import Cause, DnsError, DnsTimeout, NoNameservers, cause_of
from wizard.protocols.dns import MX


@pytest.mark.parametrize("text, trusted", [
    ("nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch lan\n", True),   # systemd-resolved's stub
    ("nameserver 127.0.0.53\noptions edns0\n", False),                       # a loopback resolver is no statement
    ("nameserver 192.168.1.1\n", False),                                     # the hotel's DHCP resolver
    ("options trust-ad\noptions no-trust-ad\n", False),                      # the last word counts, as in glibc
    ("# options trust-ad\nnameserver 10.0.0.1\n", False),                    # a comment says nothing
    ("", False),
])
def test_resolv_conf_vouches_for_the_ad_bit_only_with_trust_ad(text, trusted):
    assert resolv_conf_trusts_ad(text) is trusted


def test_res_options_is_read_after_resolv_conf_as_glibc_does():
    assert resolv_conf_trusts_ad("nameserver 10.0.0.1\n", "ndots:2 trust-ad") is True
    assert resolv_conf_trusts_ad("options trust-ad\n", "no-trust-ad") is False


def test_a_missing_or_special_resolv_conf_vouches_for_nothing(tmp_path):
    assert system_trusts_ad(tmp_path / "absent", environ={}) is False
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert system_trusts_ad(fifo, environ={}) is False  # returns at once: never opened


def test_a_dns_address_given_by_hand_is_not_a_validating_resolver():
    assert NetContext(dns_server=DnsServer("192.0.2.1")).trusts_ad is False
    assert NetContext(dns_server=DnsServer("127.0.0.1")).trusts_ad is False
    assert NetContext(dns_server=DnsServer("192.0.2.1"), dns_validates=True).trusts_ad is True


# -- the resolver, against nameservers on loopback --------------------------------------------

Handler = Callable[[dns.message.Message, int], "list[bytes] | None"]


class Nameserver(asyncio.DatagramProtocol):
    """A scripted nameserver on its own loopback address: `handler(query, nth)` gives the
    datagrams to send back (None: stay silent). Also answers over TCP on the same port."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.seen: list[dns.message.Message] = []
        self.tcp_seen = 0

    def datagram_received(self, data, addr):
        query = dns.message.from_wire(data)
        self.seen.append(query)
        for wire in self.handler(query, len(self.seen)) or ():
            self.transport.sendto(wire, addr)

    def connection_made(self, transport):
        self.transport = transport

    async def _tcp(self, reader, writer):
        size = struct.unpack("!H", await reader.readexactly(2))[0]
        query = dns.message.from_wire(await reader.readexactly(size))
        self.tcp_seen += 1
        response = _reply(query, ["10 big.example.test."])
        wire = response.to_wire()
        writer.write(struct.pack("!H", len(wire)) + wire)
        await writer.drain()
        writer.close()


_HOSTS = iter(range(10, 250))


@contextlib.asynccontextmanager
async def nameserver(handler: Handler):
    loop = asyncio.get_running_loop()
    host = f"127.0.{next(_HOSTS)}.1"
    transport, server = await loop.create_datagram_endpoint(lambda: Nameserver(handler), local_addr=(host, 0))
    port = transport.get_extra_info("sockname")[1]
    tcp = await asyncio.start_server(server._tcp, host, port)
    try:
        yield DnsServer(host, port), server
    finally:
        transport.close()
        tcp.close()


def _reply(query: dns.message.Message, texts=(), *, rcode=dns.rcode.NOERROR, ad=False) -> dns.message.Message:
    response = dns.message.make_response(query)
    question = query.question[0]
    if texts:
        response.answer.append(dns.rrset.from_text_list(question.name, 60, "IN", question.rdtype, list(texts)))
    response.set_rcode(rcode)
    if ad:
        response.flags |= dns.flags.AD
    return response


def answers(texts=(), **kw) -> Handler:
    return lambda query, nth: [_reply(query, texts, **kw).to_wire()]


def silent(query, nth):
    return None


def ask(servers, name="example.test", rdtype="MX", timeout=2.0, **kw):
    return query(Resolver(tuple(servers), timeout), name, rdtype, timeout, **kw)


def test_records_no_data_and_nxdomain_are_answers_and_ad_counts_only_when_trusted():
    async def main():
        async with nameserver(answers(["10 mx.example.test."], ad=True)) as (server, seen):
            got = await ask([server])
            assert got.records == (MX(10, "mx.example.test"),) and not got.authenticated
            assert (await ask([server], trust_ad=True)).authenticated
            query = seen.seen[0]
            assert query.flags & dns.flags.RD and query.flags & dns.flags.AD and query.ednsflags & dns.flags.DO
            assert len({q.id for q in seen.seen}) == 2  # a fresh random ID for every query
        async with nameserver(answers()) as (server, _):
            got = await ask([server])
            assert got.empty and not got.nxdomain
        async with nameserver(answers(rcode=dns.rcode.NXDOMAIN)) as (server, _):
            assert (await ask([server])).nxdomain

    asyncio.run(main())


def test_a_failing_nameserver_hands_over_to_the_next_at_once():
    async def main():
        async with nameserver(answers(rcode=dns.rcode.SERVFAIL)) as (bad, _), nameserver(answers(rcode=dns.rcode.REFUSED)) as (worse, _), \
                nameserver(answers(["10 mx.example.test."])) as (good, _):
            got = await ask([bad, worse, good], timeout=3.0)
            assert got.records == (MX(10, "mx.example.test"),)
            with pytest.raises(NoNameservers) as caught:
                await ask([bad, worse])
            assert not caught.value.unreachable and cause_of(caught.value) is Cause.DNS_ANSWER
            assert "SERVFAIL" in str(caught.value) and "REFUSED" in str(caught.value)

    asyncio.run(main())


def test_a_silent_nameserver_gets_its_share_of_the_time_then_the_next_is_asked():
    async def main():
        async with nameserver(silent) as (dark, quiet), nameserver(answers(["10 mx.example.test."])) as (good, _):
            got = await ask([dark, good], timeout=2.0)  # the silent one may not take all of it
            assert got.records and len(quiet.seen) >= 1
            with pytest.raises(DnsTimeout) as caught:
                await ask([dark, dark], timeout=1.0)
            assert cause_of(caught.value) is Cause.DNS_DOWN

    asyncio.run(main())


def test_nobody_listening_is_an_unreachable_resolver_known_at_once():
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    closed = DnsServer("127.0.0.1", probe.getsockname()[1])
    probe.close()

    async def main():
        with pytest.raises(NoNameservers) as caught:  # not a timeout: the port said no
            await ask([closed], timeout=3.0)
        assert caught.value.unreachable and cause_of(caught.value) is Cause.DNS_DOWN

    asyncio.run(main())


def test_a_lost_query_is_sent_again():
    async def main():
        async with nameserver(lambda q, nth: None if nth == 1 else [_reply(q, ["10 mx.example.test."]).to_wire()]) as (server, seen):
            got = await ask([server], timeout=3.0)
            assert got.records and len(seen.seen) == 2 and seen.seen[0].id == seen.seen[1].id

    asyncio.run(main())


def test_forged_replies_are_ignored_and_the_real_one_taken():
    def forger(query, nth):
        wrong_id = _reply(query, ["10 evil.test."])
        wrong_id.id ^= 0x5555
        other = dns.message.make_query("other.test", "MX")
        wrong_question = _reply(other, ["10 evil.test."])
        wrong_question.id = query.id
        return [wrong_id.to_wire(), wrong_question.to_wire(), b"\x00junk", _reply(query, ["10 mx.example.test."]).to_wire()]

    async def main():
        async with nameserver(forger) as (server, _):
            assert (await ask([server])).records == (MX(10, "mx.example.test"),)

    asyncio.run(main())


def test_a_reply_from_another_address_than_the_one_asked_is_not_believed():
    async def main():
        loop = asyncio.get_running_loop()
        spoofer, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0))

        def spoof(query, nth):
            spoofer.sendto(_reply(query, ["10 evil.test."]).to_wire(), peer[0])
            return None

        peer = []
        original = Nameserver.datagram_received

        def remember(self, data, addr):
            peer[:] = [addr]
            original(self, data, addr)

        Nameserver.datagram_received = remember
        try:
            async with nameserver(spoof) as (server, _):
                with pytest.raises(DnsTimeout):
                    await ask([server], timeout=0.5)
        finally:
            Nameserver.datagram_received = original
            spoofer.close()

    asyncio.run(main())


def test_a_truncated_reply_is_asked_again_over_tcp():
    def truncated(query, nth):
        response = _reply(query)
        response.flags |= dns.flags.TC
        return [response.to_wire()]

    async def main():
        async with nameserver(truncated) as (server, seen):
            got = await ask([server])
            assert got.records == (MX(10, "big.example.test"),) and seen.tcp_seen == 1

    asyncio.run(main())


def test_a_name_that_cannot_be_asked_is_a_lookup_error_and_sends_nothing():
    async def main():
        async with nameserver(answers()) as (server, seen):
            with pytest.raises(DnsError):
                await ask([server], name="a..example.test")
            assert not seen.seen

    asyncio.run(main())


@pytest.mark.parametrize("text, servers", [
    ("nameserver 10.0.0.1\nnameserver 10.0.0.2\nnameserver ::1\nnameserver 10.0.0.4\n", ["10.0.0.1", "10.0.0.2", "::1"]),  # glibc's three
    ("# nameserver 10.0.0.9\nnameserver not-an-address\nnameserver 10.0.0.1 # home\n", ["10.0.0.1"]),
    ("search lan\noptions trust-ad\n", ["127.0.0.1"]),                                                                # none: this machine
    ("", ["127.0.0.1"]),
])
def test_the_nameservers_are_those_glibc_would_use(text, servers):
    assert [s.host for s in resolv_conf_nameservers(text)] == servers


def test_no_readable_resolv_conf_means_this_machine(tmp_path):
    assert system_nameservers(tmp_path / "absent") == (DnsServer("127.0.0.1"),)



def test_the_wizard_runs_without_dnspython():
    """dnspython is a test dependency only: the frozen app does not carry it."""
    code = ("import sys, wizard.net.context, wizard.net.errors, wizard.discovery, wizard.demo.dnsserver, wizard.cli.main; "
            "print(sorted(m for m in sys.modules if m == 'dns' or m.startswith('dns.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_a_query_whose_socket_closes_before_anyone_waits_logs_no_unretrieved_exception(caplog):
    # What a query cancelled while its socket opens leaves: the socket's close ends the
    # exchange with nobody awaiting it. Before, asyncio logged "Future exception was never
    # retrieved" on the way out, on the stderr a person running the CLI reads.
    import gc

    from wizard.net.dns import _Exchange
    from wizard.protocols.dns import Question

    async def unseen() -> None:
        exchange = _Exchange(DnsServer("127.0.0.1", 53), 1, Question("example.test", MX))
        exchange.connection_lost(None)
        exchange.error_received(OSError("late"))  # a second ending changes nothing

    with caplog.at_level("ERROR", logger="asyncio"):
        asyncio.run(unseen())
        gc.collect()
    assert not [r for r in caplog.records if "never retrieved" in r.getMessage()]
