"""Shared pieces of the pages: the language, icons, and the page base class."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Callable, ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QObject, QSize, QTranslator, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget, QWizardPage

from wizard.gui.pageid import PageId
from wizard.i18n import Catalog, T, Text, load_catalog
from wizard.model.scrub import Scrubber

if TYPE_CHECKING:
    from wizard.gui.backend import Backend
    from wizard.gui.state import WizardState
    from wizard.gui.worker import AsyncWorker

LANGUAGE_NAMES = (("en", "English"), ("da", "Dansk"), ("nb", "Norsk bokmål"))


class Lang(QObject):
    """The chosen language. Texts are rendered from our catalogues (wizard.i18n); the
    compiled .qm of the same catalogues is installed as a QTranslator, so Qt-side lookups
    (QCoreApplication.translate) agree, and Qt's own dialogs get qtbase's translation."""

    changed = Signal()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.catalog: Catalog = load_catalog("en")
        self._translators: list[QTranslator] = []
        self.set(language)

    def set(self, language: str) -> None:
        self.language = language
        self.catalog = load_catalog(language)
        app = QCoreApplication.instance()
        if app is not None:
            for old in self._translators:
                app.removeTranslator(old)
            self._translators = []
            if language != "en":
                ours = QTranslator(self)
                data = qm_bytes(language)
                if data and ours.load(data):
                    app.installTranslator(ours)
                    self._translators.append(ours)
                    self._qm_data = data  # QTranslator keeps a pointer to these bytes
                from PySide6.QtCore import QLibraryInfo

                qt = QTranslator(self)
                if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    app.installTranslator(qt)
                    self._translators.append(qt)
        self.changed.emit()

    def t(self, text: Text | str) -> str:
        return text.render(self.catalog) if isinstance(text, Text) else text

    def release(self) -> None:
        """The window is finished: its translators leave the application with it."""
        app = QCoreApplication.instance()
        if app is not None:
            for old in self._translators:
                app.removeTranslator(old)
        self._translators = []


def qm_bytes(language: str) -> bytes | None:
    item = resources.files("wizard.resources").joinpath("translations").joinpath(f"mailsetup_{language}.qm")
    try:
        return item.read_bytes()
    except (OSError, FileNotFoundError):
        return None


_PIXMAPS: dict[tuple[str, int], QPixmap] = {}
_ICONS: dict[str, QIcon] = {}


def pixmap(name: str, size: int) -> QPixmap:
    """Rendered once per name and size: steps arrive in bursts and must not re-render SVG."""
    key = (name, size)
    if key not in _PIXMAPS:
        _PIXMAPS[key] = _render(name, size)
    return _PIXMAPS[key]


def _render(name: str, size: int) -> QPixmap:
    data = resources.files("wizard.resources").joinpath("icons").joinpath(f"{name}.svg").read_bytes()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    return QPixmap.fromImage(image)


def icon(name: str) -> QIcon:
    if name not in _ICONS:
        out = QIcon()
        for size in (16, 24, 32, 48):
            out.addPixmap(pixmap(name, size))
        _ICONS[name] = out
    return _ICONS[name]


def icon_label(name: str, size: int = 20) -> QLabel:
    label = QLabel()
    label.setPixmap(pixmap(name, size))
    label.setFixedSize(size, size)
    return label


def rich(text: str) -> str:
    """Plain text made safe inside a rich-text label (quotes matter only in attributes)."""
    return html.escape(text, quote=False)


def breakable(host: str, chunk: int = 24) -> str:
    """Lets a long domain wrap after its dots (and inside very long labels) instead of being
    cut or widening the window: zero-width spaces, so a copied name is still the name."""
    labels = []
    for label in host.split("."):
        labels.append("\u200b".join(label[i : i + chunk] for i in range(0, len(label), chunk)) if len(label) > chunk else label)
    return ".\u200b".join(labels)


class SelectableLabel(QLabel):
    """A label whose text the mouse can select (to copy an error message), from its first text
    on rather than from when it is built: any Qt:: flag, even read back, makes PySide build its
    whole Qt namespace (≈ 100 enums, 60–100 ms), and the Welcome page's banners are built empty
    before the first frame. So nothing before the first frame may name `Qt` unless it shows
    something that needs it (a brand's logo or colours)."""

    _selectable = False

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text and not self._selectable:
            from PySide6.QtCore import Qt

            self._selectable = True
            self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        super().setText(text)


class Banner(QFrame):
    """An icon and a text in a coloured box: warnings the person must not overlook."""

    COLOURS: ClassVar[dict[str, str]] = {"warning": "#fff4e0", "error": "#fde8e8", "info": "#e8f0fc", "ok": "#e7f4e8"}

    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind = kind
        self.setStyleSheet(f"#banner {{ background: {self.COLOURS.get(kind, '#eee')}; border-radius: 6px; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.icon = icon_label({"ok": "ok"}.get(kind, kind), 22)
        layout.addWidget(self.icon)
        self.label = SelectableLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(self.label.text())


@lru_cache(maxsize=4)
def scrubber_for(password: str, withheld: str = "") -> Scrubber:
    return Scrubber.of(password, withheld)


@dataclass
class Shared:
    """What every page shares. The network worker (a thread with an asyncio loop) is made
    when first needed: asyncio and the network layer load after the first frame."""

    lang: Lang
    state: "WizardState"
    backend: "Backend"
    make_worker: Callable[[], "AsyncWorker"]
    started_worker: "AsyncWorker | None" = None

    @property
    def worker(self) -> "AsyncWorker":
        if self.started_worker is None:
            self.started_worker = self.make_worker()
        return self.started_worker


class Page(QWizardPage):
    """Every page re-renders its texts when the language changes (`retranslate`)."""

    page_id: PageId = PageId.WELCOME  # set by the window when it builds the page

    def __init__(self, shared: Shared) -> None:
        super().__init__()
        self.shared = shared
        self._subtitle: Text | str | None = None
        self._step_of: tuple[int, int] | None = None
        shared.lang.changed.connect(self.retranslate)

    def set_subtitle(self, text: Text | str | None) -> None:
        """The page's subtitle, after "Step N of M" (which the window keeps up to date)."""
        self._subtitle = text
        self._show_subtitle()

    def set_step(self, number: int, total: int) -> None:
        self._step_of = (number, total)
        self._show_subtitle()

    def _show_subtitle(self) -> None:
        parts = []
        if self._step_of is not None:
            parts.append(self.t(T("Step {number} of {total}", number=self._step_of[0], total=self._step_of[1])))
        if self._subtitle is not None:
            parts.append(self.t(self._subtitle))
        self.setSubTitle(" · ".join(parts) if parts else "")

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        """The next page in PageId order, as QWizard would choose among registered pages:
        the window builds pages when first needed, so not all are registered yet."""
        later = [int(p) for p in PageId if p > self.page_id]
        return later[0] if later else -1

    @property
    def state(self) -> "WizardState":
        return self.shared.state

    def t(self, text: Text | str) -> str:
        """Rendered in the chosen language, and scrubbed of the password in every encoding:
        every text a page shows passes here, server replies included."""
        return scrubber_for(self.state.password, self.state.withheld)(self.shared.lang.t(text))

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        pass
