"""Shared by the report tests: a real attempt on the demo provider (discovery and the doctor
on its servers) and the machine codes that must never reach a person's Danish or Norwegian
text as they are."""

from __future__ import annotations

import asyncio
import re

from wizard.doctor.report import STATE_WORDS
from wizard.model import StepStatus, wording
from wizard.model.findings import CODES, Severity

# Every code a report is built from: step states, severities, connection/certificate/login
# states, finding codes, source names, security and account kinds, the old OK/ERR marks.
STATUS_CODES = (
    {s.value for s in StepStatus} | {s.value for s in Severity} | set(STATE_WORDS) | set(CODES)
    | set(wording.SOURCE) | {"tls", "starttls", "plain", "imap", "pop3", "exchange", "OK", "ERR"}
)


def untranslated_codes(text: str) -> set[str]:
    """Codes standing as words in `text`. Server answers (between “ ” or « »), host names,
    addresses and fingerprints are what others wrote, and are left out."""
    text = re.sub(r"“[^”]*”|«[^»]*»|\"[^\"]*\"", " ", text)
    words = [w for w in re.split(r"[\s,;()\[\]{}<>=|]+", text) if w and not re.search(r"[./@:_]", w)]
    return {w.strip("!?·—-") for w in words} & STATUS_CODES


def attempt(info, password: str, *, accept: tuple[str, ...] = ()):
    """Discovery and the doctor on a running demo provider, as the window runs them:
    (address, discovered, diagnosis)."""
    from wizard.gui.app import demo_backend
    from wizard.model import EmailAddress

    backend = demo_backend(info)
    address = EmailAddress.parse(info.user)
    found = asyncio.run(backend.discover(address, backend.context(lambda step: None, 8.0), password))
    config = found.configs[0]
    diagnosis = asyncio.run(backend.diagnose(address, config, backend.context(lambda step: None, 20.0), password, accept or (info.mail_sha256,), found.provider))
    return address, found, config, diagnosis
