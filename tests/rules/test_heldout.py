"""A held-out check: mails written by someone other than the rules' author, in shapes the
labelled corpus does not use, run through the real parsers and rules. Wrong is never
allowed; unassigned is allowed only where the mail itself is ambiguous."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest

from parsers.facts import read_facts
from parsers.mail import read_mail
from rules.campaign import Campaign
from rules.judge import judge
from rules.model import Known
from tests.intake.helpers import docx_bytes

XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def build(
    sender: str,
    subject: str | None,
    body: str,
    files: list[tuple[str, bytes]] = (),
    charset: str = "utf-8",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "jyj-zcjk01@ta.shandong.cn"
    if subject is not None:
        msg["Subject"] = subject
    msg["Date"] = "Wed, 04 Nov 2020 16:20:00 +0800"
    msg.set_content(body, charset=charset)
    for name, data in files:
        kind = XLSX if name.endswith(".xlsx") else DOCX
        msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    return msg.as_bytes()


CASES = [
    # (sender, subject, body, files, expected unit, expected categories)
    (
        '"宁阳教体局职成股" <2280012345@qq.com>',
        "回复：关于做好2020年泰安市职业教育活动周相关工作的通知",
        "市局：\n  宁阳县教体局活动周方案见附件，请审阅。\n宁阳县教育和体育局职成股",
        [
            (
                "宁阳县活动周实施方案.docx",
                docx_bytes("宁阳县2020年职业教育活动周实施方案", "为贯彻落实市局通知要求……"),
            )
        ],
        "ningyang",
        ["plan"],
    ),
    (
        "xtzz_office@126.com",
        "新泰市职业中专—活动周宣传专栏网址",
        "您好，我校活动周宣传专栏网址为：http://www.xtzz.net/zt/2020hdz/ ，请查收。\n"
        "新泰市职业中专 办公室",
        [],
        "xtzz",
        [],
    ),
    (
        "dpzz2020@163.com",
        None,
        "联络员信息见附件",
        [
            (
                "附件1：联络员信息表（东平职专）.xlsx",
                xlsx_bytes(
                    [
                        ["单位", "姓名", "职务", "邮箱", "手机号码"],
                        [
                            "东平县职业中等专业学校",
                            "赵强",
                            "教务处主任",
                            "dpzz2020@163.com",
                            "15905381234",
                        ],
                    ]
                ),
            )
        ],
        "dpzz",
        ["contact"],
    ),
    (
        "someone@126.com",
        "Fw: activity week plan",
        "---------- Forwarded message ---------\nFrom: teacher <t1@126.com>\n\nplease see attached",
        [("plan.docx", docx_bytes("东平县职业中等专业学校职业教育活动周实施方案", "一、指导思想"))],
        "dpzz",
        ["plan"],
    ),
    (
        "lyh@163.com",
        "泰安市新泰市职业中等专业学校活动周总结",
        "附件为我校活动周总结，请查收。",
        [
            (
                "总结.docx",
                docx_bytes(
                    "新泰市职业中等专业学校2020年职业教育活动周工作总结",
                    "活动周期间，我校认真落实……取得良好成效。",
                ),
            )
        ],
        "xtzz",
        ["summary"],
    ),
    (
        "news@163.com",
        "肥城职专、新泰职专联合开展技能展示活动",
        "两校联合开展活动，报道见附件。",
        [("联合报道.docx", docx_bytes("两校联合开展技能展示", "11月10日，肥城职专与新泰职专……"))],
        None,
        ["article"],
    ),
    (
        "wang.teacher@qq.com",
        "稿件：岱岳职教中心开展“技能进社区”活动",
        "王老师\n泰安市岱岳区职业教育中心\n手机：13953812345",
        [
            (
                "技能进社区.docx",
                docx_bytes(
                    "岱岳区职教中心开展技能进社区活动",
                    "本报讯 11月11日，岱岳区职业教育中心组织师生……",
                ),
            )
        ],
        "dyzjzx",
        ["article"],
    ),
    (
        "fczz@ta.shandong.cn",
        "宣传稿件",
        "转来我校与新泰市职业中等专业学校合作开展活动的报道。",
        [
            (
                "校际交流.docx",
                docx_bytes(
                    "肥城职专赴新泰职专开展校际交流",
                    "11月12日，我校教师一行到新泰市职业中等专业学校交流……",
                ),
            )
        ],
        "fczz",
        ["article"],
    ),
    (
        "jzh1985@qq.com",
        "岱岳区教体局报送活动周宣传稿件",
        "宣传稿件见附件。",
        [
            (
                "职教中心开放日.docx",
                docx_bytes(
                    "岱岳区职业教育中心举办网络校园开放日",
                    "11月9日，泰安市岱岳区职业教育中心举办……",
                ),
            )
        ],
        "dyzjzx",  # a bureau reporting its school's article: the school's (issue 15-D)
        ["article"],
    ),
    (
        "hulixueyuan@163.com",
        "泰山护理职院活动周方案",
        "附件是我院的活动周方案。",
        [("方案.docx", docx_bytes("职业教育活动周实施方案", "一、"))],
        "tshlxy",
        ["plan"],
    ),
]


def _judge(campaign: Campaign, case: int):
    sender, subject, body, files, _, _ = CASES[case]
    charset = "gb2312" if case % 2 else "utf-8"  # half of them as Foxmail/QQ write GB2312
    mail = read_mail(build(sender, subject, body, files, charset=charset))
    return judge(read_facts(mail), campaign, Known())


@pytest.mark.parametrize("case", range(len(CASES)))
def test_heldout_mail_is_never_filed_wrongly(campaign: Campaign, case: int) -> None:
    unit, categories = CASES[case][4], CASES[case][5]
    verdict = _judge(campaign, case)
    assert verdict.unit.unit_id in (unit, None), verdict.unit  # unassigned is safe, wrong is not
    assert [d.category.category for d in verdict.files] == categories


def test_heldout_unit_accuracy(campaign: Campaign) -> None:
    """Measured, not tuned: of these 10, one (a bureau relaying an article whose title names
    its own school) is left for staff as ambiguous; the rest are right."""
    right = sum(_judge(campaign, i).unit.unit_id == CASES[i][4] for i in range(len(CASES)))
    assert right >= len(CASES) - 1
