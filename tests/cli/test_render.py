"""What the CLI prints for the settings it found (wizard.cli.render)."""

import pytest

from wizard.cli.render import render_configs
from wizard.i18n import load_catalog
from wizard.model import AccountConfig, Protocol, Security, ServerSettings

SRV_ONLY = AccountConfig(
    source="srv",
    trusted=False,
    incoming=(ServerSettings(Protocol.IMAP, "imap.example.test", 993, Security.TLS),),
    outgoing=(ServerSettings(Protocol.SMTP, "smtp.example.test", 465, Security.TLS),),
)


@pytest.mark.parametrize("language, words", [("en", "Provider without a name"), ("da", "Udbyder uden navn"), ("nb", "Leverandør uten navn")])
def test_settings_from_a_source_that_names_no_provider_say_so_in_words(language, words):
    # DNS service records name servers, not who runs them: the heading says that, not "?"
    heading = next(render_configs([SRV_ONLY])).render(load_catalog(language))
    assert heading.startswith(f"1. {words} — ") and "?" not in heading


def test_a_named_provider_is_shown_by_its_name():
    named = AccountConfig(source="autoconfig", trusted=True, incoming=SRV_ONLY.incoming, provider="Example Mail")
    assert next(render_configs([named])).render().startswith("1. Example Mail — ")
