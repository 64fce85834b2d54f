"""Pages 4-5: Settings found (with the consent screen and the manual form) and Certificate."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.backend import Diagnosis
from wizard.gui.common import Banner, Page, Shared, breakable, icon_label, pixmap, rich
from wizard.gui.names import check as check_name
from wizard.gui.pageid import PageId
from wizard.gui.worker import Job
from wizard.i18n import T, Text
from wizard.model import AccountConfig, CertificateInfo, Protocol, Security, ServerSettings, Source, wording
from wizard.model.errors import UserError
from wizard.model.lookalike import shown as shown_name
from wizard.model.server import default_port

KIND_PROTOCOLS = {"imap": (Protocol.IMAP,), "pop3": (Protocol.POP3,), "exchange": (Protocol.EXCHANGE, Protocol.EWS, Protocol.ACTIVESYNC)}
KIND_WORDS = {
    "imap": (T("IMAP"), T("Your mail stays on the server; every device sees the same folders.")),
    "pop3": (T("POP"), T("Mail is downloaded to this computer and usually removed from the server.")),
    "exchange": (T("Business Mail (Exchange)"), T("Mail, calendar and contacts kept in step on all devices.")),
}
SECURITY_ICONS = {Security.TLS: "lock", Security.STARTTLS: "lock", Security.PLAIN: "unlock"}
CERT_CODES = ("cert-untrusted", "cert-changed", "cert-announced")


def consented(config: AccountConfig, given: bool) -> AccountConfig:
    """After the person confirmed an untrusted config on this page, the engines may use it."""
    return replace(config, trusted=True, consent=()) if given and config.needs_consent else config


def trust_words(config: AccountConfig) -> tuple[Text, str]:
    if config.source is Source.MANUAL:
        return T("entered by you"), "info"
    if config.trusted and not config.consent:
        return T("from your provider over a secure connection"), "ok"
    if config.source is Source.GUESS:
        return T("guessed - please check"), "warning"
    return T("from a source that could be forged - please check"), "warning"


class SettingsPage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        self.source_row = QHBoxLayout()
        self.source_icon = icon_label("ok", 20)
        self.source_text = QLabel()
        self.source_text.setWordWrap(True)
        self.source_row.addWidget(self.source_icon)
        self.source_row.addWidget(self.source_text, 1)
        self.body.addLayout(self.source_row)

        # Account type: IMAP / POP / Exchange, each with its one-line explanation.
        self.kind_box = QGroupBox()
        kinds = QVBoxLayout(self.kind_box)
        self.kind_layout = kinds
        self.kind_order: tuple[str, ...] = ("imap", "pop3", "exchange")
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.kind_explain: dict[str, QLabel] = {}
        for kind in ("imap", "pop3", "exchange"):
            button = QRadioButton()
            explain = QLabel()
            explain.setWordWrap(True)
            explain.setIndent(24)
            explain.setStyleSheet("color: #555;")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            self.kind_explain[kind] = explain
            kinds.addWidget(button)
            kinds.addWidget(explain)
            button.toggled.connect(lambda on, kind=kind: on and self._kind_chosen(kind))
        self.body.addWidget(self.kind_box)

        # The proposal, incoming and outgoing.
        self.servers_box = QGroupBox()
        grid = QGridLayout(self.servers_box)
        self.in_label, self.out_label = QLabel(), QLabel()
        self.in_icon, self.out_icon = icon_label("lock"), icon_label("lock")
        self.in_text, self.out_text = QLabel(), QLabel()
        for w in (self.in_text, self.out_text):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.out_choice = QComboBox()
        self.out_choice.currentIndexChanged.connect(self._outgoing_chosen)
        grid.addWidget(self.in_label, 0, 0)
        grid.addWidget(self.in_icon, 0, 1)
        grid.addWidget(self.in_text, 0, 2)
        grid.addWidget(self.out_label, 1, 0)
        grid.addWidget(self.out_icon, 1, 1)
        grid.addWidget(self.out_text, 1, 2)
        grid.addWidget(self.out_choice, 2, 2)
        grid.setColumnStretch(2, 1)
        self.body.addWidget(self.servers_box)

        # Consent for untrusted results (SECURITY.md rules 1, 6, 10).
        self.consent_box = QGroupBox()
        consent = QVBoxLayout(self.consent_box)
        self.consent_intro = Banner("warning")
        consent.addWidget(self.consent_intro)
        self.domain_caption = QLabel()
        consent.addWidget(self.domain_caption)
        self.domain = QLabel()
        font = QFont(self.domain.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.domain.setFont(font)
        self.domain.setWordWrap(True)
        self.domain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        consent.addWidget(self.domain)
        self.consent_details = QLabel()
        self.consent_details.setWordWrap(True)
        self.consent_details.setTextFormat(Qt.TextFormat.RichText)
        consent.addWidget(self.consent_details)
        self.consent_check = QCheckBox()
        self.consent_check.toggled.connect(self._consent)
        consent.addWidget(self.consent_check)
        self.body.insertWidget(1, self.consent_box)  # right under the source: not to be missed

        # Manual form: starts at implicit TLS (993 / 465), validated as you type.
        self.manual_toggle = QCheckBox()
        self.manual_toggle.toggled.connect(self._manual_toggled)
        self.body.addWidget(self.manual_toggle)
        self.manual_box = QGroupBox()
        form = QFormLayout(self.manual_box)
        self.m_protocol = QComboBox()
        self.m_protocol.addItem("IMAP", Protocol.IMAP)
        self.m_protocol.addItem("POP3", Protocol.POP3)
        self.m_in_host, self.m_out_host, self.m_user = QLineEdit(), QLineEdit(), QLineEdit()
        self.m_in_port, self.m_out_port = QSpinBox(), QSpinBox()
        for spin in (self.m_in_port, self.m_out_port):
            spin.setRange(1, 65535)
        self.m_in_port.setValue(993)
        self.m_out_port.setValue(465)
        self.m_in_sec, self.m_out_sec = QComboBox(), QComboBox()
        self.m_labels = [QLabel() for _ in range(8)]
        fields = (self.m_protocol, self.m_in_host, self.m_in_port, self.m_in_sec, self.m_out_host, self.m_out_port, self.m_out_sec, self.m_user)
        for label, field in zip(self.m_labels, fields):
            label.setBuddy(field)
            form.addRow(label, field)
        self.m_error = QLabel()
        self.m_error.setStyleSheet("color: #b00020;")
        self.m_error.setWordWrap(True)
        form.addRow("", self.m_error)
        for w in (self.m_in_host, self.m_out_host, self.m_user):
            w.textChanged.connect(self._manual_changed)
        for w in (self.m_in_port, self.m_out_port):
            w.valueChanged.connect(self._manual_changed)
        self.m_in_sec.currentIndexChanged.connect(lambda: self._security_changed(self.m_in_sec, self.m_in_port, incoming=True))
        self.m_out_sec.currentIndexChanged.connect(lambda: self._security_changed(self.m_out_sec, self.m_out_port, incoming=False))
        self.m_protocol.currentIndexChanged.connect(lambda: self._security_changed(self.m_in_sec, self.m_in_port, incoming=True))
        self.body.addWidget(self.manual_box)

        self.precheck = Banner("info")
        self.precheck_text: Text | None = None
        self.body.addWidget(self.precheck)
        self.body.addStretch(1)

        self.configs: tuple[AccountConfig, ...] = ()
        self.base: AccountConfig | None = None
        self.manual_error: Text | None = None
        self.checked = False
        self.job: Job | None = None
        self.retranslate()

    # -- filling ----------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        discovered = self.state.discovered
        self.configs = discovered.configs if discovered else ()
        self.base = self.configs[0] if self.configs else None
        self.checked = False
        self.state.consented = False
        self.consent_check.setChecked(False)
        self.precheck.hide()
        manual = self.state.manual or self.base is None
        self.manual_toggle.setChecked(manual)
        self.manual_toggle.setVisible(self.base is not None)
        if self.state.address and not self.m_in_host.text():
            domain = self.state.address.domain
            self.m_in_host.setText(f"imap.{domain}")
            self.m_out_host.setText(f"smtp.{domain}")
            self.m_user.setText(str(self.state.address))
        if self.base is not None:
            kinds = [k for k in ("imap", "pop3", "exchange") if any(s.protocol in KIND_PROTOCOLS[k] for s in self.base.incoming)]
            self.state.kind = kinds[0] if kinds else "imap"
        self._fill_outgoing()
        self._apply()

    def _fill_outgoing(self) -> None:
        self.out_choice.blockSignals(True)
        self.out_choice.clear()
        if self.base is not None:
            for server in self.base.outgoing:
                self.out_choice.addItem(f"{server.host}:{server.port} — {self.t(wording.SECURITY[server.security])}", server)
        self.out_choice.blockSignals(False)
        self.out_choice.setVisible(self.out_choice.count() > 1)

    def _kind_chosen(self, kind: str) -> None:
        self.state.kind = kind
        self._apply()

    def _outgoing_chosen(self, index: int) -> None:
        self._apply()

    def _consent(self, on: bool) -> None:
        self.state.consented = on
        self.completeChanged.emit()

    def _manual_toggled(self, on: bool) -> None:
        self.state.manual = on
        self._apply()

    def _security_changed(self, combo: QComboBox, spin: QSpinBox, incoming: bool) -> None:
        if combo.currentData() is None:
            return
        security = Security(combo.currentData())  # Qt hands item data back as plain str
        protocol = Protocol(self.m_protocol.currentData()) if incoming else Protocol.SMTP
        spin.setValue(default_port(protocol, security))
        self._manual_changed()

    def _manual_config(self) -> AccountConfig | None:
        try:
            incoming = ServerSettings(Protocol(self.m_protocol.currentData()), self.m_in_host.text(), self.m_in_port.value(), Security(self.m_in_sec.currentData() or Security.TLS), username=self.m_user.text().strip() or None)
            outgoing = ServerSettings(Protocol.SMTP, self.m_out_host.text(), self.m_out_port.value(), Security(self.m_out_sec.currentData() or Security.TLS), username=self.m_user.text().strip() or None)
        except UserError as exc:
            self.manual_error = exc.text
            return None
        self.manual_error = None
        return AccountConfig(Source.MANUAL, True, (incoming,), (outgoing,))

    def _manual_changed(self) -> None:
        if self.state.manual:
            self._apply()

    def _apply(self) -> None:
        """Work out `state.config` from the choices and show it."""
        self.checked = False
        manual = self.state.manual or self.base is None
        self.manual_box.setVisible(manual)
        self.kind_box.setVisible(not manual)
        self.servers_box.setVisible(not manual)
        if manual:
            config = self._manual_config()
            self.state.kind = "imap" if Protocol(self.m_protocol.currentData()) is Protocol.IMAP else "pop3"
        else:
            base = self.base
            assert base is not None
            wanted = KIND_PROTOCOLS[self.state.kind]
            incoming = tuple(s for s in base.incoming if s.protocol in wanted) + tuple(s for s in base.incoming if s.protocol not in wanted)
            outgoing = list(base.outgoing)
            chosen = self.out_choice.currentData()
            if chosen in outgoing:
                outgoing.remove(chosen)
                outgoing.insert(0, chosen)
            config = replace(base, incoming=incoming, outgoing=tuple(outgoing))
        self.state.config = config
        self.retranslate()
        self.completeChanged.emit()

    def needs_consent(self) -> bool:
        config = self.state.config
        return config is not None and config.source is not Source.MANUAL and (
            config.needs_consent or any(not s.encrypted for s in config.incoming[:1] + config.outgoing[:1]) or self.lookalike())

    def lookalike(self) -> bool:
        """The address's domain or a server's name is a look-alike (mixed scripts, or another
        script posing as Latin): the person confirms, warned, even for trusted settings."""
        config = self.state.config
        names = [s.host for s in config.incoming[:1] + config.outgoing[:1]] if config is not None else []
        if self.state.address is not None:
            names.append(self.state.address.domain)
        return any(check_name(n).suspicious for n in names)

    def isComplete(self) -> bool:  # noqa: N802
        if self.job is not None:
            return False
        if self.state.config is None:
            return False
        return self.state.consented or not self.needs_consent()

    # -- leaving: look at the certificates first (no password is sent) -------------------
    def validatePage(self) -> bool:  # noqa: N802
        if self.checked:
            return True
        self._run_precheck()
        return False

    def _run_precheck(self) -> None:
        config, address = self.state.config, self.state.address
        assert config is not None and address is not None
        job = Job(self)
        ctx = self.shared.backend.context(job.step.emit, 20.0)
        job.ctx = ctx
        accept = tuple(c.sha256 for c in self.state.accepted)
        backend = self.shared.backend
        job.config = config  # the settings this check is about
        config = consented(config, self.state.consented)
        job.finished.connect(lambda result, job=job: self._prechecked(job, result))
        job.failed.connect(lambda exc, job=job: self._prechecked(job, None, exc))
        self.job = job
        self._lock(True)
        self.precheck.show()
        self._precheck_banner("info", T("Looking at the servers' certificates (no password is sent yet)…"))
        self.completeChanged.emit()
        provider = self.state.provider
        self.shared.worker.submit(job, lambda: backend.diagnose(address, config, ctx, None, accept, provider))

    def _lock(self, locked: bool) -> None:
        """While the check runs the choices stay as they were checked."""
        for widget in (self.kind_box, self.servers_box, self.consent_box, self.manual_toggle, self.manual_box):
            widget.setEnabled(not locked)

    def _precheck_banner(self, kind: str, text: Text) -> None:
        self.precheck_text = text
        self.precheck.kind = kind
        self.precheck.setStyleSheet(f"#banner {{ background: {Banner.COLOURS.get(kind, '#eee')}; border-radius: 6px; }}")
        from wizard.gui.common import pixmap

        self.precheck.icon.setPixmap(pixmap(kind, 22))
        self.precheck.set_text(self.t(text))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self._lock(False)
            self.precheck.hide()
            self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802 - Back: the running check is dropped
        self.cancel()
        self.checked = False

    def _prechecked(self, job: Job, result: Diagnosis | None, exc: BaseException | None = None) -> None:
        if job is not self.job:
            return  # an older check (cancelled, or for other settings): ignored
        self.job = None
        self._lock(False)
        if job.config != self.state.config:
            self.precheck.hide()
            self.completeChanged.emit()
            return
        if result is None:
            # Never move on as if nothing needed a decision: say so, and let Next try again.
            from asyncio import CancelledError

            problem = exc.text if isinstance(exc, UserError) else None
            if isinstance(exc, CancelledError):
                self.precheck.hide()
            elif problem is not None:
                self._precheck_banner("error", T("The servers could not be checked: {problem} Choose Next to try again, or change the settings.", problem=problem))
            else:
                self._precheck_banner("error", T("The servers could not be checked. Choose Next to try again, or change the settings."))
            self.completeChanged.emit()
            return
        self.precheck.hide()
        known = {a.sha256 for a in self.state.accepted}
        pending = [c for c in result.certificates if c.sha256 not in known]
        self.state.pending = tuple(pending)
        self.state.replacing = tuple(result.changed)
        self.checked = True
        self.completeChanged.emit()
        self.wizard().next()
        self.checked = False  # coming back later checks again: decisions and servers may change

    def nextId(self) -> int:  # noqa: N802
        return PageId.CERTIFICATE if self.state.pending else PageId.TESTING

    # -- texts ------------------------------------------------------------------------
    def _server_text(self, server: ServerSettings | None) -> tuple[str, str]:
        if server is None:
            return self.t(T("none found")), "warning"
        words, icon_name = wording.SECURITY[server.security], SECURITY_ICONS[server.security]
        protocol = {"imap": "IMAP", "pop3": "POP3", "smtp": "SMTP"}.get(server.protocol.value, self.t(T("Business Mail (Exchange)")))
        text = self.t(T("{protocol} server {host}, port {port}, {security}", protocol=protocol, host=breakable(server.host), port=server.port, security=words))
        if server.username:
            text += "\n" + self.t(T("User name: {user}", user=server.username))
        if server.url:
            text += "\n" + self.t(T("Web access: {url}", url=server.url))
        if server.login_domain:
            text += "\n" + self.t(T("Domain: {domain}", domain=server.login_domain))
        phone = next((s for s in (self.state.config.incoming if self.state.config else ()) if s.protocol is Protocol.ACTIVESYNC and s.username), None)
        if server.protocol is Protocol.EXCHANGE and phone is not None and phone.username != server.username:
            text += "\n" + self.t(T("On iPhone, Android and other phones the user name is {user}", user=phone.username))
        return text, icon_name

    def _order_kinds(self, provider) -> None:
        """The kinds in the provider's order (Mamut: POP, IMAP, Business Mail), else ours.
        Only imap, pop3 and exchange are choices: phones' ActiveSync form is part of exchange."""
        order = [k for k, _ in provider.kinds] if provider is not None else []
        order = tuple(dict.fromkeys(order + ["imap", "pop3", "exchange"]))
        if order == self.kind_order:
            return
        self.kind_order = order
        for kind in order:
            for widget in (self.kind_buttons[kind], self.kind_explain[kind]):
                self.kind_layout.removeWidget(widget)
                self.kind_layout.addWidget(widget)

    def _consent_html(self, config: AccountConfig) -> tuple[str, str]:
        hosts = [s.host for s in config.incoming[:1] + config.outgoing[:1]]
        if config.origin:
            origin_host = urlsplit(config.origin).hostname if "://" in config.origin else config.origin
            if origin_host:
                hosts.append(origin_host)
        address_domain = self.state.address.domain if self.state.address else ""
        seen: dict[str, None] = {}
        for h in hosts[:2]:  # where the mail goes: the servers (the origin is checked below)
            seen.setdefault(check_name(h).registrable_ascii, None)
        domains = list(seen)
        items: list[str] = []
        for reason in config.consent:
            text = self.t(wording.consent(reason.code, reason.detail))
            items.append(f"<li><b style='color:#b00020'>{rich(text)}</b></li>")
        if not config.trusted and not config.consent:
            items.append(f"<li>{rich(self.t(T('The settings came from a source that cannot prove it speaks for your provider.')))}</li>")
        for server in config.incoming[:1] + config.outgoing[:1]:
            if not server.encrypted:
                items.append(f"<li><b style='color:#b00020'>{rich(self.t(T('{host}:{port} would be used WITHOUT encryption: your password could be read on the way.', host=server.host, port=server.port)))}</b></li>")
        warned: set[str] = set()  # one look-alike warning per registrable domain
        if address_domain and check_name(address_domain).suspicious:
            warned.add(check_name(address_domain).registrable_ascii)
            for warning in check_name(address_domain).warnings:
                items.append(f"<li><b style='color:#b00020'>{rich(self.t(warning))}</b></li>")
        for h in dict.fromkeys(hosts):
            info = check_name(h)
            if info.registrable_ascii != check_name(address_domain).registrable_ascii and address_domain:
                items.append(f"<li><b style='color:#b00020'>{rich(self.t(T('{host} is outside your address’s domain ({domain}).', host=info.unicode, domain=address_domain)))}</b></li>")
            if info.idn:
                items.append(f"<li>{rich(self.t(T('Shown as {unicode}, written {ascii} in computer form.', unicode=info.unicode, ascii=info.ascii)))}</li>")
            if info.suspicious and info.registrable_ascii in warned:
                continue
            warned.add(info.registrable_ascii)
            for warning in info.warnings:
                items.append(f"<li><b style='color:#b00020'>{rich(self.t(warning))}</b></li>")
        shown = []
        for d in domains:
            info = check_name(d)
            shown.append(breakable(info.registrable_unicode) + ("" if info.registrable_unicode == info.registrable_ascii else f"  ({breakable(info.registrable_ascii)})"))
        return "\n".join(shown), "<ul>" + "".join(items) + "</ul>"

    def retranslate(self) -> None:
        config = self.state.config
        manual = self.state.manual or self.base is None
        self.setTitle(self.t(T("Settings found")) if not manual else self.t(T("Your server settings")))
        self.set_subtitle(T("Check the settings, or enter them yourself.") if not manual else T("Enter the settings your provider gave you. Encrypted connections are chosen to start with."))
        if self.precheck_text is not None:
            self.precheck.set_text(self.t(self.precheck_text))
        if config is not None and not manual:
            words, kind = trust_words(config)
            origin = f" ({config.origin})" if config.origin else ""
            self.source_text.setText(self.t(T("Source: {source}{origin} — {trust}", source=wording.source(config.source.value), origin=origin, trust=words)))
            self.source_icon.setPixmap(pixmap(kind, 20))
        self.source_text.setVisible(not manual)
        self.source_icon.setVisible(not manual)
        self.kind_box.setTitle(self.t(T("Kind of account")))
        available = set()
        if self.base is not None:
            available = {k for k in KIND_PROTOCOLS if any(s.protocol in KIND_PROTOCOLS[k] for s in self.base.incoming)}
        provider = self.state.provider
        self._order_kinds(provider)
        for kind, (name, explain) in KIND_WORDS.items():
            own = provider.kind_words(kind) if provider is not None else None  # the provider's own words
            if own is not None:
                name = own.label or name
                explain = own.explanation or explain
            button = self.kind_buttons[kind]
            button.setText(self.t(name))
            button.setAccessibleName(self.t(name))
            button.setEnabled(kind in available)
            button.blockSignals(True)
            button.setChecked(kind == self.state.kind)
            button.blockSignals(False)
            self.kind_explain[kind].setText(self.t(explain) if kind in available else self.t(T("not offered by this provider")))
        self.servers_box.setTitle(self.t(T("Servers")))
        self.in_label.setText(self.t(T("Incoming:")))
        self.out_label.setText(self.t(T("Outgoing:")))
        if config is not None and not manual:
            text, icon_name = self._server_text(config.incoming[0] if config.incoming else None)
            self.in_text.setText(text)
            self.in_icon.setPixmap(pixmap(icon_name, 20))
            text, icon_name = self._server_text(config.outgoing[0] if config.outgoing else None)
            self.out_text.setText(text)
            self.out_icon.setPixmap(pixmap(icon_name, 20))
        self.out_choice.setAccessibleName(self.t(T("Outgoing server")))
        for i in range(self.out_choice.count()):
            server = self.out_choice.itemData(i)
            self.out_choice.setItemText(i, f"{server.host}:{server.port} — {self.t(wording.SECURITY[server.security])}")
        # consent
        show_consent = self.needs_consent() and not manual
        self.consent_box.setVisible(show_consent)
        if show_consent and config is not None:
            self.consent_box.setTitle(self.t(T("Please confirm before anything is sent")))
            self.consent_intro.set_text(self.t(T("These settings could have been forged by someone on your network. Use them only if the domain below really is your provider.")))
            self.domain_caption.setText(self.t(T("Your mail would go to:")))
            domains, html = self._consent_html(config)
            self.domain.setText(domains)
            self.domain.setAccessibleName(self.t(T("Domain that would receive your mail: {domain}", domain=domains.replace("\u200b", ""))))
            self.consent_details.setText(html)
        self.consent_check.setText(self.t(T("I have checked: this is my provider, use these settings")))
        self.consent_check.setAccessibleName(self.consent_check.text())
        self.manual_toggle.setText(self.t(T("Enter or change the settings &myself")))
        self.manual_toggle.setAccessibleName(self.t(T("Enter or change the settings myself")))
        self.manual_box.setTitle(self.t(T("Your settings")))
        labels = (T("Incoming &type:"), T("Incoming &server:"), T("Incoming p&ort:"), T("Incoming s&ecurity:"), T("Outgoing ser&ver (SMTP):"), T("Outgoing po&rt:"), T("Outgoing secur&ity:"), T("&User name:"))
        fields = (self.m_protocol, self.m_in_host, self.m_in_port, self.m_in_sec, self.m_out_host, self.m_out_port, self.m_out_sec, self.m_user)
        for label, text, field in zip(self.m_labels, labels, fields):
            label.setText(self.t(text))
            field.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        for combo in (self.m_in_sec, self.m_out_sec):
            current = Security(combo.currentData() or Security.TLS)  # Qt hands back plain str
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.t(T("SSL/TLS (recommended)")), Security.TLS)
            combo.addItem(self.t(T("STARTTLS")), Security.STARTTLS)
            combo.setCurrentIndex(0 if current is Security.TLS else 1)
            combo.blockSignals(False)
        self.m_error.setText(self.t(self.manual_error) if self.manual_error else "")


