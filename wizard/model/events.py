"""Progress steps every engine emits, for the live views of both shells and for timings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.i18n import Catalog, Text


class StepStatus(StrEnum):
    STARTED = "started"
    OK = "ok"
    EMPTY = "empty"  # answered, but had nothing for us
    ERROR = "error"
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"

    @property
    def final(self) -> bool:
        return self is not StepStatus.STARTED


@dataclass(frozen=True)
class Step:
    """`ms` counts from the start of the operation the step belongs to (None when started)."""

    source: str
    target: str
    status: StepStatus
    ms: float | None = None
    detail: Text | None = None
    elapsed_ms: float | None = None  # since the whole run started: the critical-path view

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "status": self.status.value,
            "ms": None if self.ms is None else round(self.ms, 1),
            "detail": "" if self.detail is None else self.detail.render(catalog),
        }
