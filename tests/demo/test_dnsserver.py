"""The demo's DNS server, asked by dnspython (an independent reader of the wire format the
demo writes with the wizard's own codec)."""

from __future__ import annotations

import asyncio

import dns.asyncquery
import dns.flags
import dns.message
import dns.name
import dns.rcode
import pytest

from wizard.demo.dnsserver import DnsZones, serve_dns


def zones() -> DnsZones:
    z = DnsZones(suffixes=("demo.test.",))
    z.add("demo.test", "MX", "10 mail.demo.test.")
    z.add("_imaps._tcp.demo.test", "SRV", "0 1 10993 imap.demo.test.")
    z.add("imap.demo.test", "A", "127.0.0.1")
    z.add("imap.demo.test", "AAAA", "::1")
    z.add("demo.test", "TXT", '"v=spf1 -all" "second"')
    return z


def ask(*questions: tuple["str | dns.name.Name", str], raw: bytes | None = None) -> list[dns.message.Message]:
    async def main():
        transport = await serve_dns(zones())
        port = transport.get_extra_info("sockname")[1]
        try:
            if raw is not None:
                reader = await asyncio.get_running_loop().create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=("127.0.0.1", port))
                reader[0].sendto(raw)
                reader[0].close()
            return [await dns.asyncquery.udp(dns.message.make_query(name, rdtype), "127.0.0.1", port=port, timeout=2) for name, rdtype in questions]
        finally:
            transport.close()

    return asyncio.run(main())


def test_the_demo_zones_answer_as_a_real_server_would():
    mx, srv, a, aaaa, txt = ask(("demo.test", "MX"), ("_imaps._tcp.demo.test", "SRV"), ("IMAP.demo.test", "A"), ("imap.demo.test", "AAAA"), ("demo.test", "TXT"))
    assert [r.to_text() for r in mx.answer[0]] == ["10 mail.demo.test."]
    assert [r.to_text() for r in srv.answer[0]] == ["0 1 10993 imap.demo.test."]
    assert [r.to_text() for r in a.answer[0]] == ["127.0.0.1"] and [r.to_text() for r in aaaa.answer[0]] == ["::1"]
    assert [r.to_text() for r in txt.answer[0]] == ['"v=spf1 -all" "second"']
    assert all(m.flags & dns.flags.AA and not m.flags & dns.flags.AD for m in (mx, srv, a))


def test_names_outside_the_zones_do_not_exist_and_inside_they_have_no_data():
    outside, inside, other_type = ask(("example.com", "MX"), ("nothing.demo.test", "A"), ("imap.demo.test", "MX"))
    assert outside.rcode() == dns.rcode.NXDOMAIN
    assert inside.rcode() == dns.rcode.NOERROR and not inside.answer
    assert other_type.rcode() == dns.rcode.NOERROR and not other_type.answer


def test_junk_is_dropped_and_the_server_keeps_answering():
    (mx,) = ask(("demo.test", "MX"), raw=b"\x00\x01not dns at all")
    assert mx.answer


def test_a_typo_in_a_zone_fails_when_it_is_added():
    with pytest.raises((ValueError, IndexError)):
        DnsZones().add("demo.test", "MX", "mail.demo.test.")


def test_a_name_with_odd_bytes_in_its_labels_is_echoed_as_asked():
    # 63 dots in one label: 252 characters as text, still 63 octets on the wire.
    odd = dns.name.Name([b"." * 63, b"x y", b"demo", b"test", b""])
    (reply,) = ask((odd, "A"))
    assert reply.question[0].name == odd and reply.rcode() == dns.rcode.NOERROR
