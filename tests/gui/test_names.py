"""Domains on the confirmation screen: registrable part, both forms, look-alikes."""

from wizard.gui.names import check, registrable


def test_registrable_domain_uses_the_public_suffix_list():
    assert registrable("x.provider.co.uk") == "provider.co.uk"
    assert registrable("imap.demo.mailsetup.test") == "mailsetup.test"


def test_mixed_script_label_is_called_out_with_both_forms():
    info = check("mail.xn--pypal-4ve.com")
    assert info.unicode == "mail.pаypal.com" and info.ascii == "mail.xn--pypal-4ve.com"
    assert info.mixed_labels == ("pаypal",)
    assert "different alphabets" in info.warnings[0].render()


def test_accented_but_single_script_name_is_noted_not_alarmed():
    info = check("imap.bücher.de")
    assert info.idn and not info.mixed_labels
    assert "xn--bcher-kva.de" in info.warnings[0].render()


def test_plain_ascii_name_has_no_warning():
    assert check("imap.example.com").warnings == ()
