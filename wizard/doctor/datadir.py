"""The per-user data folder (accepted certificates, the window's remembered language): on
its own, so the window can find it before it opens without loading the certificate store."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "MAILSETUP_DATA_DIR"


def data_dir() -> Path:
    """$MAILSETUP_DATA_DIR, else the platform's per-user data folder for mailsetup."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path("mailsetup", appauthor=False)
