"""Everything read from one mail: each attachment's document, contacts, URLs and statistics.

The extractors (`parsers.contacts`, `parsers.urls`, `parsers.statistics`) are imported
lazily: a missing or failing extractor costs its facts, never the mail's.

Shape::

    read_facts(mail, fields) -> MailFacts(mail=mail, files=(FileFacts(attachment, document,
        contacts=(...), urls=(...), statistics=StatsTable | None), ...),
        body_contacts=(...), body_urls=(...))
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
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
    ReadStatus,
    StatsField,
    StatsTable,
)

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
    body_contacts = _call("parsers.contacts", "contacts_in_text", body, "body") if body else None
    body_urls = _call("parsers.urls", "find_urls", body, "body") if body else None
    return MailFacts(
        mail=mail,
        files=tuple(files),
        body_contacts=tuple(body_contacts or ()),
        body_urls=tuple(body_urls or ()),
    )


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
    if document.readable:
        contacts = tuple(_call("parsers.contacts", "contacts_in_document", document, source) or ())
        if document.text:
            urls = tuple(_call("parsers.urls", "find_urls", document.text, source) or ())
        if fields and document.tables:
            statistics = _statistics(document, fields, min_matched)
    elif document.status is ReadStatus.CONTAINER and document.text:
        contacts = tuple(_call("parsers.contacts", "contacts_in_text", document.text, source) or ())
        urls = tuple(_call("parsers.urls", "find_urls", document.text, source) or ())
    out.append(FileFacts(att, document, contacts=contacts, urls=urls, statistics=statistics))
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
