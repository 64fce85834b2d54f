"""What the window start loads before its first frame: only what the Welcome page shows. The
time itself is the benchmark's (make bench); this keeps the heavy things it avoided out."""

import json
import os
import subprocess
import sys

# Runs `mailsetup` (no command: the window) and, at the first frame, says what is loaded.
PROBE = """
import json, os, sys
import wizard.gui.firstframe as firstframe
original = firstframe.after_first_frame
def report(widget, callback, **options):
    def shown(*_):
        import PySide6.QtCore as core
        loaded = sorted(m for m, module in sys.modules.items() if module is not None and m.startswith(("wizard.", "defusedxml", "idna")))
        print(json.dumps({"qt_namespace": "Qt" in vars(core), "loaded": loaded}), flush=True)
        os._exit(0)
    original(widget, shown, **options)
firstframe.after_first_frame = report
from wizard.cli.main import main
sys.argv = ["mailsetup"]
main()
"""


def first_frame(tmp_path, **extra) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), MAILSETUP_DATA_DIR=str(tmp_path / "data"), LANG="C.UTF-8", **extra)
    for name in ("XDG_CONFIG_HOME", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    return json.loads(lines[-1])


def test_the_first_frame_comes_before_the_engines_the_model_and_the_other_pages(tmp_path):
    seen = first_frame(tmp_path)
    loaded = set(seen["loaded"])
    heavy = {m for m in loaded if m.startswith(("wizard.net", "wizard.discovery", "wizard.doctor.engine", "wizard.protocols", "wizard.profiles", "idna"))}
    assert heavy == set()
    # Of the model, the scrubber (every text shown) and the error type (the option checks) only.
    assert {m for m in loaded if m.startswith("wizard.model.")} == {"wizard.model.errors", "wizard.model.scrub"}
    assert {m for m in loaded if m.startswith("wizard.gui.pages_")} == {"wizard.gui.pages_welcome"}
    # In English no translation is read, so no XML parser either.
    assert not any(m.startswith("defusedxml") for m in loaded)


def test_the_first_frame_does_not_build_qts_namespace_of_enums(tmp_path):
    """PySide builds the whole Qt namespace (about a hundred enums) the first time any Qt::
    value is named or returned: nothing the unbranded Welcome page shows needs it."""
    assert first_frame(tmp_path)["qt_namespace"] is False


def test_a_banners_words_can_be_selected_once_it_has_some(qtbot):
    from PySide6.QtCore import Qt

    from wizard.gui.common import Banner

    said, filled = Banner("error"), Banner("info")
    qtbot.addWidget(said)
    qtbot.addWidget(filled)
    said.set_text("The server refused the password.")
    filled.label.setText("<b>Thunderbird</b><br>set up")  # as the Done page fills its boxes
    for banner in (said, filled):
        assert banner.label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
