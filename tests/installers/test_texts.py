"""Every text an installer shows exists in English, Danish and Norwegian Bokmål."""

from installers.product import LANGUAGES, TEXTS


def test_every_installer_text_is_in_every_language():
    assert TEXTS
    for key, texts in TEXTS.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(t.strip() for t in texts.values()), key
        assert texts["da"] != texts["en"] and texts["nb"] != texts["en"], key


def test_icons_are_real_ico_and_icns():
    from installers import icons
    from installers.product import product

    made = icons.all_formats(product("0.1.0").icon_svg)
    assert made["icon.ico"][:4] == b"\0\0\1\0" and made["icon.icns"][:4] == b"icns"
    assert made["256.png"][:8] == b"\x89PNG\r\n\x1a\n"
