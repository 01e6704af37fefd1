# ruff: noqa: E501
"""Set29's units: first-deadline mail, the week's reports, and (the focus) the summaries and
statistics tables of 11-13..11-17 in the shapes offices really send. Written for set29."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .kit import (
    HEAD1,
    HEAD2,
    STAT_TITLE,
    U,
    article,
    compilation,
    plan_doc,
    stat_sheet,
    summary_blocks,
    table_html,
)
from .mime import RSJ


def fig(
    online: str,
    offline: str,
    open_: str,
    skill: str,
    people: str,
    public: str,
    reports: str,
    views: str,
) -> dict[str, str]:
    return {
        "online": online,
        "offline": offline,
        "open": open_,
        "skill": skill,
        "people": people,
        "public": public,
        "reports": reports,
        "views": views,
    }


def row(n: int, name: str, f: dict[str, str]) -> list[str | int]:
    return [n, name, *nums(f)]


def nums(f: dict[str, str]) -> list[int | str]:
    out: list[int | str] = []
    for v in (
        f["online"],
        f["offline"],
        f["skill"],
        f["open"],
        f["people"],
        f["public"],
        f["reports"],
        f["views"],
    ):
        out.append(int(v) if v.isdigit() else v)
    return out


def docx(name: str, unit: str, blocks: list, cat: str = "summary", **kw) -> F:  # type: ignore[type-arg]
    return F(name, Doc("python-docx", blocks), cat, unit, **kw)


# --------------------------------------------------------------------------- counties


def taishan(b: Builder) -> None:
    u = U["taishan"]
    send(
        b,
        u,
        "11-04 10:12",
        "coremail-gov",
        "泰山区教体局报送职业教育活动周方案、专栏地址及联络员",
        """市教育局职成高教科：
现将我区职业教育活动周实施方案报送，请审阅。
宣传专栏地址：http://jtj.taishan.gov.cn/zjhdz2020/
联络员：泰山区教体局 职成教科 副科长 孙明浩，邮箱 tsjtj_smh@163.com，手机 13905386217。

泰山区教育和体育局职成教科
2020年11月4日""",
        [plan_doc("taishan", "泰山区", "泰山区2020年职业教育活动周实施方案.docx")],
        column_url="http://jtj.taishan.gov.cn/zjhdz2020/",
        liaison=person("泰山区教体局", "孙明浩", "副科长", "tsjtj_smh@163.com", "13905386217"),
    )
    send(
        b,
        u,
        "11-10 16:05",
        "coremail-gov",
        "泰山区活动周信息3篇",
        "职成科：报送我区活动周信息3篇，请审阅采用。泰山区教体局 孙明浩",
        [
            article("taishan", "泰山区", 0, 8),
            article("taishan", "泰山区", 11, 9),
            article("taishan", "泰山区", 3, 10),
        ],
    )
    send(
        b,
        u,
        "11-13 15:40",
        "coremail-gov",
        "泰山区活动周信息（二）",
        "再报两篇。",
        [article("taishan", "泰山区", 9, 12), article("taishan", "泰山区", 15, 13)],
    )
    schools = fig("6", "9", "2", "5", "2460", "830", "14", "21500")
    own = fig("2", "3", "0", "2", "150", "600", "6", "8800")
    total = fig("8", "12", "2", "7", "2610", "1430", "20", "30300")
    sheet = stat_sheet(
        [
            row(1, "泰安市泰山区职业中等专业学校", schools),
            row(2, "区教体局（组织）", own),
            ["合计", "", *nums(total)],
        ],
        title="泰山区2020年职业教育活动周情况统计表",
        footer=[[], ["填表人：孙明浩", "", "", "", "联系电话：6218033", "", "", "", "", ""]],
    )
    sheet["merge"].append("A7:B7")
    summ = summary_blocks("泰山区教育和体育局", "泰山区2020年职业教育活动周工作总结", total)
    send(
        b,
        u,
        "11-16 10:20",
        "coremail-gov",
        "泰山区职业教育活动周工作总结及统计表",
        """市教育局职成高教科：
按照要求，现将我区2020年职业教育活动周工作总结和情况统计表报上，统计表含区职专和我局组织的活动，最后一行为合计。
泰山区教体局职成教科 孙明浩""",
        [
            docx("泰山区2020年职业教育活动周工作总结.docx", "taishan", summ),
            F(
                "泰山区活动周情况统计表.xlsx",
                Doc("openpyxl", sheet),
                "statistics",
                "taishan",
                note="a county's table: its school as a row, a 合计 row, two-row merged header",
            ),
        ],
    )


def dyq(b: Builder) -> None:
    u = U["dyq"]
    send(
        b,
        u,
        "11-05 16:02",
        "coremail",
        "岱岳区活动周材料",
        """您好：
附件是岱岳区职业教育活动周方案。
专栏：http://www.daiyue.gov.cn/jyty/zjhdz/
联络员 岱岳区教体局职业教育科科员 王晓琳 13853836094 dyjtj_wxl@163.com
谢谢！""",
        [plan_doc("dyq", "岱岳区", "岱岳区职教活动周方案.docx")],
        column_url="http://www.daiyue.gov.cn/jyty/zjhdz/",
        liaison=person(
            "岱岳区教体局", "王晓琳", "职业教育科科员", "dyjtj_wxl@163.com", "13853836094"
        ),
    )
    send(
        b,
        u,
        "11-12 11:30",
        "coremail",
        "岱岳区职教活动周宣传稿件汇编",
        "您好，岱岳区活动周稿件汇编（5篇）见附件。王晓琳",
        [
            compilation(
                "dyq",
                "岱岳区",
                "岱岳区2020年职业教育活动周宣传稿件汇编",
                [(1, 8), (4, 9), (7, 10), (12, 11), (18, 11)],
                "岱岳区活动周稿件汇编.docx",
            )
        ],
    )
    f = fig("5", "8", "3", "6", "3120", "1050", "17", "26800")
    summ = summary_blocks("岱岳区教育和体育局", "岱岳区2020年职业教育活动周总结报告", f)
    xls = table_html(
        STAT_TITLE,
        HEAD1,
        HEAD2,
        [row(1, "岱岳区教育和体育局", f)],
        "填报单位：岱岳区教体局（盖章）  填表人：王晓琳",
    )
    send(
        b,
        u,
        "11-16 15:07",
        "coremail",
        "岱岳区总结报告、统计表",
        """您好：
