"""Check that a column URL works, without letting a URL from mail probe the office network.

    policy = LinkPolicy(allow_private=False, timeout=10, max_redirects=5, max_bytes=1_000_000)
    check = check_url("http://www.dyjyj.gov.cn/zjhdz/", policy, now=now)
    check.state, check.label          # LinkState.OK, "可访问"

Every hop is checked before anything is sent: only http/https; the host is resolved here
and every address it resolves to must be public (not private, loopback, link-local,
multicast, reserved, unspecified; `allow_private` admits private and loopback ones, never
link-local such as 169.254.169.254, the cloud metadata address). The request then goes to
the address that was checked (the URL's host stays in the Host header and TLS SNI, so the
certificate is still verified against the name): a second DNS answer cannot swap in an
internal address. Redirects are followed by hand, each target checked again, at most
`max_redirects`; the body is read undecoded up to `max_bytes` (enough for the page title)
with a timeout per request; environment proxies are ignored (a proxy would resolve the name
itself).
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import ssl
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from html import unescape
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from outbox.links import LinkCheck, LinkState

log = logging.getLogger(__name__)

Resolver = Callable[[str, int], list[str]]
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)
_USER_AGENT = "Mozilla/5.0 (compatible; notice-intake link check)"


@dataclass(frozen=True, slots=True)
class LinkPolicy:
    """Limits of one check (from the `[links]` section of the config)."""

    allow_private: bool = False
    timeout: float = 10.0
    max_redirects: int = 5
    max_bytes: int = 1_000_000


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (an IP literal resolves to itself, without DNS)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_problem(address: str, *, allow_private: bool) -> str:
    """Why a connection to `address` is refused ("" when it is allowed)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_link_local:  # 169.254.169.254 answers cloud credentials: never, whatever the config
        return f"{ip} is a link-local address"
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved:
        return f"{ip} is a multicast, unspecified or reserved address"
    if ip.is_loopback or ip.is_private or not ip.is_global:
        if allow_private and (ip.is_loopback or ip.is_private):
            return ""
        return f"{ip} is not a public address (private, loopback or special-purpose)"
    return ""


class _Refused(Exception):
    """A hop that must not be requested; carries the state and the reason."""

    def __init__(self, state: LinkState, reason: str) -> None:
        super().__init__(reason)
        self.state = state
        self.reason = reason


@dataclass(frozen=True, slots=True)
class _Hop:
    """One request to make: the checked address to connect to, and the names to show."""

    connect_url: str
    host_header: str
    sni: str


def _plan_hop(url: str, policy: LinkPolicy, resolver: Resolver) -> _Hop:
    """Check `url` and choose the address to connect to; raises _Refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise _Refused(LinkState.INVALID, f"not a URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise _Refused(LinkState.SCHEME, f"scheme {scheme or '(none)'!r} is not http/https")
    if not parts.hostname:
        raise _Refused(LinkState.INVALID, "the URL names no host")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise _Refused(LinkState.INVALID, "the host name is not a valid domain name") from None
    port = port or _DEFAULT_PORTS[scheme]
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise _Refused(LinkState.DNS, f"{host} does not resolve: {exc}") from None
    if not addresses:
        raise _Refused(LinkState.DNS, f"{host} resolves to no address")
    for address in addresses:  # one internal answer among public ones is still refused
        problem = address_problem(address, allow_private=policy.allow_private)
        if problem:
            raise _Refused(LinkState.UNSAFE, f"{host}: {problem}")
    address = addresses[0]
    literal = f"[{address}]" if ":" in address else address
    default = port == _DEFAULT_PORTS[scheme]
    netloc = literal if default else f"{literal}:{port}"
    host_header = host if default else f"{host}:{port}"
    connect = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return _Hop(connect, host_header, host)


def _title(body: bytes, content_type: str) -> str:
    """The page's <title>, decoded by the declared charset (GB2312 pages are common)."""
    found = _TITLE.search(body)
    if not found:
        return ""
    charset = ""
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    elif meta := _META_CHARSET.search(body):
        charset = meta.group(1).decode("ascii").lower()
    if charset in ("gb2312", "gbk"):
        charset = "gb18030"  # a superset: pages labelled gb2312 often use GBK characters
    try:
        text = found.group(1).decode(charset or "utf-8", errors="replace")
    except LookupError:
        text = found.group(1).decode("utf-8", errors="replace")
    return re.sub(r"\s+", " ", unescape(text)).strip()[:200]


