"""The wizard window: eight pages in order, the Certificate page only when needed.

Only the Welcome page is built before the window opens. The other pages' modules (and the
engines) are imported in a thread once the first frame is on screen, and the pages are built
on the UI thread one per turn of the event loop while the person reads the first page, so
no stretch of that work stalls the window; a page asked for earlier (Next pressed at once,
or `page(id)`) is built on the spot."""

from __future__ import annotations

import gc
import importlib
import weakref
from collections.abc import Iterator, Mapping
from functools import partial

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from wizard.gui.backend import Backend
from wizard.gui.branding import button_style, header_style, logo_pixmap
from wizard.gui.common import Lang, Page, Shared, icon
from wizard.gui.firstframe import Seen, after_first_frame
from wizard.gui.gcguard import MainThreadCollector
from wizard.gui.pageid import PageId
from wizard.gui.pages_welcome import WelcomePage
from wizard.gui.preload import Preloader
from wizard.gui.state import WizardState
from wizard.i18n import T


STEP_OF = {PageId.WELCOME: 1, PageId.ACCOUNT: 2, PageId.FINDING: 3, PageId.SETTINGS: 4, PageId.CERTIFICATE: 4, PageId.TESTING: 5, PageId.PROGRAMS: 6, PageId.DONE: 7}
STEPS = 7

# Where each page lives (module, class): imported when the page is first built.
PAGE_CLASSES = {
    PageId.ACCOUNT: ("wizard.gui.pages_start", "AccountPage"),
    PageId.FINDING: ("wizard.gui.pages_start", "FindingPage"),
    PageId.SETTINGS: ("wizard.gui.pages_settings", "SettingsPage"),
    PageId.CERTIFICATE: ("wizard.gui.pages_settings", "CertificatePage"),
    PageId.TESTING: ("wizard.gui.pages_finish", "TestingPage"),
    PageId.PROGRAMS: ("wizard.gui.pages_finish", "ProgramsPage"),
    PageId.DONE: ("wizard.gui.pages_finish", "DonePage"),
}
# Loaded in a thread after the first frame, in the order the person will need them: the
# pages' modules and the network worker, then the network layer and the engines (the first
# run's NetContext, made on the UI thread, then finds them loaded).
PRELOAD = ("wizard.gui.pages_start", "wizard.gui.worker", "wizard.gui.pages_settings", "wizard.gui.pages_finish",
           "wizard.net.context", "wizard.discovery.engine", "wizard.doctor.engine")


class Pages(Mapping[PageId, Page]):
    """Every page by id; one not built yet is built when asked for. It knows its window only
    weakly: no reference cycle, so a closed window goes as soon as its last name does (as it
    did when the pages were a plain dict), not at the next garbage collection."""

    def __init__(self, window: "MailWizard") -> None:
        self._window = weakref.ref(window)
        self.built: dict[PageId, Page] = {}

    def __getitem__(self, key: int) -> Page:
        page_id = PageId(key)
        page = self.built.get(page_id)
        if page is not None:
            return page
        window = self._window()
        if window is None:
            raise KeyError(page_id)
        return window._build_page(page_id)

    def __iter__(self) -> Iterator[PageId]:
        return iter(PageId)

    def __len__(self) -> int:
        return len(PageId)


def start_worker(parent: QObject):
    """The network worker, started (asyncio and the network layer load with it)."""
    from wizard.gui.worker import AsyncWorker

    worker = AsyncWorker(parent)
    worker.start()
    return worker


