"""The wizard window: eight pages in order, the Certificate page only when needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from wizard.gui.backend import Backend
from wizard.gui.branding import button_style, header_style, logo_pixmap
from wizard.gui.common import Lang, Shared, icon
from wizard.gui.gcguard import MainThreadCollector
from wizard.gui.pageid import PageId
from wizard.gui.pages_finish import DonePage, ProgramsPage, TestingPage
from wizard.gui.pages_settings import CertificatePage, SettingsPage
from wizard.gui.pages_start import AccountPage, FindingPage, WelcomePage
from wizard.gui.state import WizardState
from wizard.gui.worker import AsyncWorker
from wizard.i18n import T


STEP_OF = {PageId.WELCOME: 1, PageId.ACCOUNT: 2, PageId.FINDING: 3, PageId.SETTINGS: 4, PageId.CERTIFICATE: 4, PageId.TESTING: 5, PageId.PROGRAMS: 6, PageId.DONE: 7}
STEPS = 7


class MailWizard(QWizard):
    def __init__(self, backend: Backend, language: str, title: str | None = None) -> None:
        super().__init__()
        self.collector = MainThreadCollector(self)
        self.finished.connect(self.collector.release)
        self.worker = AsyncWorker(self)
        self.worker.start()
        self.lang = Lang(language, self)
        self.state = WizardState(language=language)
        self.shared = Shared(self.lang, self.state, backend, self.worker)
        self.brand_title = title
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWindowIcon(icon("mail"))
        self.pages = {
            PageId.WELCOME: WelcomePage(self.shared),
            PageId.ACCOUNT: AccountPage(self.shared),
            PageId.FINDING: FindingPage(self.shared),
            PageId.SETTINGS: SettingsPage(self.shared),
            PageId.CERTIFICATE: CertificatePage(self.shared),
            PageId.TESTING: TestingPage(self.shared),
            PageId.PROGRAMS: ProgramsPage(self.shared),
            PageId.DONE: DonePage(self.shared),
        }
        for page_id, page in self.pages.items():
            self.setPage(int(page_id), page)
        self.setStartId(int(PageId.WELCOME))
        self.resize(780, 620)
        self.closing = False  # shutdown() was called: close without asking
        self.quiet_close = False
        self.confirm_box = None
        self.currentIdChanged.connect(self._number_steps)
        self.lang.changed.connect(self.retranslate)
        self.retranslate()
        self._number_steps()

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
        header = self._header()
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
        for page_id, page in self.pages.items():
            page.set_step(STEP_OF[page_id], STEPS)

    def cancel_all(self) -> None:
        for page in self.pages.values():
            cancel = getattr(page, "cancel", None)
            if cancel is not None:
                cancel()

    def typed_something(self) -> bool:
        account = self.pages[PageId.ACCOUNT]
        return bool(self.state.realname or self.state.password or account.address.text().strip())

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
            self.worker.stop()

    def shutdown(self) -> None:
        self.closing = True
        self.cancel_all()
        self.worker.stop()
        self.collector.release()  # the worker is gone: Python's collector is safe again
        self.lang.release()
