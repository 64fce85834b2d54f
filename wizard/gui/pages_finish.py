"""Pages 6-8: Testing (the doctor, live), Mail programs, Done."""

from __future__ import annotations

import concurrent.futures
import html
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.backend import Diagnosis, MailProgram, SignedIn, Written
from wizard.gui.branding import long_date
from wizard.gui.common import Banner, Page, Shared, icon, pixmap, rich
from wizard.gui.pages_settings import consented
from wizard.gui.pages_start import STATUS_ICONS
from wizard.gui.report import build_report, identity_of
from wizard.gui.verdict import Verdict, all_proven, all_settled, awaits_sign_in, certificates_in_use, port25_note, verdicts
from wizard.gui.worker import Job
from wizard.i18n import T, Text
from wizard.model import AccountConfig, Security, Step, StepStatus, wording
from wizard.model.errors import UserError

SEVERITY_ICONS = {"info": "ok", "warning": "warning", "error": "error"}
SUBMISSION_PORTS = (465, 587)
INCOMING_SERVICES = ("imap", "pop3", "ews", "exchange")


def switch_off_port25(config, findings):
    """When the network blocks port 25 and the chosen outgoing server is on 25, move to the
    provider's 465/587 server (or the same host on 465 with TLS). Returns (config, note)."""
    if not any(f.code == "port25-blocked" for f in findings) or not config.outgoing:
        return config, None
    current = config.outgoing[0]
    if current.port != 25:
        return config, None
    others = [s for s in config.outgoing[1:] if s.port != 25]
    better = sorted(others, key=lambda s: (s.security.rank, s.port != 465))
    new = better[0] if better else replace(current, port=465, security=Security.TLS)
    rest = tuple(s for s in config.outgoing if s is not new)
    note = T("Your network blocks port 25, so sending now uses {host} port {port} instead.", host=new.host, port=new.port)
    return replace(config, outgoing=(new,) + rest), note


VERDICT_ICONS = {Verdict.PROVEN: "ok", Verdict.FAILED: "error", Verdict.REFUSED: "warning", Verdict.NOT_TRIED: "waiting", Verdict.SIGN_IN: "lock"}
GREEN_CODES = ("login-ok", "cert-accepted", "send-test-ok")  # only what proves something gets a green tick


SIGN_IN_DEADLINE = 330.0  # the engine waits 300 s for the browser; then the token exchange


def system_browser(url: str) -> bool:
    """The callback the sign-in engine is given: the desktop's default browser."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class BrowserBridge(QObject):
    """Opens the browser in the UI thread for the engine, which asks from the network thread
    (QDesktopServices belongs to the UI thread) and waits for the answer."""

    asked = Signal(str, object)

    def __init__(self, page: "TestingPage") -> None:
        super().__init__(page)
        self.page = page
        self.asked.connect(self._open)

    def _open(self, url: str, answer: concurrent.futures.Future) -> None:
        self.page.browser_opening()
        try:
            answer.set_result(self.page.open_browser(url))
        except Exception:  # noqa: BLE001 - no browser is an answer the engine turns into a finding
            answer.set_result(False)

    def __call__(self, url: str) -> object:  # runs in the network thread
        answer: concurrent.futures.Future = concurrent.futures.Future()
        self.asked.emit(url, answer)
        try:
            return answer.result(timeout=30)
        except concurrent.futures.TimeoutError:
            return False


def finding_icon(finding) -> str:
    if finding.severity.value == "info":
        return "ok" if finding.code in GREEN_CODES else "info"
    return SEVERITY_ICONS.get(finding.severity.value, "info")


def signs_in_on_own_page(config: AccountConfig | None) -> bool:
    """The servers that will be used sign in on the provider's own page (OAuth2)."""
    if config is None:
        return False
    from wizard.model import SignIn

    return any(SignIn.of(s) is SignIn.OAUTH2 for s in config.incoming[:1] + config.outgoing[:1])


