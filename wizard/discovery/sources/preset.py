"""Bundled provider presets, matched by the address's domain or by the MX host."""

from __future__ import annotations

from wizard.discovery.arrange import UNSIGNED_DNS, build
from wizard.discovery.describe import found
from wizard.discovery.fetch import Problem, attempt
from wizard.discovery.job import Job
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, Source, StepStatus
from wizard.net import NetContext

SOURCE = "preset"


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    provider = job.presets.for_domain(job.domain)
    if provider is not None:

        async def by_domain(rec) -> AccountConfig:
            incoming, outgoing = provider.settings_for(job.address)
            config = build(Source.PRESET, True, incoming, outgoing, provider=provider.name, origin=provider.origin)
            if config is None:
                raise Problem(StepStatus.EMPTY, T("the preset lists no server to receive mail from"))
            rec.set(StepStatus.OK, found(config))
            return config

        return await attempt(ctx, SOURCE, job.domain, by_domain)
    if not any(p.mx_patterns for p in job.presets.providers):
        return None
    mx = await job.mx()
    if mx.host is None:
        return None

    async def by_mx(rec) -> AccountConfig:
        match = job.presets.for_mx(mx.host or "")
        if match is None:
            raise Problem(StepStatus.EMPTY, T("no bundled provider uses this mail server"))
        incoming, outgoing = match.settings_for(job.address)
        consent = [] if mx.authenticated else [ConsentReason(UNSIGNED_DNS, f"MX {job.domain} → {mx.host}")]
        config = build(Source.PRESET, mx.authenticated, incoming, outgoing, provider=match.name, origin=match.origin, consent=consent)
        if config is None:
            raise Problem(StepStatus.EMPTY, T("the preset lists no server to receive mail from"))
        rec.set(StepStatus.OK, found(config))
        return config

    return await attempt(ctx, SOURCE, f"MX {mx.host}", by_mx)
