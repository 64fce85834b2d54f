"""Microsoft Autodiscover (POX and v2 JSON), in the order Outlook uses outside a Windows
domain: POST to https://<domain>/… and https://autodiscover.<domain>/…, the v2 JSON lookup,
the unauthenticated http GET whose redirect is followed only to https (and only with the
person's consent when it leaves the base domain), then SRV `_autodiscover._tcp`.

`redirectAddr` / `redirectUrl` are followed for at most 10 hops.

Credentials (SECURITY notes, class 5): every request goes without them. A password, when
given, is sent (HTTP Basic) only when an endpoint answers 401 with a Basic challenge, only
over https, only along a chain that started trusted (never to a host learned through plain
http or from unsigned DNS), and only to hosts of the address's own registrable domain; a
host elsewhere gets it only when the person, shown the domain, agrees (`job.confirm`; the
CLI cannot ask, so there it never does). An answer reached through a redirect to another
registrable domain (a 30x, redirectUrl or redirectAddr) is untrusted and needs consent.
"""

from __future__ import annotations

from functools import partial

from wizard.discovery.arrange import FOREIGN_REDIRECT, FOREIGN_SRV_TARGET, HTTP_SOURCE, UNSIGNED_DNS, build
from wizard.discovery.describe import found
from wizard.discovery.evidence import Cause
from wizard.discovery.fetch import MayAuthenticate, Problem, attempt, fetch, host_of, redirect_target
from wizard.discovery.first import POX_HEADERS, autodiscover_http_url, autodiscover_pox_urls, autodiscover_v2_url
from wizard.discovery.group import ranked_first
from wizard.discovery.job import Job
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, EmailAddress, Source, StepStatus
from wizard.net import NetContext
from wizard.net.errors import basic_auth
from wizard.parsers.autodiscover import AutodiscoverRedirect, AutodiscoverSettings, parse_pox, parse_v2, pox_request
from wizard.parsers.domains import same_base_domain
from wizard.parsers.srv import SrvRecord, order_records
from wizard.protocols.dns import SRV

SOURCE = "autodiscover"
MAX_HOPS = 10
PATH = "/autodiscover/autodiscover.xml"


def _with(consent: tuple[ConsentReason, ...], *more: ConsentReason) -> tuple[ConsentReason, ...]:
    return tuple(dict.fromkeys(consent + more))


def may_authenticate(job: Job, credentials: bool) -> MayAuthenticate:
    """Whether a host that challenged may have the password (https is checked by fetch).
    `credentials`: the chain started where credentials may go at all (https, signed)."""

    async def may(host: str) -> bool:
        if not credentials:  # learned through plain http or unsigned DNS: never
            return False
        if same_base_domain(host, job.domain):
            return True
        return job.confirm is not None and await job.confirm(ConsentReason(FOREIGN_REDIRECT, host))

    return may


async def chain(job: Job, url: str, address: EmailAddress, hops_left: int, trusted: bool, consent: tuple[ConsentReason, ...], ctx: NetContext,
                credentials: bool | None = None) -> AccountConfig | None:
    """POST the POX request to `url`; follow redirectAddr / redirectUrl within the budget.
    `trusted`: the answer may be used unasked; `credentials` (default: `trusted`): the chain
    began where a password may go (a redirect elsewhere makes it untrusted, not this)."""
    credentials = trusted if credentials is None else credentials

    async def work(rec) -> tuple[AccountConfig | AutodiscoverRedirect, tuple[str, ...]]:
        if not url.lower().startswith("https://"):
            raise Problem(StepStatus.ERROR, T("the address {url} is not https; not asked", url=url[:200]))
        auth = basic_auth(str(job.address), job.password) if job.password else None
        fetched = await fetch(ctx, job.client(), url, method="POST", content=pox_request(address),
                              headers=dict(POX_HEADERS), auth=auth,
                              may_authenticate=may_authenticate(job, credentials), allow_http_hops=False, keep_method=True)
        foreign = tuple(h for h in fetched.foreign_hosts if not same_base_domain(h, job.domain))
        answer = parse_pox(fetched.body)
        if isinstance(answer, AutodiscoverRedirect):
            rec.set(StepStatus.OK, T("sends us on to {target}", target=answer.target[:200]))
            return answer, foreign
        assert isinstance(answer, AutodiscoverSettings)
        reasons = _with(consent, *(ConsentReason(FOREIGN_REDIRECT, h) for h in foreign))
        config = build(Source.AUTODISCOVER, trusted and not foreign, answer.incoming, answer.outgoing, origin=fetched.url, consent=reasons)
        if config is None:
            raise Problem(StepStatus.EMPTY, T("the answer lists no server to receive mail from"))
        rec.set(StepStatus.OK, found(config, answer.notes))
        return config, foreign

    outcome = await attempt(ctx, SOURCE, url, work)
    if outcome is None:
        return None
    result, foreign = outcome
    if isinstance(result, AccountConfig):
        return result
    if foreign:  # the redirect itself came from another domain: what follows is untrusted
        trusted = False
        consent = _with(consent, *(ConsentReason(FOREIGN_REDIRECT, h) for h in foreign))
    if hops_left <= 0:
        async def too_many(rec) -> None:
            raise Problem(StepStatus.ERROR, T("more than {count} Autodiscover redirects; gave up", count=MAX_HOPS))
        await attempt(ctx, SOURCE, result.target[:200], too_many)
        return None
    if result.kind == "address":
        new = EmailAddress.parse(result.target)
        more = () if same_base_domain(new.domain, job.domain) else (ConsentReason(FOREIGN_REDIRECT, new.domain),)
        attempts = [partial(chain, job, u, new, hops_left - 1, trusted and not more, _with(consent, *more), credentials=credentials) for u in autodiscover_pox_urls(new.domain)]
        return await ranked_first(ctx, attempts)
    target_host = host_of(result.target)
    more = () if same_base_domain(target_host, job.domain) else (ConsentReason(FOREIGN_REDIRECT, target_host),)
    return await chain(job, result.target, address, hops_left - 1, trusted and not more, _with(consent, *more), ctx, credentials)


