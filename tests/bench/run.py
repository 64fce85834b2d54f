"""`make bench`: mailsetup's figures beside the network's own critical path, in one run.

The test world (real Dovecot, Postfix, dnsmasq, HTTPS) is started in a private network
namespace; a delay proxy puts every provider host DELAY away each way. For each figure the
critical path is measured in the same run with the plainest client there is (a socket, ssl,
imaplib, smtplib), then the product, medians of RUNS, and the ratio is printed. Nothing here
asserts a time: it prints. `--quick` makes one tiny iteration (what `make test` runs)."""

from __future__ import annotations

import argparse
import os
import re
import socket
import ssl
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.delay import DELAY, DelayProxy  # noqa: E402

DOMAIN = "example.test"
GUESS = "guess.test"  # no documents: only guesses; imap./smtp. black-holed, mail. answers
HOLE = "hole.test"  # every host of it black-holed
AUTOCONFIG_PATH = "/mail/config-v1.1.xml"
# The test world's ISPDB stand-in, behind the delay proxy like every provider host: the
# product's default (live.thunderbird.net) is on the internet, which the benchmark never asks.
ISPDB = "https://ispdb.test/autoconfig/v1.1/"


@dataclass(frozen=True)
class Figure:
    what: str
    seconds: float
    path: float | None = None  # the critical path it is compared with
    target: str = ""
    note: str = ""
    unit: str = "s"  # "MiB" for memory (then `seconds` holds MiB)
    start_up: float = 0.0  # a whole process's `--version` start-up, taken off before the ratio

    @property
    def ratio(self) -> float | None:
        """To the critical path; for a whole process with its start-up removed, as the
        targets read (whole-process discover <= 1.3 x the fetch + the --version start-up)."""
        return (self.seconds - self.start_up) / self.path if self.path else None

    def line(self) -> str:
        ratio = f"{self.ratio:5.2f}x" if self.ratio is not None else "      "
        path = f"{self.path:7.3f} s" if self.path else "         "
        value = f"{self.seconds:7.3f} s" if self.unit == "s" else f"{self.seconds:5.0f} {self.unit}"
        return f"{self.what:<52} {value}  {path}  {ratio}  {self.target:<14} {self.note}"


