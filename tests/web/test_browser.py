"""The console in a real browser: Debian's chromium driven by Playwright, over the demo's
store served by uvicorn on a free port. What only a browser shows: the login flow, the
matrix as a person reads it, a correction end to end, the phone layout at 390 px, new mail
appearing without a reload, and script from mail staying text.

Screenshots at 1280 and 390 px are kept under tests/web/out/ (git-ignored).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from intake import jobs
from intake.context import Context
from intake.web.app import create_app
from intake.web.server import WebServer
from tests.fixtures.servers import IN_CI, require_binary
from tests.intake.helpers import deliver_maildir, docx_bytes, mail
from tests.web.conftest import OUT, PASSWORD

pytestmark = pytest.mark.server

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WIDE, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = require_binary("chromium", "/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        message = "playwright is not installed (pip install -e '.[dev]')"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def served(demo_ctx: Context, frozen: datetime, staff: str) -> Iterator[str]:
    """The console over the demo's store on a free port; its base URL."""
    server = WebServer(create_app(demo_ctx, clock=lambda: frozen), "127.0.0.1", 0)
    server.start()
    yield server.url.rstrip("/")
    server.stop()


@pytest.fixture()
def page(browser: Any, served: str) -> Iterator[Any]:
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    context.set_default_timeout(20_000)
    tab = context.new_page()
    tab.errors = []  # script errors and CSP violations would show up here
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on(
        "console",
        lambda m: (
            tab.errors.append(m.text) if m.type == "error" and "favicon" not in m.text else None
        ),
    )
    yield tab
    context.close()


def _login(tab: Any, base: str, path: str = "/") -> None:
    tab.goto(base + path)
    assert "/login" in tab.url
    tab.fill("input[name=name]", "wang")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("form.login button[type=submit]")
    tab.wait_for_url(base + path)


def _shots(tab: Any, name: str) -> int:
    """Screenshots at 1280 and 390 px; the page's width at 390 px."""
    OUT.mkdir(exist_ok=True)
    tab.set_viewport_size(WIDE)
    tab.screenshot(path=str(OUT / f"{name}-1280.png"), full_page=True)
    tab.set_viewport_size(PHONE)
    tab.screenshot(path=str(OUT / f"{name}-390.png"), full_page=True)
    width = tab.evaluate("document.documentElement.scrollWidth")
    tab.set_viewport_size(WIDE)
    return width


def _cell(tab: Any, unit: str, requirement: str) -> str:
    return tab.inner_text(f'tr[data-unit="{unit}"] td[data-requirement="{requirement}"] .label')


def test_without_login_the_browser_lands_on_the_login_page(page: Any, served: str) -> None:
    for path in ("/", "/unit/taishan", "/problems", "/audit"):
        page.goto(served + path)
        assert page.url.startswith(served + "/login")
        assert page.is_visible("input[name=password]")
    page.fill("input[name=name]", "wang")
    page.fill("input[name=password]", "not the password")
    page.click("form.login button[type=submit]")
    assert "用户名或密码错误" in page.inner_text("main")


def test_log_in_and_read_the_matrix(page: Any, served: str) -> None:
    _login(page, served, "/unit/taishan")  # back to where the login was asked for
    page.goto(served + "/")
    assert page.inner_text("h1").startswith("报送总览")
    assert _cell(page, "taishan", "plan") == "逾期补交"
    assert _cell(page, "daiyue", "articles") == "完成"
    assert _cell(page, "taishan", "articles") == "部分（3/5）逾期"
    assert _cell(page, "ningyang", "plan") == "逾期"
    colour = page.eval_on_selector(
        'tr[data-unit="daiyue"] td[data-requirement="plan"]',
        "e => getComputedStyle(e).backgroundColor",
    )
    assert colour == "rgb(198, 239, 206)"  # the digest's #c6efce for 完成
    assert page.inner_text('tr[data-unit="daiyue"] td.tally') == "6/6"
    page.click('tr[data-unit="taishan"] td[data-requirement="articles"] a')
    page.wait_for_url(served + "/unit/taishan#req-articles")
    assert "泰山区教体局校园开放日活动新闻稿.docx" in page.inner_text("#req-articles")
    assert page.errors == []


def test_assign_a_problem_mail_and_see_the_cell_and_the_audit_change(
    page: Any, served: str
) -> None:
    _login(page, served)
    assert _cell(page, "taishan", "articles") == "部分（3/5）逾期"
    page.goto(served + "/problems")
    card = page.locator("#problem-m15")
    assert "未识别单位" in card.inner_text() and "lihua_1988@163.com" in card.inner_text()
    card.locator("select[name=unit]").select_option("taishan")
    card.locator("form[action='/act/assign'] input[name=note]").fill("电话确认：泰山区的稿件")
    card.locator("form[action='/act/assign'] button").click()
    page.wait_for_url(served + "/problems")
    assert "邮件 #15 已归入泰安市泰山区教育和体育局，并记住发件地址" in page.inner_text(".flash")
    assert page.locator("#problem-m15").count() == 0
    page.goto(served + "/")
    assert _cell(page, "taishan", "articles") == "部分（4/5）逾期"
    page.goto(served + "/audit")
    row = page.locator("#audit-list tbody tr").first.inner_text()
    assert "wang" in row and "归入单位" in row and "#15" in row and "电话确认：泰山区的稿件" in row
    assert "unassigned -> taishan" in row and "lihua_1988@163.com remembered" in row


