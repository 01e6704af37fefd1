# ruff: noqa: E501
"""The thirteen schools of set28. Shapes: Outlook for Mac (tzy) and a personal QQ box signed
with the college (tzy's articles); NeoMutt (tsvtc); Android short bodies with the liaison in
the signature (sdfzxy); a Foxmail reply chain completing a liaison (lmkj); a personal 163 box
signed with the college (tshl); Python email with GBK RFC 2231 names to the 人社局 box and a
zip of articles (tajsxy); a QQ app HTML-only body of `<br>` lines and &nbsp; with an anchor
点击查看专栏 (dyzj); a late zip of plan + 回执 + article (xtzz); the Windows 10 Mail app with
anchor text www.fczz.net over the column's href (fczz); WPS mail (nyzz); an Outlook HTML-only
pasted liaison table without 邮箱 (dpzj); Foxmail (jtzz); Thunderbird and a teacher's
126 box (tsqzz)."""

from __future__ import annotations

from .build import F, Unit, person, send
from .docs import Doc
from .mime import RSJ
from .papers import (
    art,
    article,
    br_html,
    foxmail_reply,
    outlook_table_html,
    plan,
    receipt,
    stats,
    summary,
)

TZY = Unit("tzy", "泰安职业技术学院", "泰职院", "xcb_tzy@tzvtc.edu.cn")
TSV = Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcbgs@tsvtc.cn")
FZ = Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_xcb@163.com")
LM = Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcb@126.com")
HL = Unit("tshl", "泰山护理职业学院", "泰护", "tshlzy_bgs@tshlzy.edu.cn")
JS = Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zhk@126.com")
DYZ = Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_bgs@126.com")
XTZ = Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzzjwc@163.com")
FCZ = Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_xb@ta.shandong.cn")
NYZ = Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzzbgs@163.com")
DPZ = Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_zsb@126.com")
JT = Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_jwc@163.com")
TSQ = Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@126.com")


def _plan(u: Unit, when: str, lines: list[str], producer: str = "python-docx") -> Doc:
    return plan(f"{u.name}2020年职业教育活动周活动方案", lines, f"{u.name}\n2020年{when}", producer)


def _sum(u: Unit, lines: list[str], producer: str = "python-docx") -> Doc:
    return summary(
        f"{u.name}2020年职业教育活动周工作总结", lines, f"{u.name}\n2020年11月16日", producer
    )


def tzy(b) -> None:
    url = "https://www.tzvtc.edu.cn/zjhdz2020/"
    send(
        b,
        TZY,
        "11-04 10:45",
        "outlook-mac",
        "泰安职业技术学院职业教育活动周方案、专栏和联络员",
        "市教育局职成高教科老师：\n\n"
        "您好！我院活动周方案见附件。\n"
        "活动周专栏：" + url + "\n"
        "联络员：泰安职业技术学院 王振宇 宣传部副部长\n"
        "邮箱 wangzy@tzvtc.edu.cn，手机 13953823416\n\n"
        "泰安职业技术学院党委宣传部",
        sender_name="泰职院宣传部",
        files=[
            F(
                "泰安职业技术学院活动周方案.docx",
                _plan(
                    TZY,
                    "11月3日",
                    [
                        "一、活动主题：人人出彩 技能强国。",
                        "二、活动内容：“云上开放日”；大师工作室技艺展示；面向泰城社区的技术技能服务；校企合作成果发布。",
                        "三、工作分工：宣传部负责专栏建设和宣传报道，教务处、各二级学院具体组织。",
                    ],
                ),
                "plan",
                "tzy",
            )
        ],
        column_url=url,
        liaison=person(
            "泰安职业技术学院", "王振宇", "宣传部副部长", "wangzy@tzvtc.edu.cn", "13953823416"
        ),
    )
    a = [
        (
            "泰职院“云上开放日”带你看遍实训室",
            ["11月9日，泰安职业技术学院“云上开放日”在线观看人数突破1.2万。"],
        ),
        ("大师工作室里的匠心传承", ["学院烹饪大师工作室向市民开放，现场展示泰山宴传统名菜制作。"]),
        ("泰职院志愿者走进社区开展健康服务", ["护理专业志愿者为社区老人测量血压、讲解防疫知识。"]),
    ]
    send(
        b,
        TZY,
        "11-09 20:15",
        "qqmobile",
        "泰职院活动周稿件",
        "老师好，我院活动周稿件三篇，麻烦查收。\n\n王振宇\n泰安职业技术学院宣传部",
        sender="2935710462@qq.com",
        sender_name="振宇",
        files=[art(f"{h}.docx", article(h, p), "tzy") for h, p in a],
        note="a personal QQ box not registered; the college in the signature",
    )
    a2 = [
        ("泰职院举办校企合作成果发布会", ["学院与20余家企业共建的产业学院成果集中发布。"]),
        ("“停课不停学”中的泰职院故事", ["疫情期间学院开设线上课程1200余门次。"]),
    ]
    send(
        b,
        TZY,
        "11-12 16:20",
        "outlook-mac",
        "泰安职业技术学院活动周稿件（续）",
        "老师好，再报送两篇稿件。\n王振宇",
        sender_name="泰职院宣传部",
        files=[art(f"{h}.docx", article(h, p), "tzy") for h, p in a2],
    )
    send(
        b,
        TZY,
        "11-16 15:30",
        "outlook-mac",
        "泰安职业技术学院活动周总结和统计表",
        "市教育局职成高教科：\n\n总结报告、统计表见附件。\n\n泰安职业技术学院党委宣传部 王振宇",
        sender_name="泰职院宣传部",
        files=[
            F(
                "泰安职业技术学院活动周总结报告.docx",
                _sum(
                    TZY,
                    [
                        "活动周期间，学院共举办线上活动15场、线下活动22场，参与师生1.1万人次。",
                        "“云上开放日”网络浏览量累计8.6万人次。",
                    ],
                ),
                "summary",
                "tzy",
            ),
            F(
                "泰安职业技术学院统计表.xlsx",
                stats("泰安职业技术学院", [15, 22, 2, 8, 11000, 3200, 14, 86000]),
                "statistics",
                "tzy",
            ),
        ],
    )


