"""The wizard window on the test world, started the way `mailsetup --brand ID --providers DIR`
starts it (the command line's own parser and backend), with short timeouts so a walk is quick."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

from pathlib import Path

from tests.gui.walk import SHOTS, next_page, shoot
from tests.scenarios.packs import ISPDB
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Timeouts, Trust

SCENARIO_SHOTS = SHOTS / "scenarios"


def world_context(world):
    """Every run's NetContext: the world's CA and DNS, short per-operation timeouts."""

    def make(sink, deadline):
        ctx = NetContext(trust=Trust(use_system=False, ca_files=(Path(world.ca_file),)), dns_server=DnsServer("127.0.0.53"),
                         timeouts=Timeouts(dns=1.0, connect=1.0, read=2.0, http=2.0, ispdb=2.0),
                         deadline=Deadline(seconds=min(deadline or 8.0, 8.0)), endpoints=Endpoints(ispdb_url=ISPDB))
        ctx.sink = sink
        return ctx

    return make


def branded_wizard(qtbot, world, argv: list[str], tmp_path: Path, home: Path, language: str = "en"):
    """A wizard from the command line's global options (--brand, --providers), on the world."""
    from wizard.cli.main import build_parser
    from wizard.launch import check_global_options
    from wizard.gui.app import build_wizard, engine_backend
    from wizard.i18n import load_catalog

    args = build_parser(load_catalog("en")).parse_args(argv)
    check_global_options(args)
    backend = engine_backend(args, make_context=world_context(world), home=home, out_dir=tmp_path / "files",
                             store_path=tmp_path / "data" / "certificates.json")
    window = build_wizard(backend, language)
    qtbot.addWidget(window)
    window.show()
    return window


def walk_to_finding(qtbot, window, realname: str, address: str, password: str) -> None:
    from wizard.gui.pageid import PageId

    next_page(qtbot, window, PageId.ACCOUNT)
    account = window.currentPage()
    qtbot.keyClicks(account.name, realname)
    qtbot.keyClicks(account.address, address)
    qtbot.keyClicks(account.password, password)


def dispose(window) -> None:
    """Stop the window's worker, delete the window and collect its garbage while Qt is still
    up (a cycle of Qt wrappers collected at interpreter exit can crash PySide)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window.shutdown()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def photograph(window, folder: Path, name: str) -> list[Path]:
    return shoot(window, name, folder)