def test_screenshots_and_the_phone_layout_at_390px(page: Any, served: str) -> None:
    _login(page, served)
    for path, name in (
        ("/", "overview"),
        ("/unit/taishan", "unit"),
        ("/problems", "problems"),
        ("/mail", "mail"),
        ("/mail/15", "message"),
        ("/sent", "sent"),
        ("/audit", "audit"),
    ):
        page.goto(served + path)
        width = _shots(page, name)
        assert width <= PHONE["width"], f"{path} scrolls sideways at 390 px ({width} px)"
        assert (OUT / f"{name}-390.png").stat().st_size > 0
    page.goto(served + "/")
    page.set_viewport_size(PHONE)
    display = page.eval_on_selector('tr[data-unit="taishan"]', "e => getComputedStyle(e).display")
    chip = page.eval_on_selector(
        'tr[data-unit="taishan"] td[data-requirement="plan"]', "e => getComputedStyle(e).display"
    )
    assert display == "block" and chip == "inline-block"  # one block per unit, state chips
    assert (
        page.inner_text('tr[data-unit="taishan"] td[data-requirement="plan"]')
        == "活动周方案：逾期补交"
    )
    assert not page.is_visible("table.matrix thead")


def test_a_new_mail_shows_up_without_reloading(
    page: Any, served: str, demo_ctx: Context, frozen: datetime
) -> None:
    _login(page, served)
    page.evaluate("window.notReloaded = true")
    assert "新泰市职业中等专业学校活动周方案" not in page.inner_text("#recent")
    msg = mail(
        sender="xtzz@ta.shandong.cn",
        subject="新泰市职业中等专业学校活动周方案",
        files=[
            ("新泰市职业中等专业学校活动周方案.docx", docx_bytes("活动周实施方案", "一、活动安排"))
        ],
        when=frozen,
    )
    deliver_maildir(demo_ctx.settings.path(demo_ctx.settings.mailbox.endpoint.path), msg)
    poll = threading.Thread(target=jobs.poll_once, args=(demo_ctx,), kwargs={"now": frozen})
    poll.start()  # the daemon's poll, beside the open page
    poll.join(60)
    # the page polls /live every [web] refresh_seconds (10 s) and swaps in what changed
    page.locator("#recent", has_text="新泰市职业中等专业学校活动周方案").wait_for(timeout=30_000)
    assert page.evaluate("window.notReloaded") is True
    assert _cell(page, "xtzz", "plan") == "逾期补交"
    assert "已自动更新" in page.inner_text("#live-note")


def test_script_in_a_subject_and_a_file_name_is_shown_as_text(
    page: Any, served: str, demo_ctx: Context, frozen: datetime
) -> None:
    msg = mail(
        sender="mallory@163.com",
        subject='活动周<script>window.pwned=1</script><img src=x onerror="window.pwned=2">',
        files=[("<script>window.pwned=3</script>.docx", docx_bytes("活动周宣传稿", "正文"))],
        when=frozen,
    )
    deliver_maildir(demo_ctx.settings.path(demo_ctx.settings.mailbox.endpoint.path), msg)
    jobs.poll_once(demo_ctx, now=frozen)
    _login(page, served, "/problems")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/problems", "/mail", "/"):
        page.goto(served + path)
        text = page.inner_text("main")
        assert "<script>window.pwned=1</script>" in text
        assert page.evaluate("window.pwned") is None
    page.goto(served + "/problems")
    assert "<script>window.pwned=3</script>.docx" in page.inner_text("main")
    assert page.evaluate("window.pwned") is None and dialogs == []


def test_reject_a_file_and_see_the_mail_queued(page: Any, served: str) -> None:
    pytest.importorskip("intake.overrides", reason="intake.overrides (the lead's backend)")
    _login(page, served, "/problems")
    page.on("dialog", lambda d: d.accept())  # 确定退回？
    card = page.locator("#problem-a39")
    card.locator("textarea[name=reason]").fill("总结报告文件已损坏，请重新发送")
    card.locator("form[action='/act/reject'] button").click()
    page.wait_for_url(served + "/problems")
    assert "请重新报送" in page.inner_text(".flash")
    page.goto(served + "/sent?state=queued")
    queued = page.inner_text("#sent-list")
    assert "请重新报送" in queued and "tsvtc.edu.cn" in queued
    _shots(page, "sent-reject")