async def v2(job: Job, ctx: NetContext) -> AccountConfig | None:
    url = autodiscover_v2_url(job.domain, job.address)

    async def work(rec) -> str:
        fetched = await fetch(ctx, job.client(), url, allow_http_hops=False)
        target = parse_v2(fetched.body)
        rec.set(StepStatus.OK, T("sends us on to {target}", target=target[:200]))
        return target

    target = await attempt(ctx, SOURCE, url, work)
    if target is None:
        return None
    host = host_of(target)
    consent = () if same_base_domain(host, job.domain) else (ConsentReason(FOREIGN_REDIRECT, host),)
    return await chain(job, target, job.address, MAX_HOPS - 1, True, consent, ctx)


async def http_redirect(job: Job, ctx: NetContext) -> AccountConfig | None:
    url = autodiscover_http_url(job.domain)

    async def work(rec) -> str | None:
        target = await redirect_target(ctx, job.client(), url)
        if not target.lower().startswith("https://"):
            raise Problem(StepStatus.ERROR, T("redirected to the unencrypted address {url}; not followed", url=target[:200]))
        host = host_of(target)
        if not same_base_domain(host, job.domain):
            reason = ConsentReason(FOREIGN_REDIRECT, host)
            if job.confirm is None or not await job.confirm(reason):
                rec.set(StepStatus.SKIPPED, T("leads to {host}, outside {domain}; not followed without your confirmation", host=host, domain=job.domain))
                return None
        rec.set(StepStatus.OK, T("sends us on to {target}", target=target[:200]))
        return target

    target = await attempt(ctx, SOURCE, url, work)
    if target is None:
        return None
    consent: tuple[ConsentReason, ...] = (ConsentReason(HTTP_SOURCE, url),)
    host = host_of(target)
    if not same_base_domain(host, job.domain):
        consent += (ConsentReason(FOREIGN_REDIRECT, host),)
    return await chain(job, target, job.address, MAX_HOPS - 1, False, consent, ctx)


async def srv_hint(job: Job, ctx: NetContext) -> AccountConfig | None:
    name = f"_autodiscover._tcp.{job.domain}"

    async def work(rec) -> tuple[str, bool] | None:
        answer = await ctx.resolve(name, "SRV")
        records = [SrvRecord(r.priority, r.weight, r.port, r.target) for r in answer.records if isinstance(r, SRV)]
        ordered = order_records(records)
        if not ordered:
            rec.set(StepStatus.EMPTY, T("no such record"))
            return None
        best = ordered[0]
        port = "" if best.port == 443 else f":{best.port}"
        rec.set(StepStatus.OK, T("{servers} ({signed})", servers=f"{best.target}{port}", signed=T("DNSSEC-validated") if answer.authenticated else T("not DNSSEC-validated")))
        return f"https://{best.target}{port}{PATH}", answer.authenticated

    hint = await attempt(ctx, SOURCE, name, work, answers=Cause.DNS_ANSWER)
    if hint is None:
        return None
    url, signed = hint
    consent: tuple[ConsentReason, ...] = () if signed else (ConsentReason(UNSIGNED_DNS, name),)
    host = host_of(url)
    if not same_base_domain(host, job.domain):
        consent += (ConsentReason(FOREIGN_SRV_TARGET, host),)
    return await chain(job, url, job.address, MAX_HOPS - 1, signed, consent, ctx)


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    attempts = [partial(chain, job, url, job.address, MAX_HOPS, True, ()) for url in autodiscover_pox_urls(job.domain)]
    attempts += [partial(v2, job), partial(http_redirect, job), partial(srv_hint, job)]
    return await ranked_first(ctx, attempts)
