"""Page 1, Welcome: the one page built before the window opens, so this module imports
only what it shows (the provider's look, the language and the demo's scene picker); the
other pages and the engines load after the first frame is on screen (window.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from wizard.gui.branding import logo_pixmap, long_date
from wizard.gui.common import LANGUAGE_NAMES, Banner, Page, Shared, pixmap
from wizard.i18n import T


class WelcomePage(Page):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setFixedSize(72, 72)
        top.addWidget(self.logo)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.note = Banner("info")
        layout.addWidget(self.note)
        self.migration = Banner("info")  # a provider's move to new servers, with its date
        layout.addWidget(self.migration)
        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([c for c, _ in LANGUAGE_NAMES].index(shared.lang.language))
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        from wizard.gui.scene_picker import ScenePicker

        self.scene = ScenePicker(shared, self._scene_staged)  # the demo's rehearsal scenes only
        layout.addWidget(self.scene)
        layout.addStretch(1)
        self.retranslate()

    def _scene_staged(self) -> None:
        self.retranslate()
        wizard = self.wizard()
        if wizard is not None:
            wizard.apply_brand()

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        self.state.language = code
        self.shared.lang.set(code)
        from wizard.gui.remember import remember_language

        remember_language(code)  # the next start opens in it

    def retranslate(self) -> None:
        discovered = self.state.discovered
        if discovered is not None and discovered.provider is not None:
            provider = discovered.provider  # found by discovery (brand, domain or MX): keep it
        else:
            provider = self.shared.backend.provider_for(self.state.address)
            self.state.provider = provider
        logo = logo_pixmap(provider.logo_data, 64) if provider is not None else None
        self.logo.setPixmap(logo if logo is not None else pixmap(provider.logo if provider and provider.logo else "mail", 64))
        self.logo.setAccessibleName(self.t(T("{provider} logo", provider=provider.name)) if provider else "")
        if provider:
            self.title.setText(self.t(T("Set up your {provider} e-mail", provider=provider.name)))
        else:
            self.title.setText(self.t(T("Set up your e-mail")))
        self.setTitle(self.t(provider.product_name) if provider and provider.product_name else self.t(T("Welcome")))
        self.set_subtitle(None)
        self.intro.setText(self.t(T("This wizard finds your provider's settings, tests them on the real servers, and sets up your mail programs. It takes about a minute.")))
        self.note.setVisible(bool(provider and provider.note))
        if provider and provider.note:
            self.note.set_text(self.t(provider.note))
        when = provider.migration_date if provider else None
        self.migration.setVisible(when is not None)
        if provider is not None and when is not None:
            self.migration.set_text(self.t(T("{provider} moves your e-mail to new servers on {date}. This wizard sets up your mail programs for them and shows what you must redo by hand.", provider=provider.name, date=long_date(when, self.shared.lang.language))))
        self.language_label.setText(self.t(T("&Language:")))
        self.language.setAccessibleName(self.t(T("Language")))
        self.scene.retranslate()
