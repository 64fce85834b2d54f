"""When the DNSSEC AD bit may be believed: only where the machine says its resolver validates."""

from __future__ import annotations

import os

import pytest

from wizard.net import DnsServer, NetContext
from wizard.net.dns import resolv_conf_trusts_ad, system_trusts_ad


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
