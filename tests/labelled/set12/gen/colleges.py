"""set12's six colleges. Shapes: a teacher's outlook.com box writing in English with the
college's English name (tsvtc); the fifth article after the week (tavtc); a 汇编 PDF of five
and a 修订版 summary that changes nothing (sdfz); a question before anything is sent and a
teacher's QQ box signing with the short name 泰护 (tshl); everything to the 人社局 mailbox with
the city in Cc, the name written 泰安市技师学院 (tajs); four articles only (lmkj)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docmake import art, blocks, calc, docx, docx_pdf, f, lo, sheet, stats_rows, zipped
from .mime import CITY, RSJ
from .who import U

_a = blocks


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    plan = docx(
        ["h", "泰山职业技术学院2020年职业教育活动周实施方案"],
        ["p", "学院各二级学院结合专业特色，每天至少组织一项面向社会的开放活动。"],
        ["p", "联络员：宣传部 陈静 副部长 xcb@tsvtc.edu.cn 13505388214"],
    )
    send(
        b,
        u,
        "11-04 14:30",
        "outlook",
        "泰山职业技术学院活动周实施方案",
        """职成高教科各位老师：
我院活动周实施方案见附件，联络员信息在方案末尾。
宣传专栏：https://www.tsvtc.edu.cn/hdz2020/
泰山职业技术学院宣传部
""",
        [f("泰山职业技术学院活动周实施方案.docx", plan, "plan", "tsvtc")],
        column_url="https://www.tsvtc.edu.cn/hdz2020/",
        liaison=person("", "陈静", "宣传部副部长", "xcb@tsvtc.edu.cn", "13505388214"),
    )
    head = ["header", "泰山职业技术学院 Taishan Polytechnic"]
    e = [
        docx(head, *_a(t, p))
        for t, p in [
            ("泰山职院国际交流中心举办“云端”开放日", "11月9日，学院面向留学生家长举办线上开放日。"),
            ("泰山职院外语系志愿者服务社区外籍居民", "外语系学生为社区外籍居民讲解防疫知识。"),
            ("泰山职院“一带一路”职教成果展", "学院在线展示与海外合作院校的联合培养成果。"),
        ]
    ]
    send(
        b,
        u,
        "11-11 09:05",
        "outlook-mac",
        "Activity Week articles (3)",
        """Dear colleagues,

Please find attached three articles for the Vocational Education Activity Week.

Best regards,
Li Na
International Office, Taishan Polytechnic
""",
        [
            art("泰山职院国际交流中心云端开放日.docx", e[0], "tsvtc"),
            art("外语系志愿者服务社区外籍居民.docx", e[1], "tsvtc"),
            art("一带一路职教成果展.docx", e[2], "tsvtc"),
        ],
        sender="lina_tsvtc@outlook.com",
        sender_name="Li Na",
        note="a teacher's outlook.com box, English only: the college's English name and the "
        "documents' page header name it",
    )
    m = [
        docx(*_a(t, p))
        for t, p in [
            ("泰山职院举办技能大师进校园活动", "11月12日，3位齐鲁首席技师走进学院实训中心。"),
            ("泰山职院师生为泰山景区游客提供志愿服务", "旅游管理专业学生在景区开展文明引导服务。"),
        ]
    ]
    send(
        b,
        u,
        "11-12 17:30",
        "outlook",
        "泰山职院活动周稿件2篇",
        "请查收。\n泰山职业技术学院宣传部 陈静\n",
        [
            art("泰山职院举办技能大师进校园活动.docx", m[0], "tsvtc"),
            art("泰山职院师生为景区游客提供志愿服务.docx", m[1], "tsvtc"),
        ],
    )
    summ = docx(
        ["h", "泰山职业技术学院2020年职业教育活动周总结"], ["p", "活动周期间，学院共举办活动42场。"]
    )
    st = sheet(stats_rows("泰山职业技术学院", [20, 22, 2, 9, 12000, 3800, 14, 88000]))
    send(
        b,
        u,
        "11-16 10:40",
        "outlook",
        "泰山职院活动周总结及统计表",
        "附件2个。\n陈静\n",
        [
            f("泰山职院活动周总结.docx", summ, "summary", "tsvtc"),
            f("泰山职院活动周统计表.xlsx", st, "statistics", "tsvtc"),
        ],
    )


def tavtc(b: Builder) -> None:
    u = U["tavtc"]
    plan = docx(
        ["h", "泰安职业技术学院关于开展2020年职业教育活动周的通知"],
        ["p", "各二级学院、各部门：根据泰教函〔2020〕72号要求，现就活动周有关事项通知如下。"],
    )
    send(
        b,
        u,
        "11-05 09:10",
        "thunderbird",
        "泰职院活动周通知（方案）及专栏、联络员",
        """您好，
