"""Files staff hand on: the bulletin (docx, pdf, txt), the recommended articles with a cover
list, and one zip per requirement (单位名称/类别/原文件名).

Zip member names are Chinese; Python's zipfile marks them UTF-8 (general purpose flag 11),
which Windows Explorer, 7-Zip and macOS read as written.
"""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import select

from intake.archive import atomic_write, safe_name, synced_temp
from intake.errors import UsageError
from intake.pipeline import Context
from intake.publish.articles import gather_articles
from intake.publish.common import templates_dir
from intake.store import AttachmentRow, MessageRow
from outbox.bulletin import (
    DEFAULT_RECIPIENTS,
    Bulletin,
    bulletin_docx,
    bulletin_facts,
    render_bulletin_text,
)
from outbox.catalogue import ArticleSource, cover_list_docx, export_name
from outbox.render import category_label
from rules.campaign import Campaign
from rules.deliverables import DEFAULT_UNIT_KINDS

log = logging.getLogger(__name__)

COVER_NAME = "推荐宣传材料目录.docx"


# --- the bulletin --------------------------------------------------------------------------


def bulletin(ctx: Context, now: datetime, *, number: str | None = None) -> Bulletin:
    """The bulletin's content at `now`, with the texts of `[bulletin]`."""
    from intake.jobs import statuses

    b = ctx.settings.bulletin
    return bulletin_facts(
        ctx.settings.campaign,
        statuses(ctx, now),
        now,
        title=b.title,
        number=b.number if number is None else number,
        recipients=b.recipients or default_recipients(ctx.settings.campaign),
        issuer=b.issuer,
        notice_title=b.notice_title,
    )


def default_recipients(campaign: Campaign) -> str:
    """Whom a bulletin addresses when [bulletin] does not say: the 2020 campaign's
    "各县市区教育和体育局，各职业院校：", else one "各<kind title>" per unit kind."""
    if campaign.unit_kinds == DEFAULT_UNIT_KINDS:
        return DEFAULT_RECIPIENTS
    return "，".join(f"各{k.title}" for k in campaign.unit_kinds) + "："


@dataclass(frozen=True, slots=True)
class BulletinFiles:
    """What `write_bulletin` wrote; `pdf` is None (and `pdf_error` says why) without
    LibreOffice."""

    docx: Path
    text: Path
    pdf: Path | None
    pdf_error: str = ""


def write_bulletin(
    ctx: Context, path: Path, now: datetime, *, number: str | None = None, pdf: bool = True
) -> BulletinFiles:
    """Write the bulletin as `path` (.docx), the same name .txt and, when LibreOffice is
    installed (and `pdf`), .pdf; every file atomically."""
    from parsers.documents.legacy import convert

    content = bulletin(ctx, now, number=number)
    data = bulletin_docx(content)
    atomic_write(path, data)
    text_path = path.with_suffix(".txt")
    text = render_bulletin_text(content, templates=templates_dir(ctx))
    atomic_write(text_path, text.encode("utf-8"))
    if not pdf:
        return BulletinFiles(path, text_path, None, "not asked for")
    converted, error = convert(data, "docx", "pdf", 180)
    if converted is None:
        log.warning("bulletin PDF not made: %s", error)
        return BulletinFiles(path, text_path, None, error)
    pdf_path = path.with_suffix(".pdf")
    atomic_write(pdf_path, converted)
    return BulletinFiles(path, text_path, pdf_path)


# --- zips ------------------------------------------------------------------------------------


@dataclass
class ZipReport:
    """What went into a zip, and what could not (archive files gone missing)."""

    path: Path
    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class _Zip:
    """A zip written to a temporary file beside its target and renamed when complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = synced_temp(path.parent, b"")
        self.zip = zipfile.ZipFile(self.tmp, "w", compression=zipfile.ZIP_DEFLATED)
        self.names: set[str] = set()

    def add(self, name: str, data: bytes, when: datetime | None = None) -> str:
        """Add a member under a name not used yet ("名称 (2).docx" on a clash)."""
        stem, dot, ext = name.rpartition(".")
        if not dot or "/" in ext:
            stem, ext = name, ""
        unique, n = name, 1
        while unique in self.names:
            n += 1
            unique = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        self.names.add(unique)
        info = zipfile.ZipInfo(unique, date_time=(when or datetime(2000, 1, 1)).timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        return unique

    def close(self) -> None:
        import os

        self.zip.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.zip.close()
        self.tmp.unlink(missing_ok=True)


def _body_text(ctx: Context, message_pk: int) -> str:
    """A message's body text, read again from its raw copy in the archive."""
    from parsers.mail import read_mail

    with ctx.store.session() as s:
        raw_path = s.scalar(select(MessageRow.raw_path).where(MessageRow.id == message_pk))
    try:
        return read_mail(ctx.archive.read(raw_path)).body_text if raw_path else ""
    except (OSError, ValueError):
        return ""


