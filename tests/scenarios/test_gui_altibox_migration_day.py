"""Seed 000 (Altibox's migration day) walked through the wizard window, page by page.

The window is branded with a copy of the Altibox pack (`--brand altibox --providers DIR`)
whose domain is the test world's, with a logo and colours added as a provider shipping it would,
and which announces the new certificate the world's mail host now serves. The person had
accepted the old certificate on an earlier day, and Thunderbird already has the account on the
old servers. The wizard shows the date on the welcome page, calls the new certificate the
announced one, updates the Thunderbird account in place (old → new shown first), and ends with
the checklist, the date, the two-factor news and the support link. Every page is photographed
in English, Danish and Norwegian under test-output/screenshots/scenarios/altibox/."""

from __future__ import annotations

import ssl

import pytest

from tests.scenarios.gui import SCENARIO_SHOTS, branded_wizard, dispose, next_page, photograph, walk_to_finding
from tests.scenarios.packs import altibox_copy
from tests.world.world import MAIL_HOST
from wizard.doctor import CertStore
from wizard.model import EmailAddress, Protocol, Security, ServerSettings
from wizard.parsers.tls_certificate import certificate_info
from wizard.profiles.account import Account
from wizard.profiles.thunderbird import write_account
from wizard.profiles.thunderbird.prefs import PrefsFile

pytestmark = pytest.mark.world

