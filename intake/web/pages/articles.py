"""宣传材料目录: every article a unit sent, with staff's 推荐 marks, as `intake articles`.

The list is `intake.publish.gather_articles` (the catalogue's one gathering function) in its
order: by unit in the notice's order, oldest first; filters: unit, 推荐, a title search.
推荐 and 取消推荐 post to `publish.recommend` / `unrecommend` (what `intake recommend` calls,
audited once, with the staff user). Each article downloads as it was filed (an article
pasted into a mail body as a .txt of its title and the mail's text; a link is a link), and
the recommended set as the zip `intake export-recommended` writes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import publish
from intake.archive import safe_name
from intake.context import Context
from intake.errors import UsageError
from intake.overrides import OFFLINE
from intake.store import AttachmentRow, MessageRow
from intake.web.app import console_of
from intake.web.exports import ZIP, discard, send_file, workspace
from intake.web.pages.actions import run, text
from intake.web.pages.files import disposition
from intake.web.render import done, page
from outbox.catalogue import Article, ArticleSource
from outbox.links import is_web_url, units_in_notice_order

log = logging.getLogger(__name__)

RECOMMEND_FILTERS = {"yes": "已推荐", "no": "未推荐"}


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One row of the catalogue: the article, its unit's name and where it came from."""

    article: Article
    unit_name: str
    source: str  # 附件 / 邮件正文 / 链接 (the CLI's words), 线下（微信） for a recorded one
    link: str  # a link article's URL when it is a web address ("" otherwise)

    @property
    def downloadable(self) -> bool:
        return self.article.source is not ArticleSource.LINK

    @property
    def mail_path(self) -> str:
        """The console page of the mail an article pasted in the body came in ("" else)."""
        if self.article.source is not ArticleSource.BODY:
            return ""
        return f"/mail/{self.article.ref[1:].split('.')[0]}"


def offline_channels(ctx: Context) -> dict[str, str]:
    """The channel (纸质, 微信...) of every article reference that staff recorded by hand,
    by reference prefix: "a31" for its files, "m12." for the message."""
    with ctx.store.session() as s:
        messages = {
            pk: str((facts or {}).get("offline") or "其他")
            for pk, facts in s.execute(
                select(MessageRow.id, MessageRow.body_facts).where(MessageRow.mailbox == OFFLINE)
            )
        }
        files = s.execute(
            select(AttachmentRow.id, AttachmentRow.message_pk).where(
                AttachmentRow.message_pk.in_(list(messages))
            )
        ).all()
    found = {f"m{pk}.": channel for pk, channel in messages.items()}
    found.update({f"a{aid}": messages[pk] for aid, pk in files})
    return found


def _source(article: Article, offline: dict[str, str]) -> str:
    key = article.ref if article.source is ArticleSource.FILE else article.ref.split(".")[0] + "."
    channel = offline.get(key)
    return f"线下（{channel}）" if channel else article.source_label


def views(ctx: Context) -> list[ArticleView]:
    """The whole catalogue as rows (reads each article's file once; kept by content)."""
    names = {u.id: u.name for u in ctx.settings.campaign.units}
    offline = offline_channels(ctx)
    rows = []
    for a in publish.gather_articles(ctx):
        link = a.filed if a.source is ArticleSource.LINK and is_web_url(a.filed) else ""
        rows.append(ArticleView(a, names.get(a.unit_id, a.unit_id), _source(a, offline), link))
    return rows


def _wanted(row: ArticleView, unit: str, rec: str, q: str) -> bool:
    a = row.article
    if unit and a.unit_id != unit:
        return False
    if rec == "yes" and not a.recommended:
        return False
    if rec == "no" and a.recommended:
        return False
    return not q or q.lower() in a.title.lower()


async def catalogue(request: Request) -> Response:
    """GET /articles: the catalogue, filtered by unit, 推荐 and title."""
    ctx = console_of(request).ctx
    rows = await run_in_threadpool(views, ctx)
    unit = request.query_params.get("unit", "")
    rec = request.query_params.get("rec", "")
    q = request.query_params.get("q", "").strip()[:100]
    per_unit: dict[str, int] = {}
    for r in rows:
        per_unit[r.article.unit_id] = per_unit.get(r.article.unit_id, 0) + 1
    shown = [r for r in rows if _wanted(r, unit, rec, q)]
    return page(
        request,
        "articles.html",
        active="articles",
        rows=shown,
        total=len(rows),
        recommended=sum(r.article.recommended for r in rows),
        units=units_in_notice_order(ctx.settings.campaign),
        per_unit=per_unit,
        rec_filters=RECOMMEND_FILTERS,
        unit=unit,
        rec=rec if rec in RECOMMEND_FILTERS else "",
        q=q,
    )