def _fetch(client: httpx.Client, hop: _Hop, policy: LinkPolicy) -> tuple[int, str, bytes, str]:
    """GET one hop: (status, Location header, up to max_bytes of the body, content type)."""
    extensions = {"sni_hostname": hop.sni} if hop.connect_url.startswith("https:") else {}
    request = client.build_request(
        "GET",
        hop.connect_url,
        headers={
            "Host": hop.host_header,
            "User-Agent": _USER_AGENT,
            "Accept": "text/html,*/*",
            # raw bytes only: a compressed body could expand past the cap in one chunk
            "Accept-Encoding": "identity",
        },
        extensions=extensions,
    )
    response = client.send(request, stream=True)
    try:
        body = b""
        if response.status_code not in _REDIRECTS:
            for chunk in response.iter_raw():
                body += chunk
                if len(body) >= policy.max_bytes:
                    body = body[: policy.max_bytes]
                    break
        return (
            response.status_code,
            response.headers.get("location", ""),
            body,
            response.headers.get("content-type", ""),
        )
    finally:
        response.close()


def _failure(exc: httpx.HTTPError) -> tuple[LinkState, str]:
    if isinstance(exc, httpx.TimeoutException):
        return LinkState.TIMEOUT, f"timed out: {exc.__class__.__name__}"
    cause = exc.__cause__ or exc.__context__
    while cause is not None and not isinstance(cause, ssl.SSLError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ssl.SSLError) or "certificate" in str(exc).lower():
        return LinkState.TLS, f"TLS failed: {exc}"
    return LinkState.CONNECT, f"{exc.__class__.__name__}: {exc}"


def check_url(
    url: str,
    policy: LinkPolicy,
    *,
    now: datetime,
    resolver: Resolver = resolve,
    transport: httpx.BaseTransport | None = None,
) -> LinkCheck:
    """Check one URL (redirects by hand, every hop checked); never raises."""
    current = url.strip()
    client = httpx.Client(
        timeout=httpx.Timeout(policy.timeout),
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        transport=transport,
    )
    status: int | None = None
    with client:
        for _hop in range(policy.max_redirects + 1):
            try:
                hop = _plan_hop(current, policy, resolver)
                status, location, body, content_type = _fetch(client, hop, policy)
            except _Refused as refused:
                log.info("link %s refused: %s", url, refused.reason)
                return LinkCheck(url, refused.state, now, status, current, reason=refused.reason)
            except httpx.HTTPError as exc:
                state, reason = _failure(exc)
                log.info("link %s: %s", url, reason)
                return LinkCheck(url, state, now, status, current, reason=reason)
            if status in _REDIRECTS and location:
                current = urljoin(current, location.strip())
                continue
            state = LinkState.OK if status < 400 else LinkState.HTTP_ERROR
            title = _title(body, content_type) if state is LinkState.OK else ""
            return LinkCheck(url, state, now, status, current, title, f"HTTP {status}")
    reason = f"more than {policy.max_redirects} redirects"
    return LinkCheck(url, LinkState.TOO_MANY_REDIRECTS, now, status, current, reason=reason)


def check_urls(
    urls: Iterable[str], policy: LinkPolicy, *, now: datetime, workers: int = 4
) -> dict[str, LinkCheck]:
    """Check several URLs, a few at a time (each check bounded by the policy)."""
    unique = list(dict.fromkeys(urls))
    if not unique:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(unique)))) as pool:
        checks = pool.map(lambda u: check_url(u, policy, now=now), unique)
        return dict(zip(unique, checks, strict=True))
