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
        self.lang.changed.connect(self.retranslate)
        self.retranslate()

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

    def cancel_all(self) -> None:
        for page in self.pages.values():
            cancel = getattr(page, "cancel", None)
            if cancel is not None:
                cancel()

    def reject(self) -> None:
        """Cancel always works: stop the running network work first, then close."""
        self.cancel_all()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel_all()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.cancel_all()
        self.worker.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.cancel_all()
        self.worker.stop()
        self.collector.release()  # the worker is gone: Python's collector is safe again
