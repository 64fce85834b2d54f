"""What the frozen installers rely on: every package listed, resources loaded as resources,
no Qt in the core, the CLI fast to start."""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import wizard

ROOT = Path(wizard.__path__[0]).parent
PACKAGE = ROOT / "wizard"


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found | {"wizard.resources"} == listed


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
