"""The article catalogue (宣传材料目录) from the store, and staff's 推荐 marks.

    articles = gather_articles(ctx)        # the one function that gathers: extend it here
    recommend(ctx, "a31", note="典型案例，推荐大众网", who="tian", now=now)

An entry is an article item of `Store.items()`; a file item's attachment row (matched by
message and content hash) gives its reference "a<attachment id>", archive path and file
name; other items (links, and articles pasted in the mail body) are "m<message>.<n>", n
counting the message's non-file article items in the order they were recorded. What a
file says (title, length, pictures) is read once per content hash and kept in the store's
meta table ("article:<sha1 of sha256>" -> JSON).
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import PurePosixPath

from sqlalchemy import select

from intake.errors import UsageError
from intake.items import article_item_key
from intake.pipeline import Context
from intake.publish.common import meta_key
from intake.store import AttachmentRow
from intake.store.schema import RecommendationRow
from outbox.catalogue import Article, ArticleSource, catalogue_order
from parsers.model import Attachment, Document, ReadStatus

log = logging.getLogger(__name__)

ARTICLE_PREFIX = "article:"
_REF = re.compile(r"^(?:a(\d+)|[m#](\d+)\.(\d+))$", re.IGNORECASE)
_IMAGE_MEMBER = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|webp)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Read:
    title: str
    length: int | None
    images: int | None
    status: str


def _images(data: bytes, doc: Document) -> int | None:
    """Pictures in a docx (word/media), a PDF (image objects) or an image file itself."""
    if doc.kind == "image":
        return 1
    if doc.kind == "docx":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return sum(
                    1
                    for n in z.namelist()
                    if n.startswith("word/media/") and _IMAGE_MEMBER.search(n)
                )
        except (zipfile.BadZipFile, OSError):
            return None
    if doc.kind == "pdf":
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return None
        try:
            return sum(
                len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)))
                for page in pdf
            )
        finally:
            pdf.close()
    return None


def _title_of(doc: Document) -> str:
    """The document's title: its title heading, else its first heading, else a short
    first line."""
    for heading in sorted(doc.headings, key=lambda h: h.level):
        if heading.text.strip():
            return heading.text.strip()[:120]
    for line in doc.text.splitlines():
        line = line.strip()
        if line:
            return line[:120] if len(line) <= 60 else ""
    return ""


def _read_article(ctx: Context, path: str, filename: str, sha256: str) -> _Read:
    """What an article's file says, read once per content (kept in meta by its hash)."""
    from parsers.documents import read_document

    key = meta_key(ARTICLE_PREFIX, sha256)
    cached = ctx.store.get_meta(key)
    if cached:
        return _Read(**json.loads(cached))
    try:
        data = ctx.archive.read(path)
    except (OSError, ValueError) as exc:
        log.warning("article %s not readable in the archive: %s", path, exc)
        return _Read("", None, None, "missing")  # not kept: the file may come back
    doc = read_document(Attachment(filename, "", data, sha256))
    readable = doc.status is ReadStatus.OK
    found = _Read(
        _title_of(doc) if readable else "",
        len(re.sub(r"\s+", "", doc.text)) if readable else None,
        _images(data, doc),
        str(doc.status),
    )
    ctx.store.set_meta(key, json.dumps(asdict(found), ensure_ascii=False))
    return found


@dataclass(frozen=True, slots=True)
class _Source:
    """The attachment row an article item points at (None fields for body and links)."""

    attachment_id: int
    filename: str
    path: str
    sha256: str


def _article_files(ctx: Context, message_pks: Iterable[int]) -> dict[tuple[int, str], _Source]:
    """Attachment rows filed as articles, by (message, item key): what file items point at."""
    pks = sorted(set(message_pks))
    found: dict[tuple[int, str], _Source] = {}
    with ctx.store.session() as s:
        for start in range(0, len(pks), 500):
            rows = s.execute(
                select(
                    AttachmentRow.id,
                    AttachmentRow.message_pk,
                    AttachmentRow.sha256,
                    AttachmentRow.filename,
                    AttachmentRow.path,
                    AttachmentRow.facts,
                )
                .where(
                    AttachmentRow.message_pk.in_(pks[start : start + 500]),
                    AttachmentRow.category == ctx.settings.campaign.news_id,
                )
                .order_by(AttachmentRow.id)
            )
            for aid, pk, sha, filename, path, facts in rows:
                key = article_item_key(sha, facts)
                found.setdefault((pk, key), _Source(aid, filename, path, sha))
    return found


def _recommendations(ctx: Context) -> dict[tuple[str, str], RecommendationRow]:
    with ctx.store.session() as s:
        return {(r.unit_id, r.item_key): r for r in s.scalars(select(RecommendationRow))}


def _stem(label: str) -> str:
    return PurePosixPath(label).stem if "." in label else label


