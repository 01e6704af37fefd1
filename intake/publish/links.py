"""Column links (宣传专栏): every URL units sent, each with its last check, and the checks.

Checks are kept in the store's meta table ("linkcheck:<sha1 of url>" -> JSON), so the
workbook and `intake links` show the last result without touching the network.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

from sqlalchemy import select

from intake.linkcheck import LinkPolicy, check_urls
from intake.pipeline import Context
from intake.publish.common import meta_key, templates_dir
from intake.store.schema import MetaRow
from outbox.links import ColumnLink, LinkCheck, LinkState, link_rows, render_links_html

log = logging.getLogger(__name__)

LINKCHECK_PREFIX = "linkcheck:"


def link_policy(ctx: Context) -> LinkPolicy:
    """The checker's limits from `[links]`."""
    s = ctx.settings.links
    return LinkPolicy(s.allow_private, s.timeout, s.max_redirects, s.max_bytes)


def _check_json(check: LinkCheck) -> str:
    return json.dumps(
        {
            "url": check.url,
            "state": check.state.value,
            "checked_at": check.checked_at.isoformat(),
            "http_status": check.http_status,
            "final_url": check.final_url,
            "title": check.title,
            "reason": check.reason,
        },
        ensure_ascii=False,
    )


def _check_from_json(text: str) -> LinkCheck | None:
    try:
        d = json.loads(text)
        return LinkCheck(
            url=d["url"],
            state=LinkState(d["state"]),
            checked_at=datetime.fromisoformat(d["checked_at"]),
            http_status=d.get("http_status"),
            final_url=d.get("final_url", ""),
            title=d.get("title", ""),
            reason=d.get("reason", ""),
        )
    except (ValueError, KeyError, TypeError):
        return None  # a check written by another version: as if never checked


def stored_checks(ctx: Context) -> dict[str, LinkCheck]:
    """The last check of every URL checked so far, by URL."""
    with ctx.store.session() as s:
        rows = s.scalars(select(MetaRow).where(MetaRow.key.like(f"{LINKCHECK_PREFIX}%")))
        checks = (_check_from_json(r.value) for r in rows)
        return {c.url: c for c in checks if c is not None}


def column_links(ctx: Context) -> list[ColumnLink]:
    """Every column URL a unit sent (oldest first), each with its last stored check."""
    checks = stored_checks(ctx)
    return [
        ColumnLink(item.unit_id, item.key, item.received_at, checks.get(item.key))
        for item in ctx.store.items()
        if item.deliverable == ctx.settings.campaign.url_id
    ]


def check_links(ctx: Context, now: datetime) -> list[ColumnLink]:
    """Check every unit's current column URL now, remember the results, return the links."""
    links = column_links(ctx)
    current = [r.link.url for r in link_rows(ctx.settings.campaign, links) if r.link]
    results = check_urls(current, link_policy(ctx), now=now)
    with ctx.store.session() as s:
        for url, check in results.items():
            ctx.store.set_meta(meta_key(LINKCHECK_PREFIX, url), _check_json(check), session=s)
    reachable = sum(c.ok for c in results.values())
    log.info("checked %d column link(s): %d reachable", len(results), reachable)
    return [
        ColumnLink(li.unit_id, li.url, li.received_at, results.get(li.url, li.check))
        for li in links
    ]


def links_html(ctx: Context, links: list[ColumnLink], now: datetime) -> str:
    """The HTML fragment for the city's column page."""
    return render_links_html(ctx.settings.campaign, links, now, templates=templates_dir(ctx))