def tsvtc(b) -> None:
    url = "http://www.tsvtc.cn/hdz/index.htm"
    send(
        b,
        TSV,
        "11-03 11:30",
        "neomutt",
        "Taishan Polytechnic: activity week plan / 泰山职业技术学院活动周方案",
        "市教育局职成高教科：\n\n"
        "泰山职业技术学院2020年职业教育活动周方案见附件。\n"
        "专栏地址 " + url + "\n\n"
        "联络员\n"
        "  单位：泰山职业技术学院\n  姓名：许海燕\n  职务：党委宣传部干事\n"
        "  邮箱：xuhy@tsvtc.cn\n  手机：15866027381\n\n"
        "--\n泰山职业技术学院党委宣传部\n",
        sender_name="Xu Haiyan",
        files=[
            F(
                "tsvtc-2020-huodongzhou-fangan.docx",
                _plan(
                    TSV,
                    "11月2日",
                    [
                        "学院定于11月8日至14日开展职业教育活动周活动。",
                        "主要活动：泰山文化主题技能展示、网络校园开放日、技能服务进乡村、优秀校友事迹报告会。",
                    ],
                ),
                "plan",
                "tsvtc",
            )
        ],
        column_url=url,
        liaison=person(
            "泰山职业技术学院", "许海燕", "党委宣传部干事", "xuhy@tsvtc.cn", "15866027381"
        ),
        note="NeoMutt (real); ASCII file name",
    )
    a = [
        ("泰山职院开展泰山文化主题技能展示", ["学生以泰山石刻、泰山皮影为题材展示设计作品。"]),
        ("泰山职院优秀校友事迹报告会举行", ["三位优秀校友讲述了扎根基层、技能成才的故事。"]),
        ("泰山职院网络校园开放日活动纪实", ["开放日当天，学院通过直播展示了12个专业的实训场景。"]),
    ]
    send(
        b,
        TSV,
        "11-10 08:55",
        "neomutt",
        "泰山职院活动周宣传材料（3篇）",
        "职成科老师：\n宣传材料3篇，见附件。\n许海燕\n",
        sender_name="Xu Haiyan",
        files=[art(f"{h}.docx", article(h, p), "tsvtc") for h, p in a],
    )
    a2 = [
        ("泰山职院师生送技能下乡", ["农业技术专业师生到道朗镇为果农开展技术指导。"]),
        ("泰山职院举办职教政策宣讲进中学活动", ["学院走进6所中学宣讲高职扩招和贯通培养政策。"]),
    ]
    send(
        b,
        TSV,
        "11-14 16:00",
        "py-smtp",
        "泰山职院活动周宣传材料（第4、5篇）",
        "职成科老师：\n第4、5篇宣传材料请查收。\n\n许海燕\n泰山职业技术学院党委宣传部\n",
        sender_name="许海燕",
        files=[art(f"{h}.docx", article(h, p), "tsvtc") for h, p in a2],
    )
    send(
        b,
        TSV,
        "11-16 09:10",
        "py-smtp",
        "泰山职业技术学院活动周总结报告与统计表",
        "市教育局职成高教科：\n\n我院活动周总结报告与情况统计表见附件。\n\n泰山职业技术学院党委宣传部\n",
        sender_name="许海燕",
        files=[
            F(
                "泰山职业技术学院活动周总结报告.pdf",
                _sum(
                    TSV,
                    ["活动周期间，学院共开展各类活动28场，参与师生7500余人次，服务群众2600人次。"],
                    "lo-pdf",
                ),
                "summary",
                "tsvtc",
            ),
            F(
                "泰山职业技术学院活动周情况统计表.xlsx",
                stats("泰山职业技术学院", [10, 18, 1, 6, 7500, 2600, 9, 42000]),
                "statistics",
                "tsvtc",
            ),
        ],
    )


def sdfzxy(b) -> None:
    url = "http://www.sdfzxy.cn/zt/zjhdz/"
    sig = (
        "\n\n--\n赵婷婷  党委宣传部干事\n山东服装职业学院\n手机：17853829064\n"
        "邮箱：zhaott_fz@163.com\n\n发自我的华为手机"
    )
    send(
        b,
        FZ,
        "11-05 12:30",
        "android",
        "服装学院活动周方案和专栏",
        "老师您好，方案在附件，专栏网址 " + url + sig,
        sender_name="赵婷婷",
        files=[
            F(
                "山东服装职业学院职业教育活动周方案.docx",
                _plan(
                    FZ,
                    "11月4日",
                    [
                        "一、活动时间：11月8日至14日。",
                        "二、活动内容：服装设计作品云展、非遗鲁绣体验、服装技能服务进社区、校企合作成果展。",
                        "三、宣传：学院网站开设活动周专题。",
                    ],
                ),
                "plan",
                "sdfzxy",
                style="raw-utf8",
            )
        ],
        column_url=url,
        liaison=person(
            "山东服装职业学院", "赵婷婷", "党委宣传部干事", "zhaott_fz@163.com", "17853829064"
        ),
        note="Android short body; the liaison in the signature; raw UTF-8 file name",
    )
    a = [
        ("服装学院举办学生设计作品云展", ["学院通过线上展厅展出学生原创服装作品120余套。"]),
        ("鲁绣非遗体验课走进服装学院", ["鲁绣传承人指导学生体验传统刺绣技法。"]),
    ]
    send(
        b,
        FZ,
        "11-11 12:10",
        "android",
        "稿件2篇",
        "稿件两篇请查收" + sig,
        sender_name="赵婷婷",
        files=[art(f"{h}.docx", article(h, p), "sdfzxy", style="raw-utf8") for h, p in a],
    )
    a2 = [
        ("服装学院师生为社区居民免费修改衣物", ["师生在社区为居民免费改衣、缝补300余件。"]),
        ("服装学院校企合作成果展开幕", ["展览展示了学院与20家服装企业合作开发的产品。"]),
        ("服装学院毕业生创业故事", ["2016届毕业生李某创办的服装工作室已带动30人就业。"]),
    ]
    send(
        b,
        FZ,
        "11-13 10:30",
        "foxmail",
        "山东服装职业学院活动周稿件3篇",
        "市教育局职成高教科：\n\n附件为我院活动周稿件3篇。\n\n山东服装职业学院党委宣传部 赵婷婷",
        sender_name="服装学院宣传部",
        files=[art(f"{h}.docx", article(h, p), "sdfzxy") for h, p in a2],
    )
    send(
        b,
        FZ,
        "11-16 08:40",
        "android",
        "总结和统计表",
        "总结和统计表，请查收" + sig,
        sender_name="赵婷婷",
        files=[
            F(
                "山东服装职业学院活动周工作总结.docx",
                _sum(FZ, ["活动周期间学院共开展活动19场，参与师生4300人次，网络浏览量2.4万人次。"]),
                "summary",
                "sdfzxy",
                style="raw-utf8",
            ),
            F(
                "服装学院统计表.xlsx",
                stats("山东服装职业学院", [8, 11, 1, 4, 4300, 800, 6, 24000], short=True),
                "statistics",
                "sdfzxy",
                style="raw-utf8",
            ),
        ],
    )


