"""Pages 6-8: Testing (the doctor, live), Mail programs, Done."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.backend import Diagnosis, MailProgram, Written
from wizard.gui.branding import long_date
from wizard.gui.common import Banner, Page, Shared, icon, rich
from wizard.gui.pages_settings import consented
from wizard.gui.pages_start import STATUS_ICONS
from wizard.gui.report import build_report, identity_of
from wizard.gui.worker import Job
from wizard.i18n import T
from wizard.model import Security, Step, StepStatus, wording
from wizard.model.errors import UserError

SEVERITY_ICONS = {"info": "ok", "warning": "warning", "error": "error"}
SUBMISSION_PORTS = (465, 587)


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


class TestingPage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.port25 = Banner("warning")
        layout.addWidget(self.port25)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        layout.addWidget(self.findings, 1)
        row = QHBoxLayout()
        self.again = QPushButton()
        self.again.clicked.connect(self.start)
        row.addWidget(self.again)
        row.addStretch(1)
        layout.addLayout(row)
        self.job: Job | None = None
        self.running = False
        self.problem = None
        self.steps: dict[tuple[str, str], Step] = {}
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def start(self) -> None:
        self.cancel()
        config, address = self.state.config, self.state.address
        if config is None or address is None:
            return
        self.state.diagnosis = None
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
        provider = self.state.provider
        self.shared.worker.submit(job, lambda: backend.diagnose(address, config, ctx, password, accept, provider))
        self.render()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            self.running = False
            self.render()

    def _step(self, step: Step) -> None:
        if self.running:
            self.steps[(step.source, step.target)] = step
            self.render()

    def _finished(self, job: Job, result: Diagnosis) -> None:
        if job is not self.job:
            return
        self.running = False
        self.state.diagnosis = result
        config, note = switch_off_port25(self.state.config, result.findings)
        if note is not None:
            self.state.config = config
            self.state.notes.append(note)
        self.render()
        self.completeChanged.emit()

    def _failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.job:
            return
        self.running = False
        self.problem = exc.text if isinstance(exc, UserError) else T("The test stopped: {problem}", problem=f"{type(exc).__name__}: {exc}")
        self.render()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running

    def render(self) -> None:
        self.findings.clear()
        self.progress.setVisible(self.running)
        for step in self.steps.values():
            if self.running:
                item = QListWidgetItem(icon(STATUS_ICONS.get(step.status, "info")), f"{step.target} — {self.t(wording.step_status(step.status))}" + (f": {self.t(step.detail)}" if step.detail and step.status is not StepStatus.STARTED else ""))
                self.findings.addItem(item)
        diagnosis = self.state.diagnosis
        blocked = None
        if diagnosis is not None:
            for f in sorted(diagnosis.findings, key=lambda f: f.severity.rank):
                text = self.t(f.message) + (f"\n→ {self.t(f.fix)}" if f.fix is not None else "")
                item = QListWidgetItem(icon(SEVERITY_ICONS.get(f.severity.value, "info")), text)
                item.setData(Qt.ItemDataRole.UserRole, f.code)
                item.setToolTip(f"{f.code} {f.host}:{f.port}")
                self.findings.addItem(item)
                if f.code == "port25-blocked":
                    blocked = f
        self.port25.setVisible(blocked is not None)
        if blocked is not None:
            text = self.t(T("Your internet connection blocks port 25, the old port for sending mail. Many providers of home internet do this to stop spam. That is not a problem: mail programs send on port 465 or 587 with your password."))
            for note in self.state.notes:
                text += "\n" + self.t(note)
            self.port25.set_text(text)
        self._texts()

    def retranslate(self) -> None:
        self.render()  # findings and the port-25 text are rendered in the new language too

    def _texts(self) -> None:
        self.setTitle(self.t(T("Testing the settings")))
        self.setSubTitle(self.t(T("Connecting to each server, checking encryption and certificates, and logging in.")))
        diagnosis = self.state.diagnosis
        if self.running:
            status = T("Testing… this takes a few seconds.")
        elif self.problem is not None:
            status = self.problem
        elif diagnosis is None:
            status = T("Not tested.")
        elif any(f.problem for f in diagnosis.findings):
            status = T("Some checks failed. Read what to do below, go back to change the settings, or continue anyway.")
        else:
            status = T("Everything works.")
        self.status.setText(self.t(status))
        self.again.setText(self.t(T("&Test again")))
        self.again.setAccessibleName(self.t(T("Test again")))
        self.again.setEnabled(not self.running)
        self.findings.setAccessibleName(self.t(T("Test results")))
        self.progress.setAccessibleName(self.t(T("Test progress")))


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
        layout.addWidget(self.keyring)
        self.keyring_detail = QLabel()
        self.keyring_detail.setWordWrap(True)
        self.keyring_detail.setIndent(24)
        self.keyring_detail.setStyleSheet("color: #555;")
        layout.addWidget(self.keyring_detail)
        self.status = Banner("info")
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.boxes: list[tuple[MailProgram, QCheckBox, QLabel]] = []
        self.changes: dict[str, list] = {}  # program key -> existing accounts, old next to new
        self.retired_accounts: list = []
        self.job: Job | None = None
        self.done = False
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        for _, box, detail in self.boxes:
            box.deleteLater()
            detail.deleteLater()
        self.boxes = []
        self.done = False
        for program in self.shared.backend.mail_programs():
            box = QCheckBox()
            box.setEnabled(program.available)
            box.setChecked(program.available and (program.key.startswith("thunderbird:") or program.key == "sheet"))
            detail = QLabel()
            detail.setWordWrap(True)
            detail.setIndent(24)
            detail.setStyleSheet("color: #555;")
            self.list_layout.addWidget(box)
            self.list_layout.addWidget(detail)
            self.boxes.append((program, box, detail))
        self._find_existing()
        typed = bool(self.state.password)
        thunderbird = any(p.key.startswith("thunderbird:") and p.available for p, _, _ in self.boxes)
        self.remember.setVisible(thunderbird)
        self.remember.setChecked(typed and self._login_proven())
        for program, box, _ in self.boxes:
            if program.key.startswith("thunderbird:"):
                box.toggled.connect(self._sync_remember)
        self._sync_remember()
        self.keyring.setEnabled(typed)
        self.keyring.setChecked(False)
        self.retranslate()

    def _sync_remember(self, *_: object) -> None:
        """Offered while a password was typed and a Thunderbird profile is chosen."""
        chosen = any(p.key.startswith("thunderbird:") and box.isChecked() for p, box, _ in self.boxes)
        self.remember.setEnabled(bool(self.state.password) and chosen)

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

    def isComplete(self) -> bool:  # noqa: N802
        return self.job is None

    def validatePage(self) -> bool:  # noqa: N802
        if self.done:
            return True
        chosen = [p for p, box, _ in self.boxes if box.isChecked()]
        state, backend, catalog = self.state, self.shared.backend, self.shared.lang.catalog
        keep_password = self.keyring.isChecked() and bool(state.password)
        remember = self.remember.isEnabled() and self.remember.isChecked() and bool(state.password)
        certificates = tuple(state.accepted)
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
        self.setSubTitle(self.t(T("Choose where to set up the account.")))
        self.intro.setText(self.t(T("These mail programs were found on this computer. Files for other devices are saved so you can open or send them.")))
        words = {"incoming": T("Incoming"), "outgoing": T("Outgoing"), "username": T("User name")}
        for program, box, detail in self.boxes:
            box.setText(self.t(program.label))
            box.setAccessibleName(self.t(program.label))
            text = self.t(program.detail)
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


class DonePage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
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
        layout.addLayout(row)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        layout.addWidget(self.saved)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.saved_text = None
        self.saved.setText("")
        backend = self.shared.backend
        brand = getattr(getattr(backend, "brand", None), "id", None)
        self.state.identity = None  # a new attempt: a new reference
        identity_of(self.state, brand=brand, home=getattr(backend, "home", None))
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

    def retranslate(self) -> None:
        self.setTitle(self.t(T("Done")))
        state = self.state
        parts = []
        ok = [w for w in state.written if w.ok]
        failed = [w for w in state.written if not w.ok]
        if ok:
            parts.append("<p><b>" + self.t(T("Set up:")) + "</b></p><ul>")
            for w in ok:
                parts.append("<li><b>" + rich(self.t(w.program.label)) + "</b><br>" + "<br>".join(rich(self.t(line)) for line in w.lines) + "</li>")
            parts.append("</ul>")
        if failed:
            parts.append("<p><b>" + self.t(T("Not set up:")) + "</b></p><ul>")
            for w in failed:
                parts.append("<li>" + rich(self.t(w.program.label)) + ": " + "<br>".join(rich(self.t(line)) for line in w.lines) + "</li>")
            parts.append("</ul>")
        if not state.written:
            parts.append("<p>" + self.t(T("No mail program was set up.")) + "</p>")
        for note in state.notes:
            parts.append("<p>" + rich(self.t(note)) + "</p>")
        if state.keyring is not None:
            parts.append("<p>" + rich(self.t(state.keyring)) + "</p>")
        self.summary.setText("".join(parts))
        self.summary.setAccessibleName(self.t(T("What was set up")))
        provider = state.provider
        if provider and provider.checklist:
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
