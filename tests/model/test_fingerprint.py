"""Fingerprints: one spelling everywhere, however a person or a pack writes them."""

import pytest

from wizard.model.errors import UserError
from wizard.model.fingerprint import Pin, fingerprint_sha256, normalize_fingerprint, parse_fingerprint, same_fingerprint


def test_fingerprint_is_colon_separated_upper_hex():
    fp = fingerprint_sha256(b"abc")
    assert fp.startswith("BA:78:16:BF") and len(fp) == 95


@pytest.mark.parametrize("text", ["ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "SHA256:BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD"])
def test_fingerprints_are_accepted_in_common_spellings(text):
    assert normalize_fingerprint(text) == fingerprint_sha256(b"abc")


def test_a_bad_fingerprint_is_named():
    with pytest.raises(UserError) as caught:
        Pin("imap.example.com", 993, "12:34")
    assert "12:34" in caught.value.text.render()


def test_a_fingerprint_that_is_not_one_parses_to_nothing():
    assert parse_fingerprint("12:34") is None
    assert parse_fingerprint("zz" * 32) is None


def test_the_same_certificate_matches_however_it_is_spelled():
    canonical = fingerprint_sha256(b"abc")
    assert same_fingerprint(canonical.replace(":", "").lower(), canonical)
    assert not same_fingerprint(canonical, fingerprint_sha256(b"abd"))


def test_a_malformed_fingerprint_matches_nothing_not_even_itself():
    assert not same_fingerprint("12:34", "12:34")