岱岳区活动周总结报告（PDF）和统计表发您，请查收。
王晓琳""",
        [
            F(
                "岱岳区活动周总结报告.pdf",
                Doc("docx-pdf", [*summ, ["footer", "岱岳区教育和体育局"]]),
                "summary",
                "dyq",
                note="a summary sent as PDF",
            ),
            F(
                "岱岳区活动周情况统计表.xls",
                Doc("lo-xls", xls),
                "statistics",
                "dyq",
                note="an .xls written by LibreOffice Calc",
            ),
        ],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    send(
        b,
        u,
        "11-03 09:48",
        "coremail-gov",
        "新泰市教体局职业教育活动周方案",
        """市局职成科：
新泰市职业教育活动周方案已制定，见附件。
专栏网址 http://www.xintai.gov.cn/col/col_zjhdz/index.html
联络员：新泰市教体局职成科 科长 刘建华 手机13605489312 邮箱 xtjtj_ljh@126.com""",
        [plan_doc("xintai", "新泰市", "新泰市活动周实施方案.docx")],
        column_url="http://www.xintai.gov.cn/col/col_zjhdz/index.html",
        liaison=person("新泰市教体局", "刘建华", "科长", "xtjtj_ljh@126.com", "13605489312"),
    )
    send(
        b,
        u,
        "11-11 17:22",
        "coremail-gov",
        "新泰市活动周宣传材料5篇",
        "市局：新泰市活动周宣传材料5篇，请审阅。",
        [
            article("xintai", "新泰市", n, d)
            for n, d in ((2, 8), (5, 9), (8, 9), (13, 10), (16, 11))
        ],
    )
    f = fig("7", "10", "4", "8", "4350", "1600", "22", "35200")
    tail = [
        ["p", "附件：2020年职业教育活动周情况统计表"],
        [
            "t",
            [
                [
                    "单位名称",
                    "线上活动（场次）",
                    "线下活动（场次）",
                    "校园开放日（次）",
                    "技术技能服务（场次）",
                    "参与师生（人次）",
                    "服务群众（人次）",
                    "宣传报道（篇）",
                    "网络浏览量（人次）",
                ],
                ["新泰市教育和体育局", "7", "10", "4", "8", "4350", "1600", "22", "35200"],
            ],
        ],
    ]
    summ = summary_blocks("新泰市教育和体育局", "新泰市2020年职业教育活动周开展情况", f, tail)
    send(
        b,
        u,
        "11-16 17:10",
        "coremail-gov",
        "新泰市活动周开展情况（附统计表）",
        """市局职成科：
报送新泰市活动周开展情况，统计表附在文末，请查收。
新泰市教体局 刘建华""",
        [
            docx(
                "新泰市活动周开展情况.docx",
                "xintai",
                summ,
                also=("statistics",),
                note="the statistics table pasted at the end (附件：统计表)",
            )
        ],
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(
        b,
        u,
        "11-05 11:36",
        "qqweb",
        "肥城市职教活动周方案和联络员信息",
        """市教育局：
    肥城市活动周方案见附件。宣传专栏：http://www.feicheng.gov.cn/jyj/zjzk/
    联络员：肥城市教体局职成教科 王芳（科员），手机：15806389427，邮箱：fcjtj_wf@126.com""",
        [plan_doc("feicheng", "肥城市", "肥城市职业教育活动周实施方案.doc", "lo-doc")],
        column_url="http://www.feicheng.gov.cn/jyj/zjzk/",
        liaison=person("肥城市教体局", "王芳", "科员", "fcjtj_wf@126.com", "15806389427"),
    )
    send(
        b,
        u,
        "11-10 09:12",
        "qqweb",
        "肥城市活动周稿件",
        "肥城市活动周稿件两篇。",
        [article("feicheng", "肥城市", 6, 8), article("feicheng", "肥城市", 10, 9)],
    )
    send(
        b,
        u,
        "11-13 10:40",
        "qqweb",
        "肥城市活动周稿件（续）",
        "续报两篇。",
        [article("feicheng", "肥城市", 14, 11), article("feicheng", "肥城市", 17, 12)],
    )
    body = """市教育局职成高教科：
    我市活动周总结直接写在邮件里了，统计表见附件。

肥城市2020年职业教育活动周工作总结

    根据泰教函〔2020〕72号文件要求，11月8日至14日，我市以“人人出彩 技能强国”为主题开展了职业教育活动周。现总结如下：

    一、加强组织领导。市教体局成立活动周领导小组，印发实施方案，各职业院校结合实际制定具体方案，做到任务到人。

    二、活动丰富多彩。全市共组织线上活动9场、线下活动14场，举办网络校园开放日3次，开展技能下乡、家电维修等技术技能服务11场，参与师生约3800人次，服务群众约1200人次。

    三、宣传氛围浓厚。依托市政府网站专栏和“肥城教育”公众号，集中推送活动信息，共编发宣传报道16篇，网络浏览量2.1万人次。

    四、存在问题和下步打算。部分学校活动形式较单一，企业参与不多。下一步我们将总结经验，推动产教融合走深走实。

