"""Look-alike domains are shown with their punycode beside them (SECURITY notes, class 9),
judged with Unicode's confusables data."""

from __future__ import annotations

import pytest

from wizard.model.lookalike import look, shown, shown_address


@pytest.mark.parametrize("domain, ascii_form, imitates", [
    ("pаypal.com", "xn--pypal-4ve.com", "paypal.com"),        # one Cyrillic а among Latin letters
    ("xn--pypal-4ve.com", "xn--pypal-4ve.com", "paypal.com"),  # the same, given in computer form
    ("аррӏе.com", "xn--80ak6aa92e.com", "appie.com"),          # all Cyrillic, every letter a Latin look-alike
    ("mail.gооgle.com", "mail.xn--ggle-55da.com", "mail.google.com"),
])
def test_a_look_alike_is_shown_with_its_punycode_and_what_it_imitates(domain, ascii_form, imitates):
    info = look(domain)
    assert info.suspicious and info.ascii == ascii_form and info.imitates == imitates
    assert shown(domain) == f"{info.unicode} ({ascii_form})"
    assert ascii_form in info.warning.render() and imitates in info.warning.render()


def test_a_mixed_label_without_a_latin_twin_is_still_called_out():
    info = look("ωmega.com")  # Greek omega before Latin letters
    assert info.mixed == ("ωmega",) and "different alphabets" in info.warning.render()


@pytest.mark.parametrize("domain", ["яндекс.рф", "bücher.de", "例え.jp", "example.com", "blåbær.no"])
def test_ordinary_names_in_one_script_are_shown_as_they_are(domain):
    info = look(domain)
    assert not info.suspicious and info.warning is None
    assert shown(domain) == info.unicode


def test_an_address_with_a_look_alike_domain_shows_both_forms():
    assert shown_address("jo@pаypal.com") == "jo@pаypal.com (jo@xn--pypal-4ve.com)"
    assert shown_address("jo@example.com") == "jo@example.com"


# -- a plain name's look, without idna ------------------------------------------------------
from hypothesis import given, strategies as st  # noqa: E402

_ASCII_LABELS = st.text(alphabet=st.characters(max_codepoint=127), max_size=10) | st.sampled_from(["xn--bcher-kva", "XN--BCHER-KVA", "xn--zz", "a--b", "-x", "_dmarc", "Example", "xn--80ak6aa92e"])


def _through_idna(domain: str) -> tuple[str, str]:
    """What look() always did: idna for both forms."""
    import idna

    text = domain.strip().rstrip(".")
    try:
        ascii_name = idna.encode(text, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError, ValueError):
        ascii_name = text.lower()
    decoded = ascii_name.strip().rstrip(".")  # as to_unicode reads any name it is given
    try:
        unicode_name = idna.decode(decoded)
    except (idna.IDNAError, UnicodeError, ValueError):
        unicode_name = decoded
    return ascii_name, unicode_name


@given(st.lists(_ASCII_LABELS, min_size=1, max_size=4).map(".".join))
def test_an_ascii_name_looks_as_it_did_through_idna(domain):
    from wizard.model.lookalike import look

    seen = look(domain)
    assert (seen.ascii, seen.unicode) == _through_idna(domain)


def test_a_plain_names_look_loads_no_idna():
    import subprocess
    import sys

    code = "import sys\nfrom wizard.model.lookalike import look\nassert not look('Example.TEST').suspicious\nprint('idna' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
