"""wizard.profiles.migration (pure, no network): reading the accounts the mail programs already
have, old next to new, and servers a provider switches off. The world scenarios are in
tests/scenarios/test_altibox_migration_day.py."""

from __future__ import annotations

from pathlib import Path

from wizard.model import EmailAddress, Protocol, Security, ServerSettings
from wizard.profiles import outlook
from wizard.profiles.account import Account
from wizard.profiles.migration import compare, find_changes, kind_to_keep, outlook_accounts, retired_in_use, thunderbird_accounts
from wizard.profiles.thunderbird import write_account
from wizard.providers import load_presets

ADDR = EmailAddress.parse("jo@kunde.test")
OLD = Account(ADDR, ServerSettings(Protocol.POP3, "pop.old.test", 110, Security.STARTTLS, username="jo"), ServerSettings(Protocol.SMTP, "smtp.altiboxmail.dk", 587, Security.STARTTLS))
NEW = Account(ADDR, ServerSettings(Protocol.POP3, "mail.new.test", 995, Security.TLS), ServerSettings(Protocol.SMTP, "mail.new.test", 465, Security.TLS))


def test_thunderbird_accounts_are_read_as_thunderbird_reads_them(tmp_path: Path):
    write_account(tmp_path, OLD)
    prefs = tmp_path / "prefs.js"
    prefs.write_text(prefs.read_text() + 'user_pref("mail.server.server1.realhostname", "renamed.old.test");\n')
    [account] = thunderbird_accounts(tmp_path, "JO@kunde.test")
    assert (account.kind, account.incoming.host, account.incoming.port, account.incoming.security, account.incoming.username) == ("pop3", "renamed.old.test", 110, Security.STARTTLS, "jo")
    assert (account.outgoing.host, account.outgoing.port) == ("smtp.altiboxmail.dk", 587)
    assert thunderbird_accounts(tmp_path, "other@kunde.test") == ()
    assert thunderbird_accounts(tmp_path / "missing") == ()


def test_old_and_new_are_shown_row_by_row(tmp_path: Path):
    write_account(tmp_path, OLD)
    [change] = find_changes(str(ADDR), NEW, profiles=(tmp_path,))
    assert change.moves
    assert dict((w, (o, n)) for w, o, n in change.rows) == {
        "incoming": ("POP3 pop.old.test:110 starttls", "POP3 mail.new.test:995 tls"),
        "username": ("jo", "jo@kunde.test"),
        "outgoing": ("SMTP smtp.altiboxmail.dk:587 starttls", "SMTP mail.new.test:465 tls"),
    }
    assert kind_to_keep((change,)) == "pop3"
    same = compare(change.existing, OLD)
    assert not same.moves


def test_an_outlook_prf_written_earlier_is_read_back(tmp_path: Path):
    imap_old = Account(ADDR, ServerSettings(Protocol.IMAP, "imap.old.test", 993, Security.TLS), ServerSettings(Protocol.SMTP, "smtp.old.test", 465, Security.TLS))
    outlook.write_files(imap_old, tmp_path)
    [account] = outlook_accounts(tmp_path, str(ADDR))
    assert (account.client, account.kind, account.incoming.host, account.incoming.port, account.outgoing.host) == ("outlook", "imap", "imap.old.test", 993, "smtp.old.test")


def test_accounts_still_using_a_retired_server_are_found(tmp_path: Path):
    write_account(tmp_path, OLD)
    altibox = load_presets().by_id("altibox")
    [(account, retired)] = retired_in_use(altibox, profiles=(tmp_path,))
    assert account.address == str(ADDR) and retired.host == "smtp.altiboxmail.dk"
    assert retired_in_use(load_presets().by_id("mamut"), profiles=(tmp_path,)) == ()


OLD_EWS = Account(ADDR, ServerSettings(Protocol.EWS, "ews.old.test", 443, Security.TLS, username="jo@kunde.test", url="https://ews.old.test/EWS/Exchange.asmx"))
NEW_EXCHANGE = Account(ADDR, ServerSettings(Protocol.EXCHANGE, "mail.new.test", 443, Security.TLS, username="jo@kunde.test", url="https://mail.new.test"))


def test_a_thunderbird_exchange_account_is_read_with_its_ews_address(tmp_path: Path):
    write_account(tmp_path, OLD_EWS)
    [account] = thunderbird_accounts(tmp_path, str(ADDR))
    assert (account.kind, account.incoming.host, account.incoming.port, account.incoming.url) == ("exchange", "ews.old.test", 443, "https://ews.old.test/EWS/Exchange.asmx")
    assert account.outgoing is None  # it sends through the same EWS address


def test_a_thunderbird_exchange_account_moving_shows_the_ews_address_thunderbird_will_use(tmp_path: Path):
    write_account(tmp_path, OLD_EWS)
    [change] = find_changes(str(ADDR), NEW_EXCHANGE, profiles=(tmp_path,))
    assert change.moves and kind_to_keep((change,)) == "exchange"
    assert dict((w, (o, n)) for w, o, n in change.rows) == {
        "incoming": ("EXCHANGE https://ews.old.test/EWS/Exchange.asmx", "EXCHANGE https://mail.new.test/EWS/Exchange.asmx"),
        "username": ("jo@kunde.test", "jo@kunde.test"),
    }
    assert not compare(change.existing, OLD_EWS).moves