def lmkj(b) -> None:
    url = "http://www.lmkjxy.cn/zjz/"
    first = [
        "市教育局职成高教科：",
        "",
        "我院活动周方案见附件，专栏地址：" + url,
        "联络员：孟凡超，邮箱mengfc_lm@126.com，手机13792136055",
        "",
        "山东力明科技职业学院",
    ]
    send(
        b,
        LM,
        "11-05 11:00",
        "foxmail",
        "力明学院活动周方案",
        "\n".join(first),
        sender_name="力明学院",
        files=[
            F(
                "力明学院活动周方案.docx",
                _plan(
                    LM,
                    "11月4日",
                    ["学院将于活动周期间举办中医康复技能展示、网络开放日、义诊进社区等活动。"],
                ),
                "plan",
                "lmkj",
            )
        ],
        column_url=url,
        liaison=person("", "孟凡超", "", "mengfc_lm@126.com", "13792136055"),
        note="the liaison without 职务",
    )
    city = ["联络员信息缺少职务，请补充。", "市教育局职成高教科"]
    text, html = foxmail_reply(
        ["孟凡超 职务：招生就业处副处长", "", "力明学院 孟凡超"],
        "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>",
        "2020-11-06 09:00",
        "lmxy_xcb <lmxy_xcb@126.com>",
        "回复：力明学院活动周方案",
        [*city, "", "------------------ 原始邮件 ------------------", *first],
    )
    send(
        b,
        LM,
        "11-06 10:25",
        "foxmail",
        "回复：回复：力明学院活动周方案",
        text,
        html=html,
        sender_name="力明学院",
        headers=[("In-Reply-To", "<202011060900lm@ta.shandong.cn>")],
        liaison=person("", "孟凡超", "招生就业处副处长", "mengfc_lm@126.com", "13792136055"),
        note="Foxmail reply completes the liaison (职务) after the deadline: contact late",
    )
    a = [
        ("力明学院举办中医康复技能展示", ["学生现场展示推拿、艾灸、刮痧等康复技能。"]),
        ("力明学院师生义诊进社区", ["医学类专业师生在社区开展义诊，服务居民200余人次。"]),
        ("力明学院网络开放日纪实", ["学院在线展示了护理、康复、药学等专业的实训条件。"]),
    ]
    send(
        b,
        LM,
        "11-12 14:40",
        "foxmail",
        "力明学院活动周宣传材料",
        "职成科：\n宣传材料三篇。\n孟凡超",
        sender_name="力明学院",
        files=[art(f"{h}.docx", article(h, p), "lmkj") for h, p in a],
    )
    a2 = [
        ("力明学院开展职业启蒙进中学活动", ["学院教师为中学生讲解医护职业。"]),
        ("力明学院校企合作订单班开班", ["学院与4家康养企业合作的订单班正式开班。"]),
    ]
    send(
        b,
        LM,
        "11-14 11:30",
        "foxmail",
        "力明学院活动周宣传材料（二）",
        "职成科：\n再发两篇。\n孟凡超",
        sender_name="力明学院",
        files=[art(f"{h}.docx", article(h, p), "lmkj") for h, p in a2],
    )
    send(
        b,
        LM,
        "11-16 14:50",
        "foxmail",
        "力明学院活动周总结、统计表",
        "职成科：\n活动周总结和统计表请查收。\n孟凡超",
        sender_name="力明学院",
        files=[
            F(
                "力明学院活动周总结.docx",
                _sum(LM, ["活动周期间学院共开展活动15场，参与师生3100人次。"]),
                "summary",
                "lmkj",
            ),
            F(
                "力明学院活动周统计表.xlsx",
                stats("山东力明科技职业学院", [6, 9, 1, 5, 3100, 700, 5, 12000]),
                "statistics",
                "lmkj",
            ),
        ],
    )


