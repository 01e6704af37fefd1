"""set12's county bureaus, continued: feicheng, ningyang, dongping, gaoxin (see bureaus.py)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docmake import art, blocks, calc, docx, docx_pdf, f, lo, sheet, stats_rows, zipped
from .who import U

_a = blocks


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    plan = lo(
        "lo-odt",
        "肥城市2020年职业教育活动周实施方案",
        [
            "活动主题：人人出彩 技能强国。活动时间：2020年11月8日—14日。",
            "主要内容：（一）线上宣传展示；（二）系列主题推介；（三）技术技能服务。",
        ],
    )
    send(
        b,
        u,
        "11-03 10:40",
        "snail",
        "肥城市教体局报送职教活动周实施方案",
        """市教育局职成高教科：
肥城市活动周实施方案见附件。
专栏：http://www.feicheng.gov.cn/col/col_zjhdz/
联络员：李磊（肥城市教体局职成教科副科长） 手机 13605487721 邮箱 fc_lilei@126.com
""",
        [f("肥城市职业教育活动周实施方案.odt", plan, "plan", "feicheng")],
        column_url="http://www.feicheng.gov.cn/col/col_zjhdz/",
        liaison=person("肥城市教体局", "李磊", "职成教科副科长", "fc_lilei@126.com", "13605487721"),
    )
    arts = [
        docx(*_a(t, p, foot="肥城市教育和体育局"))
        for t, p in [
            ("肥城市职业教育活动周开幕", "11月8日，肥城市职业教育活动周开幕式在肥城职专举行。"),
            ("肥城：桃木雕刻非遗技艺进课堂", "活动周期间，肥城市邀请桃木雕刻传承人走进中职课堂。"),
            (
                "肥城市中职学生为社区居民义务维修家电",
                "11月11日，肥城职专电子专业学生在新城街道义务维修家电70余件。",
            ),
        ]
    ]
    send(
        b,
        u,
        "11-11 20:15",
        "coremail",
        "活动周宣传材料",
        """老师您好，我用个人邮箱发一下我市的三篇宣传材料。

李磊
肥城市教育和体育局职成教科
""",
        [
            art("肥城市职业教育活动周开幕.docx", arts[0], "feicheng"),
            art("桃木雕刻非遗技艺进课堂.docx", arts[1], "feicheng"),
            art("中职学生为社区居民义务维修家电.docx", arts[2], "feicheng"),
        ],
        sender="fc_lilei@126.com",
        sender_name="李磊",
        note="a staff member's personal 126 box, the county in the signature",
    )
    more = [
        docx(*_a(t, p))
        for t, p in [
            ("肥城市举办校企合作对接会", "11月12日，肥城市组织12家企业与3所职业学校签订合作协议。"),
            ("“职教之星”事迹巡讲走进初中校园", "肥城市组织5名优秀毕业生走进初中校园讲述成长故事。"),
        ]
    ]
    send(
        b,
        u,
        "11-13 21:40",
        "coremail",
        "回复：活动周宣传材料",
        """再补两篇。

------------------ 原始邮件 ------------------
发件人: "李磊"<fc_lilei@126.com>
发送时间: 2020年11月11日(星期三) 晚上8:15
收件人: "jyj-zcjk01"<jyj-zcjk01@ta.shandong.cn>
主题: 活动周宣传材料

老师您好，我用个人邮箱发一下我市的三篇宣传材料。

