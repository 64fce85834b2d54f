"""Short, translatable descriptions of what a step found (the CLI and the GUI show them)."""

from __future__ import annotations

from typing import Iterable

from wizard.i18n import T, Text
from wizard.discovery.result import Outcome
from wizard.model import AccountConfig, AuthMethod, ServerSettings


def server_brief(server: ServerSettings) -> str:
    return f"{server.protocol.value.upper()} {server.endpoint} {server.security.value}"


def needs_browser_signin(config: AccountConfig) -> bool:
    """The proposed servers want OAuth2: the person signs in on the provider's web page."""
    return any(s.auth[:1] == (AuthMethod.OAUTH2,) for s in config.incoming[:1] + config.outgoing[:1])


def found(config: AccountConfig, notes: Iterable[Text] = ()) -> Text:
    servers = ", ".join(server_brief(s) for s in config.incoming[:1] + config.outgoing[:1])
    text = T("found {servers}", servers=servers)
    if any(AuthMethod.OAUTH2 in s.auth for s in config.incoming + config.outgoing):
        text = T("{text}; needs browser sign-in (OAuth2)", text=text)
    if not config.trusted:
        text = T("{text}; not trusted without your confirmation", text=text)
    for note in list(notes)[:1]:
        text = T("{text}; note: {note}", text=text, note=note)
    return text


def nothing_found() -> Text:
    return T("No settings were found. Enter them yourself; the form starts with encrypted connections (IMAP 993, SMTP 465).")


def why_nothing(outcome: Outcome, domain: str) -> Text:
    """Plain words for a run that found nothing, by its outcome (the CLI and the window)."""
    if outcome is Outcome.NO_SUCH_DOMAIN:
        return T("The domain {domain} does not exist. Check the address for a typing mistake.", domain=domain)
    if outcome is Outcome.NO_NETWORK:
        return T("This computer does not seem to be connected to a network: no name lookup and no connection got through. Check the connection, then try again.")
    return nothing_found()
