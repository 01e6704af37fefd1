# ruff: noqa: E501  (mail and document wording, one sentence a string, as the units wrote it)
"""Set10 school stories, part 3. xtzz — Coremail with RFC 2231 GBK names in name*= and
filename*=, two articles through xintai's forward, statistics as a PDF of an openpyxl sheet;
fczz — Python SMTP policy, a truncated plan and its resend, five articles in five formats; nyzz
— QQ web HTML-only with a liaison table and a QR signature, Fw: with a 原始邮件 block; dpzj —
Foxmail with raw GBK file names, article links, first-deadline things late; jtzz — iPhone Mail,
WeChat only, a Calc PDF of the table.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .parts import U, article, docx, sigpic, stats, stats_html, table_html


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b,
        u,
        "11-05 08:47",
        "coremail",
        "新泰职专活动周方案",
        "市教育局职成高教科：\n  附件为我校活动周实施方案。\n  专栏：http://www.xtzz.net/hdz/\n  联络员：新泰市职业中等专业学校 教务处主任 王霞 13805486719 xtzzjwc@163.com",
        files=[
            F(
                "新泰市职业中等专业学校2020年职业教育活动周实施方案.docx",
                docx(
                    ["h", "新泰市职业中等专业学校2020年职业教育活动周实施方案"],
                    ["p", "一、活动主题。二、活动安排：技能展演、志愿服务、开放日。"],
                ),
                "plan",
                "xtzz",
                style="rfc2231-gbk-name",
            )
        ],
        column_url="http://www.xtzz.net/hdz/",
        liaison=person(
            "新泰市职业中等专业学校", "王霞", "教务处主任", "xtzzjwc@163.com", "13805486719"
        ),
    )
    send(
        b,
        u,
        "11-13 17:25",
        "coremail",
        "新泰职专稿件（续）",
        "另外3篇，前2篇已通过市教体局报送。\n王霞",
        files=[
            F(
                f"新泰职专稿件{i}.docx",
                article(h, "新泰职专师生积极参与活动周。"),
                "article",
                "xtzz",
                style="rfc2231-gbk-name",
            )
            for i, h in (
                (3, "新泰职专网络开放日"),
                (4, "新泰职专职业体验进初中"),
                (5, "新泰职专活动周综述"),
            )
        ],
    )
    send(
        b,
        u,
        "11-16 10:40",
        "coremail",
        "新泰职专活动周总结、统计表",
        "总结报告和统计表（PDF）。\n王霞",
        files=[
            F(
                "新泰职专活动周总结.docx",
                docx(
                    ["h", "新泰市职业中等专业学校2020年职业教育活动周总结"],
                    ["p", "学校共开展活动8项。"],
                ),
                "summary",
                "xtzz",
                style="rfc2231-gbk-name",
            ),
            F(
                "新泰职专统计表.pdf",
                Doc(
                    "xlsx-pdf",
                    stats(
                        [["新泰市职业中等专业学校", 3, 6, 1, 4, 1600, 700, 5, 8000]],
                        title="2020年职业教育活动周情况统计表",
                    ),
                ),
                "statistics",
                "xtzz",
                style="rfc2231-gbk-name",
                note="a PDF of the table",
            ),
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    plan = docx(
        ["h", "肥城市职业中等专业学校2020年职业教育活动周方案"],
        ["p", "活动安排：桃木雕刻技艺展示、网络开放日、技能下乡。"],
    )
    send(
        b,
        u,
        "11-04 17:30",
        "py-smtp",
        "肥城职专活动周方案",
        "职成高教科：\n方案见附件。专栏：http://www.fczz.cn/hdz2020/\n联络员：教务处 邵明 副主任 15318860247 fczzbgs@ta.shandong.cn\n肥城职专",
        files=[
            F(
                "方案.docx",
                plan,
                "plan",
                "fczz",
                readable=False,
                cut=True,
                note="truncated in transit",
            )
        ],
        column_url="http://www.fczz.cn/hdz2020/",
        liaison=person("", "邵明", "教务处副主任", "fczzbgs@ta.shandong.cn", "15318860247"),
    )
    send(
        b,
        u,
        "11-07 09:15",
        "py-smtp",
        "Re: 肥城职专活动周方案",
        "您好，附件打不开的话用这个，重新发一遍。\n邵明",
        files=[F("肥城职专活动周方案.docx", plan, "plan", "fczz")],
    )
    arts = [
        ("桃木雕刻.docx", "python-docx", "肥城职专桃木雕刻技艺展示"),
        ("网络开放日.odt", "docx-odt", "肥城职专网络开放日"),
        ("技能下乡.doc", "docx-doc", "肥城职专技能下乡"),
        ("毕业生风采.pdf", "docx-pdf", "肥城职专优秀毕业生风采"),
        ("活动周综述.rtf", "docx-rtf", "肥城职专活动周综述"),
    ]
    send(
        b,
        u,
        "11-12 14:00",
        "py-smtp",
        "肥城职专活动周宣传材料",
        "5篇，格式不一样，都是学校老师写的。\n邵明",
        files=[
            F(n, article(h, "活动周期间，肥城职专开展系列活动。", producer=p), "article", "fczz")
            for n, p, h in arts
        ],
    )
    send(
        b,
        u,
        "11-16 15:20",
        "py-smtp",
        "肥城职专活动周总结、统计表",
        "请查收。\n邵明",
        files=[
            F(
                "肥城职专活动周总结.docx",
                docx(
                    ["h", "肥城市职业中等专业学校2020年职业教育活动周总结"],
                    ["p", "学校开展活动9项。"],
                ),
                "summary",
                "fczz",
            ),
            F(
                "肥城职专统计表.xlsx",
                Doc(
                    "lo-xlsx",
                    stats_html(
                        [["肥城市职业中等专业学校", 4, 5, 1, 3, 1800, 600, 5, 7000]],
                        "2020年职业教育活动周情况统计表",
                    ),
                ),
                "statistics",
                "fczz",
            ),
        ],
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    html = table_html(
        [
            ["姓名", "职务", "手机", "邮箱"],
            ["张红霞", "教务处主任", "13953827604", "1432867790@qq.com"],
        ],
        before="市教育局职成高教科：\n宁阳职专活动周方案见附件。联络员：",
        after="学校活动周专栏：http://www.nyzz.net/zjhdz/\n\n宁阳县职业中等专业学校",
        sig="qr.3@sig",
    )
    send(
        b,
        u,
        "11-05 13:10",
        "qqweb",
        "宁阳职专活动周方案",
        "",
        html=html,
        html_only=True,
        inline=[sigpic(3, "qr.png", qr=True)],
        files=[
            F(
                "宁阳职专方案.docx",
                docx(
                    ["h", "宁阳县职业中等专业学校2020年职业教育活动周方案"],
                    ["p", "活动内容：网络开放日、技能展示、技能下乡。"],
                ),
                "plan",
                "nyzz",
            )
        ],
        column_url="http://www.nyzz.net/zjhdz/",
        liaison=person("", "张红霞", "教务处主任", "1432867790@qq.com", "13953827604"),
    )
    send(
        b,
        u,
        "11-12 08:40",
        "qqweb",
        "Fw:宁阳职专活动周方案",
        '市局老师您好，宣传稿5篇见附件。\n张红霞\n\n------------------ 原始邮件 ------------------\n发件人: "张红霞"<1432867790@qq.com>;\n发送时间: 2020年11月5日(星期四) 中午1:10\n收件人: "jyj-zcjk01"<jyj-zcjk01@ta.shandong.cn>;\n主题: 宁阳职专活动周方案\n\n市教育局职成高教科：\n宁阳职专活动周方案见附件。',
        files=[
            F(
                f"宁阳职专稿件{i}.docx",
                article(h, "宁阳职专积极开展活动周系列活动。"),
                "article",
                "nyzz",
            )
            for i, h in enumerate(
                [
                    "宁阳职专网络开放日",
                    "宁阳职专技能展示",
                    "宁阳职专技能下乡",
                    "宁阳职专职教故事",
                    "宁阳职专活动周综述",
                ],
                1,
            )
        ],
    )
    send(
        b,
        u,
        "11-16 17:50",
        "qqweb",
        "宁阳职专总结和统计表",
        "请查收\n张红霞",
        files=[
            F(
                "总结.docx",
                docx(["h", "宁阳县职业中等专业学校活动周总结"], ["p", "学校共开展活动7项。"]),
                "summary",
                "nyzz",
            ),
            F(
                "2020年职业教育活动周情况统计表.xlsx",
                Doc(
                    "lo-xlsx",
                    stats_html(
                        [["宁阳县职业中等专业学校", 3, 4, 1, 3, 1500, 500, 5, 6000]],
                        "2020年职业教育活动周情况统计表",
                    ),
                ),
                "statistics",
                "nyzz",
            ),
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b,
        u,
        "11-06 10:05",
        "foxmail",
        "东平职教中心活动周方案（迟报）",
        "市教育局职成高教科：\n  我校方案迟报，请谅解。\n  宣传专栏：http://www.dpzjzx.cn/zjhdz/\n  联络员：东平县职业教育中心学校 教研室主任 彭立华 15006382815 dpzjzx@ta.shandong.cn",
        files=[
            F(
                "东平职教中心活动周方案.docx",
                docx(
                    ["h", "东平县职业教育中心学校2020年职业教育活动周实施方案"],
                    ["p", "活动安排：开放日、送技下乡、成果展示。"],
                ),
                "plan",
                "dpzj",
                style="raw-gbk",
            )
        ],
        column_url="http://www.dpzjzx.cn/zjhdz/",
        liaison=person(
            "东平县职业教育中心学校", "彭立华", "教研室主任", "dpzjzx@ta.shandong.cn", "15006382815"
        ),
    )
    send(
        b,
        u,
        "11-13 11:45",
        "foxmail",
        "东平职教中心宣传稿",
        "三篇稿件见附件，另有两篇已在学校网站发布：\nhttp://www.dpzjzx.cn/zjhdz/2020/1111/88.html\nhttp://www.dpzjzx.cn/zjhdz/2020/1112/89.html\n彭立华",
        files=[
            F(
                f"东平职教中心稿件{i}.docx",
                article(h, "东平职教中心师生积极参与。"),
                "article",
                "dpzj",
                style="raw-gbk",
            )
            for i, h in (
                (1, "东平职教中心开放日"),
                (2, "东平职教中心送技下乡"),
                (3, "东平职教中心成果展示"),
            )
        ],
        article_links=[
            "http://www.dpzjzx.cn/zjhdz/2020/1111/88.html",
            "http://www.dpzjzx.cn/zjhdz/2020/1112/89.html",
        ],
    )
    send(
        b,
        u,
        "11-16 16:55",
        "foxmail",
        "东平职教中心活动周总结",
        "总结见附件，统计表明天报。\n彭立华",
        files=[
            F(
                "东平职教中心活动周总结.docx",
                docx(["h", "东平县职业教育中心学校活动周总结"], ["p", "学校共开展活动8项。"]),
                "summary",
                "dpzj",
                style="raw-gbk",
            )
        ],
    )
    send(
        b,
        u,
        "11-17 10:20",
        "foxmail",
        "东平职教中心统计表",
        "统计表补报。\n彭立华",
        files=[
            F(
                "东平职教中心统计表.xls",
                Doc(
                    "lo-xls",
                    stats_html(
                        [["东平县职业教育中心学校", 3, 5, 1, 4, 1400, 600, 5, 5000]],
                        "2020年职业教育活动周情况统计表",
                    ),
                ),
                "statistics",
                "dpzj",
                style="raw-gbk",
            )
        ],
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    send(
        b,
        u,
        "11-05 12:02",
        "iphone",
        "交通职专活动周方案",
        "职成高教科：方案见附件。我校宣传专栏设在学校微信公众号“泰安交通职专”。联络员：学生处 曹永刚 副主任 13562878043 jtzz_xcb@icloud.com\n\n发自我的iPhone",
        files=[
            F(
                "交通职专活动周方案.pdf",
                docx(
                    ["h", "泰安市交通职业中等专业学校2020年职业教育活动周方案"],
                    ["p", "活动内容：汽车维修进社区、驾驶安全宣传、网络开放日。"],
                    producer="docx-pdf",
                ),
                "plan",
                "jtzz",
            )
        ],
        wechat_only=True,
        liaison=person("", "曹永刚", "学生处副主任", "jtzz_xcb@icloud.com", "13562878043"),
    )
    send(
        b,
        u,
        "11-10 19:30",
        "iphone",
        "交通职专稿件",
        "两篇\n\n发自我的iPhone",
        files=[
            F(n, article(h, "交通职专师生积极参与活动周。"), "article", "jtzz")
            for n, h in (
                ("汽车维修进社区.docx", "交通职专汽车维修进社区"),
                ("驾驶安全宣传.docx", "交通职专开展交通安全宣传"),
            )
        ],
    )
    send(
        b,
        u,
        "11-13 20:44",
        "iphone",
        "交通职专稿件2",
        "另外三篇\n\n发自我的iPhone",
        files=[
            F(n, article(h, "交通职专活动周系列报道。"), "article", "jtzz")
            for n, h in (
                ("网络开放日.docx", "交通职专网络开放日"),
                ("校企合作.docx", "交通职专与物流企业共建实训基地"),
                ("活动周综述.docx", "交通职专活动周综述"),
            )
        ],
    )
    send(
        b,
        u,
        "11-16 13:15",
        "iphone",
        "交通职专总结和统计表",
        "请查收\n\n发自我的iPhone",
        files=[
            F(
                "交通职专活动周总结.docx",
                docx(["h", "泰安市交通职业中等专业学校活动周总结"], ["p", "学校共开展活动9项。"]),
                "summary",
                "jtzz",
            ),
            F(
                "交通职专统计表.pdf",
                Doc(
                    "lo-calcpdf",
                    stats_html(
                        [["泰安市交通职业中等专业学校", 3, 6, 1, 5, 1700, 900, 5, 7000]],
                        "2020年职业教育活动周情况统计表",
                    ),
                ),
                "statistics",
                "jtzz",
                note="a Calc PDF of the table",
            ),
        ],
    )


STORIES = [xtzz, fczz, nyzz, dpzj, jtzz]
