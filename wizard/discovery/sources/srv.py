"""RFC 6186 / RFC 8314 SRV records. Untrusted unless every answer used was DNSSEC-validated;
targets outside the address's domain need consent (SECURITY.md rule 6)."""

from __future__ import annotations

import asyncio

from wizard.discovery.arrange import FOREIGN_SRV_TARGET, UNSIGNED_DNS, build
from wizard.discovery.evidence import Cause
from wizard.discovery.fetch import attempt
from wizard.discovery.job import Job
from wizard.i18n import T
from wizard.model import AccountConfig, ConsentReason, Direction, Source, StepStatus
from wizard.net import NetContext
from wizard.parsers.domains import same_base_domain
from wizard.parsers.srv import SERVICES, SrvAnswer, SrvRecord, srv_answer
from wizard.protocols.dns import SRV

SOURCE = "srv"


async def lookup(ctx: NetContext, service: str, domain: str) -> tuple[SrvAnswer, bool] | None:
    name = f"{service}._tcp.{domain}"

    async def work(rec) -> tuple[SrvAnswer, bool] | None:
        answer = await ctx.resolve(name, "SRV")
        records = [SrvRecord(r.priority, r.weight, r.port, r.target) for r in answer.records if isinstance(r, SRV)]
        if not records:
            rec.set(StepStatus.EMPTY, T("no such record"))
            return None
        result = srv_answer(service, records)
        if result.not_offered:
            rec.set(StepStatus.EMPTY, T("the domain says this service is not offered"))
            return None
        if not result.servers:
            rec.set(StepStatus.EMPTY, T("no usable server in the record"))
            return None
        signed = T("DNSSEC-validated") if answer.authenticated else T("not DNSSEC-validated")
        rec.set(StepStatus.OK, T("{servers} ({signed})", servers=", ".join(s.endpoint for s in result.servers), signed=signed))
        return result, answer.authenticated

    return await attempt(ctx, SOURCE, name, work, answers=Cause.DNS_ANSWER)


async def find(job: Job, ctx: NetContext) -> AccountConfig | None:
    results = await asyncio.gather(*(lookup(ctx, service, job.domain) for service in SERVICES))
    answers = [r for r in results if r is not None]
    if not answers:
        return None
    incoming = [s for a, _ in answers for s in a.servers if s.direction is Direction.INCOMING]
    outgoing = [s for a, _ in answers for s in a.servers if s.direction is Direction.OUTGOING]
    authenticated = all(signed for _, signed in answers)
    consent = [] if authenticated else [ConsentReason(UNSIGNED_DNS, f"SRV {job.domain}")]
    consent += [ConsentReason(FOREIGN_SRV_TARGET, s.host) for s in incoming + outgoing if not same_base_domain(s.host, job.domain)]
    config = build(Source.SRV, authenticated, incoming, outgoing, origin=f"SRV {job.domain}", consent=consent)
    return config
