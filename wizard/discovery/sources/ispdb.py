"""Thunderbird's ISPDB (or whatever `--ispdb-url` names): base URL + domain."""

from __future__ import annotations

from wizard.discovery.job import Job
from wizard.discovery.sources.autoconfig import fetch_config
from wizard.model import AccountConfig, Source
from wizard.net import NetContext

SOURCE = "ispdb"


def ispdb_url(base: str, domain: str) -> str:
    return base.rstrip("/") + "/" + domain


async def lookup(job: Job, domain: str, step_source: str, source: Source, ctx: NetContext) -> AccountConfig | None:
    url = ispdb_url(ctx.endpoints.ispdb_url, domain)
    return await fetch_config(job, url, step_source, source, ctx, timeout=ctx.timeouts.ispdb)


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    return await lookup(job, job.domain, SOURCE, Source.ISPDB, ctx)