我院活动周通知（作为方案）见附件。
专栏：http://www.tavtc.edu.cn/zt/hdz/
联络员：党政办公室 秘书 郑宇航，手机 15153827719，邮箱 dzb@tavtc.edu.cn
""",
        [f("泰职院活动周通知.docx", plan, "plan", "tavtc")],
        column_url="http://www.tavtc.edu.cn/zt/hdz/",
        liaison=person("", "郑宇航", "党政办公室秘书", "dzb@tavtc.edu.cn", "15153827719"),
    )
    a = [
        docx(*_a(t, p))
        for t, p in [
            ("泰职院开展“我是小工匠”职业体验", "11月9日，200余名小学生走进泰职院实训基地。"),
            (
                "泰职院护理专业师生进社区测血压",
                "11月10日，护理专业师生在社区为居民测量血压150人次。",
            ),
            ("泰职院举办高职扩招学员座谈会", "11月12日，学院召开高职扩招学员座谈会。"),
            ("泰职院校企合作成果发布", "11月13日，学院发布校企合作十大典型案例。"),
            ("泰职院活动周圆满落幕", "11月14日，泰职院活动周各项活动圆满结束。"),
        ]
    ]
    send(
        b,
        u,
        "11-10 16:00",
        "thunderbird",
        "泰职院稿件（一）",
        "两篇。\n郑宇航\n",
        [
            art("泰职院我是小工匠职业体验.docx", a[0], "tavtc"),
            art("泰职院护理专业进社区测血压.docx", a[1], "tavtc"),
        ],
    )
    send(
        b,
        u,
        "11-13 16:20",
        "thunderbird",
        "泰职院稿件（二）",
        "两篇。\n郑宇航\n",
        [
            art("泰职院高职扩招学员座谈会.docx", a[2], "tavtc"),
            art("泰职院校企合作成果发布.docx", a[3], "tavtc"),
        ],
    )
    send(
        b,
        u,
        "11-15 10:05",
        "thunderbird",
        "泰职院稿件（三）",
        "最后一篇，周末才整理好，晚了一天。\n郑宇航\n",
        [art("泰职院活动周圆满落幕.docx", a[4], "tavtc", note="after the week (逾期)")],
    )
    summ = lo(
        "lo-doc",
        "泰安职业技术学院2020年职业教育活动周工作总结",
        ["学院共开展活动35场，参与师生9000余人次。"],
    )
    st = calc("lo-xls", stats_rows("泰安职业技术学院", [16, 19, 2, 7, 9000, 2700, 5, 41000]))
    send(
        b,
        u,
        "11-16 11:30",
        "thunderbird",
        "泰职院总结、统计表",
        "请查收。\n",
        [
            f("泰职院活动周工作总结.doc", summ, "summary", "tavtc"),
            f("泰职院活动周统计表.xls", st, "statistics", "tavtc"),
        ],
    )


def sdfz(b: Builder) -> None:
    u = U["sdfz"]
    plan = lo(
        "lo-pdf",
        "山东服装职业学院2020年职业教育活动周活动方案",
        ["活动期间学院举办服装设计作品云发布、非遗鲁锦体验、服装定制进社区等活动。"],
    )
    send(
        b,
        u,
        "11-04 10:45",
        "wps",
        "山东服装职业学院活动周方案",
        """市教育局职成高教科：