def _find(ctx: Context, ref: str) -> Article:
    """The article `ref`, or a Chinese refusal."""
    try:
        return publish.find_article(ctx, ref)
    except UsageError:
        raise UsageError(f"没有编号为 {ref} 的宣传材料（可能已被改为其他类别）") from None


def _titled(ctx: Context, article: Article) -> Article:
    """The catalogue's entry for `article`: its title read from the file (what the list
    shows), where `recommend` answers with the file's name."""
    return next((a for a in publish.gather_articles(ctx) if a.ref == article.ref), article)


def _body_text(ctx: Context, message_pk: int) -> str:
    """A message's body text, read again from its raw copy (as the export does)."""
    from parsers.mail import read_mail

    with ctx.store.session() as s:
        raw_path = s.scalar(select(MessageRow.raw_path).where(MessageRow.id == message_pk))
    try:
        return read_mail(ctx.archive.read(raw_path)).body_text if raw_path else ""
    except (OSError, ValueError):
        return ""


def _article_file(ctx: Context, ref: str) -> tuple[bytes, str, str]:
    """(bytes, download name, media type) of one article; 404 if it has none."""
    try:
        article = _find(ctx, ref)
    except UsageError as exc:
        raise HTTPException(404, str(exc)) from None
    unit = ctx.settings.campaign.unit(article.unit_id)
    prefix = unit.name if unit else article.unit_id
    if article.source is ArticleSource.FILE:
        try:
            data = ctx.archive.read(article.filed)
        except (OSError, ValueError):
            raise HTTPException(404, "归档中找不到这个文件。") from None
        # the unit's name first; the name from mail is made safe before, not after, so a "/"
        # in it cannot cut the unit's name off
        return data, f"{prefix}_{safe_name(article.filename)}", "application/octet-stream"
    if article.source is ArticleSource.BODY:
        pk = int(article.ref[1:].split(".")[0])
        body = f"{article.title}\n\n{_body_text(ctx, pk)}".encode()
        return body, f"{prefix}_{safe_name(article.title)}.txt", "text/plain; charset=utf-8"
    raise HTTPException(404, "这篇宣传材料是一个链接，没有文件可下载。")


async def download(request: Request) -> Response:
    """GET /articles/a31/download: the article as filed (a safe attachment name)."""
    ctx = console_of(request).ctx
    data, name, media = await run_in_threadpool(_article_file, ctx, request.path_params["ref"])
    return Response(
        data, media_type=media, headers={"Content-Disposition": disposition("attachment", name)}
    )


async def recommended_zip(request: Request) -> Response:
    """GET /articles/recommended.zip: the recommended articles with the cover list
    推荐宣传材料目录.docx (`publish.export_recommended`, as `intake export-recommended`)."""
    console = console_of(request)
    ctx, now = console.ctx, console.clock()
    campaign = ctx.settings.campaign
    if not any(a.recommended for a in await run_in_threadpool(publish.gather_articles, ctx)):
        return done(request, "/articles", "还没有标记推荐的宣传材料，无法导出", ok=False)
    folder = await run_in_threadpool(workspace, ctx)
    target = folder / "recommended.zip"
    try:
        report = await run_in_threadpool(publish.export_recommended, ctx, target, now)
    except BaseException:
        discard(folder)
        raise
    for missing in report.missing:
        log.warning("recommended export: %s is missing from the archive", missing)
    name = f"{campaign.name}推荐稿件_{now.astimezone(campaign.tz):%Y%m%d}.zip"
    return send_file(target, name, ZIP, folder)


async def mark(request: Request) -> Response:
    """POST /act/recommend: mark an article 推荐 with a note (or change the note)."""
    form = await request.form()
    ref = text(form, "article", 40)

    def action(ctx: Context, **kw: Any) -> Article:
        return _titled(ctx, publish.recommend(ctx, _find(ctx, ref).ref, **kw))

    return await run(
        request,
        form,
        action,
        lambda a: f"{a.ref}“{a.title}”已标记为推荐" + (f"：{a.note}" if a.note else ""),
    )


async def unmark(request: Request) -> Response:
    """POST /act/unrecommend: take the 推荐 mark off an article."""
    form = await request.form()
    ref = text(form, "article", 40)

    def action(ctx: Context, **kw: Any) -> Article:
        article = _find(ctx, ref)
        if not article.recommended:
            raise UsageError(f"{article.ref} 没有标记推荐")
        return _titled(ctx, publish.unrecommend(ctx, article.ref, **kw))

    return await run(request, form, action, lambda a: f"{a.ref}“{a.title}”已取消推荐")


routes = [
    Route("/articles", catalogue, name="articles"),
    Route("/articles/recommended.zip", recommended_zip, name="recommended_zip"),
    Route("/articles/{ref}/download", download, name="article_download"),
    Route("/act/recommend", mark, methods=["POST"]),
    Route("/act/unrecommend", unmark, methods=["POST"]),
]