def gather_articles(ctx: Context, *, read_files: bool = True) -> list[Article]:
    """Every article item in the catalogue's order: one entry per distinct item of a unit
    (a resent file counts once, at its first arrival), from `Store.items()` and the
    attachment rows they point at; recommended ones carry the note. With `read_files`,
    the title, length and pictures come from the file (cached per content)."""
    news = ctx.settings.campaign.news_id
    items = [i for i in ctx.store.items() if i.deliverable == news]
    files = _article_files(ctx, (int(i.message_ref) for i in items if i.message_ref.isdigit()))
    marks = _recommendations(ctx)
    seen: set[tuple[str, str]] = set()
    counters: dict[int, int] = {}
    out: list[Article] = []
    for item in items:
        pk = int(item.message_ref) if item.message_ref.isdigit() else 0
        source = files.get((pk, item.key))
        if source is None:  # numbered per message, in the order the items were recorded
            counters[pk] = counters.get(pk, 0) + 1
        if (item.unit_id, item.key) in seen:
            continue
        seen.add((item.unit_id, item.key))
        mark = marks.get((item.unit_id, item.key))
        common = {
            "unit_id": item.unit_id,
            "received_at": item.received_at,
            "recommended": mark is not None,
            "note": mark.note if mark else "",
            "recommended_by": mark.user if mark else "",
        }
        if source is not None:
            read = (
                _read_article(ctx, source.path, source.filename, source.sha256)
                if (read_files and source.path)
                else _Read("", None, None, "")
            )
            out.append(
                Article(
                    ref=f"a{source.attachment_id}",
                    title=read.title or _stem(item.label),
                    source=ArticleSource.FILE,
                    filed=source.path,
                    filename=source.filename,
                    length=read.length,
                    images=read.images,
                    read_status=read.status or "ok",
                    **common,
                )
            )
            continue
        is_link = re.match(r"(?i)^https?://", item.key) is not None
        out.append(
            Article(
                ref=f"m{pk}.{counters[pk]}",
                title=item.label,
                source=ArticleSource.LINK if is_link else ArticleSource.BODY,
                filed=item.key if is_link else f"邮件#{pk}正文",
                **common,
            )
        )
    return catalogue_order(ctx.settings.campaign, out)


def find_article(ctx: Context, ref: str) -> Article:
    """The catalogue entry named by `ref` ("a31", "m12.1" or "#12.1"); UsageError if none."""
    if not _REF.match(ref.strip()):
        raise UsageError(f"{ref!r} is not an article reference like a31 or m12.1 (intake articles)")
    wanted = ref.strip().lower().replace("#", "m")
    for article in gather_articles(ctx, read_files=False):
        if article.ref == wanted:
            return article
    raise UsageError(f"no article {ref} (intake articles lists them)")


def _item_key(ctx: Context, article: Article) -> tuple[str, int | None, int | None]:
    """(item key, message, attachment) of a catalogue entry, read back from the store."""
    if article.source is ArticleSource.FILE:
        with ctx.store.session() as s:
            row = s.get_one(AttachmentRow, int(article.ref[1:]))
            return article_item_key(row.sha256, row.facts), row.message_pk, row.id
    if article.source is ArticleSource.LINK:
        return article.filed, int(article.ref[1:].split(".")[0]), None
    pk = int(article.ref[1:].split(".")[0])
    index = int(article.ref.split(".")[1])
    keys = [
        i.key
        for i in ctx.store.items()
        if i.deliverable == ctx.settings.campaign.news_id and i.message_ref == str(pk)
    ]
    files = _article_files(ctx, [pk])
    body_keys = [k for k in keys if (pk, k) not in files]
    return body_keys[index - 1], pk, None


def recommend(ctx: Context, ref: str, *, note: str, who: str, now: datetime) -> Article:
    """Mark an article 推荐 with a note (a second call replaces the note); audited."""
    article = find_article(ctx, ref)
    key, message_pk, attachment_id = _item_key(ctx, article)
    with ctx.store.session() as s:
        row = s.scalars(
            select(RecommendationRow).where(
                RecommendationRow.unit_id == article.unit_id, RecommendationRow.item_key == key
            )
        ).first()
        if row is None:
            row = RecommendationRow(unit_id=article.unit_id, item_key=key)
            s.add(row)
        row.message_pk, row.attachment_id = message_pk, attachment_id
        row.note, row.user, row.at = note, who, now
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="recommend",
            target=article.ref,
            detail=article.title,
            note=note,
        )
    log.info("article %s (%s) recommended by %s", article.ref, article.unit_id, who)
    return find_article(ctx, article.ref)


def unrecommend(ctx: Context, ref: str, *, who: str, now: datetime, note: str = "") -> Article:
    """Take the 推荐 mark off an article; audited. UsageError if it had none."""
    article = find_article(ctx, ref)
    if not article.recommended:
        raise UsageError(f"article {article.ref} is not recommended")
    key, _, _ = _item_key(ctx, article)
    with ctx.store.session() as s:
        for row in s.scalars(
            select(RecommendationRow).where(
                RecommendationRow.unit_id == article.unit_id, RecommendationRow.item_key == key
            )
        ):
            s.delete(row)
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="unrecommend",
            target=article.ref,
            detail=article.title,
            note=note,
        )
    return find_article(ctx, article.ref)
