"""Provider packs (issue 7): the bundled seed packs, every new field validated by name, announced
certificates, localized texts, and the global --brand / --providers options."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest
import trustme

from wizard.cli.main import main
from wizard.i18n import T, load_catalog
from wizard.model import CertificateInfo, EmailAddress, Protocol, Security
from wizard.parsers.tls_certificate import certificate_info
from wizard.providers import PresetError, load_presets, parse_provider_file

FULL = '''
id = "full"
name = { en = "Full Mail", da = "Fuld Post", nb = "Full Post" }
domains = ["full.example"]
webmail = "https://webmail.full.example"

[[incoming]]
protocol = "imap"
host = "mail.full.example"

[[incoming]]
protocol = "exchange"
url = "https://ex.full.example"
login_domain = "corp"
phone_username = "%EMAILLOCALPART%_%EMAILDOMAIN%"

[[outgoing]]
protocol = "smtp"
host = "mail.full.example"
security = "starttls"

[[retired]]
host = "smtp.old.full.example"
protocol = "smtp"
note = "being switched off"

[[announced_certificates]]
sha256 = "{sha}"

[[announced_certificates]]
issuer = "{issuer}"
not_before = 2020-01-01
not_after = 2099-12-31

[migration]
date = 2024-05-01
checklist = [{ en = "Redo your rules", da = "Lav dine regler igen", nb = "Lag reglene dine på nytt" }, "Only English"]

[two_factor]
available = true
url = "https://full.example/2fa"
note = { en = "Turn it on", da = "Slå det til" }

[[account_types]]
kind = "imap"
explanation = { en = "keeps mail on the server" }

[support]
name = "Full support"
phone = "+45 00 00 00 00"
email = "help@full.example"

[branding]
product_name = { en = "Full setup", da = "Fuld opsætning" }
logo = "full.svg"
colours = { primary = "#112233", accent = "#AABBCC" }
support_link = "https://full.example/help"
'''
SHA = "AB:" * 31 + "CD"
ISSUER = "CN=Full CA,O=Full"


def full(sha: str = SHA, issuer: str = ISSUER) -> str:
    return FULL.replace("{sha}", sha).replace("{issuer}", issuer)


def read_logo(name: str) -> bytes | None:
    return b"<svg xmlns='http://www.w3.org/2000/svg'/>" if name == "full.svg" else None


def parse(text: str):
    return parse_provider_file(text.encode(), "full.toml", "full", read_logo)


def test_every_bundled_pack_loads_and_validates():
    presets = load_presets()
    assert set(presets.ids) >= {"altibox", "mamut"}
    names = {f.name for f in resources.files("wizard.resources").joinpath("providers").iterdir() if f.name.endswith(".toml")}
    assert len(names) == len(presets.providers)


def test_the_altibox_pack_holds_only_what_the_seed_says():
    altibox = load_presets().by_id("altibox")
    assert altibox.migration_date == dt.date(2022, 11, 15)
    assert altibox.incoming == () and altibox.outgoing == ()  # the seed names no server: discovery finds them
    assert altibox.retired_server("smtp", "SMTP.altiboxmail.dk.") is not None and altibox.retired_server("imap", "smtp.altiboxmail.dk") is None
    assert altibox.two_factor.available
    checklist = " ".join(item.render() for item in altibox.checklist)
    for fact in ("Forwarding", "Signatures", "automatic replies", "rules", "calendar", "contacts", "Mac", "certificate", "smtp.altiboxmail.dk"):
        assert fact in checklist
    for language in ("da", "nb"):
        rendered = [item.render(load_catalog(language)) for item in altibox.checklist]
        assert all(r != item.source for r, item in zip(rendered, altibox.checklist))  # really translated


def test_the_mamut_pack_holds_only_what_the_seed_says():
    mamut = load_presets().by_id("mamut")
    assert mamut.webmail == "https://mamutmail.com"
    kinds = [(t.protocol, t.host, t.port, t.security) for t in mamut.incoming]
    assert kinds == [(Protocol.IMAP, "mamutmail.com", None, None), (Protocol.POP3, "mamutmail.com", None, None), (Protocol.EXCHANGE, "mamutmail.com", 443, Security.TLS)]
    incoming, outgoing = mamut.settings_for(EmailAddress.parse("mail@domaene.dk"))
    exchange, phone = incoming
    assert (exchange.url, exchange.login_domain, exchange.username) == ("https://mamutmail.com", "hosting01", "mail@domaene.dk")
    assert (phone.protocol, phone.username) == (Protocol.ACTIVESYNC, "mail_domaene.dk")
    assert outgoing == ()  # port and security left to discovery
    [smtp] = mamut.outgoing
    assert (smtp.host, smtp.username, smtp.auth[0].value) == ("mamutmail.com", "%EMAILADDRESS%", "password-cleartext")
    assert {a.kind for a in mamut.account_types} == {"pop3", "imap", "exchange"}


def test_a_full_pack_loads_every_field():
    p = parse(full())
    assert (p.id, p.name, p.title.render(load_catalog("da"))) == ("full", "Full Mail", "Fuld Post")
    assert p.webmail == "https://webmail.full.example" and p.migration_date == dt.date(2024, 5, 1)
    assert [c.render(load_catalog("nb")) for c in p.checklist] == ["Lag reglene dine på nytt", "Only English"]
    assert p.two_factor.note.render(load_catalog("nb")) == "Turn it on"  # missing language: English
    assert p.branding.colour("accent") == "#aabbcc" and p.logo_data.startswith(b"<svg")
    data = p.to_json(load_catalog("da"))
    assert {"id", "name", "webmail", "migration_date", "checklist"} <= set(data)
    assert data["branding"]["product_name"] == "Fuld opsætning" and data["branding"]["window_title"] == "Fuld opsætning"
    incoming, outgoing = p.settings_for(EmailAddress.parse("a@b.dk"))
    assert [s.protocol for s in incoming] == [Protocol.EXCHANGE, Protocol.ACTIVESYNC]  # IMAP awaits discovery
    assert (outgoing[0].port, outgoing[0].security) == (587, Security.STARTTLS)  # security stated, standard port


def test_a_provider_text_nests_in_a_translated_sentence():
    p = parse(full())
    sentence = T("{provider} asks you to do these things by hand:", provider=p.title)
    assert sentence.render(load_catalog("en")).startswith("Full Mail")
    assert sentence.render(load_catalog("da")).startswith("Fuld Post")


@pytest.mark.parametrize("change, field", [
    (lambda s: s.replace("date = 2024-05-01", 'date = "first of May"'), "migration.date"),
    (lambda s: s.replace('nb = "Lag reglene dine på nytt"', 'sv = "Gör om"'), "migration.checklist[0].sv"),
    (lambda s: s.replace('{ en = "Redo your rules", ', "{ "), "migration.checklist[0].en"),
    (lambda s: s.replace('sha256 = "AB', 'sha256 = "ZZ'), "announced_certificates[0].sha256"),
    (lambda s: s.replace("not_after = 2099-12-31\n", ""), "announced_certificates[1].not_after"),
    (lambda s: s.replace("not_before = 2020-01-01", "not_before = 2100-01-01"), "announced_certificates[1].not_after"),
    (lambda s: s.replace('primary = "#112233"', 'primary = "blue"'), "branding.colours.primary"),
    (lambda s: s.replace('primary = "#112233"', 'background = "#112233"'), "branding.colours.background"),
    (lambda s: s.replace('logo = "full.svg"', 'logo = "missing.svg"'), "branding.logo"),
    (lambda s: s.replace('logo = "full.svg"', 'logo = "../etc/passwd.svg"'), "branding.logo"),
    (lambda s: s.replace('webmail = "https://', 'webmail = "http://'), "webmail"),
    (lambda s: s.replace('url = "https://ex.', 'url = "http://ex.'), "incoming[1].url"),
    (lambda s: s.replace('host = "mail.full.example"\n\n[[incoming]]', 'host = "mail.full.example"\nphone_username = "x"\n\n[[incoming]]'), "incoming[0].phone_username"),
    (lambda s: s.replace('kind = "imap"', 'kind = "carrier-pigeon"'), "account_types[0].kind"),
    (lambda s: s.replace("available = true", 'available = "yes"'), "two_factor.available"),
    (lambda s: s.replace('email = "help@full.example"', 'email = "not an address"'), "support.email"),
    (lambda s: s.replace('protocol = "smtp"\nnote', 'protocol = "fax"\nnote'), "retired[0].protocol"),
    (lambda s: s.replace('id = "full"', 'id = "Full Mail!"'), "id"),
    (lambda s: s.replace("[support]", "[support]\nfax = \"1\""), "support.fax"),
])
def test_a_broken_field_is_refused_naming_the_field(change, field):
    with pytest.raises(PresetError) as caught:
        parse(change(full()))
    assert caught.value.field == field
    assert field in caught.value.text.render() and "full.toml" in caught.value.text.render()


def _cert_info(issued, host: str = "mail.full.example") -> CertificateInfo:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = issued.cert_chain_pems[0].bytes()
    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    return certificate_info(der, host, 993)


def test_announced_certificates_match_by_fingerprint_or_by_issuer_and_window():
    ca = trustme.CA(organization_name="Full")
    announced = _cert_info(ca.issue_cert("mail.full.example"))
    other = _cert_info(trustme.CA().issue_cert("mail.full.example"))
    by_fingerprint = parse(full(sha=announced.sha256.replace(":", "").lower(), issuer="CN=nobody"))
    assert by_fingerprint.announces(announced) and not by_fingerprint.announces(other)
    window = full(issuer=announced.issuer).replace("not_before = 2020-01-01", "not_before = 1999-12-31").replace("not_after = 2099-12-31", "not_after = 3000-01-02")
    by_issuer = parse(window)  # trustme certificates: valid 2000-3000
    assert by_issuer.announces(announced) and not by_issuer.announces(other)
    narrow = parse(full(issuer=announced.issuer))
    assert not narrow.announces(announced)  # valid beyond the announced window


def test_an_unknown_brand_is_one_line_and_exit_2(capsys):
    assert main(["--brand", "nope", "discover", "a@b.test"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope" in err[0] and "altibox" in err[0] and "mamut" in err[0]


def test_a_broken_pack_given_with_providers_is_refused_naming_the_field(tmp_path: Path, capsys):
    (tmp_path / "broken.toml").write_text(full().replace("date = 2024-05-01", "date = 5"))
    (tmp_path / "full.svg").write_bytes(read_logo("full.svg"))
    assert main(["--providers", str(tmp_path), "--brand", "full", "discover", "a@b.test"]) == 2
    err = capsys.readouterr().err
    assert "migration.date" in err and "broken.toml" in err and "Traceback" not in err


def test_a_pack_in_an_extra_folder_replaces_the_bundled_one_with_its_id(tmp_path: Path):
    (tmp_path / "mine.toml").write_text('id = "mamut"\nname = "Mamut (test copy)"\ndomains = ["mamut.test"]\n')
    presets = load_presets([tmp_path])
    assert presets.by_id("mamut").name == "Mamut (test copy)" and presets.ids.count("mamut") == 1
    (tmp_path / "again.toml").write_text('id = "mamut"\nname = "twice"\n')
    with pytest.raises(PresetError) as caught:
        load_presets([tmp_path])
    assert caught.value.field == "id"


def test_an_installers_default_brand_applies_without_the_option(monkeypatch):
    import argparse

    from wizard.launch import brand_of

    monkeypatch.setattr("wizard.launch.default_brand_id", lambda: "mamut")
    assert brand_of(argparse.Namespace(brand=None, providers=[])).id == "mamut"
    assert brand_of(argparse.Namespace(brand="altibox", providers=[])).id == "altibox"  # the option wins
    monkeypatch.setattr("wizard.launch.default_brand_id", lambda: None)
    assert brand_of(argparse.Namespace(brand=None, providers=[])) is None


@pytest.mark.parametrize("change, field", [
    (lambda s: s.replace('host = "mail.full.example"', 'host = "mail.full.example\\r\\nA1 DELETE INBOX"', 1), "incoming[0].host"),
    (lambda s: s.replace('phone_username = "%EMAILLOCALPART%_%EMAILDOMAIN%"', 'phone_username = "x\\u0000y"'), "incoming[1].phone_username"),
    (lambda s: s.replace('name = { en = "Full Mail"', 'name = { en = "Full\\nMail"'), "name.en"),
    (lambda s: s.replace('name = "Full support"', 'name = "Full\\u2028support"'), "support.name"),
])
def test_a_pack_value_with_a_control_character_is_refused_naming_the_field(change, field):
    with pytest.raises(PresetError) as caught:
        parse(change(full()))
    assert caught.value.field == field
    text = caught.value.text.render()
    assert "\n" not in text and "full.toml" in text and "control character" in text