我院活动方案见附件。专栏 http://www.sdfzxy.edu.cn/hdz/2020/
联络员 宣传部干事 吕晓彤 18954857702 fzxy_xcb@sdfzxy.edu.cn
""",
        [f("山东服装职业学院活动周方案.pdf", plan, "plan", "sdfz")],
        column_url="http://www.sdfzxy.edu.cn/hdz/2020/",
        liaison=person("", "吕晓彤", "宣传部干事", "fzxy_xcb@sdfzxy.edu.cn", "18954857702"),
    )
    comp = docx_pdf(
        ["header", "山东服装职业学院宣传部"],
        ["h", "山东服装职业学院活动周宣传稿件汇编"],
        ["plain", "服装设计作品“云发布”吸引万人观看"],
        ["p", "11月9日，学院举办毕业设计作品线上发布。"],
        ["plain", "鲁锦非遗体验课走进社区"],
        ["p", "学院非遗工作室在社区开设鲁锦体验课。"],
        ["plain", "服装定制志愿服务进敬老院"],
        ["p", "师生为敬老院老人量体裁衣。"],
        ["plain", "校企合作订单班学生走上T台"],
        ["p", "订单班学生在企业发布会上展示作品。"],
        ["plain", "学院举办服装行业产教对话"],
        ["p", "20余家服装企业与学院共商人才培养。"],
    )
    send(
        b,
        u,
        "11-12 14:15",
        "wps",
        "服装学院活动周稿件汇编（5篇）",
        "5篇稿件汇编成一个PDF。\n吕晓彤\n",
        [art("服装学院活动周稿件汇编.pdf", comp, "sdfz", count=5)],
    )
    summ = docx(["h", "山东服装职业学院职业教育活动周总结"], ["p", "学院累计开展活动24场。"])
    st = sheet(stats_rows("山东服装职业学院", [10, 14, 1, 6, 5200, 1600, 5, 36000]))
    send(
        b,
        u,
        "11-16 09:50",
        "wps",
        "服装学院总结与统计表",
        "附件请审阅。\n",
        [
            f("服装学院活动周总结.docx", summ, "summary", "sdfz"),
            f("服装学院活动周统计表.xlsx", st, "statistics", "sdfz"),
        ],
    )
    summ2 = docx(
        ["h", "山东服装职业学院职业教育活动周总结（修订版）"],
        ["p", "学院累计开展活动24场，参与师生5200余人次。"],
    )
    send(
        b,
        u,
        "11-16 20:10",
        "wps",
        "服装学院活动周总结（修订版）",
        "补充了参与人数，其他未变。\n",
        [
            f(
                "服装学院活动周总结（修订版）.docx",
                summ2,
                "summary",
                "sdfz",
                note="修订版: changes nothing",
            )
        ],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-03 08:50",
        "coremail",
        "咨询活动周方案报送事宜",
        "田老师您好，请问活动周方案需要加盖公章吗？宣传专栏能否用学院微信公众号代替？谢谢！\n泰山护理职业学院办公室\n",
        note="a question before anything is sent: the college's, counting for nothing",
    )
    plan = docx(
        ["h", "泰山护理职业学院2020年职业教育活动周实施方案"],
        ["p", "突出护理专业特色，开展健康护理进社区。"],
    )
    send(
        b,
        u,
        "11-05 15:30",
        "coremail",
        "泰山护理职业学院—方案 专栏 联络员",
        """田老师：
方案见附件。专栏http://www.tshlzy.edu.cn/zjhdz/
联络员：泰山护理职业学院办公室主任 毕文静，13791836650，tshl_bgs@163.com
""",
        [f("泰山护理职业学院活动周方案.docx", plan, "plan", "tshl")],
        column_url="http://www.tshlzy.edu.cn/zjhdz/",
        liaison=person(
            "泰山护理职业学院", "毕文静", "办公室主任", "tshl_bgs@163.com", "13791836650"
        ),
    )
    a = [
        docx(*_a(t, p))
        for t, p in [
            ("护理学子社区义诊暖人心", "11月9日，护理系学生在泰前街道开展义诊。"),
            ("“南丁格尔”志愿服务队走进养老院", "志愿服务队为养老院老人提供健康护理服务。"),
            ("急救知识进校园培训千人", "活动周期间，学院为中小学师生开展急救培训1000余人次。"),
        ]
    ]
    send(
        b,
        u,
        "11-10 21:20",
        "qqmobile",
        "稿件",
        """老师好，发三篇稿子，请查收。
泰护宣传办 王晓
""",
        [
            art("护理学子社区义诊暖人心.docx", a[0], "tshl"),
            art("南丁格尔志愿服务队走进养老院.docx", a[1], "tshl"),
            art("急救知识进校园.docx", a[2], "tshl"),
        ],
        sender="1826354410@qq.com",
        sender_name="Wang Xiao",
        note="a teacher's QQ box, the college only as the short name 泰护 in the signature",
    )
    b2 = [
        docx(*_a(t, p))
        for t, p in [
            ("泰山护理职业学院举办职业体验开放日", "11月12日，学院向初中生开放护理实训室。"),
            ("泰山护理职业学院毕业生抗疫事迹宣讲", "抗疫一线毕业生回校宣讲。"),
        ]
    ]
    send(
        b,
        u,
        "11-13 10:30",
        "coremail",
        "泰山护理职业学院宣传稿件2篇",
        "请查收。\n",
        [art("职业体验开放日.docx", b2[0], "tshl"), art("毕业生抗疫事迹宣讲.docx", b2[1], "tshl")],
    )
    summ = docx(["h", "泰山护理职业学院活动周总结"], ["p", "学院共开展各类活动18场。"])
    send(
        b,
        u,
        "11-16 14:45",
        "coremail",
        "泰山护理职业学院活动周总结",
        "田老师：总结先报上，统计表里服务人次还在和各系核对，核完再报。\n毕文静\n",
        [f("活动周总结.docx", summ, "summary", "tshl")],
        note="the table never comes",
    )


def tajs(b: Builder) -> None:
    u = U["tajs"]
    plan = lo(
        "lo-docx",
        "泰安市技师学院2020年职业教育活动周实施方案",
        ["学院按照市人社局、市教育局部署，开展技能展示、技能服务和技工教育宣传活动。"],
    )
    send(
        b,
        u,
        "11-05 14:00",
        "coremail",
        "泰安市技师学院活动周实施方案",
        """市人社局职教科：