肥城市教育和体育局
2020年11月16日"""
    sheet = stat_sheet(
        [
            [
                1,
                "肥城市教育和体育局",
                "9场",
                "14场",
                "11场",
                "3次",
                "约3800人",
                "约1200人",
                "16篇",
                "2.1万",
            ]
        ],
        footer=[
            [],
            ["填表人：王芳", "", "", "联系电话：15806389427", "", "", "", "", "", ""],
            ["填表日期：2020年11月16日", "", "", "", "", "", "", "", "", ""],
        ],
    )
    send(
        b,
        u,
        "11-16 11:02",
        "qqweb",
        "肥城市活动周总结及统计表",
        body,
        [
            F(
                "肥城市活动周统计表.xlsx",
                Doc("openpyxl", sheet),
                "statistics",
                "feicheng",
                note="numbers with units as text (9场, 约3800人, 2.1万); 填表人/联系电话 footer",
            )
        ],
        body_summary=True,
        note="the summary is only in the mail body",
    )


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-06 15:25",
        "coremail",
        "宁阳县职业教育活动周方案（迟报）",
        """市局职成科：
抱歉晚报了。宁阳县活动周方案在附件里。
宣传专栏：http://www.ningyang.gov.cn/jtj/zjhdz/
联络员：宁阳县教体局职成教股股长 赵振东 13953899251 nyjtj_zzd@163.com""",
        [plan_doc("ningyang", "宁阳县", "宁阳县2020年职教活动周方案.docx")],
        column_url="http://www.ningyang.gov.cn/jtj/zjhdz/",
        liaison=person(
            "宁阳县教体局", "赵振东", "职成教股股长", "nyjtj_zzd@163.com", "13953899251"
        ),
    )
    send(
        b,
        u,
        "11-10 18:30",
        "coremail",
        "宁阳县活动周信息",
        "信息3篇",
        [article("ningyang", "宁阳县", n, d) for n, d in ((0, 8), (2, 9), (4, 10))],
    )
    send(
        b,
        u,
        "11-15 09:05",
        "coremail",
        "宁阳县活动周信息（补报）",
        "补报2篇，前几天忙忘了。",
        [article("ningyang", "宁阳县", 19, 13), article("ningyang", "宁阳县", 11, 14)],
    )
    f = fig("4", "7", "2", "5", "2100", "760", "9", "12400")
    summ = summary_blocks("宁阳县教育和体育局", "宁阳县2020年职业教育活动周工作总结", f)
    printed = table_html(
        STAT_TITLE,
        HEAD1,
        HEAD2,
        [row(1, "宁阳县教育和体育局", f)],
        "填表人：赵振东　　联系电话：5621706",
    )
    send(
        b,
        u,
        "11-16 16:41",
        "qqmobile",
        "宁阳县总结和统计表",
        """总结在附件，统计表打印出来签了字，拍照发您。
赵振东""",
        [
            docx("宁阳县活动周工作总结.docx", "ningyang", summ),
            F(
                "IMG_20201116_163512.jpg",
                Doc("photo-jpg", printed),
                "statistics",
                "ningyang",
                electronic=False,
                note="a phone photo of the printed table",
            ),
        ],
        sender="nyjtj_zcjy@163.com",
    )
    sheet = stat_sheet(
        [row(1, "宁阳县教育和体育局", f)],
        footer=[[], ["填表人：赵振东", "", "", "", "联系电话：5621706", "", "", "", "", ""]],
    )
    send(
        b,
        u,
        "11-17 09:16",
        "coremail",
        "回复：宁阳县总结和统计表",
        """按您电话里说的，统计表Excel版补发一下。
赵振东

------------------ 原始邮件 ------------------
发件人: nyjtj_zcjy@163.com
发送时间: 2020年11月16日 16:41
主题: 宁阳县总结和统计表
总结在附件，统计表打印出来签了字，拍照发您。""",
        [
            F(
                "宁阳县活动周情况统计表.xlsx",
                Doc("openpyxl", sheet),
                "statistics",
                "ningyang",
                note="the Excel staff asked for, after the photo",
            )
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(
        b,
        u,
        "11-05 09:20",
        "outlook",
        "东平县教体局报送活动周方案等材料",
        """市教育局职成高教科：
现将东平县2020年职业教育活动周实施方案报送。
宣传专栏网址：http://www.dongping.gov.cn/jyty/zjhdz2020/
联络员：东平县教体局职成科副科长 韩雪梅，手机13562830476，邮箱dpjtj_hxm@163.com。
东平县教育和体育局""",
        [plan_doc("dongping", "东平县", "东平县职业教育活动周实施方案.docx")],
        column_url="http://www.dongping.gov.cn/jyty/zjhdz2020/",
        liaison=person(
            "东平县教体局", "韩雪梅", "职成科副科长", "dpjtj_hxm@163.com", "13562830476"
        ),
    )
    send(
        b,
        u,
        "11-09 15:50",
        "outlook",
        "东平县活动周宣传信息（一）",
        "报送宣传信息2篇。",
        [article("dongping", "东平县", 5, 8), article("dongping", "东平县", 8, 9)],
    )
    send(
        b,
        u,
        "11-13 16:10",
        "outlook",
        "东平县活动周宣传信息（二）",
        "报送宣传信息3篇。",
        [article("dongping", "东平县", n, d) for n, d in ((12, 11), (14, 12), (16, 13))],
    )
    f = fig("5", "6", "2", "7", "2680", "940", "12", "15600")
    summ = summary_blocks("东平县教育和体育局", "东平县2020年职业教育活动周情况报告", f)
    h1 = [x for i, x in enumerate(HEAD1) if i != 9]
    h2 = [x for i, x in enumerate(HEAD2) if i != 9]
    sheet = stat_sheet([row(1, "东平县教育和体育局", f)[:9]], head1=h1, head2=h2)
    send(
        b,
        u,
        "11-15 10:30",
        "outlook",
        "东平县活动周情况报告及统计表",
        """市教育局职成高教科：
