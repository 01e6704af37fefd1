# ruff: noqa: E501  (wording data: Chinese lines are kept whole as the units write them)
"""Set18's schools: liaisons and column addresses written the hard ways.

tzy     the column only behind a docx hyperlink's text; the 职务 before the name (宣传部副部长 李娜)
tsvtc   the 职务 in brackets; the home page and the column in one sentence, without a scheme
sdfzxy  a wrong mobile corrected the same day; 网上展厅： https with index.html
lmkj    an openpyxl 回执 with merged cells, the mobile 138-0538-…; a column URL with a port
tshl    only an office phone 0538-6…转808; the mobile in another mail after the due time
tajsxy  to the 人社局 box; 兹确定…同志为联络员; an IP-address URL with a port
dyzj    the plan's 宣传专栏（网址）： with the URL in the next paragraph; a (0538) landline
xtzz    现由…担任 replacing its liaison; a county-site column with a long path and a query
fczz    a python-docx 回执 with merged cells; 活动周展示平台： http with index.html
nyzz    the liaison in the .odt plan's 组织机构 among 组长/成员
dpzj    one line 联络员 教务处副主任 韩冬 …; home page and column in one sentence
jtzz    the column only behind an anchor in a QQ web mail's HTML; the 职务 in brackets
tsqzz   (0538)8… landline and 138-0538-… mobile; a Chinese-domain https column
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .parts import U, article, doc, stats, summary

PRODUCERS = ["python-docx", "lo-docx", "python-docx", "lo-pdf", "python-docx", "lo-odt"]


def arts(org: str, first: int, items: list[tuple[str, str]], ext: str = "") -> list[F]:
    """Article files of `org`, producers in turn (or all of one extension's producer)."""
    out = []
    for k, (head, lead) in enumerate(items):
        prod = {"docx": "python-docx", "pdf": "lo-pdf"}.get(ext, PRODUCERS[(first + k) % 6])
        suffix = {"lo-pdf": "pdf", "lo-odt": "odt"}.get(prod, "docx")
        out.append(
            F(f"{head}.{suffix}", article(prod, U[org].name, head, lead, first + k), "article", org)
        )
    return out


def closing(
    b: Builder,
    org: str,
    when: str,
    client: str,
    subject: str,
    text: str,
    facts: list[str],
    nums: list[int],
    sprod: str = "python-docx",
    tprod: str = "openpyxl",
    **label: object,
) -> None:
    """The unit's summary and statistics in one mail."""
    u = U[org]
    ext = {"openpyxl": "xlsx", "lo-xls": "xls", "lo-xlsx": "xlsx", "lo-ods": "ods"}[tprod]
    send(b, u, when, client, subject, text,
         [F(f"{u.short}活动周工作总结.docx" if sprod != "lo-pdf" else f"{u.short}活动周工作总结.pdf",
            summary(sprod, u.name, facts), "summary", org),
          F(f"{u.short}活动周情况统计表.{ext}", stats(tprod, u.name, nums), "statistics", org)],
         **label)  # fmt: skip


def tzy(b: Builder) -> None:
    u = U["tzy"]
    plan = doc("python-docx", [
        ["h", "泰安职业技术学院2020年职业教育活动周实施方案"],
        ["p", "一、活动主题：人人出彩 技能强国"],
        ["p", "二、活动内容：云上校园开放日、专业体验营、技能服务进社区。"],
        ["link", "三、宣传展示：学院网站开设活动周专题，", "点击进入活动周专栏", "http://www.tzvtc.edu.cn/zjhdz2020/", "。"],
        ["p", "四、联络员：宣传部副部长 李娜，手机13953820456，邮箱tzy_xcb@163.com"],
    ])  # fmt: skip
    send(b, u, "11-04 11:35", "outlook", "泰职院活动周实施方案",
         "市教育局职成高教科：\n    报送我院2020年职业教育活动周实施方案，专栏与联络员信息见方案第三、四条。\n泰安职业技术学院宣传部",
         [F("泰安职业技术学院活动周实施方案.docx", plan, "plan", "tzy")],
         liaison=person("", "李娜", "宣传部副部长", "tzy_xcb@163.com", "13953820456"),
         column_url="http://www.tzvtc.edu.cn/zjhdz2020/",
         note="the column URL only as a docx hyperlink target behind 点击进入活动周专栏; the 职务 before the name")  # fmt: skip
    send(b, u, "11-10 10:10", "coremail", "泰职院活动周稿件（3篇）", "宣传部李娜报送稿件三篇。", sender="tzy_xcb@163.com",
         files=arts("tzy", 0, [("泰职院“云上开放日”在线人数破万", "11月8日，泰安职业技术学院举办“云上开放日”。"),
                               ("泰职院学子走进社区义务维修家电", "11月9日，泰职院机电系学生走进东岳大街社区。"),
                               ("泰职院举办专业体验营", "11月10日，百余名初中学生走进泰职院专业体验营。")]))  # fmt: skip
    send(b, u, "11-13 16:20", "coremail", "泰职院活动周稿件（续2篇）", "续报两篇，共5篇。\n李娜", sender="tzy_xcb@163.com",
         files=arts("tzy", 3, [("泰职院校企合作成果发布", "11月11日，泰职院发布年度校企合作成果。"),
                               ("泰职院优秀校友返校讲述成长故事", "11月12日，泰职院邀请优秀校友返校。")]))  # fmt: skip
    closing(b, "tzy", "11-16 09:40", "outlook", "泰职院活动周总结、统计表", "总结和统计表见附件。\n泰安职业技术学院宣传部",
            ["活动覆盖全院九个系部。", "线上浏览量6.2万人次。"], [20, 15, 3, 6, 5200, 1800, 14, 62000])  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(b, u, "11-05 09:02", "thunderbird", "泰山职院活动周方案及专栏地址",
         """职成高教科：
附件为我院职业教育活动周方案。我院活动周专栏可由学校主页www.tsvtc.edu.cn进入，专栏地址www.tsvtc.edu.cn/zjhdz/list.htm。
联络员：赵志刚（党委宣传部干事），手机：13605481376，邮箱：xcb@tsvtc.edu.cn
泰山职业技术学院党委宣传部""",
         [F("泰山职业技术学院活动周方案.odt", doc("lo-odt", [
             ["h", "泰山职业技术学院2020年职业教育活动周方案"],
             ["p", "一、活动时间：11月8日至14日。"], ["p", "二、活动内容：开放日、技能展示、志愿服务。"]]), "plan", "tsvtc")],
         liaison=person("", "赵志刚", "党委宣传部干事", "xcb@tsvtc.edu.cn", "13605481376"),
         column_url="www.tsvtc.edu.cn/zjhdz/list.htm",
         note="the 职务 in brackets; home page and column in one sentence, no scheme (the column is the second)")  # fmt: skip
    send(b, u, "11-11 14:48", "thunderbird", "泰山职院活动周宣传材料", "宣传材料5篇。\n赵志刚",
         files=arts("tsvtc", 1, [("泰山职院开启“云上活动周”", "11月8日，泰山职业技术学院“云上活动周”开启。"),
                                 ("泰山职院师生走进乡村开展技能服务", "11月9日，泰山职院师生来到道朗镇。"),
                                 ("泰山职院举办智能制造体验活动", "11月10日，泰山职院智能制造体验活动举行。"),
                                 ("泰山职院与企业共建产业学院", "11月10日下午，泰山职院与两家企业签约共建产业学院。"),
                                 ("泰山职院学子技能展示受点赞", "11月11日，泰山职院学生在泰山广场展示技能。")]))  # fmt: skip
    closing(b, "tsvtc", "11-16 11:05", "thunderbird", "泰山职院活动周总结和统计表", "请查收。",
            ["活动线上线下同步。", "参与师生4300人次。"], [12, 18, 2, 7, 4300, 2600, 10, 38000], tprod="lo-xlsx")  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    send(b, u, "11-03 10:45", "coremail", "山东服装职业学院活动周方案",
         """市教育局职成高教科：
    我院活动周方案见附件。
    联络员：孔凡蕾 办公室副主任 手机13905383376 邮箱sdfzxy_bgs@163.com
    网上展厅：https://www.sdfzxy.edu.cn/wszt/2020zjz/index.html
山东服装职业学院办公室""",
         [F("山东服装职业学院活动周方案.docx", doc("python-docx", [
             ["h", "山东服装职业学院2020年职业教育活动周方案"],
             ["p", "活动内容：服装设计作品网上展、非遗技艺体验、校园开放日。"]]), "plan", "sdfzxy")],
         liaison=person("", "孔凡蕾", "办公室副主任", "sdfzxy_bgs@163.com", "13905383376"),
         column_url="https://www.sdfzxy.edu.cn/wszt/2020zjz/index.html",
         note="the mobile is wrong here and corrected in the next mail")  # fmt: skip
    send(b, u, "11-03 15:20", "coremail", "更正：联络员手机号码",
         "职成高教科：\n    更正：上午报送的联络员孔凡蕾手机号码有误，正确的是13905383367，特此更正。\n山东服装职业学院办公室",
         liaison=person("", "孔凡蕾", "", "", "13905383367"),
         note="the corrected mobile")  # fmt: skip
    send(b, u, "11-12 09:30", "coremail", "服装学院活动周信息", "信息4篇。",
         files=arts("sdfzxy", 2, [("服装学院举办服装设计作品网上展", "11月8日，山东服装职业学院服装设计作品网上展开展。"),
                                  ("服装学院非遗技艺体验受欢迎", "11月9日，服装学院非遗技艺体验活动举行。"),
                                  ("服装学院师生为社区老人量体裁衣", "11月10日，服装学院师生走进社区。"),
                                  ("服装学院校园开放日迎来家长", "11月11日，服装学院举办校园开放日。")]))  # fmt: skip
    closing(b, "sdfzxy", "11-16 16:10", "coremail", "服装学院活动周总结及统计表", "附件两个。\n孔凡蕾",
            ["展示服装作品120件。", "服务社区群众800人次。"], [8, 10, 2, 4, 2200, 800, 4, 15600], note="4 articles only")  # fmt: skip


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    receipt = Doc("openpyxl", {"sheet": "回执", "rows": [
        ["2020年职业教育活动周回执", "", "", ""],
        ["单位名称", "山东力明科技职业学院", "", ""],
        ["联络员", "姓名", "职务", "手机"],
        ["", "朱晓燕", "招生就业处副处长", "138-0538-6672"],
        ["邮箱", "lmxy_zsb@126.com", "", ""],
        ["宣传专栏（网站）地址", "http://www.sdlmkj.com:8081/hdz/", "", ""]],
        "merge": ["A1:D1", "B2:D2", "A3:A4", "B5:D5", "B6:D6"]})  # fmt: skip
    send(b, u, "11-05 16:58", "nodemailer", "力明学院活动周方案及回执",
         "市教育局职成高教科：\n\n山东力明科技职业学院活动周方案和回执见附件。\n\n招生就业处",
         [F("力明学院活动周方案.docx", doc("python-docx", [
             ["h", "山东力明科技职业学院2020年职业教育活动周工作方案"],
             ["p", "一、云上开放；二、中医药文化体验；三、健康服务进社区。"]]), "plan", "lmkj"),
          F("回执.xlsx", receipt, "contact", "lmkj", note="openpyxl, merged cells")],
         liaison=person("山东力明科技职业学院", "朱晓燕", "招生就业处副处长", "lmxy_zsb@126.com", "13805386672"),
         column_url="http://www.sdlmkj.com:8081/hdz/",
         note="liaison in an xlsx 回执 with merged cells, mobile 138-0538-6672; a URL with a port")  # fmt: skip
    send(b, u, "11-12 17:30", "nodemailer", "力明学院活动周稿件", "稿件5篇，请查收。\n朱晓燕",
         files=arts("lmkj", 3, [("力明学院举办中医药文化体验活动", "11月8日，力明学院中医药文化体验活动举行。"),
                                ("力明学院师生义诊进社区", "11月9日，力明学院师生走进社区开展义诊。"),
                                ("力明学院“云上开放日”展示办学成果", "11月10日，力明学院举办“云上开放日”。"),
                                ("力明学院开展推拿技能展示", "11月11日，力明学院推拿专业学生展示技能。"),
                                ("力明学院举办就业创业分享会", "11月12日，力明学院就业创业分享会举行。")]))  # fmt: skip
    closing(b, "lmkj", "11-16 17:20", "nodemailer", "力明学院活动周总结和统计表", "总结、统计表各一份。",
            ["举办活动22场。", "义诊服务群众1500人次。"], [9, 13, 2, 6, 2600, 1500, 8, 21000], tprod="lo-xls")  # fmt: skip


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(b, u, "11-05 11:20", "wps", "泰山护理职业学院活动周方案",
         """职成高教科：
    附件为我院活动周方案。
    联络员：党政办公室 石蕾（副主任），办公电话：0538-6236158转808，邮箱：bgs@tshlzy.edu.cn
    专题页面：http://www.tshlzy.edu.cn/zt/zjhdz/
泰山护理职业学院党政办公室""",
         [F("泰山护理职业学院活动周方案.docx", doc("lo-docx", [
             ["h", "泰山护理职业学院2020年职业教育活动周方案"],
             ["p", "活动内容：护理技能展示、健康知识宣传、校园开放日。"]]), "plan", "tshl")],
         liaison=person("", "石蕾", "党政办公室副主任", "bgs@tshlzy.edu.cn", ""),
         column_url="http://www.tshlzy.edu.cn/zt/zjhdz/",
         note="only an office phone 0538-6236158转808")  # fmt: skip
    send(b, u, "11-06 10:02", "wps", "回复：请补报联络员手机号码",
         "您好，我院联络员石蕾手机号：158-6380-2241。",
         liaison=person("", "石蕾", "", "", "15863802241"),
         note="the mobile after the due time: contact late")  # fmt: skip
    send(b, u, "11-11 09:30", "wps", "泰护活动周宣传材料", "宣传材料5篇。",
         files=arts("tshl", 4, [("泰护启动职业教育活动周", "11月8日，泰山护理职业学院职业教育活动周启动。"),
                                ("泰护学生走进社区宣传防疫知识", "11月9日，泰护学生志愿者走进社区。"),
                                ("泰护举办护理技能展示", "11月9日下午，泰护护理技能展示举行。"),
                                ("泰护“网络校园开放日”吸引考生家长", "11月10日，泰护举办“网络校园开放日”。"),
                                ("泰护师生为老人测血压", "11月10日，泰护师生走进敬老院。")]))  # fmt: skip
    closing(b, "tshl", "11-16 15:00", "wps", "泰护活动周总结及统计表", "请查收。",
            ["护理技能展示受欢迎。", "服务群众2100人次。"], [7, 12, 2, 8, 1900, 2100, 9, 17500])  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    rsj = "rsjzjk@ta.shandong.cn"
    send(b, u, "11-04 15:45", "py-compat32", "泰安技师学院关于报送职业教育活动周方案的报告",
         """市人力资源社会保障局职建科：
    按照泰教函〔2020〕72号通知要求，现将我院活动周方案报上。
    兹确定教务处副处长孙丽同志为我院活动周联络员，手机13562826390，邮箱tajsxy_xcb@126.com。
    我院活动周宣传专栏：http://218.56.102.7:8080/jsxy/hdz/
泰安技师学院
2020年11月4日
""",
         [F("泰安技师学院活动周方案.docx", doc("python-docx", [
             ["h", "泰安技师学院2020年职业教育活动周实施方案"],
             ["p", "活动内容：技能大师工作室开放、技能比武、技能服务。"]]), "plan", "tajsxy")],
         to=rsj, charset="gbk",
         liaison=person("", "孙丽", "教务处副处长", "tajsxy_xcb@126.com", "13562826390"),
         column_url="http://218.56.102.7:8080/jsxy/hdz/",
         note="to the 人社局 box; 兹确定…同志为…联络员; an IP-address URL with a port")  # fmt: skip
    send(b, u, "11-12 10:40", "py-compat32", "泰安技师学院活动周宣传材料", "宣传材料五篇。\n孙丽\n",
         files=arts("tajsxy", 5, [("技师学院技能大师工作室开放", "11月8日，泰安技师学院技能大师工作室向社会开放。"),
                                  ("技师学院举办技能比武", "11月9日，泰安技师学院技能比武举行。"),
                                  ("技师学院师生为农户维修农机", "11月10日，技师学院师生走进农村。"),
                                  ("技师学院退役军人培训班开班", "11月10日，技师学院退役军人技能培训班开班。"),
                                  ("技师学院毕业生返校分享就业经历", "11月11日，技师学院毕业生返校。")]),
         to=rsj, charset="gbk")  # fmt: skip
    closing(b, "tajsxy", "11-16 10:00", "py-compat32", "泰安技师学院活动周总结", "总结和统计表。\n",
            ["技能比武参赛学生300人。", "技能服务12场。"], [6, 16, 2, 12, 3000, 1400, 8, 12000], to=rsj, charset="gbk")  # fmt: skip


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    plan = doc("python-docx", [
        ["h", "岱岳区职业教育中心2020年职业教育活动周实施方案"],
        ["p", "一、活动安排：启动仪式、开放日、技能下乡。"],
        ["p", "二、宣传展示"],
        ["p", "活动周宣传专栏（网址）："],
        ["p", "http://www.dyzjzx.cn/news/zjhdz/"],
        ["p", "三、联络员"],
        ["p", "办公室主任 张伟，电话（0538）8561234，手机13953856610，邮箱dyzjzx@ta.shandong.cn"],
    ])  # fmt: skip
    send(b, u, "11-05 08:40", "iphone", "岱岳职教中心方案", "方案见附件\n\n发自我的iPhone",
         [F("岱岳区职业教育中心活动周实施方案.docx", plan, "plan", "dyzj")],
         liaison=person("", "张伟", "办公室主任", "dyzjzx@ta.shandong.cn", "13953856610"),
         column_url="http://www.dyzjzx.cn/news/zjhdz/",
         note="the URL in the paragraph after its label; a (0538) landline beside the mobile")  # fmt: skip
    send(b, u, "11-10 18:30", "neomutt", "岱岳职教中心活动周稿件", "稿件三篇，请审核。\n张伟\n",
         files=arts("dyzj", 0, [("岱岳职教中心举行活动周启动仪式", "11月8日，岱岳区职业教育中心举行活动周启动仪式。"),
                                ("岱岳职教中心师生走进田间地头", "11月9日，岱岳职教中心农学专业师生来到粥店街道。"),
                                ("岱岳职教中心开放日迎来初三学生", "11月10日，岱岳职教中心迎来五百余名初三学生。")], ext="docx"))  # fmt: skip
    send(b, u, "11-14 22:10", "neomutt", "稿件（续）", "续两篇。\n",
         files=arts("dyzj", 3, [("岱岳职教中心举办技能展示周", "11月12日，岱岳职教中心技能展示周举行。"),
                                ("岱岳职教中心与企业签订合作协议", "11月13日，岱岳职教中心与三家企业签订合作协议。")], ext="docx"))  # fmt: skip
    closing(b, "dyzj", "11-16 17:45", "neomutt", "岱岳职教中心总结与统计表", "总结与统计表，请查收。\n张伟\n",
            ["开展活动19场。", "参与学生2300人次。"], [5, 14, 2, 5, 2300, 900, 6, 8600])  # fmt: skip


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    col = "http://jyj.xintai.gov.cn/xxgk/ztzl/zjhdz/2020/xtzz/list.html?cid=23&page=1"
    send(b, u, "11-04 09:15", "foxmail", "新泰职专活动周方案",
         f"""市教育局职成高教科：
    我校活动周方案见附件。宣传专栏设在新泰市教体局网站：{col}
    联络员：教务处主任 周明，手机：13863813359，邮箱：xtzz_jwc@163.com
新泰市职业中等专业学校""",
         [F("新泰职专活动周方案.doc", doc("lo-doc", [
             ["h", "新泰市职业中等专业学校2020年职业教育活动周方案"],
             ["p", "活动内容：开放日、技能节、志愿服务。"]]), "plan", "xtzz")],
         liaison=person("", "周明", "教务处主任", "xtzz_jwc@163.com", "13863813359"),
         column_url=col, note="a column on the county bureau's site: many path parts and a query")  # fmt: skip
    send(b, u, "11-09 14:30", "foxmail", "新泰职专联络员调整",
         "市教育局职成高教科：\n    我校原联络员周明同志外出学习，现由教务处副主任孟凡同志担任活动周联络员，手机13589832270，邮箱mengfan_xtzz@163.com。\n新泰职专",
         liaison=person("", "孟凡", "教务处副主任", "mengfan_xtzz@163.com", "13589832270"),
         note="现由…担任: 孟凡 replaces 周明 (the former is not a contact)")  # fmt: skip
    send(b, u, "11-12 11:00", "foxmail", "新泰职专活动周稿件", "稿件5篇。\n孟凡",
         files=arts("xtzz", 2, [("新泰职专举办校园技能节", "11月8日，新泰职专校园技能节开幕。"),
                                ("新泰职专“网络开放日”展风采", "11月9日，新泰职专举办“网络开放日”。"),
                                ("新泰职专师生志愿服务进社区", "11月10日，新泰职专师生走进青云街道。"),
                                ("新泰职专举办职业体验日", "11月11日，新泰职专职业体验日活动举行。"),
                                ("新泰职专优秀毕业生返校座谈", "11月11日下午，新泰职专优秀毕业生返校座谈。")]))  # fmt: skip
    closing(b, "xtzz", "11-16 09:10", "foxmail", "新泰职专总结和统计表", "请查收。\n孟凡",
            ["技能节参与学生1800人。", "志愿服务8场。"], [6, 12, 2, 8, 1800, 1100, 7, 9100], sprod="lo-pdf")  # fmt: skip


def fczz(b: Builder) -> None:
    u = U["fczz"]
    receipt = doc("python-docx", [
        ["h", "职业教育活动周回执"],
        ["rt", [["单位", "", "肥城市职业中等专业学校", ""],
                ["联络员", "姓名", "亓海燕", ""],
                ["", "职务", "办公室副主任", ""],
                ["", "手机", "13515482296", ""],
                ["", "邮箱", "fczz_bgs@126.com", ""],
                ["活动周展示平台", "", "http://www.fczz.net/hdz/index.html", ""]],
         [[0, 0, 0, 1, "单位"], [0, 2, 0, 3, "肥城市职业中等专业学校"], [1, 0, 4, 0, "联络员"],
          [1, 2, 1, 3, "亓海燕"], [2, 2, 2, 3, "办公室副主任"], [3, 2, 3, 3, "13515482296"],
          [4, 2, 4, 3, "fczz_bgs@126.com"], [5, 0, 5, 1, "活动周展示平台"],
          [5, 2, 5, 3, "http://www.fczz.net/hdz/index.html"]]],
    ])  # fmt: skip
    send(b, u, "11-05 17:35", "qqweb", "肥城职专 方案+回执", "您好，方案和回执在附件里。\n肥城职专办公室",
         [F("肥城职专活动周方案.docx", doc("python-docx", [
             ["h", "肥城市职业中等专业学校2020年职业教育活动周方案"],
             ["p", "活动内容：桃木雕刻展示、开放日、技能服务。"]]), "plan", "fczz"),
          F("肥城职专回执.docx", receipt, "contact", "fczz", note="python-docx, merged cells")],
         liaison=person("肥城市职业中等专业学校", "亓海燕", "办公室副主任", "fczz_bgs@126.com", "13515482296"),
         column_url="http://www.fczz.net/hdz/index.html",
         note="a python-docx 回执 with merged cells; the column under 活动周展示平台")  # fmt: skip
    send(b, u, "11-11 20:15", "qqweb", "肥城职专稿件5篇", "稿件5篇\n亓海燕",
         files=arts("fczz", 1, [("肥城职专桃木雕刻作品展开展", "11月8日，肥城职专桃木雕刻作品展开展。"),
                                ("肥城职专开放日家长点赞", "11月9日，肥城职专举办校园开放日。"),
                                ("肥城职专师生走进仪阳街道", "11月10日，肥城职专师生走进仪阳街道。"),
                                ("肥城职专举办电商直播技能展示", "11月10日晚，肥城职专电商专业学生直播带货。"),
                                ("肥城职专举行校企合作签约", "11月11日，肥城职专与四家企业签约。")]))  # fmt: skip
    closing(b, "fczz", "11-17 08:50", "qqweb", "肥城职专总结、统计表（晚了）", "不好意思，晚交了。\n亓海燕",
            ["桃木雕刻展示吸引群众。", "开展活动16场。"], [4, 12, 1, 6, 1500, 900, 6, 7300], tprod="lo-xls",
            note="after the due time")  # fmt: skip


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    plan = doc("lo-odt", [
        ["h", "宁阳县职业中等专业学校2020年职业教育活动周实施方案"],
        ["p", "一、组织机构"],
        ["p", "组长：校长 杜建国；副组长：副校长 陈光、宋玉梅；成员：各处室主任、各专业部部长。"],
        ["p", "联络员：教务处干事 郭晓晨（手机15966010387，邮箱nyzz_jwc@163.com）。"],
        ["p", "二、活动内容：开放日、技能展示、技能下乡。"],
        ["p", "三、宣传专栏：http://www.nyzz.net/zt/2020zjz/index.html"],
    ])  # fmt: skip
    send(b, u, "11-02 16:30", "outlook-mac", "宁阳职专活动周实施方案",
         "市教育局职成高教科：\n我校活动周实施方案已附上，请审阅。\n宁阳职专教务处",
         [F("宁阳职专活动周实施方案.odt", plan, "plan", "nyzz")],
         liaison=person("", "郭晓晨", "教务处干事", "nyzz_jwc@163.com", "15966010387"),
         column_url="http://www.nyzz.net/zt/2020zjz/index.html",
         note="liaison in the .odt plan's 组织机构 after 组长/副组长/成员")  # fmt: skip
    send(b, u, "11-10 11:25", "outlook-mac", "宁阳职专活动周宣传材料", "宣传材料五篇。\n郭晓晨",
         files=arts("nyzz", 4, [("宁阳职专启动职教活动周", "11月8日，宁阳职专启动职业教育活动周。"),
                                ("宁阳职专学生为村民维修家电", "11月9日，宁阳职专学生走进鹤山镇。"),
                                ("宁阳职专开放实训基地", "11月9日下午，宁阳职专实训基地向社会开放。"),
                                ("宁阳职专举办职业启蒙体验课", "11月10日，宁阳职专为小学生开设职业启蒙课。"),
                                ("宁阳职专毕业生创业故事分享会", "11月10日晚，宁阳职专举办创业故事分享会。")]))  # fmt: skip
    closing(b, "nyzz", "11-16 14:40", "outlook-mac", "宁阳职专总结+统计表", "请查收。\n郭晓晨",
            ["实训基地开放受欢迎。", "服务群众700人次。"], [5, 11, 2, 6, 1600, 700, 5, 6400], sprod="lo-docx")  # fmt: skip


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(b, u, "11-05 15:10", "coremail", "东平职教中心活动周方案",
         """市局职成高教科：
方案见附件。我校活动周专栏已开通，学校主页http://www.dpzjzx.com，专栏http://www.dpzjzx.com/zjhdz/index.asp?id=12，欢迎浏览。
联络员 教务处副主任 韩冬 13605387788 dpzjzx_bgs@126.com
东平县职业教育中心学校""",
         [F("东平职教中心活动周方案.docx", doc("lo-docx", [
             ["h", "东平县职业教育中心学校2020年职业教育活动周方案"],
             ["p", "活动内容：开放日、技能下乡、成果展示。"]]), "plan", "dpzj")],
         liaison=person("", "韩冬", "教务处副主任", "dpzjzx_bgs@126.com", "13605387788"),
         column_url="http://www.dpzjzx.com/zjhdz/index.asp?id=12",
         note="home page and column in one sentence; one-line 联络员 with the 职务 before the name")  # fmt: skip
    send(b, u, "11-12 16:00", "coremail", "东平职教中心宣传稿", "宣传稿3篇。\n韩冬",
         files=arts("dpzj", 5, [("东平职教中心开展技能下乡活动", "11月9日，东平职教中心师生走进接山镇。"),
                                ("东平职教中心举办开放日", "11月10日，东平职教中心举办校园开放日。"),
                                ("东平职教中心成果展开展", "11月11日，东平职教中心办学成果展开展。")]))  # fmt: skip
    closing(b, "dpzj", "11-16 16:30", "coremail", "东平职教中心总结和统计表", "总结和统计表。\n韩冬",
            ["技能下乡6场。", "开放日接待家长600人次。"], [3, 9, 1, 6, 1200, 600, 3, 5100], note="3 articles only")  # fmt: skip


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    col = "http://www.tajtzz.com/html/zt/zjhdz2020/"
    text = (
        "市教育局职成高教科：\n    您好！我校活动周方案见附件，活动周专栏请点这里访问。\n"
        "    联络员：徐文涛（办公室主任），手机13792110845，邮箱jtzz_bgs@163.com\n交通职专办公室"
    )
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
            "<div>市教育局职成高教科：</div><div>&nbsp;&nbsp;&nbsp;&nbsp;您好！我校活动周方案见附件，活动周专栏请"
            f'<a href="{col}" target="_blank">点这里</a>访问。</div>'
            "<div>&nbsp;&nbsp;&nbsp;&nbsp;联络员：徐文涛（办公室主任），手机13792110845，邮箱jtzz_bgs@163.com</div>"
            "<div>交通职专办公室</div></body></html>")  # fmt: skip
    send(b, u, "11-05 10:05", "qqweb", "交通职专活动周方案", text,
         [F("交通职专活动周方案.docx", doc("python-docx", [
             ["h", "泰安市交通职业中等专业学校2020年职业教育活动周方案"],
             ["p", "活动内容：汽车维修进社区、开放日、安全出行宣传。"]]), "plan", "jtzz")],
         html=html, liaison=person("", "徐文涛", "办公室主任", "jtzz_bgs@163.com", "13792110845"),
         column_url=col, note="the column only behind the anchor 点这里 in the HTML part (the text part has no URL)")  # fmt: skip
    send(b, u, "11-11 10:50", "qqweb", "交通职专稿件", "稿件5篇，请查收。",
         files=arts("jtzz", 2, [("交通职专汽修师生进社区义务保养车辆", "11月8日，交通职专汽修专业师生走进社区。"),
                                ("交通职专举办“网络开放日”", "11月9日，交通职专举办“网络开放日”。"),
                                ("交通职专开展安全出行宣传", "11月9日下午，交通职专学生在泰山大街开展安全出行宣传。"),
                                ("交通职专与物流企业共建实训基地", "11月10日，交通职专与物流企业共建实训基地。"),
                                ("交通职专学子技能展示", "11月10日晚，交通职专学子技能展示。")]))  # fmt: skip
    closing(b, "jtzz", "11-16 10:45", "qqweb", "交通职专总结和统计表", "请查收。",
            ["汽修服务进社区8场。", "宣传报道5篇。"], [4, 10, 1, 8, 1300, 1000, 5, 5800])  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(b, u, "11-04 14:20", "android", "泰山区职专活动周方案、专栏、联络员",
         """市教育局职成高教科：
  我校方案见附件。
  宣传专栏（网站）：https://www.泰山职专.com/hdz2020/
  联络员：教研室 主任 冯丽君
  联系电话：(0538)8223317   手机：138-5388-0916
  邮箱：tsqzz@ta.shandong.cn
泰安市泰山区职业中等专业学校""",
         [F("泰山区职专活动周方案.docx", doc("python-docx", [
             ["h", "泰山区职专2020年职业教育活动周方案"],
             ["p", "活动内容：云上开放日、职业启蒙、技能服务。"]]), "plan", "tsqzz")],
         liaison=person("", "冯丽君", "教研室主任", "tsqzz@ta.shandong.cn", "13853880916"),
         column_url="https://www.泰山职专.com/hdz2020/",
         note="a (0538) landline and a 138-5388-0916 mobile; a Chinese-domain https column")  # fmt: skip
    send(b, u, "11-10 15:40", "android", "泰山区职专稿件", "稿件5篇。\n冯丽君",
         files=arts("tsqzz", 3, [("泰山区职专“云上开放日”开播", "11月8日，泰山区职专“云上开放日”开播。"),
                                 ("泰山区职专职业启蒙课走进小学", "11月9日，泰山区职专教师走进泰前小学。"),
                                 ("泰山区职专师生为社区居民理发", "11月9日下午，泰山区职专美发专业师生走进社区。"),
                                 ("泰山区职专举办技能成果展", "11月10日，泰山区职专举办技能成果展。"),
                                 ("泰山区职专召开校企合作座谈会", "11月10日下午，泰山区职专召开校企合作座谈会。")]))  # fmt: skip
    closing(b, "tsqzz", "11-16 13:30", "android", "泰山区职专总结和统计表", "请查收。\n冯丽君",
            ["云上开放日浏览量1.1万。", "技能服务6场。"], [5, 9, 1, 6, 1100, 800, 5, 11000])  # fmt: skip


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
