"""A printable settings sheet: every value a person types into another program by hand.

Self-contained HTML (inline CSS, no scripts, no external resources) in the chosen language;
a PDF through Qt when the GUI asks for one (Qt is imported only inside that function)."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from wizard.i18n import Catalog, T, Text
from wizard.model import AuthMethod, Security, ServerSettings
from wizard.model.lookalike import look, shown
from wizard.profiles.account import EXCHANGE_PROTOCOLS, Account
from wizard.profiles.atomic import replace_file
from wizard.profiles.filenames import address_stem, inside

_SECURITY = {
    Security.TLS: T("SSL/TLS (encrypted from the start)"),
    Security.STARTTLS: T("STARTTLS (encryption switched on after connecting)"),
    Security.PLAIN: T("None (not encrypted)"),
}
_AUTH = {
    AuthMethod.PASSWORD_CLEARTEXT: T("Normal password"),
    AuthMethod.PASSWORD_ENCRYPTED: T("Encrypted password"),
    AuthMethod.OAUTH2: T("OAuth2 (sign in through the provider's web page)"),
    AuthMethod.NTLM: T("NTLM"),
    AuthMethod.GSSAPI: T("Kerberos / GSSAPI"),
    AuthMethod.CLIENT_IP: T("No authentication (by network address)"),
    AuthMethod.TLS_CLIENT_CERT: T("TLS client certificate"),
    AuthMethod.SMTP_AFTER_POP: T("SMTP after POP"),
    AuthMethod.NONE: T("No authentication"),
}
_PROTOCOL = {"imap": "IMAP", "pop3": "POP3", "smtp": "SMTP", "exchange": "Exchange", "ews": "Exchange (EWS)", "activesync": "Exchange ActiveSync"}

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3em 0.6em; vertical-align: top; border-bottom: 1px solid #ddd; }
th { width: 35%; font-weight: 600; }
td { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; word-break: break-all; }
.note { font-size: 0.9em; color: #444; }
@media print { body { margin: 1cm; } }
"""


def _server_rows(server: ServerSettings, login: str) -> list[tuple[Text, str | Text]]:
    rows: list[tuple[Text, str | Text]] = [
        (T("Type"), _PROTOCOL.get(server.protocol.value, server.protocol.value)),
        (T("Server"), shown(server.host)),
        (T("Port"), str(server.port)),
        (T("Connection security"), _SECURITY[server.security]),
        (T("Authentication"), _AUTH.get(server.auth[0], server.auth[0].value) if server.auth else _AUTH[AuthMethod.PASSWORD_CLEARTEXT]),
        (T("Username"), login),
    ]
    if server.url:
        rows.append((T("Address (URL)"), server.url))
    if server.login_domain:
        rows.append((T("Domain"), server.login_domain))
    return rows


def _table(rows: list[tuple[Text, str | Text]], catalog: Catalog | None) -> str:
    body = "".join(
        f"<tr><th>{html.escape(k.render(catalog))}</th><td>{html.escape(v.render(catalog) if isinstance(v, Text) else v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{body}</table>"


def render_html(account: Account, catalog: Catalog | None = None, now: datetime | None = None) -> str:
    """The sheet as one HTML document in the catalogue's language."""
    lang = catalog.language if catalog is not None else "en"
    r = lambda t: html.escape(t.render(catalog))  # noqa: E731
    title = T("E-mail settings for {address}", address=str(account.address))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}"><head><meta charset="utf-8">',
        f"<title>{r(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{r(title)}</h1>",
        f'<p class="note">{r(T("Written by mailsetup on {date}. Keep this page; it holds no password.", date=(now or datetime.now()).strftime("%Y-%m-%d")))}</p>',
        f"<h2>{r(T('Account'))}</h2>",
    ]
    account_rows: list[tuple[Text, str | Text]] = [(T("E-mail address"), str(account.address))]
    looks = look(account.address.domain)
    if looks.idn:
        account_rows.append((T("Domain as written"), looks.shown))
    if looks.warning is not None:
        account_rows.append((T("Warning"), looks.warning))
    if account.realname:
        account_rows.append((T("Your name"), account.realname))
    if account.provider:
        account_rows.append((T("Provider"), account.provider))
    account_rows.append((T("Password"), T("the password you chose with your provider (not printed here)")))
    parts.append(_table(account_rows, catalog))
    heading = T("Exchange server") if account.incoming.protocol in EXCHANGE_PROTOCOLS else T("Incoming mail server")
    parts.append(f"<h2>{r(heading)}</h2>" + _table(_server_rows(account.incoming, account.login(account.incoming)), catalog))
    for other in account.others:
        if other.protocol in EXCHANGE_PROTOCOLS and other is not account.incoming:
            parts.append(f"<h2>{r(T('Also available'))}</h2>" + _table(_server_rows(other, account.login(other)), catalog))
    if account.phone_username:
        parts.append(_table([(T("Username on phones"), account.phone_username)], catalog))
    if account.outgoing is not None:
        parts.append(f"<h2>{r(T('Outgoing mail server (SMTP)'))}</h2>" + _table(_server_rows(account.outgoing, account.login(account.outgoing)), catalog))
    if account.certificates:
        rows = [(T("Certificate for {endpoint}", endpoint=f"{c.host}:{c.port}"), c.sha256) for c in account.certificates]
        parts.append(f"<h2>{r(T('Certificates you accepted (SHA-256 fingerprints)'))}</h2>" + _table(rows, catalog))
        parts.append(f'<p class="note">{r(T("If a program shows a certificate warning for these servers, compare its fingerprint with the one above; accept it only if they are the same."))}</p>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_html(account: Account, folder: Path, catalog: Catalog | None = None) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = inside(folder, f"{address_stem(account.address)}-settings.html")
    replace_file(path, render_html(account, catalog).encode("utf-8"), backup=False)
    return path