附件为东平县活动周情况报告及统计表。网络浏览量我们没有统计，该列未填。
韩雪梅""",
        [
            docx("东平县2020年职业教育活动周情况报告.docx", "dongping", summ),
            F(
                "东平县活动周统计表.xlsx",
                Doc("openpyxl", sheet),
                "statistics",
                "dongping",
                note="the 网络浏览量 column left out",
            ),
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-04 14:33",
        "qqweb",
        "高新区活动周方案",
        """市局领导：
高新区活动周方案发您。专栏还在做，先用我局公众号“泰安高新教育”发布。
联络员：高新区教体局 社会事业科 科员 周婷 18653838725 3318405527@qq.com""",
        [plan_doc("gaoxin", "高新区", "高新区活动周方案.docx")],
        wechat_only=True,
        liaison=person("高新区教体局", "周婷", "科员", "3318405527@qq.com", "18653838725"),
        note="the column only as a WeChat account",
    )
    send(
        b,
        u,
        "11-09 10:05",
        "qqweb",
        "高新区活动周稿件",
        "稿件3篇，请审阅。",
        [article("gaoxin", "高新区", n, d) for n, d in ((1, 8), (3, 8), (9, 9))],
    )
    send(
        b,
        u,
        "11-12 16:45",
        "qqweb",
        "高新区活动周稿件2篇",
        "再发2篇。",
        [article("gaoxin", "高新区", 13, 11), article("gaoxin", "高新区", 17, 12)],
    )
    f = fig("3", "5", "1", "3", "1450", "520", "8", "9100")
    summ = summary_blocks("泰安高新区教育和体育局", "高新区2020年职业教育活动周开展情况", f)
    send(
        b,
        u,
        "11-16 17:20",
        "qqweb",
        "高新区活动周开展情况",
        "市局领导：高新区活动周开展情况见附件。周婷",
        [docx("高新区职业教育活动周开展情况.docx", "gaoxin", summ)],
        note="the summary without the statistics table",
    )


# --------------------------------------------------------------------------- schools


def tzy(b: Builder) -> None:
    u = U["tzy"]
    send(
        b,
        u,
        "11-04 09:10",
        "outlook",
        "泰安职业技术学院活动周方案、专栏及联络员",
        """职成高教科：
报送我院2020年职业教育活动周实施方案。
专栏：https://www.tzvtc.edu.cn/zjhdz2020/
联络员：泰安职业技术学院宣传部 干事 陈思远 电话 13805381574 邮箱 tzy_csy@163.com
泰安职业技术学院宣传部""",
        [plan_doc("tzy", "泰安职业技术学院", "泰安职业技术学院活动周实施方案.pdf", "lo-pdf")],
        column_url="https://www.tzvtc.edu.cn/zjhdz2020/",
        liaison=person("泰安职业技术学院", "陈思远", "干事", "tzy_csy@163.com", "13805381574"),
    )
    send(
        b,
        u,
        "11-11 14:00",
        "outlook",
        "泰安职院活动周宣传稿6篇",
        "报送宣传稿6篇。",
        [
            article("tzy", "泰安职院", n, d)
            for n, d in ((0, 8), (7, 9), (8, 9), (14, 10), (15, 10), (18, 11))
        ],
    )
    rows = [
        [
            "单位名称",
            "线上活动（场次）",
            "线下活动（场次）",
            "校园开放日（次）",
            "技术技能服务（场次）",
            "参与师生（人次）",
            "服务群众（人次）",
            "宣传报道（篇）",
            "网络浏览量（人次）",
        ],
        ["泰安职业技术学院", 11, 8, 2, 6, 5200, 1300, 18, 46500],
    ]
    summ = summary_blocks(
        "泰安职业技术学院",
        "泰安职业技术学院2020年职业教育活动周工作总结",
        fig("11", "8", "2", "6", "5200", "1300", "18", "46500"),
    )
    send(
        b,
        u,
        "11-13 16:30",
        "outlook",
        "泰安职院活动周工作总结及统计表",
        """职成高教科：
我院活动周工作总结和统计表报上。统计表是从我们的数据平台导出的CSV，如需Excel格式请告知。
陈思远""",
        [
            docx("泰安职院活动周工作总结.docx", "tzy", summ),
            F(
                "活动周情况统计表.csv",
                Doc("csv-gb18030", rows),
                "statistics",
                "tzy",
                producer="CSV written in GB18030 (Excel's 另存为 CSV)",
                note="a CSV",
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(
        b,
        u,
        "11-05 10:15",
        "thunderbird",
        "泰山职业技术学院 活动周方案 专栏 联络员",
        """市教育局职成高教科老师：您好！
