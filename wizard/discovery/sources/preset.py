"""Provider packs: the branded pack, or the bundled pack matched by the address's domain or by
the MX host. What the pack states is used as it stands; a server it names without port or
security is probed on the standard ports (implicit TLS first, then STARTTLS, outgoing only on
465 and 587, never 25: many access providers close port 25). No credentials are sent.

A server that cannot be probed (the host does not answer from here) is kept, not dropped: the
pack names it, so it gets RFC 8314's implicit-TLS port and is marked "not confirmed"."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.discovery.arrange import UNCONFIRMED, UNSIGNED_DNS, build
from wizard.discovery.describe import found
from wizard.discovery.fetch import Problem, attempt
from wizard.discovery.first import pack_may_apply
from wizard.discovery.group import ranked_first
from wizard.discovery.job import Job
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, Protocol, Security, ServerSettings, Source, StepStatus
from wizard.net import NetContext
from wizard.parsers.document import secure_guess
from wizard.providers import Provider, ServerTemplate

if TYPE_CHECKING:
    from wizard.discovery.probe import ProbeResult

SOURCE = "preset"
PROBE_PORTS = {Protocol.IMAP: (993, 143), Protocol.POP3: (995, 110), Protocol.SMTP: (465, 587)}
IMPLICIT_TLS = {Protocol.IMAP: 993, Protocol.POP3: 995, Protocol.SMTP: 465}  # RFC 8314


@dataclass
class _Probed:
    """What probing one pack server showed beyond its result."""

    plaintext_only: bool = False  # some port answered, but only without encryption


async def _probe_port(ctx: NetContext, job: Job, template: ServerTemplate, host: str, port: int, verify, seen: _Probed) -> tuple[ProbeResult, ServerTemplate] | None:
    # The mail conversations load with a run's first probe: a run whose settings come from a
    # document (or that ends first) never needs them.
    from wizard.discovery.probe import probe

    async def work(rec) -> tuple[ProbeResult, ServerTemplate]:
        result = await probe(ctx, template.protocol, host, port, verify)
        if result.security is Security.PLAIN:
            seen.plaintext_only = True
            raise Problem(StepStatus.EMPTY, T("{protocol} without encryption on port {port}; not used", protocol=template.protocol.value.upper(), port=port))
        text = T("{protocol} {security} on port {port}", protocol=template.protocol.value.upper(), security=result.security.value, port=port)
        if result.cert_problem:
            text = T("{text}; certificate problem: {reason}", text=text, reason=result.cert_reason[:120])
        rec.set(StepStatus.OK, text)
        return result, template.with_endpoint(port, result.security)

    return await attempt(ctx, SOURCE, f"{host}:{port}", work)


async def _complete(job: Job, ctx: NetContext, template: ServerTemplate, verify) -> tuple[ServerTemplate, ProbeResult | None, bool] | None:
    """The template with port and security filled in by probing, best port first, and
    whether that is unconfirmed (nothing answered: implicit TLS assumed). None when the host
    answered only without encryption: that is not assumed away."""
    if template.complete:
        return template, None, False
    host = template.host_for(job.address)
    ports = (template.port,) if template.port is not None else PROBE_PORTS.get(template.protocol, ())
    seen = _Probed()
    attempts = [lambda c, p=p: _probe_port(c, job, template, host, p, verify, seen) for p in ports]
    best = await ranked_first(ctx, attempts)
    if best is None:
        default = template.port if template.port is not None else IMPLICIT_TLS.get(template.protocol)
        if seen.plaintext_only or default is None:
            return None
        return template.with_endpoint(default, template.security or secure_guess(default)), None, True
    result, filled = best
    return filled, result, False


async def config_from(job: Job, ctx: NetContext, provider: Provider, trusted: bool, consent: list[ConsentReason]) -> AccountConfig | None:
    """The pack's servers for this address, probed where the pack leaves port or security open."""
    verify = await ctx.tls_context()
    completed = await asyncio.gather(*(_complete(job, ctx, t, verify) for t in provider.incoming + provider.outgoing))
    incoming: list[ServerSettings] = []
    outgoing: list[ServerSettings] = []
    reasons = list(consent)
    for item in completed:
        if item is None:
            continue
        template, result, unconfirmed = item
        target = outgoing if template.protocol is Protocol.SMTP else incoming
        target.append(template.for_address(job.address))
        if unconfirmed:
            reasons.append(ConsentReason(UNCONFIRMED, template.host_for(job.address)))
        phone = template.phone_settings(job.address)
        if phone is not None:
            incoming.append(phone)
        if result is not None and result.cert_problem:
            reasons.append(ConsentReason(result.cert_problem, f"{result.host}:{result.port}"))
    return build(Source.PRESET, trusted, incoming, outgoing, provider=provider.name, origin=provider.origin, consent=reasons)


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    provider, trusted, consent, target = job.brand, True, [], ""
    if provider is not None:
        target = f"--brand {provider.id}"
    else:
        provider = job.presets.for_domain(job.domain)
        target = job.domain
    if provider is None:
        if not pack_may_apply(job.address, job.presets, job.brand):  # the head start's premise too (first.py)
            return None
        mx = await job.mx()
        if mx.host is None:
            return None
        provider = job.presets.for_mx(mx.host)
        target = f"MX {mx.host}"
        if provider is None:
            async def none(rec) -> None:
                rec.set(StepStatus.EMPTY, T("no provider pack uses this mail server"))

            await attempt(ctx, SOURCE, target, none, answers=None)
            return None
        trusted = mx.authenticated
        consent = [] if mx.authenticated else [ConsentReason(UNSIGNED_DNS, f"MX {job.domain} → {mx.host}")]
    job.provider = provider
    chosen = provider

    async def work(rec) -> AccountConfig:
        if not chosen.incoming:
            raise Problem(StepStatus.EMPTY, T("the pack of {provider} names no server to receive mail from; the other sources find them", provider=chosen.title), cause=None)
        config = await config_from(job, ctx, chosen, trusted, consent)
        if config is None:
            raise Problem(StepStatus.EMPTY, T("none of the servers the pack of {provider} names answered", provider=chosen.title), cause=None)
        rec.set(StepStatus.OK, found(config))
        return config

    return await attempt(ctx, SOURCE, target, work)
