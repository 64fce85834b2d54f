"""What a build says when it is done: every file it left in dist/, where, how big and what it
is (not a line of JSON: that is report.json, which it names)."""

import json
import re

from installers import build


def test_the_build_ends_by_naming_every_file_it_made_with_its_size(release):
    said = (release / "build-output.txt").read_text(encoding="utf-8").splitlines()
    report = json.loads((release / "report.json").read_text())
    dist = release / "dist"
    head = next(i for i, line in enumerate(said) if line.startswith("build.py: built in "))
    assert said[head] == f"build.py: built in {report['total_seconds']} s, into {dist}/:"
    listed = {}
    for line in said[head + 1:-1]:
        m = re.fullmatch(r"build\.py:   (\S+)\s+(\d+(?:\.\d)? (?:B|KiB|MiB))  (.+)", line)
        assert m, line
        listed[m.group(1)] = (m.group(2), m.group(3))
    files = {p.name + ("/" if p.is_dir() else "") for p in dist.iterdir()}
    assert set(listed) == files and set(report["artefacts"]) <= files
    for name in report["artefacts"]:
        assert listed[name][0] == build.human((dist / name).stat().st_size)
    assert listed[next(n for n in report["artefacts"] if n.endswith(".deb"))][1] == "Debian/Ubuntu package"
    assert "stand-in" in listed[next(n for n in report["artefacts"] if n.endswith(".msi"))][1]
    assert listed["debsig/"][1].startswith("debsig-verify's policy")
    assert said[-1] == f"build.py: figures (sizes, each stage's seconds, the packages' dependencies): {release / 'report.json'}"
    assert not any(line.startswith("build.py: {") for line in said)


def test_sizes_read_as_a_person_reads_them():
    assert [build.human(n) for n in (926, 2355, 57_985_843)] == ["926 B", "2.3 KiB", "55.3 MiB"]