李磊
肥城市教育和体育局职成教科
""",
        [
            art("肥城市举办校企合作对接会.docx", more[0], "feicheng"),
            art("职教之星事迹巡讲走进初中校园.docx", more[1], "feicheng"),
        ],
        sender="fc_lilei@126.com",
        sender_name="李磊",
        note="the county only in the quoted earlier mail",
    )
    summ = docx(
        ["h", "肥城市2020年职业教育活动周总结报告"],
        ["p", "全市共组织活动31场，参与师生8000余人次。"],
    )
    st = sheet(stats_rows("肥城市教体局", [14, 17, 3, 10, 8000, 4200, 5, 30000]))
    send(
        b,
        u,
        "11-16 15:20",
        "snail",
        "肥城市活动周总结报告及统计表",
        "职成高教科：总结报告、统计表见附件。肥城市教体局\n",
        [
            f("肥城市活动周总结报告.docx", summ, "summary", "feicheng"),
            f("肥城市活动周情况统计表.xlsx", st, "statistics", "feicheng"),
        ],
    )
    zs = docx(
        ["h", "肥城市职业中等专业学校2020年职业教育活动周总结"],
        ["p", "我校活动周期间开展技能服务6场，服务群众900余人次。"],
    )
    zst = sheet(stats_rows("肥城市职业中等专业学校", [5, 6, 1, 6, 1500, 900, 6, 8000]))
    send(
        b,
        u,
        "11-16 15:35",
        "snail",
        "代肥城职专报送活动周总结及统计表",
        "市局：肥城职专邮箱故障，其总结和统计表由我局代报。肥城市教体局\n",
        [
            f("肥城职专活动周总结.docx", zs, "summary", "fczz", note="代报 by its county"),
            f("肥城职专活动周统计表.xlsx", zst, "statistics", "fczz", note="代报 by its county"),
        ],
        note="a county sending for its school (代报): the files are the school's",
    )


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    plan = docx(
        ["h", "宁阳县2020年职业教育活动周实施方案"],
        ["p", "全县活动周分三个阶段：宣传发动、集中展示、总结提升。"],
    )
    send(
        b,
        u,
        "11-06 09:30",
        "coremail",
        "宁阳县活动周方案（迟报）",
        """市教育局职成高教科：
因近日迎接疫情防控检查，我县方案报送晚了，请谅解。
专栏：http://www.ny.gov.cn/jtj/zjhdz2020/
联络员：宁阳县教体局职成股股长 周涛，13853866542，nyjtj2018@126.com
""",
        [f("宁阳县活动周实施方案.docx", plan, "plan", "ningyang")],
        column_url="http://www.ny.gov.cn/jtj/zjhdz2020/",
        liaison=person("宁阳县教体局", "周涛", "职成股股长", "nyjtj2018@126.com", "13853866542"),
        note="plan, column and contact after their deadline",
    )
    nz = [
        (f"宁阳职专稿件{n}.docx", docx(*_a(t, p, top="宁阳县职业中等专业学校")))
        for n, (t, p) in enumerate(
            [
                ("宁阳职专开展校园开放日", "11月9日，宁阳职专迎来400余名初中学生和家长。"),
                (
                    "宁阳职专学生赴蔬菜基地开展技术服务",
                    "园艺专业师生为葛石镇蔬菜基地讲解大棚管理技术。",
                ),
                (
                    "宁阳职专“技能小达人”评选揭晓",
                    "学校评选出20名技能小达人，在活动周期间巡回展示。",
                ),
                ("宁阳职专毕业生返校分享创业故事", "2016届毕业生王浩返校讲述创办汽修店的经历。"),
                ("宁阳职专举办烹饪技艺展示", "烹饪专业学生现场展示面点、冷拼技艺，吸引群众围观。"),
            ],
            1,
        )
    ]
    mine = [
        docx(*_a(t, p))
        for t, p in [
            ("宁阳县职业教育活动周启动", "11月8日，宁阳县职业教育活动周正式启动。"),
            ("宁阳县开展职业启蒙教育进小学活动", "宁阳县组织中职教师走进8所小学开展职业启蒙课。"),
        ]
    ]
    send(
        b,
        u,
        "11-10 10:25",
        "coremail",
        "宁阳县及宁阳职专宣传稿件",
        "市局：转报宁阳职专稿件5篇（压缩包），另附我局稿件2篇。\n周涛\n",
        [
            F("宁阳职专稿件.zip", zipped(nz, gbk=True), "other", "ningyang", label=False),
            art("宁阳县职业教育活动周启动.docx", mine[0], "ningyang"),
            art("宁阳县开展职业启蒙教育进小学活动.docx", mine[1], "ningyang"),
        ],
        members=[art(n, d, "nyzz", note="the school's, relayed in a GBK zip") for n, d in nz],
        note="a county relays five of its school's articles and sends two of its own",
    )
    m3 = [
        docx(*_a(t, p))
        for t, p in [
            ("宁阳县中职学校服务秋冬农业生产", "活动周期间，县内中职学校组织师生下乡服务120人次。"),
            ("宁阳县举办职业教育成果展", "11月12日，宁阳县职业教育成果展在县文化馆开展。"),
            ("宁阳县开展高职扩招政策宣讲", "宁阳县在各乡镇开展高职扩招政策宣讲12场。"),
        ]
    ]
    send(
        b,
        u,
        "11-12 15:50",
        "nodemailer",
        "宁阳县宣传稿件（二）",
        "市局老师：再报送3篇。\n宁阳县教体局\n",
        [
            art("宁阳县中职学校服务秋冬农业生产.docx", m3[0], "ningyang"),
            art("宁阳县举办职业教育成果展.docx", m3[1], "ningyang"),
            art("宁阳县开展高职扩招政策宣讲.docx", m3[2], "ningyang"),
        ],
    )
    summ = docx(["h", "宁阳县职业教育活动周工作总结"], ["p", "活动周期间，全县组织各类活动19场。"])
    st = calc("lo-xls", stats_rows("宁阳县", [8, 11, 2, 7, 3900, 2300, 10, 15000]))
    send(
        b,
        u,
        "11-16 11:00",
        "nodemailer",
        "宁阳县总结、统计表",
        "请查收。\n",
        [
            f("宁阳县活动周工作总结.docx", summ, "summary", "ningyang"),
            f("宁阳县活动周统计表.xls", st, "statistics", "ningyang"),
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    plan = docx_pdf(
        ["header", "东平县教育和体育局"],
        ["h", "东平县2020年职业教育活动周方案"],
        ["p", "活动周期间，全县以“云上活动周”为主，辅以技能服务进村居。"],
    )
    send(
        b,
        u,
        "11-05 11:15",
        "snail",
        "东平县活动周方案 专栏 联络员",
        """方案见附件（PDF）。
