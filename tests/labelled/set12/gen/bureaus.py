"""set12's seven county bureaus. Shapes: a county's 转报 zip of its own and a school's files
(taishan), a 汇编 whose articles are each credited (taishan), a school writing from its
county's address (daiyue sends dyzj's plan), a 更正 article under another name (daiyue), late
summary (daiyue), a contact only in an xlsx (xintai), two units' articles in one mail
(xintai + xtzz), a staff member's personal 126 box with the unit in the signature and later
only in the quoted earlier mail (feicheng), a county 代报 of a school's summary and table
(feicheng for fczz), a plan after its deadline (ningyang), a zip of a school's articles with
GBK names (ningyang for nyzz), articles before the week (dongping), a QQ box under the
高新区社会事业局 name (gaoxin)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docmake import art, blocks, calc, docx, f, lo, sheet, stats_rows, zipped
from .who import U

_a = blocks


def taishan(b: Builder) -> None:
    u = U["taishan"]
    plan = docx(
        ["h", "泰山区2020年职业教育活动周实施方案"],
        ["p", "为贯彻落实泰教函〔2020〕72号文件精神，结合我区实际，制定本方案。"],
        ["p", "一、活动时间：2020年11月8日至14日。"],
        ["p", "二、主要活动：云上开放日、技能进社区、职业启蒙进校园三项。"],
        ["p", "三、工作要求：各学校于11月13日前将宣传稿件报区教体局职成教科汇总。"],
    )
    send(
        b,
        u,
        "11-04 09:20",
        "coremail-gov",
        "泰山区教体局报送活动周方案、专栏及联络员",
        """市局职成高教科：
附件为我区活动周实施方案。
宣传专栏：http://jtj.taishan.gov.cn/zjhdz2020/index.html
联络员：王振宇，职成教科副科长，邮箱tsq_zcjyk@ta.shandong.cn，手机13805381276
泰山区教体局职成教科
""",
        [f("泰山区2020年职业教育活动周实施方案.docx", plan, "plan", "taishan")],
        column_url="http://jtj.taishan.gov.cn/zjhdz2020/index.html",
        liaison=person("", "王振宇", "职成教科副科长", "tsq_zcjyk@ta.shandong.cn", "13805381276"),
    )
    own = docx(
        *_a(
            "“云上开放日”覆盖全区中职学校",
            "11月9日，泰山区教体局组织辖区中职学校同步开展网络校园开放日。",
            "各校通过直播平台展示实训室、专业课堂和学生作品，累计观看1.2万人次。",
            top="泰山区教体局",
        )
    )
    zs1 = docx(
        *_a(
            "汽修专业师生走进社区开展义务检修",
            "11月10日上午，泰山区职专汽修专业30余名师生来到岱庙街道社区。",
            "师生为居民免费检测车辆40余台，讲解冬季用车常识。",
            foot="（泰山区职专 供稿）",
        )
    )
    zs2 = lo(
        "lo-pdf",
        "直播带岗：电商专业学生当起“带货主播”",
        [
            "泰安市泰山区职业中等专业学校电子商务专业利用活动周开展直播实训。",
            "学生为本地农产品合作社直播两场，成交订单300余单。",
        ],
        top="泰安市泰山区职业中等专业学校",
    )
    members = [
        ("区教体局-云上开放日覆盖全区中职.docx", own),
        ("泰山区职专-汽修专业进社区义诊.docx", zs1),
        ("泰山区职专-直播带岗.pdf", zs2),
    ]
    send(
        b,
        u,
        "11-10 15:40",
        "coremail-gov",
        "转报：泰山区活动周第一批宣传稿件",
        """您好：