def tshl(b) -> None:
    url = "http://www.tshlzy.edu.cn/2020zjhdz/"
    send(
        b,
        HL,
        "11-04 16:55",
        "coremail",
        "泰山护理职业学院—活动周方案、专栏网址及联络员",
        "市教育局职成高教科：\n\n"
        "    现将我院2020年职业教育活动周方案、宣传专栏网址和联络员信息报送如下：\n"
        "    1.方案见附件；\n"
        "    2.专栏网址：" + url + "\n"
        "    3.联络员：张丽，办公室主任，手机13505481362，邮箱zhangli_tshl@163.com（即本邮箱）。\n\n"
        "泰山护理职业学院办公室\n2020年11月4日",
        sender="zhangli_tshl@163.com",
        sender_name="张丽",
        files=[
            F(
                "泰山护理职业学院2020年职业教育活动周方案.docx",
                _plan(
                    HL,
                    "11月3日",
                    [
                        "学院以“护佑健康 技能强国”为题开展活动周活动：护理技能展示、健康知识进社区、网络开放日。"
                    ],
                ),
                "plan",
                "tshl",
            )
        ],
        column_url=url,
        liaison=person("", "张丽", "办公室主任", "zhangli_tshl@163.com", "13505481362"),
        note="a personal 163 box not registered; the college in the subject and signature",
    )
    a = [
        ("泰山护理职院开展护理技能展示周", ["学生现场展示静脉输液、心肺复苏等护理技能。"]),
        ("健康知识进社区 护理学子在行动", ["志愿者走进社区宣讲冬季防疫知识。"]),
        ("泰山护理职院网络开放日吸引万余人次观看", ["开放日以直播形式展示了学院实训中心。"]),
    ]
    send(
        b,
        HL,
        "11-10 09:30",
        "coremail-gov",
        "泰山护理职业学院活动周宣传材料",
        "市教育局职成高教科：\n附件为我院活动周宣传材料3篇。\n泰山护理职业学院办公室",
        files=[art(f"{h}.docx", article(h, p), "tshl") for h, p in a],
    )
    a2 = [
        ("泰山护理职院举办抗疫事迹报告会", ["报告会上，援鄂护士校友讲述了抗疫一线的经历。"]),
        ("泰山护理职院与医院共建实习基地", ["学院与市内6家医院签订了实习基地共建协议。"]),
    ]
    send(
        b,
        HL,
        "11-13 15:15",
        "coremail-gov",
        "泰山护理职业学院活动周宣传材料（二）",
        "职成科：第二批2篇。\n泰山护理职业学院办公室",
        files=[art(f"{h}.docx", article(h, p), "tshl") for h, p in a2],
    )
    send(
        b,
        HL,
        "11-16 16:45",
        "coremail",
        "泰山护理职业学院活动周总结和统计表",
        "职成科老师：\n    总结和统计表见附件。\n泰山护理职业学院办公室 张丽",
        sender="zhangli_tshl@163.com",
        sender_name="张丽",
        files=[
            F(
                "泰山护理职业学院活动周总结.docx",
                _sum(HL, ["学院活动周期间开展活动16场，服务群众1300余人次。"]),
                "summary",
                "tshl",
            ),
            F(
                "泰山护理职业学院活动周情况统计表.xlsx",
                stats("泰山护理职业学院", [6, 10, 1, 6, 3500, 1300, 5, 15000]),
                "statistics",
                "tshl",
            ),
        ],
        note="again from the personal box",
    )


def tajsxy(b) -> None:
    url = "http://www.tajsxy.cn/hdz2020/"
    send(
        b,
        JS,
        "11-05 09:40",
        "py-compat32",
        "泰安技师学院报送职业教育活动周方案等材料",
        "市人社局职业能力建设科：\n\n"
        "我院2020年职业教育活动周方案见附件。\n"
        "宣传专栏：" + url + "\n"
        "联络员：泰安技师学院教务处副处长郭静，电子邮箱guojing_tajs@126.com，手机号码18905385217。\n\n"
        "泰安技师学院\n",
        to=RSJ,
        sender_name="泰安技师学院",
        charset="gbk",
        files=[
            F(
                "泰安技师学院职业教育活动周方案.docx",
                _plan(
                    JS, "11月4日", ["学院开展技工教育开放周、技能大师进社区、世赛项目展示等活动。"]
                ),
                "plan",
                "tajsxy",
            )
        ],
        column_url=url,
        liaison=person(
            "泰安技师学院", "郭静", "教务处副处长", "guojing_tajs@126.com", "18905385217"
        ),
        note="to the 人社局 mailbox; Python email compat32 in GBK, RFC 2231 GBK names",
    )
    a = [
        ("泰安技师学院世赛项目成果展示", ["学院展示了数控铣、焊接、汽车技术等世赛项目训练成果。"]),
        ("技能大师进社区服务群众", ["学院技能大师工作室成员为社区居民维修电器。"]),
        ("泰安技师学院开放周迎来家长代表", ["80余名家长代表走进学院参观实训基地。"]),
    ]
    zmem = [art(f"{h}.docx", article(h, p), "tajsxy") for h, p in a]
    send(
        b,
        JS,
        "11-11 10:00",
        "py-compat32",
        "泰安技师学院活动周宣传材料（压缩包）",
        "市人社局：\n活动周宣传材料三篇已压缩，请查收。\n泰安技师学院 郭静\n",
        to=RSJ,
        sender_name="泰安技师学院",
        charset="gbk",
        files=[
            F(
                "泰安技师学院宣传材料.zip",
                Doc("zip", "", members=tuple((f.name, f.doc) for f in zmem)),
                "other",
                "tajsxy",
                label=False,
            )
        ],
        members=zmem,
    )
    a2 = [
        ("泰安技师学院毕业生在全国技能大赛获奖", ["学院2019届毕业生在全国技能大赛中获得二等奖。"]),
        ("泰安技师学院开展职业技能培训进乡村", ["学院在岱岳区开展电工技能培训，培训农民工50人。"]),
    ]
    send(
        b,
        JS,
        "11-13 10:00",
        "py-compat32",
        "泰安技师学院活动周宣传材料（第4-5篇）",
        "市人社局：\n第4、5篇宣传材料见附件。\n泰安技师学院 郭静\n",
        to=RSJ,
        cc="jyj-zcjk01@ta.shandong.cn",
        sender_name="泰安技师学院",
        charset="gbk",
        files=[art(f"{h}.docx", article(h, p), "tajsxy") for h, p in a2],
    )
    send(
        b,
        JS,
        "11-16 11:20",
        "py-compat32",
        "泰安技师学院活动周总结报告及统计表",
        "市人社局：\n总结报告和情况统计表见附件。\n泰安技师学院\n",
        to=RSJ,
        sender_name="泰安技师学院",
        charset="gbk",
        files=[
            F(
                "泰安技师学院活动周总结报告.docx",
                _sum(JS, ["活动周期间学院开展活动20场，参与师生5200人次。"]),
                "summary",
                "tajsxy",
            ),
            F(
                "泰安技师学院统计表.xlsx",
                stats("泰安技师学院", [7, 13, 1, 6, 5200, 1400, 8, 21000]),
                "statistics",
                "tajsxy",
            ),
        ],
    )