def export_recommended(ctx: Context, path: Path, now: datetime) -> ZipReport:
    """A zip of the recommended articles, each "NN_单位_原文件名" (an article pasted in the
    mail body as a .txt), headed by the cover list 推荐宣传材料目录.docx."""
    campaign = ctx.settings.campaign
    names = {u.id: u.name for u in campaign.units}
    chosen = [a for a in gather_articles(ctx) if a.recommended]
    if not chosen:
        raise UsageError("no article is recommended yet (intake recommend REF --note ...)")
    report = ZipReport(path)
    out = _Zip(path)
    try:
        out.add(
            COVER_NAME,
            cover_list_docx(campaign, chosen, now, issuer=campaign.issuer),
            now.astimezone(campaign.tz),
        )
        for i, article in enumerate(chosen, start=1):
            name = safe_name(export_name(i, article, names.get(article.unit_id, article.unit_id)))
            when = article.received_at.astimezone(campaign.tz)
            if article.source is ArticleSource.FILE:
                try:
                    data = ctx.archive.read(article.filed)
                except (OSError, ValueError):
                    report.missing.append(article.filed)
                    continue
            elif article.source is ArticleSource.BODY:
                pk = int(article.ref[1:].split(".")[0])
                data = f"{article.title}\n\n{_body_text(ctx, pk)}".encode()
            else:
                continue  # a link: listed in the cover list only
            report.files.append(out.add(name, data, when))
    except BaseException:
        out.abort()
        raise
    out.close()
    return report


def bundle(ctx: Context, requirement_id: str, path: Path) -> ZipReport:
    """Every file received for one requirement as 单位名称/类别/原文件名 (a resent file
    once; a unit's files in the order they came)."""
    campaign = ctx.settings.campaign
    req = next((r for r in campaign.requirements if r.id == requirement_id), None)
    if req is None:
        known = ", ".join(r.id for r in campaign.requirements)
        raise UsageError(f"no requirement {requirement_id!r} (one of: {known})")
    category = req.deliverable if req.deliverable in campaign.file_deliverables else None
    if category is None:
        raise UsageError(
            f"{req.title} is not a file: `intake links` lists column URLs and "
            "`intake export` the liaisons"
        )
    names = {u.id: u.name for u in campaign.units}
    order = {u.id: i for i, u in enumerate(campaign.units)}
    with ctx.store.session() as s:
        rows = s.execute(
            select(
                MessageRow.unit_id,
                MessageRow.received_at,
                AttachmentRow.filename,
                AttachmentRow.path,
                AttachmentRow.sha256,
                AttachmentRow.category,
            )
            .join(AttachmentRow, AttachmentRow.message_pk == MessageRow.id)
            .where(
                MessageRow.state == "done",
                MessageRow.unit_id.is_not(None),
                AttachmentRow.category == category,
                AttachmentRow.path != "",
            )
            .order_by(MessageRow.received_at, AttachmentRow.id)
        ).all()
    rows.sort(key=lambda r: order.get(r.unit_id, len(order)))  # stable: by arrival per unit
    report = ZipReport(path)
    out = _Zip(path)
    seen: set[tuple[str, str]] = set()
    try:
        for row in rows:
            if (row.unit_id, row.sha256) in seen:
                continue
            seen.add((row.unit_id, row.sha256))
            try:
                data = ctx.archive.read(row.path)
            except (OSError, ValueError):
                report.missing.append(row.path)
                continue
            unit = safe_name(names.get(row.unit_id, row.unit_id))
            member = PurePosixPath(unit, category_label(row.category), safe_name(row.filename))
            report.files.append(out.add(str(member), data, row.received_at.astimezone(campaign.tz)))
    except BaseException:
        out.abort()
        raise
    out.close()
    return report
