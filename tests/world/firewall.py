"""iptables rules that make hosts or ports silent, as an access provider or attacker would.

Packets are dropped (not rejected), so a connect times out instead of being refused. All of
the world's traffic is on loopback, so the rules sit in INPUT, which sees every packet to a
local address; two chains of our own keep them apart: one for the world's permanent rules,
one that is flushed after every test.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Sequence

BASE_CHAIN = "WORLD-BASE"
TEST_CHAIN = "WORLD-TEST"


def _find_iptables() -> str:
    """The iptables that works here (nft backend first, then legacy)."""
    for name in ("iptables", "iptables-nft", "iptables-legacy"):
        path = shutil.which(name)
        if path and subprocess.run([path, "-w", "-S", "INPUT"], capture_output=True).returncode == 0:
            return path
    raise RuntimeError("no working iptables (tried iptables, iptables-nft, iptables-legacy)")


@dataclass(frozen=True)
class Rule:
    """A DROP rule; use as a context manager to remove it again at the end of the block."""

    firewall: "Firewall"
    chain: str
    spec: tuple[str, ...]

    def remove(self) -> None:
        self.firewall._run("-D", self.chain, *self.spec, check=False)

    def __enter__(self) -> "Rule":
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()


class Firewall:
    def __init__(self) -> None:
        self.iptables = _find_iptables()

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([self.iptables, "-w", *args], capture_output=True, text=True)
        if check and done.returncode != 0:
            raise RuntimeError(f"{self.iptables} {' '.join(args)} failed: {done.stderr.strip()}")
        return done

    def setup(self) -> None:
        """Create our chains and hook them into INPUT (idempotent)."""
        for chain in (BASE_CHAIN, TEST_CHAIN):
            if self._run("-n", "-L", chain, check=False).returncode != 0:
                self._run("-N", chain)
            if self._run("-C", "INPUT", "-j", chain, check=False).returncode != 0:
                self._run("-A", "INPUT", "-j", chain)

    def teardown(self) -> None:
        for chain in (BASE_CHAIN, TEST_CHAIN):
            self._run("-D", "INPUT", "-j", chain, check=False)
            self._run("-F", chain, check=False)
            self._run("-X", chain, check=False)

    def _add(self, spec: Sequence[str], permanent: bool) -> Rule:
        chain = BASE_CHAIN if permanent else TEST_CHAIN
        self._run("-A", chain, *spec)
        return Rule(self, chain, tuple(spec))

    def block_port(self, ip: str, port: int, proto: str = "tcp", permanent: bool = False) -> Rule:
        """Drop traffic to ip:port (e.g. an access provider blocking port 25)."""
        return self._add(["-d", f"{ip}/32", "-p", proto, "--dport", str(port), "-j", "DROP"], permanent)

    def black_hole(self, ip: str, permanent: bool = False) -> Rule:
        """Drop every packet to ``ip``: the host exists in DNS but never answers."""
        return self._add(["-d", f"{ip}/32", "-j", "DROP"], permanent)

    def clear(self) -> None:
        """Remove every non-permanent rule (done after each test)."""
        self._run("-F", TEST_CHAIN)

    def rules(self) -> str:
        return self._run("-S").stdout
