"""Starting the window: from `mailsetup` (real network) or `mailsetup demo` (demo provider)."""

from __future__ import annotations

import argparse
import os
import sys

from wizard.gui import smoke
from wizard.i18n import T, load_catalog, system_language
from wizard.launch import brand_of, build_context, check_global_options, packs

EXIT_OK, EXIT_PROBLEMS = 0, 1


def display_problem() -> str | None:
    """Why no window can open here, in one line, or None. Checked before Qt is started, since
    Qt without a display aborts the whole process."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")) or sys.platform in ("win32", "darwin"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return "no-display"
    from wizard.gui.xcb import missing_packages

    return "missing-libraries" if missing_packages() else None


def _app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("mailsetup")
        app.setOrganizationName("mailsetup")
    return app


def _language(args: argparse.Namespace) -> str:
    """--lang, else the language chosen last time in the window, else the system's."""
    from wizard.gui.remember import remembered_language

    return getattr(args, "lang", None) or remembered_language() or system_language()


def _say_no_display(language: str) -> int:
    if display_problem() == "missing-libraries":
        from wizard.gui.xcb import missing_packages

        message = T("The window cannot open: this desktop lacks libraries Qt needs. Install them (for example: sudo apt install {packages}) and try again.", packages=" ".join(missing_packages()))
    else:
        message = T("No display is available, so the wizard window cannot open. Use the commands instead (mailsetup --help), or run it on a desktop.")
    print(f"mailsetup: {message.render(load_catalog(language))}", file=sys.stderr)
    return EXIT_PROBLEMS


def build_wizard(backend, language: str, title: str | None = None):
    """The window with its first page; the rest (pages, network layer, engines) loads once
    its first frame is on screen (window.py)."""
    from wizard.gui.window import MailWizard

    return MailWizard(backend, language, title)


def run_wizard(args: argparse.Namespace) -> int:
    """`mailsetup` without a command: the wizard on the real network, with the global
    options (--dns, --ca-file, --ispdb-url, --lang) applied to every run's NetContext."""
    language = _language(args)
    if display_problem():
        return _say_no_display(language)
    check_global_options(args)
    backend = engine_backend(args)
    from wizard.gui.stopping import quit_on_stop_signals

    app = _app()
    window = build_wizard(backend, language)
    window.show()
    smoke.arm(app, window)
    with quit_on_stop_signals(app):  # kill, a closed terminal, Ctrl+C: as closing the window
        code = app.exec()
    window.shutdown()
    return EXIT_OK if code == 0 else EXIT_PROBLEMS


def engine_backend(args: argparse.Namespace, make_context=None, **kwargs):
    """An EngineBackend from the command line's global options: --brand ID (or the installer's
    default brand) brands the window and applies its pack to every address; --providers adds
    packs; --dns, --ca-file and --ispdb-url shape every run's NetContext (unless the caller
    hands its own `make_context`, as tests do for short timeouts)."""
    from wizard.gui.backend import EngineBackend

    if make_context is None:
        def make_context(sink, deadline):
            return build_context(args, sink=sink, deadline_seconds=deadline)

    # Packs from --providers are read (and checked) now; the bundled ones when first needed.
    presets = packs(args) if getattr(args, "providers", None) else None
    return EngineBackend(make_context, brand=brand_of(args), presets=presets, **kwargs)


def demo_backend(info, **kwargs):
    """An EngineBackend pointed at a running demo provider (its pack, its own certificate
    store unless the caller names one)."""
    from wizard.demo import demo_context
    from wizard.gui.backend import EngineBackend
    from wizard.gui.rehearsal import demo_presets, demo_provider_info

    def make_context(sink, deadline):
        return demo_context(info, sink=sink, deadline_seconds=deadline)

    if info.data_dir is not None:
        kwargs.setdefault("store_path", info.data_dir / "certificates.json")
    return EngineBackend(make_context, provider=demo_provider_info(info), presets=demo_presets(info), **kwargs)


def run_demo(args: argparse.Namespace) -> int:
    """`mailsetup demo [--scene NAME]`: the window on the demo provider, the scene chosen
    (and changeable on the welcome page)."""
    language = _language(args)
    if display_problem():
        return _say_no_display(language)
    from wizard.gui.rehearsal import RehearsalBackend
    from wizard.gui.stopping import quit_on_stop_signals

    app = _app()
    with quit_on_stop_signals(app):  # kill or a closed terminal: the folder goes as on closing
        backend = RehearsalBackend.start(getattr(args, "scene", None) or "")
        try:
            window = build_wizard(backend, language)
            window.prefill_address(backend.info.user)  # the demo user, ready to go
            window.show()
            smoke.arm(app, window)
            code = app.exec()
            window.shutdown()
        finally:
            backend.stop()
    return EXIT_OK if code == 0 else EXIT_PROBLEMS
