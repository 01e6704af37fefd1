# ruff: noqa: E501
"""set26's schools: replies, resends and corrections in their own words.

tzy: the liaison's mobile changed, the earlier mail (old number) quoted below. tsvtc:
ordinary. sdfzxy: a plan nobody can open, resent as PDF before the deadline after the city's
note. lmkj: a reply to the city's acknowledgement adding the liaison; no table. tshl: late
first mail. tajsxy: to the 人社局 box; 联络员调整 before the deadline. dyzj: a table nobody can
open, resent the next morning. xtzz, nyzz, dpzj: their first mail came through the county
(counties.py). fczz: a 谢谢 reply to the ack; a changed mobile with its own earlier mail
quoted. jtzz: NeoMutt; the column added late in a reply to the ack (quoted with >). tsqzz:
two articles came through taishan; no table.
"""

from __future__ import annotations

from typing import Any

from .build import Builder, F, person, send
from .kit import U, ack_quote, article, docx, f, html_doc, orig_block, plan_doc, quote, stats
from .mime import RSJ

CITYMID = "<{}.ack@ta.shandong.cn>"


def arts(unit: str, specs: list[tuple[str, ...]]) -> list[F]:
    """Article files: (file name, headline, paragraph, paragraph[, producer])."""
    out = []
    for s in specs:
        producer = s[4] if len(s) > 4 else "python-docx"
        out.append(f(s[0], article(s[1], s[2], s[3], producer=producer), "article", unit))
    return out


def summary_stats(
    unit: str, name: str, paras: list[str], nums: list[Any], sname: str = "", xname: str = ""
) -> list[F]:
    u = U[unit]
    return [
        f(sname or f"{u.short}2020年职业教育活动周总结.docx",
          docx(["h", f"{name}2020年职业教育活动周工作总结"], *[["p", p] for p in paras]),
          "summary", unit),
        f(xname or f"{u.short}活动周情况统计表.xlsx", stats(name, nums), "statistics", unit),
    ]  # fmt: skip