def dyzj(b) -> None:
    url = "http://www.dyzjzx.cn/zjhdz/"
    lines = [
        "市教育局职成科：",
        "",
        "我校活动周方案见附件，宣传专栏已开通，点击查看专栏。",
        "",
        "联络员：李  红",
        "职务：办公室干事",
        "手机：136 8538 6670",
        "邮箱：372815094@qq.com",
        "",
        "泰安市岱岳区职业教育中心",
    ]
    html = br_html(lines, "utf-8", {"点击查看专栏": url})
    send(
        b,
        DYZ,
        "11-05 16:00",
        "qqmobile",
        "岱岳区职业教育中心活动周方案",
        "\n".join(lines),
        html=html,
        html_only=True,
        sender_name="岱岳职教中心",
        files=[
            F(
                "岱岳区职教中心活动周方案.docx",
                _plan(
                    DYZ,
                    "11月4日",
                    ["学校开展“职教开放周”：专业体验、技能展示、技能下乡、优秀毕业生事迹宣讲。"],
                ),
                "plan",
                "dyzj",
            )
        ],
        column_url=url,
        liaison=person("", "李红", "办公室干事", "372815094@qq.com", "13685386670"),
        note="QQ app HTML-only: <br> lines, &nbsp; inside the name and the mobile, anchor 点击查看专栏",
    )
    a = [
        ("岱岳区职教中心“职教开放周”启幕", ["开放周首日，300余名初中学生走进校园体验专业课程。"]),
        ("岱岳区职教中心学生技能展示", ["学生展示了中式烹调、汽车维修、计算机组装等技能。"]),
        ("优秀毕业生返校宣讲", ["优秀毕业生张某讲述了自己从中职生到高级技师的成长之路。"]),
    ]
    send(
        b,
        DYZ,
        "11-10 17:30",
        "qqmobile",
        "岱岳职教中心稿件3篇",
        "稿件三篇\n岱岳职教中心",
        sender_name="岱岳职教中心",
        files=[art(f"{h}.docx", article(h, p), "dyzj") for h, p in a],
    )
    a2 = [
        ("技能下乡进万家", ["学校师生到粥店街道为群众提供家电维修等服务。"]),
        ("岱岳区职教中心开展校企合作洽谈会", ["10家企业与学校达成实习就业合作意向。"]),
    ]
    send(
        b,
        DYZ,
        "11-12 18:45",
        "qqmobile",
        "岱岳职教中心稿件2篇",
        "稿件两篇\n岱岳职教中心",
        sender_name="岱岳职教中心",
        files=[art(f"{h}.docx", article(h, p), "dyzj") for h, p in a2],
    )
    send(
        b,
        DYZ,
        "11-16 17:20",
        "qqmobile",
        "岱岳职教中心活动周总结",
        "总结见附件，统计表数据还在核对，随后报送。\n岱岳职教中心",
        sender_name="岱岳职教中心",
        files=[
            F(
                "岱岳区职教中心活动周总结.docx",
                _sum(DYZ, ["活动周期间学校共开展活动12场，参与师生2200人次。"]),
                "summary",
                "dyzj",
            )
        ],
        note="the table promised but never sent: statistics missing",
    )


def xtzz(b) -> None:
    url = "http://www.xtzz.net/zjz/"
    first_art = (
        "新泰职专提前谋划职教活动周",
        ["学校召开专题会议，部署活动周各项工作，各专业部已完成展示准备。"],
    )
    members = [
        F(
            "新泰职专活动周方案.docx",
            _plan(
                XTZ,
                "11月6日",
                ["学校活动周安排：11月8日开幕式；9日至13日专业开放日、技能展示；14日闭幕总结。"],
            ),
            "plan",
            "xtzz",
        ),
        F(
            "联络员回执.docx",
            receipt(
                "新泰市职业中等专业学校", "马骏", "教务科科长", "majun_xtzz@163.com", "15505381749"
            ),
            "contact",
            "xtzz",
        ),
        art(first_art[0] + ".docx", article(*first_art), "xtzz"),
    ]
    send(
        b,
        XTZ,
        "11-09 08:20",
        "coremail",
        "新泰职专活动周材料（方案、回执、稿件）",
        "市教育局职成高教科：\n\n"
        "    我校活动周方案、联络员回执、第一篇宣传稿件打包发送，专栏地址：" + url + "\n"
        "    因学校邮箱故障报送晚了，请谅解。\n\n"
        "新泰市职业中等专业学校教务科",
        sender_name="新泰职专教务科",
        files=[
            F(
                "新泰职专活动周材料.zip",
                Doc("zip-gbk", "", members=tuple((f.name, f.doc) for f in members)),
                "other",
                "xtzz",
                label=False,
            )
        ],
        members=members,
        column_url=url,
        liaison=person(
            "新泰市职业中等专业学校", "马骏", "教务科科长", "majun_xtzz@163.com", "15505381749"
        ),
        note="a late zip (GBK names) of plan + 回执 + a docx article",
    )
    a = [
        ("新泰职专开幕式线上直播", ["开幕式通过网络直播，在线观看人数达5000余人次。"]),
        ("新泰职专专业开放日见闻", ["开放日上，学生家长参观了数控、电商、幼教等专业实训室。"]),
    ]
    send(
        b,
        XTZ,
        "11-12 10:10",
        "coremail",
        "新泰职专活动周稿件",
        "职成科：\n    稿件两篇。\n新泰职专教务科 马骏",
        sender_name="新泰职专教务科",
        files=[art(f"{h}.docx", article(h, p), "xtzz") for h, p in a],
    )
    a2 = [
        ("新泰职专学子技能展示获点赞", ["学生现场展示的插花、茶艺作品获得群众点赞。"]),
        ("新泰职专闭幕总结会召开", ["学校总结活动周工作，表彰了一批优秀学生志愿者。"]),
    ]
    send(
        b,
        XTZ,
        "11-14 17:00",
        "coremail",
        "新泰职专活动周稿件（二）",
        "职成科：\n    稿件两篇。\n新泰职专教务科 马骏",
        sender_name="新泰职专教务科",
        files=[art(f"{h}.docx", article(h, p), "xtzz") for h, p in a2],
    )
    send(
        b,
        XTZ,
        "11-16 15:05",
        "coremail",
        "新泰职专活动周总结+统计表",
        "职成科：\n    总结和统计表请查收。\n新泰职专教务科 马骏",
        sender_name="新泰职专教务科",
        files=[
            F(
                "新泰职专活动周总结.docx",
                _sum(XTZ, ["学校活动周共开展活动14场，参与师生3200人次。"]),
                "summary",
                "xtzz",
            ),
            F(
                "新泰职专活动周统计表.xlsx",
                stats("新泰市职业中等专业学校", [5, 9, 1, 3, 3200, 600, 5, 9000]),
                "statistics",
                "xtzz",
            ),
        ],
    )


