# ruff: noqa: E501
"""The seven county bureaus of set28. Shapes: everything the first deadline asks in one mail
(plan + column + liaison), everything the second asks in one mail (summary + table, xintai's
with its last article); Outlook HTML-only bodies with the liaison as a pasted table
(taishan), Foxmail quoted reply chains (dyq), 163 GBK folded names (xintai), WPS mail with a
回执 file and GBK RFC 2231 names (feicheng), QQ web GB18030 RFC 2231 names (ningyang), a zip
of plan + 回执 (dongping, anchor text a home page, href the column), iPhone short bodies with
the liaison in the signature (gaoxin)."""

from __future__ import annotations

from .build import F, Unit, person, send
from .docs import Doc
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

CITY_NAME = "泰安市教育局职成高教科"

TS = Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjyk@ta.shandong.cn")
DYQ = Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck@126.com")
XT = Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjk@163.com")
FC = Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjk@ta.shandong.cn")
NY = Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zc@126.com")
DP = Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zck@163.com")
GX = Unit(
    "gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqjtj_sw@ta.shandong.cn"
)


def taishan(b) -> None:
    url = "http://jtj.taishan.gov.cn/col/col4121/index.html"
    before = [
        "市教育局职成高教科：",
        "　　按照泰教函〔2020〕72号要求，现将我区活动周有关材料报送如下：",
        "　　一、活动方案见附件；",
        "　　二、宣传专栏：泰山区职业教育活动周专栏（区教体局网站首页右侧飘窗进入）；",
        "　　三、联络员信息如下表：",
    ]
    table = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        ["泰山区教体局", "刘雪梅", "职成教科科长", "liuxuemei_ts@163.com", "13805387612"],
    ]
    after = ["", "泰山区教体局职成教科", "2020年11月4日"]
    html = outlook_table_html(before, table, after, {"泰山区职业教育活动周专栏": url})
    send(
        b,
        TS,
        "11-04 09:20",
        "outlook",
        "泰山区教体局报送职业教育活动周方案、专栏及联络员",
        "\n".join(before + after),
        html=html,
        html_only=True,
        sender_name="刘雪梅",
        files=[
            F(
                "泰山区2020年职业教育活动周实施方案.docx",
                plan(
                    "泰山区2020年职业教育活动周实施方案",
                    [
                        "为做好我区2020年职业教育活动周工作，根据市教育局等9部门通知精神，结合我区实际，制定本方案。",
                        "一、活动时间：2020年11月8日至14日。二、活动主题：人人出彩 技能强国。",
                        "三、主要活动：区职专开展网络校园开放日、技能展示进社区、家电义务维修等活动；各中小学开展职业启蒙体验。",
                        "四、工作要求：各单位加强组织领导，严格落实疫情防控要求，及时报送活动信息。",
                    ],
                    "泰安市泰山区教育和体育局  2020年11月3日",
                ),
                "plan",
                "taishan",
            )
        ],
        column_url=url,
        liaison=person(
            "泰山区教体局", "刘雪梅", "职成教科科长", "liuxuemei_ts@163.com", "13805387612"
        ),
        note="Outlook HTML-only; the column only as an anchor's href; the liaison a pasted table",
    )
    a1 = [
        (
            "区职专“云上开放日”吸引三千余名家长在线参观",
            [
                "11月9日，泰山区职业中等专业学校通过直播平台举办网络校园开放日，各专业负责人在线讲解实训室。"
            ],
        ),
        (
            "泰山区启动职业启蒙进校园活动",
            [
                "活动周期间，区内12所初中学校组织学生走进区职专，体验烘焙、汽修、电子商务等专业课程。"
            ],
        ),
    ]
    send(
        b,
        TS,
        "11-10 15:42",
        "outlook",
        "泰山区活动周宣传材料（一）",
        "市局职成科：\n\n报送我区活动周宣传稿件2篇，请审阅。\n\n泰山区教体局职成教科 刘雪梅",
        files=[art(f"{h}.docx", article(h, p), "taishan") for h, p in a1],
    )
    a2 = [
        (
            "技能服务进社区 便民维修暖人心",
            ["11月11日，区职专机电专业师生走进岱庙街道社区，为居民免费维修小家电80余件。"],
        ),
        (
            "泰山区举办职业教育成果展",
            ["成果展集中展示了近年来区内职业院校在技能大赛、校企合作、社会培训方面取得的成绩。"],
        ),
        (
            "劳动教育实践基地迎来首批中学生",
            ["区职专劳动教育实践基地正式启用，首批200名初二学生参加了为期一天的劳动实践。"],
        ),
    ]
    send(
        b,
        TS,
        "11-12 17:05",
        "outlook",
        "泰山区活动周宣传材料（二）",
        "职成科：\n\n再报送3篇，至此共5篇。\n\n刘雪梅\n泰山区教体局",
        files=[
            art(f"稿件{n}：{h}.docx", article(h, p), "taishan") for n, (h, p) in enumerate(a2, 3)
        ],
    )
    send(
        b,
        TS,
        "11-16 10:30",
        "outlook",
        "泰山区教体局职业教育活动周总结及统计表",
        "市教育局职成高教科：\n\n现将我区2020年职业教育活动周工作总结和情况统计表报上。\n\n泰山区教体局职成教科\n2020年11月16日",
        files=[
            F(
                "泰山区2020年职业教育活动周工作总结.docx",
                summary(
                    "泰山区2020年职业教育活动周工作总结",
                    [
                        "11月8日至14日，我区以“人人出彩 技能强国”为主题，组织开展了形式多样的活动周活动。",
                        "活动周期间共开展线上活动9场、线下活动14场，参与师生4100余人次，服务群众2300余人次。",
                        "下一步，我区将认真总结经验，推动职业教育与普通教育融通发展。",
                    ],
                    "泰安市泰山区教育和体育局  2020年11月16日",
                ),
                "summary",
                "taishan",
            ),
            F(
                "2020年职业教育活动周情况统计表（泰山区）.xlsx",
                stats("泰山区教体局", [9, 14, 2, 6, 4100, 2300, 11, 26000]),
                "statistics",
                "taishan",
            ),
        ],
        note="summary and table in one mail",
    )