def tzy(b: Builder) -> None:
    u = U["tzy"]
    col = "http://www.tzvtc.edu.cn/zjhdz/"
    first = f"""泰安市教育局职成高教科：

根据泰教函〔2020〕72号文件要求，我院报送以下材料：
1. 泰安职业技术学院2020年职业教育活动周实施方案（附件）；
2. 宣传专栏网址：{col}
3. 联络员：泰安职业技术学院  党委宣传部副部长  韩冬梅
   邮箱：handm@tzvtc.edu.cn   手机：13853813652

泰安职业技术学院党委宣传部
2020年11月3日"""
    send(
        b, u, "11-03 10:30", "wps", "泰安职业技术学院活动周方案及联络员信息", first,
        [f("泰安职业技术学院2020年职业教育活动周实施方案.docx", plan_doc(
            "泰安职业技术学院2020年职业教育活动周实施方案",
            ["一、总体要求：围绕“人人出彩 技能强国”主题，面向社会展示我院办学成果。",
             "二、活动内容：（一）云上开放日；（二）“技能泰职”成果展；（三）师生志愿服务进社区；"
             "（四）优秀校友事迹宣讲。",
             "三、职责分工：宣传部负责专栏建设，各二级学院负责组织活动。"],
            [["时间", "活动", "负责部门"], ["11月8日", "云上开放日", "招生就业处"],
             ["11月9日-13日", "成果展", "各二级学院"], ["11月14日", "校友宣讲", "校友办"]]),
          "plan", "tzy")],
        column_url=col,
        liaison=person("泰安职业技术学院", "韩冬梅", "党委宣传部副部长", "handm@tzvtc.edu.cn",
                       "13853813652"),
    )  # fmt: skip
    send(
        b, u, "11-06 08:50", "wps", "回复：泰安职业技术学院活动周方案及联络员信息",
        f"""职成高教科：

我院活动周联络员韩冬梅同志手机号码已更换，新号码为18253865029（原号码停用），单位、职务、邮箱不变。请以新号码为准。

泰安职业技术学院党委宣传部

{orig_block("outlook", "xcbgs@tzvtc.edu.cn", "2020年11月3日 10:30",
            "泰安职业技术学院活动周方案及联络员信息")}

{first}""",
        liaison=person("泰安职业技术学院", "韩冬梅", "党委宣传部副部长", "handm@tzvtc.edu.cn",
                       "18253865029"),
        note="the liaison's new mobile; the earlier mail with the old number is quoted below",
    )  # fmt: skip
    send(
        b, u, "11-09 16:00", "wps", "泰职院活动周宣传稿（1）",
        "职成高教科：\n\n报送两篇稿件，请审阅。\n\n泰安职业技术学院党委宣传部 韩冬梅",
        arts("tzy", [
            ("泰安职业技术学院云上开放日迎来万名访客.docx", "泰安职业技术学院云上开放日迎来万名访客",
             "11月8日，泰安职业技术学院举办云上开放日，直播访问量突破1万人次。",
             "各二级学院负责人在线介绍专业设置和就业情况。"),
            ("技能泰职成果展开展.pdf", "“技能泰职”成果展开展",
             "11月9日，“技能泰职”成果展在学院图书馆开展。",
             "展出师生专利、竞赛获奖作品等200余件。", "lo-pdf"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-12 11:20", "wps", "泰职院活动周宣传稿（2）",
        "职成高教科：\n\n续报三篇。\n\n泰安职业技术学院党委宣传部",
        arts("tzy", [
            ("泰职院志愿者进社区开展健康服务.docx", "泰职院志愿者进社区开展健康服务",
             "学院医学类专业志愿者走进泰前街道，为老人测量血压、讲解健康知识。",
             "活动服务居民300余人。"),
            ("优秀校友回母校讲述奋斗故事.docx", "优秀校友回母校讲述奋斗故事",
             "11月11日，三位优秀校友回到学院，与在校生分享成长经历。",
             "其中一位校友已成为省级技术能手。"),
            ("泰职院与企业共建产业学院.docx", "泰职院与企业共建产业学院",
             "活动周期间，学院与两家企业签约共建产业学院。",
             "双方将在人才培养、技术研发等方面深度合作。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-15 20:10", "wps", "泰安职业技术学院活动周总结及统计表",
        "职成高教科：\n\n附件为我院活动周总结报告和统计表。\n\n泰安职业技术学院党委宣传部",
        summary_stats("tzy", "泰安职业技术学院", [
            "活动周期间，我院组织开展云上开放日、成果展、志愿服务等活动15项。",
            "参与师生6000余人次，社会反响良好。"], [8, 7, 1, 5, 6000, 900, 18, 52000]),
    )  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    col = "http://www.tsvtc.edu.cn/hdz2020/"
    send(
        b, u, "11-02 11:00", "outlook-mac", "泰山职业技术学院报送活动周方案、专栏地址、联络员",
        f"""市教育局职成高教科：

您好！附件是我院2020年职业教育活动周方案。活动周专栏：{col}
联络员：曹宇航（泰山职业技术学院宣传部干事），caoyh@tsvtc.edu.cn，15053837126

泰山职业技术学院宣传部""",
        [f("泰山职业技术学院职业教育活动周方案.docx", plan_doc(
            "泰山职业技术学院2020年职业教育活动周方案",
            ["活动周期间，我院将举办“泰山工匠”技能展示、校园开放、技能服务三大板块活动。",
             "各系部须于11月7日前报送具体活动安排。"]), "plan", "tsvtc")],
        column_url=col,
        liaison=person("泰山职业技术学院", "曹宇航", "宣传部干事", "caoyh@tsvtc.edu.cn",
                       "15053837126"),
    )  # fmt: skip
    send(
        b, u, "11-10 09:00", "outlook-mac", "泰山职院活动周稿件",
        "职成高教科：稿件3篇，请查收。\n泰山职院宣传部 曹宇航",
        arts("tsvtc", [
            ("泰山工匠技能展示活动举行.docx", "“泰山工匠”技能展示活动举行",
             "11月9日，泰山职业技术学院举行“泰山工匠”技能展示活动。",
             "数控、焊接、电子专业学生同台竞技。"),
            ("泰山职院开放实训中心迎市民参观.docx", "泰山职院开放实训中心迎市民参观",
             "学院实训中心向市民开放，共接待参观者600余人次。",
             "不少家长带着孩子现场体验。"),
            ("泰山职院师生义务维修家电.docx", "泰山职院师生义务维修家电",
             "机电系师生在校门口设立维修点，为周边居民义务维修家电。",
             "两天修好家电120余件。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-13 14:30", "outlook-mac", "泰山职院活动周稿件（续）",
        "职成高教科：续报2篇。\n泰山职院宣传部",
        arts("tsvtc", [
            ("泰山职院举办职业生涯规划讲座.docx", "泰山职院举办职业生涯规划讲座",
             "学院邀请企业人力资源专家为新生作职业生涯规划讲座。",
             "讲座通过网络同步直播。"),
            ("泰山职院学子在省赛中获奖.docx", "泰山职院学子在省赛中获奖",
             "在近日结束的省职业院校技能大赛中，学院学生获二等奖2项。",
             "学院将总结经验，备战国赛。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-16 16:00", "outlook-mac", "泰山职业技术学院活动周总结和统计表",
        "职成高教科：附件为我院活动周总结和统计表。\n泰山职业技术学院宣传部",
        summary_stats("tsvtc", "泰山职业技术学院", [
            "活动周期间，我院共开展三大板块12项活动。", "参与师生4800余人次，服务市民900余人次。"],
            [6, 6, 1, 4, 4800, 900, 11, 35000]),
    )  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    col = "http://www.sdfzxy.edu.cn/zt/zjhdz/"
    name = "山东服装职业学院2020年职业教育活动周方案.docx"
    send(
        b, u, "11-04 15:20", "coremail", "山东服装职业学院活动周方案等",
        f"""职成高教科老师：
    您好！我院活动周方案见附件。宣传专栏：{col}
    联络员：山东服装职业学院 党政办副主任 刘佳琪，邮箱liujq_sdfz@126.com，手机13705387491。
山东服装职业学院党政办""",
        [f(name, plan_doc("山东服装职业学院2020年职业教育活动周方案", [
            "以服装设计、非遗刺绣为特色，开展时装秀云展演、非遗进社区等活动。"]),
           "plan", "sdfzxy", readable=False, cut=True, note="truncated: nobody can open it")],
        column_url=col,
        liaison=person("山东服装职业学院", "刘佳琪", "党政办副主任", "liujq_sdfz@126.com",
                       "13705387491"),
        note="the plan cannot be opened",
    )  # fmt: skip
    send(
        b, u, "11-05 09:40", "coremail", "回复：山东服装职业学院报送的附件无法打开",
        f"""老师您好，不好意思，方案重新转成PDF发一遍，请查收。
刘佳琪

{orig_block("coremail", '"泰安市教育局职成高教科" <jyj-zcjk01@ta.shandong.cn>',
            "2020-11-04 16:58:41")}
> 山东服装职业学院：
> 你院11月4日报送的附件《{name}》无法打开，请重新发送可读的文件。宣传专栏地址和联络员已登记。
> 泰安市教育局职成高教科""",
        [f("山东服装职业学院2020年职业教育活动周方案.pdf", html_doc(
            "lo-pdf", "山东服装职业学院2020年职业教育活动周方案", [
                "以服装设计、非遗刺绣为特色，开展时装秀云展演、非遗进社区等活动。",
                "活动时间：11月8日至14日。"]), "plan", "sdfzxy")],
        headers=[("In-Reply-To", CITYMID.format("fz1104")),
                 ("References", CITYMID.format("fz1104"))],
        note="a readable copy after the city's note, before the deadline: plan complete",
    )  # fmt: skip
    send(
        b, u, "11-10 13:00", "coremail", "服装学院活动周稿件",
        "职成高教科：\n    报两篇。\n服装学院党政办 刘佳琪",
        arts("sdfzxy", [
            ("山东服装职业学院时装秀云展演.docx", "山东服装职业学院举办时装秀云展演",
             "11月9日，学院服装设计专业学生作品以云展演形式亮相。", "直播观看人数达8000人次。"),
            ("非遗刺绣走进社区.docx", "非遗刺绣走进社区",
             "学院非遗刺绣工作室师生走进社区，教居民学习鲁绣针法。", "参与居民60余人。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-12 16:00", "coremail", "服装学院活动周稿件（二）",
        "职成高教科：\n    再报两篇。\n服装学院党政办",
        arts("sdfzxy", [
            ("服装学院与企业共建设计工作室.docx", "服装学院与企业共建设计工作室",
             "学院与本地服装企业共建设计工作室正式挂牌。", "工作室将承接企业真实订单。"),
            ("服装学院毕业生返校分享创业经验.docx", "服装学院毕业生返校分享创业经验",
             "两名毕业生返校分享开办服装工作室的经历。", "在校生受到很大鼓舞。"),
        ]),
        note="four articles in all: articles partial",
    )  # fmt: skip
    send(
        b, u, "11-16 15:00", "coremail", "山东服装职业学院活动周总结和统计表",
        "职成高教科：\n    总结、统计表见附件。\n山东服装职业学院党政办",
        summary_stats("sdfzxy", "山东服装职业学院", [
            "活动周期间，我院开展特色活动8项，参与师生2300人次。"],
            [4, 4, 1, 2, 2300, 400, 6, 15000]),
    )  # fmt: skip


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    col = "http://www.sdlmkj.edu.cn/hdz/"
    send(
        b, u, "11-04 10:10", "coremail", "山东力明科技职业学院活动周方案、专栏",
        f"""市教育局职成高教科：
方案见附件，专栏地址 {col}
力明学院宣传处""",
        [f("力明学院职业教育活动周方案.docx", plan_doc(
            "山东力明科技职业学院2020年职业教育活动周方案",
            ["活动周期间，学院开展中医药文化体验、护理技能展示、校园开放等活动。"]),
           "plan", "lmkj")],
        column_url=col,
        note="no liaison",
    )  # fmt: skip
    ack = ack_quote(
        u,
        "2020年11月4日",
        "活动周方案（1个附件）；宣传专栏（网站）地址",
        ["联络员联系方式（单位、姓名、职务、邮箱、手机号码）"],
        prefix="> ",
    )
    send(
        b, u, "11-05 15:00", "coremail", "Re:【回执】山东力明科技职业学院 来信已登记",
        f"""补报联络员：
单位：山东力明科技职业学院
姓名：阎志鹏
职务：宣传处科长
邮箱：yanzp_lm@163.com
手机：13695386307

{orig_block("coremail", '"泰安市教育局职成高教科" <jyj-zcjk01@ta.shandong.cn>',
            "2020-11-04 10:21:37")}
{ack}""",
        headers=[("In-Reply-To", CITYMID.format("lm1104")),
                 ("References", CITYMID.format("lm1104"))],
        liaison=person("山东力明科技职业学院", "阎志鹏", "宣传处科长", "yanzp_lm@163.com",
                       "13695386307"),
        note="a reply to the city's acknowledgement adding the liaison; the quoted ack lists "
        "the other requirements",
    )  # fmt: skip
    send(
        b, u, "11-11 09:30", "coremail", "力明学院活动周宣传稿汇编",
        "职成高教科：\n我院活动周宣传稿5篇汇编成一个文件，请查收。\n力明学院宣传处 阎志鹏",
        [f("力明学院活动周宣传稿汇编（5篇）.docx", docx(
            ["h", "山东力明科技职业学院职业教育活动周宣传稿汇编"],
            ["h", "一、中医药文化体验日走进校园"], ["p", "11月8日，学院举办中医药文化体验日。"],
            ["h", "二、护理专业技能展示赢得点赞"], ["p", "护理专业学生展示静脉输液、心肺复苏等技能。"],
            ["h", "三、校园开放迎来八方来客"], ["p", "活动周期间学院接待参观家长和考生500余人。"],
            ["h", "四、师生走进敬老院送温暖"], ["p", "学院志愿者为敬老院老人推拿理疗。"],
            ["h", "五、力明学院举办就业创业论坛"], ["p", "论坛邀请医药企业负责人与学生交流。"]),
           "article", "lmkj", count=5)],
    )  # fmt: skip
    send(
        b, u, "11-16 17:00", "coremail", "力明学院活动周总结",
        "职成高教科：\n总结见附件，统计表数据还在核对。\n力明学院宣传处",
        [f("力明学院2020年职业教育活动周总结.docx", docx(
            ["h", "山东力明科技职业学院2020年职业教育活动周总结"],
            ["p", "学院以中医药特色为抓手，开展活动周活动10项。"]), "summary", "lmkj")],
        note="no statistics table ever",
    )  # fmt: skip


def tshl(b: Builder) -> None:
    u = U["tshl"]
    col = "http://www.tshlzy.edu.cn/hdz/"
    send(
        b, u, "11-06 10:00", "android", "泰山护理职业学院活动周方案 专栏 联络员（迟报）",
        f"""职成高教科：
抱歉迟报了。我院活动周方案见附件，专栏{col}
联络员 泰山护理职业学院宣传统战部干事 邵文静 手机17705381629 邮箱shaowj@tshlzy.edu.cn
泰护宣传统战部""",
        [f("泰山护理职业学院活动周方案.docx", plan_doc(
            "泰山护理职业学院2020年职业教育活动周方案",
            ["开展护理技能进社区、急救知识普及、校园开放日等活动。"]), "plan", "tshl")],
        column_url=col,
        liaison=person("泰山护理职业学院", "邵文静", "宣传统战部干事", "shaowj@tshlzy.edu.cn",
                       "17705381629"),
        note="the first mail after the deadline: plan, column, contact late",
    )  # fmt: skip
    send(
        b, u, "11-10 15:30", "android", "泰护活动周稿件",
        "职成高教科：三篇稿件。邵文静",
        arts("tshl", [
            ("泰护师生社区普及急救知识.docx", "泰护师生社区普及急救知识",
             "学院护理系师生走进社区普及心肺复苏等急救知识。", "200余名居民参加。"),
            ("泰护校园开放日.docx", "泰山护理职业学院举办校园开放日",
             "11月9日，学院向社会开放实训中心。", "参观者体验了模拟病房。"),
            ("泰护学子技能展示.docx", "泰护学子展示护理技能",
             "学生展示了铺床、静脉输液等基本技能。", "展示通过网络直播。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-12 09:45", "android", "泰护活动周稿件2",
        "职成高教科：再报两篇。邵文静",
        arts("tshl", [
            ("泰护举办护理职业礼仪展示.docx", "泰护举办护理职业礼仪展示",
             "学院举办护理职业礼仪展示活动。", "学生们展现了良好的职业风貌。"),
            ("泰护校友抗疫事迹报告会.docx", "泰护举办校友抗疫事迹报告会",
             "两名曾支援湖北的校友回校作事迹报告。", "在场师生深受感动。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-16 12:00", "android", "泰护活动周总结 统计表",
        "职成高教科：总结和统计表见附件。泰护宣传统战部",
        summary_stats("tshl", "泰山护理职业学院", [
            "活动周期间我院开展活动9项，服务群众700余人次。"], [4, 5, 1, 3, 2100, 700, 7, 12000]),
    )  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    col = "http://www.tajsxy.com/zjhdz/"
    send(
        b, u, "11-04 14:00", "py-compat32", "泰安技师学院职业教育活动周方案及联络员",
        f"""市人社局职建科：

我院2020年职业教育活动周方案见附件。活动周宣传专栏：{col}
联络员：泰安技师学院招生就业处干事孟凡超，邮箱mengfc_js@163.com，手机15820081475。

泰安技师学院招生就业处
""",
        [f("泰安技师学院活动周方案.docx", plan_doc(
            "泰安技师学院2020年职业教育活动周方案",
            ["活动周期间，我院组织开展技能大师工作室开放、世赛项目展示、技能进社区活动。"]),
           "plan", "tajsxy")],
        to=RSJ, charset="gbk",
        column_url=col,
        liaison=person("泰安技师学院", "孟凡超", "招生就业处干事", "mengfc_js@163.com",
                       "15820081475"),
        note="to the 人社局 mailbox",
    )  # fmt: skip
    send(
        b, u, "11-05 11:00", "py-compat32", "泰安技师学院活动周联络员调整",
        """市人社局职建科：

因人员调整，我院活动周联络员改为：
单位：泰安技师学院
姓名：何静
职务：招生就业处副处长
邮箱：hejing_js@163.com
手机：13562867735
原联络员孟凡超不再负责此项工作。

泰安技师学院招生就业处
""",
        to=RSJ, charset="gbk",
        liaison=person("泰安技师学院", "何静", "招生就业处副处长", "hejing_js@163.com",
                       "13562867735"),
        note="联络员调整 before the deadline: the new liaison replaces the earlier one",
    )  # fmt: skip
    send(
        b, u, "11-11 10:00", "py-compat32", "泰安技师学院活动周宣传稿3篇",
        "职建科：\n\n宣传稿3篇，请查收。\n\n泰安技师学院 何静\n",
        arts("tajsxy", [
            ("技能大师工作室向社会开放.docx", "泰安技师学院技能大师工作室向社会开放",
             "活动周期间，学院5个技能大师工作室向社会开放。", "市民可现场观摩大师技艺。"),
            ("世赛项目展示吸引市民驻足.docx", "世赛项目展示吸引市民驻足",
             "学院在泰山广场举办世界技能大赛项目展示。", "焊接、砌筑项目引来市民围观。"),
            ("技师学院师生进社区义务服务.docx", "技师学院师生进社区义务服务",
             "学院师生到仓库路社区开展义务理发、维修服务。", "服务居民350人次。"),
        ]),
        to=RSJ, charset="gbk",
    )  # fmt: skip
    send(
        b, u, "11-13 10:00", "py-compat32", "泰安技师学院活动周宣传稿2篇",
        "职建科：\n\n续报2篇，共5篇。\n\n泰安技师学院 何静\n",
        arts("tajsxy", [
            ("技师学院举办技能人才政策宣讲.docx", "泰安技师学院举办技能人才政策宣讲",
             "学院邀请市人社局专家宣讲技能人才评价政策。", "200余名学生参加。"),
            ("技师学院毕业生成长为技术骨干.docx", "从技校生到技术骨干",
             "2015届毕业生小王如今已是企业的数控车间班组长。", "他感谢母校的培养。"),
        ]),
        to=RSJ, charset="gbk",
    )  # fmt: skip
    send(
        b, u, "11-16 15:40", "py-compat32", "泰安技师学院活动周总结及统计表",
        "职建科：\n\n附件为我院活动周总结和统计表。\n\n泰安技师学院招生就业处\n",
        summary_stats("tajsxy", "泰安技师学院", [
            "活动周期间，我院开展活动11项，参与师生3200人次。"],
            [5, 8, 1, 6, 3200, 1100, 9, 16000]),
        to=RSJ, charset="gbk",
    )  # fmt: skip


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    col = "http://www.dyzjzx.com/hdz/"
    send(
        b, u, "11-04 11:10", "coremail", "岱岳区职业教育中心活动周方案、专栏、联络员",
        f"""市教育局职成高教科：
    我中心活动周方案见附件，专栏网址：{col}
    联络员：泰安市岱岳区职业教育中心 办公室副主任 孔令伟
    手机：13583807261   邮箱：konglw_dy@163.com
岱岳区职教中心办公室""",
        [f("岱岳区职业教育中心活动周方案.docx", plan_doc(
            "泰安市岱岳区职业教育中心2020年职业教育活动周方案",
            ["活动安排：农机维修下乡、网络开放日、中职学生技能展演。"]), "plan", "dyzj")],
        column_url=col,
        liaison=person("泰安市岱岳区职业教育中心", "孔令伟", "办公室副主任",
                       "konglw_dy@163.com", "13583807261"),
    )  # fmt: skip
    send(
        b, u, "11-09 15:00", "coremail", "岱岳区职教中心活动周稿件",
        "职成高教科：\n    两篇稿件。\n岱岳区职教中心 孔令伟",
        arts("dyzj", [
            ("岱岳区职教中心网络开放日.docx", "岱岳区职教中心举办网络开放日",
             "11月8日，中心通过直播平台举办网络开放日。", "家长在线参观了各专业实训室。"),
            ("农机专业师生下乡服务.docx", "农机专业师生下乡服务",
             "中心农机专业师生到马庄镇为农户检修农机。", "检修农机30余台。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-12 10:00", "coremail", "岱岳区职教中心活动周稿件（二）",
        "职成高教科：\n    续报三篇。\n岱岳区职教中心",
        arts("dyzj", [
            ("岱岳区职教中心技能展演.docx", "岱岳区职教中心举行中职学生技能展演",
             "展演设茶艺、电子装配、数控加工三个项目。", "百余名学生参加。"),
            ("职教中心学生志愿者走进敬老院.docx", "职教中心学生志愿者走进敬老院",
             "学生志愿者为老人理发、包饺子。", "敬老院老人连连称赞。"),
            ("岱岳区职教中心举办企业宣讲.docx", "岱岳区职教中心举办企业宣讲会",
             "六家合作企业来校宣讲。", "提供实习岗位200余个。"),
        ]),
    )  # fmt: skip
    xname = "岱岳区职教中心活动周情况统计表.xlsx"
    xdoc = stats("泰安市岱岳区职业教育中心", [4, 6, 1, 5, 1900, 600, 7, 11000])
    send(
        b, u, "11-16 14:00", "coremail", "岱岳区职教中心活动周总结和统计表",
        "职成高教科：\n    总结和统计表见附件。\n岱岳区职教中心办公室",
        [f("岱岳区职教中心活动周总结.docx", docx(
            ["h", "泰安市岱岳区职业教育中心2020年职业教育活动周总结"],
            ["p", "活动周期间，中心开展活动10项，服务群众600人次。"]), "summary", "dyzj"),
         f(xname, xdoc, "statistics", "dyzj", readable=False, cut=True,
           note="truncated: nobody can open it")],
    )  # fmt: skip
    send(
        b, u, "11-17 10:00", "coremail", "回复：岱岳区职教中心统计表无法打开",
        f"""老师好，统计表重新发一下，这次应该能打开了。
孔令伟

{orig_block("coremail", '"泰安市教育局职成高教科" <jyj-zcjk01@ta.shandong.cn>',
            "2020-11-16 17:45:10")}
> 泰安市岱岳区职业教育中心：
> 你中心报送的《{xname}》无法打开，请重新发送。
> 泰安市教育局职成高教科""",
        [f(xname, xdoc, "statistics", "dyzj", note="the readable copy, same name")],
        headers=[("In-Reply-To", CITYMID.format("dyzj1116")),
                 ("References", CITYMID.format("dyzj1116"))],
        note="a readable copy the next morning after the city's note: statistics late",
    )  # fmt: skip


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b, u, "11-10 10:40", "coremail-gov", "新泰职专活动周宣传稿件",
        "市教育局职成高教科：\n附件为我校活动周宣传稿件三篇。\n新泰市职业中等专业学校 秦晓东",
        arts("xtzz", [
            ("新泰职专举行活动周启动仪式.docx", "新泰职专举行职业教育活动周启动仪式",
             "11月8日，学校举行活动周启动仪式。", "仪式后各专业部开放实训室。"),
            ("新泰职专汽修专业开放日.docx", "新泰职专汽修专业开放日",
             "汽修专业部向初中学生和家长开放。", "学生们体验了轮胎拆装。"),
            ("新泰职专学生为村民直播带货.docx", "新泰职专学生为村民直播带货",
             "电商专业学生帮助楼德镇果农直播销售苹果。", "两小时售出苹果2000余斤。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-13 09:30", "coremail-gov", "新泰职专活动周宣传稿件（续）",
        "职成高教科：\n再报两篇。\n新泰职专 秦晓东",
        arts("xtzz", [
            ("新泰职专烹饪专业技能展示.docx", "新泰职专烹饪专业技能展示",
             "烹饪专业学生现场展示面塑和食品雕刻。", "作品栩栩如生。"),
            ("新泰职专毕业生回校分享.docx", "新泰职专优秀毕业生回校分享",
             "三名优秀毕业生回校与学弟学妹交流。", "分享了就业和升学经历。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-16 15:00", "coremail-gov", "新泰职专活动周总结、统计表",
        "职成高教科：\n附件为我校活动周总结和统计表。\n新泰市职业中等专业学校",
        summary_stats("xtzz", "新泰市职业中等专业学校", [
            "我校活动周开展活动9项，参与师生2500人次。"], [5, 5, 2, 4, 2500, 800, 10, 14000]),
    )  # fmt: skip


def fczz(b: Builder) -> None:
    u = U["fczz"]
    col = "http://www.fczz.cn/news/hdz/"
    first = f"""职成高教科：
  附件是我校职业教育活动周方案。
  宣传专栏网址：{col}
  联络员：肥城市职业中等专业学校 教务处主任 王春燕
  电话：13371286540  邮箱：wangcy_fczz@163.com
肥城市职业中等专业学校"""
    send(
        b, u, "11-03 09:00", "coremail", "肥城职专活动周方案、专栏网址及联络员", first,
        [f("肥城职专活动周方案.docx", plan_doc(
            "肥城市职业中等专业学校2020年职业教育活动周方案",
            ["活动主题：人人出彩 技能强国。", "活动内容：桃木雕刻展示、校园开放日、技能进社区。"]),
           "plan", "fczz")],
        column_url=col,
        liaison=person("肥城市职业中等专业学校", "王春燕", "教务处主任", "wangcy_fczz@163.com",
                       "13371286540"),
    )  # fmt: skip
    ack = ack_quote(u, "2020年11月3日", "活动周方案；宣传专栏（网站）地址；联络员联系方式", [])
    send(
        b, u, "11-03 15:30", "coremail", "回复：【回执】肥城市职业中等专业学校 来信已登记",
        f"""谢谢！

{orig_block("coremail", '"泰安市教育局职成高教科" <jyj-zcjk01@ta.shandong.cn>',
            "2020-11-03 09:12:44")}
{quote(ack)}""",
        headers=[("In-Reply-To", CITYMID.format("fczz1103")),
                 ("References", CITYMID.format("fczz1103"))],
        unassigned_ok=True,
        note="a reply that only says 谢谢: nothing delivered",
    )  # fmt: skip
    send(
        b, u, "11-09 10:00", "coremail", "回复：肥城职专活动周方案、专栏网址及联络员",
        f"""职成高教科：
  王春燕老师手机号换了，新号码15653869017，请更新。其他不变。
肥城职专

{orig_block("coremail", "fczz_zsjy@163.com", "2020-11-03 09:00:00")}
{quote(first)}""",
        liaison=person("肥城市职业中等专业学校", "王春燕", "教务处主任", "wangcy_fczz@163.com",
                       "15653869017"),
        note="the liaison's new mobile; its own earlier mail with the old number quoted",
    )  # fmt: skip
    send(
        b, u, "11-12 14:00", "coremail", "肥城职专活动周宣传稿5篇",
        "职成高教科：\n  宣传稿5篇，请审阅。\n肥城职专 王春燕",
        arts("fczz", [
            ("肥城职专桃木雕刻作品展.docx", "肥城职专举办桃木雕刻作品展",
             "学校工艺美术专业举办桃木雕刻作品展。", "展出作品80余件。"),
            ("肥城职专校园开放日.docx", "肥城职专校园开放日人气旺",
             "11月10日，学校迎来400余名初中生和家长。", "大家参观了各专业实训室。"),
            ("肥城职专师生进社区.docx", "肥城职专师生走进社区开展技能服务",
             "学校组织师生到新城街道开展技能服务。", "服务项目10余项。"),
            ("肥城职专技能比武.docx", "肥城职专开展师生技能比武",
             "学校开展师生技能比武活动。", "共设12个比赛项目。"),
            ("肥城职专开展职业启蒙教育.doc", "肥城职专开展职业启蒙教育",
             "学校教师走进小学开展职业启蒙教育。", "孩子们体验了简单木工。", "lo-doc"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-16 10:00", "coremail", "肥城职专活动周总结及统计表",
        "职成高教科：\n  总结和统计表见附件。\n肥城市职业中等专业学校",
        summary_stats("fczz", "肥城市职业中等专业学校", [
            "活动周期间，学校开展活动10项，服务群众900人次。"], [5, 6, 1, 4, 2800, 900, 12, 17000]),
    )  # fmt: skip


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(
        b, u, "11-11 15:00", "coremail", "宁阳职专活动周稿件",
        "市局职成高教科：\n我校活动周稿件三篇，请查收。\n宁阳职专 岳海燕",
        arts("nyzz", [
            ("宁阳职专开放日迎来初中生.docx", "宁阳职专开放日迎来初中生",
             "11月9日，宁阳职专迎来300名初中学生。", "学生们体验了汽修和烹饪课程。"),
            ("宁阳职专服装专业展演.docx", "宁阳职专服装专业作品展演",
             "服装专业学生身着自己设计的服装走秀。", "展演吸引众多家长观看。"),
            ("宁阳职专技能下乡到葛石.docx", "宁阳职专技能下乡到葛石",
             "师生到葛石镇开展家电维修服务。", "服务群众400余人次。"),
        ]),
        note="three articles in all: articles partial",
    )  # fmt: skip
    send(
        b, u, "11-16 11:00", "coremail", "宁阳职专活动周总结及统计表",
        "市局职成高教科：\n附件为我校活动周总结和统计表。\n宁阳县职业中等专业学校",
        summary_stats("nyzz", "宁阳县职业中等专业学校", [
            "活动周期间，我校开展活动7项，参与师生1800人次。"], [3, 4, 1, 2, 1800, 400, 5, 8000]),
    )  # fmt: skip


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b, u, "11-10 10:00", "coremail", "东平职教中心活动周宣传稿件",
        "市教育局职成高教科：\n我校活动周宣传稿件5篇，请审阅。\n东平县职业教育中心学校 程玉华",
        arts("dpzj", [
            ("东平职教中心云上活动周启动.docx", "东平职教中心“云上活动周”启动",
             "11月8日，学校“云上活动周”正式启动。", "首日发布专业介绍视频8个。"),
            ("东平职教中心专业风采展示.docx", "东平职教中心专业风采展示",
             "学校各专业通过短视频展示教学成果。", "视频累计播放2万次。"),
            ("东平职教中心技能惠民.docx", "东平职教中心技能惠民进街道",
             "师生到州城街道开展技能惠民服务。", "服务居民300人次。"),
            ("东平职教中心毕业生访谈.docx", "东平职教中心毕业生访谈录",
             "学校推出优秀毕业生访谈系列。", "第一期访谈了一名返乡创业的毕业生。"),
            ("东平职教中心开展职业体验.docx", "东平职教中心开展初中生职业体验",
             "县内初中学生到校参加职业体验。", "学生们体验了电工、烘焙等项目。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-16 16:40", "coremail", "东平职教中心活动周总结和统计表",
        "市教育局职成高教科：\n附件为我校活动周总结及统计表。\n东平县职业教育中心学校",
        summary_stats("dpzj", "东平县职业教育中心学校", [
            "活动周期间，学校开展活动12项，参与师生2900人次。"],
            [7, 5, 1, 3, 2900, 700, 13, 21000]),
    )  # fmt: skip


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    col = "http://www.tajtzz.cn/zjhdz/"
    send(
        b, u, "11-03 11:30", "neomutt", "Jiaotong zhizhuan: huodongzhou fangan",
        """职成高教科老师好：

我校活动周方案见附件。
联络员：泰安市交通职业中等专业学校 办公室主任 赵立强
手机 13455382960，邮箱 zhaolq_jt@126.com
宣传专栏正在建设，建好后再报。

交通职专办公室
""",
        [f("交通职专2020年职业教育活动周方案.docx", plan_doc(
            "泰安市交通职业中等专业学校2020年职业教育活动周方案",
            ["活动内容：汽车检测维修进社区、交通安全宣传、校园开放日。"]), "plan", "jtzz")],
        sender_name="Zhao Liqiang",
        liaison=person("泰安市交通职业中等专业学校", "赵立强", "办公室主任", "zhaolq_jt@126.com",
                       "13455382960"),
        note="ASCII subject; the column still being built",
    )  # fmt: skip
    ack = ack_quote(
        u, "2020年11月3日", "活动周方案；联络员联系方式", ["宣传专栏（网站）地址"], prefix="> "
    )
    send(
        b, u, "11-06 09:20", "neomutt", "Re: 【回执】泰安市交通职业中等专业学校 来信已登记",
        f"""您好，专栏建好了，网址：{col}
晚了一天，抱歉。

赵立强

On Tue, Nov 03, 2020 at 11:41:02AM +0800, 泰安市教育局职成高教科 wrote:
{ack}
""",
        sender_name="Zhao Liqiang",
        headers=[("In-Reply-To", CITYMID.format("jt1103")),
                 ("References", CITYMID.format("jt1103"))],
        column_url=col,
        note="the column added in a reply to the ack after the deadline: column late",
    )  # fmt: skip
    send(
        b, u, "11-10 16:00", "neomutt", "jtzz huodongzhou gaojian 5 pian",
        "职成高教科：\n\n宣传稿5篇。\n\n交通职专 赵立强\n",
        arts("jtzz", [
            ("交通职专汽车检测进社区.docx", "交通职专汽车检测维修进社区",
             "汽修专业师生为社区居民免费检测车辆。", "检测车辆60余台。"),
            ("交通职专交通安全宣传.docx", "交通职专开展交通安全宣传",
             "学生志愿者在路口宣传文明交通。", "发放宣传单1000份。"),
            ("交通职专校园开放日.docx", "交通职专举办校园开放日",
             "学校向社会开放驾驶模拟、汽车美容实训室。", "接待参观者300余人。"),
            ("交通职专学生技能展示.docx", "交通职专学生展示汽修技能",
             "学生现场展示发动机拆装。", "动作规范熟练。"),
            ("交通职专校企合作签约.docx", "交通职专与汽车企业签约合作",
             "学校与两家汽车销售服务企业签约。", "共建实训基地。"),
        ]),
        sender_name="Zhao Liqiang",
    )  # fmt: skip
    send(
        b, u, "11-16 13:30", "neomutt", "jtzz zongjie he tongjibiao",
        "职成高教科：\n\n总结和统计表见附件。\n\n交通职专办公室\n",
        summary_stats("jtzz", "泰安市交通职业中等专业学校", [
            "活动周期间，学校开展活动8项，服务群众800人次。"], [3, 5, 1, 4, 1600, 800, 6, 9000]),
        sender_name="Zhao Liqiang",
    )  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    col = "http://www.tsqzz.net/hdz/"
    send(
        b, u, "11-04 10:00", "coremail", "泰山区职专活动周方案及联络员",
        f"""市教育局职成高教科：
我校活动周方案见附件。专栏：{col}
联络员：泰安市泰山区职业中等专业学校办公室主任冯雪，18805381753，fengxue_tsqzz@163.com
泰山区职专办公室""",
        [f("泰山区职专活动周方案.docx", plan_doc(
            "泰安市泰山区职业中等专业学校2020年职业教育活动周方案",
            ["开展网络校园开放日、技能进社区、学生技能短视频展示等活动。"]), "plan", "tsqzz")],
        column_url=col,
        liaison=person("泰安市泰山区职业中等专业学校", "冯雪", "办公室主任",
                       "fengxue_tsqzz@163.com", "18805381753"),
    )  # fmt: skip
    send(
        b, u, "11-12 11:00", "coremail", "泰山区职专活动周稿件三篇",
        "市教育局职成高教科：\n稿件三篇（另有两篇已由区教体局转报）。\n泰山区职专 冯雪",
        arts("tsqzz", [
            ("泰山区职专师生进社区.docx", "泰山区职专师生进社区服务",
             "学校师生到财源街道开展技能服务。", "服务居民200余人。"),
            ("泰山区职专技能比赛.docx", "泰山区职专举行学生技能比赛",
             "学校举行烹饪、汽修等项目技能比赛。", "300余名学生参赛。"),
            ("泰山区职专职业启蒙课.docx", "泰山区职专教师走进初中上职业启蒙课",
             "学校教师到泰山实验中学上职业启蒙课。", "学生动手制作面点。"),
        ]),
    )  # fmt: skip
    send(
        b, u, "11-16 16:20", "coremail", "泰山区职专活动周总结",
        "市教育局职成高教科：\n活动周总结见附件。\n泰山区职专办公室",
        [f("泰山区职专活动周总结.docx", docx(
            ["h", "泰安市泰山区职业中等专业学校2020年职业教育活动周总结"],
            ["p", "活动周期间，我校开展活动9项，参与师生1700人次。"]), "summary", "tsqzz")],
        note="no statistics table",
    )  # fmt: skip


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
