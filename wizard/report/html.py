"""The report as one self-contained web page (inline CSS, no scripts, no remote links) that a
customer can attach to a mail to support. It opens with who made it and when (the report's
identity: reference, time with zone, version, system, mail programs, brand); every word on it
is in the person's language (finding codes stay for programs, in `data-code` and the
tooltip). Every value is escaped; the password (and any other text passed in `redact`) is
scrubbed in every encoding (wizard.model.scrub), although the report should never hold it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from wizard.i18n import Catalog, T, Text
from wizard.doctor.report import state_word
from wizard.model import wording
from wizard.model.scrub import Scrubber

_SECURITY: dict[str, Text] = {security.value: words for security, words in wording.SECURITY.items()}

if TYPE_CHECKING:
    from wizard.doctor.report import Report

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:60em;color:#1b1b1b;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{text-align:left;vertical-align:top;padding:.3em .6em;border-bottom:1px solid #ddd}
th{width:14em;font-weight:600}
.finding{border-left:.4em solid #888;padding:.4em .8em;margin:.6em 0;background:#f7f7f7}
.error{border-color:#c62828}.warning{border-color:#ef6c00}.info{border-color:#2e7d32}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;color:#555}
.fix{margin-top:.3em}.mono{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.summary{font-size:1.1em;padding:.6em .8em}.ok{background:#e8f5e9}.bad{background:#ffebee}
.identity th{width:14em}.identity td{font-family:ui-monospace,Menlo,Consolas,monospace}
"""


def render_html(report: "Report", catalog: Catalog | None = None, redact: "tuple[str, ...] | Scrubber" = ()) -> str:
    scrub = redact if isinstance(redact, Scrubber) else Scrubber.of(*redact)

    def say(text: Text | str) -> str:
        return text.render(catalog) if isinstance(text, Text) else str(text)

    def tr(text: Text | str) -> str:
        return html.escape(scrub(say(text)))

    lang = catalog.language if catalog is not None else "en"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{tr(T('Connection report for {address}', address=report.address))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{tr(T('Connection report for {address}', address=report.address))}</h1>",
    ]
    identity = report.identity
    if identity is not None:
        parts.append('<table class="identity">')
        for label, value in identity.rows():
            parts.append(f"<tr><th>{tr(label)}</th><td>{tr(value)}</td></tr>")
        parts.append("</table>")
    if report.ok and report.unproven:
        summary = T("Nothing wrong was found, but the sign-in could not be proven here; see below.")
    else:
        summary = T("Everything needed works.") if report.ok else T("Problems were found; see below.")
    parts.append(f'<p class="summary {"ok" if report.ok else "bad"}">{tr(summary)} {tr(T("Passwords are never included in this report."))}</p>')
    parts.append(f"<h2>{tr(T('Findings'))}</h2>")
    for f in report.findings:
        where = f"{f.service.upper()} {f.host}:{f.port}" if f.service else (f"{f.host}:{f.port}" if f.host else "")
        code = html.escape(f.code, quote=True)
        parts.append(f'<div class="finding {f.severity.value}" data-code="{code}" title="{code}"><div><strong>{tr(f.severity.words)}</strong> '
                     f'<span class="code">{tr(where)}</span></div><div>{tr(f.message)}</div>'
                     + (f'<div class="fix">{tr(T("What to do:"))} {tr(f.fix)}</div>' if f.fix else "") + "</div>")
    for s in report.services:
        parts.append(f"<h2>{html.escape(s.protocol.upper())} {tr(s.host)}:{s.port}</h2><table>")
        security = _SECURITY.get(s.security, s.security)
        rows: list[tuple[Text, Text | str]] = [
            (T("Security"), security),
            (T("Addresses"), ", ".join(s.addresses) or "-"),
            (T("Connection"), (say(state_word(s.tcp)) if s.tcp else "-") + (f" ({s.tcp_ms:.0f} ms)" if s.tcp_ms is not None else "")),
            (T("Greeting"), s.greeting or "-"),
            (T("Capabilities"), " ".join(s.capabilities) or "-"),
            (T("Encryption"), s.tls_version or "-"),
            (T("Certificate"), state_word(s.certificate_status) if s.certificate_status else "-"),
            (T("Login"), say(state_word(s.login)) + (f" ({', '.join(filter(None, (s.username, s.login_mechanism)))})" if s.username or s.login_mechanism else "")),
        ]
        if s.certificate is not None:
            c = s.certificate
            rows += [
                (T("Issued to"), c.subject),
                (T("Names"), ", ".join(c.sans) or "-"),
                (T("Issued by"), c.issuer),
                (T("Valid"), f"{c.not_before:%Y-%m-%d} – {c.not_after:%Y-%m-%d}" if c.not_before and c.not_after else "-"),
                (T("SHA-256 fingerprint"), c.sha256),
            ]
        said = {"Greeting", "Capabilities"}  # the server's own words, as it said them
        for label, value in rows:
            cls = "mono said" if label.source in said else "mono"
            parts.append(f"<tr><th>{tr(label)}</th><td class=\"{cls}\">{tr(value)}</td></tr>")
        parts.append("</table>")
    seconds = f"{report.elapsed_ms / 1000:.1f}"
    if identity is not None:
        made = T("Made by mailsetup {version} in {seconds} seconds; reference {reference}.", version=identity.version, seconds=seconds, reference=identity.reference)
    else:
        made = T("Made by mailsetup in {seconds} seconds.", seconds=seconds)
    parts.append(f"<p class=\"code\">{tr(made)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
