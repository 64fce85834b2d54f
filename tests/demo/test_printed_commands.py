"""Every command `mailsetup demo --serve` prints works as printed: a shell runs each line
exactly as it stands, and it ends with the exit code printed above it (the ordinary demo's
and every fix's: 0, success). A scene's problem command shows that scene's finding codes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.demo.scenes import SCENES

MAILSETUP = str(Path(sys.executable).with_name("mailsetup"))
# What the first command of a scene shows besides finding codes (scenes the doctor does not tell).
SHOWS = {
    "business-mail": ("EXCHANGE", "IMAP", "POP3"),  # Business Mail offered next to POP and IMAP
    "moving-provider": ("imap.old.demo.mailsetup.test", "→", "being switched off", "moves to new servers on"),
    "offline": ("not seem to be connected to a network",),  # discovery's no-network outcome, in plain words
}
NOT_SHOWN = {"offline": ("Incoming:", "Outgoing:")}  # nothing is found without the internet
ENDS_WITH = re.compile(r"\(ends with exit code (\d+)\):$")


def serve(scene: str | None, language: str = "en", **environ: str) -> tuple[subprocess.Popen, list[str]]:
    """Start `mailsetup demo --serve` the way a support person does; return it and what it
    printed up to "Press Ctrl+C"."""
    argv = [MAILSETUP, "demo", "--serve", "--seconds", "120", "--lang", language] + (["--scene", scene] if scene else [])
    env = {**{k: v for k, v in os.environ.items() if k != "MAILSETUP_DATA_DIR"}, **environ}
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if len(lines) > 40 or "Ctrl+C" in line:
            break
    return proc, lines


def printed_commands(lines: list[str]) -> list[tuple[str, int]]:
    out = []
    for heading, command in zip(lines, lines[1:]):
        match = ENDS_WITH.search(heading)
        if match:
            assert command.startswith("  "), command
            out.append((command[2:], int(match.group(1))))
    return out


def run_as_printed(command: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MAILSETUP_DATA_DIR"}
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=90, env=env)


@pytest.mark.parametrize("scene", [None] + [s for s in SCENES], ids=lambda s: "ordinary" if s is None else s.name)
def test_every_printed_command_ends_as_printed(scene):
    proc, lines = serve(scene.name if scene else None)
    try:
        commands = printed_commands(lines)
        assert commands, "\n".join(lines)
        assert not any("Port 25 can be staged" in line for line in lines)  # it listens on 25 here
        for index, (command, expected) in enumerate(commands):
            assert "mailsetup" in command and "--dns" in command and "--ca-file" in command
            done = run_as_printed(command)
            output = done.stdout + done.stderr
            assert done.returncode == expected, f"{command}\n{output}"
            if scene is not None and index == 0:  # what the customer meets
                for code in scene.codes:
                    assert f"[{code}]" in output, f"{code} missing from:\n{output}"
                for words in SHOWS.get(scene.name, ()):
                    assert words in output, f"{words!r} missing from:\n{output}"
                for words in NOT_SHOWN.get(scene.name, ()):
                    assert words not in output, output
            assert "Traceback" not in output
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_ordinary_demo_states_the_certificate_it_accepts_and_succeeds_twice():
    proc, lines = serve(None)
    try:
        text = "\n".join(lines)
        fingerprint = re.search(r"SHA-256 ([0-9A-F:]{95})", text).group(1)
        assert "announced" in text and "--accept-fingerprint" in text
        commands = printed_commands(lines)
        assert [expected for _, expected in commands] == [0, 0]
        diagnose = next(c for c, _ in commands if " diagnose " in c)
        assert f"--accept-fingerprint {fingerprint}" in diagnose
        for _ in range(2):  # the second run finds the certificate accepted earlier
            done = run_as_printed(diagnose)
            assert done.returncode == 0, done.stdout + done.stderr
            assert "[login-ok]" in done.stdout and "port25-blocked" not in done.stdout  # nothing staged by default
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize("language", ["da", "nb"])
def test_the_printed_commands_are_the_same_in_danish_and_norwegian(language):
    proc, lines = serve("wrong-password", language)
    try:
        commands = [line for line in lines if line.startswith("  ")]
        assert len(commands) == 2 and all(" diagnose " in c for c in commands)
        assert not any(ENDS_WITH.search(line) for line in lines)  # the headings are translated
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_a_demo_ended_from_outside_cleans_up_as_after_ctrl_c(name, tmp_path):
    # kill, a closed terminal or a test harness ends it as Ctrl+C does: servers closed, its
    # folder (made under TMPDIR) removed, exit code 0, nothing more said
    proc, lines = serve(None, TMPDIR=str(tmp_path))
    try:
        folders = list(tmp_path.glob("mailsetup-demo-*"))
        assert len(folders) == 1 and folders[0].is_dir(), folders
        assert any(str(folders[0]) in line for line in lines), lines  # the folder it announced
        proc.send_signal(getattr(signal, name))
        rest, _ = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == 0, rest
    assert rest == ""
    assert list(tmp_path.iterdir()) == []


def test_scenes_lists_each_scene_on_one_line_in_every_language():
    for language in ("en", "da", "nb"):
        done = subprocess.run([MAILSETUP, "demo", "--scenes", "--lang", language], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0
        rows = done.stdout.strip().splitlines()
        assert [row.split()[0] for row in rows] == [s.name for s in SCENES]
        if language != "en":
            english = {s.summary.source for s in SCENES}
            assert not any(row.split(None, 1)[1] in english for row in rows), rows


def test_an_unknown_scene_is_one_line_naming_the_known_ones():
    done = subprocess.run([MAILSETUP, "demo", "--serve", "--scene", "snow-storm"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "snow-storm" in done.stderr and "wrong-password" in done.stderr


def test_version_works_where_it_is_referred_to():
    done = subprocess.run([MAILSETUP, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and re.fullmatch(r"mailsetup \d+\.\d+\S*\n", done.stdout)


def test_json_names_each_command_with_its_exit_code():
    import json

    done = subprocess.run([MAILSETUP, "demo", "--serve", "--seconds", "0", "--json", "--scene", "app-password"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["scene"] == "app-password" and data["working_password"] != data["password"]
    assert [c["exit_code"] for c in data["commands"]] == [1, 0]
    assert all("--accept-fingerprint" in c["command"] for c in data["commands"])