附件为我院活动周方案。宣传专栏：http://www.tsvtc.edu.cn/2020zjhdz/
联络员：泰山职业技术学院党政办 副主任 李冬梅，手机13792168830，邮箱tsvtc_ldm@126.com""",
        [plan_doc("tsvtc", "泰山职业技术学院", "泰山职业技术学院2020年活动周方案.docx")],
        column_url="http://www.tsvtc.edu.cn/2020zjhdz/",
        liaison=person("泰山职业技术学院", "李冬梅", "副主任", "tsvtc_ldm@126.com", "13792168830"),
    )
    send(
        b,
        u,
        "11-12 09:30",
        "thunderbird",
        "泰山职院活动周报道",
        "报道5篇。",
        [
            article("tsvtc", "泰山职院", n, d)
            for n, d in ((0, 8), (5, 9), (10, 10), (12, 11), (19, 11))
        ],
    )
    f = fig("9", "7", "2", "5", "4600", "1150", "15", "38000")
    summ = summary_blocks("泰山职业技术学院", "泰山职业技术学院2020年职业教育活动周总结报告", f)
    sheet = stat_sheet([row(1, "泰山职业技术学院", f)])
    send(
        b,
        u,
        "11-16 09:02",
        "thunderbird",
        "泰山职院 活动周总结报告 统计表",
        "老师您好，我院活动周总结报告和情况统计表见附件。李冬梅",
        [
            docx("泰山职院活动周总结报告.docx", "tsvtc", summ),
            F("泰山职院活动周情况统计表.xlsx", Doc("openpyxl", sheet), "statistics", "tsvtc"),
        ],
    )
    summ2 = summary_blocks(
        "泰山职业技术学院", "泰山职业技术学院2020年职业教育活动周总结报告（修改版）", f
    )
    send(
        b,
        u,
        "11-17 08:41",
        "thunderbird",
        "泰山职院 活动周总结报告（修改版）",
        "老师您好，总结报告第三部分有两处数字写错了，发一下修改版，以此为准。李冬梅",
        [
            docx(
                "泰山职院活动周总结报告（修改版）.docx",
                "tsvtc",
                summ2,
                note="修改版 after the deadline; the first came in time",
            )
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    send(
        b,
        u,
        "11-05 15:48",
        "coremail",
        "山东服装职业学院活动周方案",
        """老师好：
山东服装职业学院活动周方案见附件，专栏：http://www.sdfzxy.cn/zjhdz/
联络员：宣传部 部长助理 高亚楠 15168878320 fzzy_gyn@126.com""",
        [plan_doc("sdfzxy", "山东服装职业学院", "山东服装职业学院活动周方案.docx")],
        column_url="http://www.sdfzxy.cn/zjhdz/",
        liaison=person("", "高亚楠", "部长助理", "fzzy_gyn@126.com", "15168878320"),
    )
    send(
        b,
        u,
        "11-13 11:20",
        "coremail",
        "服装学院活动周稿件5篇",
        "稿件5篇",
        [
            article("sdfzxy", "服装学院", n, d)
            for n, d in ((2, 8), (6, 9), (10, 10), (16, 11), (19, 12))
        ],
    )
    f = fig("6", "5", "1", "3", "2900", "450", "10", "17300")
    summ = summary_blocks("山东服装职业学院", "山东服装职业学院职业教育活动周工作总结", f)
    printed = table_html(
        STAT_TITLE,
        HEAD1,
        HEAD2,
        [row(1, "山东服装职业学院", f)],
        "填报单位（盖章）：山东服装职业学院　　负责人：高亚楠",
    )
    send(
        b,
        u,
        "11-16 16:05",
        "coremail",
        "服装学院活动周总结、统计表（盖章扫描件）",
        """老师好：
总结和盖章的统计表扫描件发您。
高亚楠""",
        [
            docx("服装学院活动周工作总结.docx", "sdfzxy", summ),
            F(
                "统计表扫描件.pdf",
                Doc("scan-pdf", printed),
                "statistics",
                "sdfzxy",
                electronic=False,
                note="an image-only scan of the stamped printed table",
            ),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    send(
        b,
        u,
        "11-05 17:40",
        "coremail",
        "力明学院活动周方案",
        """您好，山东力明科技职业学院活动周方案见附件。
专栏：http://www.lmu.cn/zjhdz2020/
联络员：党委宣传部 科长 孟凡强 13656384019 lmkj_mfq@163.com""",
        [plan_doc("lmkj", "山东力明科技职业学院", "力明学院活动周方案.docx")],
        column_url="http://www.lmu.cn/zjhdz2020/",
        liaison=person("", "孟凡强", "科长", "lmkj_mfq@163.com", "13656384019"),
    )
    send(
        b,
        u,
        "11-11 10:00",
        "coremail",
        "力明学院活动周稿件",
        "稿件5篇。",
        [
            article("lmkj", "力明学院", n, d)
            for n, d in ((0, 8), (9, 9), (11, 9), (13, 10), (17, 11))
        ],
    )
    f = fig("5", "4", "1", "4", "3300", "900", "9", "14200")
    summ = summary_blocks("山东力明科技职业学院", "山东力明科技职业学院活动周工作总结", f)
    sheet = stat_sheet([row(1, "山东力明科技职业学院", f)])
    send(
        b,
        u,
        "11-17 10:05",
        "coremail",
        "力明学院活动周总结及统计表（迟报）",
        "您好，总结（PDF）和统计表迟交了，抱歉！孟凡强",
        [
            F("力明学院活动周工作总结.pdf", Doc("docx-pdf", summ), "summary", "lmkj"),
            F("力明学院活动周统计表.xlsx", Doc("openpyxl", sheet), "statistics", "lmkj"),
        ],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-04 16:20",
        "foxmail",
        "泰山护理职业学院活动周方案及联络员",
        """市教育局职成高教科：
