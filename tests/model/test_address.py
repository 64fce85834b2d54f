"""EmailAddress: what people type, checked the way mail servers will check it."""

import re

import pytest
from hypothesis import given, strategies as st

from wizard.i18n import load_catalog
from wizard.model import AddressError, EmailAddress
from wizard.model.address import _ATEXT, _idna_ascii, _plain_ascii


def test_parses_local_part_and_lowercases_domain():
    address = EmailAddress.parse("  Ole.Hansen@Example.DK ")
    assert address.local == "Ole.Hansen"
    assert address.domain == "example.dk"
    assert str(address) == "Ole.Hansen@example.dk"


def test_idn_domain_becomes_punycode_and_reads_back():
    address = EmailAddress.parse("jens@blåbær.dk")
    assert address.domain == "xn--blbr-roah.dk"
    assert address.domain_unicode == "blåbær.dk"


@pytest.mark.parametrize(
    "text, code, words",
    [
        ("", "address-empty", "Type your e-mail address"),
        ("not-an-address", "address-no-at", "has no “@”"),
        ("@example.com", "address-no-local", "nothing before"),
        ("ole@", "address-no-domain", "nothing after"),
        ("ole hansen@example.com", "address-space", "contains a space"),
        ("a@b@example.com", "address-two-at", "more than one"),
        (".ole@example.com", "address-dots", "dot"),
        ("ole..h@example.com", "address-dots", "two dots"),
        ("ole@localhost", "address-domain-no-dot", "needs a dot"),
        ("ole@[192.0.2.1]", "address-ip-literal", "IP address"),
        ("ole@192.0.2.1", "address-ip-literal", "IP address"),
        ("ole@exa_mple.com", "address-bad-domain", "not a valid domain"),
        ("ole@-example.com", "address-bad-domain", "not a valid domain"),
        ("ol(e@example.com", "address-bad-character", "“(”"),
        ("x" * 65 + "@example.com", "address-local-too-long", "64"),
    ],
)
def test_rejects_with_a_message_naming_the_problem(text, code, words):
    with pytest.raises(AddressError) as caught:
        EmailAddress.parse(text)
    assert caught.value.code == code
    assert words in caught.value.text.render()


def test_error_message_exists_in_danish_and_norwegian():
    with pytest.raises(AddressError) as caught:
        EmailAddress.parse("not-an-address")
    english = caught.value.text.render()
    for language in ("da", "nb"):
        localized = caught.value.text.render(load_catalog(language))
        assert localized != english
        assert "not-an-address" in localized


def test_json_form_round_trips():
    address = EmailAddress.parse("kari@eksempel.no")
    assert EmailAddress.from_json(address.to_json()) == address


_atext = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~", min_size=1, max_size=10)
# Hyphens in the third and fourth place are reserved for encodings like "xn--" (RFC 5891
# 4.2.3.1): such a label is not well formed, and the parser rightly refuses it.
_label = st.from_regex(r"\A[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?\Z").filter(lambda label: label[2:4] != "--")


@given(st.lists(_atext, min_size=1, max_size=4), st.lists(_label, min_size=1, max_size=3), st.sampled_from(["dk", "no", "com", "test"]))
def test_every_well_formed_address_parses_and_round_trips(atoms, labels, tld):
    text = ".".join(atoms) + "@" + ".".join(labels + [tld])
    address = EmailAddress.parse(text)
    local, domain = text.split("@")
    assert str(address) == local + "@" + domain.lower()
    assert EmailAddress.parse(str(address)) == address


@given(st.text(max_size=80))
def test_any_text_either_parses_or_raises_a_user_error(text):
    try:
        address = EmailAddress.parse(text)
    except AddressError as exc:
        assert exc.text.render()  # a readable message, never another exception type
    else:
        assert "@" in str(address)
        assert address.domain == address.domain.lower()
        assert len(str(address).encode()) <= 254


def test_a_label_with_hyphens_in_third_and_fourth_place_is_refused_by_name():
    with pytest.raises(AddressError) as caught:
        EmailAddress.parse("0@00--0.dk")
    assert caught.value.code == "address-bad-domain"
    assert "00--0.dk" in caught.value.text.render()


@given(st.text(alphabet=st.characters(max_codepoint=0x10FFFF), max_size=12) | st.text(alphabet="aZ9!#$%&'*+-/=?^_`{|}~ .@\"\\\x00\x7f\x80\xff", max_size=6))
def test_the_local_part_characters_are_rfc_5322_atext_or_any_non_ascii(text):
    written_out = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\U0010ffff]+$")
    assert bool(_ATEXT.match(text)) == bool(written_out.match(text))


def _by_idna(domain: str) -> str | None:
    import idna

    try:
        return idna.encode(domain, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError, ValueError):
        return None


def _ours(domain: str) -> str | None:
    try:
        return _idna_ascii(domain)
    except ValueError:
        return None


@given(st.text(alphabet="aZz09-.", min_size=1, max_size=20) | st.sampled_from(["xn--bcher-kva.de", "XN--BCHER-KVA.DE", "ab--c.dk", "a-.dk", "-a.dk", "a..dk", "x" * 64 + ".dk", "Example.COM"]))
def test_a_plain_ascii_domain_gets_the_ascii_form_idna_gives_it_without_loading_idna(domain):
    # the shortcut (letters, digits and inner hyphens only) must agree with IDNA everywhere it
    # is taken; every other domain goes to IDNA itself
    if _plain_ascii(domain):
        assert _ours(domain) == _by_idna(domain) == domain.lower()
    else:
        assert _ours(domain) == _by_idna(domain)


def test_parsing_a_plain_address_does_not_load_idna():
    import subprocess
    import sys

    code = "import sys; from wizard.model import EmailAddress; EmailAddress.parse('Name@Example.COM'); print('idna' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