def dyq(b) -> None:
    first = [
        "市教育局职成高教科：",
        "附件是岱岳区2020年职业教育活动周方案，请查收。",
        "联络员：韩志强，职成科副科长，邮箱 hzq_dyjt@126.com，手机 15953861204。",
        "专栏正在制作，开通后即报。",
        "",
        "岱岳区教体局职成科",
    ]
    send(
        b,
        DYQ,
        "11-03 16:40",
        "foxmail",
        "岱岳区活动周方案及联络员",
        "\n".join(first),
        sender_name="岱岳区教体局",
        files=[
            F(
                "岱岳区职业教育活动周方案.docx",
                plan(
                    "岱岳区2020年职业教育活动周活动方案",
                    [
                        "一、指导思想。以习近平新时代中国特色社会主义思想为指导，全面宣传我区职业教育改革发展成果。",
                        "二、活动安排。11月8日启动仪式（线上）；11月9日至13日各职业学校开展开放日和技能下乡；11月14日总结。",
                        "三、宣传工作。区教体局网站开设活动周专栏，各校同步开设。",
                    ],
                    "岱岳区教育和体育局\n2020年11月2日",
                ),
                "plan",
                "dyq",
            )
        ],
        liaison=person("", "韩志强", "职成科副科长", "hzq_dyjt@126.com", "15953861204"),
        note="plan and liaison in one mail; the column 正在制作",
    )
    city_reply = [
        "方案已收到。请尽快报送宣传专栏地址，11月5日前务必报齐。",
        "市教育局职成高教科 联系电话：6991449",
    ]
    quoted = [*city_reply, "", "------------------ 原始邮件 ------------------", *first]
    text, html = foxmail_reply(
        ["您好，我区活动周专栏已开通，地址：http://www.dyjy.net/zjhdz/", "", "韩志强"],
        "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>",
        "2020-11-04 15:12",
        "dyjtj_zck <dyjtj_zck@126.com>",
        "回复：岱岳区活动周方案及联络员",
        quoted,
    )
    send(
        b,
        DYQ,
        "11-05 10:02",
        "foxmail",
        "回复：回复：岱岳区活动周方案及联络员",
        text,
        html=html,
        sender_name="岱岳区教体局",
        headers=[
            ("In-Reply-To", "<202011041512dyq@ta.shandong.cn>"),
            ("References", "<202011041512dyq@ta.shandong.cn>"),
        ],
        column_url="http://www.dyjy.net/zjhdz/",
        note="Foxmail reply over the city's answer and the first mail: the quoted liaison and "
        "the city's phone are not new facts",
    )
    a = [
        (
            "岱岳区职教中心举行活动周启动仪式",
            ["11月8日上午，岱岳区职业教育中心通过网络直播举行活动周启动仪式。"],
        ),
        ("“技能下乡”走进满庄镇果园", ["园艺专业师生为果农讲解冬季修剪技术，发放技术手册300余份。"]),
        (
            "岱岳区中职学生技能展示受好评",
            ["烹饪、美发、汽修三个专业学生在万达广场进行现场技能展示。"],
        ),
    ]
    send(
        b,
        DYQ,
        "11-11 09:48",
        "foxmail",
        "岱岳区活动周稿件3篇",
        "职成科：\n  发去我区活动周稿件三篇。\n\n韩志强",
        sender_name="岱岳区教体局",
        files=[art(f"岱岳-{h}.docx", article(h, p), "dyq") for h, p in a],
    )
    a2 = [
        ("校企对话会在岱岳区召开", ["区内8家企业与职业学校负责人围绕订单培养开展对话。"]),
        (
            "毕业生返校分享就业创业故事",
            ["5名优秀毕业生回到母校，与在校生分享从学徒到技术骨干的成长经历。"],
        ),
    ]
    send(
        b,
        DYQ,
        "11-13 18:20",
        "foxmail",
        "岱岳区活动周稿件（续）",
        "再发两篇，共5篇。\n韩志强",
        sender_name="岱岳区教体局",
        files=[
            art("岱岳-" + a2[0][0] + ".pdf", article(*a2[0], producer="lo-pdf"), "dyq"),
            art("岱岳-" + a2[1][0] + ".docx", article(*a2[1]), "dyq"),
        ],
    )
    quoted2 = ["请各单位于11月16日前报送活动周总结报告和情况统计表。", "市教育局职成高教科"]
    text, html = foxmail_reply(
        ["总结和统计表见附件，请查收。", "", "岱岳区教体局职成科 韩志强"],
        "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>",
        "2020-11-14 16:30",
        "dyjtj_zck <dyjtj_zck@126.com>",
        "关于报送活动周总结和统计表的提醒",
        quoted2,
    )
    send(
        b,
        DYQ,
        "11-16 16:10",
        "foxmail",
        "回复：关于报送活动周总结和统计表的提醒",
        text,
        html=html,
        sender_name="岱岳区教体局",
        headers=[("In-Reply-To", "<202011141630rem@ta.shandong.cn>")],
        files=[
            F(
                "岱岳区活动周工作总结.docx",
                summary(
                    "岱岳区2020年职业教育活动周工作总结",
                    [
                        "活动周期间，我区各职业学校共举办线上线下活动21场，参与师生3600余人次。",
                        "“技能下乡”活动服务群众1500余人次，收到良好社会反响。",
                    ],
                    "岱岳区教育和体育局  2020年11月16日",
                ),
                "summary",
                "dyq",
            ),
            F(
                "岱岳区统计表.xlsx",
                stats("岱岳区教体局", [8, 13, 2, 5, 3600, 1500, 7, 18400], short=True),
                "statistics",
                "dyq",
            ),
        ],
        note="summary and table in one Foxmail reply under the city's reminder",
    )