附件为我院活动周实施方案。宣传专栏：http://www.tshlxy.edu.cn/zjhdz/
联络员：泰山护理职业学院宣传统战部 科员 崔晓燕，18954835067，tshl_cxy@163.com""",
        [plan_doc("tshl", "泰山护理职业学院", "泰山护理职业学院活动周实施方案.docx")],
        column_url="http://www.tshlxy.edu.cn/zjhdz/",
        liaison=person("泰山护理职业学院", "崔晓燕", "科员", "tshl_cxy@163.com", "18954835067"),
    )
    send(
        b,
        u,
        "11-10 15:15",
        "foxmail",
        "泰护活动周稿件（3篇）",
        "3篇稿件，请审核。",
        [article("tshl", "泰护", n, d) for n, d in ((9, 8), (3, 9), (1, 9))],
    )
    send(
        b,
        u,
        "11-13 09:40",
        "foxmail",
        "泰护活动周稿件（2篇）",
        "2篇。",
        [article("tshl", "泰护", 6, 11), article("tshl", "泰护", 19, 12)],
    )
    f = fig("4", "6", "1", "9", "2750", "2100", "11", "19800")
    summ = summary_blocks("泰山护理职业学院", "泰山护理职业学院2020年职业教育活动周工作总结", f)
    table = [
        ["填报单位：泰山护理职业学院"],
    ]
    blocks = [
        ["h", STAT_TITLE],
        ["p", "填报单位：泰山护理职业学院（盖章）"],
        [
            "t",
            [
                ["项目", "数量"],
                ["线上活动（场次）", "4"],
                ["线下活动（场次）", "6"],
                ["校园开放日（次）", "1"],
                ["技术技能服务（场次）", "9"],
                ["参与师生（人次）", "2750"],
                ["服务群众（人次）", "2100"],
                ["宣传报道（篇）", "11"],
                ["网络浏览量（人次）", "19800"],
            ],
        ],
        ["p", "填表人：崔晓燕　　联系电话：18954835067"],
    ]
    del table
    send(
        b,
        u,
        "11-16 14:22",
        "foxmail",
        "泰护活动周总结及统计表",
        """职成高教科：
我院活动周工作总结、情况统计表（Word）报上。
崔晓燕""",
        [
            docx("泰护活动周工作总结.docx", "tshl", summ),
            docx(
                "2020年职业教育活动周情况统计表.docx",
                "tshl",
                blocks,
                cat="statistics",
                note="the table as a docx table, items down the rows",
            ),
        ],
    )


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(
        b,
        u,
        "11-05 08:50",
        "py-compat32",
        "泰安技师学院职业教育活动周方案",
        """市人社局职教科：
报送我院活动周方案。专栏：http://www.tajsxy.com/zjhdz/
联络员：泰安技师学院教务处副处长 杜宏伟 手机13515381042 邮箱tajs_dhw@163.com""",
        [plan_doc("tajsxy", "泰安技师学院", "泰安技师学院活动周方案.docx")],
        to=RSJ,
        column_url="http://www.tajsxy.com/zjhdz/",
        liaison=person("泰安技师学院", "杜宏伟", "教务处副处长", "tajs_dhw@163.com", "13515381042"),
    )
    send(
        b,
        u,
        "11-13 14:55",
        "py-compat32",
        "泰安技师学院活动周宣传材料汇编",
        "宣传材料汇编（5篇）。",
        to=RSJ,
        files=[
            compilation(
                "tajsxy",
                "市技师学院",
                "泰安技师学院职业教育活动周宣传材料汇编",
                [(2, 8), (5, 9), (13, 10), (14, 11), (8, 12)],
                "泰安技师学院宣传材料汇编.docx",
            )
        ],
    )
    f = fig("3", "8", "1", "10", "3900", "1700", "12", "13900")
    summ = summary_blocks("泰安技师学院", "泰安技师学院2020年职业教育活动周工作总结", f)
    sheet = stat_sheet([row(1, "泰安技师学院", f)])
    send(
        b,
        u,
        "11-16 10:48",
        "py-compat32",
        "泰安技师学院活动周总结和统计表",
        "市人社局职教科：我院活动周工作总结和情况统计表见附件。杜宏伟",
        to=RSJ,
        files=[
            docx("泰安技师学院活动周工作总结.docx", "tajsxy", summ),
            F("泰安技师学院统计表.xlsx", Doc("openpyxl", sheet), "statistics", "tajsxy"),
        ],
    )


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(
        b,
        u,
        "11-05 14:10",
        "coremail",
        "岱岳区职业教育中心活动周方案",
        """老师您好：
岱岳区职业教育中心活动周方案见附件。
专栏：http://www.dyzjzx.com/hdz/
联络员：办公室副主任 石磊 电话15963870215 邮箱 dyzj_shilei@163.com""",
        [plan_doc("dyzj", "岱岳区职业教育中心", "附件1：活动周方案.docx")],
        column_url="http://www.dyzjzx.com/hdz/",
        liaison=person("", "石磊", "办公室副主任", "dyzj_shilei@163.com", "15963870215"),
    )
    send(
        b,
        u,
        "11-12 17:35",
        "coremail",
        "岱岳职教中心稿件",
        "稿件5篇。石磊",
        [
            article("dyzj", "岱岳区职教中心", n, d)
            for n, d in ((4, 8), (7, 9), (13, 10), (17, 11), (18, 12))
        ],
    )
    f = fig("4", "9", "2", "7", "2980", "1320", "13", "16700")
    summ = summary_blocks("岱岳区职业教育中心", "岱岳区职业教育中心2020年职业教育活动周总结", f)
    sheet = stat_sheet(
        [row(1, "泰安市岱岳区职业教育中心", f)],
        footer=[[], ["填表人：石磊", "", "", "", "联系电话：15963870215", "", "", "", "", ""]],
    )
    stat = F("岱岳区职教中心统计表.xlsx", Doc("openpyxl", sheet), "statistics", "dyzj")
    send(
        b,
        u,
        "11-16 10:31",
        "coremail",
        "岱岳区职教中心总结、统计表",
        "老师您好，总结和统计表见附件。石磊",
        [docx("岱岳区职教中心活动周总结.docx", "dyzj", summ), stat],
    )
    send(
        b,
        u,
        "11-16 14:12",
        "coremail",
        "统计表",
        "老师，上午的统计表不知道发过去没有，再发一遍。岱岳区职教中心 石磊",
        [
            F(
                "岱岳区职教中心统计表.xlsx",
                Doc("openpyxl", sheet),
                "statistics",
                "dyzj",
                note="the same table sent a second time",
            )
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b,
        u,
        "11-05 10:40",
        "coremail-gov",
        "新泰职专活动周方案",
        """市教育局职成高教科：
