"""What the frozen installers rely on: every package listed, resources loaded as resources,
no Qt in the core, the CLI fast to start."""

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import wizard

ROOT = Path(wizard.__path__[0]).parent
PACKAGE = ROOT / "wizard"
RESOURCES = ROOT / "resources"  # shipped as wizard.resources (pyproject's package-dir)


def resource_folders() -> set[str]:
    """wizard.resources and every folder below it, as the package names setuptools ships them under."""
    folders = [p for p in RESOURCES.rglob("*") if p.is_dir() and p.name != "__pycache__"]
    return {"wizard.resources"} | {".".join(("wizard.resources", *p.relative_to(RESOURCES).parts)) for p in folders}


def test_every_subpackage_and_resource_folder_is_listed_in_pyproject():
    """The code packages (each folder with an __init__.py) and the data folders of resources/
    (which setuptools warns of, as packages it "would ignore", when they are not listed);
    nothing else."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found | resource_folders() == listed


def built_wheel() -> Path:
    """The wheel `make test` built before the network went away (see the Makefile's test-wheel)."""
    named = os.environ.get("MAILSETUP_TEST_WHEEL", "").strip()
    if not named or not Path(named).is_file():
        if os.environ.get("MAILSETUP_REQUIRE_WORLD"):
            pytest.fail(f"MAILSETUP_TEST_WHEEL names no wheel: {named!r}", pytrace=False)
        pytest.skip("no MAILSETUP_TEST_WHEEL: `make test` builds the wheel and names it")
    return Path(named)


def test_the_wheel_carries_every_resource_file():
    import zipfile

    with zipfile.ZipFile(built_wheel()) as wheel:
        names = set(wheel.namelist())
    wanted = {"wizard/resources/" + p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    assert {n for n in wanted if n.startswith("wizard/resources/icons/")}  # the window's icons among them
    assert sorted(wanted - names) == []


def test_the_wheel_was_built_without_a_setuptools_warning():
    """The Makefile keeps pip's verbose output of the build beside the wheel: setuptools said
    nothing of packages it would ignore, nor gave any other warning."""
    log = (built_wheel().parent / "build.log").read_text(encoding="utf-8", errors="replace")
    assert "adding 'wizard/resources/icons/" in log  # the build's own words, not an empty file
    assert re.findall(r"\w*Warning: .*", log) == []


def test_no_module_builds_paths_from_its_own_location():
    offenders = [str(p) for p in PACKAGE.rglob("*.py") if "__file__" in p.read_text(encoding="utf-8")]
    assert offenders == []


def qt_importers() -> list[str]:
    out = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "gui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            # A function-level import (Qt PDF printing, the GUI entry point) is allowed:
            if any(n.startswith("PySide6") for n in names) and node.col_offset == 0:
                out.append(str(path))
    return out


def test_only_the_gui_imports_qt_at_module_level():
    assert qt_importers() == []


def test_the_cli_starts_without_loading_qt():
    code = "import sys; from wizard.cli.main import main; import wizard.cli.commands; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_resources_are_reached_one_folder_at_a_time():
    """In a frozen app on Python 3.11 `resources.files()` may be a MultiplexedPath, whose
    joinpath takes one name: joinpath("a", "b") works from a checkout and crashes the installed
    window."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "joinpath" and len(node.args) > 1:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
