"""Run a command inside the test world.

    python -m tests.world run -- CMD ARGS...   start the world, run CMD, stop, exit with CMD's code
    python -m tests.world shell                an interactive shell inside the world

Outside a private namespace it re-executes itself under ``unshare --net --mount --fork``
(root needed). CMD sees MAILSETUP_CA_FILE (the world CA, PEM) and MAILSETUP_WORLD (its dir).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

from .isolation import isolation_problem
from .proc import WorldError
from .world import World

PROJECT = Path(__file__).resolve().parents[2]
_REEXEC_MARK = "MAILSETUP_WORLD_REEXEC"


def _reexec(argv: list[str]) -> int:
    """Enter fresh network and mount namespaces and run ourselves again there."""
    if os.environ.get(_REEXEC_MARK):
        print(f"still not isolated after unshare: {isolation_problem()}", file=sys.stderr)
        return 2
    if os.geteuid() != 0:
        print("the test world needs root (it uses unshare, mounts and iptables)", file=sys.stderr)
        return 2
    env = dict(os.environ, **{_REEXEC_MARK: "1"})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    cmd = ["unshare", "--net", "--mount", "--fork", "--", sys.executable, "-m", "tests.world", *argv]
    return subprocess.call(cmd, env=env)


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def run_inside(command: list[str], keep: bool) -> int:
    world = World(keep=keep)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        world.start()
    except WorldError as exc:
        print(f"the test world did not start:\n{exc}", file=sys.stderr)
        return 3
    try:
        print(world.summary(), file=sys.stderr, flush=True)
        env = dict(os.environ, **world.env())
        env.pop(_REEXEC_MARK, None)
        try:
            return subprocess.call(command, env=env)
        except FileNotFoundError:
            print(f"command not found: {command[0]}", file=sys.stderr)
            return 127
    finally:
        world.stop()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m tests.world", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the world's temp dir (configs, logs)")
    sub = parser.add_subparsers(dest="action", required=True)
    run = sub.add_parser("run", help="run CMD inside the world")
    run.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
    sub.add_parser("shell", help="interactive shell inside the world")
    args = parser.parse_args(argv)

    if isolation_problem():
        return _reexec(argv)
    if args.action == "shell":
        command = [os.environ.get("SHELL") or shutil.which("bash") or "/bin/sh", "-i"]
    else:
        command = args.command[1:] if args.command[:1] == ["--"] else args.command
        if not command:
            parser.error("run needs a command: run -- CMD ARGS...")
    return run_inside(command, args.keep)


if __name__ == "__main__":
    sys.exit(main())