def xintai(b) -> None:
    url = "http://www.xtjy.gov.cn/zjzl2020/index.html"
    send(
        b,
        XT,
        "11-05 17:20",
        "coremail",
        "新泰市职业教育活动周材料报送",
        "市教育局职成高教科：\n\n"
        "  现报送我市职业教育活动周方案（附件）。\n"
        "  宣传专栏网址：" + url + "\n"
        "  联络员：新泰市教育和体育局 宋玉霞 职成教科科员\n"
        "  邮箱：songyx0538@163.com  手机：135 8389 2237\n\n"
        "新泰市教体局职成教科\n11月5日",
        sender_name="xtsjtj_zcjk",
        files=[
            F(
                "新泰市2020年职业教育活动周实施方案（定稿）.doc",
                plan(
                    "新泰市2020年职业教育活动周实施方案",
                    [
                        "为充分展示我市职业教育改革发展成果，经研究，决定于11月8日至14日开展职业教育活动周活动。",
                        "活动内容包括：云上活动周、网络校园开放日、技能大赛成果展、技术技能服务进社区和进乡村。",
                        "各职业学校要于11月6日前开设活动周专栏，活动期间每天更新。",
                    ],
                    "新泰市教育和体育局  2020年11月4日",
                    "lo-doc",
                ),
                "plan",
                "xintai",
            )
        ],
        column_url=url,
        liaison=person(
            "新泰市教育和体育局", "宋玉霞", "职成教科科员", "songyx0538@163.com", "13583892237"
        ),
        note="163 GBK; long file name folded in encoded words; mobile written with spaces",
    )
    a = [
        (
            "新泰市职业教育活动周云端启幕",
            ["11月8日，新泰市职业教育活动周启动仪式通过“新泰教育”视频号同步直播。"],
        ),
        (
            "新泰职专开展“大国工匠进校园”活动",
            ["全国技术能手走进新泰职专，为机电专业学生现场授课。"],
        ),
    ]
    send(
        b,
        XT,
        "11-09 16:33",
        "coremail",
        "新泰市活动周宣传稿件",
        "职成科：附件为我市活动周宣传稿两篇。\n宋玉霞",
        sender_name="xtsjtj_zcjk",
        files=[
            art(f"新泰市职业教育活动周宣传稿件之{n}——{h}.docx", article(h, p), "xintai")
            for n, (h, p) in enumerate(a, 1)
        ],
    )
    a2 = [
        ("新泰市中职学校联合企业开展订单培养宣讲", ["3所中职学校与11家企业在线签订订单培养协议。"]),
        ("职教扶贫暖人心 技能培训进乡村", ["在禹村镇举办的农村电商培训班吸引了60余名村民参加。"]),
    ]
    send(
        b,
        XT,
        "11-13 11:05",
        "coremail",
        "新泰市活动周宣传稿件（2）",
        "职成科：\n再报两篇。\n宋玉霞",
        sender_name="xtsjtj_zcjk",
        files=[
            art(f"新泰市职业教育活动周宣传稿件之{n}——{h}.docx", article(h, p), "xintai")
            for n, (h, p) in enumerate(a2, 3)
        ],
    )
    last = (
        "新泰市职业教育活动周圆满落幕",
        ["11月14日，为期一周的活动周落下帷幕，全市共开展各类活动46场。"],
    )
    send(
        b,
        XT,
        "11-16 11:00",
        "coremail",
        "新泰市活动周总结、统计表及最后一篇稿件",
        "市教育局职成高教科：\n\n"
        "  报送我市活动周工作总结、情况统计表，另附第5篇宣传稿件（周六活动结束后整理，未及时报送，请谅解）。\n\n"
        "新泰市教体局职成教科 宋玉霞",
        sender_name="xtsjtj_zcjk",
        files=[
            F(
                "新泰市2020年职业教育活动周工作总结.docx",
                summary(
                    "新泰市2020年职业教育活动周工作总结",
                    [
                        "我市高度重视活动周工作，成立了由分管局长任组长的工作专班。",
                        "活动周期间共开展线上活动18场、线下活动28场，参与师生9800余人次，网络浏览量达6.3万人次。",
                    ],
                    "新泰市教育和体育局  2020年11月16日",
                ),
                "summary",
                "xintai",
            ),
            F(
                "新泰市2020年职业教育活动周情况统计表.xlsx",
                stats("新泰市教育和体育局", [18, 28, 3, 9, 9800, 4200, 15, 63000]),
                "statistics",
                "xintai",
            ),
            art("新泰市职业教育活动周宣传稿件之5——" + last[0] + ".docx", article(*last), "xintai"),
        ],
        note="the second deadline's mail carries the fifth article, after the week: articles late",
    )


