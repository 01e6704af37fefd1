"""The publishing pages in Debian's chromium (Playwright): mark an article 推荐 on a phone
and find it in the list, copy the fragment for the city's page with the 复制 HTML button,
and every publishing page at 390 px without sideways scrolling.

Screenshots land in tests/web/out/ (git-ignored).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from intake.context import Context
from intake.store import AuditRow
from tests.web.test_browser import PHONE, _login, _shots, browser, page, served

pytestmark = pytest.mark.server

__all__ = ["browser", "page", "served"]  # the fixtures of the console's browser tests


def test_mark_an_article_recommended_on_a_phone(page: Any, served: str, demo_ctx: Context) -> None:
    page.set_viewport_size(PHONE)
    _login(page, served, "/articles")
    row = page.locator('tr[data-ref="a31"]')
    assert row.locator(".chip").count() == 0
    row.locator('form[action="/act/recommend"] input[name=note]').fill("典型案例，推荐大众网")
    row.locator('form[action="/act/recommend"] button').click()
    page.wait_for_url(served + "/articles#art-a31")
    assert "已标记为推荐：典型案例，推荐大众网" in page.inner_text(".flash")
    row = page.locator('tr[data-ref="a31"]')
    assert row.locator(".chip").inner_text() == "推荐"
    assert "典型案例，推荐大众网" in row.inner_text() and "（wang）" in row.inner_text()
    assert row.locator('form[action="/act/unrecommend"] button').inner_text() == "取消推荐"

    page.select_option("select[name=rec]", "yes")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(served + "/articles?unit=&rec=yes&q=")
    assert page.locator("tr[data-ref]").count() == 1
    assert page.get_attribute("tr[data-ref]", "data-ref") == "a31"
    assert page.is_visible('a[href="/articles/recommended.zip"]')
    assert _shots(page, "articles-recommended") <= 390  # no sideways scrolling on a phone
    assert page.errors == []  # no script error, no CSP violation
    with demo_ctx.store.session() as s:
        audits = [(a.user, a.action, a.target) for a in s.scalars(select(AuditRow))]
    assert audits == [("wang", "recommend", "a31")]


def test_copy_the_html_for_the_city_and_the_pages_fit_a_phone(page: Any, served: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served)
    _login(page, served, "/links/html")
    page.click('button[data-copy="links-fragment"]')
    page.wait_for_function("document.getElementById('links-fragment-note').textContent !== ''")
    assert page.inner_text("#links-fragment-note") == "已复制"
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.input_value("#links-fragment")
    assert copied.startswith('<div class="activity-week-links"')  # the HTML itself, as text
    assert page.locator("main .activity-week-links").count() == 0  # never rendered
    for path, name in (
        ("/links", "links"),
        ("/bulletin?date=2020-11-16", "bulletin"),
        ("/downloads", "downloads"),
        ("/articles", "articles"),
    ):
        page.goto(served + path)
        assert _shots(page, name) <= 390, path
    assert "微信工作群文字版" in page.goto(served + "/bulletin").text()
    assert page.errors == []
