"""Screening a shared mailbox on the server: which new messages carry a clue at all.

    clues = screen_clues(ctx, known)           # words, addresses, a date for IMAP SEARCH
    heads = headers_only(ctx, source, uids, known)   # UIDs to fetch the headers of only

Mail whose only clue the server cannot see literally (a unit name broken by a space or a
line break in the body, full-width letters) is then recorded as ignored from its headers;
its headers are still judged by the rules, and a clue there fetches it whole.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from intake.sources.base import Clues, MailSource, RawMessage
from parsers.mail import read_mail
from parsers.model import Attachment, Mail
from rules.model import Known
from rules.text import canon, nfkc
from rules.units import registered_senders, unit_patterns

if TYPE_CHECKING:
    from intake.context import Context

log = logging.getLogger(__name__)

SCREEN_MIN = 20  # new messages in one poll before the server is asked which carry clues


def screen_clues(ctx: Context, known: Known) -> Clues:
    """Literal words a server-side search can look for, so that every mail `relevance`
    could accept contains at least one: each unit name or alias as rules match it, cut
    before its institution suffix (the long and short forms of 教育和体育局/教体局 share the
    part before it; the suffixes and the region prefix are the campaign's `[names]`), the
    campaign keywords, and the registered sender addresses; from the day before the
    campaign start (the server compares dates in its own time zone)."""
    campaign = ctx.settings.campaign
    suffixes = campaign.names.short_forms  # canonical institution suffixes (rules.text.canon)
    regions = tuple(canon(r, campaign.names.shortenings) for r in campaign.names.region)
    words: set[str] = set()
    for pattern in unit_patterns(campaign):
        stem = pattern
        for suffix in suffixes:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                stem = stem[: -len(suffix)]
                break
        for region in regions:
            if region and stem.startswith(region) and len(stem) - len(region) >= 2:
                stem = stem[len(region) :]
                break
        words.add(stem)
    for keyword in campaign.keywords:
        words.update({keyword, nfkc(keyword)})
    words = {w for w in words if w.strip()}
    shortest = sorted(w for w in words if not any(o != w and o in w for o in words))
    return Clues(
        words=tuple(shortest),
        addresses=tuple(sorted(registered_senders(campaign, known))),
        since=campaign.start_at().date() - timedelta(days=1),
    )


def headers_only(ctx: Context, source: MailSource, uids: list[str], known: Known) -> set[str]:
    """The new UIDs to read headers of only: those the server's search finds no clue in."""
    screen = getattr(source, "screen", None)
    if screen is None or len(uids) < SCREEN_MIN:
        return set()
    try:
        hits = screen(uids, screen_clues(ctx, known))
    except ValueError as exc:
        log.warning("%s; every new message is downloaded", exc)
        return set()
    log.info("server-side search: %d of %d new message(s) carry a clue", len(hits), len(uids))
    return set(uids) - hits


def header_mail(raw: RawMessage) -> Mail:
    """The Mail of a headers-only message, with its parts' file names from BODYSTRUCTURE
    (a unit may be named there only)."""
    mail = read_mail(raw.data)
    if not raw.names:
        return mail
    files = tuple(Attachment(filename=n, content_type="", data=b"", sha256="") for n in raw.names)
    return replace(mail, attachments=files)