def feicheng(b) -> None:
    url = "http://jyj.feicheng.gov.cn/hdz/"
    send(
        b,
        FC,
        "11-04 14:15",
        "wps",
        "肥城市教体局_活动周方案、专栏地址、联络员回执",
        "市局职成高教科：\n"
        "  您好！按通知要求，报送以下材料：\n"
        "  1. 肥城市2020年职业教育活动周方案（附件1）\n"
        "  2. 联络员回执（附件2）\n"
        "  3. 活动周专栏地址：" + url + "\n"
        "  请审核。\n"
        "肥城市教育和体育局职成科",
        sender_name="肥城市教体局职成科",
        files=[
            F(
                "附件1：肥城市2020年职业教育活动周方案.docx",
                plan(
                    "肥城市2020年职业教育活动周方案",
                    [
                        "根据泰教函〔2020〕72号文件要求，我市定于11月8日至14日开展职业教育活动周活动。",
                        "活动主要包括：职业学校开放周、职业体验日、桃木雕刻等传统技艺展示、技能服务进社区。",
                        "市教体局网站设立活动周专栏，市职专、市高级技工学校开设子栏目。",
                    ],
                    "肥城市教育和体育局\n2020年11月3日",
                ),
                "plan",
                "feicheng",
                style="rfc2231-gbk",
            ),
            F(
                "附件2：联络员回执.docx",
                receipt(
                    "肥城市教育和体育局",
                    "陈广军",
                    "职业与成人教育科科长",
                    "chengj_fc@126.com",
                    "13853869015",
                ),
                "contact",
                "feicheng",
                style="rfc2231-gbk",
            ),
        ],
        column_url=url,
        liaison=person(
            "肥城市教育和体育局",
            "陈广军",
            "职业与成人教育科科长",
            "chengj_fc@126.com",
            "13853869015",
        ),
        note="WPS mail; the liaison only in the 回执 file; names RFC 2231 GBK",
    )
    a = [
        (
            "肥城市职教活动周开幕 桃木雕刻技艺走进课堂",
            ["11月8日，肥城市职业教育活动周开幕，桃木雕刻非遗传承人走进市职专课堂。"],
        ),
        ("肥城职专开展网络校园开放日", ["学校通过抖音直播展示了数控、电商、护理等专业实训场景。"]),
        ("技能下乡助力乡村振兴", ["市职专农学专业师生到安临站镇指导蔬菜大棚种植。"]),
    ]
    send(
        b,
        FC,
        "11-10 10:20",
        "wps",
        "肥城市活动周宣传材料1-3",
        "职成科：\n宣传材料三篇，见附件。\n陈广军",
        sender_name="肥城市教体局职成科",
        files=[
            art(f"肥城{n}.{h}.docx", article(h, p), "feicheng", style="rfc2231-gbk")
            for n, (h, p) in enumerate(a, 1)
        ],
    )
    a2 = [
        ("肥城市开展职业启蒙教育进初中活动", ["全市18所初中的学生参加了职业体验课程。"]),
        (
            "“最美逆行”职教人事迹报告会举行",
            ["报告会讲述了职业学校师生参与疫情防控志愿服务的感人事迹。"],
        ),
    ]
    send(
        b,
        FC,
        "11-14 20:30",
        "wps",
        "肥城市活动周宣传材料4-5",
        "职成科：\n第4、5篇。\n陈广军",
        sender_name="肥城市教体局职成科",
        files=[
            art(f"肥城{n}.{h}.docx", article(h, p), "feicheng", style="rfc2231-gbk")
            for n, (h, p) in enumerate(a2, 4)
        ],
    )
    send(
        b,
        FC,
        "11-16 17:40",
        "wps",
        "肥城市教体局活动周总结报告+统计表",
        "市局职成高教科：\n  活动周总结报告和情况统计表一并报送。\n肥城市教体局职成科 陈广军",
        sender_name="肥城市教体局职成科",
        files=[
            F(
                "肥城市职业教育活动周总结报告.pdf",
                summary(
                    "肥城市2020年职业教育活动周总结报告",
                    [
                        "活动周期间，我市共组织各类活动32场，参与师生5600余人次，服务群众2100余人次。",
                        "活动中涌现出一批典型案例，已择优报送市教育局。",
                    ],
                    "肥城市教育和体育局  2020年11月16日",
                    "lo-pdf",
                ),
                "summary",
                "feicheng",
                style="rfc2231-gbk",
            ),
            F(
                "肥城市活动周情况统计表.xlsx",
                stats("肥城市教育和体育局", [12, 20, 2, 7, 5600, 2100, 10, 31000]),
                "statistics",
                "feicheng",
                style="rfc2231-gbk",
            ),
        ],
        note="summary (PDF) and table in one mail, 17:40 before the 18:00 deadline",
    )


