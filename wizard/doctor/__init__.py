"""The connection doctor: proves settings on the real servers and explains each step.

    report = diagnose(address, servers_or_config, ctx, password=..., store=CertStore(), accept=(fp,))
    report.to_json(catalog)          (wizard.report renders it for a terminal and as a web page)

Accepted certificates are pinned in CertStore (platformdirs user data dir, or the folder
in $MAILSETUP_DATA_DIR)."""

from wizard.doctor.engine import diagnose, diagnose_async, servers_of
from wizard.doctor.report import Report, ServiceReport
from wizard.doctor.store import DATA_DIR_ENV, CertStore

__all__ = ["CertStore", "DATA_DIR_ENV", "Report", "ServiceReport", "diagnose", "diagnose_async", "servers_of"]