def median(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    """Median wall time of `runs` calls after one warm-up (none for a single run, the quick
    check's); the last call's result."""
    if runs > 1:
        work()
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


# -- the network's own critical path -------------------------------------------------------------
class CriticalPath:
    """The plainest clients: what the network itself costs."""

    def __init__(self, ca_file: Path, address: str, password: str, mail_host: str) -> None:
        self.context = ssl.create_default_context(cafile=str(ca_file))
        self.address, self.password, self.mail_host = address, password, mail_host

    def autoconfig(self) -> float:
        """DNS answer + TCP + TLS + the one HTTP exchange of an autoconfig fetch."""
        t0 = time.perf_counter()
        host = f"autoconfig.{DOMAIN}"
        ip = socket.getaddrinfo(host, 443, socket.AF_INET, socket.SOCK_STREAM)[0][4][0]
        with socket.create_connection((ip, 443), timeout=10) as raw, self.context.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(f"GET {AUTOCONFIG_PATH}?emailaddress={self.address} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            while tls.recv(65536):
                pass
        return time.perf_counter() - t0

    def around_the_network(self, proxy: DelayProxy) -> tuple[float, float]:
        """The fetch's own time before its first byte reached the host (DNS, TCP) and after
        the host's last byte (reading it out, closing), as the delay proxy saw them."""
        proxy.times()
        started = time.monotonic()
        self.autoconfig()
        ended = time.monotonic()
        seen = proxy.times()
        if seen is None:
            raise RuntimeError("the critical path's fetch did not pass the delay proxy")
        return seen[0] - started, ended - seen[1]

    def imap_login(self) -> None:
        import imaplib

        with imaplib.IMAP4_SSL(self.mail_host, 993, ssl_context=self.context, timeout=10) as imap:
            imap.login(self.address, self.password)

    def smtp_login(self) -> None:
        import smtplib

        with smtplib.SMTP(self.mail_host, 587, timeout=10) as smtp:
            smtp.starttls(context=self.context)
            smtp.login(self.address, self.password)

    def logins(self) -> float:
        """The IMAP and the SMTP login in parallel."""
        t0 = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:
            for f in [pool.submit(self.imap_login), pool.submit(self.smtp_login)]:
                f.result()
        return time.perf_counter() - t0


# -- the world with distance ---------------------------------------------------------------------
def front(world, proxy: DelayProxy, back: str) -> str:
    """A fresh loopback address the proxy serves for `back` (one an earlier test still
    listens on, though no name points there any more, is passed over)."""
    for _ in range(50):
        ip = world.allocate_ip()
        try:
            proxy.add(ip, back)
            return ip
        except OSError:
            continue
    raise OSError(f"no free loopback address for the delay proxy in front of {back}")


def stage(world, proxy: DelayProxy) -> None:
    """Every provider host behind the delay proxy; the guess-only and black-holed domains."""
    from tests.world.world import DEFAULT_HOSTS

    fronts: dict[str, str] = {}
    for name, ip in DEFAULT_HOSTS.items():
        if ip == world.blackhole_ip:
            continue
        if ip not in fronts:
            fronts[ip] = front(world, proxy, ip)
        world.dns.set_a(name, fronts[ip])
    mail_front = fronts[world.mail.ip]
    world.dns.set_a(f"mail.{GUESS}", mail_front)
    for name in (f"imap.{GUESS}", f"smtp.{GUESS}"):
        world.dns.set_a(name, world.blackhole_ip)
    for name in (HOLE, f"autoconfig.{HOLE}", f"autodiscover.{HOLE}", f"imap.{HOLE}", f"smtp.{HOLE}", f"mail.{HOLE}", f"pop.{HOLE}", f"pop3.{HOLE}"):
        world.dns.set_a(name, world.blackhole_ip)


def net_context(ca_file: Path, deadline: float):
    from wizard.net import Deadline, Endpoints, NetContext, Trust

    return NetContext(trust=Trust(ca_files=(ca_file,)), deadline=Deadline(seconds=deadline), endpoints=Endpoints(ispdb_url=ISPDB))


def in_process_discover(ca_file: Path, address: str, deadline: float = 8.0):
    from wizard.discovery import discover

    return discover(address, net_context(ca_file, deadline))


def in_process_diagnose(ca_file: Path, address: str, password: str):
    """What `mailsetup diagnose` does: discovery, then the doctor on the best config."""
    import tempfile

    from wizard.doctor import CertStore, diagnose

    result = in_process_discover(ca_file, address)
    with tempfile.TemporaryDirectory() as folder:
        return diagnose(address, result.configs[0], net_context(ca_file, 30.0), password=password, store=CertStore(Path(folder) / "certs.json"))


def mailsetup(*args: str) -> list[str]:
    """The command line of `mailsetup ARGS`; a command that looks things up is pointed at the
    world's ISPDB (what the in-process runs get from `net_context`)."""
    if args and args[0] in ("discover", "diagnose"):
        args = (*args, "--ispdb-url", ISPDB)
    return [sys.executable, "-m", "wizard.cli.main", *args] if not (ROOT / ".venv/bin/mailsetup").exists() else [str(ROOT / ".venv/bin/mailsetup"), *args]


def whole_process(command: list[str], stdin: str | None = None, env: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=60, env=env)
    return time.perf_counter() - t0, done


def against_proxy(proxy: DelayProxy, command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """A whole process's seconds, then how they split around the network as the delay proxy
    saw it: from the start until its first byte reached the provider (its start-up and first
    moves), and from the provider's last byte until the process had ended (its answer's
    processing, output and exit)."""
    proxy.times()  # what passed before is not this run's
    started = time.monotonic()
    wall, _ = whole_process(command, None, env)
    ended = time.monotonic()
    seen = proxy.times()
    if seen is None:
        raise RuntimeError(f"nothing of {' '.join(command[1:3])} passed the delay proxy")
    first, last = seen
    return wall, first - started, ended - last


def first_window(env: dict[str, str]) -> float:
    """Seconds from starting `mailsetup` (no command: the wizard, offscreen) to its first
    window on screen, as the window itself reports it (wizard/gui/smoke.py)."""
    from wizard.gui.smoke import SHOWN, VARIABLE

    t0 = time.perf_counter()
    child = subprocess.Popen(mailsetup(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=dict(env, **{VARIABLE: "1"}))
    assert child.stdout is not None
    shown = None
    for line in child.stdout:
        if SHOWN in line and shown is None:
            shown = time.perf_counter() - t0
    child.wait(60)
    if shown is None:
        raise RuntimeError("the wizard window never said it was shown")
    return shown


def gui_walk(env: dict[str, str]) -> dict[str, float | str]:
    """The walk Welcome → Done on the demo, in a process of its own (tests/bench/gui_walk.py)."""
    import json

    done = subprocess.run([sys.executable, "-m", "tests.bench.gui_walk"], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the GUI walk did not finish: {(done.stderr or done.stdout).strip()[-300:]}")
    result: dict[str, float | str] = json.loads(lines[-1])
    return result


def import_cost(args: list[str], env: dict[str, str]) -> tuple[float, int, list[str]]:
    """Seconds of imports (the top-level cumulative figures of -X importtime), modules
    imported, and which heavy ones among them."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "wizard.cli.main", *args], capture_output=True, text=True, env=env, timeout=60)
    total, count, names = 0, 0, set()
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if not m:
            continue
        count += 1
        names.add(m.group(4))
        if not m.group(3):
            total += int(m.group(2))
    # (wizard.profiles.messages, the option help texts every parser shows, is words only)
    heavy = sorted(n for n in names if n in ("PySide6", "httpx", "httpcore", "dns", "cryptography", "wizard.doctor.engine", "wizard.gui", "wizard.demo")
                   or (n.startswith("wizard.profiles.") and n != "wizard.profiles.messages"))
    return total / 1e6, count, heavy


def hostile_memory() -> str:
    done = subprocess.run([sys.executable, str(ROOT / "tests/bench/bench_hostile_memory.py")], capture_output=True, text=True, timeout=300)
    return (done.stdout + done.stderr).rstrip()


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


# -- the run -------------------------------------------------------------------------------------
def run(world, runs: int, quick: bool, out=print) -> list[Figure]:
    """Every figure, printed as it is measured; returns them."""
    proxy = DelayProxy()
    proxy.start()
    figures: list[Figure] = []

    def say(figure: Figure) -> None:
        figures.append(figure)
        out(figure.line())

    try:
        stage(world, proxy)
        user = world.user("alice")
        ca = world.ca_file
        env = dict(os.environ, **world.env())
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env.setdefault("MAILSETUP_DATA_DIR", str(world.root / "bench-data"))
        # Processes start from bytecode, as an installed program does (pip and the installers
        # compile it); a shell that sets PYTHONDONTWRITEBYTECODE would time the compiler instead.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(world.root / "bench-pycache")
        gui_home = world.root / "bench-home"
        gui_home.mkdir(exist_ok=True)
        gui_env = dict(env, HOME=str(gui_home), QT_QPA_PLATFORM="offscreen")
        gui_env.pop("XDG_CONFIG_HOME", None)
        crit = CriticalPath(ca, user.address, user.password, world.mail.name)
        out(f"mailsetup benchmark: provider {DELAY * 1000:.0f} ms away each way (delay proxy on loopback), medians of {runs}; {load()}")
        out(f"{'what':<52} {'mailsetup':>9}  {'crit. path':>9}  {'ratio':>6}  {'target':<14} note")

        fetch, _ = median(runs, crit.autoconfig)
        first_byte, last_byte = crit.around_the_network(proxy)
        logins, _ = median(runs, crit.logins)
        out(f"{'critical path: autoconfig fetch (DNS+TCP+TLS+HTTP)':<52} {fetch:7.3f} s")
        out(f"{'critical path: IMAP and SMTP logins in parallel':<52} {logins:7.3f} s")

        t, result = median(runs, lambda: in_process_discover(ca, user.address))
        say(Figure("discover, in-process", t, fetch, "<= 1.3x", f"{len(result.configs)} configs, {result.outcome.value if result.outcome else 'found'}"))

        parts: list[tuple[float, float, float]] = []
        start_ups: list[float] = []

        def discover_whole() -> float:
            # each discover's --version start-up is measured right before it, so that the two
            # are taken under the same load: the machine's pace drifts over a benchmark's run
            start_ups.append(whole_process(mailsetup("--version"), None, env)[0])
            parts.append(against_proxy(proxy, mailsetup("discover", user.address, "--ca-file", str(ca)), env))
            return parts[-1][0]

        median(runs, discover_whole)
        counted = parts[-runs:]  # not the warm-up
        version = statistics.median(start_ups[-runs:])
        say(Figure("mailsetup --version, whole process", version, None, "<= 0.15 s", "each run right before a discover below"))
        t = statistics.median(p[0] for p in counted)
        say(Figure("discover, whole process (start-up removed)", t, fetch, "<= 1.3x", f"{t:.3f} s - {version:.3f} s --version start-up", start_up=version))
        before = statistics.median(p[1] for p in counted)
        after = statistics.median(p[2] for p in counted)
        say(Figure("  of which: start until its first byte at a host", before, None, "", f"the fetch's own: {first_byte:.3f} s; --version: {version:.3f} s"))
        say(Figure("  of which: the last byte from a host until the end", after, None, "", f"the fetch's own: {last_byte:.3f} s"))

        cost, count, heavy = import_cost(["--version"], env)
        say(Figure("import cost of --version (-X importtime)", cost, None, "", f"{count} modules"))
        cost, count, heavy = import_cost(["discover", user.address, "--ca-file", str(ca), "--ispdb-url", ISPDB], env)
        say(Figure("import cost of discover (-X importtime)", cost, None, "", f"{count} modules; heavy: {', '.join(heavy) or '-'}"))

        t, report = median(runs, lambda: in_process_diagnose(ca, user.address, user.password))
        codes = sorted({f.code for f in report.findings})
        say(Figure("diagnose, in-process (discover + doctor)", t, fetch + logins, "", ",".join(codes)[:60]))
        blocked = world.block_port(world.ip_of(world.mail.name), 25)
        try:
            t, report = median(runs, lambda: in_process_diagnose(ca, user.address, user.password))
        finally:
            blocked.remove()
        codes = sorted({f.code for f in report.findings})
        say(Figure("diagnose, in-process, port 25 filtered", t, fetch + logins, "<= 1.3x", ",".join(codes)[:60]))
        t, done = median(1 if quick else 3, lambda: whole_process(mailsetup("diagnose", user.address, "--password-stdin", "--ca-file", str(ca)), user.password + "\n", env))
        say(Figure("diagnose, whole process (start-up removed)", t, fetch + logins, "", f"exit {done[1].returncode}" if isinstance(done, tuple) else "", start_up=version))

        t, result = median(1 if quick else 3, lambda: in_process_discover(ca, f"alice@{GUESS}"))
        say(Figure("guess-only, imap./smtp. black-holed (in-process)", t, None, "<= 1.5 s", f"{len(result.configs)} configs"))
        t, result = median(1 if quick else 3, lambda: in_process_discover(ca, f"alice@{HOLE}"))
        say(Figure("everything black-holed (in-process)", t, None, "<= 3 s", f"{result.outcome.value if result.outcome else len(result.configs)}"))
        t, done = whole_process(mailsetup("discover", f"alice@{HOLE}", "--ca-file", str(ca)), None, env)
        say(Figure("everything black-holed, whole process", t, None, "<= 3 s", (done.stdout + done.stderr).strip().splitlines()[-1][:70] if (done.stdout + done.stderr).strip() else ""))

        # The window's own figure (when its first frame was on screen), not the process's
        # whole life, which also holds the smoke screenshot's wait and the quit after it.
        if runs > 1:
            first_window(gui_env)
        t = statistics.median(first_window(gui_env) for _ in range(runs))
        say(Figure("GUI: time to first window (offscreen, from a venv)", t, None, "<= 0.4 s"))
        walk = gui_walk(gui_env)
        say(Figure("GUI: the Testing page on the demo", float(walk["testing_s"]), None, "<= 1.5 s", str(walk["codes"])[:60]))
        say(Figure("GUI: RSS after a full walk Welcome -> Done", float(walk["rss_after_mib"]), None, "<= 150 MB",
                   f"peak {float(walk['peak_rss_mib']):.0f} MiB (the demo's servers in a process of their own)", unit="MiB"))

        if not quick:
            out("hostile servers, peak RSS of the doctor (tests/bench/bench_hostile_memory.py):")
            for line in hostile_memory().splitlines():
                out("  " + line)
        out(f"done; {load()}")
    finally:
        proxy.stop()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="counted runs per figure (median printed)")
    parser.add_argument("--quick", action="store_true", help="one tiny iteration (the check inside make test)")
    args = parser.parse_args(argv)
    from tests.world.isolation import isolation_problem
    from tests.world.world import World

    problem = isolation_problem()
    if problem:
        print(f"make bench runs inside the test world's namespace ({problem}); use `make bench`", file=sys.stderr)
        return 2
    with World() as world:
        run(world, 1 if args.quick else args.runs, args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
