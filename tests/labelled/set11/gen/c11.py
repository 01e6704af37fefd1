"""Set11's county bureaus. Shapes: a leader row beside the liaison in a table pasted into the
body (taishan), label and value separated by spaces and no colon, a column without scheme
and an xlsx 活动安排表 as the plan, 总结.docx that is the statistics (dyq), 附件1/附件2 that are a
plan and a contact table, 正在建设 then a column with a Chinese query, a summary with the
statistics table as its 附件 (xintai), a vertical table as a PDF, an anchor whose text differs
from its href (feicheng), a landline next to a spaced mobile and （at）, WeChat only
(ningyang), an xlsx with a leader and a liaison row, a county listing its schools' columns,
a 填表人 under the statistics (dongping), +86, 同志, a 联络员变更 (gaoxin)."""

# ruff: noqa: E501  (the units' own wording: long Chinese lines are kept whole, not split mid-sentence)

from __future__ import annotations

from .build import Builder, F, person, send
from .mime import CITY
from .tools11 import STAT_HEAD, U, art, cat, dx, dxpdf, html_body, html_page, html_table, lo, xl
from .words11 import art_blocks, art_text, plan, stat_row, summary


def arts(uid: str, ns: range | list[int], make: str = "docx") -> list[F]:
    """Article files of a unit, made by python-docx (docx), Writer (odt/doc) or PDF."""
    u = U[uid]
    out = []
    for n in ns:
        blocks = art_blocks(u.name, u.short, n)
        head = blocks[0][1].replace("“", "").replace("”", "").replace("——", "-")
        if make == "docx":
            out.append(art(uid, f"{head}.docx", dx(*blocks)))
        elif make == "pdf":
            out.append(art(uid, f"{head}.pdf", dxpdf(*blocks)))
        else:
            src = html_page(blocks[0][1], [b[1] for b in blocks[1:]])
            out.append(art(uid, f"{head}.{make}", lo(f"lo-{make}", src)))
    return out


def taishan(b: Builder) -> None:
    u = U["taishan"]
    rows = [
        ["类别", "姓名", "单位及职务", "手机", "电子邮箱"],
        ["分管领导", "李建国", "区教体局副局长", "13905382216", "—"],
        ["联络员", "王晓燕", "区教体局职成科科员", "15853872093", "tsjtj_zcjyk@ta.shandong.cn"],
    ]
    text = (
        "市教育局职成高教科：\n\n按照泰教函〔2020〕72号要求，现将我区活动周实施方案报上（见附件），"
        "联络员信息如下：\n\n类别\t姓名\t单位及职务\t手机\t电子邮箱\n"
        + "\n".join("\t".join(r) for r in rows[1:])
        + "\n\n区教体局职教活动周专栏网址：http://jyj.taishan.gov.cn/col/col_zjhdz/index.html，"
        "请审核。\n\n泰山区教育和体育局职成科\n2020年11月3日"
    )
    html = html_body(
        [
            "市教育局职成高教科：",
            "",
            "按照泰教函〔2020〕72号要求，现将我区活动周实施方案报上（见附件），联络员信息如下：",
            html_table(rows, "border-collapse:collapse;width:560px"),
            "",
            "区教体局职教活动周专栏网址：http://jyj.taishan.gov.cn/col/col_zjhdz/index.html，请审核。",
            "",
            "泰山区教育和体育局职成科",
            "2020年11月3日",
        ]
    )
    send(
        b,
        u,
        "11-03 10:12",
        "coremail-gov",
        "泰山区教体局报送职业教育活动周实施方案及联络员",
        text,
        [
            cat(
                "plan",
                "taishan",
                "泰山区2020年职业教育活动周实施方案.docx",
                dx(["h", "泰山区2020年职业教育活动周实施方案"], *[["p", p] for p in plan("我区")]),
            )
        ],
        html=html,
        liaison=person(
            "泰山区教体局",
            "王晓燕",
            "区教体局职成科科员",
            "tsjtj_zcjyk@ta.shandong.cn",
            "15853872093",
        ),
        column_url="http://jyj.taishan.gov.cn/col/col_zjhdz/index.html",
        note="contact in a header-row table pasted into the HTML body, a 分管领导 row above the 联络员",
    )
    send(
        b,
        u,
        "11-10 16:40",
        "coremail-gov",
        "泰山区活动周新闻稿（一）",
        "新闻稿三篇，请查收。\n\n泰山区教体局 王晓燕",
        arts("taishan", range(3)),
    )
    send(
        b,
        u,
        "11-13 11:05",
        "coremail-gov",
        "泰山区活动周新闻稿（二）及美篇链接",
        "新闻稿一篇见附件；另有美篇一篇：https://www.meipian.cn/2zk8q1x6 ，请一并采用。\n\n王晓燕",
        arts("taishan", [3]),
        article_links=["https://www.meipian.cn/2zk8q1x6"],
    )
    nums = (14, 9, 3600, 820, 11)
    send(
        b,
        u,
        "11-16 15:30",
        "coremail-gov",
        "泰山区职教活动周开展情况及统计表",
        "市局：附件为我区活动周开展情况和统计表。",
        [
            cat(
                "summary",
                "taishan",
                "泰山区职业教育活动周开展情况.docx",
                dx(
                    ["h", "泰山区2020年职业教育活动周开展情况"],
                    *[["p", p] for p in summary("泰山区", nums)],
                ),
            ),
            cat(
                "statistics",
                "taishan",
                "统计表.xlsx",
                xl(
                    [
                        ["2020年职业教育活动周情况统计表"] + [""] * 8,
                        STAT_HEAD,
                        stat_row("泰山区教育和体育局", nums),
                    ],
                    merge=["A1:I1"],
                ),
            ),
        ],
    )


