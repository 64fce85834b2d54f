"""Discovery time in the test world, next to the deadline (not collected by pytest).

Run inside a private namespace, as the tests are:
    unshare --net --mount --fork -- .venv/bin/python -m tests.discovery.bench_discovery [RUNS]

(a) example.test with its https autoconfig;
(b) example.test where only guessing works: autoconfig removed and two guess hosts
    (imap.example.test, smtp.example.test) black-holed;
(c) for scale: a domain whose every host is black-holed (the deadline itself is the limit).
"""

from __future__ import annotations

import statistics
import sys
import time

from tests.world.world import World
from wizard.discovery import discover
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Trust
from wizard.providers import Presets

DEADLINE = 8.0


def once(world: World, address: str) -> tuple[float, str]:
    ctx = NetContext(trust=Trust(use_system=False, ca_files=(world.ca_file,)), dns_server=DnsServer("127.0.0.53"),
                     deadline=Deadline(seconds=DEADLINE), endpoints=Endpoints("https://ispdb.test/autoconfig/v1.1/"))
    began = time.monotonic()
    result = discover(address, ctx, presets=Presets())
    elapsed = time.monotonic() - began
    return elapsed, result.best.source.value if result.best else "nothing"


def measure(world: World, label: str, address: str, runs: int) -> None:
    once(world, address)  # warm certificates and caches
    times, found = [], set()
    for _ in range(runs):
        elapsed, source = once(world, address)
        times.append(elapsed)
        found.add(source)
    print(f"{label:<58} median {statistics.median(times) * 1000:7.0f} ms  min {min(times) * 1000:6.0f}  max {max(times) * 1000:6.0f}"
          f"  (deadline {DEADLINE * 1000:.0f} ms; found: {', '.join(sorted(found))})")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    world = World()
    world.start()
    try:
        measure(world, "(a) https autoconfig (example.test)", "alice@example.test", runs)
        world.web.remove("autoconfig.example.test")
        with world.dns.batch():
            world.dns.set_a("imap.example.test", world.blackhole_ip)
            world.dns.set_a("smtp.example.test", world.blackhole_ip)
        measure(world, "(b) guessing only, imap. and smtp. black-holed", "alice@example.test", runs)
        with world.dns.batch():
            for host in ("hole.test", "autoconfig.hole.test", "autodiscover.hole.test", "imap.hole.test", "mail.hole.test", "smtp.hole.test"):
                world.dns.set_a(host, world.blackhole_ip)
        measure(world, "(c) every host black-holed (hole.test)", "jo@hole.test", max(1, runs // 3))
    finally:
        world.stop()


if __name__ == "__main__":
    main()
