"""HTTP for discovery: one request at a time, every hop judged, answers capped at 1 MiB.

No redirect is followed by the HTTP library; `fetch` follows them itself so that it knows
whether every hop was https and stayed in the registrable domain it started in (the trust
rules: an http hop or a hop to another domain makes the answer untrusted), and can refuse a
step down to http where the caller says so. Credentials are never sent in advance: only in
answer to a 401 with a Basic challenge, over https, to a host the caller allows.
Failures become `Problem` values with a readable reason, never tracebacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Awaitable, Callable, TypeVar
from urllib.parse import urljoin, urlsplit

from wizard.i18n import T, Text
from wizard.model import StepStatus
from wizard.model.errors import UserError
from wizard.discovery import evidence
from wizard.discovery.evidence import Cause, cause_of
from wizard.net import NetContext, NoAddress
from wizard.net.errors import BAD_URL, TIMEOUTS, TRANSPORT_ERRORS, BodyTooLarge, DnsError, DnsTimeout, HttpAuth, HttpClient, TlsError, certificate_problem, cut_short, no_address
from wizard.parsers.document import MAX_DOCUMENT_BYTES, ParseError
from wizard.parsers.domains import same_base_domain

R = TypeVar("R")
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5


class Problem(Exception):
    """Why a step found nothing: the step status it should end with and a reason. `cause`:
    what the failure shows about the network (a server answered, by default; None: nothing)."""

    def __init__(self, status: StepStatus, text: Text, *, cause: Cause | None = Cause.CONTACT) -> None:
        super().__init__(text.render())
        self.status = status
        self.text = text
        self.cause = cause

    @property
    def network(self) -> bool:
        """This machine's network failed (DNS down, or no route)."""
        return self.cause in (Cause.DNS_DOWN, Cause.NO_ROUTE)


@dataclass(frozen=True)
class Fetched:
    url: str  # where the answer finally came from
    body: bytes
    hops: tuple[str, ...]  # every URL asked, in order
    authenticated_to: str | None = None  # the host that challenged and got the credentials

    @property
    def all_https(self) -> bool:
        return all(h.lower().startswith("https://") for h in self.hops)

    @property
    def foreign_hosts(self) -> tuple[str, ...]:
        """Hosts a redirect led to outside the registrable domain of the first URL: an
        answer from there is untrusted (shown, consented), like Autodiscover's RedirectUrl."""
        first = host_of(self.hops[0]) if self.hops else ""
        out: list[str] = []
        for hop in self.hops[1:]:
            host = host_of(hop)
            if host and not same_base_domain(host, first) and host not in out:
                out.append(host)
        return tuple(out)


# Asked when a host challenges for credentials: may it have them? (https is checked first)
MayAuthenticate = Callable[[str], Awaitable[bool]]


def basic_challenge(www_authenticate: str | None) -> bool:
    """A WWW-Authenticate header that offers Basic (the only scheme we answer)."""
    if not www_authenticate:
        return False
    return any(part.strip().lower().startswith("basic") for part in www_authenticate.split(","))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _transport_problem(exc: BaseException, url: str, seconds: float | None) -> Problem:
    host = host_of(url)
    if isinstance(exc, TIMEOUTS):
        return Problem(StepStatus.TIMEOUT, T("no answer within {seconds} s", seconds=f"{seconds or 0:.1f}"), cause=cause_of(exc))
    reason = certificate_problem(exc)
    if reason is not None:
        return Problem(StepStatus.ERROR, T("the certificate of {host} is not valid ({reason}); nothing from it was used", host=host, reason=reason[:120]))
    if no_address(exc):
        return Problem(StepStatus.EMPTY, T("{host} does not exist", host=host), cause=Cause.DNS_ANSWER)
    if isinstance(exc, BAD_URL):
        return Problem(StepStatus.ERROR, T("“{url}” is not a usable web address", url=url[:200]), cause=None)
    if cut_short(exc):  # a prefix of a document must never pass for the document
        return Problem(StepStatus.ERROR, T("the answer from {host} was cut off before its end; nothing from it was used", host=host), cause=Cause.CONTACT)
    text = str(exc)
    return Problem(StepStatus.ERROR, T("could not connect to {host}: {problem}", host=host, problem=(text or type(exc).__name__)[:160]), cause=cause_of(exc))


async def _one(client: HttpClient, method: str, url: str, *, content: bytes | None, headers: dict[str, str] | None,
               auth: HttpAuth | None, timeout: float | None) -> tuple[int, str | None, bytes]:
    try:
        async with client.stream(method, url, content=content, headers=headers, auth=auth, timeout=timeout) as response:
            if response.status in REDIRECTS:
                return response.status, response.headers.get("location"), b""
            if response.status == 401:  # the challenge travels where a Location would
                return 401, response.headers.get("www-authenticate"), b""
            length = response.headers.get("content-length", "") or ""
            if length.isdigit() and int(length) > MAX_DOCUMENT_BYTES:
                raise ParseError("document-too-large", T("The answer is larger than 1 MiB and was not read."))
            chunks: list[bytes] = []
            size = 0
            if response.status == 200:
                async for chunk in response.chunks():
                    size += len(chunk)
                    if size > MAX_DOCUMENT_BYTES:
                        raise ParseError("document-too-large", T("The answer is larger than 1 MiB and was not read."))
                    chunks.append(chunk)
            return response.status, None, b"".join(chunks)
    except BodyTooLarge:  # beyond even the client's own cap, said by the length or by the bytes
        raise ParseError("document-too-large", T("The answer is larger than 1 MiB and was not read.")) from None


