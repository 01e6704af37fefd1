"""Everything read from one mail: each attachment's document, contacts, URLs and statistics.

The extractors (`parsers.contacts`, `parsers.urls`, `parsers.url_tables`,
`parsers.statistics`, `parsers.html`) are imported lazily: a missing or failing extractor
costs its facts, never the mail's.

Shape::

    read_facts(mail, fields) -> MailFacts(mail=mail, files=(FileFacts(attachment, document,
        contacts=(...), urls=(...), statistics=StatsTable | None, wechat_accounts=(...)), ...),
        body_contacts=(...), body_urls=(...), body_document=Document | None,
        wechat_accounts=(...))

The body: `body_text` is read as prose (contacts, URLs, WeChat accounts); when the mail has
an HTML body, it is read as a document too (`body_document`) and its tables give contacts
and URLs as a document's tables do (source "body#table N row M"). A document's URLs are
those of its tables (by structure) merged with those of its text (by window): one per URL,
the higher score kept. Contacts in the footer of a statistics table (填表人, 审核人, 联系电话
under the data rows) get role "filler".
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from parsers.documents import read_document
from parsers.model import (
    Attachment,
    Contact,
    Document,
    FileFacts,
    FoundUrl,
    Mail,
    MailFacts,
    MailFlag,
    ReadStatus,
    StatsField,
    StatsTable,
)
from parsers.urls import bare_url

log = logging.getLogger(__name__)

_MAX_CONTAINER_DEPTH = 3  # containers inside containers (zip members are already flattened)


def _extractor(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        log.debug("extractor %s.%s unavailable: %s", module, name, exc)
        return None


def _call(module: str, name: str, *args: Any, **kwargs: Any) -> Any:
    function = _extractor(module, name)
    if function is None:
        return None
    try:
        return function(*args, **kwargs)
    except Exception:  # an extractor bug must not lose the other facts of the mail
        log.exception("%s.%s failed", module, name)
        return None


def source_name(att: Attachment) -> str:
    """How facts name a file: its name, prefixed with its container for archive members."""
    if att.origin and att.origin.endswith("/"):
        return f"{att.origin}{att.filename}"
    return att.filename


def read_facts(
    mail: Mail, stats_fields: Sequence[StatsField] = (), *, stats_min_matched: int = 3
) -> MailFacts:
    """Read every attachment (container members right after their container) and the body."""
    files: list[FileFacts] = []
    try:
        for att in mail.attachments:
            _file_facts(att, stats_fields, stats_min_matched, files, depth=0)
    except Exception:  # never raise: keep the files read so far
        log.exception("reading the attachments of %s failed", mail.message_id or "a mail")
    body = mail.body_text
    body_contacts = list(
        _call("parsers.contacts", "contacts_in_body", body, mail.subject, "body") or ()
    )
    if MailFlag.FORWARDED in mail.flags:  # the forwarded mail's own liaison (a school's)
        body_contacts += _call("parsers.contacts", "contacts_in_forward", body, "body") or ()
    if mail.from_addr and not mail.flags & {MailFlag.AUTH_FAILED, MailFlag.FORWARDED}:
        body_contacts = list(
            _call("parsers.contacts", "with_sender_mailbox", body_contacts, body, mail.from_addr)
            or body_contacts
        )
    body_urls = list(_call("parsers.urls", "find_urls", body, "body") or ()) if body else []
    wechat = list(_call("parsers.url_tables", "wechat_accounts", body) or ()) if body else []
    body_document = _body_document(mail)
    if body_document is not None:
        tables = body_document.tables
        from_tables = _call("parsers.contacts", "contacts_in_tables", tables, "body") or ()
        body_contacts = _prefer_tables(list(from_tables), body_contacts)
        table_urls = _call("parsers.url_tables", "urls_in_tables", tables, "body") or ()
        # anchors whose text hid their address are in the document's text only
        text_urls = _call("parsers.urls", "find_urls", body_document.text, "body") or ()
        body_urls = _beyond(list(_merge(body_urls, table_urls, text_urls)), body_document.links)
        wechat.extend(_call("parsers.url_tables", "wechat_in_tables", tables) or ())
    return MailFacts(
        mail=mail,
        files=tuple(files),
        body_contacts=_dedupe_contacts(body_contacts),
        body_urls=tuple(body_urls),
        body_document=body_document,
        wechat_accounts=tuple(dict.fromkeys(wechat)),
    )


def _beyond(urls: list[FoundUrl], links: Sequence[tuple[str, str]]) -> list[FoundUrl]:
    """A URL shown as the text of a link that points further ("https://www.x.cn" linking to
    ".../zjhdz/2020/index.htm") is the address the link goes to, with the shown one's place."""
    if not links:
        return urls
    further = {bare_url(shown): href for shown, href in links}
    out: dict[str, FoundUrl] = {}
    for u in urls:
        href = further.get(bare_url(u.url))
        if href is not None:
            u = replace(u, url=href)
        kept = out.get(u.url)
        if kept is None or u.column_score > kept.column_score:
            out[u.url] = u
    return list(out.values())


