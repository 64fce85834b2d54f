"""A NetContext pointed at a running demo: its DNS server, its certificate authority, its
ISPDB address, and the few well-known ports a doctor probes by number.

Everything except `open_connection` is the ordinary NetContext: the engines run unchanged.
The settings the demo publishes carry its real (high) ports; only a connection to a demo
host on 25, 465, 587, 993 or 995 is sent to the demo port playing that part, because a
program without root cannot listen on those numbers. 25 leads to the port that never
answers, so the doctor sees a network that filters port 25."""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.demo.provider import DemoInfo, HOST_IP
from wizard.net import Deadline, DnsServer, Endpoints, NetContext, Trust


@dataclass
class DemoNetContext(NetContext):
    demo_domain: str = ""
    port_map: dict[int, int] = field(default_factory=dict)

    def route(self, host: str, address: str, port: int) -> tuple[str, int]:
        name = host.lower().rstrip(".")
        if port in self.port_map and (name == self.demo_domain or name.endswith("." + self.demo_domain) or name == HOST_IP):
            return HOST_IP, self.port_map[port]
        return address, port


def demo_context(info: DemoInfo, *, sink=None, deadline_seconds: float | None = 8.0, use_system: bool = True) -> DemoNetContext:
    ctx = DemoNetContext(
        trust=Trust(use_system=use_system, ca_files=(info.ca_file,)),
        dns_server=DnsServer.parse(info.dns),
        deadline=Deadline(seconds=deadline_seconds),
        endpoints=Endpoints(ispdb_url=info.ispdb_url),
        demo_domain=info.domain,
        port_map=info.port_map,
    )
    if sink is not None:
        ctx.sink = sink
    return ctx
