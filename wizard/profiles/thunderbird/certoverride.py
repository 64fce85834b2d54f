"""cert_override.txt: the server certificates a person accepted, by host, port and SHA-256.

Format checked with a real Thunderbird 153 ESR (PROTOCOLS.md section 3): two comment lines,
then per certificate `host:port:` TAB `OID.2.16.840.1.101.3.4.2.1` TAB fingerprint TAB (empty)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.model.fingerprint import normalize_fingerprint

HEADER = ("# PSM Certificate Override Settings file", "# This is a generated file!  Do not edit.")
SHA256_OID = "OID.2.16.840.1.101.3.4.2.1"


@dataclass(frozen=True)
class Override:
    host: str
    port: int
    sha256: str  # colon-separated upper-case hex

    @property
    def key(self) -> str:
        host = self.host.lower().rstrip(".")
        if ":" in host:  # IPv6 literal
            host = f"[{host.strip('[]')}]"
        return f"{host}:{self.port}:"

    def line(self) -> str:
        return f"{self.key}\t{SHA256_OID}\t{normalize_fingerprint(self.sha256)}\t"


def merge(existing: bytes, overrides: tuple[Override, ...]) -> bytes:
    """Existing lines stay, except those for a host:port we now pin (replaced, not doubled)."""
    text = existing.decode("utf-8", errors="surrogateescape")
    lines = [line for line in text.splitlines() if line.strip()]
    keys = {o.key for o in overrides}
    kept: list[str] = []
    for line in lines:
        if line.startswith("#"):
            continue
        entry_key = line.split("\t", 1)[0]
        # older lines may carry origin attributes after the second colon: host:port:^attrs
        base = entry_key.split("^", 1)[0]
        if base in keys:
            continue
        kept.append(line)
    out = list(HEADER) + kept + [o.line() for o in overrides]
    return ("\n".join(out) + "\n").encode("utf-8", errors="surrogateescape")


def parse(data: bytes) -> list[Override]:
    """The SHA-256 overrides in a file (other lines ignored); used by tests and the doctor."""
    found: list[Override] = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3 or parts[1] != SHA256_OID:
            continue
        hostport = parts[0].split("^", 1)[0].rstrip(":")
        host, _, port = hostport.rpartition(":")
        if port.isdigit():
            found.append(Override(host.strip("[]"), int(port), parts[2]))
    return found
