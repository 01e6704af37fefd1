"""Publishing from a realistic store (the `intake demo` campaign): column links in the
workbook, the article catalogue read from the archived files, 推荐 marks and their export,
one zip per requirement with Chinese names, the bulletin files, and the commands."""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from rich.console import Console
from sqlalchemy import select

from intake import jobs, outgoing, publish
from intake.cli import main
from intake.config import load_config, parse_config
from intake.demo.runner import run_demo
from intake.errors import UsageError
from intake.pipeline import Context
from intake.store import AuditRow
from outbox.catalogue import ArticleSource
from tests.fixtures.servers import require_binary
from tests.intake.helpers import ROOT, TZ, deliver_maildir, mail

END = datetime(2020, 11, 17, 23, 0, tzinfo=TZ)
DAIYUE = "泰安市岱岳区教育和体育局"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo campaign played once (about ten seconds), copied by each test that changes it."""
    folder = tmp_path_factory.mktemp("publish") / "demo"
    run_demo(folder, console=Console(file=io.StringIO()))
    return folder


@pytest.fixture()
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[Context]:
    folder = tmp_path / "demo"
    shutil.copytree(demo_folder, folder)
    ctx = Context.open(load_config(folder / "config.toml"))
    yield ctx
    ctx.store.engine.dispose()


def test_column_links_reach_the_workbook(demo: Context) -> None:
    links = publish.column_links(demo)
    assert {li.unit_id for li in links} == {
        "daiyue",
        "dyzjzx",
        "feicheng",
        "tsvtc",
        "xintai",
        "taishan",
    }
    assert all(li.check is None for li in links)  # nothing checked yet
    book = load_workbook(io.BytesIO(outgoing.workbook_bytes(demo, END)))
    assert book.sheetnames == ["联络员", "提交情况", "统计汇总", "宣传专栏", "宣传材料目录", "问题"]
    columns = {r[0]: r for r in book["宣传专栏"].iter_rows(min_row=2, values_only=True)}
    assert columns[DAIYUE][2] == "http://www.dyjyj.gov.cn/zjhdz/" and columns[DAIYUE][4] == "未检查"
    assert columns["东平县教育和体育局"][4] == "未报送"
    liaison = next(
        r for r in book["联络员"].iter_rows(min_row=2, values_only=True) if r[0] == DAIYUE
    )
    assert liaison[8] == "http://www.dyjyj.gov.cn/zjhdz/"
    assert "row" not in str(liaison[9]) and liaison[9]  # the source, in Chinese


def test_the_catalogue_reads_titles_and_lengths_from_the_files(demo: Context) -> None:
    articles = publish.gather_articles(demo)
    items = {(i.unit_id, i.key) for i in demo.store.items() if i.deliverable == "article"}
    assert len(articles) == len(items) == 22
    assert all(a.source is ArticleSource.FILE and a.ref.startswith("a") for a in articles)
    first = articles[0]
    assert first.unit_id == "taishan"  # counties first, 泰山区 before 岱岳区
    assert first.title == "泰山区教体局举办职业教育活动周校园开放日活动"  # the document's title
    assert first.filename == "泰山区教体局校园开放日活动新闻稿.docx"
    assert first.filed.startswith("taishan/article/") and first.filed.endswith(first.filename)
    assert first.length is not None and 150 < first.length < 400
    assert first.images == 0 and first.read_status == "ok"
    received = [a.received_at for a in articles if a.unit_id == "daiyue"]
    assert received == sorted(received) and len(received) == 6
    # what a file says is kept per content: the catalogue no longer needs the file
    (demo.archive.abs(first.filed)).unlink()
    again = publish.gather_articles(demo)
    assert again[0].length == first.length and again[0].title == first.title
    book = load_workbook(io.BytesIO(outgoing.workbook_bytes(demo, END)))
    rows = list(book["宣传材料目录"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 22 and rows[0][:3] == (first.ref, "泰安市泰山区教育和体育局", first.title)


def test_recommend_export_and_undo(demo: Context, tmp_path: Path) -> None:
    articles = publish.gather_articles(demo)
    chosen = next(a for a in articles if a.unit_id == "daiyue")
    with pytest.raises(UsageError, match="no article is recommended"):
        publish.export_recommended(demo, tmp_path / "none.zip", END)
    marked = publish.recommend(demo, chosen.ref, note="典型案例", who="tian", now=END)
    assert marked.recommended and marked.note == "典型案例" and marked.recommended_by == "tian"
    marked = publish.recommend(demo, chosen.ref, note="推荐大众网", who="dong", now=END)
    assert marked.note == "推荐大众网" and marked.recommended_by == "dong"  # replaced, not doubled
    with demo.store.session() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.action == "recommend")).all()
        assert [(a.user, a.target, a.note) for a in audit] == [
            ("tian", chosen.ref, "典型案例"),
            ("dong", chosen.ref, "推荐大众网"),
        ]
    report = publish.export_recommended(demo, tmp_path / "推荐稿件.zip", END)
    expected = f"01_{DAIYUE}_{chosen.filename}"
    assert report.files == [expected] and report.missing == []
    with zipfile.ZipFile(tmp_path / "推荐稿件.zip") as z:
        assert z.namelist() == [publish.files.COVER_NAME, expected]
        assert z.read(expected) == demo.archive.read(chosen.filed)
        assert all(info.flag_bits & 0x800 for info in z.infolist())  # names marked UTF-8
        cover = Document(io.BytesIO(z.read(publish.files.COVER_NAME)))
    row = [c.text for c in cover.tables[0].rows[1].cells]
    assert row[:3] == ["1", DAIYUE, chosen.title] and row[5] == expected and row[6] == "推荐大众网"
    undone = publish.unrecommend(demo, chosen.ref, who="tian", now=END)
    assert not undone.recommended
    with pytest.raises(UsageError, match="not recommended"):
        publish.unrecommend(demo, chosen.ref, who="tian", now=END)
    with pytest.raises(UsageError, match="not an article reference"):
        publish.recommend(demo, "31", note="", who="tian", now=END)
    with pytest.raises(UsageError, match="no article a99999"):
        publish.recommend(demo, "a99999", note="", who="tian", now=END)


@pytest.mark.server
def test_one_zip_per_requirement_with_chinese_names(demo: Context, tmp_path: Path) -> None:
    target = tmp_path / "总结报告.zip"
    report = publish.bundle(demo, "summary", target)
    assert report.missing == [] and len(report.files) >= 3
    assert all(name.count("/") == 2 for name in report.files)
    units = {name.split("/")[0] for name in report.files}
    assert DAIYUE in units and all(name.split("/")[1] == "总结报告" for name in report.files)
    with zipfile.ZipFile(target) as z:
        assert z.namelist() == report.files
        assert all(info.flag_bits & 0x800 for info in z.infolist())
    # an independent reader sees the same Chinese names
    bsdtar = require_binary("bsdtar", "/usr/bin/bsdtar")
    listed = subprocess.run(
        [bsdtar, "-tf", str(target)], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    assert listed.splitlines() == report.files
    articles = publish.bundle(demo, "articles", tmp_path / "宣传材料.zip")
    assert len(articles.files) == 22
    assert any(n.startswith("新泰市教育和体育局/宣传材料/新泰宣传稿1") for n in articles.files)
    with pytest.raises(UsageError, match="is not a file"):
        publish.bundle(demo, "column_url", tmp_path / "x.zip")
    with pytest.raises(UsageError, match="no requirement"):
        publish.bundle(demo, "nothing", tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_bulletin_files(demo: Context, tmp_path: Path) -> None:
    files = publish.write_bulletin(
        demo, tmp_path / "通报.docx", datetime(2020, 11, 10, 17, 0, tzinfo=TZ), pdf=False
    )
    assert files.pdf is None
    doc = Document(str(files.docx))
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert texts[0] == "关于2020年泰安市职业教育活动周工作进展情况的通报"
    assert any(t.startswith("东平县教育和体育局：活动周方案未报送") for t in texts)
    text = files.text.read_text(encoding="utf-8")
    assert "截至2020年11月10日17:00" in text and "东平县教育和体育局" in text


def test_commands(demo: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(demo.settings.source)
    common = ["--config", config, "--now", "2020-11-17T23:00"]
    html = tmp_path / "links.html"
    assert main(["links", "-o", str(html), *common]) == 0
    out = capsys.readouterr().out
    assert "共18个单位，已报送专栏地址6个，检查可访问0个。" in out and "未检查" in out
    assert '<a href="http://www.dyjyj.gov.cn/zjhdz/"' in html.read_text(encoding="utf-8")
    assert main(["articles", *common]) == 0
    out = capsys.readouterr().out
    ref = next(line.split()[1] for line in out.splitlines() if "│ a" in line)
    assert "共22篇，其中推荐0篇。" in out
    assert main(["recommend", ref, "--note", "推荐泰安日报", *common]) == 0
    assert "已标记为推荐：推荐泰安日报" in capsys.readouterr().out
    assert main(["articles", "--recommended", *common]) == 0
    assert "共1篇，其中推荐1篇。" in capsys.readouterr().out
    assert main(["export-recommended", str(tmp_path / "r.zip"), *common]) == 0
    assert "已导出推荐稿件1个文件" in capsys.readouterr().out
    assert main(["bundle", "plan", str(tmp_path / "p.zip"), *common]) == 0
    assert "已打包" in capsys.readouterr().out
    docx = tmp_path / "b.docx"
    assert main(["bulletin", "--date", "2020-11-10", "-o", str(docx), "--no-pdf", *common]) == 0
    out = capsys.readouterr().out
    assert f"通报已写入 {docx}" in out and docx.with_suffix(".txt").exists()
    assert main(["bulletin", "--date", "11/10", *common]) == 1
    assert "--date" in capsys.readouterr().err
    assert main(["recommend", "a99999", *common]) == 1


# --- checking the links a unit sent, against a real local site ----------------------------


class ColumnSite(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        body = "<title>岱岳区职业教育活动周</title>".encode()
        self.send_response(200 if self.path == "/zjhdz/" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def column_site() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ColumnSite)
    server.daemon_threads = True
    server.paths = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def ctx_with_column_mail(tmp_path: Path, url: str, links: str) -> Context:
    text = (ROOT / "config.toml").read_text(encoding="utf-8") + f"\n[links]\n{links}\n"
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    ctx = Context.open(parse_config(text, base=tmp_path, source=str(tmp_path / "config.toml")))
    sent = datetime(2020, 11, 4, 9, 0, tzinfo=TZ)
    body = f"您好，我区职业教育活动周宣传专栏网址：{url}\n\n岱岳区教体局职成科"
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(sender="dyqjtj@ta.shandong.cn", subject="岱岳区活动周宣传专栏地址", body=body),
        sent,
    )
    jobs.poll_once(ctx, now=sent)
    assert [li.url for li in publish.column_links(ctx)] == [url]
    return ctx


def test_checking_the_links_units_sent(tmp_path: Path, column_site: ThreadingHTTPServer) -> None:
    url = f"http://127.0.0.1:{column_site.server_address[1]}/zjhdz/"
    ctx = ctx_with_column_mail(tmp_path, url, "allow_private = true\ntimeout = 2")
    checked = publish.check_links(ctx, END)
    assert [(li.unit_id, li.check.label) for li in checked if li.check] == [("daiyue", "可访问")]
    # remembered: the workbook shows it without checking again
    [stored] = publish.column_links(ctx)
    assert stored.check is not None and stored.check.title == "岱岳区职业教育活动周"
    assert stored.check.checked_at == END
    book = load_workbook(io.BytesIO(outgoing.workbook_bytes(ctx, END)))
    row = next(r for r in book["宣传专栏"].iter_rows(min_row=2, values_only=True) if r[0] == DAIYUE)
    assert row[2] == url and row[4] == "可访问" and row[6] == "岱岳区职业教育活动周"
    assert column_site.paths == ["/zjhdz/"]  # type: ignore[attr-defined]
    ctx.store.engine.dispose()


def test_the_default_config_never_probes_a_local_address(
    tmp_path: Path, column_site: ThreadingHTTPServer
) -> None:
    url = f"http://127.0.0.1:{column_site.server_address[1]}/zjhdz/"
    ctx = ctx_with_column_mail(tmp_path, url, "timeout = 2")
    [link] = publish.check_links(ctx, END)
    assert link.check is not None and link.check.label == "地址不安全（内网地址）"
    assert column_site.paths == []  # type: ignore[attr-defined]
    html = publish.links_html(ctx, [link], END)
    assert "href" not in html  # an unsafe address is never linked on the city's page
    ctx.store.engine.dispose()