现将我区第一批宣传稿件（含区职专2篇）打包转报，请查收。
泰山区教体局 王振宇
""",
        [F("泰山区第一批宣传稿件.zip", zipped(members, gbk=True), "other", "taishan", label=False)],
        members=[
            art(members[0][0], own, "taishan"),
            art(members[1][0], zs1, "tsqzz", note="the school's, relayed in its county's zip"),
            art(members[2][0], zs2, "tsqzz", note="the school's, relayed in its county's zip"),
        ],
        note="转报 zip: the county's article and two of tsqzz's",
    )
    comp = docx(
        ["h", "泰山区职业教育活动周宣传材料汇编"],
        ["plain", "一、职业启蒙进校园 百名小学生体验“小小工匠”"],
        ["p", "11月11日，区教体局组织泰山区职专教师走进泰前小学，开展木工、面点职业体验课。"],
        ["p", "（区教体局职成教科）"],
        ["plain", "二、劳动教育基地向全区中小学开放"],
        ["p", "活动周期间，区中小学劳动教育实践基地接待学生1800余人次。"],
        ["p", "（区教体局基教科）"],
        ["plain", "三、中职学生技能展示走进万达广场"],
        ["p", "区内中职学校在万达广场设置技能展示区，市民现场体验茶艺、插花和3D打印。"],
        ["p", "（区教体局职成教科）"],
        ["plain", "四、退役军人学历提升班开班"],
        ["p", "高职扩招退役军人学历提升班在区内教学点开班，首批学员62人。"],
        ["p", "（区教体局职成教科）"],
    )
    send(
        b,
        u,
        "11-13 10:05",
        "coremail-gov",
        "泰山区活动周宣传材料汇编",
        "市局：\n附件为我区活动周宣传材料汇编（4篇），请审阅。\n泰山区教体局职成教科\n",
        [
            art(
                "泰山区职业教育活动周宣传材料汇编.docx",
                comp,
                "taishan",
                count=4,
                note="a county's 汇编 of four articles, each credited to one of its offices",
            )
        ],
    )
    summ = docx(
        ["h", "泰山区2020年职业教育活动周工作总结"],
        ["p", "活动周期间，我区共组织线上活动15场、线下活动9场，参与师生6300余人次。"],
        ["p", "下一步，我区将把活动周成果转化为常态化的职业启蒙教育。"],
    )
    st = sheet(
        [
            ["2020年职业教育活动周情况统计表"],
            *stats_rows("泰山区教体局", [15, 9, 3, 6, 6300, 2100, 11, 45000]),
        ],
        merge=["A1:I1"],
    )
    send(
        b,
        u,
        "11-16 16:30",
        "coremail-gov",
        "泰山区活动周总结及统计表",
        "职成高教科：\n总结报告和统计表随附，请查收。\n王振宇\n",
        [
            f("泰山区活动周总结.docx", summ, "summary", "taishan"),
            f("2020年职业教育活动周情况统计表（泰山区）.xlsx", st, "statistics", "taishan"),
        ],
    )


def daiyue(b: Builder) -> None:
    u = U["daiyue"]
    plan = lo(
        "lo-doc",
        "岱岳区2020年职业教育活动周活动方案",
        [
            "按照市教育局等9部门通知要求，我区活动周以“人人出彩 技能强国”为主题。",
            "活动安排：11月8日启动仪式（线上）；11月9日至13日各镇街开展技能服务；11月14日成果展播。",
            "宣传专栏网址：http://www.daiyue.gov.cn/jtj/zjzl/",
        ],
    )
    send(
        b,
        u,
        "11-05 16:50",
        "foxmail",
        "岱岳区活动周方案",
        """职成高教科田老师：您好！
我区活动周方案见附件，专栏地址写在方案最后。
联络员 岱岳区教体局 职教科科员 孙丽 15069826613 dyjtj_zck@ta.shandong.cn
""",
        [f("岱岳区活动周方案.doc", plan, "plan", "daiyue")],
        column_url="http://www.daiyue.gov.cn/jtj/zjzl/",
        liaison=person(
            "岱岳区教体局", "孙丽", "职教科科员", "dyjtj_zck@ta.shandong.cn", "15069826613"
        ),
    )
    zxplan = docx(
        ["h", "泰安市岱岳区职业教育中心2020年职业教育活动周实施方案"],
        ["p", "一、组织机构：成立以校长为组长的活动周领导小组。"],
        ["p", "二、活动内容：开放实训基地、送技能下乡、优秀毕业生事迹展。"],
        ["p", "三、宣传专栏：学校官网“职教活动周”专题 http://www.dyzjzx.com/hdz2020/"],
    )
    send(
        b,
        u,
        "11-05 17:20",
        "foxmail",
        "职教中心活动周方案（借用区局邮箱发送）",
        """市局老师好，我是岱岳区职教中心办公室的刘洋，学校邮箱今天登不上，借用区教体局邮箱发送我校的活动周方案和联络员信息。
