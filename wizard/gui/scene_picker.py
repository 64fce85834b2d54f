"""The demo's rehearsal-scene picker on the welcome page (shown only when the backend can
stage scenes, i.e. `mailsetup demo`): choosing one restarts the demo's servers as that scene."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from wizard.gui.common import Shared
from wizard.i18n import T


class ScenePicker(QWidget):
    def __init__(self, shared: Shared, on_staged) -> None:
        super().__init__()
        self.shared = shared
        self.on_staged = on_staged
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.combo = QComboBox()
        self.scenes = tuple(getattr(shared.backend, "scenes", None) or ())
        current = getattr(shared.backend, "scene", "")
        for scene in self.scenes:
            self.combo.addItem(scene.name, scene.name)
        names = [s.name for s in self.scenes]
        if current in names:
            self.combo.setCurrentIndex(names.index(current))
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        self.setVisible(bool(self.scenes))
        self.retranslate()

    def choose(self, name: str) -> None:
        self.combo.setCurrentIndex([s.name for s in self.scenes].index(name))

    def _chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name == getattr(self.shared.backend, "scene", None):
            return
        self.shared.backend.stage(name)
        state = self.shared.state
        state.discovered, state.provider, state.config, state.diagnosis = None, None, None, None
        state.accepted.clear()
        state.refused.clear()
        self.on_staged()

    def retranslate(self) -> None:
        t = self.shared.lang.t
        self.label.setText(t(T("Rehearsal &scene:")))
        self.combo.setAccessibleName(t(T("Rehearsal scene")))
        for i, scene in enumerate(self.scenes):
            self.combo.setItemText(i, (scene.name + " — " if scene.name else "") + t(scene.summary))
