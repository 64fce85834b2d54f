"""Certificates the person accepted, pinned by SHA-256 for one host and port.

The store is a small JSON file in the user's data directory (platformdirs), or in the
directory named by the environment variable MAILSETUP_DATA_DIR (tests, portable installs,
support staff), or in a path given directly. It holds fingerprints only: nothing secret."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from wizard.doctor.datadir import DATA_DIR_ENV, data_dir
from wizard.localfile import MIB, read_small
from wizard.model.certificate import CertificateInfo
from wizard.model.fingerprint import Pin

__all__ = ["DATA_DIR_ENV", "CertStore", "StoredPin", "data_dir"]

FILE_NAME = "certificates.json"


@dataclass(frozen=True)
class StoredPin:
    pin: Pin
    subject: str = ""
    accepted: str = ""  # ISO time of the acceptance

    def to_json(self) -> dict[str, object]:
        return {"host": self.pin.host, "port": self.pin.port, "sha256": self.pin.sha256, "subject": self.subject, "accepted": self.accepted}


class CertStore:
    """Read on every call, written atomically: the GUI and the CLI may share it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else data_dir() / FILE_NAME

    def _read(self) -> list[StoredPin]:
        try:
            data = json.loads(read_small(self.path, 4 * MIB).decode("utf-8"))
        except (OSError, ValueError):  # LocalFileError (a FIFO, a device, huge) is a ValueError
            # Missing or damaged: no pins. Failing closed is safe: an unknown certificate
            # is then shown to the person again, never accepted silently.
            return []
        out: list[StoredPin] = []
        for item in data.get("pins", []) if isinstance(data, dict) else []:
            try:
                out.append(StoredPin(Pin(str(item["host"]), int(item["port"]), str(item["sha256"])), str(item.get("subject", "")), str(item.get("accepted", ""))))
            except (KeyError, TypeError, ValueError):
                continue
        return out

    def _write(self, pins: list[StoredPin]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"version": 1, "pins": [p.to_json() for p in pins]}, indent=2, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=".certificates-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(body + "\n")
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def pins(self) -> tuple[Pin, ...]:
        return tuple(p.pin for p in self._read())

    def pin_for(self, host: str, port: int) -> Pin | None:
        host = host.lower().rstrip(".")
        return next((p.pin for p in self._read() if p.pin.host == host and p.pin.port == port), None)

    def accept(self, info: CertificateInfo) -> Pin:
        """Pin exactly this certificate for its host:port (replacing an older pin there)."""
        pin = Pin(info.host, info.port, info.sha256)
        kept = [p for p in self._read() if (p.pin.host, p.pin.port) != (pin.host, pin.port)]
        kept.append(StoredPin(pin, info.subject, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        self._write(kept)
        return pin

    def forget(self, host: str, port: int) -> bool:
        host = host.lower().rstrip(".")
        pins = self._read()
        kept = [p for p in pins if (p.pin.host, p.pin.port) != (host, port)]
        if len(kept) != len(pins):
            self._write(kept)
            return True
        return False
