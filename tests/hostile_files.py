"""Hostile local files for tests: a FIFO, a link to /dev/zero, a sparse giant, a folder."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def finishes(work) -> object:
    """Run `work` in a thread; a hang on a FIFO shows as a failure, not a stuck test run."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "it hung reading the file"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def hostile(folder: Path, kind: str, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "huge":
        with open(path, "wb") as handle:
            handle.truncate(4 * 1024**3)
    elif kind == "folder":
        path.mkdir()
    return path