def ningyang(b) -> None:
    url = "http://www.nyjy.cn/list/zjhdz.html"
    send(
        b,
        NY,
        "11-06 09:15",
        "qqweb",
        "宁阳县教体局报送活动周方案等材料（迟报）",
        "市教育局职成高教科：\n\n"
        "    因工作疏忽，我县活动周材料未能按时报送，现补报：\n"
        "    方案见附件；专栏：" + url + "\n"
        "    联络员：宁阳县教体局职教科干事 闫芳，手机18853811027，邮箱yanfang_ny@163.com\n\n"
        "宁阳县教体局",
        sender_name="宁阳县教体局",
        files=[
            F(
                "宁阳县职业教育活动周工作方案.docx",
                plan(
                    "宁阳县2020年职业教育活动周工作方案",
                    [
                        "一、活动时间：11月8日—14日。",
                        "二、活动内容：开放校园、技能展示、送技下乡、成果宣传。",
                        "三、保障措施：县教体局成立领导小组，职教科具体负责。",
                    ],
                    "宁阳县教育和体育局 2020年11月5日",
                ),
                "plan",
                "ningyang",
                style="rfc2231-gb18030",
            )
        ],
        column_url=url,
        liaison=person("宁阳县教体局", "闫芳", "职教科干事", "yanfang_ny@163.com", "18853811027"),
        note="QQ web GB18030, RFC 2231 GB18030 names; all three first-deadline items late in one mail",
    )
    a = [
        ("宁阳职专举办“职教开放周”活动", ["家长和初中学生走进宁阳职专，参观实训基地。"]),
        ("宁阳县职业教育服务乡村振兴纪实", ["县职专开设的农机维修培训班已培训农民200余人次。"]),
    ]
    send(
        b,
        NY,
        "11-11 15:00",
        "qqweb",
        "宁阳县活动周宣传稿",
        "职成科：两篇稿件请查收。闫芳",
        sender_name="宁阳县教体局",
        files=[art(f"{h}.docx", article(h, p), "ningyang", style="rfc2231-gb18030") for h, p in a],
    )
    a2 = [
        ("宁阳县中职学生技能风采展示", ["学生现场展示了面点制作、服装设计等技能。"]),
        ("宁阳县举办职业教育政策宣讲会", ["县教体局面向初三学生家长宣讲中职招生和贯通培养政策。"]),
    ]
    send(
        b,
        NY,
        "11-14 22:00",
        "qqweb",
        "宁阳县活动周宣传稿（二）",
        "职成科：又两篇。闫芳",
        sender_name="宁阳县教体局",
        files=[art(f"{h}.docx", article(h, p), "ningyang", style="rfc2231-gb18030") for h, p in a2],
    )
    send(
        b,
        NY,
        "11-17 09:30",
        "qqweb",
        "宁阳县活动周总结及统计表",
        "市教育局职成高教科：\n  报送我县活动周总结和统计表，晚报一天，抱歉。\n宁阳县教体局 闫芳",
        sender_name="宁阳县教体局",
        files=[
            F(
                "宁阳县2020年职业教育活动周总结.docx",
                summary(
                    "宁阳县2020年职业教育活动周总结",
                    ["我县活动周期间共开展各类活动17场，参与师生2600余人次。"],
                    "宁阳县教育和体育局  2020年11月16日",
                ),
                "summary",
                "ningyang",
                style="rfc2231-gb18030",
            ),
            F(
                "宁阳县统计表.xlsx",
                stats("宁阳县", [5, 12, 1, 4, 2600, 900, 4, 8800]),
                "statistics",
                "ningyang",
                style="rfc2231-gb18030",
            ),
        ],
        note="both second-deadline items late, in one mail",
    )


