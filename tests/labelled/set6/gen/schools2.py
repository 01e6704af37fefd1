"""What the other six schools send, and a teacher nobody can place."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, person, send
from .docs import Doc
from .kit import art, arts, body_article, bundle, plan, stats, summary, zipf
from .mime import RSJ, outlook_html


def xtyzz(b: Builder, u: Unit) -> None:
    """Foxmail: column (http with a port) and liaison first, the plan through the county on
    11-06 (late, see counties.xintai); a GBK-named zip; the table never comes (missing)."""
    send(
        b,
        u,
        "11-05 11:02",
        "foxmail",
        "新泰一职专活动周专栏及联络员",
        "市教育局职成高教科：\n    我校活动周专栏地址：http://www.xtyzz.cn:8080/hdz/\n"
        "    联络员  姓名：郭丽丽；职务：招生就业处干事；手机：18905386625；邮箱："
        "guolili@xtyzz.cn\n"
        "    活动周方案正在履行审批程序，审定后通过新泰市教体局报送。\n新泰市第一职业中等专业学校",
        column_url="http://www.xtyzz.cn:8080/hdz/",
        liaison=person("", "郭丽丽", "招生就业处干事", "guolili@xtyzz.cn", "18905386625"),
        note="no plan in this mail: it comes through the county",
    )
    m = arts(u, [0, 3, 6, 9], "lo-docx", "docx")
    send(
        b,
        u,
        "11-11 10:25",
        "foxmail",
        "新泰一职专活动周宣传稿（压缩包）",
        "职成高教科：\n    宣传稿4篇打包发送。\n新泰一职专 郭丽丽",
        [zipf(u, "新泰一职专宣传稿.zip", m, gbk=True)],
        members=m,
        note="GBK member names",
    )
    send(
        b,
        u,
        "11-13 15:33",
        "foxmail",
        "新泰一职专活动周宣传稿",
        "职成高教科：\n    宣传稿1篇。\n郭丽丽",
        [art(u, 12, "lo-doc", "doc")],
    )
    send(
        b,
        u,
        "11-16 16:05",
        "foxmail",
        "新泰一职专活动周总结",
        "职成高教科：\n    活动周总结请查收，统计表数据还在核对，核对后报送。\n郭丽丽",
        [summary(u, "lo-docx", "新泰一职专活动周总结.docx", 1501)],
        note="the table is promised and never comes",
    )


def fczz(b: Builder, u: Unit) -> None:
    """163 Coremail (GBK): a column corrected in a reply that quotes the first address; five
    articles over three mails."""
    first = (
        "市教育局职成高教科：\n\n附件为我校活动周实施方案。我校活动周专栏："
        "http://www.fczz.net/zt/2020hdz\n"
        "联系人：田雪，团委书记，13791836652，tianxue@fczz.net\n\n肥城市职业中等专业学校"
    )
    send(
        b,
        u,
        "11-03 10:15",
        "coremail",
        "肥城职专活动周方案",
        first,
        [plan(u, "lo-docx", "肥城职专活动周方案.docx")],
        column_url="http://www.fczz.net/zt/2020hdz",
        liaison=person("", "田雪", "团委书记", "tianxue@fczz.net", "13791836652"),
    )
    send(
        b,
        u,
        "11-04 08:50",
        "coremail",
        "Re:肥城职专活动周方案（专栏地址更正）",
        "职成高教科：\n\n更正：我校活动周专栏地址为 http://www.fczz.net/zt/2020zjhdz/ ，"
        "原地址作废。\n\n田雪\n\n"
        '在 2020-11-03 10:15:02，"肥城职专" <fczzxcb@163.com> 写道：\n'
        + "\n".join(">" + x for x in first.split("\n")),
        column_url="http://www.fczz.net/zt/2020zjhdz/",
        note="the old address is in the quoted text and superseded",
    )
    for when, idxs in (("11-09 15:05", [0, 5]), ("11-11 14:40", [8, 11]), ("11-12 16:30", [14])):
        send(
            b,
            u,
            when,
            "coremail",
            "肥城职专活动周宣传稿",
            f"职成高教科：\n\n宣传稿{len(idxs)}篇，请审阅。\n\n肥城职专团委 田雪",
            arts(u, idxs, "lo-docx", "docx"),
        )
    send(
        b,
        u,
        "11-16 11:40",
        "coremail",
        "肥城职专活动周总结及统计表",
        "职成高教科：\n\n总结、统计表请查收。\n\n田雪",
        [
            summary(u, "lo-pdf", "肥城职专活动周总结.pdf", 1601),
            stats(u, "lo-xls", "肥城职专活动周统计表.xls", 1601),
        ],
    )


def nyyzz(b: Builder, u: Unit) -> None:
    """126 Coremail: a WPS-style plan with a schedule table nested in a table; a WeChat
    account first, the web column on 11-06 (late); five articles in one docx."""
    sched = [
        ["日期", "活动"],
        ["11月8日", "启动仪式"],
        ["11月9日-13日", "网络开放日、技能服务"],
        ["11月14日", "总结"],
    ]
    doc = Doc(
        "docx-odd",
        [
            ["h", f"{u.name}2020年职业教育活动周实施方案"],
            *[["p", p] for p in texts.plan_paras(u.name)[:4]],
            ["nested", [["活动安排", ""], ["备注", "根据疫情防控要求调整"]], (0, 1), sched],
            *[["p", p] for p in texts.plan_paras(u.name)[4:]],
        ],
    )
    send(
        b,
        u,
        "11-04 17:30",
        "coremail",
        "宁阳一职专活动周方案",
        "职成高教科：\n\n我校活动周实施方案见附件。\n我校暂未开设网站专栏，"
        "活动周期间通过学校微信公众号“宁阳一职专”发布活动信息。\n"
        "联络员 韩冬梅 教务处副主任 手机 13563827705 邮箱 handm_nyyz@126.com\n\n"
        "宁阳县第一职业中等专业学校",
        [
            F(
                "宁阳一职专活动周实施方案.docx",
                doc,
                "plan",
                u.id,
                note="a table nested in a table cell",
            )
        ],
        wechat_only=True,
        liaison=person("", "韩冬梅", "教务处副主任", "handm_nyyz@126.com", "13563827705"),
        note="a WeChat account only, for now",
    )
    send(
        b,
        u,
        "11-06 10:20",
        "coremail",
        "宁阳一职专活动周网站专栏",
        "职成高教科：\n\n学校网站已开设活动周专栏：http://www.nyyzz.com/zjhdz/\n\n韩冬梅",
        column_url="http://www.nyyzz.com/zjhdz/",
        note="the web column after the deadline: late",
    )
    send(
        b,
        u,
        "11-12 09:35",
        "coremail",
        "宁阳一职专活动周宣传稿件汇编",
        "职成高教科：\n\n5篇稿件汇编在一个文档中，请审阅。\n\n韩冬梅",
        [
            bundle(
                u,
                [0, 2, 5, 10, 15],
                "python-docx",
                "宁阳一职专活动周宣传稿件汇编.docx",
                "宁阳一职专活动周宣传稿件汇编",
            )
        ],
    )
    send(
        b,
        u,
        "11-16 15:55",
        "coremail",
        "宁阳一职专活动周总结、统计表",
        "职成高教科：\n\n总结、统计表请查收。\n\n韩冬梅",
        [
            summary(u, "python-docx", "宁阳一职专活动周总结.docx", 1701),
            stats(u, "second-sheet", "宁阳一职专统计表.xlsx", 1701),
        ],
    )


def dpzz(b: Builder, u: Unit) -> None:
    """Outlook 2016: the column and the liaison only inside the plan (a contact table at its
    end); two articles pasted into bodies; a truncated summary, resent on 11-17 (late)."""
    contact = [
        ["单位", "姓名", "职务", "手机", "邮箱"],
        [u.name, "侯志强", "办公室主任", "13705385526", "houzq_dpzz@163.com"],
    ]
    paras = [*texts.plan_paras(u.name, "http://www.dpzz.net/zjhdz/"), "八、活动周联络员"]
    send(
        b,
        u,
        "11-05 15:00",
        "outlook",
        "东平职专活动周方案",
        "职成高教科：\n\n我校活动周实施方案报上，专栏网址和联络员信息见方案第七、八部分。\n\n"
        "东平县职业中等专业学校办公室",
        [
            F(
                "东平职专活动周实施方案.docx",
                Doc(
                    "python-docx",
                    [
                        ["h", f"{u.name}2020年职业教育活动周实施方案"],
                        *[["p", p] for p in paras],
                        ["t", contact],
                    ],
                ),
                "plan",
                u.id,
                note="column and liaison inside the plan",
            )
        ],
        column_url="http://www.dpzz.net/zjhdz/",
        liaison=person(u.name, "侯志强", "办公室主任", "houzq_dpzz@163.com", "13705385526"),
        note="the column and liaison only in the document",
    )
    for when, i in (("11-09 10:30", 2), ("11-10 11:50", 6)):
        text = "职成高教科：\n\n" + body_article(u, i) + "\n\n东平职专办公室 侯志强"
        send(
            b,
            u,
            when,
            "outlook",
            "东平职专活动周稿件：" + texts.article(u.short, i)[0],
            text,
            html=outlook_html(text),
            body_article=True,
            note="an article pasted into an Outlook body",
        )
    send(
        b,
        u,
        "11-11 17:05",
        "outlook",
        "东平职专活动周稿件2篇",
        "职成高教科：\n\n稿件2篇。\n\n侯志强",
        arts(u, [9, 12], "lo-docx", "docx"),
    )
    send(
        b,
        u,
        "11-12 09:25",
        "outlook",
        "东平职专活动周稿件",
        "职成高教科：\n\n稿件1篇。\n\n侯志强",
        [art(u, 13, "lo-doc", "doc")],
    )
    send(
        b,
        u,
        "11-16 16:50",
        "outlook",
        "东平职专活动周总结及统计表",
        "职成高教科：\n\n总结和统计表报上。\n\n侯志强",
        [
            summary(u, "lo-docx", "东平职专活动周总结.docx", 1801, readable=False, cut=True),
            stats(u, "merged", "东平职专活动周统计表.xlsx", 1801),
        ],
        note="the summary is truncated: nobody can open it",
    )
    send(
        b,
        u,
        "11-17 08:52",
        "outlook",
        "重发：东平职专活动周总结",
        "职成高教科：\n\n昨天的总结文件打不开，现重新发送。\n\n侯志强",
        [summary(u, "lo-docx", "东平职专活动周总结.docx", 1801)],
        note="the readable summary on 11-17: late",
    )


def tadzjg(b: Builder, u: Unit) -> None:
    """QQ mail web (GB18030) from a QQ-number box to the 人社局 mailbox (a technical school);
    one article a mail."""
    send(
        b,
        u,
        "11-04 11:11",
        "qqweb",
        "岱宗技校职业教育活动周方案",
        "市人社局职建科：\n您好！我校2020年职业教育活动周实施方案见附件。\n活动周专栏："
        "http://www.tadzjx.com/list.asp?id=12\n"
        "联络员：刘洪涛　职务：教务科长　手机：13563808156　邮箱：3426718835@qq.com\n"
        "泰安岱宗技工学校",
        [plan(u, "lo-docx", "岱宗技校2020年职业教育活动周实施方案.docx")],
        to=RSJ,
        column_url="http://www.tadzjx.com/list.asp?id=12",
        liaison=person("", "刘洪涛", "教务科长", "3426718835@qq.com", "13563808156"),
        note="to the 人社局 mailbox; a query-string column",
    )
    for n, (when, i) in enumerate(
        (
            ("11-09 08:50", 0),
            ("11-10 09:15", 1),
            ("11-11 08:58", 6),
            ("11-12 09:40", 7),
            ("11-13 10:02", 13),
        ),
        1,
    ):
        send(
            b,
            u,
            when,
            "qqweb",
            f"岱宗技校活动周宣传稿（{n}）",
            "市人社局职建科：\n宣传稿一篇，请审阅。\n岱宗技校 刘洪涛",
            [art(u, i, "lo-docx", "docx")],
            to=RSJ,
        )
    send(
        b,
        u,
        "11-16 10:20",
        "qqweb",
        "岱宗技校活动周总结、统计表",
        "市人社局职建科：\n总结、统计表请查收。\n刘洪涛",
        [
            summary(u, "lo-docx", "岱宗技校活动周总结.docx", 1901),
            stats(u, "merged", "岱宗技校活动周统计表.xlsx", 1901),
        ],
        to=RSJ,
    )


def tasmzz(b: Builder, u: Unit) -> None:
    """Government Coremail (UTF-8): plan, column and liaison at 19:30 on the due day (late);
    a file name written RFC 2231 in GBK; WeChat article links and docx articles."""
    send(
        b,
        u,
        "11-05 19:32",
        "coremail-gov",
        "商贸职专活动周方案、专栏、联络员",
        "市教育局职成高教科：\n我校活动周实施方案见附件。\n宣传专栏："
        "http://www.tasmzz.com/zt/zjz2020/\n"
        "联络员：孙倩（学生处副主任），手机 13668086321，邮箱 sunqian@tasmzz.com\n"
        "泰安市商贸职业中等专业学校",
        [F(**vars(plan(u, "lo-docx", "商贸职专活动周实施方案.docx")) | {"style": "rfc2231-gbk"})],
        column_url="http://www.tasmzz.com/zt/zjz2020/",
        liaison=person("", "孙倩", "学生处副主任", "sunqian@tasmzz.com", "13668086321"),
        note="after 18:00 on 11-05: plan, column and contact late; file name RFC 2231 in GBK",
    )
    links = [
        "https://mp.weixin.qq.com/s/SmZz7Qa1-kDfE0",
        "https://mp.weixin.qq.com/s/SmZz7Qa1-kDfE1",
    ]
    send(
        b,
        u,
        "11-09 20:40",
        "coremail-gov",
        "商贸职专活动周推文",
        "职成高教科：\n我校公众号活动周推文两篇：\n" + "\n".join(links) + "\n孙倩",
        article_links=links,
    )
    send(
        b,
        u,
        "11-11 16:10",
        "coremail-gov",
        "商贸职专活动周宣传稿",
        "职成高教科：\n宣传稿3篇请查收。\n孙倩",
        arts(u, [3, 10, 11], "lo-docx", "docx"),
    )
    send(
        b,
        u,
        "11-16 09:30",
        "coremail-gov",
        "商贸职专活动周总结、统计表",
        "职成高教科：\n总结和统计表请查收。\n孙倩",
        [
            summary(u, "lo-docx", "商贸职专活动周总结.docx", 2001),
            stats(u, "merged", "商贸职专活动周统计表.xlsx", 2001),
        ],
    )


def stranger(b: Builder, u: Unit) -> None:
    """A teacher's QQ box: an article that names no unit (nobody can place it)."""
    paras = [
        "11月11日，我校组织烹饪专业师生走进敬老院，为老人们包饺子、做面点。",
        "同学们还为老人表演了节目，陪老人聊天，送去温暖。",
    ]
    send(
        b,
        u,
        "11-11 22:05",
        "qqmobile",
        "活动周稿件",
        "老师好，附件是我们学校的活动周稿件，麻烦审核一下。",
        [
            F(
                "烹饪专业师生走进敬老院.docx",
                Doc("python-docx", [["h", "烹饪专业师生走进敬老院"], *[["p", p] for p in paras]]),
                "article",
                "",
            )
        ],
        sender="1593574862@qq.com",
        unit=None,
        unassigned_ok=True,
        note="nobody can tell which school",
    )
