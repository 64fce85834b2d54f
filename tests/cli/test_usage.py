"""The command line's public contract: subcommands, global options, exit codes, one-line errors."""

import os
import subprocess
import sys

import pytest

from wizard.cli.main import main


def run(*args, stdin=None):
    env = {**os.environ, "LANG": "C"}
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True, text=True, input=stdin, env=env, timeout=60)


def test_help_lists_every_subcommand():
    result = run("--help")
    assert result.returncode == 0
    for command in ("discover", "diagnose", "write", "demo", "forget"):
        assert command in result.stdout


def test_a_bad_address_exits_2_with_one_readable_line():
    result = run("discover", "not-an-address")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "not-an-address" in result.stderr and "@" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_command_that_stops_while_the_ca_store_still_loads_ends_cleanly_every_time():
    # discover asks for the CA store before it reads the address; stopping at once used to
    # end the process while OpenSSL was loading it in a thread: a crash in about a third of runs
    codes = [run("discover", "not-an-address").returncode for _ in range(20)]
    assert codes == [2] * 20


def test_the_error_line_speaks_the_chosen_language():
    result = run("discover", "not-an-address", "--lang", "da")
    assert result.returncode == 2
    assert "Skriv den som" in result.stderr


@pytest.mark.parametrize("argv", [["--lang", "nb", "discover", "x"], ["discover", "x", "--lang", "nb"], ["discover", "--lang=nb", "x"]])
def test_global_options_are_accepted_before_or_after_the_subcommand(argv, capsys):
    assert main(argv) == 2
    assert "mangler «@»" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, words",
    [
        (["discover"], "ADDRESS"),
        (["frobnicate"], "frobnicate"),
        (["discover", "a@example.com", "--deadline", "soon"], "soon"),
        (["--lang", "fr", "discover", "a@example.com"], "fr"),
        (["write", "a@example.com"], "--client"),
        (["diagnose", "a@example.com", "--imap", "mail.example.com:993"], "HOST:PORT:SECURITY"),
        (["--dns", "not a server", "discover", "a@example.com"], "DNS server"),
        (["--ca-file", "/nonexistent.pem", "discover", "a@example.com"], "/nonexistent.pem"),
    ],
)
def test_usage_errors_exit_2_naming_what_is_wrong(argv, words, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err
    assert err.strip().count("\n") == 0


def test_password_stdin_without_input_is_a_clear_error(monkeypatch):
    import argparse
    import io

    from wizard.cli.commands.common import read_password
    from wizard.model.errors import UserError

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(UserError) as caught:
        read_password(argparse.Namespace(password_stdin=True))
    assert "no password" in caught.value.text.render()


def test_password_stdin_reads_one_line_without_its_newline(monkeypatch):
    import argparse
    import io

    from wizard.cli.commands.common import read_password

    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret pass\nignored\n"))
    assert read_password(argparse.Namespace(password_stdin=True)) == "s3cret pass"


def test_argparse_own_messages_speak_the_chosen_language(capsys):
    assert main(["--lang", "da", "discover"]) == 2
    assert "følgende argumenter mangler" in capsys.readouterr().err
    assert main(["--lang", "nb", "fnord"]) == 2
    assert "ugyldig valg" in capsys.readouterr().err


def test_a_bad_number_of_seconds_is_named_in_the_chosen_language(capsys):
    assert main(["--lang", "da", "discover", "a@example.com", "--deadline", "soon"]) == 2
    assert "“soon” er ikke et antal sekunder" in capsys.readouterr().err
