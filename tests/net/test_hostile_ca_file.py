"""A --ca-file that is a FIFO, /dev/zero or a giant: one line naming it (class 8)."""

from __future__ import annotations

import pytest

from tests.hostile_files import finishes, hostile
from wizard.cli.main import main


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge"])
def test_a_hostile_ca_file_is_one_line_naming_it(tmp_path, capsys, kind):
    path = hostile(tmp_path, kind, "ca.pem")
    code = finishes(lambda: main(["discover", "jo@example.test", "--ca-file", str(path)]))
    err = capsys.readouterr().err
    assert code == 2 and str(path) in err and len(err.strip().splitlines()) == 1
