"""The support report ("Copy report for support", "Save report"): plain text, never the password."""

from __future__ import annotations

from datetime import datetime

from wizard.gui.state import WizardState
from wizard.i18n import Catalog, T, Text


def _server(server) -> str:
    return f"{server.protocol.value.upper()} {server.host}:{server.port} {server.security.value}" + (f" ({server.username})" if server.username else "")


def build_report(state: WizardState, catalog: Catalog, now: datetime | None = None) -> str:
    r = lambda text: text.render(catalog) if isinstance(text, Text) else str(text)  # noqa: E731
    now = now or datetime.now().astimezone()
    lines = [r(T("mailsetup report for support")), r(T("Created: {time}", time=now.strftime("%Y-%m-%d %H:%M %z"))), ""]
    lines.append(r(T("Address: {address}", address=str(state.address) if state.address else "-")))
    if state.provider:
        lines.append(r(T("Provider: {name}", name=state.provider.name)))
    config = state.config
    if config is not None:
        lines.append(r(T("Settings from: {source} ({trust})", source=config.source.value, trust=T("trusted") if config.trusted else T("needed the person's confirmation"))))
        if config.origin:
            lines.append(r(T("Found at: {origin}", origin=config.origin)))
        lines.append(r(T("Account type: {kind}", kind=state.kind)))
        for server in config.incoming[:1]:
            lines.append(r(T("Incoming: {server}", server=_server(server))))
        for server in config.outgoing[:1]:
            lines.append(r(T("Outgoing: {server}", server=_server(server))))
    for note in state.notes:
        lines.append("* " + r(note))
    if state.steps:
        lines += ["", r(T("Discovery steps:"))]
        for step in state.steps:
            if step.status.final:
                ms = "" if step.ms is None else f"{step.ms:.0f} ms"
                lines.append(f"  {step.source:<12} {step.status.value:<9} {ms:>8}  {step.target}" + (f" — {r(step.detail)}" if step.detail else ""))
    if state.diagnosis is not None:
        lines += ["", r(T("Connection test:"))]
        for f in state.diagnosis.findings:
            where = f"{f.host}:{f.port}" if f.port else f.host
            lines.append(f"  [{f.severity.value}] {f.code} {f.service} {where}: {r(f.message)}")
            if f.fix is not None:
                lines.append("      " + r(f.fix))
    for cert in state.accepted:
        lines.append(r(T("Certificate accepted for {host}:{port}: SHA-256 {sha256}", host=cert.host, port=cert.port, sha256=cert.sha256)))
    for cert in state.refused:
        lines.append(r(T("Certificate not accepted for {host}:{port}: SHA-256 {sha256}", host=cert.host, port=cert.port, sha256=cert.sha256)))
    if state.written:
        lines += ["", r(T("Mail programs:"))]
        for w in state.written:
            lines.append(f"  {'OK ' if w.ok else 'ERR'} {r(w.program.label)}")
            for line in w.lines:
                lines.append("      " + r(line))
    if state.keyring is not None:
        lines.append(r(state.keyring))
    text = "\n".join(lines) + "\n"
    if state.password:
        text = text.replace(state.password, "********")  # belt and braces: never the password
    return text
