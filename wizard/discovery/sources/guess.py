"""Guessing: common host names (imap., pop3., pop., mail., smtp., the bare domain, the MX
host) on the standard ports, reading greeting and capabilities. Port 25 only as a last
resort. Guessed settings are never trusted; a certificate for another name is said out loud.

Probes run in parallel; the lane ends as soon as each direction has an implicit-TLS server
with a valid certificate, so black-holed hosts cost nothing when another host answers."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.discovery.arrange import GUESSED, build
from wizard.discovery.evidence import Cause
from wizard.discovery.fetch import Problem, attempt
from wizard.discovery.group import Group
from wizard.discovery.job import Job
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, Protocol, Security, ServerSettings, Source, StepStatus
from wizard.net import NetContext

if TYPE_CHECKING:
    from wizard.discovery.probe import ProbeResult

SOURCE = "guess"
PREFIXES = {
    Protocol.IMAP: ("imap.", "mail.", ""),
    Protocol.POP3: ("pop3.", "pop.", "mail.", ""),
    Protocol.SMTP: ("smtp.", "mail.", ""),
}
PORTS = {Protocol.IMAP: (993, 143), Protocol.POP3: (995, 110), Protocol.SMTP: (465, 587, 25)}
LAST_RESORT = {25}


@dataclass(frozen=True)
class _Tag:
    kind: str  # "resolve", "mx" or "probe"
    host: str
    protocols: tuple[Protocol, ...]
    port: int | None = None


def candidate_hosts(domain: str) -> dict[str, list[Protocol]]:
    hosts: dict[str, list[Protocol]] = {}
    for protocol, prefixes in PREFIXES.items():
        for prefix in prefixes:
            hosts.setdefault(prefix + domain, []).append(protocol)
    return hosts


def _host_rank(domain: str, protocol: Protocol, host: str) -> int:
    names = [p + domain for p in PREFIXES[protocol]]
    return names.index(host) if host in names else len(names)


def _describe(result: ProbeResult):
    mechs = " ".join(sorted(result.caps.mechanisms)) or "-"
    text = T("{protocol} {security}, sign-in: {mechanisms}", protocol=result.protocol.value.upper(), security=result.security.value, mechanisms=mechs)
    if result.security is Security.PLAIN:
        text = T("{text}; no STARTTLS: unencrypted only", text=text)
    if result.cert_problem:
        text = T("{text}; certificate problem: {reason}", text=text, reason=result.cert_reason[:120])
    return text


async def _resolve(ctx: NetContext, host: str) -> tuple[str, ...]:
    async def work(rec) -> tuple[str, ...]:
        addresses = await ctx.addresses(host)
        if not addresses:
            raise Problem(StepStatus.EMPTY, T("{host} does not exist", host=host), cause=Cause.DNS_ANSWER)
        rec.set(StepStatus.OK, T("{host} is at {addresses}", host=host, addresses=", ".join(addresses[:3])))
        return addresses

    return await attempt(ctx, SOURCE, host, work, answers=Cause.DNS_ANSWER) or ()


async def _probe(ctx: NetContext, protocol: Protocol, host: str, port: int, verify) -> ProbeResult | None:
    # The mail conversations load with a run's first probe: a run whose settings come from a
    # document (or that ends first) never needs them.
    from wizard.discovery.probe import probe

    async def work(rec) -> ProbeResult:
        result = await probe(ctx, protocol, host, port, verify)
        rec.set(StepStatus.OK, _describe(result))
        return result

    return await attempt(ctx, SOURCE, f"{host}:{port}", work)


def _good(result: ProbeResult) -> bool:
    return result.security is Security.TLS and result.cert_problem is None


class _State:
    def __init__(self) -> None:
        self.results: list[ProbeResult] = []
        self.pending: dict[asyncio.Task, _Tag] = {}

    def busy(self, protocol: Protocol, ports: set[int] | None = None) -> bool:
        for tag in self.pending.values():
            if protocol in tag.protocols and (tag.kind != "probe" or ports is None or tag.port in ports):
                return True
        return False

    def has(self, protocol: Protocol, good: bool = True, ports: set[int] | None = None) -> bool:
        return any(r.protocol is protocol and (not good or _good(r)) and (ports is None or r.port in ports) for r in self.results)

    def done(self) -> bool:
        imap = self.has(Protocol.IMAP) or not self.busy(Protocol.IMAP)
        pop = self.has(Protocol.POP3) or not self.busy(Protocol.POP3)
        incoming = self.has(Protocol.IMAP) or (imap and pop)
        submission = {465, 587}
        outgoing = self.has(Protocol.SMTP, ports={465}) or (
            not self.busy(Protocol.SMTP, submission) and (self.has(Protocol.SMTP, good=False, ports=submission) or not self.busy(Protocol.SMTP))
        )
        return incoming and outgoing


def _pick(job: Job, results: list[ProbeResult], protocol: Protocol) -> ProbeResult | None:
    mine = [r for r in results if r.protocol is protocol]
    if protocol is Protocol.SMTP and any(r.port not in LAST_RESORT for r in mine):
        mine = [r for r in mine if r.port not in LAST_RESORT]
    if not mine:
        return None
    return min(mine, key=lambda r: (r.cert_problem is not None, r.security.rank, _host_rank(job.domain, protocol, r.host), PORTS[protocol].index(r.port)))


def _settings(job: Job, result: ProbeResult) -> ServerSettings:
    auth = result.caps.auth_methods or ServerSettings.__dataclass_fields__["auth"].default
    return ServerSettings(result.protocol, result.host, result.port, result.security, auth=auth, username=str(job.address))


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    await job.before_guessing()
    group = Group(ctx)
    state = _State()
    verify = await ctx.tls_context()
    hosts = candidate_hosts(job.domain)
    seen: set[str] = set()

    def add_host(host: str, protocols: tuple[Protocol, ...]) -> None:
        if host in seen:
            return
        seen.add(host)
        task = group.spawn(lambda c, h=host: _resolve(c, h))
        state.pending[task] = _Tag("resolve", host, protocols)

    async def mx_host(_: NetContext) -> str | None:
        return (await job.mx()).host

    try:
        for host, protocols in hosts.items():
            add_host(host, tuple(protocols))
        state.pending[group.spawn(mx_host)] = _Tag("mx", "", tuple(PORTS))
        while state.pending and not state.done():
            finished, _ = await asyncio.wait(list(state.pending), return_when=asyncio.FIRST_COMPLETED)
            for task in finished:
                tag = state.pending.pop(task)
                value = None if task.cancelled() or task.exception() is not None else task.result()
                if tag.kind == "mx" and value:
                    add_host(value, tuple(PORTS))
                elif tag.kind == "resolve" and value:
                    for protocol in tag.protocols:
                        for port in PORTS[protocol]:
                            probe_task = group.spawn(lambda c, p=protocol, h=tag.host, n=port: _probe(c, p, h, n, verify))
                            state.pending[probe_task] = _Tag("probe", tag.host, (protocol,), port)
                elif tag.kind == "probe" and value is not None:
                    state.results.append(value)
        group.cancel()
    finally:
        await group.close()
    picks = {p: _pick(job, state.results, p) for p in PORTS}
    incoming = [_settings(job, r) for p in (Protocol.IMAP, Protocol.POP3) if (r := picks[p]) is not None]
    outgoing = [_settings(job, picks[Protocol.SMTP])] if picks[Protocol.SMTP] is not None else []
    consent = [ConsentReason(GUESSED, job.domain)]
    for result in picks.values():
        if result is not None and result.cert_problem:
            consent.append(ConsentReason(result.cert_problem, f"{result.host}:{result.port}"))
    return build(Source.GUESS, False, incoming, outgoing, origin=job.domain, consent=consent)
