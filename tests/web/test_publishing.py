"""The publishing pages of the console in-process over HTTP, on the demo's store: 宣传材料目录
(推荐 audited once with the user, filters, downloads), 通报, 按要求下载; login and the CSRF
token required, `<script>` from mail shown as text, downloads with safe names."""

from __future__ import annotations

import html
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from docx import Document
from sqlalchemy import select

from intake import jobs, publish
from intake.context import Context
from intake.store import AuditRow
from intake.store.schema import RecommendationRow
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail
from tests.web.conftest import Wall, csrf_of, make_client

PAGES = [
    "/articles",
    "/articles?unit=daiyue&rec=yes&q=活动",
    "/articles/a14/download",
    "/articles/recommended.zip",
    "/links",
    "/links/html",
    "/links/html/download",
    "/bulletin",
    "/bulletin?date=2020-11-10",
    "/bulletin/docx?date=2020-11-10",
    "/downloads",
    "/downloads/summary.zip",
    "/downloads/workbook.xlsx",
]
POSTS = ["/act/recommend", "/act/unrecommend", "/links/check"]
HOSTILE_TITLE = '<script>alert("title")</script>岱岳区举办职业教育活动周技能大赛'
NEWS = (
    "11月10日，岱岳区职业教育活动周技能大赛在区职教中心举行，来自全区的两百余名师生参加比赛。"
    "比赛设置了烹饪、汽修、电子商务等十个项目，现场吸引了众多家长和市民观摩。"
    "活动周期间，全区职业院校还将开展校园开放日、职业体验等系列活动，展示职业教育成果。"
)


def _audits(ctx: Context, action: str) -> list[AuditRow]:
    with ctx.store.session() as s:
        return list(s.scalars(select(AuditRow).where(AuditRow.action == action)))


def _marks(ctx: Context) -> list[tuple[str, str, str]]:
    with ctx.store.session() as s:
        return [(r.unit_id, r.note, r.user) for r in s.scalars(select(RecommendationRow))]


def _recommend(client, ref: str, note: str, back: str = "/articles"):  # -> httpx.Response
    token = csrf_of(client.get("/articles").text)
    form = {"csrf": token, "article": ref, "note": note, "back": back}
    return client.post("/act/recommend", data=form)


def _flash(answer) -> str:
    """The one-time message a redirect carries (the flash cookie's text)."""
    raw = answer.headers["set-cookie"].split("intake_flash=", 1)[1].split(";", 1)[0]
    return unquote(raw.strip('"'))


def _hostile_article(ctx: Context) -> str:
    """A county's article whose title and file name carry <script>; its reference."""
    sent = datetime(2020, 11, 10, 16, 0, tzinfo=TZ)
    msg = mail(
        sender="dyqjtj@ta.shandong.cn",
        subject="岱岳区教体局活动周宣传稿",
        body="您好，附件是我区活动周宣传稿，请查收。",
        files=[('<script>alert("file")</script>".docx', docx_bytes(HOSTILE_TITLE, NEWS, NEWS))],
        when=sent,
    )
    deliver_maildir(ctx.settings.path(ctx.settings.mailbox.endpoint.path), msg, sent)
    jobs.poll_once(ctx, now=sent)
    found = [a for a in publish.gather_articles(ctx) if a.title == HOSTILE_TITLE]
    assert len(found) == 1, [a.title for a in publish.gather_articles(ctx)]
    return found[0].ref


def _safe_disposition(value: str, ends: str) -> str:
    """Assert a Content-Disposition is a safe attachment; the decoded UTF-8 name."""
    assert value.startswith("attachment; ")
    assert "\r" not in value and "\n" not in value
    fallback = value.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback.isascii() and not set(fallback) & set('<>"/\\;')
    encoded = value.split("filename*=UTF-8''", 1)[1]
    assert all(c.isalnum() or c in "%-._~" for c in encoded)
    name = unquote(encoded)
    assert not set(name) & set('<>"/\\') and name.endswith(ends), name
    return name


def _exports_left(ctx: Context) -> list[Path]:
    root = ctx.settings.data_dir / "exports"
    return list(root.iterdir()) if root.exists() else []


@pytest.mark.parametrize("path", PAGES)
def test_publishing_pages_want_a_login(anon, path: str) -> None:
    answer = anon.get(path)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    assert "宣传" not in answer.text and "PK" not in answer.text


