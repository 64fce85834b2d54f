"""What makes a report identify itself to support: when it was made (with the time zone),
which mailsetup, on which operating system, which mail programs were found, for which brand,
and a short reference the customer can read out on the phone.

The reference is 8 characters from the time and a hash of the address: the same report
always shows the same reference, two attempts a second apart differ, and the address itself
is never in it. Its alphabet has no 0/O or 1/I, so it survives being read aloud."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wizard.i18n import T, Text

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols: 5 bits each, none look alike


def reference_for(created: datetime, address: str) -> str:
    """8 characters (40 bits) from the time and the address's hash, never the address."""
    address_hash = hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()
    digest = hashlib.sha256(f"{created.isoformat()}|{address_hash}".encode("ascii")).digest()
    number = int.from_bytes(digest[:5], "big")
    return "".join(ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))


@dataclass(frozen=True)
class MailProgramFound:
    name: str  # "Thunderbird"
    version: str | None = None  # where readable
    where: str = ""  # e.g. the profile's name

    def label(self) -> str:
        text = self.name + (f" {self.version}" if self.version else "")
        return text + (f" ({self.where})" if self.where else "")


@dataclass(frozen=True)
class ReportIdentity:
    created: datetime  # aware: the time zone is part of it
    version: str
    system: str
    programs: tuple[MailProgramFound, ...] = ()
    brand: str | None = None
    reference: str = ""

    @classmethod
    def make(cls, address: str, created: datetime, version: str, system: str,
             programs: tuple[MailProgramFound, ...] = (), brand: str | None = None) -> "ReportIdentity":
        created = created if created.tzinfo is not None else created.astimezone()
        return cls(created, version, system, programs, brand, reference_for(created, address))

    @property
    def when(self) -> str:
        """2026-12-01 21:40:05 +0100 (CET): readable, sortable and with its time zone."""
        zone = self.created.tzname() or ""
        return self.created.strftime("%Y-%m-%d %H:%M:%S %z") + (f" ({zone})" if zone and not zone.startswith(("+", "-", "UTC+", "UTC-")) else "")

    def rows(self) -> tuple[tuple[Text, str], ...]:
        """(label, value) for a report's head, labels in the person's language."""
        return (
            (T("Reference"), self.reference),
            (T("Made"), self.when),
            (T("mailsetup version"), self.version),
            (T("Operating system"), self.system),
            (T("Mail programs found"), ", ".join(p.label() for p in self.programs) or "-"),
            (T("Branded for"), self.brand or "-"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "created": self.created.isoformat(timespec="seconds"),
            "time_zone": self.created.tzname(),
            "mailsetup_version": self.version,
            "operating_system": self.system,
            "mail_programs": [{"name": p.name, "version": p.version, "where": p.where} for p in self.programs],
            "brand": self.brand,
        }