def fczz(b) -> None:
    url = "http://www.fczz.net/hdz2020/"
    text = (
        "市教育局职成高教科：\n\n我校活动周方案见附件。\n活动周专栏：www.fczz.net\n"
        "联络员：肥城市职业中等专业学校 王宁（学生处干事）\n手机：13964821573\n邮箱：wangning_fczz@163.com\n\n"
        "肥城市职业中等专业学校\n\n从 Windows 版邮件发送"
    )
    from html import escape

    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="ltr"><div style="font-family:Calibri,sans-serif">'
        + "".join(
            f"<div>{('活动周专栏：<a href=' + chr(34) + url + chr(34) + '>www.fczz.net</a>') if line.startswith('活动周专栏') else (escape(line) or '<br>')}</div>"
            for line in text.split("\n")
        )
        + "</div></div></body></html>"
    )
    send(
        b,
        FCZ,
        "11-04 11:10",
        "win10",
        "肥城职专活动周方案及相关信息",
        text,
        html=html,
        sender_name="肥城职专学生处",
        files=[
            F(
                "肥城职专活动周方案.docx",
                _plan(
                    FCZ,
                    "11月3日",
                    ["学校开展“工匠精神进校园”“技能服务进社区”“网络开放日”三项主要活动。"],
                ),
                "plan",
                "fczz",
            )
        ],
        column_url=url,
        liaison=person(
            "肥城市职业中等专业学校", "王宁", "学生处干事", "wangning_fczz@163.com", "13964821573"
        ),
        note="Windows 10 Mail: the plain part shows www.fczz.net, the HTML anchor's href is the "
        "column (labelled the href)",
    )
    a = [
        ("肥城职专“工匠精神进校园”活动启动", ["学校邀请3位省级技术能手为学生作报告。"]),
        ("肥城职专技能服务进社区", ["师生为社区居民提供理发、家电维修服务。"]),
        ("肥城职专网络开放日在线观看破万", ["开放日直播在线观看1.1万人次。"]),
    ]
    send(
        b,
        FCZ,
        "11-10 14:25",
        "win10",
        "肥城职专活动周稿件（3篇）",
        "职成科：\n\n活动周稿件三篇。\n\n王宁\n\n从 Windows 版邮件发送",
        sender_name="肥城职专学生处",
        files=[art(f"{h}.docx", article(h, p), "fczz") for h, p in a],
    )
    a2 = [
        ("肥城职专举办校园技能节", ["技能节设置了16个比赛项目，800余名学生参赛。"]),
        ("肥城职专与企业共建现代学徒制班", ["学校与2家企业签约共建现代学徒制试点班。"]),
    ]
    send(
        b,
        FCZ,
        "11-13 08:50",
        "win10",
        "肥城职专活动周稿件（2篇）",
        "职成科：\n\n又两篇。\n\n王宁\n\n从 Windows 版邮件发送",
        sender_name="肥城职专学生处",
        files=[art(f"{h}.docx", article(h, p), "fczz") for h, p in a2],
    )
    send(
        b,
        FCZ,
        "11-16 10:05",
        "win10",
        "肥城职专活动周总结报告、统计表",
        "职成科：\n\n总结报告和统计表。\n\n王宁",
        sender_name="肥城职专学生处",
        files=[
            F(
                "肥城职专活动周总结报告.docx",
                _sum(FCZ, ["活动周期间学校开展活动18场，参与师生3800人次。"]),
                "summary",
                "fczz",
            ),
            F(
                "肥城职专统计表.xlsx",
                stats("肥城市职业中等专业学校", [6, 12, 1, 5, 3800, 900, 6, 16000]),
                "statistics",
                "fczz",
            ),
        ],
    )