专栏地址：http://www.dongping.gov.cn/zwgk/jtj/zjhdz/
联络员：东平县教体局职教科 马晓东 科员
电话：0538-2821446  手机：18853835620
邮箱：dpxjtj_zjk@ta.shandong.cn
""",
        [f("东平县活动周方案.pdf", plan, "plan", "dongping")],
        column_url="http://www.dongping.gov.cn/zwgk/jtj/zjhdz/",
        liaison=person("", "马晓东", "科员", "dpxjtj_zjk@ta.shandong.cn", "18853835620"),
    )
    early = [
        docx(*_a(t, p))
        for t, p in [
            (
                "东平县召开职业教育活动周筹备会",
                "11月6日，东平县召开活动周筹备会，部署各项准备工作。",
            ),
            ("东平县职业院校“云展厅”上线", "11月7日，东平县职业教育云展厅上线试运行。"),
        ]
    ]
    send(
        b,
        u,
        "11-07 16:40",
        "snail",
        "东平县活动周预热稿件2篇",
        "活动周还没开始，先报两篇预热稿件。\n马晓东\n",
        [
            art(
                "东平县召开职业教育活动周筹备会.docx",
                early[0],
                "dongping",
                note="before the week (提前)",
            ),
            art(
                "东平县职业院校云展厅上线.docx", early[1], "dongping", note="before the week (提前)"
            ),
        ],
    )
    week = [
        docx(*_a(t, p))
        for t, p in [
            (
                "东平县职教中心学生走进湖区送技能",
                "11月10日，东平职教中心师生到老湖镇开展渔船机械维修服务。",
            ),
            ("东平县举办中职学生技能展演", "11月11日，东平县中职学生技能展演在县文体中心举行。"),
            ("东平县职业教育活动周闭幕", "11月14日，东平县活动周闭幕，累计开展活动26场。"),
        ]
    ]
    send(
        b,
        u,
        "11-14 18:05",
        "snail",
        "东平县活动周稿件3篇",
        "再报3篇。\n东平县教体局职教科\n",
        [
            art("东平县职教中心学生走进湖区送技能.docx", week[0], "dongping"),
            art("东平县举办中职学生技能展演.docx", week[1], "dongping"),
            art("东平县职业教育活动周闭幕.docx", week[2], "dongping"),
        ],
    )
    summ = docx_pdf(
        ["header", "东平县教育和体育局"],
        ["h", "东平县2020年职业教育活动周总结"],
        ["p", "全县共开展活动26场，参与师生4800余人次。"],
    )
    st = sheet(stats_rows("东平县教体局", [11, 15, 2, 8, 4800, 2900, 5, 19000]))
    send(
        b,
        u,
        "11-16 09:20",
        "snail",
        "东平县活动周总结、统计表",
        "附件请查收。\n",
        [
            f("东平县活动周总结.pdf", summ, "summary", "dongping"),
            f("东平县活动周统计表.xlsx", st, "statistics", "dongping"),
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    plan = docx(
        ["h", "泰安高新区2020年职业教育活动周实施方案"],
        ["p", "高新区结合辖区企业多的特点，突出产教对话和企业开放。"],
    )
    send(
        b,
        u,
        "11-05 10:00",
        "coremail",
        "高新区活动周实施方案",
        """市局职成高教科：