我院活动周实施方案见附件。
专栏：http://www.tajsxy.cn/hdz/
联络员：泰安市技师学院招生就业处 副处长 吴刚 13863891147 tajsxy_zsb@126.com
""",
        [f("泰安市技师学院活动周实施方案.docx", plan, "plan", "tajs")],
        to=RSJ,
        cc=CITY,
        column_url="http://www.tajsxy.cn/hdz/",
        liaison=person(
            "泰安市技师学院", "吴刚", "招生就业处副处长", "tajsxy_zsb@126.com", "13863891147"
        ),
    )
    ms = [
        (f"{n}.{t}.docx", docx(*_a(t, p, foot="泰安技师学院")))
        for n, (t, p) in enumerate(
            [
                ("技师学院举办技能展示周", "学院开放数控、焊接等12个实训车间。"),
                ("技工学子进社区维修家电", "电气专业学生为社区居民维修家电。"),
                ("世赛选手分享备赛经历", "世界技能大赛国家集训队选手回校分享。"),
                ("学院与企业共建新型学徒制班", "学院与3家企业签订新型学徒制培养协议。"),
                ("技工教育政策宣讲进初中", "学院组织宣讲团到12所初中宣讲技工教育政策。"),
            ],
            1,
        )
    ]
    send(
        b,
        u,
        "11-12 09:40",
        "coremail",
        "泰安技师学院活动周稿件5篇（压缩包）",
        "市人社局：5篇稿件打包报送。\n吴刚\n",
        [F("泰安技师学院活动周稿件.zip", zipped(ms), "other", "tajs", label=False)],
        members=[art(n, d, "tajs") for n, d in ms],
        to=RSJ,
        cc=CITY,
    )
    summ = docx(
        ["h", "泰安技师学院2020年职业教育活动周总结"],
        ["p", "学院开展活动20场，服务群众2000余人次。"],
    )
    st = calc("lo-xlsx", stats_rows("泰安技师学院", [6, 14, 1, 8, 3600, 2000, 5, 17000]))
    send(
        b,
        u,
        "11-16 16:00",
        "coremail",
        "技师学院活动周总结及统计表",
        "请查收。\n",
        to=RSJ,
        cc=CITY,
        files=[
            f("技师学院活动周总结.docx", summ, "summary", "tajs"),
            f("技师学院活动周统计表.xlsx", st, "statistics", "tajs"),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    plan = docx(
        ["h", "山东力明科技职业学院活动周方案"],
        ["p", "学院以“云上活动周”为主，开展中医药文化体验等活动。"],
    )
    send(
        b,
        u,
        "11-05 16:10",
        "py-smtp",
        "力明学院活动周方案及联络员",
        """您好：
方案已附。宣传专栏：http://www.lmpt.edu.cn/xwzx/hdz2020/
联络员：宣传统战部 部长助理 韩雪 13562870148 lmxy_xcb@163.com
山东力明科技职业学院
""",
        [f("力明学院活动周方案.docx", plan, "plan", "lmkj")],
        column_url="http://www.lmpt.edu.cn/xwzx/hdz2020/",
        liaison=person("", "韩雪", "宣传统战部部长助理", "lmxy_xcb@163.com", "13562870148"),
    )
    a = [
        docx(*_a(t, p))
        for t, p in [
            ("力明学院中医药文化体验进社区", "中医专业师生为社区居民提供推拿、艾灸体验。"),
            ("力明学院直播展示药膳制作", "学院通过直播展示药膳制作，观看8000余人次。"),
            ("力明学院举办创新创业成果展", "学院展示学生创新创业项目30个。"),
            ("力明学院开展职业生涯规划讲座", "学院邀请企业人力资源经理开展讲座。"),
        ]
    ]
    send(
        b,
        u,
        "11-12 10:20",
        "py-smtp",
        "力明学院活动周宣传材料",
        "共4篇，请查收。\n韩雪\n",
        [art(f"力明学院宣传材料{n}.docx", d, "lmkj") for n, d in enumerate(a, 1)],
    )
    summ = docx(["h", "山东力明科技职业学院活动周总结"], ["p", "学院开展活动16场。"])
    st = sheet(stats_rows("山东力明科技职业学院", [9, 7, 1, 3, 3100, 900, 4, 14000]))
    send(
        b,
        u,
        "11-16 12:00",
        "py-smtp",
        "力明学院总结、统计表",
        "请查收。\n",
        [
            f("力明学院活动周总结.docx", summ, "summary", "lmkj"),
            f("力明学院活动周统计表.xlsx", st, "statistics", "lmkj"),
        ],
    )


STORIES = [tsvtc, tavtc, sdfz, tshl, tajs, lmkj]
