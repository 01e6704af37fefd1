"""read_html on bodies as real mail clients write them (tests/samples/html) and on the
structures that matter: spans, nested tables, line breaks in cells, titles, links."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.html import MAX_HTML, read_html
from parsers.model import Heading, ReadStatus

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "html"


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_outlook_word_html_spans_line_breaks_and_links() -> None:
    doc = read_html(sample("outlook-word.html"))
    assert (doc.status, doc.kind) == (ReadStatus.OK, "html")
    (table,) = doc.tables
    assert table.rows == (
        ("单位", "联络员", "联络员", "手机号码", "邮箱"),  # colspan repeated
        ("单位", "姓名", "职务", "手机号码", "邮箱"),  # rowspan repeated
        ("泰安市岱岳区\n职业教育中心", "阎健", "办公室主任", "138 0538 1234", "yj@dyzj.cn"),
    )
    assert table.name == "table 1"
    assert "o:p" not in doc.text and "font-face" not in doc.text and "mso" not in doc.text
    lines = doc.text.splitlines()
    assert lines[0] == "田老师："
    assert "泰安市岱岳区 职业教育中心\t阎健\t办公室主任\t138 0538 1234\tyj@dyzj.cn" in lines
    # a link whose text hides its address gets the address; one that shows it does not
    assert "学校网站：www.dyzj.cn" in lines
    assert "活动周宣传专栏：http://www.dyzj.cn/hdz2020/index.html" in lines
    assert doc.headings == ()  # a greeting is no title


def test_foxmail_bold_headline_is_the_title_and_scripts_are_dropped() -> None:
    doc = read_html(sample("foxmail.html"))
    assert doc.headings[0] == Heading(0, "肥城职专开展“技能进社区”志愿服务活动")
    assert "活动周专栏：点击进入 http://www.fczz.net/hdz/" in doc.text.splitlines()
    assert "13800000000" not in doc.text and "line-height" not in doc.text
    assert "手机：13905381234 邮箱：ww@fczz.net" in doc.text.splitlines()


def test_qq_mail_key_value_table_and_signature() -> None:
    doc = read_html(sample("qqmail.html"))
    (table,) = doc.tables
    assert table.rows[0] == ("姓名", "赵六") and table.rows[3] == ("邮箱", "dpjt@163.com")
    assert doc.text.splitlines()[-1] == "东平县教育和体育局"


def test_coremail_large_font_first_line_is_the_title() -> None:
    doc = read_html(sample("coremail-163.html"))
    assert doc.headings == (Heading(0, "新泰市职业教育活动周启动仪式隆重举行"),)
    assert "联系人 阎健 教务处主任 13805381234" in doc.text.splitlines()


def test_gmail_pasted_spreadsheet_rows() -> None:
    doc = read_html(sample("gmail.html"))
    (table,) = doc.tables
    assert [row[0] for row in table.rows] == ["分管领导", "联络员"]
    assert doc.text.splitlines()[-1] == "周八"


def test_headings_by_level_and_nested_tables() -> None:
    html = (
        "<h1>活动周总结</h1><h3>一、<em>基本</em>情况</h3>"
        "<table><tr><td>外层</td><td><table><tr><td>内 A</td><td>内 B</td></tr></table>"
        "</td></tr><tr><th>姓名</th><td>张三<br/>李四</td></tr></table>"
    )
    doc = read_html(html)
    assert doc.headings == (Heading(1, "活动周总结"), Heading(3, "一、基本情况"))
    outer, inner = doc.tables
    assert (outer.name, inner.name) == ("table 1", "table 2")
    assert inner.rows == (("内 A", "内 B"),)
    assert outer.rows[0] == ("外层", "内 A\t内 B")  # the nested table's text stays in its cell
    assert outer.rows[1] == ("姓名", "张三\n李四")


def test_overlapping_spans_fill_every_covered_cell() -> None:
    html = (
        "<table><tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>"
        "<tr><td>C</td></tr><tr><td>D</td><td colspan=999>E</td></tr></table>"
    )
    (table,) = read_html(html).tables
    assert [row[:3] for row in table.rows[:2]] == [("A", "A", "B"), ("A", "A", "C")]
    assert table.rows[2][:2] == ("D", "E") and len(table.rows[2]) <= 64


@pytest.mark.parametrize("html", ["", "   ", "<html><head><style>p{}</style></head></html>"])
def test_no_text_is_empty(html: str) -> None:
    assert read_html(html).status is ReadStatus.EMPTY


def test_input_is_bounded_and_deep_nesting_does_not_raise() -> None:
    doc = read_html("<p>开头</p>" + "<div>" * 5000 + "深处" + "</div>" * 5000)
    assert doc.status is ReadStatus.OK and doc.text.startswith("开头")
    huge = read_html("<p>" + "很长的正文" * (MAX_HTML // 5) + "</p><p>尾巴</p>")
    assert "尾巴" not in huge.text and huge.status is ReadStatus.OK
