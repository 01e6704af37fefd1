"""set12's mail by NeoMutt and Python's email compat32: a fifth article after the week from a
teacher's 126 box naming the college only in the document's page header (lmkj); a resend of
the same two files that counts once (tsvtc); a county 代报 of a school's table before the
school's own, late one (dongping for dpzj); a scripted spoof of a registered 163 address and a
scripted bulk advert."""

from __future__ import annotations

from .build import Builder, send
from .docmake import art, blocks, docx, f, sheet, stats_rows
from .mime import Att
from .notsubs import _other
from .who import U


def lmkj_late(b: Builder) -> None:
    doc = docx(
        ["header", "山东力明科技职业学院 宣传统战部"],
        *blocks(
            "中医药传统技能展示走进泰山脚下", "11月14日，中医专业师生在红门广场展示传统推拿技法。"
        ),
    )
    send(
        b,
        U["lmkj"],
        "11-15 09:00",
        "neomutt",
        "补一篇活动周稿件",
        "老师好，补一篇活动周稿件，请查收。\n小韩\n",
        [
            art(
                "稿件5.docx",
                doc,
                "lmkj",
                note="the college only in the page header; after the week",
            )
        ],
        sender="hanxue_lm@126.com",
        sender_name="han xue",
        note="a teacher's 126 box, the college only in the document's page header",
    )


def tsvtc_resend(b: Builder) -> None:
    m = [
        docx(
            *blocks("泰山职院举办技能大师进校园活动", "11月12日，3位齐鲁首席技师走进学院实训中心。")
        ),
        docx(
            *blocks(
                "泰山职院师生为泰山景区游客提供志愿服务", "旅游管理专业学生在景区开展文明引导服务。"
            )
        ),
    ]
    send(
        b,
        U["tsvtc"],
        "11-12 18:10",
        "neomutt",
        "重发：泰山职院活动周稿件2篇",
        "刚才的附件有老师反映打不开，重发一次，内容未变。\n陈静\n",
        [
            art("泰山职院举办技能大师进校园活动.docx", m[0], "tsvtc", note="a resend: counts once"),
            art(
                "泰山职院师生为景区游客提供志愿服务.docx",
                m[1],
                "tsvtc",
                note="a resend: counts once",
            ),
        ],
    )


def dongping_for_dpzj(b: Builder) -> None:
    st = sheet(stats_rows("东平县职业教育中心学校", [5, 8, 1, 5, 2400, 1500, 5, 8000]))
    send(
        b,
        U["dongping"],
        "11-16 17:30",
        "py-compat32",
        "代东平职教中心报送活动周统计表",
        "市局职成高教科：\n东平职教中心统计表由我局代报，学校稍后可能另行发送。\n"
        "东平县教体局职教科 马晓东\n",
        [f("东平职教中心活动周统计表.xlsx", st, "statistics", "dpzj", note="代报 by its county")],
        charset="gbk",
        note="a county's 代报 of its school's table, before the school's own",
    )


def scripted(b: Builder) -> None:
    auth = (
        "Authentication-Results",
        "mx.ta.shandong.cn; spf=fail smtp.mailfrom=163.com;"
        " dkim=none; dmarc=fail (p=NONE) header.from=163.com",
    )
    it = _other(
        b,
        "spoof",
        "11-16 03:12",
        "py-compat32",
        U["gaoxin"].email,
        "高新区活动周统计表",
        "统计表在线查看：请打开附件登录邮箱后下载。\n",
        "高新区教体局",
        headers=[auth],
        note="a scripted spoof of gaoxin's registered 163 address; spf and dmarc fail",
    )
    page = "<html><body><form action='http://mail-163-login.xyz/'>邮箱密码</form></body></html>"
    it.mail.atts.append(Att("统计表.xlsx.html", page.encode(), "text/html"))
    _other(
        b,
        "advert",
        "11-10 08:00",
        "py-compat32",
        "service@zjzbexpo.cn",
        "2020山东职业教育装备展邀请函（职业教育活动周特别场）",
        "尊敬的职业院校领导：\n值此职业教育活动周之际，诚邀您参观2020山东职业教育装备展。\n退订回复TD\n",
        "职教装备展组委会",
        headers=[("Precedence", "bulk")],
        note="a scripted bulk advert naming the week",
    )


STORIES = [lmkj_late, tsvtc_resend, dongping_for_dpzj, scripted]
