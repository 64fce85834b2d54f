"""The provider's own autoconfig file: two https URLs, and (a separate, last-ranked lane)
the same two over plain http, whose answers are never trusted (SECURITY.md A1). An answer
reached through a redirect to another registrable domain (`.well-known` included) is
untrusted too, and names that domain for the person's consent."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from wizard.discovery.arrange import FOREIGN_REDIRECT, HTTP_SOURCE, build
from wizard.discovery.describe import found
from wizard.discovery.fetch import Problem, attempt, fetch
from wizard.discovery.first import https_urls
from wizard.discovery.group import ranked_first
from wizard.discovery.job import Job
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, HelpPage, Source, StepStatus
from wizard.net import NetContext

SOURCE = "autoconfig"


def http_urls(domain: str) -> list[str]:
    # Over http the address is not sent: anyone on the way could read it.
    return [
        f"http://autoconfig.{domain}/mail/config-v1.1.xml",
        f"http://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
    ]


async def fetch_config(job: Job, url: str, step_source: str, source: Source, ctx: NetContext, *, timeout: float | None = None) -> AccountConfig | None:
    """Fetch and parse one autoconfig document as one step."""

    async def work(rec) -> AccountConfig:
        fetched = await fetch(ctx, job.client(), url, timeout=timeout)
        from wizard.parsers.autoconfig import parse_autoconfig  # loaded by the run's warm-up meanwhile (engine.warm_up)

        parsed = parse_autoconfig(fetched.body, job.address)
        consent = []
        if not fetched.all_https:
            first_http = next(h for h in fetched.hops if not h.lower().startswith("https://"))
            consent.append(ConsentReason(HTTP_SOURCE, first_http))
        consent += [ConsentReason(FOREIGN_REDIRECT, host) for host in fetched.foreign_hosts]
        trusted = fetched.all_https and not fetched.foreign_hosts
        config = build(source, trusted, parsed.incoming, parsed.outgoing, provider=parsed.provider, origin=fetched.url,
                       consent=consent, guessed=parsed.guessed)
        if config is None:
            raise Problem(StepStatus.EMPTY, T("the file lists no server to receive mail from"))
        page = parsed.two_factor_page
        if page is not None and trusted:  # an untrusted document's link is not one to send people to
            config = replace(config, two_factor_page=HelpPage(page.url, page.description))
        rec.set(StepStatus.OK, found(config, parsed.notes))
        return config

    return await attempt(ctx, step_source, url, work)


async def find_https(job: Job, ctx: NetContext) -> AccountConfig | None:
    own, well_known = https_urls(job.domain, job.address)

    async def first(c: NetContext) -> AccountConfig | None:
        config = await fetch_config(job, own, SOURCE, Source.AUTOCONFIG, c)
        if config is None:  # the provider's own autoconfig host has none: guessing waits no longer
            job.documents_ended()
        return config

    return await ranked_first(ctx, [first, partial(fetch_config, job, well_known, SOURCE, Source.AUTOCONFIG)])


async def find_http(job: Job, ctx: NetContext) -> AccountConfig | None:
    config = await ranked_first(ctx, [partial(fetch_config, job, url, SOURCE, Source.AUTOCONFIG) for url in http_urls(job.domain)])
    if config is not None and config.trusted:  # an http start can never be trusted
        config = replace(config, trusted=False)
    return config
