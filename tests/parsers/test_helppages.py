"""Which settings-document pages are about app passwords or two-factor sign-in: the words in
English, Danish, Norwegian and German that say so, and near misses that must not."""

from __future__ import annotations

import pytest

from wizard.parsers.autoconfig import Link
from wizard.parsers.helppages import rank, two_factor_page


@pytest.mark.parametrize("description", [
    "Create an app password for Thunderbird",
    "Generate third-party app passwords",
    "Application-specific passwords",
    "Sådan laver du en app-adgangskode",  # da
    "Opret app-adgangskoder",  # da
    "Lag et app-passord for e-postprogrammet",  # nb
    "App-Passwort für Ihr E-Mail-Programm erstellen",  # de
    "Anwendungsspezifisches Passwort anlegen",  # de
    "App-Passwörter verwalten",  # de
])
def test_app_password_pages_are_recognised(description):
    assert rank("https://help.example/page/17", description) == 2


@pytest.mark.parametrize("description", [
    "Two-factor authentication",
    "Turn on 2-Step Verification",
    "Multi-factor authentication for your mailbox",
    "Hvad er tofaktorgodkendelse?",  # da (seed 000)
    "Slå totrinsbekræftelse til",  # da
    "Slik slår du på tofaktorautentisering",  # nb
    "Totrinnsbekreftelse for e-post",  # nb
    "Zwei-Faktor-Authentifizierung einrichten",  # de
    "Zweistufige Verifizierung",  # de
])
def test_two_factor_pages_are_recognised(description):
    assert rank("https://help.example/page/17", description) == 1


@pytest.mark.parametrize("url", [
    "https://help.example/accounts/app-passwords",
    "https://help.example/kb/apppassword.html",
    "https://help.example/sikkerhed/app_adgangskode",
])
def test_the_address_alone_can_say_app_password(url):
    assert rank(url, "") == 2


@pytest.mark.parametrize("url", ["https://help.example/security/2fa", "https://help.example/two-factor-authentication", "https://hilfe.example/zwei-faktor"])
def test_the_address_alone_can_say_two_factor(url):
    assert rank(url, "") == 1


@pytest.mark.parametrize("description", [
    "How to setup email applications with imap to receive Yahoo! mail?",  # "applications" is not "app"
    "Set Up Your Email Application to Use Pobox",
    "Reset your password",
    "Opsætning af mailprogrammer i to trin",  # da: "in two steps", not two-step sign-in
    "Set up Thunderbird in two steps",
    "Glemt adgangskode",
    "Passwort vergessen",
    "E-Mail-Programme in zwei Schritten einrichten",
    "Configure IMAP and POP3",
    "",
])
def test_near_misses_are_not_recognised(description):
    assert rank("https://help.example/kb/17", description) == 0


def test_only_https_pages_count():
    assert rank("http://help.example/app-passwords", "Create an app password") == 0


def test_an_app_password_page_is_preferred_over_a_two_factor_page_and_order_breaks_ties():
    links = [Link("https://help.example/imap", "Configure IMAP"), Link("https://help.example/2fa", "Two-factor authentication"),
             Link("https://help.example/app", "Create an app password"), Link("https://help.example/app2", "Another app password page")]
    assert two_factor_page(links).url == "https://help.example/app"
    assert two_factor_page(links[:2]).url == "https://help.example/2fa"
    assert two_factor_page(links[:1]) is None


def test_the_host_name_is_not_read():
    assert rank("https://tofaktor.test/hjaelp/opsaetning", "Opsætning") == 0
    assert rank("https://app-passwords.example/kb/1", "") == 0