def _body_document(mail: Mail) -> Document | None:
    html = getattr(mail, "body_html", "")
    if not html:
        return None
    document = _call("parsers.html", "read_html", html)
    return document if isinstance(document, Document) and document.readable else None


def _merge(*groups: Sequence[FoundUrl]) -> tuple[FoundUrl, ...]:
    merged = _call("parsers.urls", "merge_urls", *groups)
    if merged is None:  # no merger: keep every URL once, as found first
        seen: dict[str, FoundUrl] = {}
        for group in groups:
            for u in group:
                seen.setdefault(u.url, u)
        return tuple(seen.values())
    return tuple(merged)


def _prefer_tables(from_tables: list[Contact], from_text: list[Contact]) -> list[Contact]:
    """The HTML body's table contacts, then the text's that are not the same people: the
    plain text flattens those tables, and a person read from a table is read better."""
    seen = {
        (name, value)
        for c in from_tables
        for name, value in (("n", c.name.value), ("m", c.mobile.value), ("e", c.email.value))
        if value
    }
    rest = [
        c
        for c in from_text
        if not {("n", c.name.value), ("m", c.mobile.value), ("e", c.email.value)} & seen
    ]
    return [*from_tables, *rest]


def _dedupe_contacts(contacts: Sequence[Contact]) -> tuple[Contact, ...]:
    if len(contacts) < 2:
        return tuple(contacts)
    deduped = _call("parsers.contacts.fields", "_dedupe", contacts)
    return tuple(deduped) if deduped is not None else tuple(contacts)


def _file_facts(
    att: Attachment,
    fields: Sequence[StatsField],
    min_matched: int,
    out: list[FileFacts],
    depth: int,
) -> None:
    document = read_document(att)
    source = source_name(att)
    contacts: tuple[Contact, ...] = ()
    urls: tuple[FoundUrl, ...] = ()
    statistics: StatsTable | None = None
    wechat: tuple[str, ...] = ()
    if document.readable:
        if fields and document.tables:
            statistics = _statistics(document, fields, min_matched)
        footers = _footers(statistics)
        contacts = tuple(
            _call("parsers.contacts", "contacts_in_document", document, source, footers) or ()
        )
        urls = _merge(
            _call("parsers.url_tables", "urls_in_tables", document.tables, source) or (),
            _call("parsers.urls", "find_urls", document.text, source) or (),
        )
        wechat = tuple(_call("parsers.url_tables", "wechat_in_tables", document.tables) or ())
        wechat += tuple(_call("parsers.url_tables", "wechat_accounts", document.text) or ())
    elif document.status is ReadStatus.CONTAINER and document.text:
        contacts = tuple(_call("parsers.contacts", "contacts_in_text", document.text, source) or ())
        urls = tuple(_call("parsers.urls", "find_urls", document.text, source) or ())
    out.append(
        FileFacts(
            att,
            document,
            contacts=contacts,
            urls=urls,
            statistics=statistics,
            wechat_accounts=tuple(dict.fromkeys(wechat)),
        )
    )
    if document.status is ReadStatus.CONTAINER:
        if depth >= _MAX_CONTAINER_DEPTH:
            log.warning("containers nested too deep in %r; members not read", source)
            return
        for member in document.members:
            _file_facts(member, fields, min_matched, out, depth + 1)


def _statistics(
    document: Document, fields: Sequence[StatsField], min_matched: int
) -> StatsTable | None:
    result = _call(
        "parsers.statistics", "read_statistics", document, fields, min_matched=min_matched
    )
    return result if isinstance(result, StatsTable) else None


def _footers(statistics: StatsTable | None) -> dict[str, int] | None:
    """Where a statistics table's footer starts (the sheet row after its last data row)."""
    if statistics is None:
        return None
    last = max((row.row for row in statistics.rows), default=statistics.header_row)
    return {statistics.sheet: last + 1}
