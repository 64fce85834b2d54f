"""What the person has told the wizard and what the engines found, shared by the pages.
Plain data; the support report is built from it (report.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # names for the fields only: the window makes a state before it opens
    from wizard.gui.backend import Diagnosis, Discovered, ProviderInfo, Written
    from wizard.gui.verdict import ServiceVerdict
    from wizard.i18n import Text
    from wizard.model import AccountConfig, CertificateInfo, EmailAddress, Step
    from wizard.model.identity import ReportIdentity


@dataclass
class WizardState:
    language: str = "en"
    realname: str = ""
    address: EmailAddress | None = None
    password: str = ""
    withheld: str = ""  # a password typed for an account that signs in on its provider's page: never used, only scrubbed
    provider: ProviderInfo | None = None
    discovered: Discovered | None = None
    steps: list[Step] = field(default_factory=list)
    manual: bool = False  # the person chose to type the settings
    config: AccountConfig | None = None  # what will be tested and written
    kind: str = "imap"  # imap, pop3 or exchange
    consented: bool = False
    pending: tuple[CertificateInfo, ...] = ()  # certificates waiting for a decision
    replacing: tuple[str, ...] = ()  # of those, the fingerprints replacing one accepted before
    accepted: list[CertificateInfo] = field(default_factory=list)
    refused: list[CertificateInfo] = field(default_factory=list)
    diagnosis: Diagnosis | None = None
    verdicts: tuple[ServiceVerdict, ...] = ()  # from the last test: what is proven and what is open
    anyway: bool = False  # the person chose to set it up although not everything is proven
    moved: bool = False  # an existing account was moved to new servers (not a first setup)
    notes: list[Text] = field(default_factory=list)  # things the wizard changed for the person
    written: list[Written] = field(default_factory=list)
    keyring: Text | None = None
    identity: ReportIdentity | None = None  # made on the Done page: its reference, in every report
