"""While a wizard window lives, garbage is collected on the GUI thread only (a collection in
the network thread could destroy Qt objects off their thread and crash the process)."""

import gc

from wizard.gui.gcguard import MainThreadCollector


def test_collection_moves_to_the_gui_thread_and_comes_back(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    collector = MainThreadCollector(owner)
    assert not gc.isenabled()
    counts = []
    collector._timer.timeout.connect(lambda: counts.append(gc.get_count()))
    qtbot.waitUntil(lambda: len(counts) >= 2, timeout=3000)
    collector.release()
    collector.release()  # a second release (finished, then destroyed) changes nothing
    assert gc.isenabled()


def test_a_finished_wizard_gives_collection_back(qtbot, make_wizard):
    window = make_wizard()
    assert not gc.isenabled()
    window.reject()
    assert gc.isenabled()
