"""Set11's county bureaus. Shapes: a leader row beside the liaison in a table pasted into the
body (taishan), label and value separated by spaces and no colon, a column without scheme
and an xlsx 活动安排表 as the plan, 总结.docx that is the statistics (dyq), 附件1/附件2 that are a
plan and a contact table, 正在建设 then a column with a Chinese query, a summary with the
statistics table as its 附件 (xintai), a vertical table as a PDF, an anchor whose text differs
from its href (feicheng), a landline next to a spaced mobile and （at）, WeChat only
(ningyang), an xlsx with a leader and a liaison row, a county listing its schools' columns,
a 填表人 under the statistics (dongping), +86, 同志, a 联络员变更 (gaoxin)."""

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
    send(b, u, "11-03 10:12", "coremail-gov", "泰山区教体局报送职业教育活动周实施方案及联络员", text,
         [cat("plan", "taishan", "泰山区2020年职业教育活动周实施方案.docx",
              dx(["h", "泰山区2020年职业教育活动周实施方案"], *[["p", p] for p in plan("我区")]))],
         html=html,
         liaison=person("泰山区教体局", "王晓燕", "区教体局职成科科员", "tsjtj_zcjyk@ta.shandong.cn", "15853872093"),
         column_url="http://jyj.taishan.gov.cn/col/col_zjhdz/index.html",
         note="contact in a header-row table pasted into the HTML body, a 分管领导 row above the 联络员")  # fmt: skip
    send(b, u, "11-10 16:40", "coremail-gov", "泰山区活动周新闻稿（一）",
         "新闻稿三篇，请查收。\n\n泰山区教体局 王晓燕", arts("taishan", range(3)))
    send(b, u, "11-13 11:05", "coremail-gov", "泰山区活动周新闻稿（二）及美篇链接",
         "新闻稿一篇见附件；另有美篇一篇：https://www.meipian.cn/2zk8q1x6 ，请一并采用。\n\n王晓燕",
         arts("taishan", [3]), article_links=["https://www.meipian.cn/2zk8q1x6"])
    nums = (14, 9, 3600, 820, 11)
    send(b, u, "11-16 15:30", "coremail-gov", "泰山区职教活动周开展情况及统计表",
         "市局：附件为我区活动周开展情况和统计表。", [
             cat("summary", "taishan", "泰山区职业教育活动周开展情况.docx",
                 dx(["h", "泰山区2020年职业教育活动周开展情况"], *[["p", p] for p in summary("泰山区", nums)])),
             cat("statistics", "taishan", "统计表.xlsx",
                 xl([["2020年职业教育活动周情况统计表"] + [""] * 8, STAT_HEAD, stat_row("泰山区教育和体育局", nums)],
                    merge=["A1:I1"])),
         ])  # fmt: skip


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
    send(b, u, "11-04 17:02", "coremail", "岱岳区活动周安排+联络员",
         "职成高教科各位领导：\n  我区活动周安排表在附件。\n\n联络员  张丽  职成科副科长  dyjtj_zck@126.com  13954851276\n"
         "专栏  www.daiyue.gov.cn/zt/zjhdz/\n\n岱岳区教体局职成科",
         [cat("plan", "dyq", "岱岳区职教活动周活动安排表.xlsx", xl(sched, merge=["A1:E1"]),
              note="an xlsx schedule is the plan")],
         liaison=person("", "张丽", "职成科副科长", "dyjtj_zck@126.com", "13954851276"),
         column_url="www.daiyue.gov.cn/zt/zjhdz/",
         note="label and value separated by spaces, no colon; the column without scheme")  # fmt: skip
    send(b, u, "11-10 09:20", "coremail", "岱岳区通讯稿2篇", "通讯稿两篇。", arts("dyq", range(2)))
    send(b, u, "11-13 20:15", "coremail", "岱岳区简报",
         "岱岳区职业教育活动周简报\n\n" + art_text(U["dyq"].name, "岱岳区", 2)
         + "\n\n另附通讯稿两篇。", arts("dyq", [3, 4]), body_article=True)
    nums = (8, 11, 2900, 640, 9)
    send(b, u, "11-16 10:48", "coremail", "岱岳区活动周总结",
         "总结和统计表见附件。", [
             cat("statistics", "dyq", "总结.docx",
                 dx(["p", "2020年职业教育活动周情况统计表"], ["t", [STAT_HEAD, stat_row("岱岳区", nums)]]),
                 note="named 总结 but holds only the statistics table"),
             cat("summary", "dyq", "岱岳区2020年职业教育活动周工作总结.doc",
                 lo("lo-doc", html_page("岱岳区2020年职业教育活动周工作总结", summary("我区", nums)))),
         ])  # fmt: skip