新泰市职业中等专业学校活动周方案报上。宣传专栏 http://www.xtzz.net/zjhdz/
联络员：教务处 主任 宋玉杰 13869813657 xtzz_syj@126.com""",
        [plan_doc("xtzz", "新泰市职业中等专业学校", "新泰职专活动周方案.docx")],
        column_url="http://www.xtzz.net/zjhdz/",
        liaison=person("", "宋玉杰", "主任", "xtzz_syj@126.com", "13869813657"),
    )
    send(
        b,
        u,
        "11-12 10:25",
        "coremail-gov",
        "新泰职专活动周信息",
        "两篇信息。",
        [article("xtzz", "新泰职专", 3, 9), article("xtzz", "新泰职专", 16, 11)],
    )
    send(
        b,
        u,
        "11-14 09:30",
        "coremail-gov",
        "请问活动周情况统计表有模板吗",
        """老师您好：
通知里说16日前报《2020年职业教育活动周情况统计表》，请问有统一模板吗？没有的话我们就按自己的格式做了。
新泰职专 宋玉杰""",
    )
    f = fig("3", "6", "1", "4", "1850", "600", "7", "8300")
    summ = summary_blocks("新泰市职业中等专业学校", "开展情况总结", f)
    sheet = stat_sheet([row(1, "新泰职专", f)])
    send(
        b,
        u,
        "11-16 17:32",
        "coremail-gov",
        "新泰职专总结和统计表",
        "老师：按我们自己的格式做的，见附件。宋玉杰",
        [
            docx("工作总结.docx", "xtzz", summ, note="named for nobody; the school only inside"),
            F("统计表.xlsx", Doc("openpyxl", sheet), "statistics", "xtzz"),
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(
        b,
        u,
        "11-05 16:45",
        "foxmail",
        "肥城市职业中等专业学校职教活动周方案",
        """市教育局：
附件是我校活动周方案。专栏：http://www.fczz.cn/zjhdz2020/
联络员：肥城市职业中等专业学校招就处 干事 邢娜 电话15064830971 邮箱fczz_xingna@163.com""",
        [plan_doc("fczz", "肥城市职业中等专业学校", "肥城职专活动周方案.docx")],
        column_url="http://www.fczz.cn/zjhdz2020/",
        liaison=person(
            "肥城市职业中等专业学校", "邢娜", "干事", "fczz_xingna@163.com", "15064830971"
        ),
    )
    send(
        b,
        u,
        "11-11 15:05",
        "foxmail",
        "肥城职专活动周稿件",
        "稿件5篇，请查收。",
        [
            article("fczz", "肥城职专", n, d)
            for n, d in ((1, 8), (4, 9), (12, 10), (15, 10), (19, 11))
        ],
    )
    vals = [
        "1",
        "肥城市职业中等专业学校",
        "6场",
        "5场",
        "4场",
        "1次",
        "约1500人",
        "约300人",
        "10篇",
        "约1.2万",
    ]
    html = table_html(STAT_TITLE, HEAD1, HEAD2, [vals], "填表人：邢娜　联系电话：15064830971")
    summ = summary_blocks(
        "肥城市职业中等专业学校",
        "肥城市职业中等专业学校活动周工作总结",
        fig("6", "5", "1", "4", "1500", "300", "10", "1.2万"),
    )
    send(
        b,
        u,
        "11-16 09:50",
        "foxmail",
        "肥城职专活动周总结及统计表",
        "市教育局：我校活动周工作总结、统计表见附件。邢娜",
        [
            docx("肥城职专活动周工作总结.docx", "fczz", summ),
            F(
                "肥城职专活动周统计表.xlsx",
                Doc("lo-xlsx", html),
                "statistics",
                "fczz",
                note="numbers with units as text (6场, 约1500人); written by LibreOffice Calc",
            ),
        ],
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(
        b,
        u,
        "11-05 11:10",
        "coremail",
        "宁阳职专活动周方案、专栏、联络员",
        """老师您好！
宁阳县职业中等专业学校活动周方案在附件。专栏地址：http://www.nyzz.com.cn/hdz/
联络员：马晓东 13583867249 nyzz_mxd@126.com""",
        [plan_doc("nyzz", "宁阳县职业中等专业学校", "宁阳职专活动周方案.docx")],
        column_url="http://www.nyzz.com.cn/hdz/",
        liaison=person("", "马晓东", "", "nyzz_mxd@126.com", "13583867249"),
        note="no 职务 for the liaison",
    )
    send(
        b,
        u,
        "11-10 10:50",
        "coremail",
        "宁阳职专稿件",
        "宁阳职专稿件3篇",
        [article("nyzz", "宁阳职专", n, d) for n, d in ((0, 8), (6, 9), (14, 9))],
    )
    send(
        b,
        u,
        "11-13 16:30",
        "coremail",
        "宁阳职专稿件2",
        "再报2篇",
        [article("nyzz", "宁阳职专", 10, 11), article("nyzz", "宁阳职专", 18, 12)],
        note="nothing at the second deadline follows",
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b,
        u,
        "11-05 09:55",
        "neomutt",
        "东平职教中心活动周方案",
        """市教育局职成高教科：