class TestingPage(Page):
    """The doctor, live; then one verdict per service. The fix is here too: a password field
    and Test again, and — when something is not proven — an explicit "set it up anyway"."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        # Steps arrive in bursts (a handshake ends, four steps change): one render per burst,
        # once the queued steps are in, keeps the window from stalling on re-renders.
        self._step_render = QTimer(self)
        self._step_render.setSingleShot(True)
        self._step_render.setInterval(0)
        self._step_render.timeout.connect(self._render_steps)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.verdict_list = QListWidget()
        self.verdict_list.setWordWrap(True)
        self.verdict_list.setMaximumHeight(150)
        layout.addWidget(self.verdict_list)
        self.password_row = QWidget()
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.password.textEdited.connect(self._password_edited)
        self.show_password = QToolButton()
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._toggle_password)
        row.addWidget(self.password_label)
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        layout.addWidget(self.password_row)
        self.sign_in_box = QWidget()
        box = QVBoxLayout(self.sign_in_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.sign_in_text = QLabel()
        self.sign_in_text.setWordWrap(True)
        self.sign_in_text.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.sign_in_text)
        sign_row = QHBoxLayout()
        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_cancel = QPushButton()
        self.sign_in_cancel.clicked.connect(self._cancel_clicked)
        self.keep_sign_in = QCheckBox()
        sign_row.addWidget(self.sign_in_button)
        sign_row.addWidget(self.sign_in_cancel)
        sign_row.addWidget(self.keep_sign_in)
        sign_row.addStretch(1)
        box.addLayout(sign_row)
        layout.addWidget(self.sign_in_box)
        self.open_browser: Callable[[str], object] = system_browser  # tests hand the world's Browser.open
        self.bridge = BrowserBridge(self)
        self.sign_in_job: Job | None = None
        self.signing = False
        self.sign_in_finding = None  # why the last sign-in stopped
        self.sign_in_kept: Text | None = None  # what the keyring said
        # A sign-in kept in the keyring for the address: the engine renews it without the
        # browser. None until a sign-in needed the keyring: opening the page never reads it
        # (on a desktop that can ask the person to unlock it before anything uses it), so
        # until then the page promises neither the kept sign-in nor the browser.
        self.kept: bool | None = None
        self.kept_job: Job | None = None
        self.browser_opened = False  # this sign-in opened the browser (the kept one was not used)
        self.token: str | None = None  # the access token, in memory only, for this page's tests
        # How the logins of the results shown were proven: with the kept sign-in, one made in
        # the browser, or neither (None). The results outlive a later sign-in that fails.
        self.tested_with: str | None = None
        self.findings_label = QLabel()
        layout.addWidget(self.findings_label)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        layout.addWidget(self.findings, 1)
        self.findings_label.setBuddy(self.findings)
        buttons = QHBoxLayout()
        self.again = QPushButton()
        self.again.clicked.connect(self.start)
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.anyway = QCheckBox()
        self.anyway.toggled.connect(self._anyway)
        layout.addWidget(self.anyway)
        layout.addStretch(0)  # takes the room only while the findings' list (stretch 1) is hidden
        self.job: Job | None = None
        self.running = False
        self.problem = None
        self.switched = False
        self.steps: dict[tuple[str, str], Step] = {}
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.password.setText(self.state.password)
        self.switched = False
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802 - Back: an old run must not finish later
        self.cancel()
        self.cancel_sign_in()
        self.token = None  # other settings may come back: the sign-in is done again for them
        self.sign_in_finding = None
        self.sign_in_kept = None
        self.kept, self.kept_job = None, None  # another address may come back
        self.tested_with = None
        self.state.diagnosis = None
        self.state.verdicts = ()

    # -- the wizard's own sign-in ------------------------------------------------------------
    def registration(self):
        """The provider pack's OAuth2 registration of this wizard ([oauth2]), if it has one."""
        provider = self.state.provider
        return getattr(provider.pack, "oauth2", None) if provider is not None and provider.pack is not None else None

    def sign_in_offered(self) -> bool:
        """The chosen servers sign in with OAuth2 and the pack lets the wizard do it itself."""
        if self.registration() is None:
            return False
        return self.signing or self.token is not None or self.sign_in_finding is not None or awaits_sign_in(self.state.verdicts)

    def look_for_kept_sign_in(self) -> None:
        """Asks the keyring, off the UI thread, whether a sign-in is kept for the address:
        after each sign-in, which read the keyring already and may have kept, renewed or
        removed one; never before the person chose to sign in."""
        address, backend = self.state.address, self.shared.backend
        probe = getattr(backend, "kept_sign_in", None)
        if self.registration() is None or address is None or probe is None:
            self.kept, self.kept_job = False, None
            return
        job = Job(self)
        job.finished.connect(lambda kept, job=job: self._kept_known(job, bool(kept)))
        job.failed.connect(lambda exc, job=job: self._kept_known(job, False))
        self.kept_job = job
        self.shared.worker.call_blocking(job, lambda: probe(address))

    def _kept_known(self, job: Job, kept: bool) -> None:
        if job is not self.kept_job:
            return  # an older question, or the page was left
        self.kept_job = None
        self.kept = kept
        self._sign_in_texts()

    def browser_opening(self) -> None:
        """The engine opens the browser: the kept sign-in (if any) was not used."""
        self.browser_opened = True
        self._sign_in_texts()

    def provider_name(self) -> str:
        provider = self.state.provider
        if provider is not None:
            return self.t(provider.name)
        return self.state.config.provider if self.state.config is not None and self.state.config.provider else ""

    def sign_in(self) -> None:
        registration, address = self.registration(), self.state.address
        if registration is None or address is None or self.signing:
            return
        self.cancel()
        self.sign_in_finding = None
        self.sign_in_kept = None
        self.token = None
        self.browser_opened = False
        self.signing = True
        job = Job(self)
        ctx = self.shared.backend.context(job.step.emit, SIGN_IN_DEADLINE)
        job.ctx = ctx
        job.finished.connect(lambda result, job=job: self._signed_in(job, result))
        job.failed.connect(lambda exc, job=job: self._sign_in_failed(job, exc))
        self.sign_in_job = job
        backend, opener, catalog = self.shared.backend, self.bridge, self.shared.lang.catalog
        keep = self.keep_sign_in.isChecked()
        provider = self.provider_name()

        async def work() -> tuple[SignedIn, Text | None]:
            import asyncio

            signed = await backend.sign_in(registration, ctx, opener, str(address), catalog)
            kept: Text | None = signed.kept
            if keep and signed.finding is None and not signed.renewed:
                problem: Text | None
                if signed.refresh_token:
                    problem = await asyncio.get_running_loop().run_in_executor(None, backend.keep_sign_in, address, signed.refresh_token)
                else:
                    problem = T("{provider} does not let this sign-in be kept, so the wizard forgets it when you close it.", provider=provider)
                if problem is not None:
                    kept = T("{said} {kept}", said=kept, kept=problem) if kept is not None else problem
            return signed, kept

        self.shared.worker.submit(job, work)
        self.render()
        self.completeChanged.emit()

    def cancel_sign_in(self) -> None:
        if self.sign_in_job is not None and self.signing:
            self.signing = False  # first: a cancelled job reports at once, and that is no failure
            self.sign_in_job.cancel()
            self.render()
            self.completeChanged.emit()

    def _cancel_clicked(self) -> None:
        self.cancel_sign_in()
        self.look_for_kept_sign_in()  # a kept one that no longer worked may be gone already

    def _signed_in(self, job: Job, result) -> None:
        if job is not self.sign_in_job or not self.signing:
            return
        self.signing = False
        signed, kept = result
        self.sign_in_kept = kept  # also when it stopped: a kept one may have been removed first
        self.look_for_kept_sign_in()
        if signed.finding is not None:
            self.sign_in_finding = signed.finding
            self.render()
            self.completeChanged.emit()
            return
        self.token = signed.access_token
        self.start()  # the doctor proves the logins with the token

    def _sign_in_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.sign_in_job or not self.signing:
            return
        self.signing = False
        self.problem = exc.text if isinstance(exc, UserError) else T("The sign-in stopped unexpectedly. Sign in again; if it happens again, send the report to support.")
        self.look_for_kept_sign_in()
        self.render()
        self.completeChanged.emit()

    def _password_edited(self, text: str) -> None:
        self.state.password = text
        account = self.wizard().page(1) if self.wizard() is not None else None
        field = getattr(account, "password", None)
        if field is not None and field.text() != text:
            field.setText(text)  # one password, wherever it was typed

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._texts()

    def _anyway(self, on: bool) -> None:
        self.state.anyway = on
        self.completeChanged.emit()

    def start(self) -> None:
        self.cancel()
        config, address = self.state.config, self.state.address
        if config is None or address is None:
            return
        self.state.diagnosis = None
        self.state.verdicts = ()
        self.tested_with = None
        self.anyway.setChecked(False)
        self.problem = None
        self.steps.clear()
        self.running = True
        job = Job(self)
        ctx = self.shared.backend.context(job.step.emit, 30.0)
        job.ctx = ctx
        job.step.connect(self._step)
        job.finished.connect(lambda result, job=job: self._finished(job, result))
        job.failed.connect(lambda exc, job=job: self._failed(job, exc))
        self.job = job
        accept = tuple(c.sha256 for c in self.state.accepted)
        password = self.state.password or None
        backend = self.shared.backend
        config = consented(config, self.state.consented)
        job.config = config  # what this run tests: a result for other settings is never used
        job.signed = None if self.token is None else "browser" if self.browser_opened else "kept"
        provider = self.state.provider
        token = self.token
        self.shared.worker.submit(job, lambda: backend.diagnose(address, config, ctx, password, accept, provider, token))
        self.render()
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Stops the running test and a sign-in waiting for the browser (Cancel, Back, close)."""
        self.cancel_sign_in()
        if self.job is not None and self.running:
            self.running = False  # first, as for the sign-in
            self.job.cancel()
            self.render()

    def _step(self, step: Step) -> None:
        if self.running:
            self.steps[(step.source, step.target)] = step
            if not self._step_render.isActive():
                self._step_render.start()

    def _render_steps(self) -> None:
        if self.running:
            self.render()

    def _finished(self, job: Job, result: Diagnosis) -> None:
        if job is not self.job or not self.running:
            return
        self.running = False
        config, note = switch_off_port25(self.state.config, result.findings)
        if note is not None and not self.switched:
            # Sending moves off port 25: test what will really be used, not what was.
            self.switched = True
            self.state.config = config
            if note not in self.state.notes:
                self.state.notes.append(note)
            self.start()
            return
        self.state.diagnosis = result
        self.tested_with = job.signed
        self.state.verdicts = verdicts(self.state.config, result, self.state.accepted, self.state.refused)
        self.render()
        self.completeChanged.emit()

    def _failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.job or not self.running:
            return
        self.running = False
        self.problem = exc.text if isinstance(exc, UserError) else T("The test stopped unexpectedly. Test again; if it happens again, send the report to support.")
        self.render()
        self.completeChanged.emit()

    def proven(self) -> bool:
        """Nothing left open: every login proven, or (OAuth2) proven up to the provider's
        own sign-in, which the mail program does; going on is then no 'anyway'."""
        return self.state.diagnosis is not None and all_settled(self.state.verdicts)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running and not self.signing and (self.proven() or (self.anyway.isChecked() and (self.state.diagnosis is not None or self.problem is not None)))

    def port25_line(self):
        diagnosis = self.state.diagnosis
        return port25_note(self.state.verdicts, diagnosis.findings) if diagnosis is not None else None

    def render(self) -> None:
        self.findings.clear()
        self.verdict_list.clear()
        self.progress.setVisible(self.running)
        for step in self.steps.values():
            if self.running:
                item = QListWidgetItem(icon(STATUS_ICONS.get(step.status, "info")), f"{step.target} — {self.t(wording.step_status(step.status))}" + (f": {self.t(step.detail)}" if step.detail and step.status is not StepStatus.STARTED else ""))
                self.findings.addItem(item)
        diagnosis = self.state.diagnosis
        neutral = self.port25_line()
        config = self.state.config
        incoming = config.incoming[0].protocol.value if config is not None and config.incoming else None
        up_to_sign_in = {(v.host, v.port) for v in self.state.verdicts if v.verdict is Verdict.SIGN_IN}
        listed: set[tuple[str, int | None]] = set()  # the servers a finding below is about
        if diagnosis is not None:
            for f in sorted(diagnosis.findings, key=lambda f: f.severity.rank):
                if neutral is not None and f.code == "port25-blocked":
                    continue  # said once, neutrally, above
                if f.code == "oauth2-sign-in" and (f.host, f.port) in up_to_sign_in:
                    continue  # its verdict above says it, and the status line that the mail program opens the page
                if f.service in INCOMING_SERVICES and incoming is not None and f.service != incoming:
                    continue  # the other kind of account's server: not what will be set up
                text = self.t(f.message) + (f"\n→ {self.t(f.fix)}" if f.fix is not None else "")
                item = QListWidgetItem(icon(finding_icon(f)), text)
                item.setData(Qt.ItemDataRole.UserRole, f.code)
                item.setToolTip(f"{f.code} {f.host}:{f.port}")
                self.findings.addItem(item)
                listed.add((f.host, f.port))
        for v in self.state.verdicts:
            # A server's finding below says what happened and what to do: its row only says
            # what was checked and its state, so nothing is read twice.
            said = v.short if v.short is not None and (v.host, v.port) in listed else v.reason
            item = QListWidgetItem(icon(VERDICT_ICONS[v.verdict]), self.t(said))
            item.setData(Qt.ItemDataRole.UserRole, v.verdict.value)
            self.verdict_list.addItem(item)
        if neutral is not None:
            item = QListWidgetItem(icon("info"), self.t(neutral))
            item.setData(Qt.ItemDataRole.UserRole, "port25")
            self.verdict_list.addItem(item)
        self.verdict_list.setVisible(bool(self.state.verdicts))
        password_matters = any(v.password for v in self.state.verdicts) or (diagnosis is not None and not self.state.password and not self.proven())
        self.password_row.setVisible(not self.running and password_matters)
        self.findings_label.setVisible(self.findings.count() > 0)  # nothing more than the verdicts: no empty list
        self.findings.setVisible(self.findings.count() > 0)
        self.sign_in_box.setVisible(not self.running and self.sign_in_offered())
        self.anyway.setVisible(not self.running and (diagnosis is not None or self.problem is not None) and not self.proven())
        self._texts()

    def retranslate(self) -> None:
        self.render()  # verdicts and findings are rendered in the new language too

    def _texts(self) -> None:
        self.setTitle(self.t(T("Testing the settings")))
        self.set_subtitle(T("Connecting to each server, checking encryption and certificates, and logging in."))
        diagnosis = self.state.diagnosis
        found = self.state.verdicts
        if self.running:
            status = T("Testing… this takes a few seconds.")
        elif self.problem is not None:
            status = self.problem
        elif diagnosis is None:
            status = T("Not tested.")
        elif all_proven(found) and self.tested_with == "kept":
            status = T("Everything works: {provider} accepted the sign-in kept in this computer's keyring, and receiving and sending mail were tested with that sign-in.", provider=self.provider_name())
        elif all_proven(found) and self.tested_with == "browser":
            status = T("Everything works: you signed in at {provider}, and receiving and sending mail were tested with that sign-in.", provider=self.provider_name())
        elif all_proven(found) and not any(v.role.value == "outgoing" for v in found):
            status = T("Everything works: signing in to Exchange was tested with your password.")  # EWS both receives and sends
        elif all_proven(found):
            status = T("Everything works: receiving and sending mail were tested with your password.")
        elif all_settled(found) and awaits_sign_in(found):
            provider = self.state.config.provider if self.state.config is not None else None
            if provider:
                status = T("Everything up to the sign-in works. {provider} signs you in on its own page; your mail program will open it.", provider=provider)
            else:
                status = T("Everything up to the sign-in works. Your provider signs you in on its own page; your mail program will open it.")
            if self.state.password or self.state.withheld:  # typed, and dropped once the search knew
                status = T("{status} Your password was not sent.", status=status)
        elif any(v.password for v in found) and not self.state.password:
            status = T("Without the password the wizard cannot prove the login. Type it below and choose Test again.")
        elif any(v.password and v.verdict is Verdict.FAILED for v in found):
            status = T("The password was not accepted. Type it again below and choose Test again.")
        elif getattr(diagnosis.report, "unproven", False) and not any(v.verdict in (Verdict.FAILED, Verdict.REFUSED) for v in found):
            status = T("Nothing wrong was found, but this server signs in in a way the wizard cannot test. Read below; the mail program signs in itself.")
        else:
            status = T("Not everything works yet. Read what to do below, go back to change the settings, or set it up anyway.")
        self.status.setText(self.t(status))
        self.password_label.setText(self.t(T("&Password:")))
        self.password.setAccessibleName(self.t(T("Password")))
        shown = self.show_password.isChecked()
        self.show_password.setText(self.t(T("Hide")) if shown else self.t(T("Show")))
        self.show_password.setAccessibleName(self.t(T("Hide the password")) if shown else self.t(T("Show the password")))
        self.findings_label.setText(self.t(T("What the test &found:")))
        self.again.setText(self.t(T("&Test again")))
        self.again.setAccessibleName(self.t(T("Test again")))
        self.again.setEnabled(not self.running and not self.signing)
        if any(v.password for v in found):
            anyway = T("Set it &up anyway; the mail program will ask for the password")
        else:
            anyway = T("Set it &up anyway; Done will list what is still open")
        self.anyway.setText(self.t(anyway))
        self.anyway.setAccessibleName(self.anyway.text().replace("&", ""))
        self.findings.setAccessibleName(self.t(T("Test results")))
        self.verdict_list.setAccessibleName(self.t(T("What was proven")))
        self.progress.setAccessibleName(self.t(T("Test progress")))
        self._sign_in_texts()

    def _status_tells_sign_in(self) -> bool:
        """The status line says how the person signed in (everything proven with the token)."""
        return not self.running and self.problem is None and self.state.diagnosis is not None and self.tested_with is not None and all_proven(self.state.verdicts)

    def _signed_in_words(self, provider: str) -> list[Text]:
        """After a sign-in, each thing once: how it was made (unless the status line says it),
        then what the keyring had to say, or else whether this computer keeps the sign-in."""
        words: list[Text] = []
        if not self._status_tells_sign_in():
            if self.browser_opened:
                words.append(T("Signed in at {provider} in your browser.", provider=provider))
            else:
                words.append(T("Signed in at {provider} with the sign-in kept in this computer's keyring.", provider=provider))
        if self.sign_in_kept is not None:
            words.append(self.sign_in_kept)
        elif self.kept and self.browser_opened:  # kept just now (used without the browser: said above)
            words.append(T("This computer keeps you signed in, so next time the wizard signs in without your browser."))
        elif self.kept is False:
            words.append(T("The wizard forgets this sign-in when you close it."))
        return words

    def _sign_in_texts(self) -> None:
        provider = self.provider_name()
        kept = bool(self.kept)
        if self.signing and self.kept is None and not self.browser_opened:  # the keyring is being asked now
            text = self.t(T("Signing in at {provider}…", provider=provider))
        elif self.signing and kept and not self.browser_opened:
            text = self.t(T("Signing in at {provider} with the sign-in kept in this computer's keyring, without your browser. If {provider} no longer accepts it, your browser opens so you can sign in again.", provider=provider))
        elif self.signing and kept:
            text = self.t(T("The kept sign-in could not be used, so your browser opened. Sign in at {provider} there; this window goes on by itself.", provider=provider))
        elif self.signing:
            text = self.t(T("Waiting for you to sign in at {provider} in your browser. Finish signing in there; this window goes on by itself.", provider=provider))
        elif self.sign_in_finding is not None:
            f = self.sign_in_finding
            text = self.t(f.message) + (f"\n→ {self.t(f.fix)}" if f.fix is not None else "")
            if self.sign_in_kept is not None:
                text += "\n" + self.t(self.sign_in_kept)
        elif self.token is not None:
            text = " ".join(self.t(said) for said in self._signed_in_words(provider))
        elif kept:
            text = self.t(T("A sign-in at {provider} is kept in this computer's keyring. The wizard signs in with it, without your browser, and then tests receiving and sending mail with that sign-in. If {provider} no longer accepts it, it is removed and your browser opens so you can sign in again.", provider=provider))
        elif self.kept is None:  # not asked yet: whichever way the sign-in goes, this is true
            text = self.t(T("The wizard can sign in at {provider} itself and then test receiving and sending mail with that sign-in. If this computer keeps you signed in from before, no browser is needed; otherwise your browser opens.", provider=provider))
        else:
            text = self.t(T("The wizard can sign in at {provider} itself, in your browser, and then test receiving and sending mail with that sign-in.", provider=provider))
        self.sign_in_text.setText(text)
        self.sign_in_text.setVisible(bool(text))  # signed in with the kept one and all proven: the status said it all
        self.sign_in_text.setAccessibleName(self.t(T("Sign-in")))
        again = self.sign_in_finding is not None or self.token is not None
        if self.kept is None:
            button = T("Sign &in again at {provider}", provider=provider) if again else T("Sign &in at {provider}", provider=provider)
        elif kept:
            button = T("Sign &in again at {provider} with the kept sign-in", provider=provider) if again else T("Sign &in at {provider} with the kept sign-in", provider=provider)
        else:
            button = T("Sign &in again at {provider} in your browser", provider=provider) if again else T("Sign &in at {provider} in your browser", provider=provider)
        self.sign_in_button.setText(self.t(button))
        self.sign_in_button.setAccessibleName(self.sign_in_button.text().replace("&", ""))
        self.sign_in_button.setVisible(not self.signing)
        self.sign_in_cancel.setText(self.t(T("&Cancel the sign-in")))
        self.sign_in_cancel.setAccessibleName(self.sign_in_cancel.text().replace("&", ""))
        self.sign_in_cancel.setVisible(self.signing)
        self.keep_sign_in.setText(self.t(T("&Keep me signed in (in this computer's keyring)")))
        self.keep_sign_in.setAccessibleName(self.keep_sign_in.text().replace("&", ""))
        # Already kept: the engine renews that one (a rotated one takes its place, a dead one's
        # place goes to the new sign-in), so there is nothing more to ask. Not known yet: asked,
        # and moot if the sign-in then finds one kept.
        self.keep_sign_in.setVisible(not self.signing and self.token is None and not kept)


class ProgramsPage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_widget)
        self.local_heading, self.files_heading = QLabel(), QLabel()
        for heading in (self.local_heading, self.files_heading):
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.look_again = QPushButton()
        self.look_again.clicked.connect(self._look_again)  # a method: a lambda holding the page would keep it alive
        self.retired = Banner("warning")  # other accounts still using a server being switched off
        self.retired.hide()
        layout.addWidget(self.retired)
        # Where the proven password goes: Thunderbird's own login store (ticked when a
        # password was typed and proven), and the system keyring only for the wizard's own
        # later checks, only when asked.
        self.remember = QCheckBox()
        layout.addSpacing(8)
        layout.addWidget(self.remember)
        self.keyring = QCheckBox()
        self.keyring.setChecked(False)
        self.keyring.hide()  # offered only where a keyring exists
        layout.addWidget(self.keyring)
        self.keyring_detail = QLabel()
        self.keyring_detail.setWordWrap(True)
        self.keyring_detail.setIndent(24)
        self.keyring_detail.setStyleSheet("color: #555;")
        layout.addWidget(self.keyring_detail)
        self.keyring_missing = QLabel()  # in its place where no keyring can be used: why not
        self.keyring_missing.setWordWrap(True)
        self.keyring_missing.setStyleSheet("color: #555;")
        self.keyring_missing.hide()
        layout.addWidget(self.keyring_missing)
        self.keyring_why: Text | None = None
        self.status = Banner("info")
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.boxes: list[tuple[MailProgram, QCheckBox, QLabel]] = []
        self.changes: dict[str, list] = {}  # program key -> existing accounts, old next to new
        self.program_notes: dict[str, Text] = {}  # program key -> what it makes of this account
        self.retired_accounts: list = []
        self.job: Job | None = None
        self.done = False
        self.retranslate()

    def _look_again(self) -> None:
        self.initializePage()

    def initializePage(self) -> None:  # noqa: N802
        for _, box, detail in self.boxes:
            box.deleteLater()
            detail.deleteLater()
        self.boxes = []
        self.done = False
        backend = self.shared.backend
        programs = backend.mail_programs()
        # Programs on this computer first, then files to hand to another program or device.
        for heading in (self.local_heading, self.files_heading, self.look_again):
            self.list_layout.removeWidget(heading)
        self.list_layout.addWidget(self.local_heading)
        for local in (True, False):
            if not local:
                self.list_layout.addWidget(self.files_heading)
            for program in (p for p in programs if p.on_this_computer == local):
                box = QCheckBox()
                box.setEnabled(program.available)
                box.setChecked(program.available and program.default)
                detail = QLabel()
                detail.setWordWrap(True)
                detail.setIndent(24)
                detail.setStyleSheet("color: #555;")
                self.list_layout.addWidget(box)
                self.list_layout.addWidget(detail)
                self.boxes.append((program, box, detail))
            if local:
                self.list_layout.addWidget(self.look_again)
        installed = getattr(backend, "thunderbird_installed", lambda: False)
        self.look_again.setVisible(any(p.key == "thunderbird:" and not p.available for p in programs) and installed())
        self.keyring_why = _keyring_problem(backend)
        self.keyring.setVisible(self.keyring_why is None)
        self.keyring_detail.setVisible(self.keyring_why is None)
        self.keyring_missing.setVisible(self.keyring_why is not None)
        self._find_existing()
        self._exchange_in_thunderbird()
        typed = bool(self.state.password) and not self._oauth2()
        thunderbird = any(p.key.startswith("thunderbird:") and p.available for p, _, _ in self.boxes)
        self.remember.setVisible(thunderbird and not self._oauth2())
        if self._oauth2():  # the provider signs in on its own page: no password to keep anywhere
            self.keyring.setVisible(False)
            self.keyring_detail.setVisible(False)
            self.keyring_missing.setVisible(False)
        self.remember.setChecked(typed and self._login_proven())
        for program, box, _ in self.boxes:
            if program.key.startswith("thunderbird:"):
                box.toggled.connect(self._sync_remember)
        self._sync_remember()
        self.keyring.setEnabled(typed)
        self.keyring.setChecked(False)
        self.retranslate()

    def _oauth2(self) -> bool:
        return signs_in_on_own_page(self.state.config)

    def _oauth2_detail(self, program: MailProgram) -> Text:
        """An OAuth2 account gets no Outlook file and (IMAP/POP) no Apple profile: say what
        happens instead of promising files."""
        if program.key == "outlook":
            return T("Outlook signs in on the provider's page itself: the steps for its own “Add account” are shown at the end; no file is needed")
        if program.key in ("apple", "iphone") and self.state.kind != "exchange":
            return T("a profile cannot sign in on the provider's page: the steps for the device's own “Add Account” are shown at the end")
        return program.detail

    def _exchange_in_thunderbird(self) -> None:
        """An Exchange account goes into Thunderbird as its own Exchange (EWS) account: said
        next to each profile, with what it covers; without an EWS address it cannot go there."""
        self.program_notes = {}
        state = self.state
        if state.address is None or state.config is None:
            return
        probe = getattr(self.shared.backend, "thunderbird_exchange", None)
        exchange, endpoint = probe(state.address, consented(state.config, state.consented), state.kind, state.realname) if probe else (False, None)
        if not exchange:
            return
        for program, box, _ in self.boxes:
            if not program.key.startswith("thunderbird:") or not program.available:
                continue
            if endpoint is None:
                box.setChecked(False)
                box.setEnabled(False)
                self.program_notes[program.key] = T("Thunderbird needs the address of the Exchange server's web service (EWS), and none is known for this account.")
            else:
                self.program_notes[program.key] = T("As an Exchange account: Thunderbird sets up the mail; calendar and contacts are not set up in Thunderbird.")

    def _sync_remember(self, *_: object) -> None:
        """Offered while a password was typed and a Thunderbird profile is chosen."""
        chosen = any(p.key.startswith("thunderbird:") and box.isChecked() for p, box, _ in self.boxes)
        self.remember.setEnabled(bool(self.state.password) and chosen and not self._oauth2())

    def _login_proven(self) -> bool:
        diagnosis = self.state.diagnosis
        return diagnosis is not None and any(f.code == "login-ok" for f in diagnosis.findings) and not any(f.code.startswith("login-") and f.problem for f in diagnosis.findings)

    def _find_existing(self) -> None:
        """Accounts already there for this address (a provider's move to new servers): shown
        old → new, and the writers update them in place instead of adding a twin."""
        self.changes = {}
        self.retired_accounts = []
        backend, state = self.shared.backend, self.state
        if state.address is None or state.config is None:
            return
        config = consented(state.config, state.consented)
        for change in (getattr(backend, "changes", None) or (lambda *a: []))(state.address, config, state.kind, state.realname, state.provider):
            self.changes.setdefault(change.program_key, []).append(change)
        self.retired_accounts = list((getattr(backend, "retired_in_use", None) or (lambda *a: []))(state.provider))
        for program, box, _ in self.boxes:
            if program.key in self.changes and program.available:
                box.setChecked(True)  # what is there already is kept up to date
        self.state.moved = any(c.moves for changes in self.changes.values() for c in changes)

    def isComplete(self) -> bool:  # noqa: N802
        return self.job is None

    def validatePage(self) -> bool:  # noqa: N802
        if self.done:
            return True
        chosen = [p for p, box, _ in self.boxes if box.isChecked()]
        state, backend, catalog = self.state, self.shared.backend, self.shared.lang.catalog
        keep_password = not self.keyring.isHidden() and self.keyring.isEnabled() and self.keyring.isChecked() and bool(state.password)
        remember = self.remember.isEnabled() and self.remember.isChecked() and bool(state.password)
        certificates = certificates_in_use(state.diagnosis, state.accepted)  # what the servers show now
        config = consented(state.config, state.consented)

        def work() -> tuple[list[Written], object]:
            results = []
            for program in chosen:
                try:
                    results.append(backend.write(program, state.address, config, state.kind, state.realname, state.password or None, certificates, catalog, remember=remember))
                except UserError as exc:
                    results.append(Written(program, False, (exc.text,)))
                except Exception as exc:  # noqa: BLE001 - one program failing must not stop the rest
                    results.append(Written(program, False, (T("Could not write: {problem}", problem=f"{type(exc).__name__}: {exc}"),)))
            stored = T("The password was not kept in this computer's keyring.") if state.password else None
            if keep_password:
                try:
                    from wizard.profiles.password import store_password

                    stored = store_password(str(state.address), state.password).message
                except Exception as exc:  # noqa: BLE001
                    stored = T("The password could not be kept in the keyring: {problem}", problem=str(exc))
            return results, stored

        job = Job(self)
        job.finished.connect(lambda result, job=job: self._written(job, result))
        job.failed.connect(lambda exc, job=job: self._written(job, ([], T("Could not write: {problem}", problem=str(exc)))))
        self.job = job
        self.status.show()
        self.status.set_text(self.t(T("Setting up your mail programs…")))
        self.completeChanged.emit()
        self.shared.worker.call_blocking(job, work)
        return False

    def _written(self, job: Job, result) -> None:
        if job is not self.job:
            return
        self.job = None
        written, stored = result
        self.state.written = list(written)
        self.state.keyring = stored
        self.done = True
        self.completeChanged.emit()
        self.wizard().next()

    def retranslate(self) -> None:
        self.setTitle(self.t(T("Mail programs")))
        self.set_subtitle(T("Choose where to set up the account."))
        self.intro.setText(self.t(T("Choose the mail programs to set up. Files for other programs and devices are saved in a folder, to open or send them there.")))
        self.local_heading.setText(self.t(T("Mail programs on this computer")))
        self.files_heading.setText(self.t(T("Files for other programs and devices")))
        self.look_again.setText(self.t(T("&Look again")))
        self.look_again.setAccessibleName(self.t(T("Look again for Thunderbird")))
        words = {"incoming": T("Incoming"), "outgoing": T("Outgoing"), "username": T("User name")}
        oauth2 = self._oauth2()
        for program, box, detail in self.boxes:
            box.setText(self.t(program.label))
            box.setAccessibleName(self.t(program.label))
            text = self.t(self._oauth2_detail(program) if oauth2 else program.detail)
            note = getattr(self, "program_notes", {}).get(program.key)
            if note is not None:
                text += "\n" + self.t(note)
            for change in self.changes.get(program.key, []):
                if change.moves:
                    text += "\n" + self.t(T("This account is already set up here with other servers; it will be updated in place (a backup is kept):"))
                    for what, old, new in change.rows:
                        if old != new:
                            text += "\n    " + self.t(T("{what}: {old} → {new}", what=words.get(what, what), old=old or "-", new=new or "-"))
                else:
                    text += "\n" + self.t(T("This account is already set up here with these servers; it will be updated in place."))
            detail.setText(text)
            detail.setAccessibleName(text)
        self.retired.setVisible(bool(self.retired_accounts))
        if self.retired_accounts:
            # The provider's own note already says the server is being switched off; then only
            # who still uses it is added, so the sentence is not said twice.
            lines = [
                self.t(T("{address} still uses {host}.", address=address, host=host)) + " " + self.t(note)
                if note is not None
                else self.t(T("{address} still uses {host}, which is being switched off.", address=address, host=host))
                for address, host, note in self.retired_accounts
            ]
            self.retired.set_text("\n".join(lines))
        self.remember.setText(self.t(T("Thunderbird remembers the password (saved encrypted in Thunderbird's own password store)")))
        self.remember.setAccessibleName(self.remember.text())
        self.keyring.setText(self.t(T("Also keep the password in this computer's keyring")))
        self.keyring.setAccessibleName(self.keyring.text())
        self.keyring_detail.setText(self.t(T("Only for this wizard's own later checks: testing the account again, a provider's move to new servers, a support re-run. Your mail programs do not read it from there.")))
        if self.keyring_why is not None:
            self.keyring_missing.setText(self.t(T("The password cannot be kept in this computer's keyring. {problem}", problem=self.keyring_why)))
            self.keyring_missing.setAccessibleName(self.keyring_missing.text())


def _keyring_problem(backend: object) -> Text | None:
    """Why the backend's system keyring cannot keep the password, or None when it can."""
    probe = getattr(backend, "keyring_problem", None)
    if probe is not None:
        return probe()
    if getattr(backend, "keyring_available", lambda: True)():
        return None
    return T("No system keyring was found on this computer.")


def outlook_steps(paths: tuple[Path, ...]) -> list[Text]:
    """Outlook in three plain steps, naming the files (the writer's own steps are for experts,
    and the report keeps them). The last step says what Outlook asks for when the account is
    added, and that the files do not hold the password: said once, there, and nowhere else
    in the block."""
    reg = next((p for p in paths if p.suffix == ".reg"), None)
    folder = paths[0].parent if paths else None
    out = [T("Copy the folder “{folder}” to the Windows computer (a USB stick or your cloud storage will do).", folder=str(folder) if folder else "-")]
    if reg is not None:
        out.append(T("There, double-click “{file}” and answer Yes.", file=reg.name))
    out.append(T("Open Outlook, choose File, then Add Account, and type your e-mail address. Outlook then asks for your password once: type it there. Your password is not in these files."))
    return out


def apple_steps(paths: tuple[Path, ...], mac: bool, phone: bool, asks: bool = False) -> list[Text]:
    """The device's install steps, naming the profile. With ``asks`` (the profile holds no
    password) the last install step also says that the device asks for the password once
    while installing, and that the profile does not hold it: said once, there, and nowhere
    else in the block (a Mac and an iPhone sharing one profile are told so together)."""
    profiles = [p for p in paths if p.suffix == ".mobileconfig"]

    def named(ending: str) -> str:
        """The device's own profile (Exchange has one for the Mac and one for the iPhone)."""
        found = next((p for p in profiles if p.stem.endswith(ending)), profiles[0] if profiles else (paths[0] if paths else None))
        return found.name if found is not None else "-"

    out = []
    if mac:
        out.append(T("On the Mac: double-click “{file}”, then open System Settings, Privacy & Security, Profiles, and install it.", file=named("-mac")))
    if phone:
        out.append(T("On an iPhone or iPad: send “{file}” to yourself (AirDrop or e-mail), open it, then go to Settings, Profile Downloaded, and install it.", file=named("-iphone")))
    if asks and out:  # the last step: when the device (or, sharing one profile, both) ask for it
        if mac and phone:
            then = T("The Mac and the iPhone or iPad each ask for your password once while installing the profile: type it there. Your password is not in the profile.")
        elif mac:
            then = T("The Mac then asks for your password once: type it there. Your password is not in the profile.")
        else:
            then = T("The iPhone or iPad then asks for your password once: type it there. Your password is not in the profile.")
        out[-1] = T("{step} {then}", step=out[-1], then=then)
    return out


@dataclass(frozen=True)
class DoneEntry:
    """One block of the Done page: a program (or two sharing one file), what was done, where."""

    labels: tuple[Text, ...]
    ok: bool
    lines: tuple[Text, ...]
    paths: tuple[Path, ...]
    thunderbird: bool = False


def done_entries(written: list[Written]) -> list[DoneEntry]:
    """What the Done page lists: Mac and iPhone become one block when they share the file."""
    out: list[DoneEntry] = []
    apple = {w.program.key: w for w in written if w.program.key in ("apple", "iphone") and w.ok}
    merged = len(apple) == 2 and set(apple["apple"].paths) == set(apple["iphone"].paths) and apple["apple"].oauth2 == apple["iphone"].oauth2
    for w in written:
        key = w.program.key
        if not w.ok:
            out.append(DoneEntry((w.program.label,), False, w.lines, ()))
        elif key == "outlook" and w.oauth2:  # Outlook's own Add Account signs in (OAuth2): its steps
            out.append(DoneEntry((w.program.label,), True, w.lines, ()))
        elif key == "outlook":  # the plain steps say where the password goes; the writer's lines would say it again
            out.append(DoneEntry((w.program.label,), True, tuple(outlook_steps(w.paths)), w.paths))
        elif key in ("apple", "iphone") and w.oauth2:  # no profile can sign in (OAuth2): the device's own steps
            if merged and key == "iphone":
                continue
            labels = (apple["apple"].program.label, apple["iphone"].program.label) if merged else (w.program.label,)
            out.append(DoneEntry(labels, True, w.lines, ()))
        elif key in ("apple", "iphone"):
            if merged and key == "iphone":
                continue
            labels = (apple["apple"].program.label, apple["iphone"].program.label) if merged else (w.program.label,)
            warn = tuple(line for line in w.lines if line.source.startswith("Warning:"))  # the password-in-file warning stays
            from wizard.profiles.apple import ASKS_WHILE_INSTALLING  # the writer's own words (loaded: it wrote the profile)

            asks = ASKS_WHILE_INSTALLING in w.lines  # the profile holds no password
            steps = apple_steps(w.paths, mac=merged or key == "apple", phone=merged or key == "iphone", asks=asks)
            sign_in = tuple(line for line in w.lines if "sign-in page" in line.source)  # OAuth: where the device signs in
            out.append(DoneEntry(labels, True, warn + tuple(steps) + sign_in, w.paths))
        else:
            out.append(DoneEntry((w.program.label,), True, w.lines, w.paths, thunderbird=key.startswith("thunderbird:")))
    return out


class DonePage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.verdict = Banner("ok")  # green only when everything was proven
        layout.addWidget(self.verdict)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.entries_widget = QWidget()
        self.entries_layout = QVBoxLayout(self.entries_widget)
        self.entries_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries_widget)
        self.entry_widgets: list[QWidget] = []
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.checklist = Banner("info")
        layout.addWidget(self.checklist)
        self.two_factor = Banner("info")
        layout.addWidget(self.two_factor)
        self.support = QLabel()
        self.support.setWordWrap(True)
        self.support.setTextFormat(Qt.TextFormat.RichText)
        self.support.setOpenExternalLinks(True)
        self.support.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.support)
        layout.addStretch(1)
        self.reference = QLabel()  # read out on the phone: which attempt this was
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reference)
        row = QHBoxLayout()
        self.copy = QPushButton()
        self.copy.clicked.connect(self.copy_report)
        self.save = QPushButton()
        self.save.clicked.connect(self.save_report)
        row.addWidget(self.copy)
        row.addWidget(self.save)
        row.addStretch(1)
        outer.addLayout(row)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        outer.addWidget(self.saved)
        self.open_buttons: list[tuple[QPushButton, Path | None]] = []
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.saved_text = None
        self.saved.setText("")
        backend = self.shared.backend
        brand = getattr(getattr(backend, "brand", None), "id", None)
        self.state.identity = None  # a new attempt: a new reference
        identity_of(self.state, brand=brand, home=getattr(backend, "home", None))
        self._build_entries()
        self.retranslate()

    def report(self) -> str:
        return build_report(self.state, self.shared.lang.catalog)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report())
        self.saved_text = T("The report is copied. Paste it into an e-mail or chat to support.")
        self.saved.setText(self.t(self.saved_text))

    def save_report(self) -> None:
        default = str(Path.home() / "mailsetup-report.txt")
        path, _ = QFileDialog.getSaveFileName(self, self.t(T("Save report")), default, self.t(T("Text files (*.txt)")))
        if not path:
            return
        try:
            Path(path).write_text(self.report(), encoding="utf-8")
        except OSError as exc:  # a read-only folder or a full disk: say so, not a traceback
            self.saved_text = T("The report could not be saved as {path}: {problem}", path=path, problem=exc.strerror or type(exc).__name__)
        else:
            self.saved_text = T("The report is saved as {path}.", path=path)
        self.saved.setText(self.t(self.saved_text))

    def _build_entries(self) -> None:
        for widget in self.entry_widgets:
            self.entries_layout.removeWidget(widget)
            widget.deleteLater()
        self.entry_widgets = []
        self.open_buttons = []
        self.entries = done_entries(self.state.written)
        backend = self.shared.backend
        for entry in self.entries:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 4)
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
            buttons = QHBoxLayout()
            folders = list(dict.fromkeys(p if p.is_dir() else p.parent for p in entry.paths)) if entry.ok else []
            if entry.thunderbird and getattr(backend, "thunderbird_installed", lambda: False)():
                button = QPushButton()
                button.clicked.connect(lambda: getattr(self.shared.backend, "open_thunderbird", lambda: False)())
                buttons.addWidget(button)
                self.open_buttons.append((button, None))
            for folder in folders[:1]:
                button = QPushButton()
                button.setToolTip(str(folder))
                button.clicked.connect(lambda _=False, folder=folder: getattr(self.shared.backend, "open_path", lambda p: False)(folder))
                buttons.addWidget(button)
                self.open_buttons.append((button, folder))
            buttons.addStretch(1)
            column.addLayout(buttons)
            box.label = label
            self.entries_layout.addWidget(box)
            self.entry_widgets.append(box)

    def shown_text(self) -> str:
        """Everything the page says about what was done, as plain text (for tests and
        screen readers' summary): the verdict, each program's block and the notes."""
        parts = [self.verdict.label.text(), self.summary.text()] + [box.label.text() for box in self.entry_widgets] + [self.notes.text()]
        return "\n".join(p for p in parts if p)

    def open_items(self) -> list:
        return [v for v in self.state.verdicts if not v.settled]

    def retranslate(self) -> None:
        self.setTitle(self.t(T("Done")))
        self.set_subtitle(None)
        state = self.state
        open_items = self.open_items()
        written_ok = any(w.ok for w in state.written)
        if not state.written:
            self.verdict.setVisible(True)
            self._verdict("info", self.t(T("No mail program was set up.")))
        elif state.verdicts and not open_items and awaits_sign_in(state.verdicts):
            # Proven up to the provider's own sign-in: said as that, never as a tested login.
            provider = state.config.provider if state.config is not None else None
            if provider:
                said = T("Your e-mail is set up. Everything up to the sign-in was tested: {provider} signs you in on its own page, which your mail program opens the first time it connects. Sign in there; until then it cannot fetch or send mail.", provider=provider)
            else:
                said = T("Your e-mail is set up. Everything up to the sign-in was tested: your provider signs you in on its own page, which your mail program opens the first time it connects. Sign in there; until then it cannot fetch or send mail.")
            self._verdict("info", self.t(said))
        elif state.verdicts and not open_items and signs_in_on_own_page(state.config):
            # Proven with the wizard's own sign-in, which stays in the window: the mail program
            # still signs in itself, and no password was tested.
            provider = state.config.provider if state.config is not None else None
            if provider:
                said = T("Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at {provider}. Your mail program needs its own sign-in there, which it asks for the first time it connects; until then it cannot fetch or send mail.", provider=provider)
            else:
                said = T("Your e-mail is set up, and it works: receiving and sending were tested with a sign-in at your provider. Your mail program needs its own sign-in there, which it asks for the first time it connects; until then it cannot fetch or send mail.")
            self._verdict("ok", self.t(said))
        elif state.verdicts and not open_items:
            self._verdict("ok", self.t(T("Your e-mail is set up, and it works: receiving and sending were tested with your password.")))
        else:
            lines = [self.t(T("Set up, but not everything is proven yet. Still open:"))]
            for v in open_items:
                lines.append("• " + self.t(v.reason) + (" " + self.t(v.todo) if v.todo is not None else ""))
            if not state.verdicts:
                lines.append("• " + self.t(T("The settings were not tested. The mail program will show whether they work.")))
            self._verdict("warning" if written_ok else "error", "\n".join(lines))
        self.summary.setText("<p><b>" + rich(self.t(T("What was done:"))) + "</b></p>" if state.written else "")
        self.summary.setAccessibleName(self.t(T("What was set up")))
        for entry, box in zip(getattr(self, "entries", []), self.entry_widgets):
            title = " / ".join(rich(self.t(label)) for label in entry.labels)
            mark = "" if entry.ok else " — " + rich(self.t(T("not set up")))
            if entry.ok and len(entry.lines) > 1:
                body = "<ol>" + "".join("<li>" + rich(self.t(line)) + "</li>" for line in entry.lines) + "</ol>"
            else:
                body = "<br>".join(rich(self.t(line)) for line in entry.lines)
            box.label.setText(f"<b>{title}</b>{mark}<br>{body}")
            box.label.setAccessibleName(box.label.text())
        first_folder = True
        for button, folder in self.open_buttons:
            if folder is None:
                button.setText(self.t(T("Open &Thunderbird")))
                button.setAccessibleName(self.t(T("Open Thunderbird")))
            else:
                text = self.t(T("&Open folder"))
                button.setText(text if first_folder else text.replace("&", ""))  # one Alt+letter per page
                first_folder = False
                button.setAccessibleName(self.t(T("Open the folder {folder}", folder=str(folder))))
        notes = [self.t(note) for note in state.notes]
        if state.keyring is not None:
            notes.append(self.t(state.keyring))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        provider = state.provider
        if provider and provider.checklist and state.moved:  # only when an existing account was moved
            self.checklist.show()
            items = "\n".join("• " + self.t(item) for item in provider.checklist)
            if provider.migration_date is not None:
                head = T("{provider} moves your e-mail to new servers on {date}. Do these things by hand:", provider=provider.name, date=long_date(provider.migration_date, self.shared.lang.language))
            else:
                head = T("{provider} asks you to do these things by hand:", provider=provider.name)
            self.checklist.set_text(self.t(head) + "\n" + items)
        else:
            self.checklist.hide()
        two = provider.two_factor if provider else None
        self.two_factor.setVisible(two is not None)
        if provider is not None and two is not None:
            text = self.t(T("Two-factor sign-in: {note}", note=two))
            if provider.two_factor_url:
                text += "\n" + self.t(T("Turn it on here: {url}", url=provider.two_factor_url))
            self.two_factor.set_text(text)
        links = []
        if provider is not None and provider.webmail:
            links.append(rich(self.t(T("Webmail:"))) + f' <a href="{html.escape(provider.webmail)}">{rich(provider.webmail)}</a>')
        if provider is not None and provider.support_link:
            who = self.t(provider.support) if provider.support is not None else self.t(T("{provider} support", provider=provider.name))
            links.append(rich(self.t(T("Help from {who}:", who=who))) + f' <a href="{html.escape(provider.support_link)}">{rich(provider.support_link)}</a>')
        self.support.setVisible(bool(links))
        self.support.setText("<br>".join(links))
        self.support.setAccessibleName(self.t(T("Where to get help")))
        if getattr(self, "saved_text", None) is not None:
            self.saved.setText(self.t(self.saved_text))
        identity = state.identity
        self.reference.setVisible(identity is not None)
        if identity is not None:
            self.reference.setText(self.t(T("Reference for support: {reference}", reference=identity.reference)))
            self.reference.setAccessibleName(self.reference.text())
        self.copy.setText(self.t(T("&Copy report for support")))
        self.save.setText(self.t(T("Sa&ve report…")))
        self.copy.setAccessibleName(self.t(T("Copy report for support")))
        self.save.setAccessibleName(self.t(T("Save report")))

    def _verdict(self, kind: str, text: str) -> None:
        self.verdict.kind = kind
        self.verdict.setStyleSheet(f"#banner {{ background: {Banner.COLOURS.get(kind, '#eee')}; border-radius: 6px; }}")
        self.verdict.icon.setPixmap(pixmap({"ok": "ok"}.get(kind, kind), 22))
        self.verdict.set_text(text)