def test_publishing_changes_want_a_login_and_the_token(
    client, demo_ctx: Context, frozen: datetime, wall: Wall
) -> None:
    fresh = make_client(demo_ctx, frozen, wall)
    for path in POSTS:  # no session at all
        answer = fresh.post(path, data={"article": "a14", "note": "x"})
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    for path in POSTS:  # logged in, but no token / another token
        assert client.post(path, data={"article": "a14", "note": "x"}).status_code == 403
        bad = {"article": "a14", "note": "x", "csrf": "not-the-token"}
        assert client.post(path, data=bad).status_code == 403
    assert _marks(demo_ctx) == [] and _audits(demo_ctx, "recommend") == []
    assert client.app.state.console.jobs.state("linkcheck") is None  # no check started


def test_the_navigation_names_the_publishing_pages(client) -> None:
    page = client.get("/").text
    for href, word in (
        ("/articles", "宣传材料"),
        ("/links", "宣传专栏"),
        ("/bulletin", "通报"),
        ("/downloads", "按要求下载"),
    ):
        assert f'<a href="{href}">{word}</a>' in page
    assert 'href="/articles" aria-current="page"' in client.get("/articles").text


def test_the_catalogue_lists_every_article_with_the_cli_words(client, demo_ctx: Context) -> None:
    page = client.get("/articles").text
    articles = publish.gather_articles(demo_ctx)
    assert f"共{len(articles)}篇，其中推荐0篇" in page
    refs = re.findall(r'<tr id="art-[^"]+" data-ref="([^"]+)"', page)
    assert refs == [a.ref for a in articles]  # the catalogue's order: counties, then schools
    first = articles[0]
    row = page.split(f'data-ref="{first.ref}"', 1)[1].split("</tr>", 1)[0]
    assert "泰安市泰山区教育和体育局" in row and first.title in row
    assert f">{first.length}<" in row and ">附件<" in row and first.filed in row
    assert f'href="/articles/{first.ref}/download"' in row
    only = client.get("/articles?unit=dyzjzx").text
    shown = re.findall(r'data-ref="([^"]+)"', only)
    assert shown and shown == [a.ref for a in articles if a.unit_id == "dyzjzx"]
    assert "没有符合筛选条件的宣传材料" in client.get("/articles?rec=yes").text


def test_recommend_is_audited_once_with_the_staff_user(client, demo_ctx: Context) -> None:
    answer = _recommend(client, "a31", "典型案例，推荐大众网", back="/articles?unit=dyzjzx#x")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/articles?unit=dyzjzx#x"
    assert "已标记为推荐：典型案例，推荐大众网" in _flash(answer)
    [audit] = _audits(demo_ctx, "recommend")
    assert (audit.user, audit.target, audit.note) == ("wang", "a31", "典型案例，推荐大众网")
    assert _marks(demo_ctx) == [("dyzjzx", "典型案例，推荐大众网", "wang")]
    # what `intake articles --recommended` reads
    [marked] = [a for a in publish.gather_articles(demo_ctx) if a.recommended]
    assert (marked.ref, marked.recommended_by) == ("a31", "wang")
    page = client.get("/articles?rec=yes").text
    assert re.findall(r'data-ref="([^"]+)"', page) == ["a31"]
    assert "典型案例，推荐大众网" in page and "取消推荐" in page
    assert "推荐宣传材料" in client.get("/audit").text  # the audit page's word for it
    # a new note replaces the old one (one mark), audited again
    _recommend(client, "a31", "省厅推荐")
    assert _marks(demo_ctx) == [("dyzjzx", "省厅推荐", "wang")]
    assert len(_audits(demo_ctx, "recommend")) == 2


def test_unrecommend_and_refusals_change_nothing_twice(client, demo_ctx: Context) -> None:
    _recommend(client, "a14", "")
    token = csrf_of(client.get("/articles").text)
    form = {"csrf": token, "article": "a14", "back": "/articles"}
    assert client.post("/act/unrecommend", data=form).status_code == 303
    assert _marks(demo_ctx) == []
    [audit] = _audits(demo_ctx, "unrecommend")
    assert (audit.user, audit.target) == ("wang", "a14")
    again = client.post("/act/unrecommend", data=form)
    assert "没有标记推荐" in _flash(again) and len(_audits(demo_ctx, "unrecommend")) == 1
    nothing = client.post("/act/recommend", data={**form, "article": "a99999"})
    assert "没有编号为 a99999 的宣传材料" in _flash(nothing)
    assert _marks(demo_ctx) == [] and len(_audits(demo_ctx, "recommend")) == 1


