"""What the window remembers between starts (only the language): a small QSettings INI file
next to the accepted certificates, so tests and portable installs keep it in one place."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGES = ("en", "da", "nb")


def _settings() -> QSettings:
    from wizard.doctor.datadir import data_dir

    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


def remembered_language() -> str | None:
    """The language chosen last time in the window, or None."""
    try:
        value = _settings().value("language")
    except Exception:  # noqa: BLE001 - an unreadable file is no memory
        return None
    return value if value in LANGUAGES else None


def remember_language(code: str) -> None:
    if code not in LANGUAGES:
        return
    settings = _settings()
    settings.setValue("language", code)
    settings.sync()
