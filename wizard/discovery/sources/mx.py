"""MX-based: the most-preferred MX host, minus its first label and reduced with the Public
Suffix List to its registrable domain (the draft's %MXFULLDOMAIN% and %MXBASEDOMAIN%, never a
public suffix: SECURITY.md A2), then the https autoconfig and the ISPDB for those domains, in
the draft's order. An MX host inside the address's own domain adds nothing: skipped, as both
Thunderbirds do."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from wizard.discovery.arrange import UNSIGNED_DNS
from wizard.discovery.fetch import attempt
from wizard.discovery.group import ranked_first
from wizard.discovery.job import Job
from wizard.discovery.sources import ispdb
from wizard.discovery.first import https_urls
from wizard.discovery.sources.autoconfig import fetch_config
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, Source, StepStatus
from wizard.net import NetContext
from wizard.parsers.domains import mx_lookup_domains

SOURCE = "mx"


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    mx = await job.mx()
    if mx.host is None:
        return None
    domains = mx_lookup_domains(mx.host, job.domain)
    if not domains:
        host = mx.host

        async def inside(rec) -> None:
            rec.set(StepStatus.SKIPPED, T("the mail server {host} is inside {domain}, whose own settings were asked for already", host=host, domain=job.domain))

        await attempt(ctx, SOURCE, f"MX {host}", inside, answers=None)
        return None
    attempts = []
    for domain in domains:
        attempts += [partial(fetch_config, job, url, SOURCE, Source.MX) for url in https_urls(domain, job.address)]
    attempts += [partial(ispdb.lookup, job, domain, SOURCE, Source.MX) for domain in domains]
    config = await ranked_first(ctx, attempts)
    if config is None:
        return None
    consent = list(config.consent)
    if not mx.authenticated:
        consent.insert(0, ConsentReason(UNSIGNED_DNS, f"MX {job.domain} → {mx.host}"))
    return replace(config, trusted=config.trusted and mx.authenticated, consent=tuple(consent))