东平县职业教育中心学校活动周实施方案见附件。
专栏：http://www.dpzjzx.cn/zjhdz/
联络员：东平县职业教育中心学校办公室主任 武春生
手机：13954863120  邮箱：dpzj_wcs@163.com
""",
        [plan_doc("dpzj", "东平县职业教育中心学校", "dpzj-huodongzhou-fangan.docx")],
        column_url="http://www.dpzjzx.cn/zjhdz/",
        sender_name="武春生",
        liaison=person(
            "东平县职业教育中心学校", "武春生", "办公室主任", "dpzj_wcs@163.com", "13954863120"
        ),
    )
    send(
        b,
        u,
        "11-12 08:40",
        "neomutt",
        "东平职教中心活动周稿件5篇",
        "稿件5篇，见附件。\n武春生\n",
        [
            article("dpzj", "东平职教中心", n, d)
            for n, d in ((2, 8), (4, 9), (8, 10), (11, 10), (18, 11))
        ],
        sender_name="武春生",
    )
    f = fig("2", "6", "1", "8", "1980", "1450", "8", "7600")
    summ = summary_blocks(
        "东平县职业教育中心学校", "东平县职业教育中心学校2020年职业教育活动周工作总结", f
    )
    sheet = stat_sheet(
        [row(1, "东平县职业教育中心学校", f)],
        footer=[
            [],
            ["填表人：武春生", "", "", "联系电话：13954863120", "", "", "", "", "", ""],
            ["审核人：刘庆军", "", "", "", "", "", "", "", "", ""],
        ],
    )
    send(
        b,
        u,
        "11-16 18:42",
        "neomutt",
        "东平职教中心 活动周总结 统计表",
        "市教育局职成高教科：\n总结和统计表发来，晚了一点，抱歉。\n武春生\n",
        [
            docx("东平职教中心活动周工作总结.docx", "dpzj", summ),
            F(
                "东平职教中心活动周统计表.xlsx",
                Doc("openpyxl", sheet),
                "statistics",
                "dpzj",
                note="填表人/联系电话/审核人 footer",
            ),
        ],
        sender_name="武春生",
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    send(
        b,
        u,
        "11-04 11:18",
        "py-smtp",
        "交通职专活动周方案及联络员",
        """职成高教科老师：
泰安市交通职业中等专业学校活动周方案见附件。宣传专栏：http://www.tajtzz.cn/hdz2020/
联络员：泰安市交通职业中等专业学校 学生处 副主任 许文静 13792119438 jtzz_xwj@163.com""",
        [plan_doc("jtzz", "泰安市交通职业中等专业学校", "交通职专活动周方案.docx")],
        column_url="http://www.tajtzz.cn/hdz2020/",
        liaison=person(
            "泰安市交通职业中等专业学校", "许文静", "副主任", "jtzz_xwj@163.com", "13792119438"
        ),
    )
    send(
        b,
        u,
        "11-10 11:00",
        "py-smtp",
        "交通职专活动周稿件",
        "稿件5篇。许文静",
        [article("jtzz", "交通职专", n, d) for n, d in ((13, 8), (1, 8), (3, 9), (5, 9), (9, 10))],
    )
    f = fig("5", "6", "2", "6", "2300", "980", "11", "12100")
    blocks = summary_blocks("泰安市交通职业中等专业学校", "交通职专2020年职业教育活动周总结报告", f)
    html = (
        "<html><head><meta charset='utf-8'></head><body>"
        + "".join(
            f"<h2>{x[1]}</h2>"
            if x[0] == "h"
            else f"<p><b>{x[1]}</b></p>"
            if x[0] == "plain"
            else f"<p>{x[1]}</p>"
            for x in blocks
        )
        + "</body></html>"
    )
    sheet = stat_sheet([row(1, "泰安市交通职业中等专业学校", f)])
    send(
        b,
        u,
        "11-16 15:30",
        "qqweb",
        "交通职专活动周总结报告、统计表",
        """职成高教科老师好：
我是交通职专许文静，学校邮箱附件发不出去，用个人邮箱发一下总结报告和统计表。
泰安市交通职业中等专业学校 许文静""",
        [
            F("交通职专活动周总结报告.pdf", Doc("lo-pdf", html), "summary", "jtzz"),
            F("交通职专统计表.xlsx", Doc("openpyxl", sheet), "statistics", "jtzz"),
        ],
        sender="1827364519@qq.com",
        sender_name="许文静",
        note="from a teacher's personal QQ box; the school in the body",
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(
        b,
        u,
        "11-05 15:00",
        "wps",
        "泰山区职专活动周方案",
        """市教育局：
泰安市泰山区职业中等专业学校活动周方案报送。专栏：http://www.tsqzz.com/zjhdz/
联络员：团委书记 钱慧 18805387720 tsqzz_qh@126.com""",
        [plan_doc("tsqzz", "泰山区职业中等专业学校", "泰山区职专活动周方案.docx")],
        column_url="http://www.tsqzz.com/zjhdz/",
        liaison=person("", "钱慧", "团委书记", "tsqzz_qh@126.com", "18805387720"),
    )
    send(
        b,
        u,
        "11-11 16:20",
        "wps",
        "泰山区职专活动周稿件",
        "稿件5篇，请审阅。钱慧",
        [
            article("tsqzz", "泰山区职专", n, d)
            for n, d in ((0, 8), (2, 9), (6, 9), (10, 10), (12, 11))
        ],
    )
    f = fig("6", "9", "2", "5", "2460", "830", "14", "21500")
    summ = summary_blocks("泰安市泰山区职业中等专业学校", "泰山区职专2020年职业教育活动周总结", f)
    sheet = stat_sheet([row(1, "泰安市泰山区职业中等专业学校", f)])
    send(
        b,
        u,
        "11-16 11:40",
        "wps",
        "泰山区职专活动周总结、统计表",
        "市教育局：我校活动周总结和统计表见附件。钱慧",
        [
            docx("泰山区职专活动周总结.docx", "tsqzz", summ),
            F("泰山区职专活动周统计表.xlsx", Doc("openpyxl", sheet), "statistics", "tsqzz"),
        ],
    )


STORIES = [
    taishan,
    dyq,
    xintai,
    feicheng,
    ningyang,
    dongping,
    gaoxin,
    tzy,
    tsvtc,
    sdfzxy,
    lmkj,
    tshl,
    tajsxy,
    dyzj,
    xtzz,
    fczz,
    nyzz,
    dpzj,
    jtzz,
    tsqzz,
]
