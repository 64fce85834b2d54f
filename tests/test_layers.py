"""The layers hold: import-linter's contracts (pyproject.toml), ruff's defect rules, strict
types on the lower layers, and no raw connections outside the network context. Each check
runs the real tool over the tree; the deliberate violations below prove the checks bite."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# Strict typing where the data and the rules live; the engines and shells follow later.
STRICT = ("wizard/lazy.py", "wizard/i18n", "wizard/model", "wizard/parsers", "wizard/protocols", "wizard/net")
# Connections are opened by wizard.net (and served by the demo); nowhere else.
ASYNCIO_OPENERS = frozenset({"open_connection", "open_unix_connection", "start_server", "start_unix_server"})
LOOP_OPENERS = frozenset({"create_connection", "sock_connect", "create_datagram_endpoint"})  # on a loop or socket
OPENS_ITS_OWN: set[str] = set()


def _run(*command: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


def _lint_imports(cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return _run(str(BIN / "lint-imports"), "--no-cache", "--no-logo", cwd=cwd, env=env)


def test_the_import_contracts_hold():
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_network_import_in_the_model_or_a_shell_import_below_the_shells_breaks_the_contracts(tmp_path: Path):
    shutil.copytree(ROOT / "wizard", tmp_path / "wizard", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with open(tmp_path / "wizard" / "model" / "address.py", "a", encoding="utf-8") as f:
        f.write("\nimport socket  # deliberate\n")
    with open(tmp_path / "wizard" / "doctor" / "advice.py", "a", encoding="utf-8") as f:
        f.write("\nfrom wizard.cli import output  # deliberate\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = _lint_imports(tmp_path, env)
    assert result.returncode != 0
    assert "wizard.model.address -> socket" in result.stdout
    assert "wizard.doctor.advice -> wizard.cli.output" in result.stdout


def test_ruff_finds_no_defect():
    result = _run(str(BIN / "ruff"), "check", "--no-cache", "wizard", "tests", "installers")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_would_catch_a_dangling_task_and_an_undefined_name(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("import asyncio\n\n\nasync def go():\n    asyncio.create_task(asyncio.sleep(1))\n    return missing\n")
    result = _run(str(BIN / "ruff"), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(sample))
    assert result.returncode != 0 and "RUF006" in result.stdout and "F821" in result.stdout


def test_the_lower_layers_type_check_strictly():
    packages = [p for p in STRICT if (ROOT / p).exists()]
    result = _run(sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), *packages)
    assert result.returncode == 0, result.stdout + result.stderr


def raw_connections(source: str) -> list[int]:
    """Lines that open a connection through asyncio, a loop or a socket directly."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and (node.attr in LOOP_OPENERS or (
                node.attr in ASYNCIO_OPENERS and isinstance(node.value, ast.Name) and node.value.id == "asyncio")):
            found.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "asyncio" and any(a.name in ASYNCIO_OPENERS for a in node.names):
            found.append(node.lineno)
    return found


def test_the_scanner_sees_a_raw_connection_however_it_is_spelled():
    assert raw_connections("import asyncio\nasync def f():\n    await asyncio.open_connection('h', 1)\n") == [3]
    assert raw_connections("from asyncio import open_connection\n") == [1]
    assert raw_connections("async def f(loop):\n    await loop.create_connection(None, 'h', 1)\n") == [2]
    assert raw_connections("import socket\nsocket.create_connection(('h', 1))\n") == [2]
    assert raw_connections("async def f(ctx):\n    await ctx.open_connection('h', 1)\n") == []  # the network context's own


def test_only_the_network_context_and_the_demo_open_connections():
    offenders, stale = [], set(OPENS_ITS_OWN)
    for path in sorted((ROOT / "wizard").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(("wizard/net/", "wizard/demo/")):
            continue
        lines = raw_connections(path.read_text(encoding="utf-8"))
        if name in OPENS_ITS_OWN:
            stale.discard(name if lines else "")
        elif lines:
            offenders += [f"{name}:{line}" for line in lines]
    assert not offenders, "connect through NetContext instead: " + ", ".join(offenders)
    assert not stale, f"no longer opens its own connections, remove from OPENS_ITS_OWN: {sorted(stale)}"