async def fetch(
    ctx: NetContext,
    client: HttpClient,
    url: str,
    *,
    method: str = "GET",
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    auth: HttpAuth | None = None,
    may_authenticate: MayAuthenticate | None = None,
    timeout: float | None = None,
    allow_http_hops: bool = True,
    keep_method: bool = False,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET/POST `url`, following redirects by hand. Every request goes without credentials;
    `auth` is sent only when a host answers 401 with a Basic challenge, over https, and
    `may_authenticate(host)` agrees (by default: only the first URL's host). Raises Problem
    or ParseError."""
    limit = ctx.bound(timeout if timeout is not None else ctx.timeouts.http)
    hops: list[str] = []
    first_host = host_of(url)
    current = url
    authenticated_to: str | None = None

    async def allowed(host: str) -> bool:
        if may_authenticate is None:
            return host == first_host
        return await may_authenticate(host)

    async def one(send_auth: HttpAuth | None) -> tuple[int, str | None, bytes]:
        try:
            return await _one(client, method, current, content=content, headers=headers, auth=send_auth, timeout=limit)
        except (ParseError, Problem):
            raise
        except (*TRANSPORT_ERRORS, ValueError) as exc:
            raise _transport_problem(exc, current, limit) from None
        except UserError as exc:
            raise Problem(StepStatus.ERROR, exc.text) from None

    for _ in range(max_redirects + 1):
        hops.append(current)
        https = current.lower().startswith("https://")
        status, location, body = await one(None)
        if status == 401:
            challenge, location = location, None
            host = host_of(current)
            if auth is not None and https and basic_challenge(challenge) and await allowed(host):
                status, location, body = await one(auth)
                authenticated_to = host
                if status == 401:
                    location = None
        if location is not None:
            target = urljoin(current, location.strip())
            if not target.lower().startswith(("https://", "http://")):
                raise Problem(StepStatus.ERROR, T("redirected to “{url}”, which is not a web address", url=target[:200]))
            if not allow_http_hops and not target.lower().startswith("https://"):
                raise Problem(StepStatus.ERROR, T("redirected to the unencrypted address {url}; not followed", url=target[:200]))
            if not keep_method and status in (301, 302, 303):
                method, content = "GET", None
            current = target
            continue
        if status == 200:
            return Fetched(current, body, tuple(hops), authenticated_to)
        if status in (404, 410):
            raise Problem(StepStatus.EMPTY, T("nothing there (HTTP {code})", code=status))
        if status in (401, 403):
            raise Problem(StepStatus.EMPTY, T("the server wants a password first (HTTP {code})", code=status))
        raise Problem(StepStatus.ERROR, T("the server answered HTTP {code}", code=status))
    raise Problem(StepStatus.ERROR, T("more than {count} redirects; gave up", count=max_redirects))


async def attempt(ctx: NetContext, source: str, target: str, work: Callable[..., Awaitable[R]], *, answers: Cause | None = Cause.CONTACT) -> R | None:
    """Run `work(rec)` as one step; every failure ends the step with a reason, none escapes.
    What the step shows about the network goes to the run's evidence: `answers` when it
    succeeds (a DNS-only step passes Cause.DNS_ANSWER), else what its failure shows."""
    async with ctx.step(source, target) as rec:
        shown: Cause | None
        try:
            result = await work(rec)
        except Problem as problem:
            rec.set(problem.status, problem.text)
            shown = problem.cause
        except UserError as error:  # ParseError included: something answered
            rec.set(StepStatus.ERROR, error.text)
            shown = Cause.CONTACT
        except (DnsTimeout, TimeoutError) as exc:
            rec.set(StepStatus.TIMEOUT, T("no answer in time"))
            shown = cause_of(exc)
        except ConnectionRefusedError:
            rec.set(StepStatus.EMPTY, T("nothing answers on that port"))
            shown = Cause.CONTACT
        except TlsError as exc:
            rec.set(StepStatus.ERROR, T("the encrypted connection failed: {problem}", problem=(exc.reason or str(exc))[:160]))
            shown = Cause.CONTACT
        except NoAddress as exc:
            rec.set(StepStatus.EMPTY, T("{host} does not exist", host=exc.host))
            shown = Cause.DNS_ANSWER
        except OSError as exc:
            rec.set(StepStatus.ERROR, T("could not connect: {problem}", problem=(exc.strerror or str(exc) or type(exc).__name__)[:160]))
            shown = cause_of(exc)
        except DnsError as exc:
            rec.set(StepStatus.ERROR, T("the name lookup failed: {problem}", problem=(str(exc) or type(exc).__name__)[:160]))
            shown = cause_of(exc)
        except Exception as exc:  # a bug must not take the whole discovery down
            rec.set(StepStatus.ERROR, T("unexpected problem: {problem}", problem=f"{type(exc).__name__}: {exc}"[:200]))
            shown = None
        else:
            evidence.record(answers)
            return result
        evidence.record(shown)
    return None


async def redirect_target(ctx: NetContext, client: HttpClient, url: str, *, timeout: float | None = None) -> str:
    """One unauthenticated GET whose only use is its redirect Location (Autodiscover's http
    step). Returns the absolute target; Problem when there is none."""
    limit = ctx.bound(timeout if timeout is not None else ctx.timeouts.http)
    try:
        status, location, _ = await _one(client, "GET", url, content=None, headers=None, auth=None, timeout=limit)
    except ParseError:
        raise Problem(StepStatus.EMPTY, T("no redirect, only a document; not used")) from None
    except (*TRANSPORT_ERRORS, ValueError) as exc:
        raise _transport_problem(exc, url, limit) from None
    if location is None:
        if status in (404, 410):
            raise Problem(StepStatus.EMPTY, T("nothing there (HTTP {code})", code=status))
        raise Problem(StepStatus.EMPTY, T("no redirect (HTTP {code}); not used", code=status))
    return urljoin(url, location.strip())
