"""The scrubber removes the password in every form the program may have sent it (class 3)."""

from __future__ import annotations

import base64
import json

import pytest

from wizard.model.scrub import MASK, Scrubber

PASSWORD = 'Pa"ss\\wörd 42'
USER = "jo@example.test"


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def imap_quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


@pytest.mark.parametrize("echo", [
    f"535 5.7.8 Authentication failed: AUTH PLAIN {b64(chr(0) + USER + chr(0) + PASSWORD)}",   # SASL PLAIN, empty authzid
    f"535 5.7.8 AUTH PLAIN {b64(USER + chr(0) + USER + chr(0) + PASSWORD)}",                  # user\0user\0password
    f"535 5.7.8 {b64('someone-else' + chr(0) + 'x' + chr(0) + PASSWORD)} rejected",            # any identity before it
    f"334 {b64(PASSWORD)}",                                                                    # AUTH LOGIN's password line
    f"a1 NO [AUTHENTICATIONFAILED] LOGIN \"{USER}\" \"{imap_quoted(PASSWORD)}\"",             # IMAP quoted string
    f"-ERR PASS {PASSWORD} is wrong",                                                          # POP3, literal
    f"-ERR PASS {PASSWORD.upper()} IS WRONG",                                                  # a server that upper-cases
    f"401 Authorization: Basic {b64(USER + ':' + PASSWORD)}",                                 # HTTP Basic
    f"{base64.urlsafe_b64encode((chr(0) + USER + chr(0) + PASSWORD).encode()).decode()}",       # base64url
    f"AUTH PLAIN {b64(chr(0) + USER + chr(0) + PASSWORD).rstrip('=')}",                        # padding dropped
    f"AUTH PLAIN {b64(chr(0) + USER + chr(0) + PASSWORD)[:-6]}",                               # cut short by the server
    "decoded " + repr((chr(0) + USER + chr(0) + PASSWORD).encode()),                           # a repr of the bytes
    json.dumps({"reply": PASSWORD}),                                                           # JSON-escaped
    "pw=Pa%22ss%5Cw%C3%B6rd%2042",                                                             # percent-encoded
    PASSWORD.encode().hex(),
])
def test_no_form_of_the_password_survives(echo):
    scrubbed = Scrubber.of(PASSWORD)(echo)
    assert MASK in scrubbed
    for form in (PASSWORD, PASSWORD.upper(), b64(PASSWORD), imap_quoted(PASSWORD), "wörd", "w\\xc3\\xb6rd"):
        assert form.lower() not in scrubbed.lower()


def test_a_blob_wrapped_over_lines_is_found():
    blob = b64(chr(0) + "a-rather-long-user-name@example.test" + chr(0) + PASSWORD)
    text = f"535 5.7.8 {blob[:32]}\r\n {blob[32:]}"
    scrubbed = Scrubber.of(PASSWORD)(text)
    assert MASK in scrubbed and blob[32:] not in scrubbed


def test_text_without_the_password_is_left_as_it_is():
    text = f"535 5.7.8 AUTH PLAIN {b64(chr(0) + USER + chr(0) + 'another one')} rejected; see RFC 4954"
    assert Scrubber.of(PASSWORD)(text) == text
    assert Scrubber()(text) == text


def test_json_data_is_scrubbed_in_every_string():
    data = {"findings": [{"message": f"server said {b64(PASSWORD)}"}], PASSWORD: 1, "n": 2}
    out = Scrubber.of(PASSWORD).data(data)
    assert PASSWORD not in json.dumps(out, ensure_ascii=False) and b64(PASSWORD) not in json.dumps(out)
    assert out["n"] == 2
