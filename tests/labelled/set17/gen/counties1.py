"""The seven county bureaus of set17: an ordinary month, each bureau in its own voice.

taishan: everything on time, government Coremail; daiyue: the 职务 forgotten, sent next day
(late); xintai: a WeChat article link among files, summary as a PDF; feicheng: a question
first, a .doc plan saved by WPS; ningyang: late with the plan and the summary; dongping:
only four articles; gaoxin: the statistics table forgotten and sent the next morning.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .paper import article, stats, text_doc
from .people import U, art, plan, stat, summ


def taishan(b: Builder) -> None:
    u = U["taishan"]
    send(
        b,
        u,
        "11-04 10:26",
        "coremail-gov",
        "泰山区教体局报送职业教育活动周方案及联络员信息",
        "市教育局职成高教科：\n\n"
        "    现将《泰山区2020年职业教育活动周实施方案》报上，请审阅。\n"
        "    我区活动周宣传专栏网址：http://jtj.taishan.gov.cn/col/col1205/index.html\n"
        "    联络员：泰山区教育和体育局职成科  王丽娟  科长  "
        "邮箱tsq_zcjyk@ta.shandong.cn  手机13905388214\n\n"
        "泰山区教体局职成科\n2020年11月4日",
        [
            plan(
                "泰山区2020年职业教育活动周实施方案.docx",
                text_doc(
                    "泰山区2020年职业教育活动周实施方案",
                    [
                        "为深入贯彻落实泰教函〔2020〕72号文件精神，办好我区2020年职业教育活动周，"
                        "结合我区实际，制定本方案。",
                        "一、活动时间：2020年11月8日至14日。",
                        "二、活动主题：人人出彩 技能强国。",
                        "三、主要活动：（一）云上活动周；（二）职业体验进校园；（三）技能服务进社区。",
                        "四、工作要求：各学校要高度重视，按时报送宣传材料和总结。",
                    ],
                ),
                "taishan",
            )
        ],
        column_url="http://jtj.taishan.gov.cn/col/col1205/index.html",
        liaison=person(
            "泰山区教育和体育局", "王丽娟", "职成科科长", "tsq_zcjyk@ta.shandong.cn", "13905388214"
        ),
    )
    a1 = (
        "泰山区举办职业教育活动周启动仪式",
        "11月8日上午，泰山区2020年职业教育活动周启动仪式在"
        "泰山区职业中专举行，区教体局、区人社局有关负责同志出席。",
    )
    a2 = (
        "泰山区职业院校师生走进社区开展便民服务",
        "11月10日，泰山区职业院校80余名师生走进财源"
        "街道岱宗社区，开展家电维修、理发、健康咨询等便民服务。",
    )
    send(
        b,
        u,
        "11-10 16:02",
        "coremail-gov",
        "泰山区活动周宣传材料（一）",
        "职成高教科：\n  附件是我区活动周宣传稿件2篇，请查收。\n\n泰山区教体局 王丽娟",
        [
            art(f"{a1[0]}.docx", article(*a1), "taishan"),
            art(f"{a2[0]}.docx", article(*a2), "taishan"),
        ],
    )
    a3 = (
        "“职业体验进校园”活动在泰山区中小学火热开展",
        "活动周期间，泰山区组织职业学校教师走进12所中小学，开设烘焙、插花、机器人等职业体验课程。",
    )
    a4 = (
        "泰山区开展“云上活动周”线上展示活动",
        "泰山区依托区教体局网站和微信公众号开设“云上活动周”专栏，集中展示职业院校办学成果。",
    )
    a5 = (
        "技能成就梦想——记泰山区职业中专优秀毕业生李明",
        "李明是泰山区职业中专2016届数控专业毕业生，现任某装备制造企业技术骨干。",
    )
    send(
        b,
        u,
        "11-13 09:41",
        "coremail-gov",
        "泰山区活动周宣传材料（二）",
        "职成高教科：\n  再报送我区宣传稿件3篇，其中1篇为PDF格式。\n\n泰山区教体局 王丽娟",
        [
            art(f"{a3[0]}.docx", article(*a3), "taishan"),
            art(f"{a4[0]}.docx", article(*a4), "taishan"),
            art("优秀毕业生李明.pdf", article(*a5, producer="lo-pdf"), "taishan"),
        ],
    )
    send(
        b,
        u,
        "11-16 10:15",
        "py-smtp",
        "泰山区教体局报送活动周总结及统计表",
        "市教育局职成高教科：\n\n    现将我区2020年职业教育活动周工作总结和情况统计表报上，"
        "请审阅。\n\n泰山区教体局职成科\n2020年11月16日",
        [
            summ(
                "泰山区2020年职业教育活动周工作总结.docx",
                text_doc(
                    "泰山区2020年职业教育活动周工作总结",
                    [
                        "根据市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》要求，"
                        "我区于11月8日至14日组织开展了职业教育活动周活动，现将有关情况总结如下。",
                        "一、加强组织领导。二、丰富活动形式。三、强化宣传报道。",
                        "活动周期间，全区共开展线上线下活动36场，参与师生5200余人次。",
                    ],
                ),
                "taishan",
            ),
            stat(
                "2020年职业教育活动周情况统计表（泰山区）.xlsx",
                stats("泰安市泰山区教育和体育局", [12, 24, 3, 9, 5200, 1800, 15, 46000]),
                "taishan",
            ),
        ],
    )


def daiyue(b: Builder) -> None:
    u = U["daiyue"]
    send(
        b,
        u,
        "11-05 16:47",
        "coremail",
        "岱岳区 活动周方案 专栏地址 联络员",
        "您好！\n附件1是岱岳区职教活动周方案。\n专栏地址：http://www.daiyue.gov.cn/jtj/zjhdz/\n"
        "联络员：赵国庆，邮箱dyjtj_zck@163.com，手机15053856637\n\n岱岳区教体局职成科",
        [
            plan(
                "附件1.docx",
                text_doc(
                    "岱岳区2020年职业教育活动周活动方案",
                    [
                        "为做好我区2020年职业教育活动周工作，根据市教育局等9部门通知要求，制定本方案。",
                        "一、组织领导 成立区职业教育活动周工作领导小组。",
                        "二、活动安排 11月8日启动；11月9日至13日分校开展校园开放日；11月14日总结。",
                        "三、宣传报道 各学校每天报送活动信息。",
                    ],
                ),
                "daiyue",
            )
        ],
        column_url="http://www.daiyue.gov.cn/jtj/zjhdz/",
        liaison=person("", "赵国庆", "", "dyjtj_zck@163.com", "15053856637"),
    )
    send(
        b,
        u,
        "11-06 08:32",
        "coremail",
        "回复：岱岳区 活动周方案 专栏地址 联络员",
        "不好意思，昨天漏写了职务，赵国庆是我局职成科副科长。\n\n岱岳区教体局职成科\n\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人：dyjtj_zck@163.com\n主题：岱岳区 活动周方案 专栏地址 联络员\n"
        "附件1是岱岳区职教活动周方案。",
        liaison=person("", "赵国庆", "职成科副科长", "", ""),
    )
    arts = [
        ("岱岳区职业教育活动周正式启动", "11月8日，岱岳区职业教育活动周在岱岳区职教中心启动。"),
        ("岱岳区职教中心举办校园开放日", "11月10日，岱岳区职教中心迎来300余名初中学生和家长。"),
        ("技能下乡 服务三农", "岱岳区组织职业学校农学专业师生深入满庄镇，为果农开展技术指导。"),
        (
            "岱岳区开展职业启蒙教育进小学活动",
            "11月11日，岱岳区职业学校教师走进粥店小学，为学生讲授面点制作。",
        ),
        (
            "岱岳区召开职业教育校企合作推进会",
            "11月12日，岱岳区召开校企合作推进会，12家企业与学校签订合作协议。",
        ),
    ]
    send(
        b,
        u,
        "11-10 17:55",
        "coremail",
        "岱岳区宣传搞2篇",
        "附件是稿件，请查收",
        [art(f"{h}.docx", article(h, ld), "daiyue") for h, ld in arts[:2]],
    )
    send(
        b,
        u,
        "11-13 11:20",
        "coremail",
        "岱岳区宣传稿3篇",
        "职成高教科老师您好，岱岳区稿件三篇，请查收。",
        [art(f"{h}.docx", article(h, ld, producer="plain"), "daiyue") for h, ld in arts[2:]],
    )
    send(
        b,
        u,
        "11-16 15:36",
        "coremail",
        "岱岳区活动周总结、统计表",
        "您好：\n岱岳区活动周总结和统计表已附，请查收。\n\n赵国庆\n岱岳区教体局职成科",
        [
            summ(
                "岱岳区职业教育活动周总结.doc",
                text_doc(
                    "岱岳区2020年职业教育活动周总结",
                    [
                        "11月8日至14日，我区以“人人出彩 技能强国”为主题开展职业教育活动周。",
                        "全区开展各类活动28项，参与群众3000余人次。",
                    ],
                    "lo-doc",
                ),
                "daiyue",
            ),
            stat(
                "统计表.xls",
                stats("岱岳区教体局", [8, 20, 4, 6, 3900, 3000, 11, 21000], "lo-xls"),
                "daiyue",
            ),
        ],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    send(
        b,
        u,
        "11-03 15:10",
        "foxmail",
        "新泰市教体局职业教育活动周实施方案",
        "市局职成高教科：\n    按照泰教函〔2020〕72号要求，现将新泰市活动周实施方案、"
        "宣传专栏地址及联络员信息报送如下：\n"
        "    1.实施方案（见附件）\n"
        "    2.宣传专栏：http://www.xintai.gov.cn/jtj/2020zjhdz/index.html\n"
        "    3.联络员：新泰市教育和体育局，孙建华，职成教科科员，"
        "xtsjtj_zcjy@ta.shandong.cn，13853877506\n"
        "\n新泰市教育和体育局职成教科\n2020.11.3",
        [
            plan(
                "新泰市2020年职业教育活动周实施方案.docx",
                text_doc(
                    "新泰市2020年职业教育活动周实施方案",
                    [
                        "为进一步营造全社会关心支持职业教育的良好氛围，根据上级要求，制定本方案。",
                        "一、活动主题 人人出彩 技能强国",
                        "二、活动内容 （一）线上展示；（二）校园开放；"
                        "（三）技能服务；（四）主题推介。",
                        "三、保障措施 加强领导，落实疫情防控要求。",
                    ],
                ),
                "xintai",
            )
        ],
        column_url="http://www.xintai.gov.cn/jtj/2020zjhdz/index.html",
        liaison=person(
            "新泰市教育和体育局",
            "孙建华",
            "职成教科科员",
            "xtsjtj_zcjy@ta.shandong.cn",
            "13853877506",
        ),
    )
    send(
        b,
        u,
        "11-09 10:05",
        "foxmail",
        "新泰市活动周信息",
        "市局职成高教科：\n    新泰市活动周启动仪式报道已在“新泰教育”公众号发布，链接如下：\n"
        "    https://mp.weixin.qq.com/s/Xt7kHq2mN4pLr9sVwE1aZg\n\n新泰市教体局职成教科 孙建华",
        article_links=["https://mp.weixin.qq.com/s/Xt7kHq2mN4pLr9sVwE1aZg"],
    )
    a = [
        (
            "新泰市职业院校开展技能展示周活动",
            "活动周期间，新泰市各职业院校围绕专业特色开展技能展示活动，吸引社会各界广泛参与。",
        ),
        (
            "新泰职教师生走进乡村开展“技能下乡”",
            "11月11日，新泰市职业学校组织机电、农学专业师生来到楼德镇，为群众维修农机具。",
        ),
    ]
    send(
        b,
        u,
        "11-11 16:40",
        "foxmail",
        "新泰市活动周宣传材料",
        "市局职成高教科：\n    报送我市活动周宣传材料2篇，请审阅。\n\n孙建华",
        [art(f"{h}.docx", article(h, ld), "xintai") for h, ld in a],
    )
    a2 = [
        (
            "新泰市举办职业教育与普通教育融通论坛",
            "11月12日，新泰市举办职普融通线上论坛，邀请省内专家作专题报告。",
        ),
        ("新泰：校企携手育工匠", "新泰市推进校企合作，与当地骨干企业共建实训基地8个。"),
    ]
    send(
        b,
        u,
        "11-13 17:12",
        "foxmail",
        "新泰市活动周宣传材料（二）",
        "市局职成高教科：\n    再报送宣传材料2篇（PDF）。\n\n孙建华",
        [art(f"{h}.pdf", article(h, ld, producer="lo-pdf"), "xintai") for h, ld in a2],
    )
    send(
        b,
        u,
        "11-16 09:22",
        "foxmail",
        "新泰市职业教育活动周总结及统计表",
        "市局职成高教科：\n    现将我市活动周总结报告（PDF）和情况统计表报上。\n\n"
        "新泰市教育和体育局职成教科\n2020年11月16日",
        [
            summ(
                "新泰市2020年职业教育活动周总结报告.pdf",
                text_doc(
                    "新泰市2020年职业教育活动周总结报告",
                    [
                        "今年以来，我市认真贯彻落实上级关于职业教育活动周的工作部署。",
                        "活动周期间，全市共开展线上活动15场、线下活动31场，服务群众4200余人次。",
                    ],
                    "docx-pdf",
                    header="新泰市教育和体育局",
                ),
                "xintai",
            ),
            stat(
                "新泰市统计表.xlsx",
                stats("新泰市教育和体育局", [15, 31, 5, 12, 6800, 4200, 18, 52000]),
                "xintai",
            ),
        ],
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(
        b,
        u,
        "11-02 09:18",
        "wps",
        "咨询活动周材料报送问题",
        "市教育局职成高教科老师：\n您好！请问活动周方案是否需要盖章扫描？"
        "情况统计表是否有统一模板？谢谢。\n\n肥城市教体局职成科 刘芳",
    )
    send(
        b,
        u,
        "11-05 11:03",
        "coremail",
        "肥城市教体局--职教活动周方案",
        "老师好：\n  肥城市2020年职业教育活动周方案见附件。\n"
        "  我市宣传专栏：http://www.feicheng.gov.cn/jyj/zjhdz2020/\n"
        "  联络员 刘芳 肥城市教育和体育局职成科副科长 邮箱fcjtj_zcgj@126.com 电话18653866102\n"
        "\n肥城市教体局职成科",
        [
            plan(
                "肥城市职教活动周方案.doc",
                text_doc(
                    "肥城市2020年职业教育活动周活动方案",
                    [
                        "一、指导思想 以习近平新时代中国特色社会主义思想为指导。",
                        "二、活动时间 11月8日—14日。",
                        "三、活动内容 开展“云上活动周”、校园开放日、技能下乡、主题推介等活动。",
                    ],
                    "lo-doc",
                ),
                "feicheng",
            )
        ],
        column_url="http://www.feicheng.gov.cn/jyj/zjhdz2020/",
        liaison=person(
            "肥城市教育和体育局", "刘芳", "职成科副科长", "fcjtj_zcgj@126.com", "18653866102"
        ),
    )
    a = [
        ("肥城市职业教育活动周启动", "11月8日，肥城市2020年职业教育活动周在肥城职专启动。"),
        ("肥城职专开展桃木雕刻技艺展示", "肥城职专组织学生展示桃木雕刻技艺，传承非遗文化。"),
        (
            "肥城市开展“职教进社区”志愿服务",
            "11月10日，肥城市职业学校师生走进新城街道，开展义诊、家电维修等志愿服务。",
        ),
    ]
    send(
        b,
        u,
        "11-10 10:30",
        "coremail",
        "肥城市活动周稿件3篇",
        "老师好：\n  肥城市活动周稿件3篇，请查收。\n\n刘芳",
        [
            art(f"{n}.docx", article(h, ld), "feicheng")
            for n, (h, ld) in zip(["稿件1", "稿件2", "稿件3"], a, strict=True)
        ],
    )
    a2 = [
        (
            "肥城市举办中职学校招生宣传咨询会",
            "11月12日，肥城市举办中职招生政策咨询会，解读对口贯通培养政策。",
        ),
        ("肥城：产教融合结硕果", "肥城市职业院校与当地企业深度合作，订单班学生就业率达100%。"),
    ]
    inner = [
        art(f"{n}.docx", article(h, ld), "feicheng")
        for n, (h, ld) in zip(["稿件4", "稿件5"], a2, strict=True)
    ]
    pack = Doc("zip-gbk", None, tuple((f.name, f.doc) for f in inner))  # type: ignore[misc]
    send(
        b,
        u,
        "11-13 15:47",
        "coremail",
        "肥城市活动周稿件2篇",
        "老师好：\n  再报2篇，打包发送，请查收。\n\n刘芳",
        [F("稿件4-5.zip", pack, "article", "feicheng", label=False)],
        members=inner,
    )
    send(
        b,
        u,
        "11-16 17:21",
        "coremail",
        "肥城市活动周总结及统计表",
        "老师好：\n  肥城市活动周总结及统计表见附件。\n\n肥城市教体局职成科 刘芳",
        [
            summ(
                "肥城市活动周总结.docx",
                text_doc(
                    "肥城市2020年职业教育活动周工作总结",
                    [
                        "活动周期间，我市精心组织，各职业学校积极参与，取得良好成效。",
                        "共开展各类活动40余场次，参与师生6000余人次。",
                    ],
                ),
                "feicheng",
            ),
            stat(
                "肥城市活动周情况统计表.xlsx",
                stats("肥城市教育和体育局", [10, 32, 4, 11, 6100, 3500, 14, 38000]),
                "feicheng",
            ),
        ],
    )


STORIES = [taishan, daiyue, xintai, feicheng]