def dyq(b: Builder) -> None:
    u = U["dyq"]
    sched = [
        ["岱岳区2020年职业教育活动周活动安排表"] + [""] * 4,
        ["日期", "活动内容", "承办单位", "形式", "负责人"],
        ["11月8日", "活动周启动仪式", "岱岳区职教中心", "线上直播", "马强"],
        ["11月9日", "云上校园开放日", "岱岳区职教中心", "线上", "赵凯"],
        ["11月10日", "技能下乡服务", "区职教中心农学部", "线下", "陈立"],
        ["11月11日-12日", "职业启蒙教育进小学", "各中小学", "线下", "各校"],
        ["11月13日", "优秀毕业生事迹宣讲", "区教体局职成科", "线上", "张丽"],
    ]
    send(
        b,
        u,
        "11-04 17:02",
        "coremail",
        "岱岳区活动周安排+联络员",
        "职成高教科各位领导：\n  我区活动周安排表在附件。\n\n联络员  张丽  职成科副科长  dyjtj_zck@126.com  13954851276\n"
        "专栏  www.daiyue.gov.cn/zt/zjhdz/\n\n岱岳区教体局职成科",
        [
            cat(
                "plan",
                "dyq",
                "岱岳区职教活动周活动安排表.xlsx",
                xl(sched, merge=["A1:E1"]),
                note="an xlsx schedule is the plan",
            )
        ],
        liaison=person("", "张丽", "职成科副科长", "dyjtj_zck@126.com", "13954851276"),
        column_url="www.daiyue.gov.cn/zt/zjhdz/",
        note="label and value separated by spaces, no colon; the column without scheme",
    )
    send(b, u, "11-10 09:20", "coremail", "岱岳区通讯稿2篇", "通讯稿两篇。", arts("dyq", range(2)))
    send(
        b,
        u,
        "11-13 20:15",
        "coremail",
        "岱岳区简报",
        "岱岳区职业教育活动周简报\n\n"
        + art_text(U["dyq"].name, "岱岳区", 2)
        + "\n\n另附通讯稿两篇。",
        arts("dyq", [3, 4]),
        body_article=True,
    )
    nums = (8, 11, 2900, 640, 9)
    send(
        b,
        u,
        "11-16 10:48",
        "coremail",
        "岱岳区活动周总结",
        "总结和统计表见附件。",
        [
            cat(
                "statistics",
                "dyq",
                "总结.docx",
                dx(
                    ["p", "2020年职业教育活动周情况统计表"],
                    ["t", [STAT_HEAD, stat_row("岱岳区", nums)]],
                ),
                note="named 总结 but holds only the statistics table",
            ),
            cat(
                "summary",
                "dyq",
                "岱岳区2020年职业教育活动周工作总结.doc",
                lo(
                    "lo-doc", html_page("岱岳区2020年职业教育活动周工作总结", summary("我区", nums))
                ),
            ),
        ],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    contact = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        ["新泰市教育和体育局", "刘振华", "职成教科科长", "xtsjtjzcjk＠163.com", "13705380916"],
    ]
    send(
        b,
        u,
        "11-02 15:33",
        "coremail-gb2312",
        "新泰市报送活动周材料",
        "您好！\n附件1是我市活动周工作安排，附件2是联络员信息，专栏正在建设中，建好后第一时间报送。\n新泰市教体局",
        [
            cat(
                "plan",
                "xintai",
                "附件1.docx",
                dx(["h", "新泰市2020年职业教育活动周工作安排"], *[["p", p] for p in plan("我市")]),
            ),
            cat(
                "contact",
                "xintai",
                "附件2.docx",
                dx(["p", "联络员信息"], ["t", contact]),
                note="a header-row table; the email with a full-width ＠",
            ),
        ],
        liaison=person(
            "新泰市教育和体育局", "刘振华", "职成教科科长", "xtsjtjzcjk@163.com", "13705380916"
        ),
    )
    send(
        b,
        u,
        "11-09 08:47",
        "coremail-gb2312",
        "新泰市职教活动周专栏地址",
        "专栏已上线：\nhttp://www.xintai.gov.cn/col/col115/index.html?tag=职教活动周\n\n刘振华",
        column_url="http://www.xintai.gov.cn/col/col115/index.html?tag=职教活动周",
        note="正在建设 on 11-02; the column with a Chinese query on 11-09 (late)",
    )
    send(b, u, "11-11 17:10", "coremail-gb2312", "新泰稿件", "", arts("xintai", range(3)))
    send(b, u, "11-14 10:02", "coremail-gb2312", "新泰稿件2", "再报两篇。", arts("xintai", [3, 4]))
    nums = (10, 16, 5100, 1300, 13)
    send(
        b,
        u,
        "11-16 17:20",
        "coremail-gb2312",
        "新泰市活动周总结（含统计表）",
        "总结报告一份，统计表附在总结后面。",
        [
            F(
                "新泰市2020年职业教育活动周总结.docx",
                dx(
                    ["h", "新泰市2020年职业教育活动周总结"],
                    *[["p", p] for p in summary("我市", nums)],
                    ["p", "附件：2020年职业教育活动周情况统计表"],
                    ["t", [STAT_HEAD, stat_row("新泰市", nums)]],
                ),
                "summary",
                "xintai",
                also=("statistics",),
                note="the statistics table is the summary's 附件 in the same docx",
            )
        ],
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    vert = [
        ["填报单位", "肥城市教育和体育局"],
        ["联络员", "孟凡军"],
        ["职务", "职业与成人教育科副科长"],
        ["手机", "18653862207"],
        ["邮箱", "fcjtj_zjk@ta.shandong.cn"],
    ]
    href = "http://www.feicheng.gov.cn/jytyj/zjhdz/"
    html = html_body(
        [
            "市教育局职成高教科：",
            "",
            "现报送我市职业教育活动周方案及联络员信息（附件），宣传专栏：",
            f'<div><a href="{href}">肥城市教育和体育局职教活动周专栏</a></div>',
            "",
            "肥城市教育和体育局",
            "11月5日",
        ]
    )
    send(
        b,
        u,
        "11-05 11:26",
        "coremail-gov",
        "肥城市职教活动周方案、专栏、联络员",
        "市教育局职成高教科：\n\n现报送我市职业教育活动周方案及联络员信息（附件），宣传专栏：\n"
        "肥城市教育和体育局职教活动周专栏 <" + href + ">\n\n肥城市教育和体育局\n11月5日",
        [
            cat(
                "plan",
                "feicheng",
                "肥城市职教活动周方案.pdf",
                lo("lo-pdf", html_page("肥城市2020年职业教育活动周方案", plan("我市"))),
            ),
            cat(
                "contact",
                "feicheng",
                "联络员信息.pdf",
                lo("lo-pdf", html_page("联络员信息表", [], [vert])),
                note="a vertical table, as a PDF",
            ),
        ],
        html=html,
        liaison=person(
            "肥城市教育和体育局",
            "孟凡军",
            "职业与成人教育科副科长",
            "fcjtj_zjk@ta.shandong.cn",
            "18653862207",
        ),
        column_url=href,
        note="the column as an HTML anchor whose text is not the address",
    )
    send(
        b,
        u,
        "11-12 14:30",
        "coremail-gov",
        "肥城市职教活动周宣传稿件",
        "宣传稿件5篇。",
        arts("feicheng", range(5), "odt"),
    )
    nums = (7, 13, 4200, 980, 10)
    send(
        b,
        u,
        "11-16 11:55",
        "coremail-gov",
        "肥城市职教活动周情况报告及统计表",
        "请查收。",
        [
            cat(
                "summary",
                "feicheng",
                "情况报告.odt",
                lo(
                    "lo-odt", html_page("肥城市2020年职业教育活动周情况报告", summary("我市", nums))
                ),
            ),
            cat(
                "statistics",
                "feicheng",
                "统计表.xls",
                lo("lo-xls", sheet_rows([STAT_HEAD, stat_row("肥城市", nums)])),
            ),
        ],
    )


def sheet_rows(rows: list[list[object]]) -> str:
    from .tools11 import sheet_html

    return sheet_html(rows)  # type: ignore[arg-type]


STORIES = [taishan, dyq, xintai, feicheng]
_ = CITY