class MailWizard(QWizard):
    def __init__(self, backend: Backend, language: str, title: str | None = None) -> None:
        super().__init__()
        self.collector = MainThreadCollector(self)
        self.finished.connect(self.collector.release)
        self.lang = Lang(language, self)
        self.state = WizardState(language=language)
        # Shared holds nothing of the window itself: a page's wrapper that outlives the window
        # (a test's local, a queued signal) must not keep the whole window alive.
        self.shared = Shared(self.lang, self.state, backend, partial(start_worker, self.lang))
        self.preloader = Preloader(PRELOAD)
        self.brand_title = title
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWindowIcon(icon("mail"))
        self.pages = Pages(self)
        self._register(PageId.WELCOME, WelcomePage(self.shared))
        self.setStartId(int(PageId.WELCOME))
        self.resize(780, 620)
        self.closing = False  # shutdown() was called: close without asking
        self.quiet_close = False
        self.confirm_box = None
        self.prefilled = ""  # an address for the account page, put there when it is built
        self.currentIdChanged.connect(self._number_steps)
        self.lang.changed.connect(self.retranslate)
        self.retranslate()
        self._number_steps()
        # The idle work's timer is the window's own: it dies with the window, and so does
        # its hold on the window (a bare singleShot would keep the wrapper alive until it fired).
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._build_next_page)
        # A first paint that was never seen must not leave the rest unbuilt: once shown (even
        # if never exposed, as a window started minimised is not), the rest loads anyway.
        after_first_frame(self, self._after_first_frame, fallback_when=QWidget.isVisible)

    # -- pages built when first needed ---------------------------------------------------
    def _register(self, page_id: PageId, page: Page) -> Page:
        page.page_id = page_id
        page.set_step(STEP_OF[page_id], STEPS)
        self.pages.built[page_id] = page
        self.setPage(int(page_id), page)
        return page

    def _build_page(self, page_id: PageId) -> Page:
        module, name = PAGE_CLASSES[page_id]
        page_class = getattr(importlib.import_module(module), name)
        page = self._register(page_id, page_class(self.shared))
        if page_id is PageId.ACCOUNT and self.prefilled:
            page.address.setText(self.prefilled)
        return page

    def prefill_address(self, address: str) -> None:
        """The address the account page starts with (the demo's user)."""
        account = self.pages.built.get(PageId.ACCOUNT)
        if account is not None:
            account.address.setText(address)
        else:
            self.prefilled = address

    def page(self, page_id: int) -> Page:  # type: ignore[override]
        """The page with this id, built now if it was not yet (QWizard.page would say None)."""
        return self.pages[PageId(page_id)]

    def setStartId(self, page_id: int) -> None:  # noqa: N802 (Qt's name)
        """QWizard starts only at a registered page: this one is built first."""
        self.pages[PageId(page_id)]
        super().setStartId(page_id)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        """QWizard.next() moves only to a registered page: the one it is about to show is
        built here, after the current page agreed to be left."""
        if not super().validateCurrentPage():
            return False
        following = self.nextId()
        if following != -1:
            self.pages[PageId(following)]
        return True

    def _after_first_frame(self, seen: Seen = Seen.PAINT) -> None:
        """The first frame is on screen (or the window says it is shown, and no paint was
        seen in time): the rest loads while the person reads it."""
        if self._idle_over():
            return
        self.preloader.start()
        self._idle.start(0)

    def _idle_over(self) -> bool:
        """Closed (or shut down): nothing more is built, and no worker started."""
        return self.closing or not self.isVisible()

    def _build_next_page(self) -> None:
        """One page per turn of the event loop, once the thread has imported its module (a
        page's module is never imported here, where it would stall the window)."""
        if self._idle_over():
            return
        waiting = [p for p in PAGE_CLASSES if p not in self.pages.built]
        if waiting:
            page_id = waiting[0]
            if self.preloader.loaded(PAGE_CLASSES[page_id][0]):
                self.pages[page_id]
                self._idle.start(0)
            else:
                self._idle.start(15)
            return
        if self.shared.started_worker is None:
            if not self.preloader.loaded("wizard.gui.worker"):
                self._idle.start(15)
                return
            self.shared.worker  # noqa: B018 - made now, so the first search does not wait for it
        if not self.preloader.finished():
            self._idle.start(50)
            return
        # What is loaded now stays out of the collector's full passes, as what existed when
        # the window opened does (gcguard.py).
        if not gc.isenabled():
            gc.freeze()

    def provider(self):
        """The provider whose look the window wears: the one discovery found, else the
        brand's (or the demo's) before any address is known."""
        return self.state.provider or self.shared.backend.provider_for(self.state.address)

    def apply_brand(self) -> None:
        """Window title, icon, logo and colours from the provider's pack (issue 7)."""
        provider = self.provider()
        t = self.lang.t
        title = self.brand_title
        if title is None and provider is not None and provider.window_title is not None:
            title = t(provider.window_title)
        self.setWindowTitle(title or t(T("E-mail setup")))
        logo = logo_pixmap(provider.logo_data, 64) if provider is not None else None
        self.setWindowIcon(QIcon(logo) if logo is not None else icon("mail"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo_pixmap(provider.logo_data, 48) if provider is not None and provider.logo_data else QPixmap())
        primary = QColor(provider.colour("primary") or "") if provider is not None else QColor()
        # The header is looked for only to wear a colour (or to take one off again): the
        # search wraps every widget of the window, a cost an unbranded first frame need not pay.
        header = self._header() if primary.isValid() else getattr(self, "_brand_header", None)
        if primary.isValid():
            accent = QColor(provider.colour("accent") or "")
            style = button_style(primary, provider.colour("text"))
            if header is not None:
                header.setStyleSheet(header_style(primary, accent if accent.isValid() else None))
        else:
            style = ""
            if header is not None:
                header.setStyleSheet("")
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            if button is not None:
                button.setStyleSheet(style)
        self.branded = provider if primary.isValid() or logo is not None else None

    def _header(self):
        """QWizard's header strip (title and subtitle): a private widget, found as the one
        that fills its background with the Base colour and holds the title labels."""
        found = getattr(self, "_brand_header", None)
        if found is not None:
            return found
        for child in self.findChildren(QWidget):
            if type(child) is QWidget and child.autoFillBackground() and child.backgroundRole() == QPalette.ColorRole.Base and any(isinstance(c, QLabel) for c in child.children()):
                from PySide6.QtCore import Qt  # only for a brand's colours: see common.SelectableLabel

                child.setObjectName("brandHeader")
                child.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
                self._brand_header = child
                return child
        return None

    def retranslate(self) -> None:
        t = self.lang.t
        self.apply_brand()
        self.setButtonText(QWizard.WizardButton.NextButton, t(T("&Next >")))
        self.setButtonText(QWizard.WizardButton.BackButton, t(T("< &Back")))
        self.setButtonText(QWizard.WizardButton.CancelButton, t(T("Cancel")))
        self.setButtonText(QWizard.WizardButton.FinishButton, t(T("&Finish")))
        for which, name in ((QWizard.WizardButton.NextButton, T("Next")), (QWizard.WizardButton.BackButton, T("Back")), (QWizard.WizardButton.CancelButton, T("Cancel")), (QWizard.WizardButton.FinishButton, T("Finish"))):
            button = self.button(which)
            if button is not None:
                button.setAccessibleName(t(name))

    def _number_steps(self, *_: object) -> None:
        """"Step N of M" on every page; the certificate page belongs to the settings step, so
        the count does not jump when a server shows a new certificate."""
        for page_id, page in self.pages.built.items():
            page.set_step(STEP_OF[page_id], STEPS)

    def cancel_all(self) -> None:
        for page in list(self.pages.built.values()):
            cancel = getattr(page, "cancel", None)
            if cancel is not None:
                cancel()

    def typed_something(self) -> bool:
        account = self.pages.built.get(PageId.ACCOUNT)
        address = account.address.text() if account is not None else self.prefilled
        return bool(self.state.realname or self.state.password or address.strip())

    def confirm_cancel(self) -> bool:
        """Asked before Cancel or the window's ✕ throws away what the person typed."""
        from PySide6.QtWidgets import QMessageBox

        t = self.lang.t
        box = QMessageBox(QMessageBox.Icon.Question, t(T("Stop setting up?")), t(T("Stop setting up your e-mail? What you typed is not kept, and no mail program is changed.")), parent=self)
        stop = box.addButton(t(T("&Stop setting up")), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(t(T("&Go on")), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.confirm_box = box
        try:
            box.exec()
            return box.clickedButton() is stop
        finally:
            self.confirm_box = None

    def reject(self) -> None:
        """Cancel always works: after a confirmation once something was typed (not on the
        Done page), the running network work stops first, then the window closes."""
        if not self.closing and not self.quiet_close and self.currentId() != int(PageId.DONE) and self.typed_something() and not self.confirm_cancel():
            return
        self.cancel_all()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel_all()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - the ✕: QDialog turns it into reject()
        # Only the person's ✕ (a spontaneous event from the window system) asks first; a
        # close() by the program itself does not.
        self.quiet_close = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self.quiet_close = False
        if event.isAccepted():
            self.cancel_all()
            self._stop_worker()

    def _stop_worker(self) -> None:
        if self.shared.started_worker is not None:
            self.shared.started_worker.stop()

    def shutdown(self) -> None:
        self.closing = True
        self.cancel_all()
        self.preloader.stop()  # before the interpreter ends (preload.py)
        self._stop_worker()
        self.collector.release()  # the worker is gone: Python's collector is safe again
        self.lang.release()
