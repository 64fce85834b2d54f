"""Registrable domains come from the Public Suffix List, never from splitting on dots."""

import pytest
from hypothesis import given, strategies as st

from wizard.parsers.domains import is_public_suffix, mx_lookup_domains, registrable, registrable_domain, same_base_domain, same_site


@pytest.mark.parametrize("host, base", [
    ("mx1.mail.provider.co.uk", "provider.co.uk"), ("aspmx.l.google.com", "google.com"),
    ("x.b.github.io", "b.github.io"), ("co.uk", None), ("uk", None), ("mail.example.test", "example.test"),
])
def test_registrable_domain(host, base):
    assert registrable_domain(host) == base


def test_A2_mx_under_a_public_suffix_never_asks_the_suffix():
    assert mx_lookup_domains("x.provider.co.uk", "victim.example") == ("x.provider.co.uk", "provider.co.uk")
    assert mx_lookup_domains("mx.co.uk", "victim.example") == ("mx.co.uk",)
    assert mx_lookup_domains("co.uk", "victim.example") == ()
    assert all(not is_public_suffix(d) for d in mx_lookup_domains("a.b.c.co.uk", "v.example"))


def test_mx_lookup_gives_registrable_domain_and_one_label_more():
    assert mx_lookup_domains("mx1.mail.provider.com", "customer.example") == ("mail.provider.com", "provider.com")


def test_the_mail_domain_itself_is_skipped():
    assert mx_lookup_domains("mx.example.com", "example.com") == ("mx.example.com",)


def test_same_base_domain():
    assert same_base_domain("autodiscover.example.co.uk", "example.co.uk")
    assert not same_base_domain("example.co.uk.evil.com", "example.co.uk")
    assert not same_base_domain("other.co.uk", "example.co.uk")


@given(st.text(max_size=60))
def test_fuzz_never_raises(text):
    registrable_domain(text)
    mx_lookup_domains(text, "example.com")


def test_same_site_means_the_same_registrable_domain_never_the_same_suffix():
    assert same_site("mx1.provider.co.uk", "IMAP.Provider.co.uk.")
    assert not same_site("x.co.uk", "y.co.uk")


def test_a_public_suffix_is_compared_whole():
    assert registrable("co.uk") == "co.uk"
    assert same_site("co.uk", "CO.UK")
