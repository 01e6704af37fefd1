"""Mail from 泰安技师学院, 岱岳区职教中心, 新泰职专 and 新泰技工学校."""

from __future__ import annotations

from .common import (
    A,
    article_mail,
    contact_kv,
    pasted_article,
)
from .docs import Doc
from .model import RSJ, Msg
from .people import COLUMN, HOME, LIAISON, name, reg
from .texts import article, plan, stats, summary


def tajsxy() -> list[Msg]:
    s = ("泰安技师学院", reg("tajsxy"))
    to = [RSJ]
    mk = article_mail
    return [
        Msg(
            "tajsxy-plan-prose-rsj",
            "11-05 09:00",
            "python-email",
            "submission",
            "tajsxy",
            s,
            to=to,
            subject="泰安技师学院报送职业教育活动周方案等材料",
            text="市人社局职业能力建设科：\n  根据通知要求，我院已制定职业教育活动周方案"
            "（见附件），活动周"
            f"宣传专栏设在学院网站，地址为 {COLUMN['tajsxy']} 。我院活动周联络员为教务处副主任"
            "高峰同志，邮箱gaofeng@tajsxy.cn，手机13905387264，单位泰安技师学院。\n泰安技师学院\n",
            atts=A(plan("tajsxy", "泰安技师学院职业教育活动周方案.doc", "lo-doc")),
            column_url=COLUMN["tajsxy"],
            liaison=LIAISON["tajsxy"],
            traps=["rsj-mailbox", "contact-prose", "plan-doc"],
        ),
        mk("tajsxy-article-1", "11-10 10:20", "python-email", "tajsxy", s, ["python-docx"], to=to),
        mk("tajsxy-article-2", "11-12 09:50", "python-email", "tajsxy", s, ["lo-docx"], to=to),
        mk(
            "tajsxy-articles-late-1",
            "11-15 10:00",
            "python-email",
            "tajsxy",
            s,
            ["python-docx", "lo-pdf"],
            subject="补报泰安技师学院活动周宣传材料",
            to=to,
            traps=["late-article"],
        ),
        mk(
            "tajsxy-articles-late-2",
            "11-16 09:00",
            "python-email",
            "tajsxy",
            s,
            ["lo-doc", "lo-docx"],
            subject="补报泰安技师学院活动周宣传材料（二）",
            to=to,
            traps=["late-article"],
            note="Enough articles only when counting the late ones.",
        ),
        Msg(
            "tajsxy-summary-stats-xls",
            "11-16 14:30",
            "python-email",
            "submission",
            "tajsxy",
            s,
            to=to,
            subject="泰安技师学院活动周总结及统计表",
            text="总结报告和统计表见附件。\n",
            atts=A(
                summary("tajsxy", "泰安技师学院活动周总结.docx", "lo-docx"),
                stats("tajsxy", "泰安技师学院活动周情况统计表.xls", "lo-xls"),
            ),
            traps=["stats-xls"],
        ),
    ]


def dyzjzx() -> list[Msg]:
    p = ("黄丽", "huangli8306@126.com")
    sig = "\n——\n泰安市岱岳区职业教育中心 办公室 黄丽\n"
    trunc = Doc(
        "岱岳区职教中心活动周总结.docx",
        "summary",
        "dyzjzx",
        "poi",
        readable=False,
        source="document/truncated62886.docx",
    )
    return [
        article_mail(
            "dyzjzx-articles-personal-1",
            "11-09 19:20",
            "hand-coremail",
            "dyzjzx",
            p,
            ["lo-docx", "python-docx"],
            subject="活动周宣传材料",
            text="区职教中心活动周稿件两篇，请查收。" + sig,
            traps=["personal-126", "unit-in-signature"],
            note="Personal 126.com address; the school is named in the signature.",
        ),
        article_mail(
            "dyzjzx-articles-personal-2",
            "11-11 12:10",
            "hand-coremail",
            "dyzjzx",
            p,
            ["lo-pdf"],
            subject="稿件",
            text="稿件一篇。" + sig,
            traps=["personal-126", "unit-in-signature"],
        ),
        article_mail(
            "dyzjzx-articles-personal-3",
            "11-13 18:30",
            "hand-coremail",
            "dyzjzx",
            p,
            ["lo-docx", "lo-docx"],
            subject="活动周稿件2篇",
            text="请审阅。活动视频较大，用超大附件发送。\n\n从网易126邮箱发来的超大附件：\n"
            "技能下乡活动视频.mp4 (152.6M, 2020年11月28日 18:30 到期)\n"
            "下载: https://mail.126.com/large-attachment-download/index.html?"
            "p=X-NETEASE-HUGE-ATTACHMENT.1JL5pWZ5Lit5b%2BD&file=0" + sig,
            traps=["personal-126", "unit-in-signature", "163-big-attachment-link"],
            note="The 超大附件 is a download link to a video, not a file or an article.",
        ),
        Msg(
            "dyzjzx-summary-truncated",
            "11-16 15:00",
            "python-email",
            "submission",
            "dyzjzx",
            ("岱岳区职业教育中心", reg("dyzjzx")),
            subject="岱岳区职教中心活动周总结报告",
            text="总结报告见附件。\n",
            atts=A(trunc),
            traps=["truncated-docx", "poi-file"],
            note="Truncated docx (Apache POI truncated62886.docx): received, unreadable.",
        ),
    ]


