"""Lines for a terminal: live steps while the doctor works, then the findings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from wizard.i18n import T, Text
from wizard.model import Step, StepStatus
from wizard.model.findings import Severity
from wizard.report.marks import STEP_MARK

if TYPE_CHECKING:
    from wizard.doctor.report import Report

_SEVERITY_MARK = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "✓"}


def render_step(step: Step) -> Text | None:
    """Only finished steps are shown: one line each, with its time and what it found."""
    if step.status is StepStatus.STARTED:
        return None
    ms = f"{step.ms:.0f}" if step.ms is not None else "?"
    if step.detail is None:
        return T("{mark} {source:<12} {target}  ({ms} ms)", mark=STEP_MARK[step.status], source=step.source, target=step.target, ms=ms)
    return T("{mark} {source:<12} {target}  ({ms} ms)  {detail}", mark=STEP_MARK[step.status], source=step.source, target=step.target, ms=ms, detail=step.detail)


def render_report(report: "Report") -> Iterator[Text | str]:
    yield ""
    yield T("Findings for {address}:", address=report.address)
    for f in report.findings:
        where = f"{f.service} {f.host}:{f.port}" if f.service else (f"{f.host}:{f.port}" if f.host else "")
        yield T("{mark} [{code}] {where}", mark=_SEVERITY_MARK[f.severity], code=f.code, where=where)
        yield T("    {message}", message=f.message)
        if f.fix is not None:
            yield T("    → {fix}", fix=f.fix)
        if f.command is not None:
            yield T("    → {fix}", fix=f.command)
    if report.ok and report.unproven:
        yield T("Nothing wrong was found, but the sign-in could not be proven here ({seconds} s).", seconds=f"{report.elapsed_ms / 1000:.1f}")
    elif report.ok:
        yield T("Everything needed works ({seconds} s).", seconds=f"{report.elapsed_ms / 1000:.1f}")
    else:
        yield T("Problems were found ({seconds} s).", seconds=f"{report.elapsed_ms / 1000:.1f}")
