"""宣传专栏 in the console: 检查链接 runs the safe checker of `intake links --check` in the
background against a real local site (one run at a time, the page refreshed when it ends),
the default policy never probes a local address, and the fragment for the city's page is
shown as text, never rendered."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

import pytest

from intake import jobs, publish
from intake.config import parse_config
from intake.context import Context
from intake.users import add_user
from tests.intake.helpers import ROOT, TZ, deliver_maildir, mail
from tests.web.conftest import Wall, csrf_of, login, make_client

END = datetime(2020, 11, 17, 23, 0, tzinfo=TZ)
JOB_WAIT = 60.0  # a safety net for a hung run, never a measured duration


class ColumnSite(BaseHTTPRequestHandler):
    """A county's column page; it answers only once the test opens the gate."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        self.server.gate.wait(JOB_WAIT)  # type: ignore[attr-defined]
        body = "<title>岱岳区职业教育活动周</title>".encode()
        self.send_response(200 if self.path == "/zjhdz/" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def site() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ColumnSite)
    server.daemon_threads = True
    server.paths = []  # type: ignore[attr-defined]
    server.gate = threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.gate.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()


def _ctx(tmp_path: Path, url: str, links: str) -> Context:
    """The default campaign with `[links]` set and one county's column mail taken in."""
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


@pytest.fixture()
def open_ctx() -> Iterator[list[Context]]:
    made: list[Context] = []
    yield made
    for ctx in made:
        ctx.store.engine.dispose()


def _client(ctx: Context, wall: Wall):  # -> TestClient, logged in as wang
    add_user(ctx.store, "wang", "correct horse battery", now=wall())
    client = make_client(ctx, END, wall)
    assert login(client, password="correct horse battery").status_code == 303
    return client


def _flash(answer) -> str:
    raw = answer.headers["set-cookie"].split("intake_flash=", 1)[1].split(";", 1)[0]
    return unquote(raw.strip('"'))


def _row(page: str, unit: str) -> str:
    return page.split(f'data-unit="{unit}"', 1)[1].split("</tr>", 1)[0]


def test_check_links_in_the_background_one_run_at_a_time(
    tmp_path: Path, site: ThreadingHTTPServer, wall: Wall, open_ctx: list[Context]
) -> None:
    url = f"http://127.0.0.1:{site.server_address[1]}/zjhdz/"
    ctx = _ctx(tmp_path, url, "allow_private = true\ntimeout = 30")
    open_ctx.append(ctx)
    client = _client(ctx, wall)
    before = client.get("/links")
    assert "共18个单位，已报送专栏地址1个，检查可访问0个。" in before.text
    assert "未检查" in _row(before.text, "daiyue") and f'href="{url}"' not in before.text
    stamp = client.get("/live").json()["v"]
    token = csrf_of(before.text)

    started = client.post("/links/check", data={"csrf": token})
    assert started.status_code == 303 and "已开始在后台检查链接" in _flash(started)
    running = client.get("/links").text  # the site has not answered: the run goes on
    assert "正在后台检查链接（wang" in running and "disabled" in running
    again = client.post("/links/check", data={"csrf": token})
    assert "链接检查正在进行中" in _flash(again)
    console = client.app.state.console
    assert console.jobs.state("linkcheck").running

    site.gate.set()  # type: ignore[attr-defined]
    state = console.jobs.wait("linkcheck", JOB_WAIT)
    assert state is not None and not state.running and state.error == ""
    assert state.summary == "检查了1个链接：可访问1个，无法访问或不安全0个。"
    assert site.paths == ["/zjhdz/"]  # type: ignore[attr-defined]  # one run, one request
    assert client.get(f"/live?v={stamp}").json()["changed"] is True  # open pages refresh
    after = client.get("/links").text
    row = _row(after, "daiyue")
    assert "可访问" in row and "岱岳区职业教育活动周" in row
    assert f'<a class="mono" href="{url}" rel="noopener noreferrer" target="_blank">' in row
    assert "检查可访问1个" in after and "上次检查（wang" in after
    # remembered in the store: what `intake links` shows without checking again
    [stored] = publish.column_links(ctx)
    assert stored.check is not None and stored.check.label == "可访问"


def test_the_default_policy_never_probes_a_local_address(
    tmp_path: Path, site: ThreadingHTTPServer, wall: Wall, open_ctx: list[Context]
) -> None:
    site.gate.set()  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{site.server_address[1]}/zjhdz/"
    ctx = _ctx(tmp_path, url, "timeout = 5")
    open_ctx.append(ctx)
    client = _client(ctx, wall)
    client.post("/links/check", data={"csrf": csrf_of(client.get("/links").text)})
    state = client.app.state.console.jobs.wait("linkcheck", JOB_WAIT)
    assert state is not None and state.summary.endswith("无法访问或不安全1个。")
    assert site.paths == []  # type: ignore[attr-defined]
    row = _row(client.get("/links").text, "daiyue")
    assert "地址不安全（内网地址）" in row and "href=" not in row.split("</td>", 1)[1]


def test_the_fragment_for_the_city_is_text_to_copy(
    tmp_path: Path, site: ThreadingHTTPServer, wall: Wall, open_ctx: list[Context]
) -> None:
    url = f"http://127.0.0.1:{site.server_address[1]}/zjhdz/"
    ctx = _ctx(tmp_path, url, "timeout = 5")
    open_ctx.append(ctx)
    client = _client(ctx, wall)
    page = client.get("/links/html")
    assert page.status_code == 200
    fragment = publish.links_html(ctx, publish.column_links(ctx), END)
    shown = page.text.split('id="links-fragment"', 1)[1].split(">", 1)[1].split("</textarea>")[0]
    assert html.unescape(shown) == fragment  # exactly what `intake links -o` writes
    assert '<div class="activity-week-links"' not in page.text  # never rendered
    assert "&lt;div class=&#34;activity-week-links&#34;" in page.text
    assert 'data-copy="links-fragment"' in page.text
    download = client.get("/links/html/download")
    assert download.status_code == 200 and download.content.decode("utf-8") == fragment
    disposition = download.headers["content-disposition"]
    assert disposition.startswith("attachment; ") and disposition.endswith(".html")
    assert download.headers["content-type"] == "application/octet-stream"


def test_a_job_that_fails_keeps_its_error_and_lets_the_next_run_start() -> None:
    from intake.web.jobs import Jobs

    jobs_ = Jobs(lambda: END)

    def broken() -> str:
        raise OSError("network is unreachable")

    assert jobs_.start("linkcheck", broken, who="wang", now=END)
    state = jobs_.wait("linkcheck", JOB_WAIT)
    assert state is not None and not state.running
    assert (state.error, state.summary, state.who) == ("network is unreachable", "", "wang")
    assert jobs_.generation == 2  # started, ended: open pages refresh twice
    assert jobs_.start("linkcheck", lambda: "好", who="li", now=END)
    assert jobs_.wait("linkcheck", JOB_WAIT).summary == "好"
