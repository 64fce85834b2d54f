"""Outlook files read back: the PRF with configparser, the Autodiscover answer with the
wizard's own Autodiscover parser, the .reg file as regedit's UTF-16 text."""

from __future__ import annotations

import configparser
from pathlib import Path


from wizard.model import Protocol, Security, ServerSettings
from wizard.parsers.autodiscover import AutodiscoverRedirect, AutodiscoverSettings, parse_pox
from wizard.profiles import outlook

from tests.profiles.conftest import exchange_account, imap_account, pop_account


def _read_prf(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-16")
    return parser


def test_imap_prf_reads_back_with_every_setting(tmp_path: Path) -> None:
    files = outlook.write_files(imap_account(), tmp_path)
    assert files.prf is not None and files.prf.read_bytes()[:2] == b"\xff\xfe"
    prf = _read_prf(files.prf)
    assert prf["General"]["OverwriteProfile"] == "Append"
    assert prf["Internet Account List"]["Account1"] == "IMAP_I_Mail"
    acct = prf["Account1"]
    assert acct["EmailAddress"] == "alice@example.test"
    assert (acct["IMAPServer"], acct["IMAPPort"], acct["IMAPUseSSL"]) == ("mail.example.test", "993", "1")
    assert acct["IMAPUserName"] == "alice@example.test"
    assert (acct["SMTPServer"], acct["SMTPPort"], acct["SMTPSecureConnection"]) == ("mail.example.test", "587", "2")
    assert acct["SMTPUseAuth"] == "1" and acct["SMTPAuthMethod"] == "0"
    assert prf["IMAP_I_Mail"]["AccountType"] == "IMAP"
    for key in acct:  # every value key has a MAPI mapping (UniqueService is a PRF switch)
        assert key == "UniqueService" or key in prf["IMAP_I_Mail"]
    assert not [k for section in prf.values() for k in section if "password" in k.lower()]


def test_pop3_prf_keeps_mail_on_the_server_and_its_own_smtp_login(tmp_path: Path) -> None:
    files = outlook.write_files(pop_account(), tmp_path)
    assert files.prf is not None
    prf = _read_prf(files.prf)
    assert prf["Internet Account List"]["Account1"] == "I_Mail"
    acct = prf["Account1"]
    assert (acct["POP3Server"], acct["POP3Port"], acct["POP3UseSSL"], acct["POP3UserName"]) == ("pop.example.test", "995", "1", "bob")
    assert acct["LeaveOnServer"] == "0x1"
    assert acct["SMTPAuthMethod"] == "1" and acct["SMTPUserName"] == "bob@smtp" and acct["SMTPSecureConnection"] == "1"


def test_starttls_incoming_gets_no_prf_but_autodiscover_says_tls(tmp_path: Path) -> None:
    account = imap_account(incoming=ServerSettings(Protocol.IMAP, "mail.example.test", 143, Security.STARTTLS))
    files = outlook.write_files(account, tmp_path)
    assert files.prf is None and files.prf_problem is not None
    parsed = parse_pox(files.autodiscover.read_bytes())
    assert isinstance(parsed, AutodiscoverSettings)
    assert parsed.incoming[0].security is Security.STARTTLS and parsed.incoming[0].port == 143


def test_autodiscover_answer_reads_back_as_the_same_servers(tmp_path: Path) -> None:
    for account in (imap_account(), pop_account()):
        parsed = parse_pox(outlook.autodiscover_xml(account))
        assert isinstance(parsed, AutodiscoverSettings)
        inc, out = parsed.incoming[0], parsed.outgoing[0]
        assert (inc.protocol, inc.host, inc.port, inc.security) == (account.incoming.protocol, account.incoming.host, account.incoming.port, account.incoming.security)
        assert inc.username == account.login(account.incoming)
        assert (out.host, out.port, out.security) == (account.outgoing.host, account.outgoing.port, account.outgoing.security)


def test_exchange_autodiscover_points_outlook_at_the_provider(tmp_path: Path) -> None:
    account = exchange_account()
    parsed = parse_pox(outlook.autodiscover_xml(account))
    assert isinstance(parsed, AutodiscoverSettings)
    assert parsed.incoming[0].host == "outlook.business.test"
    redirect = exchange_account()
    redirect = type(redirect)(redirect.address, ServerSettings(Protocol.EXCHANGE, "autodiscover.business.test", 443, Security.TLS, url="https://autodiscover.business.test/autodiscover/autodiscover.xml"))
    parsed = parse_pox(outlook.autodiscover_xml(redirect))
    assert isinstance(parsed, AutodiscoverRedirect) and parsed.kind == "url"
    files = outlook.write_files(account, tmp_path)
    assert files.prf is None  # PRF cannot describe Exchange; Autodiscover does


def test_reg_file_sets_prefer_local_xml_for_the_domain(tmp_path: Path) -> None:
    files = outlook.write_files(imap_account(), tmp_path)
    data = files.reg.read_bytes()
    assert data[:2] == b"\xff\xfe"
    text = data.decode("utf-16")
    assert text.startswith("Windows Registry Editor Version 5.00\r\n")
    assert "[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\AutoDiscover]" in text
    assert '"PreferLocalXML"=dword:00000001' in text
    assert '"example.test"="C:\\\\mailsetup\\\\autodiscover-example.test.xml"' in text
    assert '"DisableOffice365SimplifiedAccountCreation"=dword:00000001' in text


def test_steps_are_translated(tmp_path: Path) -> None:
    from wizard.i18n import load_catalog

    files = outlook.write_files(imap_account(), tmp_path)
    english = [s.render() for s in outlook.steps(files)]
    danish = [s.render(load_catalog("da")) for s in outlook.steps(files)]
    assert "autodiscover-example.test.xml" in english[0]
    assert english != danish
