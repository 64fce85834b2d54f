"""The doctor's report identifies itself in every format it is sent in: `diagnose --json`
carries an identity object (reference, time with zone, version, system, mail programs, brand)
and a labels table giving each code's words in the person's language, while every code the
contract names stays as it was. Run on the demo provider's real servers."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tests.demo.attempts import STATUS_CODES
from wizard.cli.main import main
from wizard.demo import DemoProvider
from wizard.demo.scenes import WRONG_PASSWORD, scene_named


@pytest.fixture(scope="module")
def demo():
    provider = DemoProvider(scene=scene_named("wrong-password"))
    info = provider.start()
    yield info
    provider.stop()


def password_forms(user: str) -> tuple[str, ...]:
    """The password as it is, and as SASL PLAIN/LOGIN and hex would carry it."""
    import base64

    secret = WRONG_PASSWORD.encode()
    return (WRONG_PASSWORD, base64.b64encode(secret).decode(), secret.hex(), base64.b64encode(b"\0" + user.encode() + b"\0" + secret).decode())


def diagnose_json(demo, monkeypatch, capsys, language: str, *extra: str):
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(demo.data_dir))
    monkeypatch.setattr(sys, "stdin", io.StringIO(WRONG_PASSWORD + "\n"))
    code = main(["diagnose", demo.user, "--password-stdin", "--json", "--lang", language, "--dns", demo.dns, "--ca-file", str(demo.ca_file),
                 "--ispdb-url", demo.ispdb_url, "--providers", str(demo.providers_dir), "--accept-fingerprint", demo.mail_sha256, *extra])
    out, err = capsys.readouterr()
    return code, json.loads(out), out + err


@pytest.mark.parametrize("language", ["en", "da", "nb"])
def test_json_carries_the_identity_and_keeps_the_codes(demo, monkeypatch, capsys, language):
    from wizard import __version__

    code, data, raw = diagnose_json(demo, monkeypatch, capsys, language)
    assert code == 1
    identity = data["identity"]
    assert len(identity["reference"]) == 8 and identity["mailsetup_version"] == __version__
    assert identity["created"][19:] and identity["created"][10] == "T" and identity["time_zone"]  # with its offset
    assert identity["operating_system"] and isinstance(identity["mail_programs"], list)
    assert demo.user not in identity["reference"]
    assert "auth-failed" in {f["code"] for f in data["findings"]}
    for finding in data["findings"]:
        assert set(finding) == {"code", "severity", "service", "host", "port", "message", "fix"}  # the contract as it was
    assert WRONG_PASSWORD not in raw


@pytest.mark.parametrize("language", ["da", "nb"])
def test_json_labels_give_every_code_its_words(demo, monkeypatch, capsys, language):
    _, data, _ = diagnose_json(demo, monkeypatch, capsys, language)
    labels = data["labels"]
    assert set(labels["severity"]) == {f["severity"] for f in data["findings"]}
    used = {s[key] for s in data["services"] for key in ("tcp", "certificate_status", "login") if s[key]}
    assert set(labels["state"]) == used
    for words in list(labels["severity"].values()) + list(labels["state"].values()):
        assert words not in STATUS_CODES  # words, not codes
    assert labels["state"]["failed"] != "failed" and labels["severity"]["error"] != "error"


def test_the_brand_is_named_when_the_wizard_is_branded(demo, monkeypatch, capsys):
    _, data, _ = diagnose_json(demo, monkeypatch, capsys, "en", "--brand", "demo")
    assert data["identity"]["brand"] == "demo"


def visible_text(page: str) -> str:
    """What a person reads on the page: no tags, no attributes, and not the cells holding the
    server's own words (its greeting and capabilities, as it said them)."""
    import html
    import re

    page = re.sub(r'<td class="mono said">.*?</td>', " ", page, flags=re.S)
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.mark.parametrize("language", ["en", "da", "nb"])
def test_the_web_page_opens_with_its_identity(demo, monkeypatch, capsys, tmp_path, language):
    from wizard import __version__

    page_file = tmp_path / f"report-{language}.html"
    _, data, _ = diagnose_json(demo, monkeypatch, capsys, language, "--html", str(page_file))
    page = page_file.read_text(encoding="utf-8")
    identity = data["identity"]
    text = visible_text(page)
    for value in (identity["reference"], __version__, identity["operating_system"], identity["created"][:10]):
        assert value in text
    assert 'data-code="auth-failed"' in page  # the codes stay, for programs
    for form in password_forms(demo.user):
        assert form not in page and form not in json.dumps(data)


@pytest.mark.parametrize("language", ["da", "nb"])
def test_no_status_code_stands_untranslated_on_the_danish_or_norwegian_page(demo, monkeypatch, capsys, tmp_path, language):
    from tests.demo.attempts import untranslated_codes

    page_file = tmp_path / "report.html"
    diagnose_json(demo, monkeypatch, capsys, language, "--html", str(page_file))
    text = visible_text(page_file.read_text(encoding="utf-8"))
    assert untranslated_codes(text) == set(), text
    assert untranslated_codes(visible_text('<p>login-ok <td class="mono">tls</td> refused</p>')) == {"login-ok", "tls", "refused"}