class CertificatePage(Page):
    """Only when a server shows a certificate nobody vouches for, or another than before."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(icon_label("certificate", 48))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        top.addWidget(self.intro, 1)
        layout.addLayout(top)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.announced_ok = Banner("ok")  # the provider announced it
        self.unannounced = Banner("info")
        self.announced = self.unannounced  # the one on show
        layout.addWidget(self.announced_ok)
        layout.addWidget(self.unannounced)
        self.accept = QRadioButton()
        self.refuse = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.accept)
        self.group.addButton(self.refuse)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        layout.addWidget(self.accept)
        layout.addWidget(self.refuse)
        layout.addStretch(1)
        self.shown: tuple[CertificateInfo, ...] = ()
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.shown = tuple(self.state.pending)  # the certificates this decision is about
        self.group.setExclusive(False)
        self.accept.setChecked(False)
        self.refuse.setChecked(False)
        self.group.setExclusive(True)
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802
        return self.accept.isChecked() or self.refuse.isChecked()

    def validatePage(self) -> bool:  # noqa: N802
        """The decision replaces any earlier one for the same certificates (Back, change your
        mind, Next): accepted ones are stored, refused ones are taken out of the store."""
        state, backend = self.state, self.shared.backend
        for cert in self.shown:
            state.accepted = [c for c in state.accepted if c.sha256 != cert.sha256]
            state.refused = [c for c in state.refused if c.sha256 != cert.sha256]
            try:
                if self.accept.isChecked():
                    state.accepted.append(cert)
                    backend.accept(cert)
                else:
                    state.refused.append(cert)
                    getattr(backend, "forget", lambda c: None)(cert)
            except Exception:  # noqa: BLE001 - the doctor pins an accepted one on the next run anyway
                pass
        return True

    def retranslate(self) -> None:
        self.setTitle(self.t(T("A new server certificate")))
        self.set_subtitle(None)
        certs = self.shown
        provider = self.state.provider
        self.intro.setText(self.t(T("The mail server shows a certificate that no authority on this computer vouches for. This happens when a provider changes its certificate. Accept it only if it is the one your provider announced.")))
        rows = []
        announced_all = bool(certs) and provider is not None and all(provider.announces(c) for c in certs)
        groups: dict[str, list[CertificateInfo]] = {}
        for cert in certs:  # one block per certificate, however many servers show it
            groups.setdefault(cert.sha256, []).append(cert)
        for sha256, same in groups.items():
            cert = same[0]
            servers = ", ".join(f"{shown_name(c.host)}:{c.port}" for c in same)  # a look-alike with its punycode
            valid = f"{cert.not_before:%Y-%m-%d} – {cert.not_after:%Y-%m-%d}" if cert.not_before and cert.not_after else "?"
            if sha256 in {a.sha256 for a in self.state.accepted}:
                what = T("already accepted")
            elif sha256 in self.state.replacing:
                what = T("it replaces the certificate accepted before on this computer")
            else:
                what = T("never seen before on this computer")
            pairs = sha256.split(":")
            fingerprint = ":".join(pairs[:16]) + ":<br>" + ":".join(pairs[16:])
            rows.append(
                "<table cellspacing=4>"
                f"<tr><td><b>{rich(self.t(T('Server:')))}</b></td><td>{rich(servers)}</td></tr>"
                f"<tr><td><b>{rich(self.t(T('What changed:')))}</b></td><td>{rich(self.t(what))}</td></tr>"
                f"<tr><td><b>{rich(self.t(T('Issued to:')))}</b></td><td>{rich(cert.subject)}</td></tr>"
                f"<tr><td><b>{rich(self.t(T('Issued by:')))}</b></td><td>{rich(cert.issuer)}" + (f" ({rich(self.t(T('self-signed')))})" if cert.self_signed else "") + "</td></tr>"
                f"<tr><td><b>{rich(self.t(T('Valid:')))}</b></td><td>{valid}</td></tr>"
                f"<tr><td><b>{rich(self.t(T('Fingerprint (SHA-256):')))}</b></td><td><tt>{fingerprint}</tt></td></tr>"
                "</table>"
            )
        self.details.setText("<hr>".join(rows))
        self.details.setAccessibleName(self.t(T("Certificate details")))
        self.announced = self.announced_ok if announced_all else self.unannounced
        self.announced_ok.setVisible(announced_all)
        self.unannounced.setVisible(not announced_all)
        if announced_all:
            self.announced.set_text(self.t(T("This is the certificate {provider} announced. You can accept it; nothing is sent until you do.", provider=provider.name)))
        else:
            self.announced.set_text(self.t(T("Your provider has not announced this certificate to the wizard. Compare the fingerprint with the one your provider publishes, or call them.")))
        self.accept.setText(self.t(T("&Accept this certificate for this server")))
        self.refuse.setText(self.t(T("&Do not accept")))
        self.accept.setAccessibleName(self.accept.text().replace("&", ""))
        self.refuse.setAccessibleName(self.refuse.text().replace("&", ""))