def xintai(b: Builder) -> None:
    u = U["xintai"]
    contact = [["单位", "姓名", "职务", "邮箱", "手机号码"],
               ["新泰市教育和体育局", "刘振华", "职成教科科长", "xtsjtjzcjk＠163.com", "13705380916"]]  # fmt: skip
    send(b, u, "11-02 15:33", "coremail-gb2312", "新泰市报送活动周材料",
         "您好！\n附件1是我市活动周工作安排，附件2是联络员信息，专栏正在建设中，建好后第一时间报送。\n新泰市教体局",
         [cat("plan", "xintai", "附件1.docx",
              dx(["h", "新泰市2020年职业教育活动周工作安排"], *[["p", p] for p in plan("我市")])),
          cat("contact", "xintai", "附件2.docx", dx(["p", "联络员信息"], ["t", contact]),
              note="a header-row table; the email with a full-width ＠")],
         liaison=person("新泰市教育和体育局", "刘振华", "职成教科科长", "xtsjtjzcjk@163.com", "13705380916"))  # fmt: skip
    send(b, u, "11-09 08:47", "coremail-gb2312", "新泰市职教活动周专栏地址",
         "专栏已上线：\nhttp://www.xintai.gov.cn/col/col115/index.html?tag=职教活动周\n\n刘振华",
         column_url="http://www.xintai.gov.cn/col/col115/index.html?tag=职教活动周",
         note="正在建设 on 11-02; the column with a Chinese query on 11-09 (late)")  # fmt: skip
    send(b, u, "11-11 17:10", "coremail-gb2312", "新泰稿件", "", arts("xintai", range(3)))
    send(b, u, "11-14 10:02", "coremail-gb2312", "新泰稿件2", "再报两篇。", arts("xintai", [3, 4]))
    nums = (10, 16, 5100, 1300, 13)
    send(b, u, "11-16 17:20", "coremail-gb2312", "新泰市活动周总结（含统计表）",
         "总结报告一份，统计表附在总结后面。",
         [F("新泰市2020年职业教育活动周总结.docx",
            dx(["h", "新泰市2020年职业教育活动周总结"], *[["p", p] for p in summary("我市", nums)],
               ["p", "附件：2020年职业教育活动周情况统计表"], ["t", [STAT_HEAD, stat_row("新泰市", nums)]]),
            "summary", "xintai", also=("statistics",),
            note="the statistics table is the summary's 附件 in the same docx")])  # fmt: skip


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    vert = [["填报单位", "肥城市教育和体育局"], ["联络员", "孟凡军"], ["职务", "职业与成人教育科副科长"],
            ["手机", "18653862207"], ["邮箱", "fcjtj_zjk@ta.shandong.cn"]]  # fmt: skip
    href = "http://www.feicheng.gov.cn/jytyj/zjhdz/"
    html = html_body([
        "市教育局职成高教科：", "",
        "现报送我市职业教育活动周方案及联络员信息（附件），宣传专栏：",
        f'<div><a href="{href}">肥城市教育和体育局职教活动周专栏</a></div>', "",
        "肥城市教育和体育局", "11月5日",
    ])  # fmt: skip
    send(b, u, "11-05 11:26", "coremail-gov", "肥城市职教活动周方案、专栏、联络员",
         "市教育局职成高教科：\n\n现报送我市职业教育活动周方案及联络员信息（附件），宣传专栏：\n"
         "肥城市教育和体育局职教活动周专栏 <" + href + ">\n\n肥城市教育和体育局\n11月5日",
         [cat("plan", "feicheng", "肥城市职教活动周方案.pdf",
              lo("lo-pdf", html_page("肥城市2020年职业教育活动周方案", plan("我市")))),
          cat("contact", "feicheng", "联络员信息.pdf",
              lo("lo-pdf", html_page("联络员信息表", [], [vert])), note="a vertical table, as a PDF")],
         html=html,
         liaison=person("肥城市教育和体育局", "孟凡军", "职业与成人教育科副科长", "fcjtj_zjk@ta.shandong.cn", "18653862207"),
         column_url=href, note="the column as an HTML anchor whose text is not the address")  # fmt: skip
    send(b, u, "11-12 14:30", "coremail-gov", "肥城市职教活动周宣传稿件", "宣传稿件5篇。",
         arts("feicheng", range(5), "odt"))
    nums = (7, 13, 4200, 980, 10)
    send(b, u, "11-16 11:55", "coremail-gov", "肥城市职教活动周情况报告及统计表", "请查收。", [
        cat("summary", "feicheng", "情况报告.odt",
            lo("lo-odt", html_page("肥城市2020年职业教育活动周情况报告", summary("我市", nums)))),
        cat("statistics", "feicheng", "统计表.xls", lo("lo-xls", sheet_rows([STAT_HEAD, stat_row("肥城市", nums)]))),
    ])  # fmt: skip