def xtzz() -> list[Msg]:
    s = ("新泰市职业中等专业学校", reg("xtzz"))
    li = LIAISON["xtzz"]
    info = Doc(
        "新泰职专活动周信息表.ods",
        "other",
        "xtzz",
        "lo-ods",
        title="新泰职专职业教育活动周信息表",
        rows=[
            ["项目", "内容"],
            ["学校名称", name("xtzz")],
            ["学校网址", HOME["xtzz"]],
            ["宣传专栏", COLUMN["xtzz"]],
            ["活动周负责人", "副校长 孟庆国"],
        ],
    )
    lines = "\n".join(
        f"{k} {li[f]}"
        for k, f in (
            ("单位", "unit"),
            ("姓名", "name"),
            ("职务", "position"),
            ("邮箱", "email"),
            ("手机号码", "mobile"),
        )
    )
    out = [
        Msg(
            "xtzz-column-xlsx-contact-lines",
            "11-03 15:10",
            "s-nail",
            "submission",
            "xtzz",
            s,
            subject="新泰职专活动周宣传专栏及联络员",
            text="市教育局：\n我校活动周宣传专栏等信息见附件表格，联络员信息：\n" + lines + "\n",
            atts=A(info),
            column_url=COLUMN["xtzz"],
            liaison=li,
            opts={"charset": "gb18030,utf-8"},
            traps=["column-in-ods-cell", "contact-space-lines"],
            note="Column URL in an ods cell labelled 宣传专栏 (home page in the row above); "
            "liaison as '姓名 徐涛' lines without colons. The plan came in 新泰's zip.",
        ),
    ]
    for i, when in enumerate(
        ["11-08 18:40", "11-09 17:10", "11-11 08:50", "11-12 19:30", "11-14 15:15"], 1
    ):
        out.append(
            pasted_article(
                f"xtzz-article-{i}-text",
                when,
                "s-nail",
                "xtzz",
                s,
                opts={"charset": "gb18030,utf-8" if i % 2 else "utf-8"},
                traps=["article-in-body"],
            )
        )
    out.append(
        Msg(
            "xtzz-summary-stats",
            "11-16 11:40",
            "s-nail",
            "submission",
            "xtzz",
            s,
            subject="新泰职专活动周总结和统计表",
            text="见附件。\n",
            atts=A(
                summary("xtzz", "新泰职专活动周总结.odt", "lo-odt"),
                stats("xtzz", "新泰职专活动周统计表.xlsx", "lo-xlsx"),
            ),
            traps=["summary-odt"],
        )
    )
    return out


def xtjg() -> list[Msg]:
    s = ("新泰市技工学校", reg("xtjg"))
    to = [RSJ]
    vert = Doc(
        "新泰市技工学校联络员.docx",
        "contact",
        "xtjg",
        "python-docx",
        title="联络员信息",
        tables=[contact_kv("xtjg")],
    )
    enc = Doc(
        "新泰市技工学校活动周总结.docx",
        "summary",
        "xtjg",
        "poi",
        readable=False,
        source="document/bug53475-password-is-pass.docx",
    )
    again = article("xtjg", "{t}.docx", "lo-docx", 11)
    return [
        Msg(
            "xtjg-contact-foxmail",
            "11-04 10:15",
            "hand-foxmail",
            "submission",
            "xtjg",
            s,
            to=to,
            subject="新泰市技工学校活动周联络员信息",
            text="市人社局：\n联络员信息见附件。\n新泰市技工学校\n",
            atts=A(vert),
            liaison=LIAISON["xtjg"],
            traps=["rsj-mailbox", "contact-vertical-table"],
        ),
        Msg(
            "xtjg-column-subject-only",
            "11-06 08:20",
            "python-email",
            "submission",
            "xtjg",
            s,
            to=to,
            subject=f"新泰市技工学校活动周宣传专栏网址：{COLUMN['xtjg']}",
            text="",
            column_url=COLUMN["xtjg"],
            traps=["subject-only", "late"],
            note="The column URL is only in the subject, after the due time.",
        ),
        article_mail(
            "xtjg-article-1", "11-09 11:10", "hand-foxmail", "xtjg", s, ["lo-docx"], to=to
        ),
        article_mail("xtjg-article-2", "11-10 16:00", "hand-foxmail", "xtjg", s, ["lo-pdf"], to=to),
        Msg(
            "xtjg-article-3",
            "11-11 14:30",
            "hand-foxmail",
            "submission",
            "xtjg",
            s,
            to=to,
            subject="新泰技工学校活动周稿件：" + again.title,
            text="请审阅。\n",
            atts=A(again),
        ),
        Msg(
            "xtjg-article-3-resend",
            "11-12 10:45",
            "hand-foxmail",
            "submission",
            "xtjg",
            s,
            to=to,
            subject="（重发）新泰技工学校活动周稿件：" + again.title,
            text="重发。\n",
            atts=A(again),
            traps=["resend-identical"],
        ),
        article_mail(
            "xtjg-article-4",
            "11-13 16:20",
            "hand-foxmail",
            "xtjg",
            s,
            ["python-docx"],
            to=to,
            note="Four distinct articles in all: partial.",
        ),
        Msg(
            "xtjg-summary-encrypted",
            "11-16 17:30",
            "hand-foxmail",
            "submission",
            "xtjg",
            s,
            to=to,
            subject="新泰市技工学校活动周总结",
            text="总结见附件（已加密）。\n",
            atts=A(enc),
            traps=["encrypted-docx", "poi-file"],
            note="Encrypted docx (Apache POI bug53475-password-is-pass.docx): partial.",
        ),
    ]


def all_messages() -> list[Msg]:
    """Every message of this module."""
    out: list[Msg] = []
    for f in (
        tajsxy,
        dyzjzx,
        xtzz,
        xtjg,
    ):
        out.extend(f())
    return out