附件为方案。专栏：http://www.tahtz.gov.cn/shsyj/zjhdz/
联络员：赵敏 高新区社会事业局教育办干事 13685381920 gxqshsyj_jy@163.com
""",
        [f("高新区活动周实施方案.docx", plan, "plan", "gaoxin")],
        column_url="http://www.tahtz.gov.cn/shsyj/zjhdz/",
        liaison=person("", "赵敏", "教育办干事", "gxqshsyj_jy@163.com", "13685381920"),
    )
    ts = [
        ("高新区企业开放日迎来中职学生", "11月9日，辖区5家企业向中职学生开放生产线。"),
        ("高新区举办产教对话会", "11月10日，高新区组织职业院校与企业举办产教对话会。"),
        ("高新区职工技能展示走进社区", "11月11日，区总工会组织技术能手在社区开展技能展示。"),
        ("高新区开展“大国工匠”故事分享", "11月12日，高新区邀请省级技术能手分享成长经历。"),
        ("高新区职业启蒙体验营开营", "11月13日，辖区小学生走进企业实训中心参加职业体验营。"),
    ]
    docs = [(f"{t.replace('“', '').replace('”', '')}.docx", docx(*_a(t, p))) for t, p in ts]
    send(
        b,
        u,
        "11-13 22:30",
        "qqweb",
        "高新区活动周宣传材料5篇",
        """老师好！单位邮箱附件上传不了，用我个人QQ邮箱发送，共5篇。
泰安高新区社会事业局 赵敏
""",
        [art(n, d, "gaoxin") for n, d in docs],
        sender="386152207@qq.com",
        sender_name="敏",
        note="a staff member's QQ box, the unit in the signature only",
    )
    summ = docx(
        ["h", "泰安高新区职业教育活动周总结"], ["p", "活动周期间，辖区企业、学校共开展活动14场。"]
    )
    send(
        b,
        u,
        "11-16 17:10",
        "coremail",
        "高新区活动周总结",
        "总结先报上，统计表正在汇总。\n赵敏\n",
        [f("高新区活动周总结.docx", summ, "summary", "gaoxin")],
    )
    st = sheet(stats_rows("泰安高新区", [6, 8, 5, 3, 2100, 1300, 5, 9000]))
    send(
        b,
        u,
        "11-17 08:40",
        "coremail",
        "高新区统计表",
        "统计表补报。\n",
        [f("高新区活动周统计表.xlsx", st, "statistics", "gaoxin")],
    )


STORIES = [feicheng, ningyang, dongping, gaoxin]