联络员：刘洋，办公室副主任，邮箱dyzjzx@ta.shandong.cn，手机13953832087
岱岳区职业教育中心 办公室
""",
        [f("岱岳区职教中心活动周方案.docx", zxplan, "plan", "dyzj")],
        unit="dyzj",
        column_url="http://www.dyzjzx.com/hdz2020/",
        liaison=person("", "刘洋", "办公室副主任", "dyzjzx@ta.shandong.cn", "13953832087"),
        note="a school writing from its county's registered address: the school's mail",
    )
    a1 = docx(
        *_a(
            "岱岳区举行职业教育活动周线上启动仪式",
            "11月8日上午，岱岳区职业教育活动周线上启动仪式举行。",
            "区教体局负责同志介绍了本届活动周安排，全区中职学校师生在线收看。",
        )
    )
    a2 = docx(
        *_a(
            "农机维修志愿队下乡服务秋种",
            "活动周期间，区职教中心农机专业师生深入满庄镇，检修农机具60余台。",
        )
    )
    a3 = docx(
        *_a(
            "岱岳区“技能点亮生活”成果展开展",
            "11月12日，岱岳区在天平湖公园举办职业教育成果展，展出师生作品200余件。",
        )
    )
    send(
        b,
        u,
        "11-12 11:30",
        "foxmail",
        "岱岳区活动周宣传稿件3篇",
        "老师好，报送我区宣传稿件三篇。\n岱岳区教体局 孙丽\n",
        [
            art("岱岳区举行职业教育活动周线上启动仪式.docx", a1, "daiyue"),
            art("农机维修志愿队下乡服务秋种.docx", a2, "daiyue"),
            art("岱岳区技能点亮生活成果展.docx", a3, "daiyue"),
        ],
    )
    a3b = docx(
        *_a(
            "岱岳区“技能点亮生活”成果展开展",
            "11月12日，岱岳区在天平湖公园举办职业教育成果展，展出师生作品210余件。",
        )
    )
    a4 = docx(
        *_a(
            "岱岳区中职学校开展“职业体验日”活动",
            "11月13日，全区5所初中的600余名学生走进中职校园体验职业课程。",
        )
    )
    send(
        b,
        u,
        "11-14 21:10",
        "foxmail",
        "岱岳区稿件（含更正一篇）",
        "老师好：\n1.成果展一稿作品数量有误（应为210余件），更正后重发；\n2.另报送新稿一篇。\n孙丽\n",
        [
            F(
                "岱岳区技能点亮生活成果展（更正）.docx",
                a3b,
                "article",
                "daiyue",
                note="a 更正 of the 11-12 file: counts once",
                same_as="岱岳区技能点亮生活成果展",
            ),
            art("岱岳区中职学校开展职业体验日活动.docx", a4, "daiyue"),
        ],
    )
    summ = docx(
        ["h", "岱岳区2020年职业教育活动周总结"],
        ["p", "全区共开展各类活动28场，服务群众3500余人次。"],
    )
    st = calc("lo-xls", stats_rows("岱岳区", [12, 16, 4, 9, 5100, 3500, 4, 21000]))
    send(
        b,
        u,
        "11-17 09:30",
        "foxmail",
        "岱岳区活动周总结和统计表（迟报）",
        "市局老师：区里统计口径调整，总结和统计表迟报了一天，抱歉。\n岱岳区教体局职教科\n",
        [
            f("岱岳区活动周总结.docx", summ, "summary", "daiyue"),
            f("2020年职业教育活动周情况统计表.xls", st, "statistics", "daiyue"),
        ],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    plan = lo(
        "lo-docx",
        "新泰市2020年职业教育活动周工作方案",
        [
            "一、指导思想（略）。二、活动安排：11月8日至14日，全市职业院校同步开展“云上活动周”。",
            "三、宣传专栏：新泰教育网“职教活动周”专栏 http://jtj.xintai.gov.cn/zjhdz/",
        ],
    )
    contact = sheet(
        [
            ["单位", "姓名", "职务", "邮箱", "手机号码"],
            ["新泰市教体局", "韩冰", "职成教科科长", "xtsjtj_zcjyk@163.com", "13562808735"],
        ],
        name="联络员",
    )
    send(
        b,
        u,
        "11-04 15:02",
        "coremail",
        "新泰市教体局—活动周方案、联络员信息",
        "田科长：\n方案和联络员信息表已附上，专栏见方案第三部分。\n新泰市教体局职成教科\n",
        [
            f("新泰市活动周工作方案.docx", plan, "plan", "xintai"),
            f("联络员信息表.xlsx", contact, "contact", "xintai"),
        ],
        column_url="http://jtj.xintai.gov.cn/zjhdz/",
        liaison=person(
            "新泰市教体局", "韩冰", "职成教科科长", "xtsjtj_zcjyk@163.com", "13562808735"
        ),
    )
    mine = docx(
        *_a(
            "新泰市职业教育活动周启动",
            "11月8日，新泰市职业教育活动周在新泰职专启动，全市师生线上同步参与。",
        )
    )
    school = docx(
        *_a(
            "新泰职专：“匠心”社团走进青云街道",
            "11月9日，新泰市职业中等专业学校烹饪、美发社团走进青云街道敬老院。",
            "学生为老人理发48人次，包饺子300余个。",
            foot="新泰市职业中等专业学校宣传办",
        )
    )
    send(
        b,
        u,
        "11-09 17:45",
        "coremail",
        "新泰市稿件及新泰职专稿件各一篇",
        "市局：报送我市稿件一篇，另转新泰职专稿件一篇（学校委托）。\n韩冰\n",
        [
            art("新泰市职业教育活动周启动.docx", mine, "xintai"),
            art(
                "新泰职专匠心社团走进青云街道.docx",
                school,
                "xtzz",
                note="the school's, in its county's mail",
            ),
        ],
    )
    ms = [
        (f"新泰市活动周稿件{n}.docx", docx(*_a(t, p)))
        for n, (t, p) in enumerate(
            [
                (
                    "新泰市中职学校开展“校园开放日”",
                    "11月10日，全市4所中职学校向家长和社区开放，接待来访1100余人次。",
                ),
                (
                    "新泰：技能大师工作室线上直播授课",
                    "新泰市3个技能大师工作室通过直播平台授课，在线观看6000余人次。",
                ),
                (
                    "新泰市职教扶贫培训班结业",
                    "11月12日，新泰市面向脱贫户的家政服务培训班结业，86名学员取得证书。",
                ),
                (
                    "新泰市“职教故事”微视频征集启动",
                    "新泰市面向全市职业院校征集职教故事微视频，已收到作品37件。",
                ),
            ],
            1,
        )
    ]
    send(
        b,
        u,
        "11-12 16:20",
        "coremail",
        "新泰市活动周稿件（打包）",
        "您好，4篇稿件打包发送。\n新泰市教体局 韩冰\n",
        [F("新泰市活动周稿件.zip", zipped(ms), "other", "xintai", label=False)],
        members=[art(n, d, "xintai") for n, d in ms],
    )
    summ = lo(
        "lo-docx",
        "新泰市2020年职业教育活动周总结",
        ["活动周期间全市开展线上活动21场、线下活动13场。"],
    )
    st = calc("lo-xlsx", stats_rows("新泰市", [21, 13, 4, 8, 7400, 2600, 9, 52000]))
    send(
        b,
        u,
        "11-16 10:00",
        "coremail",
        "新泰市活动周总结、统计表",
        "附件两个，请查收。\n",
        [
            f("新泰市活动周总结.docx", summ, "summary", "xintai"),
            f("新泰市活动周情况统计表.xlsx", st, "statistics", "xintai"),
        ],
    )
    st2 = calc("lo-xlsx", stats_rows("新泰市", [21, 13, 4, 8, 7400, 2600, 9, 52600]))
    send(
        b,
        u,
        "11-16 14:10",
        "coremail",
        "【更正】新泰市活动周情况统计表",
        "上午发的统计表浏览量有误，以此为准。\n韩冰\n",
        [
            f(
                "新泰市活动周情况统计表（更正）.xlsx",
                st2,
                "statistics",
                "xintai",
                note="a 更正: changes nothing",
            )
        ],
    )


STORIES = [taishan, daiyue, xintai]
