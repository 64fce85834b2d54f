"""Accounts and keyrings for the profile tests (the real keyring is `real_keyring`, from the
test world's fixtures; `no_keyring` is a machine without one)."""

from __future__ import annotations

from typing import Iterator

import keyring
import pytest
from keyring.backends import fail

from wizard.model import AuthMethod, EmailAddress, Protocol, Security, ServerSettings
from wizard.profiles.account import Account


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def imap_account(address: str = "alice@example.test", host: str = "mail.example.test", **kw) -> Account:
    return Account(
        EmailAddress.parse(address),
        kw.pop("incoming", ServerSettings(Protocol.IMAP, host, 993, Security.TLS)),
        kw.pop("outgoing", ServerSettings(Protocol.SMTP, host, 587, Security.STARTTLS)),
        **kw,
    )


def pop_account(address: str = "bob@example.test", host: str = "pop.example.test", **kw) -> Account:
    return Account(
        EmailAddress.parse(address),
        ServerSettings(Protocol.POP3, host, 995, Security.TLS, username="bob"),
        ServerSettings(Protocol.SMTP, "smtp.example.test", 465, Security.TLS, username="bob@smtp"),
        **kw,
    )


def exchange_account(address: str = "carol@business.test", **kw) -> Account:
    ews = ServerSettings(Protocol.EWS, "outlook.business.test", 443, Security.TLS, (AuthMethod.NTLM,), username="carol@business.test", url="https://outlook.business.test/EWS/Exchange.asmx")
    eas = ServerSettings(Protocol.ACTIVESYNC, "eas.business.test", 443, Security.TLS, username="carol_business.test", url="https://eas.business.test/Microsoft-Server-ActiveSync")
    return Account(EmailAddress.parse(address), ews, None, provider="Business Mail", others=(eas,), phone_username="carol_business.test", **kw)
