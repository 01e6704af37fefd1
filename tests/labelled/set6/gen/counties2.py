"""What the 东平 and 高新区 bureaus send (each story's docstring names its shapes)."""

from __future__ import annotations

from .build import Builder, Unit, person, send
from .kit import art, arts, bundle, plan, stats, summary


def dongping(b: Builder, u: Unit) -> None:
    """Outlook 2016: gb2312-labelled mail carrying GBK-only characters (堃); the column as an
    anchor (Outlook's text part keeps it in <>); a liaison change announced in a reply
    quoting the first mail; three articles in one docx; the fifth article on 11-15 (late)."""
    first_text = (
        "市教育局职成高教科：\n\n东平县2020年职业教育活动周实施方案（PDF和Word版各一份）已完成，"
        "现报送。\n"
        "我县职教活动周专栏<http://www.dpxjy.gov.cn/col/col2020zj/index.html>已开通。\n\n"
        "联络员：刘晓堃，职成教育股负责人，手机 139 5483 6620，邮箱 dpxzcg@163.com\n\n"
        "东平县教育和体育局职成教育股\n2020年11月3日"
    )
    send(
        b,
        u,
        "11-03 11:25",
        "outlook",
        "东平县教体局活动周方案",
        first_text,
        [
            plan(u, "lo-pdf", "东平县职业教育活动周实施方案.pdf"),
            plan(u, "lo-docx", "东平县职业教育活动周实施方案.docx"),
        ],
        column_url="http://www.dpxjy.gov.cn/col/col2020zj/index.html",
        liaison=person("", "刘晓堃", "职成教育股负责人", "dpxzcg@163.com", "13954836620"),
        note="堃 is GBK, not GB2312, under a gb2312 label",
    )
    quoted = "\n".join("> " + x for x in first_text.split("\n"))
    send(
        b,
        u,
        "11-06 09:15",
        "outlook",
        "答复: 东平县教体局活动周方案（联络员变更）",
        "职成高教科：\n\n因工作调整，我县活动周联络员变更为陈静同志（职成教育股科员），"
        "手机18853836601，邮箱dpchenjing@126.com。原联络员刘晓堃不再负责。\n\n"
        "东平县教体局职成教育股\n\n"
        "-----原始邮件-----\n发件人: dpjtj_zcjy@ta.shandong.cn\n发送时间: 2020年11月3日 11:25\n"
        "收件人: jyj-zcjk01@ta.shandong.cn\n主题: 东平县教体局活动周方案\n\n" + quoted,
        liaison=person("", "陈静", "职成教育股科员", "dpchenjing@126.com", "18853836601"),
        note="a liaison change; the old liaison and the column are in the quoted mail",
    )
    send(
        b,
        u,
        "11-10 15:22",
        "outlook",
        "东平县活动周宣传稿汇编",
        "职成高教科：\n\n我县活动周宣传稿三篇汇编成一个文档，请审阅。\n\n东平县教体局职成教育股 "
        "陈静",
        [
            bundle(
                u,
                [0, 7, 13],
                "lo-docx",
                "东平县活动周宣传稿汇编（一）.docx",
                "东平县职业教育活动周宣传稿汇编",
            )
        ],
    )
    send(
        b,
        u,
        "11-12 10:40",
        "outlook",
        "东平县活动周宣传稿",
        "职成高教科：\n\n报送宣传稿一篇。\n\n陈静",
        [art(u, 2, "lo-doc", "doc")],
    )
    send(
        b,
        u,
        "11-15 08:55",
        "outlook",
        "东平县活动周宣传稿（闭幕）",
        "职成高教科：\n\n活动周闭幕稿件，昨天忘发了。\n\n陈静",
        [art(u, 15, "lo-docx", "docx")],
        note="the fifth article on 11-15: late",
    )
    send(
        b,
        u,
        "11-16 15:20",
        "outlook",
        "东平县活动周总结、统计表",
        "职成高教科：\n\n总结和统计表请查收。\n\n东平县教体局职成教育股 陈静",
        [
            summary(u, "lo-docx", "东平县活动周工作总结.docx", 601),
            stats(u, "merged", "东平县活动周统计表.xlsx", 601),
        ],
    )


def gaoxin(b: Builder, u: Unit) -> None:
    """Windows 10 Mail: the first address is one page (the plan as published), not the
    column (the column comes on 11-07: late); four articles only (partial)."""
    send(
        b,
        u,
        "11-05 10:02",
        "win10",
        "高新区教体局活动周方案及联络员",
        "职成高教科：\n\n附件为泰安高新区2020年职业教育活动周实施方案。\n"
        "实施方案已在区政府网站公开：http://www.tagxq.gov.cn/art/2020/11/4/art_2301_119876.html\n"
        "活动周专栏正在建设，建成后另行报送。\n\n联络员：高洁　社会事业局教育科科员\n"
        "手机：15153856120　邮箱：gaojie_gxq@163.com\n\n从 Windows 10 版邮件发送",
        [plan(u, "lo-docx", "泰安高新区职业教育活动周实施方案.docx")],
        liaison=person("", "高洁", "社会事业局教育科科员", "gaojie_gxq@163.com", "15153856120"),
        note="the URL is one page (the plan published on the site), not the column",
    )
    send(
        b,
        u,
        "11-07 14:30",
        "win10",
        "高新区活动周专栏地址",
        "职成高教科：\n\n我区活动周专栏已建成："
        "https://www.tagxq.gov.cn/col/col2301_zjhdz/index.html\n\n"
        "高洁\n从 Windows 10 版邮件发送",
        column_url="https://www.tagxq.gov.cn/col/col2301_zjhdz/index.html",
        note="the column, after the deadline",
    )
    for when, idxs in (("11-09 17:10", [0]), ("11-11 09:45", [8, 5]), ("11-13 18:20", [14])):
        send(
            b,
            u,
            when,
            "win10",
            "高新区活动周宣传稿",
            "职成高教科：\n\n宣传稿请查收。\n\n高洁\n从 Windows 10 版邮件发送",
            arts(u, idxs, "lo-docx", "docx"),
        )
    send(
        b,
        u,
        "11-16 17:02",
        "win10",
        "高新区活动周总结及统计表",
        "职成高教科：\n\n总结、统计表各一份。\n\n高洁\n从 Windows 10 版邮件发送",
        [
            summary(u, "lo-pdf", "高新区活动周总结.pdf", 701),
            stats(
                u,
                "filler",
                "高新区活动周统计表.xlsx",
                701,
                filler="填表人：刘宁　联系电话：0538-8925761",
            ),
        ],
    )
