"""Provider packs: the branded pack, or the bundled pack matched by the address's domain or by
the MX host. What the pack states is used as it stands; a server it names without port or
security is probed on the standard ports (implicit TLS first, then STARTTLS, outgoing only on
465 and 587, never 25: many access providers close port 25). No credentials are sent."""

from __future__ import annotations

import asyncio

from wizard.discovery.arrange import UNSIGNED_DNS, build
from wizard.discovery.describe import found
from wizard.discovery.fetch import Problem, attempt
from wizard.discovery.group import ranked_first
from wizard.discovery.job import Job
from wizard.discovery.probe import ProbeResult, probe
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, Protocol, Security, ServerSettings, Source, StepStatus
from wizard.net import NetContext
from wizard.providers import Provider, ServerTemplate

SOURCE = "preset"
PROBE_PORTS = {Protocol.IMAP: (993, 143), Protocol.POP3: (995, 110), Protocol.SMTP: (465, 587)}


async def _probe_port(ctx: NetContext, job: Job, template: ServerTemplate, host: str, port: int, verify) -> tuple[ProbeResult, ServerTemplate] | None:
    async def work(rec) -> tuple[ProbeResult, ServerTemplate]:
        result = await probe(ctx, template.protocol, host, port, verify)
        if result.security is Security.PLAIN:
            raise Problem(StepStatus.EMPTY, T("{protocol} without encryption on port {port}; not used", protocol=template.protocol.value.upper(), port=port))
        text = T("{protocol} {security} on port {port}", protocol=template.protocol.value.upper(), security=result.security.value, port=port)
        if result.cert_problem:
            text = T("{text}; certificate problem: {reason}", text=text, reason=result.cert_reason[:120])
        rec.set(StepStatus.OK, text)
        return result, template.with_endpoint(port, result.security)

    return await attempt(ctx, SOURCE, f"{host}:{port}", work)


async def _complete(job: Job, ctx: NetContext, template: ServerTemplate, verify) -> tuple[ServerTemplate, ProbeResult | None] | None:
    """The template with port and security filled in by probing, best port first."""
    if template.complete:
        return template, None
    host = template.host_for(job.address)
    ports = (template.port,) if template.port is not None else PROBE_PORTS.get(template.protocol, ())
    attempts = [lambda c, p=p: _probe_port(c, job, template, host, p, verify) for p in ports]
    best = await ranked_first(ctx, attempts)
    if best is None:
        return None
    result, filled = best
    return filled, result


async def config_from(job: Job, ctx: NetContext, provider: Provider, trusted: bool, consent: list[ConsentReason]) -> AccountConfig | None:
    """The pack's servers for this address, probed where the pack leaves port or security open."""
    verify = ctx.ssl_context()
    completed = await asyncio.gather(*(_complete(job, ctx, t, verify) for t in provider.incoming + provider.outgoing))
    incoming: list[ServerSettings] = []
    outgoing: list[ServerSettings] = []
    reasons = list(consent)
    for item in completed:
        if item is None:
            continue
        template, result = item
        target = outgoing if template.protocol is Protocol.SMTP else incoming
        target.append(template.for_address(job.address))
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
        if not any(p.mx_patterns for p in job.presets.providers):
            return None
        mx = await job.mx()
        if mx.host is None:
            return None
        provider = job.presets.for_mx(mx.host)
        target = f"MX {mx.host}"
        if provider is None:
            async def none(rec) -> None:
                rec.set(StepStatus.EMPTY, T("no provider pack uses this mail server"))

            await attempt(ctx, SOURCE, target, none)
            return None
        trusted = mx.authenticated
        consent = [] if mx.authenticated else [ConsentReason(UNSIGNED_DNS, f"MX {job.domain} → {mx.host}")]
    job.provider = provider
    chosen = provider

    async def work(rec) -> AccountConfig:
        if not chosen.incoming:
            raise Problem(StepStatus.EMPTY, T("the pack of {provider} names no server to receive mail from; the other sources find them", provider=chosen.title))
        config = await config_from(job, ctx, chosen, trusted, consent)
        if config is None:
            raise Problem(StepStatus.EMPTY, T("none of the servers the pack of {provider} names answered", provider=chosen.title))
        rec.set(StepStatus.OK, found(config))
        return config

    return await attempt(ctx, SOURCE, target, work)
