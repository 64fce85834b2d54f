"""The support report ("Copy report for support", "Save report"): plain text that identifies
itself (reference, time with time zone, version, system, mail programs, brand), every status
word in the person's language, never the password."""

from __future__ import annotations

from datetime import datetime

from wizard.gui.state import WizardState
from wizard.i18n import Catalog, T, Text
from wizard.model import StepStatus, wording
from wizard.model.findings import Severity
from wizard.model.identity import ReportIdentity
from wizard.model.scrub import Scrubber

SEVERITY_WORDS = {Severity.ERROR: T("Problem"), Severity.WARNING: T("Warning"), Severity.INFO: T("Information")}
SEVERITY_MARKS = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "✓"}
KIND_WORDS: dict[str, Text | str] = {"imap": "IMAP", "pop3": "POP", "exchange": T("Exchange (Business Mail)")}


def _server(server, r) -> str:
    security = wording.SECURITY.get(server.security)
    text = f"{server.protocol.value.upper()} {server.host}:{server.port}, {r(security) if security is not None else server.security.value}"
    return text + (f" ({server.username})" if server.username else "")


def identity_of(state: WizardState, now: datetime | None = None, brand: str | None = None, home=None) -> ReportIdentity:
    """The state's identity, made once (the Done page shows its reference; every report
    made afterwards carries the same one)."""
    if state.identity is None:
        from wizard.profiles.found import identity_now

        state.identity = identity_now(str(state.address) if state.address else "", brand, home, now)
    return state.identity


def build_report(state: WizardState, catalog: Catalog, now: datetime | None = None) -> str:
    r = lambda text: text.render(catalog) if isinstance(text, Text) else str(text)  # noqa: E731
    identity = identity_of(state, now)
    lines = [r(T("mailsetup report for support"))]
    lines += [f"{r(label)}: {value}" for label, value in identity.rows()]
    lines.append("")
    lines.append(r(T("Address: {address}", address=str(state.address) if state.address else "-")))
    if state.provider:
        lines.append(r(T("Provider: {name}", name=state.provider.name)))
    config = state.config
    if config is not None:
        lines.append(r(T("Settings from: {source} ({trust})", source=wording.source(config.source.value), trust=T("trusted") if config.trusted else T("needed the person's confirmation"))))
        if config.origin:
            lines.append(r(T("Found at: {origin}", origin=config.origin)))
        lines.append(r(T("Account type: {kind}", kind=KIND_WORDS.get(state.kind, state.kind))))
        for server in config.incoming[:1]:
            lines.append(r(T("Incoming: {server}", server=_server(server, r))))
        for server in config.outgoing[:1]:
            lines.append(r(T("Outgoing: {server}", server=_server(server, r))))
    for note in state.notes:
        lines.append("* " + r(note))
    if state.steps:
        lines += ["", r(T("Discovery steps:"))]
        for step in state.steps:
            if step.status.final:
                ms = "" if step.ms is None else f"{step.ms:.0f} ms"
                status = r(wording.step_status(step.status)) if step.status is not StepStatus.STARTED else ""
                lines.append(f"  {r(wording.source(step.source))}: {step.target} — {status}" + (f", {ms}" if ms else "") + (f" — {r(step.detail)}" if step.detail else ""))
    if state.diagnosis is not None:
        lines += ["", r(T("Connection test:"))]
        for f in state.diagnosis.findings:
            where = f"{f.service.upper()} {f.host}:{f.port}" if f.service and f.port else (f"{f.host}:{f.port}" if f.port else f.host)
            lines.append(f"  {SEVERITY_MARKS[f.severity]} {r(SEVERITY_WORDS[f.severity])}" + (f" ({where})" if where else "") + f": {r(f.message)}")
            if f.fix is not None:
                lines.append("      → " + r(f.fix))
    for cert in state.accepted:
        lines.append(r(T("Certificate accepted for {host}:{port}: SHA-256 {sha256}", host=cert.host, port=cert.port, sha256=cert.sha256)))
    for cert in state.refused:
        lines.append(r(T("Certificate not accepted for {host}:{port}: SHA-256 {sha256}", host=cert.host, port=cert.port, sha256=cert.sha256)))
    if state.written:
        lines += ["", r(T("Mail programs:"))]
        for w in state.written:
            lines.append(f"  {'✓' if w.ok else '✗'} {r(w.program.label)}: {r(T('set up') if w.ok else T('not set up'))}")
            for line in w.lines:
                lines.append("      " + r(line))
    if state.keyring is not None:
        lines.append(r(state.keyring))
    text = "\n".join(lines) + "\n"
    return Scrubber.of(state.password, state.withheld)(text)  # every form of the password, whatever a server echoed
