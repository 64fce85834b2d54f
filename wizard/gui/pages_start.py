"""Pages 2-3: Your account, Finding settings (the Welcome page has a module of its own:
it is the one page built before the window opens)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QWidget,
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from wizard.gui.backend import Discovered
from wizard.gui.common import Page, Shared, icon
from wizard.gui.pageid import PageId
from wizard.gui.worker import Job
from wizard.i18n import T, Text
from wizard.model import AccountConfig, EmailAddress, Step, StepStatus, wording
from wizard.model.credential import needs_no_password
from wizard.model.errors import UserError

DISCOVERY_DEADLINE = 8.0

STATUS_ICONS = {
    StepStatus.STARTED: "running",
    StepStatus.OK: "ok",
    StepStatus.EMPTY: "waiting",
    StepStatus.ERROR: "error",
    StepStatus.TIMEOUT: "warning",
    StepStatus.CANCELLED: "waiting",
    StepStatus.SKIPPED: "waiting",
}


def group_status(statuses: list[StepStatus]) -> StepStatus:
    """A source found something if any question did; else it is still asking, else its
    most telling failure."""
    for wanted in (StepStatus.OK, StepStatus.STARTED, StepStatus.ERROR, StepStatus.TIMEOUT, StepStatus.EMPTY, StepStatus.CANCELLED):
        if wanted in statuses:
            return wanted
    return statuses[-1] if statuses else StepStatus.SKIPPED


class AccountPage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.address_error = QLabel()
        self.address_error.setWordWrap(True)
        self.address_error.setStyleSheet("color: #b00020;")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QToolButton()
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._toggle_password)
        self.password_hint = QLabel()
        self.password_hint.setWordWrap(True)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.name, self.address, self.password)):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.name)
        form.addRow(self.labels[1], self.address)
        form.addRow("", self.address_error)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        form.addRow(self.labels[2], row)
        form.addRow("", self.password_hint)
        self.address.textChanged.connect(self._validate)
        self.name.textChanged.connect(lambda text: setattr(self.state, "realname", text))
        self.password.textChanged.connect(self._password_changed)
        self._error = None
        self.own_page: Text | str | None = None  # who signs this address in on its own page, once known
        self.learned: tuple[str, Text | str] | None = None  # (address, provider) the search found signing in that way
        self.retranslate()

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.retranslate()

    def _password_changed(self, text: str) -> None:
        self.state.password = text
        self._password_hint()

    def _password_hint(self) -> None:
        """An empty password is flagged where it is typed: the login cannot be proven without it.
        Unless the provider is known to sign in on its own page: then no password is asked for."""
        if self.own_page is not None:
            self.password_hint.setStyleSheet("")
            self.password_hint.setText(self.t(T("{provider} signs you in on its own page in your browser, so the wizard does not ask for your password. Type it only on that page.", provider=self.own_page)))
        elif self.password.text():
            self.password_hint.setStyleSheet("")
            self.password_hint.setText(self.t(T("The password is used to test the login. It is saved only where you choose on the last page, and only encrypted, never in a plain file. A provider that signs you in on its own page never gets it.")))
        else:
            self.password_hint.setStyleSheet("color: #8a5300;")
            self.password_hint.setText(self.t(T("No password yet: without it the wizard cannot prove the login. You can still go on; the mail program will ask for it. Providers that sign you in on their own page (as Gmail and Microsoft 365 do) need none here.")))

    def _own_page_provider(self) -> Text | str | None:
        """Who signs this address in on its own page (OAuth2), when known before the search:
        what the search found for this same address, else the provider pack for its domain
        (read locally, no network). None: not known (yet), so the password stays optional."""
        address = self.state.address
        if address is None:
            return None
        if self.learned is not None and self.learned[0] == str(address):
            return self.learned[1]
        info = self.shared.backend.provider_for(address)
        pack = getattr(info, "pack", None)
        if info is None or pack is None:
            return None
        try:
            incoming, outgoing = pack.settings_for(address)
        except Exception:  # noqa: BLE001 - a pack that cannot say leaves the password optional
            return None
        return info.name if needs_no_password(incoming + outgoing) else None

    def _apply_sign_in(self) -> None:
        """No password field for an account that signs in on its provider's page: one typed
        already is cleared (it was never sent anywhere), and the field stays empty."""
        self.own_page = self._own_page_provider()
        if self.own_page is not None and self.password.text():
            self.password.clear()
        for widget in (self.password, self.show_password, self.labels[2]):
            widget.setEnabled(self.own_page is None)
        self.retranslate()  # the hint and the subtitle say which

    def learn_own_sign_in(self, config: AccountConfig, provider: Text | str | None) -> tuple[Text | str | None, bool]:
        """What the search found: settings that sign in only on the provider's own page drop
        the password typed for them (kept only to scrub it from what servers said) and close
        the field while the address stays. Returns who signs in that way (None: a password is
        of use) and whether a typed password was dropped."""
        if self.state.address is None or not needs_no_password(config.incoming + config.outgoing):
            return None, False
        self.learned = (str(self.state.address), provider or T("Your provider"))
        typed = self.state.password
        if typed:
            self.state.withheld = typed
        self._apply_sign_in()
        self.state.password = ""
        return self.learned[1], bool(typed)

    def _validate(self) -> None:
        text = self.address.text()
        try:
            self.state.address = EmailAddress.parse(text)
            self._error = None
        except UserError as exc:
            self.state.address = None
            self._error = exc.text if text.strip() else None
        self.address_error.setText(self.t(self._error) if self._error else "")
        self._apply_sign_in()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.state.address is not None

    def retranslate(self) -> None:
        self.setTitle(self.t(T("Your account")))
        self.set_subtitle(T("The address and password you got from your e-mail provider.") if self.own_page is None else T("The address you got from your e-mail provider."))
        for label, text in zip(self.labels, (T("Your na&me:"), T("E-mail &address:"), T("&Password:"))):
            label.setText(self.t(text))
        self.name.setPlaceholderText(self.t(T("as recipients will see it, e.g. Anna Hansen")))
        self.address.setPlaceholderText("name@example.com")
        self.name.setAccessibleName(self.t(T("Your name")))
        self.address.setAccessibleName(self.t(T("E-mail address")))
        self.password.setAccessibleName(self.t(T("Password")))
        shown = self.show_password.isChecked()
        self.show_password.setText(self.t(T("Hide")) if shown else self.t(T("Show")))
        self.show_password.setAccessibleName(self.t(T("Hide the password")) if shown else self.t(T("Show the password")))
        self._password_hint()
        self.address_error.setText(self.t(self._error) if self._error else "")


class FindingPage(Page):
    """Discovery runs in the worker; every step appears as it happens."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.steps = QTreeWidget()
        self.steps.setColumnCount(4)
        self.steps.setRootIsDecorated(False)
        self.steps.setUniformRowHeights(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.steps.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 250)
        header.resizeSection(3, 64)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggest = QPushButton()  # "Use anna@gmail.com" after a mistyped domain
        self.suggest.hide()
        self.suggest.clicked.connect(self._use_suggestion)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest)
        suggest_row.addStretch(1)
        layout.addLayout(suggest_row)
        self.details = QToolButton()  # the technical table of sources, for the curious and support
        self.details.setCheckable(True)
        self.details.toggled.connect(self._details_toggled)
        layout.addWidget(self.details)
        layout.addWidget(self.steps, 1)
        self.steps.hide()
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        buttons = QHBoxLayout()
        self.stop = QPushButton()
        self.stop.clicked.connect(self.cancel)
        self.manual = QPushButton()
        self.manual.clicked.connect(self._manual)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        buttons.addWidget(self.manual)
        layout.addLayout(buttons)
        self.rows: dict[tuple[str, str], QTreeWidgetItem] = {}
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.job: Job | None = None
        self.running = False
        self.outcome: str = ""  # found, nothing, cancelled, failed
        self.problem = None
        self.own_page: Text | str | None = None  # the settings found sign in on the provider's page
        self.dropped = False  # and the password typed for them was dropped
        self.started = 0.0
        self.ticker = QTimer(self)
        self.ticker.setInterval(50)
        self.ticker.timeout.connect(self._tick)
        self.retranslate()

    # -- running ----------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def start(self) -> None:
        self.cancel()
        self.steps.clear()
        self.rows.clear()
        self.groups.clear()
        self.state.steps = []
        self.state.discovered = None
        self.state.manual = False
        self.outcome = ""
        self.problem = None
        self.own_page = None
        self.dropped = False
        self.running = True
        self.started = time.monotonic()
        self.progress.setValue(0)
        job = Job(self)
        ctx = self.shared.backend.context(job.step.emit, DISCOVERY_DEADLINE)
        job.ctx = ctx
        job.step.connect(self._step)
        job.finished.connect(lambda result, job=job: self._finished(job, result))
        job.failed.connect(lambda exc, job=job: self._failed(job, exc))
        self.job = job
        address, password = self.state.address, self.state.password or None
        backend = self.shared.backend
        self.shared.worker.submit(job, lambda: backend.discover(address, ctx, password))
        self.ticker.start()
        self.retranslate()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            self._stopped("cancelled")

    def _manual(self) -> None:
        self.cancel()
        self.state.manual = True
        self.wizard().next()

    def _details_toggled(self, shown: bool) -> None:
        self.steps.setVisible(shown)
        self.spacer.setVisible(not shown)
        self.retranslate()

    def suggested_address(self) -> str | None:
        discovered, address = self.state.discovered, self.state.address
        if self.outcome != "no-such-domain" or discovered is None or not discovered.suggestion or address is None:
            return None
        return f"{address.local}@{discovered.suggestion}"

    def _use_suggestion(self) -> None:
        """The did-you-mean address goes into the account page's field, and the search reruns."""
        fixed = self.suggested_address()
        wizard = self.wizard()
        if fixed is None or wizard is None:
            return
        wizard.page(1).address.setText(fixed)
        self.start()

    def _retranslate_groups(self) -> None:
        for group in self.groups.values():
            self._render_group(group)

    def _tick(self) -> None:
        elapsed = time.monotonic() - self.started
        self.progress.setValue(min(990, int(1000 * elapsed / DISCOVERY_DEADLINE)))

    def _step(self, step: Step) -> None:
        if not self.running:
            return
        self.state.steps.append(step)
        group = self._group(step.source)
        key = (step.source, step.target)
        item = self.rows.get(key)
        if item is None:
            item = QTreeWidgetItem(group)
            self.rows[key] = item
        item.setData(0, Qt.ItemDataRole.UserRole, step)
        self._render_row(item)
        self._render_group(group)

    def _group(self, source: str) -> QTreeWidgetItem:
        """One row per source, its questions folded beneath: the source that found the
        settings stays in view while guessing asks twenty servers at once."""
        group = self.groups.get(source)
        if group is None:
            group = QTreeWidgetItem(self.steps)
            group.setData(0, Qt.ItemDataRole.UserRole + 1, source)
            self.groups[source] = group
            group.setExpanded(source != "guess")
        return group

    def _shown_status(self, status: StepStatus) -> StepStatus:
        """What a row shows: no spinner once the search stopped, and no red for a source that
        did not matter because another one found the settings."""
        if status is StepStatus.STARTED and not self.running:
            return StepStatus.CANCELLED
        if self.outcome == "found" and status in (StepStatus.ERROR, StepStatus.TIMEOUT):
            return StepStatus.EMPTY
        return status

    def _icon_name(self, status: StepStatus) -> str:
        return STATUS_ICONS.get(self._shown_status(status), "info")

    def _render_group(self, group: QTreeWidgetItem) -> None:
        source = group.data(0, Qt.ItemDataRole.UserRole + 1)
        steps = [group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(group.childCount())]
        status = group_status([s.status for s in steps])
        group.setText(0, self.t(wording.source(source)))
        group.setText(1, self.t(T("{count} asked", count=len(steps))) if len(steps) > 1 else steps[0].target)
        group.setText(2, self.t(wording.step_status(self._shown_status(status) if status is StepStatus.STARTED else status)))
        group.setIcon(2, icon(self._icon_name(status)))
        times = [s.ms for s in steps if s.ms is not None]
        group.setText(3, f"{max(times):.0f} ms" if times else "")
        group.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _render_row(self, item: QTreeWidgetItem) -> None:
        step: Step = item.data(0, Qt.ItemDataRole.UserRole)
        # Under its source's row the source's name would only repeat itself.
        item.setText(0, "" if item.parent() is not None else self.t(wording.source(step.source)))
        item.setText(1, step.target)
        status = self._shown_status(step.status) if step.status is StepStatus.STARTED else step.status
        word = self.t(wording.step_status(status))
        if step.detail is not None and step.status is not StepStatus.STARTED:
            word = f"{word}: {self.t(step.detail)}"
        item.setText(2, word)
        item.setIcon(2, icon(self._icon_name(step.status)))
        item.setText(3, "" if step.ms is None else f"{step.ms:.0f} ms")
        item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(1, step.target)
        item.setToolTip(2, word)

    def _stopped(self, outcome: str) -> None:
        self.running = False
        self.ticker.stop()
        self.outcome = outcome
        self.progress.setValue(1000)
        self.retranslate()
        self.completeChanged.emit()

    def _finished(self, job: Job, result: Discovered) -> None:
        if job is not self.job or not self.running:
            return
        self.state.discovered = result
        if result.provider is not None:
            self.state.provider = result.provider
            wizard = self.wizard()
            if wizard is not None and hasattr(wizard, "apply_brand"):
                wizard.apply_brand()  # a provider recognised by domain or MX brings its look
        self._own_sign_in(result)
        self._stopped(result.why)

    def _own_sign_in(self, result: Discovered) -> None:
        """Settings that sign in only on the provider's own page: the Account page drops the
        password typed for them, so nothing later can send or keep it, and this page says so."""
        wizard = self.wizard()
        account = wizard.page(PageId.ACCOUNT) if wizard is not None else None
        if not result.configs or account is None or not hasattr(account, "learn_own_sign_in"):
            return
        config = result.configs[0]
        provider = config.provider or (result.provider.name if result.provider is not None else None)
        self.own_page, self.dropped = account.learn_own_sign_in(config, provider)

    def _failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.job or not self.running:
            return
        self.problem = exc.text if isinstance(exc, UserError) else T("The search stopped unexpectedly. Search again, or enter the settings by hand.")
        cancelled = self.job.ctx is not None and self.job.ctx.cancel.cancelled
        self._stopped("cancelled" if cancelled else "failed")

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running and self.outcome == "found"  # "Enter settings manually" is the other way on

    def nextId(self) -> int:  # noqa: N802
        return PageId.SETTINGS

    def validatePage(self) -> bool:  # noqa: N802
        return not self.running

    def retranslate(self) -> None:
        self.setTitle(self.t(T("Finding your settings")))
        self.set_subtitle(T("Asking every place where mail programs look for settings, all at once."))
        address = str(self.state.address) if self.state.address else ""
        domain = self.state.address.domain if self.state.address else ""
        texts = {
            "": T("Looking for the settings of {address}…", address=address),
            "found": T("Settings found for {address}.", address=address),
            "nothing-found": T("{domain} publishes no settings for mail programs. Enter the settings your provider gave you by hand.", domain=domain),
            "no-such-domain": T("The domain “{domain}” does not exist. Check the spelling after @ in your address.", domain=domain),
            "no-network": T("This computer could not reach the internet. Check your internet connection, then search again."),
            "cancelled": T("Stopped. You can search again or enter the settings by hand."),
            "failed": self.problem or T("The search failed."),
        }
        status = texts.get(self.outcome if not self.running else "", texts[""])
        if not self.running and self.outcome == "found" and self.own_page is not None:
            status = T("{status} {provider} signs you in on its own page, so the wizard needs no password.", status=status, provider=self.own_page)
            if self.dropped:
                status = T("{status} The password you typed is not used, sent or kept.", status=status)
        self.status.setText(self.t(status))
        suggestion = None if self.running else self.suggested_address()
        self.suggest.setVisible(suggestion is not None)
        self.suggest.setText(self.t(T("Did you mean {address}? &Use it", address=suggestion or "")))
        self.suggest.setAccessibleName(self.suggest.text().replace("&", ""))
        shown = self.details.isChecked()
        self.details.setText(self.t(T("Hide &details")) if shown else self.t(T("Show &details")))
        self.details.setAccessibleName(self.details.text().replace("&", ""))
        self.stop.setText(self.t(T("&Stop searching")) if self.running else self.t(T("&Search again")))
        self.stop.setAccessibleName(self.stop.text().replace("&", ""))
        try:
            self.stop.clicked.disconnect()
        except (RuntimeError, TypeError):
            pass
        self.stop.clicked.connect(self.cancel if self.running else self.start)
        self.manual.setText(self.t(T("Enter settings &manually")))
        self.manual.setAccessibleName(self.t(T("Enter settings manually")))
        self.steps.setHeaderLabels([self.t(T("Source")), self.t(T("What was asked")), self.t(T("Result")), self.t(T("Time"))])
        self.steps.setAccessibleName(self.t(T("Discovery steps")))
        self.progress.setAccessibleName(self.t(T("Search progress")))
        for item in self.rows.values():
            self._render_row(item)
        self._retranslate_groups()
