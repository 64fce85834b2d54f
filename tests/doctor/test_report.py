"""The report as data: its JSON contract, and the scrubber that keeps passwords out of it."""

import json

from wizard.doctor import advice
from wizard.doctor.scrub import scrubber
from wizard.doctor.report import Report, ServiceReport
from wizard.i18n import load_catalog
from wizard.model import Protocol, Security, ServerSettings

SERVER = ServerSettings(Protocol.IMAP, "mail.example.test", 993, Security.TLS)


def report(answer="<b>no</b> & bad"):
    finding = advice.auth_failed(SERVER, ("alice@example.test",), answer)
    service = ServiceReport("imap", SERVER.host, 993, "tls", ("127.0.1.10",), "127.0.1.10", "open", 1.5, login="failed")
    return Report("alice@example.test", (service,), (finding,))


def test_json_has_the_issue_contract():
    data = json.loads(json.dumps(report().to_json(load_catalog("da"))))
    assert set(data) >= {"address", "services", "findings"}
    assert data["findings"][0]["code"] == "auth-failed" and data["findings"][0]["severity"] == "error"
    assert data["services"][0]["tcp"] == "open"


def test_scrubber_removes_password_and_its_base64():
    scrub = scrubber("s3cret!")
    assert scrub("said s3cret! and czNjcmV0IQ==") == "said •••••• and ••••••"
    assert scrubber(None)("s3cret!") == "s3cret!"


def test_the_doctors_scrubber_removes_the_quoted_form_and_the_auth_plain_blob():
    import base64

    scrub = scrubber('Pa"ss\\w0rd')
    blob = base64.b64encode(b'\0jo_example.test\0Pa"ss\\w0rd').decode()
    assert scrub(f'rejected: LOGIN "jo" "Pa\\"ss\\\\w0rd"; AUTH PLAIN {blob}') == "rejected: LOGIN \"jo\" \"••••••\"; AUTH PLAIN ••••••"
