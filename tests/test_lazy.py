"""A package's lazily exported names: each loads its own module on first use, an unknown
name is an AttributeError, and `-X importtime` names the module a name loaded."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGES = ("wizard.model", "wizard.net", "wizard.protocols", "wizard.providers", "wizard.doctor", "wizard.report", "wizard.discovery")


def _package(root: Path) -> None:
    pkg = root / "lazypkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(textwrap.dedent("""
        from wizard.lazy import lazy_exports
        __getattr__ = lazy_exports(__name__, {"Apple": "fruit", "Leek": "veg"})
    """))
    (pkg / "fruit.py").write_text("class Apple:\n    pass\n")
    (pkg / "veg.py").write_text("Leek = 'leek'\n")


@pytest.fixture
def lazypkg(tmp_path, monkeypatch):
    _package(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield importlib.import_module("lazypkg")
    for name in [m for m in sys.modules if m == "lazypkg" or m.startswith("lazypkg.")]:
        del sys.modules[name]


def test_a_name_loads_only_its_own_module_when_first_used(lazypkg):
    assert "lazypkg.fruit" not in sys.modules and "lazypkg.veg" not in sys.modules
    from lazypkg import Apple

    assert Apple is sys.modules["lazypkg.fruit"].Apple
    assert "lazypkg.veg" not in sys.modules
    assert lazypkg.Leek == "leek"


def test_an_unknown_name_is_an_attribute_error(lazypkg):
    with pytest.raises(AttributeError, match="'lazypkg' has no attribute 'Pear'"):
        lazypkg.Pear  # noqa: B018
    assert not hasattr(lazypkg, "Pear") and getattr(lazypkg, "Pear", None) is None


def test_a_module_is_loaded_by_name_once(lazypkg):
    from wizard.lazy import load

    veg = load("lazypkg.veg")
    assert veg is sys.modules["lazypkg.veg"] and veg.Leek == "leek" and load("lazypkg.veg") is veg


def test_importtime_names_the_module_a_name_loaded(tmp_path):
    _package(tmp_path)
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import lazypkg; lazypkg.Apple"], capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": f"{tmp_path}:{root}", "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if line.endswith("| lazypkg.fruit")]
    assert not [line for line in done.stderr.splitlines() if line.endswith("| lazypkg.veg")]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_exported_name_of_the_programs_packages_resolves(name):
    package = importlib.import_module(name)
    assert sorted(package.__all__) == sorted(package._HOME)  # a name exported is a name that loads
    for export in package.__all__:
        value = getattr(package, export)
        homes = [m for m in sys.modules.values() if m is not None and m.__name__.startswith(name + ".") and getattr(m, export, None) is value]
        assert homes, export
