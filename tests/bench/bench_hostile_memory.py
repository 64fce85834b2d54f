"""Peak memory of the doctor while hostile servers try to make it grow: a 1 GB IMAP
literal, endless untagged answers, endless CAPA and EHLO lines (inside TLS and before
STARTTLS), a 10 MB greeting, and STARTTLS injection; a well-behaved server is the baseline.

Standalone, loopback only: `.venv/bin/python tests/bench/bench_hostile_memory.py`. The fake
servers run in this process; each conversation runs in a child process of its own, whose
peak RSS (getrusage) is printed, with the password's arrival checked on the server side."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSWORD = "Hostile-bench pass 42"
CASES = [
    ("imap", True, "normal"),
    ("imap", True, "literal"),
    ("imap", True, "flood"),
    ("imap", False, "flood"),
    ("imap", False, "inject"),
    ("imap", False, "huge"),
    ("pop3", True, "flood"),
    ("pop3", False, "flood"),
    ("pop3", False, "inject"),
    ("smtp", True, "normal"),
    ("smtp", True, "flood"),
    ("smtp", False, "flood"),
    ("smtp", False, "inject"),
]


def _client(protocol: str, port: int, implicit: bool, ca_file: str) -> None:
    """Child: one diagnose against 127.0.0.1:port, then the peak RSS in MiB and the codes."""
    from wizard.doctor import CertStore, diagnose
    from wizard.model import Protocol, Security, ServerSettings
    from wizard.net import Deadline, NetContext, Timeouts, Trust

    ctx = NetContext(trust=Trust(use_system=False, ca_files=(Path(ca_file),)), timeouts=Timeouts(connect=1.0, read=3.0), deadline=Deadline(seconds=20))
    settings = ServerSettings(Protocol(protocol), "127.0.0.1", port, Security.TLS if implicit else Security.STARTTLS)
    with tempfile.TemporaryDirectory() as folder:
        report = diagnose("alice@bench.example", [settings], ctx, password=PASSWORD, store=CertStore(Path(folder) / "certs.json"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak:.1f} {','.join(f.code for f in report.findings if f.service == protocol) or '-'}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    import trustme

    from tests.doctor.servers import FakeServer, Loop, server_context

    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1")
    with tempfile.TemporaryDirectory() as folder:
        ca_file, cert_file, key_file = Path(folder) / "ca.pem", Path(folder) / "cert.pem", Path(folder) / "key.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        leaf.cert_chain_pems[0].write_to_path(str(cert_file))
        leaf.private_key_pem.write_to_path(str(key_file))
        loop = Loop()
        print(f"{'protocol':8} {'tls':9} {'mode':8} {'peak RSS':>10} {'seconds':>8}  password arrived  findings")
        try:
            for protocol, implicit, mode in CASES:
                port = _free_port()
                server = FakeServer(loop, protocol, "127.0.0.1", port, implicit=implicit, mode=mode, context=server_context(cert_file, key_file), name="127.0.0.1")
                with server:
                    started = time.monotonic()
                    child = subprocess.run([sys.executable, __file__, "--client", protocol, str(port), "1" if implicit else "0", str(ca_file)],
                                           capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
                    seconds = time.monotonic() - started
                if child.returncode != 0:
                    print(f"{protocol:8} {mode:8} failed: {child.stderr.strip().splitlines()[-1:]}")
                    continue
                peak, codes = child.stdout.split()[-2:]
                arrived = server.recording.contains_secret(PASSWORD, ("alice@bench.example", "alice", "alice_bench.example"))
                print(f"{protocol:8} {'implicit' if implicit else 'starttls':9} {mode:8} {float(peak):>7.1f} MiB {seconds:>8.2f}  {'YES' if arrived else 'no':16}  {codes}")
        finally:
            loop.close()


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--client":
        _client(sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5])
    else:
        main()