def nyzz(b) -> None:
    url = "http://www.nyzz.cn/zjhdz/"
    send(
        b,
        NYZ,
        "11-05 10:30",
        "wps",
        "宁阳职专活动周方案和联络员",
        "市教育局职成高教科：\n  宁阳职专活动周方案见附件。\n"
        "  联络员：吴倩 办公室副主任 18764813392 wuqian_nyzz@163.com\n"
        "  专栏网址待学校网站改版后报送。\n宁阳县职业中等专业学校办公室",
        sender_name="宁阳职专办公室",
        files=[
            F(
                "宁阳职专活动周方案.docx",
                _plan(
                    NYZ,
                    "11月4日",
                    ["学校围绕“人人出彩 技能强国”主题，开展开放日、技能展示、送技下乡活动。"],
                ),
                "plan",
                "nyzz",
            )
        ],
        liaison=person("", "吴倩", "办公室副主任", "wuqian_nyzz@163.com", "18764813392"),
    )
    send(
        b,
        NYZ,
        "11-07 14:00",
        "wps",
        "宁阳职专活动周专栏网址",
        "市教育局职成高教科：\n  我校活动周专栏网址：" + url + "\n宁阳职专办公室 吴倩",
        sender_name="宁阳职专办公室",
        column_url=url,
        note="the column two days late",
    )
    a = [
        ("宁阳职专开放日迎来首批参观者", ["开放日当天，400余名学生家长走进校园。"]),
        ("宁阳职专学生技能展示", ["学生展示了电子焊接、面点制作等技能。"]),
    ]
    send(
        b,
        NYZ,
        "11-11 11:11",
        "wps",
        "宁阳职专活动周稿件1-2",
        "职成科：稿件两篇。吴倩",
        sender_name="宁阳职专办公室",
        files=[art(f"{h}.docx", article(h, p), "nyzz") for h, p in a],
    )
    a2 = [
        ("宁阳职专送技下乡服务农民", ["学校农机专业师生到伏山镇为农民检修农机具。"]),
        ("宁阳职专举办职教政策宣讲", ["学校走进8所初中宣讲职业教育政策。"]),
        ("宁阳职专校企合作再结硕果", ["学校与3家企业签订校企合作协议。"]),
    ]
    send(
        b,
        NYZ,
        "11-14 09:40",
        "wps",
        "宁阳职专活动周稿件3-5",
        "职成科：稿件三篇。吴倩",
        sender_name="宁阳职专办公室",
        files=[art(f"{h}.docx", article(h, p), "nyzz") for h, p in a2],
    )
    send(
        b,
        NYZ,
        "11-16 16:30",
        "wps",
        "宁阳职专活动周总结和统计表",
        "职成科：总结、统计表。吴倩",
        sender_name="宁阳职专办公室",
        files=[
            F(
                "宁阳职专活动周总结.docx",
                _sum(NYZ, ["学校活动周期间共开展活动11场。"]),
                "summary",
                "nyzz",
            ),
            F(
                "宁阳职专活动周统计表.xlsx",
                stats("宁阳县职业中等专业学校", [4, 7, 1, 3, 2100, 500, 5, 6000]),
                "statistics",
                "nyzz",
            ),
        ],
    )


def dpzj(b) -> None:
    url = "http://www.dpzjzx.cn/hdz/"
    before = [
        "市教育局职成高教科：",
        "　　我校活动周方案见附件，专栏网址：" + url,
        "　　联络员信息：",
    ]
    table = [
        ["单位", "姓名", "职务", "手机号码"],
        ["东平县职业教育中心学校", "周立新", "招生办主任", "13561715208"],
    ]
    html = outlook_table_html(before, table, ["", "东平县职业教育中心学校招生办"], {url: url})
    send(
        b,
        DPZ,
        "11-05 09:00",
        "outlook",
        "东平职教中心活动周方案、专栏、联络员",
        "\n".join(before),
        html=html,
        html_only=True,
        sender_name="东平职教中心招生办",
        files=[
            F(
                "东平职教中心活动周方案.docx",
                _plan(
                    DPZ,
                    "11月4日",
                    ["学校开展“技能开放周”，组织专业展示、送技进村、职业启蒙体验等活动。"],
                ),
                "plan",
                "dpzj",
            )
        ],
        column_url=url,
        liaison=person("东平县职业教育中心学校", "周立新", "招生办主任", "", "13561715208"),
        note="Outlook HTML-only; the pasted table has no 邮箱 column: contact partial",
    )
    a = [
        ("东平职教中心“技能开放周”开幕", ["开放周期间学校向社会开放全部实训室。"]),
        ("东平职教中心送技进村", ["学校师生到州城街道为村民维修家电。"]),
        ("东平职教中心职业启蒙体验课受欢迎", ["小学生在学校体验了烘焙、木工课程。"]),
    ]
    send(
        b,
        DPZ,
        "11-12 16:10",
        "outlook",
        "东平职教中心活动周稿件",
        "职成科：\n\n稿件三篇，请查收。\n\n周立新",
        sender_name="东平职教中心招生办",
        files=[art(f"{h}.docx", article(h, p), "dpzj") for h, p in a],
        note="three articles only: partial",
    )
    send(
        b,
        DPZ,
        "11-16 10:00",
        "outlook",
        "东平职教中心活动周总结及统计表",
        "职成科：\n\n总结和统计表一并报送。\n\n周立新",
        sender_name="东平职教中心招生办",
        files=[
            F(
                "东平职教中心活动周总结.docx",
                _sum(DPZ, ["学校活动周共开展活动10场，参与师生1900人次。"]),
                "summary",
                "dpzj",
            ),
            F(
                "东平职教中心活动周情况统计表.xlsx",
                stats("东平县职业教育中心学校", [3, 7, 1, 4, 1900, 700, 3, 5200]),
                "statistics",
                "dpzj",
            ),
        ],
    )


