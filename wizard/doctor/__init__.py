"""The connection doctor: proves settings on the real servers and explains each step.

    report = diagnose(address, servers_or_config, ctx, password=..., store=CertStore(), accept=(fp,))
    report.to_json(catalog)          (wizard.report renders it for a terminal and as a web page)

Accepted certificates are pinned in CertStore (platformdirs user data dir, or the folder
in $MAILSETUP_DATA_DIR)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
    from wizard.doctor.engine import diagnose, diagnose_async, servers_of
    from wizard.doctor.report import Report, ServiceReport
    from wizard.doctor.store import DATA_DIR_ENV, CertStore

# Each name loads its own module when first used: the window's certificate store
# (wizard.doctor.store) does not load the whole doctor before the first window is up.
_HOME = {"diagnose": "engine", "diagnose_async": "engine", "servers_of": "engine", "Report": "report", "ServiceReport": "report",
         "DATA_DIR_ENV": "store", "CertStore": "store"}

__getattr__ = lazy_exports(__name__, _HOME)


__all__ = ["CertStore", "DATA_DIR_ENV", "Report", "ServiceReport", "diagnose", "diagnose_async", "servers_of"]