def test_script_in_an_article_title_and_file_name_stays_text(
    client, demo_ctx: Context, frozen: datetime
) -> None:
    ref = _hostile_article(demo_ctx)
    _recommend(client, ref, '<img src=x onerror="alert(1)">')
    for path in ("/articles", "/articles?rec=yes", "/audit"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page, path
        assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page, path
        if path != "/audit":  # the audit row names the file (publish.recommend's detail)
            assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in page, path
    download = client.get(f"/articles/{ref}/download")
    assert download.status_code == 200 and download.content[:2] == b"PK"
    name = _safe_disposition(download.headers["content-disposition"], ".docx")
    assert name.startswith("泰安市岱岳区教育和体育局_")
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["x-content-type-options"] == "nosniff"


def test_the_recommended_set_downloads_as_the_export_zip(client, demo_ctx: Context) -> None:
    empty = client.get("/articles/recommended.zip")
    assert empty.status_code == 303 and "还没有标记推荐" in _flash(empty)
    assert "导出推荐稿件" not in client.get("/articles").text.split("<form", 1)[0]
    _recommend(client, "a11", "开放日")
    _recommend(client, "a31", "非遗")
    answer = client.get("/articles/recommended.zip")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    name = _safe_disposition(answer.headers["content-disposition"], ".zip")
    assert name == "2020年泰安市职业教育活动周推荐稿件_20201117.zip"
    with zipfile.ZipFile(io.BytesIO(answer.content)) as z:
        names = z.namelist()
        cover = Document(io.BytesIO(z.read("推荐宣传材料目录.docx")))
    assert names[0] == "推荐宣传材料目录.docx" and len(names) == 3
    assert names[1].startswith("01_泰安市岱岳区教育和体育局_")
    assert names[2].startswith("02_泰安市岱岳区职业教育中心_")
    cells = [c.text for t in cover.tables for r in t.rows for c in r.cells]
    assert "开放日" in cells and "非遗" in cells
    assert _exports_left(demo_ctx) == []  # the zip's folder went once it was sent


def test_one_zip_per_requirement(client, demo_ctx: Context) -> None:
    page = client.get("/downloads").text
    for req in demo_ctx.settings.campaign.requirements:
        assert f'data-requirement="{req.id}"' in page and req.title in page
    assert 'href="/downloads/summary.zip"' in page and 'href="/downloads/plan.zip"' in page
    assert 'href="/downloads/column_url.zip"' not in page and 'href="/links">不是文件' in page
    answer = client.get("/downloads/summary.zip")
    assert answer.status_code == 200
    name = _safe_disposition(answer.headers["content-disposition"], ".zip")
    assert name == "2020年泰安市职业教育活动周活动周总结报告_20201117.zip"
    with zipfile.ZipFile(io.BytesIO(answer.content)) as z:
        members = z.namelist()
    assert members and all(m.count("/") == 2 and m.split("/")[1] == "总结报告" for m in members)
    assert any(m.startswith("泰安市岱岳区教育和体育局/") for m in members)
    assert client.get("/downloads/column_url.zip").status_code == 404
    assert client.get("/downloads/nothing.zip").status_code == 404
    book = client.get("/downloads/workbook.xlsx")
    assert book.status_code == 200 and book.content[:2] == b"PK"
    assert _safe_disposition(book.headers["content-disposition"], ".xlsx")
    assert _exports_left(demo_ctx) == []


def test_the_bulletin_text_is_what_the_command_writes(
    client, demo_ctx: Context, tmp_path: Path
) -> None:
    page = client.get("/bulletin?date=2020-11-10")
    assert page.status_code == 200
    shown = page.text.split('id="bulletin-text"', 1)[1].split(">", 1)[1].split("</textarea>")[0]
    as_of = datetime(2020, 11, 10, 23, 59, tzinfo=TZ)  # `intake bulletin --date 2020-11-10`
    files = publish.write_bulletin(demo_ctx, tmp_path / "通报.docx", as_of, pdf=False)
    assert html.unescape(shown) == files.text.read_text(encoding="utf-8")
    assert 'href="/bulletin/docx?date=2020-11-10&amp;number=' in page.text
    docx = client.get("/bulletin/docx?date=2020-11-10&number=泰教职成通〔2020〕9号")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    name = _safe_disposition(docx.headers["content-disposition"], ".docx")
    assert name == "2020年泰安市职业教育活动周工作进展通报_20201110.docx"
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "泰教职成通〔2020〕9号" in text
    bad = client.get("/bulletin?date=11/10")
    assert bad.status_code == 200 and "不是日期" in bad.text
    assert client.get("/bulletin/docx?date=11/10").status_code == 400
    assert _exports_left(demo_ctx) == []


@pytest.mark.server
@pytest.mark.slow
def test_the_bulletin_pdf_is_made_by_libreoffice(client, demo_ctx: Context) -> None:
    from tests.fixtures.servers import require_binary

    require_binary("soffice")
    assert 'href="/bulletin/pdf?date=' in client.get("/bulletin").text
    answer = client.get("/bulletin/pdf?date=2020-11-16")
    assert answer.status_code == 200 and answer.content.startswith(b"%PDF-")
    assert answer.headers["content-type"] == "application/pdf"
    name = _safe_disposition(answer.headers["content-disposition"], ".pdf")
    assert name == "2020年泰安市职业教育活动周工作进展通报_20201116.pdf"
    assert _exports_left(demo_ctx) == []


BODY_NEWS = (
    "泰安职院举办职业教育活动周开放日\n"
    "（通讯员 朱琳）11月9日，泰安职业技术学院举办职业教育活动周开放日。活动吸引了236名师生和"
    "群众参与。\n活动现场，机电专业的师生展示了专业技能，现场群众纷纷点赞。据了解，活动周期间还将"
    "陆续开展系列活动。"
)


def test_articles_from_the_body_a_link_and_offline(client, demo_ctx: Context) -> None:
    from intake.overrides import record_offline

    box = demo_ctx.settings.path(demo_ctx.settings.mailbox.endpoint.path)
    sent = datetime(2020, 11, 9, 15, 0, tzinfo=TZ)
    deliver_maildir(box, mail(sender="tazy@tavtc.edu.cn", subject="稿件", body=BODY_NEWS), sent)
    link = "https://www.tavtc.edu.cn/info/1021/3456.htm"
    note = f"我校活动周宣传报道链接：{link}\n泰安职业技术学院"
    later = datetime(2020, 11, 10, 15, 0, tzinfo=TZ)
    deliver_maildir(box, mail(sender="tazy@tavtc.edu.cn", subject="宣传报道", body=note), later)
    jobs.poll_once(demo_ctx, now=later)
    paper = docx_bytes("泰安职院举办职业体验日活动", NEWS, NEWS)
    record_offline(
        demo_ctx,
        "tavtc",
        "articles",
        "体验日.docx",
        paper,
        channel="微信",
        received_at=datetime(2020, 11, 11, 9, 0, tzinfo=TZ),
        now=later,
        who="wang",
    )
    found = {a.source.value: a for a in publish.gather_articles(demo_ctx) if a.unit_id == "tavtc"}
    assert set(found) == {"body", "link", "file"}, found
    page = client.get("/articles?unit=tavtc").text
    body, linked, offline = (_row_of(page, found[k].ref) for k in ("body", "link", "file"))
    assert ">邮件正文<" in body and "泰安职院举办职业教育活动周开放日" in body
    assert f'href="/articles/{found["body"].ref}/download"' in body and 'href="/mail/' in body
    assert ">链接<" in linked and "/download" not in linked
    assert f'href="{link}" rel="noopener noreferrer" target="_blank"' in linked
    assert ">线下（微信）<" in offline and "体验日" in offline
    text = client.get(f"/articles/{found['body'].ref}/download")
    assert text.headers["content-type"] == "text/plain; charset=utf-8"
    assert text.text.startswith("泰安职院举办职业教育活动周开放日\n\n")
    assert "机电专业的师生展示了专业技能" in text.text
    name = _safe_disposition(text.headers["content-disposition"], ".txt")
    assert name == "泰安职业技术学院_泰安职院举办职业教育活动周开放日.txt"
    assert client.get(f"/articles/{found['link'].ref}/download").status_code == 404


def _row_of(page: str, ref: str) -> str:
    return page.split(f'data-ref="{ref}"', 1)[1].split("</tr>", 1)[0]
