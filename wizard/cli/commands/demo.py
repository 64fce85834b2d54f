"""`mailsetup demo`: the wizard against the built-in demo provider, for rehearsing a call.

`mailsetup demo --serve` runs only the provider (no window) and prints complete commands that
reach it, each with what it ends with; `--scene NAME` stages one support call (a wrong
password, a server that is down, ...) on the same real servers; `--scenes` lists them."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
import time

from wizard.cli.output import Output
from wizard.i18n import Catalog, T, Text



def add_arguments(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    h = lambda s: Text(s).render(catalog)  # noqa: E731
    parser.add_argument("--serve", action="store_true", help=h("run only the demo provider, without the window, and print how to reach it"))
    parser.add_argument("--seconds", type=float, default=None, metavar="S", help=h("with --serve: stop after this many seconds (default: until Ctrl+C)"))
    parser.add_argument("--scene", metavar="NAME", default=None, help=h("stage one support call on the demo provider (see --scenes)"))
    parser.add_argument("--scenes", action="store_true", help=h("list the rehearsal scenes, one line each, and exit"))


def program() -> str:
    """How to start this same mailsetup again from a shell: `mailsetup` when that is what the
    PATH finds, else the path it was started by, else this Python with -m wizard."""
    started = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    on_path = shutil.which("mailsetup")
    if on_path and started and os.path.realpath(on_path) == os.path.realpath(started):
        return "mailsetup"
    if started and os.path.basename(started).startswith("mailsetup") and os.access(started, os.X_OK):
        return shlex.quote(started)
    return f"{shlex.quote(sys.executable)} -m wizard"


def run(args: argparse.Namespace, out: Output) -> int:
    from wizard.demo.scenes import SCENES, scene_named

    if args.scenes:
        if out.json_mode:
            out.emit_json({"scenes": [{"name": s.name, "summary": s.summary.render(out.catalog), "codes": list(s.codes)} for s in SCENES]})
        else:
            width = max(len(s.name) for s in SCENES)
            for s in SCENES:
                out.say(f"{s.name:<{width}}  {s.summary.render(out.catalog)}")
        return 0
    scene = scene_named(args.scene)  # an unknown name: exit 2 before anything starts
    if not args.serve:
        from wizard.gui.app import run_demo

        return run_demo(args)
    from wizard.cli.stopping import stopped_as_by_ctrl_c
    from wizard.demo import DemoProvider
    from wizard.demo.commands import commands_for

    provider = DemoProvider(mnemonic_ports=True, scene=scene)
    with stopped_as_by_ctrl_c():  # kill or a closed terminal: the same cleanup as Ctrl+C
        info = provider.start()
        try:
            commands = commands_for(info, scene, program())
            if out.json_mode:
                out.emit_json({**info.to_json(), "commands": [c.to_json(out.catalog) for c in commands]})
            else:
                for line in introduction(info, scene):
                    out.say(line)
                for command in commands:
                    out.say(T("{purpose} (ends with exit code {code}):", purpose=command.purpose, code=command.exit_code))
                    out.say("  " + command.line)
                out.say(T("Press Ctrl+C to stop it."))
            sys.stdout.flush()
            deadline = None if args.seconds is None else time.monotonic() + args.seconds
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2 if deadline is None else min(0.2, max(0.0, deadline - time.monotonic())))
        except KeyboardInterrupt:
            pass
        finally:
            provider.stop()
    return 0


def introduction(info, scene) -> list[Text]:
    """What the support person needs to know before the commands: who to sign in as, the
    scene, and why the commands accept a certificate (stated plainly)."""
    lines = [T("The demo provider is running on this computer. Sign in as {user} with the password {password}", user=info.user, password=info.password)]
    if scene.name:
        lines.append(T("Scene {scene}: {summary}", scene=scene.name, summary=scene.summary))
    if scene.offline:
        return lines
    if scene.announces_certificate:
        lines.append(T("Its mail servers show a new self-signed certificate that {provider} announced (SHA-256 {sha256}); no authority vouches for it, so the commands accept exactly that one with --accept-fingerprint.", provider=info.name, sha256=info.mail_sha256))
    else:
        lines.append(T("Its mail servers show a self-signed certificate (SHA-256 {sha256}) that {provider} did not announce; no authority vouches for it.", provider=info.name, sha256=info.mail_sha256))
    lines.append(T("The commands keep certificate decisions in the demo's own folder ({folder}), never in yours; --providers gives them the demo provider's pack.", folder=str(info.data_dir)))
    if info.port25 == "filtered" and info.ports.get("filtered25") != 25:
        lines.append(T("Port 25 can be staged for the commands only where the demo may listen on port 25 (as root); the window always meets it."))
    return lines
