"""The parser's help formatter finds the terminal's width as shutil does, without loading
shutil: building the parser for a command's start loads no shutil."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from wizard.cli.main import Formatter


@pytest.mark.parametrize("columns", ["100", "40", "0", "-3", "wide", None])
def test_its_width_is_the_one_shutil_gives_argparse(monkeypatch, columns):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert Formatter("mailsetup")._width == shutil.get_terminal_size().columns - 2


def test_an_explicit_width_is_kept():
    assert Formatter("mailsetup", width=50)._width == 50


def test_reading_a_command_line_loads_no_shutil():
    code = (
        "import sys\n"
        "from wizard.cli.main import build_parser\n"
        "from wizard.i18n import load_catalog\n"
        "args = build_parser(load_catalog('en'), load={'discover'}).parse_args(['discover', 'alice@example.test'])\n"
        "assert args.address == 'alice@example.test'\n"
        "print('shutil' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
