"""read_facts on HTML bodies (Mail.body_html) and on statistics sheets with a footer."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl

from parsers.facts import read_facts
from parsers.mail import html_to_text
from parsers.model import Attachment, FieldValue, Mail, StatsField

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "html"


def html_mail(name: str) -> Mail:
    html = (SAMPLES / name).read_text(encoding="utf-8")
    # as parsers.mail gives it: the text of the HTML part, and the HTML itself
    return Mail(message_id="<m@x>", subject="活动周", from_addr="a@b.cn",
                body_text=html_to_text(html), body_html=html)  # fmt: skip


def test_outlook_body_table_gives_the_liaison_and_the_column_by_structure() -> None:
    facts = read_facts(html_mail("outlook-word.html"))
    assert facts.body_document is not None and facts.body_document.tables
    (c,) = [c for c in facts.body_contacts if c.name.value == "阎健"]
    assert c.source == "body#table 1 row 3"
    assert (c.unit.value, c.position.value, c.mobile.value, c.email.value) == (
        "泰安市岱岳区职业教育中心",
        "办公室主任",
        "13805381234",
        "yj@dyzj.cn",
    )
    assert c.role == "liaison" and c.complete
    scores = {u.url: u.column_score for u in facts.body_urls}
    assert scores["http://www.dyzj.cn/hdz2020/index.html"] > 0.9
    assert scores["http://www.dyzj.cn"] == 0  # 学校网站: the school's site, not its column


def test_foxmail_link_text_hides_the_column_and_a_wechat_column_is_named() -> None:
    facts = read_facts(html_mail("foxmail.html"))
    column = max(facts.body_urls, key=lambda u: u.column_score)
    assert column.url == "http://www.fczz.net/hdz/" and column.column_score > 0.8
    assert facts.wechat_accounts == ("肥城职专",)
    assert facts.body_document is not None
    assert facts.body_document.headings[0].text.startswith("肥城职专开展")


def test_gmail_pasted_rows_tell_the_leader_from_the_liaison() -> None:
    facts = read_facts(html_mail("gmail.html"))
    roles = {c.name.value: c.role for c in facts.body_contacts}
    assert roles["孙七"] == "leader" and roles["周八"] == "liaison"
    (liaison,) = [c for c in facts.body_contacts if c.name.value == "周八"]
    assert (liaison.position.value, liaison.email.value) == ("宣传科科长", "zb@tsvtc.edu.cn")
    assert liaison.source == "body#table 1 row 2" and liaison.mobile.value == "13805381234"
    # no 单位 in the table: an empty unit, the rules fill it from the mail's unit
    assert liaison.unit == FieldValue("", False, "缺少单位")


def test_qq_key_value_table_and_coremail_flattened_labels() -> None:
    qq = read_facts(html_mail("qqmail.html"))
    (c,) = [c for c in qq.body_contacts if c.name.value == "赵六"]
    assert (c.position.value, c.mobile.value, c.email.value) == (
        "职成股股长",
        "13805381234",
        "dpjt@163.com",
    )
    assert any(u.url == "http://www.dpjy.gov.cn/zjzl/" and u.column_score > 0.8
               for u in qq.body_urls)  # fmt: skip
    core = read_facts(html_mail("coremail-163.html"))
    (c,) = core.body_contacts
    assert (c.name.value, c.position.value, c.mobile.value, c.unit.value) == (
        "阎健",
        "教务处主任",
        "13805381234",
        "新泰市职业中等专业学校",
    )


def test_a_plain_mail_has_no_body_document() -> None:
    facts = read_facts(Mail(message_id="<p@x>", subject="s", from_addr="a@b.cn",
                            body_text="联系人：张三，手机：13805381234"))  # fmt: skip
    assert facts.body_document is None
    assert [c.name.value for c in facts.body_contacts] == ["张三"]


def test_statistics_footer_people_are_fillers_not_liaisons() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "统计表"
    ws.append(["2020年职业教育活动周情况统计表"])
    ws.append(["单位", "线上活动", "线下活动", "参与人次"])
    ws.append(["岱岳区职教中心", 3, 2, 120])
    ws.append(["填表人：张三", None, "联系电话：13805381234", None])
    ws.append(["审核人：", "李四", "填表日期：", "2020.11.15"])
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    att = Attachment("统计表.xlsx", "application/octet-stream", data,
                     hashlib.sha256(data).hexdigest())  # fmt: skip
    mail = Mail(message_id="<s@x>", subject="统计表", from_addr="a@b.cn", attachments=(att,))
    fields = (
        StatsField("unit", "单位", numeric=False),
        StatsField("online", "线上活动"),
        StatsField("offline", "线下活动"),
        StatsField("people", "参与人次"),
    )
    (file,) = read_facts(mail, fields).files
    assert file.statistics is not None and [r.label for r in file.statistics.rows] == [
        "岱岳区职教中心"
    ]
    assert file.statistics.problems == ()  # the footer is not read as a data row
    people = {c.name.value: c for c in file.contacts}
    assert people["张三"].role == "filler" and people["张三"].mobile.value == "13805381234"
    assert all(c.role == "filler" for c in file.contacts)


def test_a_link_showing_the_host_points_to_the_column_beyond_it() -> None:
    from email.message import EmailMessage

    from parsers.mail import read_mail
    from parsers.urls import best_column_url

    msg = EmailMessage()
    msg["From"] = "xcb@tsvtc.edu.cn"
    msg["To"] = "jyj-zcjk01@ta.shandong.cn"
    msg["Subject"] = "活动周方案"
    msg.set_content("专栏链接：https://www.tsvtc.edu.cn\n请查收")
    msg.add_alternative(
        '<div>专栏链接：<a href="https://www.tsvtc.edu.cn/zjhdz/2020/index.htm">'
        "https://www.tsvtc.edu.cn</a></div><div>请查收</div>",
        subtype="html",
    )
    facts = read_facts(read_mail(msg.as_bytes()))
    best = best_column_url(facts.body_urls)
    assert best is not None and best.url == "https://www.tsvtc.edu.cn/zjhdz/2020/index.htm"
    assert "https://www.tsvtc.edu.cn" not in [u.url for u in facts.body_urls]