def jtzz(b) -> None:
    url = "http://www.tajtzz.com/zjhdz/"
    send(
        b,
        JT,
        "11-04 08:35",
        "foxmail",
        "交通职专活动周方案、专栏、联络员",
        "市教育局职成高教科：\n\n"
        "  我校活动周方案见附件。\n  专栏：" + url + "\n"
        "  联络员：泰安市交通职业中等专业学校 侯文杰 教务处主任\n"
        "  邮箱 houwj@tajtzz.com   手机 133-0538-3746\n\n"
        "交通职专教务处",
        sender_name="交通职专教务处",
        files=[
            F(
                "交通职专2020年职业教育活动周方案.docx",
                _plan(
                    JT, "11月2日", ["学校开展汽车维修义诊、驾驶安全宣传进社区、网络开放日等活动。"]
                ),
                "plan",
                "jtzz",
            )
        ],
        column_url=url,
        liaison=person(
            "泰安市交通职业中等专业学校", "侯文杰", "教务处主任", "houwj@tajtzz.com", "13305383746"
        ),
        note="mobile written with hyphens",
    )
    a = [
        ("交通职专汽车维修义诊进社区", ["汽修专业师生为居民车辆免费检测80余台。"]),
        ("交通职专网络开放日纪实", ["学校直播展示了汽车、轨道交通等专业的实训场景。"]),
    ]
    send(
        b,
        JT,
        "11-09 15:30",
        "foxmail",
        "交通职专活动周稿件（一）",
        "职成科：\n  稿件两篇。\n侯文杰",
        sender_name="交通职专教务处",
        files=[art(f"{h}.docx", article(h, p), "jtzz") for h, p in a],
    )
    a2 = [
        ("交通职专开展交通安全宣传进校园", ["学校志愿者到小学开展交通安全宣传。"]),
        ("交通职专学生驾驶模拟技能展示", ["学生在模拟驾驶舱展示驾驶技能。"]),
    ]
    send(
        b,
        JT,
        "11-11 15:30",
        "foxmail",
        "交通职专活动周稿件（二）",
        "职成科：\n  又两篇。\n侯文杰",
        sender_name="交通职专教务处",
        files=[art(f"{h}.docx", article(h, p), "jtzz") for h, p in a2],
    )
    last = ("交通职专与物流企业共建订单班", ["学校与2家物流企业签订订单班培养协议。"])
    send(
        b,
        JT,
        "11-13 15:30",
        "foxmail",
        "交通职专活动周稿件（三）",
        "职成科：\n  第五篇。\n侯文杰",
        sender_name="交通职专教务处",
        files=[art(last[0] + ".pdf", article(*last, producer="lo-pdf"), "jtzz")],
    )
    send(
        b,
        JT,
        "11-16 11:45",
        "foxmail",
        "交通职专活动周总结、统计表",
        "职成科：\n  总结和统计表见附件。\n侯文杰",
        sender_name="交通职专教务处",
        files=[
            F(
                "交通职专活动周总结.docx",
                _sum(JT, ["学校活动周共开展活动13场，服务群众800余人次。"]),
                "summary",
                "jtzz",
            ),
            F(
                "交通职专活动周统计表.xlsx",
                stats("泰安市交通职业中等专业学校", [4, 9, 1, 4, 2400, 800, 5, 7000]),
                "statistics",
                "jtzz",
            ),
        ],
    )


def tsqzz(b) -> None:
    url = "http://www.tsqzz.cn/zjhdz/index.html"
    send(
        b,
        TSQ,
        "11-05 14:00",
        "thunderbird",
        "泰山区职专活动周方案、专栏地址、联络员",
        "市教育局职成高教科：\n\n"
        "泰山区职专活动周方案见附件，专栏地址：" + url + "\n"
        "联络员：褚鹏，团委书记，chup_tsqzz@126.com，15169872240\n\n"
        "泰安市泰山区职业中等专业学校\n",
        sender_name="泰山区职专",
        files=[
            F(
                "泰山区职专活动周方案.docx",
                _plan(
                    TSQ, "11月4日", ["学校开展“云上活动周”、技能服务进社区、劳动教育实践等活动。"]
                ),
                "plan",
                "tsqzz",
            )
        ],
        column_url=url,
        liaison=person("", "褚鹏", "团委书记", "chup_tsqzz@126.com", "15169872240"),
    )
    a = [
        ("泰山区职专“云上活动周”精彩纷呈", ["学校每天推出一期专业展示直播。"]),
        ("泰山区职专开展劳动教育实践", ["学生在校园农场参加秋收劳动。"]),
    ]
    send(
        b,
        TSQ,
        "11-10 12:00",
        "thunderbird",
        "泰山区职专活动周稿件",
        "职成科：\n\n稿件两篇。\n\n褚鹏\n",
        sender_name="泰山区职专",
        files=[art(f"{h}.docx", article(h, p), "tsqzz") for h, p in a],
    )
    one = ("泰山区职专学生为社区老人义务理发", ["美发专业学生为社区30余位老人义务理发。"])
    send(
        b,
        TSQ,
        "11-12 21:40",
        "qqweb",
        "泰山区职专活动周稿件",
        "职成科老师您好：\n  我是泰山区职专美发专业老师，学校团委让我直接把这篇稿子发给您。\n"
        "泰安市泰山区职业中等专业学校 王蕾",
        sender="wanglei_1987@126.com",
        sender_name="王蕾",
        files=[art(one[0] + ".docx", article(*one), "tsqzz", style="rfc2231-gb18030")],
        note="a teacher's personal box not registered; the school in the signature",
    )
    a2 = [
        ("泰山区职专技能服务进社区", ["学校师生为社区居民免费维修家电、修改衣物。"]),
        ("泰山区职专举办职业启蒙体验日", ["区内5所小学的学生到校体验职业课程。"]),
    ]
    send(
        b,
        TSQ,
        "11-13 16:00",
        "thunderbird",
        "泰山区职专活动周稿件（续）",
        "职成科：\n\n再两篇。\n\n褚鹏\n",
        sender_name="泰山区职专",
        files=[art(f"{h}.docx", article(h, p), "tsqzz") for h, p in a2],
    )
    send(
        b,
        TSQ,
        "11-16 17:55",
        "thunderbird",
        "泰山区职专活动周总结和统计表",
        "职成科：\n\n总结和统计表见附件。\n\n褚鹏\n",
        sender_name="泰山区职专",
        files=[
            F(
                "泰山区职专活动周总结.docx",
                _sum(TSQ, ["学校活动周共开展活动12场，参与师生2600人次。"]),
                "summary",
                "tsqzz",
            ),
            F(
                "泰山区职专活动周统计表.xlsx",
                stats("泰安市泰山区职业中等专业学校", [7, 8, 1, 4, 2600, 600, 5, 9400]),
                "statistics",
                "tsqzz",
            ),
        ],
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
