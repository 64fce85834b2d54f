"""A server certificate as the person is shown it, and as profiles pin it."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CertificateInfo:
    """Filled by the doctor from the DER bytes (cryptography); `der` is what gets pinned
    into Thunderbird's cert_override.txt (by fingerprint) or an Apple certificate payload."""

    host: str
    port: int
    sha256: str  # colon-separated upper-case hex
    der: bytes
    subject: str = ""
    issuer: str = ""
    sans: tuple[str, ...] = ()
    not_before: datetime | None = None
    not_after: datetime | None = None
    self_signed: bool = False

    def pem(self) -> str:
        body = base64.encodebytes(self.der).decode("ascii").replace("\n", "")
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"

    def to_json(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "sha256": self.sha256,
            "subject": self.subject,
            "issuer": self.issuer,
            "sans": list(self.sans),
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "not_after": self.not_after.isoformat() if self.not_after else None,
            "self_signed": self.self_signed,
        }
