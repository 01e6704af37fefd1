"""The column link list: one row per unit in the notice's order, the latest URL current, and
an HTML fragment that links only working, safe web addresses."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from outbox.links import (
    ColumnLink,
    LinkCheck,
    LinkState,
    is_web_url,
    link_rows,
    render_links_html,
    render_links_text,
)
from rules.campaign import Campaign

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2020, 11, 6, 9, 0, tzinfo=TZ)


def t(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def ok(url: str) -> LinkCheck:
    return LinkCheck(url, LinkState.OK, t(5), 200, url, "专栏")


LINKS = [
    ColumnLink("daiyue", "http://old.dyjyj.gov.cn/", t(3), ok("http://old.dyjyj.gov.cn/")),
    ColumnLink(
        "daiyue", "http://www.dyjyj.gov.cn/zjhdz/", t(4), ok("http://www.dyjyj.gov.cn/zjhdz/")
    ),
    ColumnLink("daiyue", "http://old.dyjyj.gov.cn/", t(5)),  # sent again: still the old one
    ColumnLink(
        "taishan",
        "http://www.tsjy.gov.cn/zthd/zjhdz.html",
        t(4),
        LinkCheck("http://www.tsjy.gov.cn/zthd/zjhdz.html", LinkState.HTTP_ERROR, t(5), 404),
    ),
    ColumnLink(
        "feicheng",
        "http://10.0.0.8/hdz/",
        t(4),
        LinkCheck("http://10.0.0.8/hdz/", LinkState.UNSAFE, t(5)),
    ),
    ColumnLink("tsvtc", 'javascript:alert("x")', t(4)),
    ColumnLink("dyzjzx", 'http://www.dyzjzx.com/hdz?a=1&b="><script>', t(4)),
    ColumnLink("xintai", "http://www.xtjy.net/zjzl/", t(4)),
]


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.items: list[str] = []
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href, self._text = dict(attrs).get("href") or "", ""
        if tag == "li":
            self.items.append("")

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text += data
        if self.items:
            self.items[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._text, self._href))
            self._href = None


def test_one_row_per_unit_counties_first_latest_url_current(campaign: Campaign) -> None:
    rows = link_rows(campaign, LINKS)
    assert [r.unit.id for r in rows] == [
        *(u.id for u in campaign.units if u.kind == "county"),
        *(u.id for u in campaign.units if u.kind == "school"),
    ]
    by_id = {r.unit.id: r for r in rows}
    daiyue = by_id["daiyue"]
    assert daiyue.link is not None and daiyue.link.url == "http://www.dyjyj.gov.cn/zjhdz/"
    assert [e.url for e in daiyue.earlier] == ["http://old.dyjyj.gov.cn/"]
    assert daiyue.state_label == "可访问" and daiyue.tone == "done"
    assert by_id["taishan"].state_label == "无法访问（404）" and by_id["taishan"].tone == "overdue"
    assert by_id["feicheng"].state_label == "地址不安全（内网地址）"
    assert by_id["xintai"].state_label == "未检查" and by_id["xintai"].tone == "missing"
    assert by_id["dongping"].link is None and by_id["dongping"].state_label == "未报送"


def test_the_fragment_links_only_working_safe_addresses(campaign: Campaign) -> None:
    html = render_links_html(campaign, LINKS, NOW)
    assert "<html" not in html and "<head" not in html and "<style" not in html
    parser = Anchors()
    parser.feed(html)
    assert dict(parser.links) == {
        "泰安市岱岳区教育和体育局": "http://www.dyjyj.gov.cn/zjhdz/",
        "新泰市教育和体育局": "http://www.xtjy.net/zjzl/",  # not checked yet: linked
        "泰安市岱岳区职业教育中心": 'http://www.dyzjzx.com/hdz?a=1&b="><script>',
    }
    assert "<script>" not in html and "javascript:" not in html
    items = {re.sub(r"（.*）$", "", i.strip()): i.strip() for i in parser.items}
    assert items["泰安市泰山区教育和体育局"].endswith("（链接暂无法访问）")
    assert items["肥城市教育和体育局"].endswith("（链接暂无法访问）")
    assert items["泰山职业技术学院"].endswith("（地址有误）")
    assert items["东平县教育和体育局"].endswith("（暂未报送）")
    assert len(parser.items) == len(campaign.units)
    assert html.index("各县市区") < html.index("各职业院校")
    assert html.index("泰安市泰山区教育和体育局") < html.index("泰山职业技术学院")
    assert "共18个单位，已开通链接3个；更新于2020年11月6日" in html
    assert 'rel="noopener noreferrer"' in html


def test_web_urls() -> None:
    assert is_web_url("https://www.tsvtc.edu.cn/zjhdz/")
    assert is_web_url(" HTTP://WWW.TSJY.GOV.CN/ ")
    for text in (
        "javascript:alert(1)",
        "www.dyzjzx.com/hdz",
        "ftp://x.cn/",
        "http://",
        "mailto:a@b",
    ):
        assert not is_web_url(text), text


def test_terminal_lines(campaign: Campaign) -> None:
    lines = render_links_text(campaign, LINKS)
    assert (
        lines[1]
        == "泰安市岱岳区教育和体育局\t可访问\t11月4日 10:00\thttp://www.dyjyj.gov.cn/zjhdz/"
    )
    assert lines[4].startswith("宁阳县教育和体育局\t未报送")