def sheet_rows(rows: list[list[object]]) -> str:
    from .tools11 import sheet_html

    return sheet_html(rows)  # type: ignore[arg-type]


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(b, u, "11-05 09:40", "foxmail", "宁阳县职教活动周方案",
         "市局职成高教科：\n    宁阳县活动周实施方案已随附件报送。\n    联络员：赵明主任（县教体局职成教股股长）\n"
         "    办公电话：0538-5621034  手机：138 5386 2190\n    邮箱：nyjtj（at）126.com\n"
         "    我县活动周宣传主要依托“宁阳教育”微信公众号进行。\n\n宁阳县教育和体育局",
         [cat("plan", "ningyang", "宁阳县职业教育活动周实施方案.docx",
              dx(["h", "宁阳县2020年职业教育活动周实施方案"], *[["p", p] for p in plan("我县")]))],
         liaison=person("", "赵明", "县教体局职成教股股长", "nyjtj@126.com", "13853862190"),
         wechat_only=True,
         note="a landline beside a mobile written in groups; the email with （at）; WeChat only")  # fmt: skip
    send(b, u, "11-12 10:15", "foxmail", "宁阳县稿件", "宁阳县宣传材料4篇", arts("ningyang", range(4)))
    nums = (5, 9, 2100, 530, 4)
    send(b, u, "11-17 09:10", "foxmail", "宁阳县职教活动周工作总结（迟报）", "迟报了，抱歉。",
         [cat("summary", "ningyang", "宁阳县职教活动周工作总结.docx",
              dx(["h", "宁阳县2020年职业教育活动周工作总结"], *[["p", p] for p in summary("我县", nums)]))])  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    rows = [["东平县职业教育活动周联络员信息表"] + [""] * 5,
            ["类别", "单位", "姓名", "职务", "手机", "邮箱"],
            ["分管领导", "东平县教育和体育局", "韩振东", "副局长", "13905489921", ""],
            ["联络员", "东平县教育和体育局", "孙雪梅", "职成股科员", "15169869013", "dpxjtj_zcg@163.com"]]  # fmt: skip
    send(b, u, "11-04 15:50", "coremail", "东平县职业教育活动周方案及联络员信息表",
         "附件是东平县的方案和联络员信息表。\n县教体局专栏：http://www.dongping.gov.cn/zjhdz/ ；"
         "县职教中心专栏：http://www.dpzjzx.cn/hdz2020/ ；县技工学校专栏正在建设。\n东平县教体局职成股",
         [cat("plan", "dongping", "东平县职教活动周工作方案.doc",
              lo("lo-doc", html_page("东平县2020年职业教育活动周工作方案", plan("我县")))),
          cat("contact", "dongping", "联络员信息表.xlsx", xl(rows, merge=["A1:F1"]),
              note="a 分管领导 row above the 联络员 row")],
         liaison=person("东平县教育和体育局", "孙雪梅", "职成股科员", "dpxjtj_zcg@163.com", "15169869013"),
         column_url="http://www.dongping.gov.cn/zjhdz/",
         note="the county's column followed by its schools' columns")  # fmt: skip
    send(b, u, "11-11 16:00", "coremail", "东平县活动周简报第1期", "简报第1期（两篇）、稿件一篇。",
         [art("dongping", "东平县职教活动周简报第1期.docx",
              dx(["h", "东平县职业教育活动周简报 第1期"], *art_blocks(u.name, "东平县", 0)[0:3],
                 *art_blocks(u.name, "东平县", 1)[0:3]), count=2),
          *arts("dongping", [2])])  # fmt: skip
    send(b, u, "11-14 18:30", "coremail", "东平县活动周简报第2期", "",
         [art("dongping", "东平县职教活动周简报第2期.docx",
              dx(["h", "东平县职业教育活动周简报 第2期"], *art_blocks(u.name, "东平县", 3)[0:3],
                 *art_blocks(u.name, "东平县", 4)[0:3]), count=2)])  # fmt: skip
    nums = (6, 12, 3300, 760, 8)
    send(b, u, "11-16 16:45", "coremail", "东平县职教活动周总结及统计表", "总结、统计表各一份。", [
        cat("summary", "dongping", "东平县职教活动周总结.docx",
            dx(["h", "东平县2020年职业教育活动周总结"], *[["p", p] for p in summary("我县", nums)])),
        cat("statistics", "dongping", "2020年职业教育活动周情况统计表.xlsx",
            xl([STAT_HEAD, stat_row("东平县", nums), [], ["填表人：刘倩", "", "联系电话：0538-2821156"]]),
            note="a 填表人 (not the liaison) under the table"),
    ])  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(b, u, "11-04 10:30", "coremail-gov", "高新区职业教育活动周方案",
         "市教育局：\n我区方案见附件。\n联系人：陈静同志，职务：社会事业局教育办科员，手机：+86 159 0538 8172，"
         "邮箱：gxqjtj@ta.shandong.cn，座机：0538-8928105。\n专栏网址：http://www.tagx.gov.cn/col/col45012/index.html。\n\n"
         "泰安高新区社会事业局（教体局）",
         [cat("plan", "gaoxin", "高新区活动周方案.docx",
              dx(["h", "泰安高新区2020年职业教育活动周方案"], *[["p", p] for p in plan("我区")]))],
         liaison=person("", "陈静", "社会事业局教育办科员", "gxqjtj@ta.shandong.cn", "15905388172"),
         column_url="http://www.tagx.gov.cn/col/col45012/index.html",
         note="a +86 mobile in groups; the column followed by a full-width 。")  # fmt: skip
    send(b, u, "11-10 09:05", "coremail-gov", "高新区职教周宣传稿", "", arts("gaoxin", range(3), "pdf"))
    send(b, u, "11-12 15:40", "coremail-gov", "关于变更高新区职教活动周联络员的函",
         "市教育局职成高教科：\n因工作调整，我区职业教育活动周联络员由陈静同志变更为韩磊同志。\n"
         "韩磊，社会事业局教育办副主任，手机13953876640，邮箱hanlei_gx@163.com。\n特此函告。\n"
         "泰安高新区社会事业局", liaison=person("", "韩磊", "社会事业局教育办副主任", "hanlei_gx@163.com", "13953876640"),
         note="联络员变更 later in the month")  # fmt: skip
    send(b, u, "11-14 16:20", "coremail-gov", "高新区稿件（续）", "韩磊", arts("gaoxin", [3, 4], "pdf"))
    nums = (4, 7, 1500, 420, 6)
    send(b, u, "11-16 09:30", "coremail-gov", "高新区职教活动周总结", "总结、统计表。", [
        cat("summary", "gaoxin", "高新区职教活动周总结.pdf",
            dxpdf(["h", "泰安高新区2020年职业教育活动周总结"], *[["p", p] for p in summary("我区", nums)])),
        cat("statistics", "gaoxin", "附件.xlsx", xl([STAT_HEAD, stat_row("高新区", nums)]),
            note="a file name that says nothing"),
    ])  # fmt: skip


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
_ = CITY
