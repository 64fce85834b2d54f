"""The bundled packs' index (wizard.providers.index): what a run's first moves need of the
packs, written from their real parse, believed only for exactly the files it was written
from; anything else, and the packs are parsed."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from wizard.discovery.first import first_moves
from wizard.launch import first_packs
from wizard.model import EmailAddress
from wizard.providers import bundled, index, load_presets, parse_provider_file
from wizard.providers.index import INDEX_FILE, PackFacts, bundled_facts, index_lines
from wizard.providers.model import Presets


def bundled_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.endswith(".toml")}


def test_the_shipped_index_is_the_bundled_packs_own():
    folder = Path(str(bundled.bundled_folder()))
    shipped = folder.joinpath(INDEX_FILE).read_text(encoding="utf-8").splitlines()
    assert shipped == index_lines(bundled_files(folder), load_presets()), "a bundled pack changed: run python -m wizard.providers.index"
    assert bundled_facts() == PackFacts.of(load_presets())


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A copy of the bundled folder, with its index, standing in for it."""
    copy = tmp_path / "providers"
    shutil.copytree(Path(str(bundled.bundled_folder())), copy)
    monkeypatch.setattr(index, "bundled_folder", lambda: copy)
    return copy


def test_it_holds_for_the_files_it_was_written_from(folder):
    assert bundled_facts() == PackFacts.of(load_presets())


@pytest.mark.parametrize("change", ["a pack edited", "a pack added", "a pack taken away", "the index taken away", "a line broken", "a size changed"])
def test_for_any_other_folder_it_is_not_believed(folder, change):
    packs = sorted(folder.glob("*.toml"))
    if change == "a pack edited":
        packs[0].write_bytes(packs[0].read_bytes().replace(b"\n", b"\n\n", 1))
    elif change == "a pack added":
        (folder / "extra.toml").write_text('id = "extra"\nname = "Extra"\ndomains = ["extra.test"]\n', encoding="utf-8")
    elif change == "a pack taken away":
        packs[0].unlink()
    elif change == "the index taken away":
        (folder / INDEX_FILE).unlink()
    else:
        text = (folder / INDEX_FILE).read_text(encoding="utf-8").splitlines()
        name, size, rest = text[1].split(" ", 2)
        text[1] = name if change == "a line broken" else " ".join([name, str(int(size) + 1), rest])
        (folder / INDEX_FILE).write_text("\n".join(text) + "\n", encoding="utf-8")
    assert bundled_facts() is None


def test_the_index_names_each_packs_domains_and_its_use_of_mx():
    data = b'id = "extra"\nname = "Extra"\ndomains = ["Extra.Test."]\nmx = ["*.mx.extra.test"]\n'
    presets = Presets((parse_provider_file(data, "extra.toml", "extra"),))
    assert index_lines({"extra.toml": data}, presets)[1].split(" ")[3:] == ["mx", "extra.test"]  # as the schema wrote the domain


def namespace(**given) -> argparse.Namespace:
    return argparse.Namespace(**{"providers": [], "brand": None, **given})


def test_a_run_of_the_bundled_packs_alone_decides_its_first_moves_from_the_index():
    facts = first_packs(namespace(), None)
    assert isinstance(facts, PackFacts)
    address = EmailAddress.parse("jo@example.test")
    assert first_moves(address, facts, None) == first_moves(address, load_presets(), None)


def test_with_packs_of_its_own_or_a_brand_a_run_parses_them(tmp_path):
    (tmp_path / "own.toml").write_text('id = "own"\nname = "Own"\ndomains = ["own.test"]\n', encoding="utf-8")
    assert isinstance(first_packs(namespace(providers=[tmp_path]), None), Presets)
    mamut = load_presets().by_id("mamut")
    assert isinstance(first_packs(namespace(brand="mamut"), mamut), Presets)
