"""One mark per step state, for every terminal line: the doctor's live steps and the CLI's.
Its own module so that a command printing steps (discover) does not load the findings'
model with the doctor's report lines."""

from __future__ import annotations

from wizard.model.events import StepStatus

STEP_MARK = {
    StepStatus.STARTED: "…",
    StepStatus.OK: "✓",
    StepStatus.EMPTY: "–",
    StepStatus.ERROR: "✗",
    StepStatus.TIMEOUT: "⏱",
    StepStatus.CANCELLED: "■",
    StepStatus.SKIPPED: "·",
}