def dongping(b) -> None:
    url = "http://www.dpjtj.gov.cn/zjhdz/index.html"
    members = [
        F(
            "东平县2020年职业教育活动周方案.docx",
            plan(
                "东平县2020年职业教育活动周方案",
                [
                    "我县活动周以“人人出彩 技能强国”为主题，面向全县群众展示职业教育发展成果。",
                    "主要活动：县职教中心开放日；东平湖渔家技艺展示；汽修、家电维修志愿服务进村。",
                    "县教体局网站开设专栏，县职教中心网站同步开设。",
                ],
                "东平县教育和体育局  2020年11月4日",
            ),
            "plan",
            "dongping",
        ),
        F(
            "联络员回执（东平县）.docx",
            receipt(
                "东平县教育和体育局", "石建华", "职成教育科科长", "shijh_dp@163.com", "13562841958"
            ),
            "contact",
            "dongping",
        ),
    ]
    zipdoc = Doc("zip-gbk", "", members=tuple((f.name, f.doc) for f in members))
    html = br_html(
        [
            "市教育局职成高教科：",
            "",
            "  东平县活动周方案和联络员回执已打包，见附件。",
            "  专栏网址：www.dpjtj.gov.cn",
            "",
            "东平县教体局职成教育科",
        ],
        "GBK",
        {"www.dpjtj.gov.cn": url},
    )
    send(
        b,
        DP,
        "11-05 15:00",
        "coremail",
        "东平县职教活动周方案+回执+专栏",
        "市教育局职成高教科：\n\n  东平县活动周方案和联络员回执已打包，见附件。\n  专栏网址：www.dpjtj.gov.cn\n\n东平县教体局职成教育科",
        html=html,
        html_only=True,
        sender_name="dpxjtj_zck",
        files=[F("东平县活动周材料.zip", zipdoc, "other", "dongping", label=False)],
        members=members,
        column_url=url,
        liaison=person(
            "东平县教育和体育局", "石建华", "职成教育科科长", "shijh_dp@163.com", "13562841958"
        ),
        note="a zip (GBK member names) of plan + 回执; HTML-only body whose anchor text is the "
        "site's home, the href the column (labelled the href)",
    )
    a = [
        ("东平县职教中心开展“渔家技艺”展示活动", ["学生现场展示了东平湖渔网编织和鱼类加工技艺。"]),
        ("东平县举办中职学生职业技能大赛", ["大赛设置了电工、焊工、美容美发等8个项目。"]),
        ("家电维修志愿服务走进老湖镇", ["县职教中心师生为群众免费维修家电100余件。"]),
    ]
    zip2 = [art(f"{n:02d}{h}.docx", article(h, p), "dongping") for n, (h, p) in enumerate(a, 1)]
    send(
        b,
        DP,
        "11-10 11:40",
        "coremail",
        "东平县活动周宣传稿件打包",
        "职成科：\n  第一批稿件三篇，打包发送。\n石建华",
        sender_name="dpxjtj_zck",
        files=[
            F(
                "东平县宣传稿件（第一批）.zip",
                Doc("zip-gbk", "", members=tuple((f.name, f.doc) for f in zip2)),
                "other",
                "dongping",
                label=False,
            )
        ],
        members=zip2,
    )
    a2 = [
        ("东平县职业教育助力乡村振兴", ["县职教中心开设的乡村旅游培训班培养了一批“新农人”。"]),
        ("东平县职业启蒙教育走进中小学", ["县职教中心教师为小学生开设了剪纸、面塑等体验课。"]),
    ]
    send(
        b,
        DP,
        "11-13 09:05",
        "coremail",
        "东平县活动周宣传稿件（第二批）",
        "职成科：\n  第二批两篇。\n石建华",
        sender_name="dpxjtj_zck",
        files=[
            art(f"{n:02d}{h}.docx", article(h, p), "dongping") for n, (h, p) in enumerate(a2, 4)
        ],
    )
    send(
        b,
        DP,
        "11-16 09:40",
        "coremail",
        "东平县活动周总结和统计表",
        "市教育局职成高教科：\n  附件为我县活动周总结和统计表。\n东平县教体局职成教育科 石建华",
        sender_name="dpxjtj_zck",
        files=[
            F(
                "东平县职业教育活动周工作总结.doc",
                summary(
                    "东平县2020年职业教育活动周工作总结",
                    [
                        "活动周期间我县共开展活动23场，参与师生3900余人次，服务群众1800余人次。",
                        "通过活动周，群众对职业教育的认可度进一步提高。",
                    ],
                    "东平县教育和体育局 2020年11月16日",
                    "lo-doc",
                ),
                "summary",
                "dongping",
            ),
            F(
                "东平县活动周情况统计表.xlsx",
                stats("东平县教育和体育局", [7, 16, 2, 6, 3900, 1800, 8, 15200], title=False),
                "statistics",
                "dongping",
            ),
        ],
    )


