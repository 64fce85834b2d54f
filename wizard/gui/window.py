"""The wizard window: eight pages in order, the Certificate page only when needed."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QWizard

from wizard.gui.backend import Backend
from wizard.gui.common import Lang, Shared, icon
from wizard.gui.pages_finish import DonePage, ProgramsPage, TestingPage
from wizard.gui.pages_settings import CertificatePage, SettingsPage
from wizard.gui.pages_start import AccountPage, FindingPage, WelcomePage
from wizard.gui.state import WizardState
from wizard.gui.worker import AsyncWorker
from wizard.gui.gcguard import MainThreadCollector
from wizard.i18n import T


class PageId(IntEnum):
    WELCOME = 0
    ACCOUNT = 1
    FINDING = 2
    SETTINGS = 3
    CERTIFICATE = 4
    TESTING = 5
    PROGRAMS = 6
    DONE = 7


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

    def retranslate(self) -> None:
        t = self.lang.t
        self.setWindowTitle(self.brand_title or t(T("E-mail setup")))
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
