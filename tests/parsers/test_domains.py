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
    assert mx_lookup_domains("x.provider.co.uk", "victim.example") == ("provider.co.uk",)
    assert mx_lookup_domains("mx.co.uk", "victim.example") == ("mx.co.uk",)
    assert mx_lookup_domains("co.uk", "victim.example") == ()
    assert all(not is_public_suffix(d) for d in mx_lookup_domains("a.b.c.co.uk", "v.example"))


# The draft's own MX examples (%MXFULLDOMAIN%, %MXBASEDOMAIN%): the full domain is the MX host
# minus its first label, and only asked when it is longer than the base domain.
@pytest.mark.parametrize("mx, expected", [
    ("mx.example.com", ("example.com",)),
    ("mx.example.co.uk", ("example.co.uk",)),
    ("mx.premium.europe.example.com", ("premium.europe.example.com", "example.com")),
])
def test_the_drafts_mx_examples(mx, expected):
    assert mx_lookup_domains(mx, "customer.example") == expected


# thunderbird-android's sub-domain rule, with and without a multi-label public suffix.
@pytest.mark.parametrize("mx, expected", [
    ("mx.provider.example", ("provider.example",)),  # one label more than the base: the base only
    ("mx.something.provider.example", ("something.provider.example", "provider.example")),
    ("three.two.one.provider.example", ("two.one.provider.example", "provider.example")),
    ("provider.example", ("provider.example",)),  # no sub-domain at all
    ("mx.sub.provider.co.uk", ("sub.provider.co.uk", "provider.co.uk")),
])
def test_subdomain_of_the_mx_host_then_its_base_domain(mx, expected):
    assert mx_lookup_domains(mx, "company.example") == expected


def test_a_microsoft_365_customer_asks_for_the_office_365_domain_before_outlook_com():
    assert mx_lookup_domains("contoso-com.mail.protection.outlook.com", "contoso.com") == ("mail.protection.outlook.com", "outlook.com")


@pytest.mark.parametrize("mx, domain", [
    ("mx.company.example", "company.example"),
    ("mail.company.example", "company.example"),
    ("mx1.eu.company.example", "company.example"),
    ("company.example", "company.example"),
])
def test_an_mx_host_inside_the_addresss_own_domain_skips_the_mx_step(mx, domain):
    assert mx_lookup_domains(mx, domain) == ()


def test_a_look_alike_domain_is_not_inside_the_address_domain():
    assert mx_lookup_domains("mx.notcompany.example", "company.example") == ("notcompany.example",)


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


def _names_for_every_rule():
    """For each rule of the shipped list, names on and under it (a wildcard's star made a
    label, an exception's mark dropped), in the list's own form and the other IDNA form."""
    import publicsuffixlist

    with open(publicsuffixlist.PSLFILE, encoding="utf-8") as source:
        rules = {line.lower().split(" ")[0].rstrip() for line in source}
    names = set()
    for rule in rules:
        if not rule or rule.startswith("//"):
            continue
        base = rule.lstrip("!").replace("*", "x")
        for name in (base, "a." + base, "b.a." + base):
            names.add(name)
            try:
                names.add(name.encode("idna").decode("ascii"))
            except UnicodeError:
                pass
    return sorted(names, key=lambda name: (name.rpartition(".")[2], name))  # one top-level label after another


def test_every_rule_of_the_list_gives_the_whole_lists_answer():
    """The rules of a name's own top-level label decide it as the whole list does."""
    from publicsuffixlist import PublicSuffixList

    whole = PublicSuffixList()
    names = _names_for_every_rule()
    assert len(names) > 20000
    differ = [(n, registrable_domain(n), whole.privatesuffix(n)) for n in names if registrable_domain(n) != whole.privatesuffix(n)]
    assert differ == []


@pytest.mark.parametrize("host", ["a.b.city.kobe.jp", "www.ck", "x.www.ck", "a.b.c.ck", "mail.xn--fiqs8s", "mail.中国", "a.b.unknowntld", "ck", "xn--fiqs8s"])
def test_wildcards_exceptions_and_idn_agree_with_the_whole_list(host):
    from publicsuffixlist import PublicSuffixList

    assert registrable_domain(host) == PublicSuffixList().privatesuffix(host)
