"""The column link list (宣传专栏链接): every unit's column URL and whether it works.

    links = [ColumnLink("daiyue", "http://www.dyjyj.gov.cn/zjhdz/", received, check)]
    html = render_links_html(campaign, links, now)     # a fragment for the city's column page
    rows = link_rows(campaign, links)                  # one per unit, notice order

The fragment lists every unit in the notice's order (counties, then schools): a unit whose
column works is a link; a unit that sent no URL, or whose URL failed its last check or is
not a safe http(s) address, is plain text with the reason, so the city's page never links a
dead, internal or `javascript:` address. Everything is escaped by the template engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from outbox.render import format_full_date, format_moment, make_environment
from rules.campaign import Campaign, Unit

KIND_ORDER = ("county", "school")
KIND_HEADINGS = {"county": "各县市区", "school": "各职业院校"}


class LinkState(StrEnum):
    """The outcome of checking one URL."""

    OK = "ok"
    HTTP_ERROR = "http-error"  # the server answered 4xx/5xx
    TIMEOUT = "timeout"
    UNSAFE = "unsafe"  # resolves to a private, loopback, link-local... address
    TOO_MANY_REDIRECTS = "too-many-redirects"
    DNS = "dns"  # the host name does not resolve
    CONNECT = "connect"  # refused, reset, unreachable
    TLS = "tls"  # certificate or handshake failure
    SCHEME = "scheme"  # not http/https
    INVALID = "invalid"  # not a URL at all
    UNCHECKED = "unchecked"


_STATE_LABELS = {
    LinkState.OK: "可访问",
    LinkState.TIMEOUT: "超时",
    LinkState.UNSAFE: "地址不安全（内网地址）",
    LinkState.TOO_MANY_REDIRECTS: "重定向过多",
    LinkState.DNS: "无法访问（域名无法解析）",
    LinkState.CONNECT: "无法访问（连接失败）",
    LinkState.TLS: "无法访问（证书或加密连接错误）",
    LinkState.SCHEME: "地址不安全（仅支持 http/https）",
    LinkState.INVALID: "地址格式有误",
    LinkState.UNCHECKED: "未检查",
}
# the cell tone (outbox.render.cell_tone's names, the digest's colours) of each state
_STATE_TONES = {LinkState.OK: "done", LinkState.UNCHECKED: "missing"}


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """What one check of a URL found.

    `final_url` is where redirects led; `http_status` the last status code (None when no
    answer came); `title` the page's <title> when one was read; `reason` a short English
    detail for logs ("connect to 10.0.0.1 refused: private address").
    """

    url: str
    state: LinkState
    checked_at: datetime
    http_status: int | None = None
    final_url: str = ""
    title: str = ""
    reason: str = ""

    @property
    def label(self) -> str:
        """The state in Chinese for staff: 可访问 / 无法访问（404）/ 超时 / ..."""
        if self.state is LinkState.HTTP_ERROR:
            return f"无法访问（{self.http_status}）" if self.http_status else "无法访问"
        return _STATE_LABELS[self.state]

    @property
    def ok(self) -> bool:
        """Whether the page could be reached (the only state the city's page links)."""
        return self.state is LinkState.OK

    @property
    def tone(self) -> str:
        """A cell tone name ("done", "overdue", "missing") for the workbook and HTML."""
        return _STATE_TONES.get(self.state, "overdue")


@dataclass(frozen=True, slots=True)
class ColumnLink:
    """A column URL a unit sent: when it came, and its latest check (None: never checked)."""

    unit_id: str
    url: str
    received_at: datetime
    check: LinkCheck | None = None


@dataclass(frozen=True, slots=True)
class LinkRow:
    """One unit of the link list: its current URL (the latest received) and older ones."""

    unit: Unit
    link: ColumnLink | None
    earlier: tuple[ColumnLink, ...] = ()

    @property
    def state_label(self) -> str:
        """ "未报送", "未检查" or the check's Chinese label."""
        if self.link is None:
            return "未报送"
        return self.link.check.label if self.link.check else _STATE_LABELS[LinkState.UNCHECKED]

    @property
    def tone(self) -> str:
        """The cell tone of `state_label`: "overdue" when nothing was sent."""
        if self.link is None:
            return "overdue"
        return self.link.check.tone if self.link.check else "missing"


def is_web_url(url: str) -> bool:
    """Whether `url` is an absolute http/https URL with a host (the only kind linked)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def units_in_notice_order(campaign: Campaign) -> list[Unit]:
    """Counties, then schools (the campaign's unit kinds in their order), then any other
    kind; config order within a kind."""
    order = [k.id for k in campaign.unit_kinds] or list(KIND_ORDER)
    rank = {kind: i for i, kind in enumerate(order)}
    return sorted(campaign.units, key=lambda u: rank.get(u.kind, len(rank)))


def link_rows(campaign: Campaign, links: Sequence[ColumnLink]) -> list[LinkRow]:
    """One row per unit in the notice's order; the latest URL received is the current one."""
    by_unit: dict[str, list[ColumnLink]] = {}
    for link in sorted(links, key=lambda li: li.received_at):
        by_unit.setdefault(link.unit_id, []).append(link)
    rows: list[LinkRow] = []
    for unit in units_in_notice_order(campaign):
        found = by_unit.get(unit.id, [])
        # a resend of the same URL is the same link: keep its first arrival
        distinct: dict[str, ColumnLink] = {}
        for link in found:
            distinct.setdefault(link.url, link)
        ordered = sorted(distinct.values(), key=lambda li: li.received_at)
        current = ordered[-1] if ordered else None
        rows.append(LinkRow(unit, current, tuple(reversed(ordered[:-1]))))
    return rows


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    href: str
    note: str


@dataclass(frozen=True, slots=True)
class _Group:
    heading: str
    entries: tuple[_Entry, ...]


def _entry(row: LinkRow) -> _Entry:
    link = row.link
    if link is None:
        return _Entry(row.unit.name, "", "暂未报送")
    if not is_web_url(link.url):
        return _Entry(row.unit.name, "", "地址有误")
    if link.check is not None and not link.check.ok:
        return _Entry(row.unit.name, "", "链接暂无法访问")
    return _Entry(row.unit.name, link.url.strip(), "")


def render_links_html(
    campaign: Campaign,
    links: Sequence[ColumnLink],
    now: datetime,
    *,
    templates: Path | None = None,
) -> str:
    """The HTML fragment (no <html>/<head>, inline styles only) listing every unit's column."""
    rows = link_rows(campaign, links)
    groups: list[_Group] = []
    kinds = list(dict.fromkeys(row.unit.kind for row in rows))
    for kind in kinds:
        entries = tuple(_entry(r) for r in rows if r.unit.kind == kind)
        spec = campaign.unit_kind(kind)
        default = f"各{spec.title}" if spec is not None else "其他单位"
        groups.append(_Group(KIND_HEADINGS.get(kind, default), entries))
    template = make_environment(templates).get_template("links.html")
    return template.render(
        title=f"{campaign.name}各单位宣传专栏",
        generated=format_full_date(now, campaign.tz),
        groups=groups,
        linked=sum(1 for g in groups for e in g.entries if e.href),
        total=len(rows),
    )


def render_links_text(campaign: Campaign, links: Sequence[ColumnLink]) -> list[str]:
    """Lines for the terminal: unit, state, received time, URL."""
    lines = []
    for row in link_rows(campaign, links):
        when = format_moment(row.link.received_at, campaign.tz) if row.link else ""
        url = row.link.url if row.link else ""
        lines.append(f"{row.unit.name}\t{row.state_label}\t{when}\t{url}")
    return lines