def gaoxin(b) -> None:
    url = "http://www.tagxq.gov.cn/jyty/zjhdz/"
    sig = "\n\n孙晓东\n高新区教体局 科员\n15053860713\nsunxd_gx@163.com\n\n发自我的iPhone"
    send(
        b,
        GX,
        "11-05 08:50",
        "iphone",
        "高新区活动周方案",
        "方案见附件。专栏 " + url + sig,
        sender_name="孙晓东",
        files=[
            F(
                "高新区活动周方案.docx",
                plan(
                    "泰安高新区2020年职业教育活动周方案",
                    [
                        "高新区结合辖区企业多、园区多的特点，组织企业开放日和校企合作推介会。",
                        "活动时间11月8日至14日，由区教体局牵头，区内职业院校和企业共同参与。",
                    ],
                    "泰安高新技术产业开发区教育和体育局\n2020年11月4日",
                ),
                "plan",
                "gaoxin",
            )
        ],
        column_url=url,
        liaison=person("高新区教体局", "孙晓东", "科员", "sunxd_gx@163.com", "15053860713"),
        note="iPhone short body; the liaison only in the signature",
    )
    a = [
        ("高新区企业开放日吸引职校学生参观", ["区内5家企业向职业院校学生开放生产车间。"]),
        ("高新区举办校企合作推介会", ["推介会上，12家企业与院校达成合作意向。"]),
    ]
    send(
        b,
        GX,
        "11-10 19:22",
        "iphone",
        "稿件",
        "两篇" + sig,
        sender_name="孙晓东",
        files=[art(f"{h}.docx", article(h, p), "gaoxin") for h, p in a],
    )
    a2 = [
        ("高新区职业教育活动周侧记", ["一周来，高新区各类活动精彩纷呈。"]),
        ("产教融合让学生就业有了“直通车”", ["区内企业为职校学生提供实习岗位300余个。"]),
        ("高新区开展技能服务进社区活动", ["职校师生在社区开展了义诊、理发、家电维修服务。"]),
    ]
    send(
        b,
        GX,
        "11-13 21:10",
        "iphone",
        "稿件3篇",
        "另外三篇" + sig,
        sender_name="孙晓东",
        files=[art(f"{h}.pdf", article(h, p, producer="lo-pdf"), "gaoxin") for h, p in a2],
    )
    send(
        b,
        GX,
        "11-16 13:00",
        "iphone",
        "高新区活动周总结",
        "总结见附件，统计表稍后发" + sig,
        sender_name="孙晓东",
        files=[
            F(
                "高新区活动周总结.docx",
                summary(
                    "泰安高新区2020年职业教育活动周工作总结",
                    [
                        "活动周期间，高新区共组织企业开放日3场、校企合作推介会1场，参与师生1200余人次。"
                    ],
                    "泰安高新区教体局 2020年11月16日",
                ),
                "summary",
                "gaoxin",
            )
        ],
    )
    send(
        b,
        GX,
        "11-16 19:10",
        "outlook",
        "高新区活动周情况统计表",
        "市教育局职成高教科：\n\n补报我区活动周情况统计表。\n\n高新区教体局 孙晓东",
        sender_name="孙晓东",
        files=[
            F(
                "2020年职业教育活动周情况统计表-高新区.xlsx",
                stats("泰安高新区教体局", [4, 6, 0, 3, 1200, 600, 5, 7300]),
                "statistics",
                "gaoxin",
            )
        ],
        note="the table after the deadline, from the office's desktop Outlook",
    )


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
