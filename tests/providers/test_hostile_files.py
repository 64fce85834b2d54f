"""Hostile provider packs (SECURITY notes, class 8): a FIFO, /dev/zero, a giant and a deeply
nested TOML each end in the usual one-line error naming the file, never in a hang, a
MemoryError or a RecursionError."""

from __future__ import annotations

import pytest

from tests.hostile_files import finishes, hostile
from wizard.cli.main import main
from wizard.providers import load_presets
from wizard.providers.model import PresetError


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge", "folder"])
def test_a_pack_that_is_not_a_small_regular_file_is_refused_naming_it(tmp_path, kind):
    path = hostile(tmp_path / "packs", kind, "evil.toml")
    with pytest.raises(PresetError) as caught:
        finishes(lambda: load_presets((tmp_path / "packs",)))
    assert caught.value.origin == str(path)


@pytest.mark.parametrize("document", [
    "a = " + "[" * 50_000 + "]" * 50_000,                  # arrays: RecursionError in tomllib
    "a = " + "{b = " * 20_000 + "1" + "}" * 20_000,          # inline tables
    "a = " + "[" * 40 + "]" * 40,                            # deep, though tomllib would cope
])
def test_a_deeply_nested_pack_is_refused_naming_it(tmp_path, document):
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "deep.toml").write_text(document)
    with pytest.raises(PresetError) as caught:
        load_presets((folder,))
    assert caught.value.origin == str(folder / "deep.toml") and "nested" in caught.value.text.render()


def test_a_logo_that_is_a_fifo_does_not_hang_the_pack(tmp_path):
    folder = tmp_path / "packs"
    hostile(folder, "fifo", "logo.svg")
    (folder / "shop.toml").write_text('id = "shop"\nname = { en = "Shop", da = "Shop", nb = "Shop" }\ndomains = ["shop.test"]\n'
                                      '[[incoming]]\nprotocol = "imap"\nhost = "mail.shop.test"\n[branding]\nlogo = "logo.svg"\n')
    with pytest.raises(PresetError) as caught:
        finishes(lambda: load_presets((folder,)))
    assert caught.value.field == "branding.logo"


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge"])
def test_the_cli_says_one_line_naming_the_pack(tmp_path, capsys, kind):
    path = hostile(tmp_path / "packs", kind, "evil.toml")
    code = finishes(lambda: main(["discover", "jo@example.test", "--providers", str(tmp_path / "packs")]))
    err = capsys.readouterr().err
    assert code == 2 and str(path) in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