FOLDER = SCENARIO_SHOTS / "altibox"
DOMAIN = "example.test"  # the world's own domain stands in for Altibox's
LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<rect x="2" y="2" width="60" height="60" rx="12" fill="#003f7d"/>
<path d="M14 20h36v24H14z" fill="#ffffff"/><path d="M14 20l18 14 18-14" fill="none" stroke="#e4002b" stroke-width="4"/>
</svg>"""
BRANDING = '\nlogo = "altibox-test.svg"\ncolours = { primary = "#003f7d", accent = "#e4002b", text = "#ffffff" }\n'


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _pack(tmp_path, sha256: str):
    folder = tmp_path / "packs"
    path = altibox_copy(folder, DOMAIN, announce_sha256=sha256)
    text = path.read_text(encoding="utf-8")
    assert text.rstrip().splitlines()[-1].startswith("support_link")  # [branding] is the last table
    path.write_text(text.rstrip() + BRANDING, encoding="utf-8")
    (folder / "altibox-test.svg").write_text(LOGO, encoding="utf-8")
    return folder


def _info(pair, port: int):
    return certificate_info(ssl.PEM_cert_to_DER_cert(pair.cert_file.read_text()), MAIL_HOST, port)


def test_altibox_migration_day_in_the_wizard(qtbot, world, tmp_path, monkeypatch):
    from tests.gui.conftest import make_home
    from wizard.gui.pageid import PageId

    alice = world.user("alice")
    home = make_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("MAILSETUP_DATA_DIR", str(tmp_path / "data"))
    profile = home / ".thunderbird" / "abcd1234.default-esr"
    old_imap = ServerSettings(Protocol.IMAP, f"imap.old.{DOMAIN}", 143, Security.STARTTLS, username=alice.address)
    old_smtp = ServerSettings(Protocol.SMTP, f"smtp.old.{DOMAIN}", 587, Security.STARTTLS, username=alice.address)
    write_account(profile, Account(EmailAddress.parse(alice.address), old_imap, old_smtp, "Alice"))
    write_account(profile, Account(EmailAddress.parse("ole@andenudbyder.test"), ServerSettings(Protocol.IMAP, "imap.andenudbyder.test", 993, Security.TLS),
                                   ServerSettings(Protocol.SMTP, "smtp.altiboxmail.dk", 465, Security.TLS)))
    accounts_before = PrefsFile.parse((profile / "prefs.js").read_bytes()).get_str("mail.accountmanager.accounts")
    # the old certificate was accepted on an earlier day; today the host serves the announced new one
    store = CertStore(tmp_path / "data" / "certificates.json")
    for port in (world.mail.imaps, world.mail.pop3s, world.mail.submissions):
        store.accept(_info(world.mail_cert_original, port))
    new = world.certs.changed(MAIL_HOST, *world.mail.aliases)
    world.use_mail_certificate(new)
    packs = _pack(tmp_path, _info(new, 993).sha256)

    window = branded_wizard(qtbot, world, ["--brand", "altibox", "--providers", str(packs)], tmp_path, home)
    # 1 Welcome: the brand's name, logo, colours and the migration date
    welcome = window.currentPage()
    assert window.windowTitle() == "Altibox e-mail setup"
    assert "Altibox" in welcome.title.text() and welcome.migration.isVisible()
    assert "15 November 2022" in welcome.migration.label.text()
    assert window.branded is not None
    shots = photograph(window, FOLDER, "1-welcome")
    window.lang.set("da")
    assert "15. november 2022" in welcome.migration.label.text() and window.windowTitle() == "Altibox e-mailopsætning"
    window.lang.set("en")

    walk_to_finding(qtbot, window, "Alice", alice.address, alice.password)
    shots += photograph(window, FOLDER, "2-account")
    next_page(qtbot, window, PageId.FINDING)
    finding = window.currentPage()
    qtbot.waitUntil(lambda: not finding.running, timeout=15000)
    assert finding.outcome == "found", finding.status.text()
    assert window.state.discovered.provider.pack.id == "altibox"  # from the DiscoveryResult
    shots += photograph(window, FOLDER, "3-finding")

    next_page(qtbot, window, PageId.SETTINGS)
    assert window.state.config.incoming[0].host == MAIL_HOST
    shots += photograph(window, FOLDER, "4-settings")

    # 5 Certificate: the new one, named as the one Altibox announced; still the person's choice
    next_page(qtbot, window, PageId.CERTIFICATE, timeout=20000)
    cert_page = window.currentPage()
    assert {c.sha256 for c in window.state.pending} == {_info(new, 993).sha256}
    assert "Altibox announced" in cert_page.announced.label.text() and cert_page.announced is cert_page.announced_ok and cert_page.announced_ok.isVisible()
    assert "replaces the certificate accepted before" in cert_page.details.text()
    assert not cert_page.isComplete()
    shots += photograph(window, FOLDER, "5-certificate")
    cert_page.accept.click()

    next_page(qtbot, window, PageId.TESTING)
    testing = window.currentPage()
    qtbot.waitUntil(lambda: not testing.running, timeout=20000)
    codes = [f.code for f in window.state.diagnosis.findings]
    assert codes.count("login-ok") == 3, codes
    assert {s.certificate_status for s in window.state.diagnosis.report.services} == {"pinned"}  # accepted on page 5
    shots += photograph(window, FOLDER, "6-testing")

    # 7 Mail programs: the existing account, old → new, to be updated in place
    next_page(qtbot, window, PageId.PROGRAMS)
    programs = window.currentPage()
    [(tb, box, detail)] = [b for b in programs.boxes if b[0].key.startswith("thunderbird:")]
    assert box.isChecked()
    assert f"IMAP imap.old.{DOMAIN}:143 starttls → IMAP {MAIL_HOST}:993 tls" in detail.text()
    assert "updated in place" in detail.text()
    assert programs.retired.isVisible() and "smtp.altiboxmail.dk" in programs.retired.label.text()
    shots += photograph(window, FOLDER, "7-programs")

    next_page(qtbot, window, PageId.DONE, timeout=20000)
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get_str("mail.accountmanager.accounts") == accounts_before  # no twin
    hosts = {prefs.get_str(f"mail.server.{key}.hostname") for key in ("server1", "server2", "server3")}
    assert MAIL_HOST in hosts and f"imap.old.{DOMAIN}" not in hosts
    backups = sorted(profile.glob("prefs.js.mailsetup-*.bak"))
    assert any(f"imap.old.{DOMAIN}" in b.read_text() for b in backups)  # the old prefs kept first
    done = window.currentPage()
    assert "updated in place" in done.shown_text()
    assert done.checklist.isVisible() and "15 November 2022" in done.checklist.label.text()
    assert "Forwarding to another e-mail address" in done.checklist.label.text()
    assert done.two_factor.isVisible() and "two-factor" in done.two_factor.label.text().lower()
    assert "https://www.altibox.dk/mit-altibox" in done.support.text()
    shots += photograph(window, FOLDER, "8-done")
    window.lang.set("nb")
    assert "godkjenn det nye sertifikatet" in done.checklist.label.text()
    assert len(shots) == 24 and all(p.stat().st_size > 0 for p in shots)
    dispose(window)
