# ruff: noqa: E501  (wording: long Chinese lines kept whole)
"""The thirteen schools of set21. Shapes: a LibreOffice docx plan with heading styles that
sets out its own summing-up, the summary as scan0001.pdf, a photo among articles (tzy); .odt
plan and summary, .ods table, article links on its column (tsvtc); 文档1.docx, the 职务 a day
late, a PDF summary, an .xls with 填表说明 under the table (sdfzxy); a .doc plan with a .doc
回执, a 开展情况汇报 from python-docx, the table promised and never sent (lmkj); PDF plan, a
summary quoting the 方案, a template row left empty (tshl); everything to the 人社局 box, a
PDF 汇编 (tajsxy); 新建 Microsoft Word 文档.docx, 工作簿1.xlsx in its own column order (dyzj);
NeoMutt, a 情况报告 .odt and the table pasted into 附件2.docx (xtzz); Python compat32 GBK
names, 附件1/附件3 with a 回执, everything after due a day late (fczz); Coremail gb2312,
附件1.pdf and 附件2.xls with a merged two-row header (nyzz); Android, 未命名.odt, a workbook of
three sheets with one empty and photos (dpzj); Python SMTP policy, the fifth article on
11-15 (jtzz); everything of the first deadline late from an iPhone (tsqzz)."""

from __future__ import annotations

from .build import Builder, person, send
from .kit import UNITS, art, book, calc, doc, f, photo
from .mime import RSJ

U = UNITS
HEAD = ["单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）",
        "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "网络浏览量（人次）"]  # fmt: skip


def tzy(b: Builder) -> None:
    u = U["tzy"]
    plan = doc("lo-docx", [
        ("title", "泰安职业技术学院2020年职业教育活动周实施方案"),
        ("h1", "一、活动主题"),
        ("p", "人人出彩 技能强国"),
        ("h1", "二、活动内容"),
        ("h2", "（一）云上开放日"),
        ("p", "11月8日在学院官网和视频号直播，各二级学院轮流展示特色专业。"),
        ("h2", "（二）技能服务进社区"),
        ("p", "机电、信息、医学技术三个二级学院组成服务队，到泰前街道开展义诊、家电维修、手机使用培训。"),
        ("h2", "（三）校企合作成果发布"),
        ("p", "11月12日发布学院与20家合作企业共建专业的成果。"),
        ("h1", "三、总结与报送"),
        ("p", "宣传部负责收集各二级学院活动材料，活动结束后形成学院活动周总结报告，连同统计表于11月16日前报市教育局。"),
    ])  # fmt: skip
    send(b, u, "11-02 16:20", "outlook", "泰安职业技术学院活动周实施方案",
         """市教育局职成高教科：

您好！附件为我院2020年职业教育活动周实施方案，请审阅。
我院活动周专栏：https://www.tzy.edu.cn/zjhdz/2020/
联络员：宋佳宁，宣传部干事，songjn@tzy.edu.cn，13583808261

泰安职业技术学院宣传部""",
         [f("泰安职业技术学院2020年职业教育活动周实施方案.docx", plan, "plan", u.id,
            note="heading styles; sets out its own 总结与报送")],
         column_url="https://www.tzy.edu.cn/zjhdz/2020/",
         liaison=person("泰安职业技术学院", "宋佳宁", "宣传部干事", "songjn@tzy.edu.cn", "13583808261"))  # fmt: skip
    a1 = art(
        "python-docx",
        "泰职院云上开放日首播观看量破万",
        "11月8日，泰安职业技术学院云上开放日首播，6个二级学院的教师轮番出镜，观看量达1.2万人次。",
    )
    a2 = art(
        "python-docx",
        "泰职院服务队走进泰前街道",
        "11月10日，泰职院医学技术学院师生在泰前街道为老人测血糖、讲解用药常识。",
    )
    a3 = art(
        "python-docx",
        "手机课堂教老人用健康码",
        "信息工程学院学生志愿者为社区老人开设手机课堂，手把手教他们申领健康码、视频通话。",
    )
    send(b, u, "11-10 17:15", "outlook", "泰职院活动周宣传稿件（3篇）",
         "市教育局职成高教科：\n\n报送宣传稿件3篇，另附活动照片1张。\n\n宋佳宁",
         [f("云上开放日首播.docx", a1, "article", u.id), f("服务队走进泰前街道.docx", a2, "article", u.id),
          f("手机课堂.docx", a3, "article", u.id),
          f("IMG_20201110_093512.jpg", photo("#2b5d8a", "手机课堂"), "other", u.id, note="a photo")])  # fmt: skip
    a4 = art(
        "python-docx",
        "泰职院发布校企共建专业成果",
        "11月12日，泰安职业技术学院发布与20家企业共建专业的成果，订单班学生就业率达98%。",
    )
    a5 = art(
        "python-docx",
        "从学徒到工程师：泰职院校友的十年",
        "2010届机电专业校友王磊如今是一家汽车零部件企业的技术总监，他说实训车间的三年打下了基础。",
    )
    send(
        b,
        u,
        "11-13 10:10",
        "outlook",
        "泰职院活动周宣传稿件（第二批）",
        "报送稿件2篇。\n宋佳宁",
        [
            f("校企共建专业成果.docx", a4, "article", u.id),
            f("校友的十年.docx", a5, "article", u.id),
        ],
    )
    summary = doc("lo-pdf", [
        ("title", "泰安职业技术学院2020年职业教育活动周总结报告"),
        ("p", "按照学院活动周实施方案，11月8日至14日学院开展了云上开放日、技能服务进社区、校企合作成果发布三项主要活动。"),
        ("p", "一、云上开放日累计观看2.6万人次；二、服务队开展社区服务6场，服务群众900余人次；三、发布共建专业成果，签约企业5家。"),
        ("p", "活动中也存在二级学院进展不平衡的问题，今后将把活动周纳入年度宣传计划。"),
        ("right", "泰安职业技术学院"),
    ])  # fmt: skip
    stats = book({"sheet": "统计表", "rows": [
        ["学校名称", "活动场次", None, None, None, "参与人次", None, "宣传报道（篇）", "网络浏览量（人次）"],
        [None, "线上", "线下", "开放日", "技能服务", "师生", "群众", None, None],
        ["泰安职业技术学院", 4, 7, 1, 6, 3400, 900, 14, 26000],
    ], "merge": ["A1:A2", "B1:E1", "F1:G1", "H1:H2", "I1:I2"]})  # fmt: skip
    send(b, u, "11-16 09:02", "outlook", "泰职院活动周总结报告及统计表",
         "市教育局职成高教科：\n\n附件为我院活动周总结报告（扫描件）及统计表。\n\n宋佳宁 13583808261",
         [f("scan0001.pdf", summary, "summary", u.id, note="a file name that says nothing"),
          f("附件2.xlsx", stats, "statistics", u.id, note="a two-row merged header")])  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    plan = doc("lo-odt", [
        ("title", "泰山职业技术学院职业教育活动周活动方案"),
        ("h2", "一、时间"),
        ("p", "2020年11月8日—11月14日"),
        ("h2", "二、活动项目"),
        ("p", "1.“泰山工匠”进校园讲座；2.汽车检测、家电维修便民服务；3.线上专业展示；4.职业体验日（面向泰安一中、泰安六中学生）。"),
        ("h2", "三、分工"),
        ("p", "教务处牵头，各系部负责具体实施，党委宣传部负责宣传报道。"),
    ])  # fmt: skip
    send(b, u, "11-03 14:05", "thunderbird", "泰山职院活动周方案",
         """职成高教科老师：

您好，附件是我院活动周方案（odt格式，用WPS可以打开）。
专栏：http://www.tsvtc.edu.cn/zjhdz/
联络员：韩冬，教务处副处长，handong@tsvtc.edu.cn，13792158840

泰山职业技术学院教务处""",
         [f("活动周方案（泰山职院）.odt", plan, "plan", u.id)],
         column_url="http://www.tsvtc.edu.cn/zjhdz/",
         liaison=person("泰山职院", "韩冬", "教务处副处长", "handong@tsvtc.edu.cn", "13792158840"))  # fmt: skip
    links = [
        "http://www.tsvtc.edu.cn/zjhdz/2020/1109/c1876a54301/page.htm",
        "http://www.tsvtc.edu.cn/zjhdz/2020/1110/c1876a54322/page.htm",
        "http://www.tsvtc.edu.cn/zjhdz/2020/1111/c1876a54357/page.htm",
    ]
    send(b, u, "11-11 11:18", "thunderbird", "泰山职院活动周报道链接",
         "老师好，我院活动周前三天的报道已在专栏发布：\n\n“泰山工匠”进校园讲座举行\n" + links[0]
         + "\n\n便民服务日修好家电70余件\n" + links[1] + "\n\n职业体验日迎来两所高中学生\n" + links[2]
         + "\n\n韩冬",
         article_links=links)  # fmt: skip
    a4 = art(
        "lo-odt",
        "泰山职院线上专业展示上线",
        "11月12日，泰山职业技术学院线上专业展示上线，28个专业各推出一段3分钟短视频。",
    )
    a5 = art(
        "lo-odt",
        "泰山职院与企业共话人才培养",
        "11月13日，泰山职院邀请12家企业负责人座谈，共商现代学徒制试点。",
    )
    send(
        b,
        u,
        "11-13 16:40",
        "thunderbird",
        "泰山职院稿件2篇",
        "另有两篇稿件，见附件。\n韩冬",
        [
            f("线上专业展示上线.odt", a4, "article", u.id),
            f("与企业共话人才培养.odt", a5, "article", u.id),
        ],
    )
    summary = doc("lo-odt", [
        ("title", "泰山职业技术学院2020年职业教育活动周总结"),
        ("p", "活动周期间，学院共开展讲座2场、便民服务3场、职业体验日2场、线上展示28个专业，参与师生4100人次。"),
        ("p", "主要体会：一是活动要贴近群众需求；二是线上展示要短、要精。"),
    ])  # fmt: skip
    stats = calc("lo-ods", [HEAD, ["泰山职业技术学院", 28, 7, 2, 3, 4100, 1100, 9, 31000]])
    send(b, u, "11-16 15:30", "thunderbird", "泰山职院活动周总结、统计表",
         "老师好，总结和统计表见附件。\n韩冬",
         [f("泰山职业技术学院职业教育活动周总结.odt", summary, "summary", u.id),
          f("统计表.ods", stats, "statistics", u.id)])  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    plan = doc("python-docx", [
        ("p", "山东服装职业学院职业教育活动周方案"),
        ("p", "一、活动安排"),
        ("p", "11月8日 “非遗服饰”线上展演；11月10日 服装设计专业开放日；11月12日 到社区开展免费修改衣物服务；11月13日 毕业生创业分享会。"),
        ("p", "二、宣传"),
        ("p", "学院官网开设专栏，抖音号同步发布短视频。"),
    ])  # fmt: skip
    send(b, u, "11-04 09:15", "coremail", "服装学院活动周方案",
         "市教育局职成高教科：附件是方案。专栏地址 http://www.sdfzxy.edu.cn/zjhdz2020/\n联系人：吴倩 wuqian_fz@163.com 13176388512",
         [f("文档1.docx", plan, "plan", u.id, note="a default file name, no styles")],
         column_url="http://www.sdfzxy.edu.cn/zjhdz2020/",
         liaison=person("", "吴倩", "", "wuqian_fz@163.com", "13176388512"))  # fmt: skip
    send(b, u, "11-06 08:40", "coremail", "补充联络员职务",
         "不好意思，昨天漏了职务：吴倩，教务处科员。\n山东服装职业学院",
         liaison=person("山东服装职业学院", "吴倩", "教务处科员", "", ""))  # fmt: skip
    arts = [
        (
            "非遗服饰线上展演惊艳网友",
            "11月8日晚，山东服装职业学院“非遗服饰”线上展演播出，鲁绣、蓝印花布作品亮相。",
        ),
        (
            "服装设计专业开放日：中学生当了一回设计师",
            "11月10日，60名中学生在服装学院开放日上用边角布料设计出自己的作品。",
        ),
        ("修衣服务进社区", "11月12日，服装学院师生在社区为居民免费修改衣物130余件。"),
        ("毕业生创业分享会举行", "11月13日，三位创办服装工作室的毕业生回校分享创业经历。"),
        (
            "服装学院师生作品亮相省级职业技能展",
            "活动周期间，学院8件师生作品入选省职业院校技能成果展。",
        ),
    ]
    files = [
        f(f"稿件{n}.docx", art("python-docx", h, p), "article", u.id)
        for n, (h, p) in enumerate(arts, 1)
    ]
    send(b, u, "11-13 20:33", "coremail", "服装学院稿件5篇", "报送5篇稿件，请查收。吴倩", files)
    summary = doc("lo-pdf", [
        ("title", "山东服装职业学院职业教育活动周总结"),
        ("p", "学院按照活动周方案，开展了线上展演、开放日、修衣服务进社区、创业分享会等活动，参与师生1500人次，服务群众300余人次。"),
        ("p", "学院将继续办好非遗服饰传承工作。"),
    ])  # fmt: skip
    stats = calc("lo-xls", [
        HEAD,
        ["山东服装职业学院", 2, 3, 1, 1, 1500, 320, 5, 18000],
        ["填表说明：1.场次以实际开展为准；2.网络浏览量统计截至11月15日；3.本表由教务处填报。", "", "", "", "", "", "", "", ""],
        ["填表人：吴倩    审核人：李建国", "", "", "", "", "", "", "", ""],
    ])  # fmt: skip
    send(b, u, "11-16 14:12", "coremail", "服装学院总结和统计表", "总结、统计表见附件。吴倩",
         [f("服装学院活动周总结.pdf", summary, "summary", u.id),
          f("活动周统计表.xls", stats, "statistics", u.id, note="填表说明 lines under the table")])  # fmt: skip


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    plan = doc("lo-doc", [
        ("title", "山东力明科技职业学院2020年职业教育活动周实施方案"),
        ("p", "一、活动内容：护理、康复专业开展“健康进社区”；学院开放日；线上招生咨询会。"),
        ("p", "二、时间安排：11月8日至14日。"),
        ("p", "三、工作要求：各系做好活动记录，活动周结束后三日内交活动小结。"),
    ])  # fmt: skip
    receipt = doc("lo-doc", [
        ("title", "联络员回执"),
        ("t", [["单位名称", "山东力明科技职业学院"], ["联络员", "高云飞"], ["职务", "学生处副处长"],
               ["邮箱", "gaoyf_lm@126.com"], ["手机号码", "15254811730"]]),
    ])  # fmt: skip
    send(b, u, "11-05 09:02", "coremail", "力明学院活动周方案及回执",
         "您好：\n附件为我院活动周实施方案和联络员回执。\n宣传专栏：http://www.sdlmkj.com/zjhdz/\n力明学院学生处",
         [f("力明学院职教活动周方案.doc", plan, "plan", u.id),
          f("回执.doc", receipt, "contact", u.id, note="a 回执 holding only the liaison")],
         column_url="http://www.sdlmkj.com/zjhdz/",
         liaison=person("山东力明科技职业学院", "高云飞", "学生处副处长", "gaoyf_lm@126.com", "15254811730"))  # fmt: skip
    a1 = art(
        "python-docx",
        "力明学院“健康进社区”活动启动",
        "11月9日，山东力明科技职业学院护理系师生来到社区开展健康义诊。",
    )
    a2 = art(
        "python-docx",
        "康复专业学生为老人做康复训练指导",
        "11月10日，力明学院康复治疗技术专业学生在养老院为老人进行康复训练指导。",
    )
    send(
        b,
        u,
        "11-10 19:20",
        "coremail",
        "力明学院稿件",
        "稿件两篇。",
        [f("健康进社区.docx", a1, "article", u.id), f("康复训练指导.docx", a2, "article", u.id)],
    )
    a3 = art(
        "python-docx",
        "力明学院开放日迎来八百名访客",
        "11月11日，力明学院举办开放日，800余名学生家长参观实训中心。",
    )
    a4 = art(
        "python-docx",
        "线上招生咨询会答疑两千条",
        "11月12日晚，力明学院线上招生咨询会回答考生和家长提问2000余条。",
    )
    a5 = art(
        "python-docx",
        "一名护理专业毕业生的抗疫日记",
        "2018届毕业生孙婷在武汉抗疫一线工作了56天，她的日记在学院公众号连载。",
    )
    send(
        b,
        u,
        "11-12 21:05",
        "coremail",
        "力明学院稿件（3篇）",
        "三篇，请查收。",
        [
            f("开放日.docx", a3, "article", u.id),
            f("线上招生咨询会.docx", a4, "article", u.id),
            f("抗疫日记.docx", a5, "article", u.id),
        ],
    )
    summary = doc("python-docx", [
        ("p", "山东力明科技职业学院职业教育活动周开展情况汇报"),
        ("p", "活动周期间学院开展健康进社区4场、开放日1场、线上咨询会1场，参与师生1200人次，服务群众500人次。"),
        ("p", "活动得到社区居民的欢迎，也为学院招生宣传打下了基础。"),
    ])  # fmt: skip
    send(b, u, "11-16 17:50", "coremail", "力明学院活动周开展情况汇报",
         "您好，先报开展情况汇报，统计表数据还在核对，随后报送。\n高云飞",
         [f("开展情况汇报.docx", summary, "summary", u.id,
            note="a 工作总结 titled 开展情况汇报; the table never came")])  # fmt: skip


def tshl(b: Builder) -> None:
    u = U["tshl"]
    plan = doc("lo-pdf", [
        ("title", "泰山护理职业学院2020年职业教育活动周活动方案"),
        ("h2", "一、活动目标"),
        ("p", "展示学院护理、助产、中医康复等专业办学成果，服务群众健康需求。"),
        ("h2", "二、活动内容"),
        ("p", "（一）“白衣天使进社区”义诊；（二）急救知识进校园，到泰安第二中学开展心肺复苏培训；（三）网络校园开放日。"),
        ("h2", "三、保障措施"),
        ("p", "学院成立工作专班，党政办公室统筹协调。"),
    ])  # fmt: skip
    send(b, u, "11-03 10:30", "wps", "泰山护理职业学院活动周方案",
         "市教育局：\n附件为我院活动周活动方案。\n活动周专栏：http://www.tshlzy.edu.cn/zjhdz2020/\n联络员：徐丽娜 党政办副主任 xuln@tshlzy.edu.cn 18853867035\n泰山护理职业学院党政办公室",
         [f("泰山护理职业学院活动周方案.pdf", plan, "plan", u.id)],
         column_url="http://www.tshlzy.edu.cn/zjhdz2020/",
         liaison=person("泰山护理职业学院", "徐丽娜", "党政办副主任", "xuln@tshlzy.edu.cn", "18853867035"))  # fmt: skip
    arts = [
        (
            "白衣天使进社区 义诊服务暖民心",
            "11月9日，泰山护理职业学院30名师生在上高街道开展义诊，测量血压血糖300余人次。",
        ),
        (
            "泰护学子教中学生学急救",
            "11月10日，泰护学生志愿者到泰安第二中学开展心肺复苏培训，500名学生参加。",
        ),
        (
            "泰护网络开放日展示智慧护理实训室",
            "11月11日，泰山护理职业学院网络开放日带观众参观智慧护理实训室。",
        ),
        ("中医康复专业走进养老院", "11月12日，泰护中医康复专业师生到养老院为老人推拿、艾灸。"),
        (
            "泰护毕业生：在ICU守护生命",
            "2015届毕业生周敏如今是一家三甲医院ICU护士长，她说是母校的严格训练让她在抗疫中沉着应对。",
        ),
    ]
    names = [
        "义诊服务.docx",
        "教中学生学急救.docx",
        "网络开放日.docx",
        "走进养老院.docx",
        "ICU护士长.docx",
    ]
    files = [
        f(n, art("python-docx", h, p), "article", u.id)
        for n, (h, p) in zip(names, arts, strict=True)
    ]
    send(b, u, "11-10 16:00", "wps", "泰护活动周稿件（一）", "报送3篇。徐丽娜", files[:3])
    send(b, u, "11-12 17:20", "wps", "泰护活动周稿件（二）", "再报2篇。徐丽娜", files[3:])
    summary = doc("lo-docx", [
        ("title", "泰山护理职业学院2020年职业教育活动周总结"),
        ("p", "根据《泰山护理职业学院2020年职业教育活动周活动方案》，学院于11月8日至14日开展了系列活动。"),
        ("h1", "一、完成情况"),
        ("p", "方案确定的三项活动全部完成，另增加了养老院康复服务一项。参与师生1800人次，服务群众1200人次。"),
        ("h1", "二、经验"),
        ("p", "发挥医护专业优势，把活动办在群众身边。"),
    ])  # fmt: skip
    stats = book({"sheet": "Sheet1", "rows": [
        ["2020年职业教育活动周情况统计表"] + [None] * 8,
        HEAD,
        ["泰山护理职业学院", 1, 4, 1, 3, 1800, 1200, 5, 14500],
        [None] * 9,
        ["合计", 1, 4, 1, 3, 1800, 1200, 5, 14500],
    ], "merge": ["A1:I1"]})  # fmt: skip
    send(b, u, "11-16 10:45", "wps", "泰护活动周总结及统计表", "市教育局：总结、统计表见附件。\n徐丽娜",
         [f("泰护活动周总结.docx", summary, "summary", u.id, note="quotes the 方案 by name"),
          f("统计表.xlsx", stats, "statistics", u.id, note="an empty row, then 合计")])  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    plan = doc("python-docx", [
        ("title", "泰安技师学院2020年职业教育活动周活动方案"),
        ("p", "一、活动内容：技能大师进校园、“技能下乡”农机维修、开放日、技能展示周。"),
        ("p", "二、时间：11月8日至14日。"),
        ("p", "三、活动结束后，各系部于11月15日前上交活动总结，学院汇总后报市人社局、市教育局。"),
    ])  # fmt: skip
    receipt = doc("python-docx", [
        ("p", "回  执"),
        ("t", [["单位", "姓名", "职务", "邮箱", "手机号码"],
               ["泰安技师学院", "李振东", "教务处科长", "lizhd_js@163.com", "13863839265"]]),
    ])  # fmt: skip
    send(b, u, "11-04 15:50", "foxmail", "泰安技师学院职业教育活动周方案",
         "市人社局职建科：\n附件为我院活动周方案和回执。活动周专栏：http://www.tajsxy.com/zjhdz/\n泰安技师学院教务处",
         [f("泰安技师学院活动周方案.docx", plan, "plan", u.id, note="a plan that mentions 总结"),
          f("回执.docx", receipt, "contact", u.id, note="a 回执 holding only the liaison")],
         to=RSJ, column_url="http://www.tajsxy.com/zjhdz/",
         liaison=person("泰安技师学院", "李振东", "教务处科长", "lizhd_js@163.com", "13863839265"))  # fmt: skip
    arts = [
        ("技能大师进校园", "11月9日，全国技术能手张建华走进泰安技师学院，为学生演示精密车削。"),
        ("农机维修服务队下乡", "11月10日，技师学院农机维修服务队到大汶口镇检修农机50台。"),
        ("技师学院开放日迎客", "11月11日，泰安技师学院开放日迎来1200名家长和学生。"),
        ("技能展示周精彩纷呈", "11月12日至13日，学院举办技能展示周，16个工种同台竞技。"),
        (
            "技工院校毕业生就业率连续五年超97%",
            "泰安技师学院近五年毕业生就业率均超过97%，企业订单班供不应求。",
        ),
    ]
    blocks = [("title", "泰安技师学院职业教育活动周宣传稿汇编")]
    for h, p in arts:
        blocks += [("h2", h), ("p", p)]
    send(b, u, "11-13 15:35", "foxmail", "技师学院活动周宣传稿汇编",
         "市人社局职建科：宣传稿5篇已汇编成一个文件，见附件。",
         [f("宣传稿汇编.pdf", doc("lo-pdf", blocks), "article", u.id, count=5,
            note="a 汇编 of five, LibreOffice PDF")], to=RSJ)  # fmt: skip
    summary = doc("lo-doc", [
        ("title", "泰安技师学院2020年职业教育活动周工作总结"),
        ("p", "活动周期间，学院开展技能大师进校园、技能下乡、开放日、技能展示周四项活动，参与师生2800人次，服务群众600人次。"),
    ])  # fmt: skip
    stats = calc("lo-xls", [HEAD, ["泰安技师学院", 1, 6, 1, 2, 2800, 600, 5, 8800]])
    send(b, u, "11-16 16:00", "foxmail", "技师学院活动周总结和统计表", "总结、统计表见附件。李振东",
         [f("泰安技师学院活动周工作总结.doc", summary, "summary", u.id),
          f("活动周情况统计表.xls", stats, "statistics", u.id)], to=RSJ)  # fmt: skip


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    plan = doc("python-docx", [
        ("p", "岱岳区职业教育中心2020年职业教育活动周活动安排"),
        ("p", "11月8日：网络校园开放日（抖音直播）"),
        ("p", "11月9日—11日：畜牧兽医、农机专业“技能下乡”"),
        ("p", "11月12日：职业启蒙进初中"),
        ("p", "11月13日：优秀毕业生报告会"),
        ("p", "负责人：教务处"),
    ])  # fmt: skip
    send(b, u, "11-05 16:02", "qqweb", "岱岳区职教中心 活动周安排",
         "你好，我校活动周安排见附件。\n专栏：http://www.dyzjzx.cn/zjhdz/\n联络员 马晓峰 教务处主任 mxf_dyzj@126.com 15698572217",
         [f("新建 Microsoft Word 文档.docx", plan, "plan", u.id, note="a default file name")],
         column_url="http://www.dyzjzx.cn/zjhdz/",
         liaison=person("岱岳区职教中心", "马晓峰", "教务处主任", "mxf_dyzj@126.com", "15698572217"))  # fmt: skip
    a1 = art(
        "python-docx",
        "岱岳区职教中心抖音直播开放日",
        "11月8日，岱岳区职教中心用抖音直播开放日，20名学生主播介绍专业。",
    )
    a2 = art(
        "python-docx",
        "技能下乡：职教中心师生走进夏张镇",
        "11月10日，职教中心畜牧兽医专业师生在夏张镇开展动物防疫服务。",
    )
    a3 = art(
        "python-docx",
        "农机专业学生为农户检修播种机",
        "11月11日，农机专业学生为农户检修小麦播种机30余台。",
    )
    send(b, u, "11-11 12:10", "qqweb", "岱岳区职教中心稿件3篇", "3篇稿件，另附2张照片。",
         [f("抖音直播开放日.docx", a1, "article", u.id), f("技能下乡夏张镇.docx", a2, "article", u.id),
          f("检修播种机.docx", a3, "article", u.id),
          f("mmexport1605002813563.jpg", photo("#8a6d2b", "检修现场"), "other", u.id, note="a photo"),
          f("mmexport1605002820117.jpg", photo("#5b8a2b", "防疫服务"), "other", u.id, note="a photo")])  # fmt: skip
    a4 = art(
        "python-docx",
        "职业启蒙课走进岱岳区三所初中",
        "11月12日，岱岳区职教中心教师到三所初中上职业启蒙课。",
    )
    a5 = art(
        "python-docx",
        "优秀毕业生回母校作报告",
        "11月13日，五名优秀毕业生回到岱岳区职教中心，讲述自己的成长故事。",
    )
    send(
        b,
        u,
        "11-13 17:45",
        "qqweb",
        "稿件2篇（岱岳区职教中心）",
        "2篇。",
        [
            f("职业启蒙课.docx", a4, "article", u.id),
            f("优秀毕业生报告会.docx", a5, "article", u.id),
        ],
    )
    summary = doc("python-docx", [
        ("p", "岱岳区职业教育中心活动周总结"),
        ("p", "活动周期间我校共开展活动8场，参与师生1600人次，技能下乡服务农户260户。"),
        ("p", "存在问题：直播设备不足，画面质量有待提高。"),
    ])  # fmt: skip
    stats = book({"sheet": "Sheet1", "rows": [
        ["学校名称", "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "线上活动（场次）",
         "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）", "网络浏览量（人次）"],
        ["岱岳区职业教育中心", 1600, 260, 5, 1, 7, 1, 3, 9700],
    ]})  # fmt: skip
    send(b, u, "11-16 14:20", "qqweb", "总结 统计表", "岱岳区职教中心活动周总结和统计表。马晓峰",
         [f("总结.docx", summary, "summary", u.id),
          f("工作簿1.xlsx", stats, "statistics", u.id, note="a default name, its own column order")])  # fmt: skip


def xtzz(b: Builder) -> None:
    u = U["xtzz"]

    def mail(*args, **kw):  # NeoMutt with the teacher's realname set
        return send(*args, sender_name="孟庆伟", **kw)

    plan = doc("lo-pdf", [
        ("title", "新泰市职业中等专业学校职业教育活动周实施方案"),
        ("p", "一、“云上活动周”：17个专业实训课直播。"),
        ("p", "二、“技能进社区”：汽修、电工、美发专业在青云街道设点服务。"),
        ("p", "三、“走进职专”：邀请初三学生和家长参观。"),
        ("p", "四、总结：各专业部于11月15日前报活动小结，学校形成总结报上级。"),
    ])  # fmt: skip
    mail(b, u, "11-04 08:50", "neomutt", "新泰职专活动周实施方案",
         "市教育局职成高教科：\n\n附件是新泰市职业中等专业学校活动周实施方案。\n专栏地址: http://www.xtzz.net/zjhdz/\n联络员: 孟庆伟, 办公室主任, mengqw_xt@163.com, 13505485523\n\n新泰职专办公室\n",
         [f("新泰职专活动周实施方案.pdf", plan, "plan", u.id)],
         column_url="http://www.xtzz.net/zjhdz/",
         liaison=person("新泰职专", "孟庆伟", "办公室主任", "mengqw_xt@163.com", "13505485523"))  # fmt: skip
    a1 = art(
        "python-docx",
        "新泰职专17个专业直播实训课",
        "11月8日起，新泰职专17个专业轮流直播实训课，首日观看8000余人次。",
        unit_line="新泰市职业中等专业学校",
    )
    a2 = art(
        "python-docx",
        "青云街道服务点：汽修电工美发齐上阵",
        "11月9日，新泰职专在青云街道设服务点，为群众提供汽车检测、电路检修和理发服务。",
        unit_line="新泰市职业中等专业学校",
    )
    mail(
        b,
        u,
        "11-09 21:00",
        "neomutt",
        "新泰职专稿件2篇",
        "稿件2篇, 请查收.\n孟庆伟\n",
        [f("xtzz-gj1.docx", a1, "article", u.id), f("xtzz-gj2.docx", a2, "article", u.id)],
    )
    a3 = art(
        "python-docx",
        "千名家长“走进职专”",
        "11月11日，1000余名初三学生家长走进新泰职专，参观实训车间。",
        unit_line="新泰市职业中等专业学校",
    )
    a4 = art(
        "python-docx",
        "新泰职专学生获省技能大赛一等奖",
        "活动周期间传来喜讯，新泰职专学生在省职业院校技能大赛中获一等奖2项。",
        unit_line="新泰市职业中等专业学校",
    )
    a5 = art(
        "python-docx",
        "美发专业学生为敬老院老人理发",
        "11月12日，新泰职专美发专业学生到敬老院为60位老人免费理发。",
        unit_line="新泰市职业中等专业学校",
    )
    mail(
        b,
        u,
        "11-12 20:40",
        "neomutt",
        "新泰职专稿件3篇",
        "再报3篇.\n孟庆伟\n",
        [
            f("xtzz-gj3.docx", a3, "article", u.id),
            f("xtzz-gj4.docx", a4, "article", u.id),
            f("xtzz-gj5.docx", a5, "article", u.id),
        ],
    )
    summary = doc("lo-odt", [
        ("title", "新泰市职业中等专业学校职业教育活动周情况报告"),
        ("p", "一、活动开展情况：云上活动周直播34场，技能进社区5天，“走进职专”接待家长1000余人。"),
        ("p", "二、效果：参与师生2100人次，服务群众900人次。"),
        ("p", "三、下一步：把直播实训课常态化。"),
    ])  # fmt: skip
    table = doc("python-docx", [
        ("p", "附件2"),
        ("p", "2020年职业教育活动周情况统计表"),
        ("t", [HEAD, ["新泰市职业中等专业学校", 34, 5, 1, 3, 2100, 900, 11, 26000]]),
    ])  # fmt: skip
    mail(b, u, "11-16 08:15", "neomutt", "新泰职专活动周情况报告和统计表",
         "市教育局职成高教科:\n\n附件1 情况报告, 附件2 统计表.\n\n孟庆伟\n",
         [f("情况报告.odt", summary, "summary", u.id, note="a 工作总结 titled 情况报告"),
          f("附件2.docx", table, "statistics", u.id, note="the table in a docx")])  # fmt: skip


def fczz(b: Builder) -> None:
    u = U["fczz"]
    plan = doc("lo-docx", [
        ("title", "肥城市职业中等专业学校活动周方案"),
        ("h1", "一、活动内容"),
        ("p", "桃木雕刻技艺展示、农机维修进乡村、普职融通体验日、线上技能成果展。"),
        ("h1", "二、宣传"),
        ("p", "学校网站开设活动周专栏。"),
    ])  # fmt: skip
    receipt = doc("python-docx", [
        ("title", "联络员回执"),
        ("t", [["单位", "姓名", "职务", "邮箱", "手机号码"],
               ["肥城市职业中专", "崔永强", "招生就业处主任", "cuiyq_fc@126.com", "13954868102"]]),
    ])  # fmt: skip
    send(b, u, "11-04 17:30", "py-compat32", "肥城职专活动周方案、联络员回执",
         "市教育局职成高教科：\n\n附件1：活动周方案\n附件3：联络员回执\n专栏：http://www.fczz.cn/zjhdz2020/\n\n肥城市职业中等专业学校",
         [f("附件1.docx", plan, "plan", u.id), f("附件3.docx", receipt, "contact", u.id,
                                                 note="a 回执 holding only the liaison")],
         charset="gbk", column_url="http://www.fczz.cn/zjhdz2020/",
         liaison=person("肥城市职业中专", "崔永强", "招生就业处主任", "cuiyq_fc@126.com", "13954868102"))  # fmt: skip
    a1 = art(
        "python-docx",
        "肥城职专桃木雕刻技艺展示",
        "11月8日，肥城职专桃木雕刻专业师生现场展示雕刻技艺，作品《泰山松》引来围观。",
    )
    a2 = art(
        "python-docx",
        "普职融通体验日：初中生做了一回烘焙师",
        "11月11日，200名初中生在肥城职专体验烘焙课。",
    )
    send(b, u, "11-11 10:20", "py-compat32", "肥城职专稿件", "稿件2篇。崔永强",
         [f("桃木雕刻技艺展示.docx", a1, "article", u.id), f("普职融通体验日.docx", a2, "article", u.id)],
         charset="gbk")  # fmt: skip
    a3 = art(
        "python-docx",
        "肥城职专农机维修服务队走进孙伯镇",
        "11月10日，肥城职专服务队在孙伯镇检修农机36台。",
    )
    a4 = art(
        "python-docx", "线上技能成果展：230件作品云端亮相", "11月14日，肥城职专线上技能成果展开展。"
    )
    a5 = art(
        "python-docx",
        "桃木雕刻专业毕业生开起了工作室",
        "肥城职专2017届毕业生刘洋开办桃木工作室，带动12名学弟学妹就业。",
    )
    send(b, u, "11-14 11:00", "py-compat32", "肥城职专稿件（3篇）", "再报3篇。",
         [f("农机维修服务队.docx", a3, "article", u.id), f("线上技能成果展.docx", a4, "article", u.id),
          f("毕业生开工作室.docx", a5, "article", u.id)], charset="gbk")  # fmt: skip
    summary = doc("lo-docx", [
        ("title", "肥城市职业中等专业学校职业教育活动周工作总结"),
        ("h1", "一、基本情况"),
        ("p", "共开展活动10场，参与师生1700人次，服务群众800人次。"),
        ("h1", "二、特色"),
        ("p", "桃木雕刻和农机维修两项活动社会反响好。"),
    ])  # fmt: skip
    stats = book(
        {
            "sheet": "Sheet1",
            "rows": [HEAD, ["肥城市职业中等专业学校", 3, 7, 1, 4, 1700, 800, 5, 12000]],
        }
    )
    send(b, u, "11-17 08:40", "py-compat32", "肥城职专活动周总结、统计表（补报）",
         "市教育局职成高教科：\n昨天系统故障没发出去，今天补报。\n崔永强",
         [f("附件1：活动周工作总结.docx", summary, "summary", u.id, note="late"),
          f("附件2：统计表.xlsx", stats, "statistics", u.id, note="late")], charset="gbk")  # fmt: skip


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    plan = doc("lo-doc", [
        ("title", "宁阳县职业中等专业学校2020年职业教育活动周实施方案"),
        ("p", "一、开放日：11月8日，开放智能制造实训中心。"),
        ("p", "二、电商直播助农：11月10日，到蒋集镇培训农户。"),
        ("p", "三、技能展示：11月11日，12个项目。"),
        ("p", "四、家电维修进社区：11月12日。"),
    ])  # fmt: skip
    send(b, u, "11-05 14:10", "coremail-gb2312", "宁阳职专活动周方案",
         "领导好！附件是我校活动周实施方案。\n专栏：http://www.nyzz.cn/hdz2020/\n联络员：韩秀丽，教务科科长，hanxl_ny@163.com，15965482309\n宁阳县职业中专",
         [f("宁阳职专活动周实施方案.doc", plan, "plan", u.id)],
         column_url="http://www.nyzz.cn/hdz2020/",
         liaison=person("宁阳职专", "韩秀丽", "教务科科长", "hanxl_ny@163.com", "15965482309"))  # fmt: skip
    a1 = art(
        "python-docx",
        "宁阳职专智能制造实训中心首次对外开放",
        "11月8日，宁阳职专智能制造实训中心首次向社会开放。",
    )
    a2 = art(
        "python-docx",
        "电商直播助农：小米大枣上了直播间",
        "11月10日，宁阳职专师生在蒋集镇培训农户直播带货。",
    )
    a3 = art(
        "python-docx",
        "宁阳职专家电维修进社区",
        "11月12日，宁阳职专电子专业学生在社区修好家电50余件。",
    )
    send(
        b,
        u,
        "11-12 18:30",
        "coremail-gb2312",
        "宁阳职专稿件3篇",
        "3篇。韩秀丽",
        [
            f("实训中心开放.docx", a1, "article", u.id),
            f("电商直播助农.docx", a2, "article", u.id),
            f("家电维修进社区.docx", a3, "article", u.id),
        ],
    )
    a4 = art(
        "python-docx", "宁阳职专技能展示12个项目同台比拼", "11月11日，宁阳职专举行技能展示活动。"
    )
    a5 = art(
        "python-docx",
        "宁阳职专毕业生返乡创业记",
        "宁阳职专2014届毕业生张强返乡种植大棚蔬菜，年收入30万元。",
    )
    send(
        b,
        u,
        "11-14 09:50",
        "coremail-gb2312",
        "宁阳职专稿件2篇",
        "2篇。",
        [f("技能展示.docx", a4, "article", u.id), f("返乡创业记.docx", a5, "article", u.id)],
    )
    summary = doc("lo-pdf", [
        ("title", "宁阳县职业中等专业学校职业教育活动周总结"),
        ("p", "我校按实施方案开展开放日、电商直播助农、技能展示、家电维修进社区四项活动，参与师生1500人次，服务群众400人次。"),
    ])  # fmt: skip
    stats = calc("lo-xls", [
        [("学校", 1, 2), ("活动场次", 4, 1), ("参与人数", 2, 1), ("宣传报道（篇）", 1, 2), ("网络浏览量", 1, 2)],
        ["线上", "线下", "开放日", "技能服务", "师生（人次）", "群众（人次）"],
        ["宁阳县职业中专", 1, 5, 1, 2, 1500, 400, 5, 7600],
    ])  # fmt: skip
    send(b, u, "11-16 09:40", "coremail-gb2312", "宁阳职专总结统计表", "附件1总结，附件2统计表。韩秀丽",
         [f("附件1.pdf", summary, "summary", u.id),
          f("附件2.xls", stats, "statistics", u.id, note="a two-row merged header, LibreOffice xls")])  # fmt: skip


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    plan = doc("lo-odt", [
        ("title", "东平县职业教育中心学校活动周方案"),
        ("p", "1.网络校园开放日；2.东平湖景区志愿讲解；3.为环卫工人送热饭；4.职业生涯规划线上课。"),
        ("p", "活动周后各部门交总结，学校汇总上报。"),
    ])  # fmt: skip
    send(b, u, "11-04 20:12", "android", "东平职教中心活动周方案",
         "附件是方案。\n专栏 http://www.dpzjzx.com/zjhdz/\n联络员：杜鹏，办公室副主任，dupeng_dp@126.com，18266503871\n东平县职业教育中心学校",
         [f("未命名.odt", plan, "plan", u.id, note="a default file name")],
         column_url="http://www.dpzjzx.com/zjhdz/",
         liaison=person("东平县职业教育中心学校", "杜鹏", "办公室副主任", "dupeng_dp@126.com", "18266503871"))  # fmt: skip
    a1 = art(
        "python-docx",
        "东平职教中心旅游专业学生当起景区讲解员",
        "活动周期间，东平职教中心旅游专业40名学生在东平湖景区志愿讲解。",
    )
    a2 = art(
        "python-docx",
        "一顿热饭里的职教温度",
        "11月12日，东平职教中心烹饪专业师生为环卫工人做午饭。",
    )
    a3 = art(
        "python-docx",
        "东平职教中心网络开放日观看量过万",
        "11月8日，东平职教中心网络开放日观看量1.1万人次。",
    )
    send(
        b,
        u,
        "11-12 19:40",
        "android",
        "东平职教中心稿件",
        "3篇稿子。杜鹏",
        [
            f("景区讲解员.docx", a1, "article", u.id),
            f("一顿热饭.docx", a2, "article", u.id),
            f("网络开放日.docx", a3, "article", u.id),
        ],
    )
    a4 = art(
        "python-docx",
        "职教教师给初三学生上生涯规划课",
        "11月13日，东平职教中心教师为全县初三学生上线上生涯规划课。",
    )
    a5 = art(
        "python-docx",
        "东平职教中心汽修专业免费检测车辆",
        "11月13日，汽修专业学生在校门口为市民免费检测车辆80台。",
    )
    send(
        b,
        u,
        "11-14 08:30",
        "android",
        "东平职教中心稿件（2）",
        "2篇。",
        [f("生涯规划课.docx", a4, "article", u.id), f("免费检测车辆.docx", a5, "article", u.id)],
    )
    summary = doc("python-docx", [
        ("p", "东平县职业教育中心学校2020年职业教育活动周工作总结"),
        ("p", "我校认真组织，开展活动7场，参与师生2300人次，服务群众2400人次。"),
        ("p", "景区志愿讲解和为环卫工人送热饭两项活动被县电视台报道。"),
    ])  # fmt: skip
    stats = book(
        {"sheet": "统计表", "rows": [HEAD, ["东平县职业教育中心学校", 2, 5, 1, 3, 2300, 2400, 5, 11000]]},
        {"sheet": "Sheet2", "rows": []},
        {"sheet": "Sheet3", "rows": []},
    )  # fmt: skip
    send(b, u, "11-16 12:05", "android", "东平职教中心总结 统计表 照片",
         "总结、统计表和2张照片。杜鹏",
         [f("活动周工作总结.docx", summary, "summary", u.id),
          f("统计表.xlsx", stats, "statistics", u.id, note="three sheets, two empty"),
          f("IMG_20201112_115830.jpg", photo("#a03c3c", "送热饭"), "other", u.id, note="a photo"),
          f("IMG_20201112_120214.jpg", photo("#3c6ea0", "讲解"), "other", u.id, note="a photo")])  # fmt: skip


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    plan = doc("python-docx", [
        ("p", "泰安市交通职业中等专业学校职业教育活动周方案"),
        ("p", "（一）汽车检测进社区；（二）驾驶安全知识宣传进中学；（三）开放日；（四）物流专业“快递进村”服务。"),
        ("p", "活动结束后由办公室撰写总结。"),
    ])  # fmt: skip
    send(b, u, "11-03 11:11", "py-smtp", "交通职专活动周方案",
         "市教育局职成高教科：\n附件为我校活动周方案。\n专栏：http://www.tajtzz.com/zjhdz/\n联络员：田文博，信息中心主任，tianwb_jt@163.com，13792115063\n泰安市交通职业中等专业学校",
         [f("交通职专活动周方案.docx", plan, "plan", u.id)],
         column_url="http://www.tajtzz.com/zjhdz/",
         liaison=person("交通职专", "田文博", "信息中心主任", "tianwb_jt@163.com", "13792115063"))  # fmt: skip
    a1 = art(
        "python-docx",
        "交通职专汽车检测进社区",
        "11月9日，交通职专汽修专业在龙潭路社区免费检测车辆120台。",
    )
    a2 = art(
        "python-docx", "交通安全知识进中学", "11月10日，交通职专教师到泰安十五中讲解交通安全知识。"
    )
    send(
        b,
        u,
        "11-10 15:00",
        "py-smtp",
        "交通职专稿件",
        "2篇稿件。田文博",
        [
            f("汽车检测进社区.docx", a1, "article", u.id),
            f("交通安全进中学.docx", a2, "article", u.id),
        ],
    )
    a3 = art("python-docx", "交通职专开放日", "11月11日，交通职专开放日迎来500余名家长。")
    a4 = art(
        "python-docx",
        "快递进村：物流专业学生助力农村物流",
        "11月12日，物流专业学生到邱家店镇协助快递分拣配送。",
    )
    send(
        b,
        u,
        "11-13 09:30",
        "py-smtp",
        "交通职专稿件（3、4）",
        "2篇。",
        [f("开放日.docx", a3, "article", u.id), f("快递进村.docx", a4, "article", u.id)],
    )
    a5 = art(
        "python-docx",
        "交通职专学生在全国行业技能赛中获奖",
        "11月13日，交通职专学生在全国交通运输行业技能大赛中获二等奖。",
    )
    send(
        b,
        u,
        "11-15 10:20",
        "py-smtp",
        "交通职专稿件（5）",
        "第5篇，晚了一天，抱歉。",
        [f("行业技能赛获奖.docx", a5, "article", u.id, note="the fifth article, after 11-14")],
    )
    summary = doc("lo-pdf", [
        ("title", "泰安市交通职业中等专业学校职业教育活动周开展情况汇报"),
        ("p", "活动周期间，我校开展汽车检测进社区、交通安全进中学、开放日、快递进村四项活动，参与师生900人次，服务群众700人次。"),
    ])  # fmt: skip
    stats = book({"sheet": "Sheet1", "rows": [
        HEAD,
        ["泰安市交通职业中等专业学校", 0, 5, 1, 2, 900, 700, 5, 6200],
        ["合计", 0, 5, 1, 2, 900, 700, 5, 6200],
        [None] * 9,
        ["注：浏览量为学校网站专栏统计数。"] + [None] * 8,
    ]})  # fmt: skip
    send(b, u, "11-16 11:30", "py-smtp", "交通职专活动周情况汇报及统计表", "附件请查收。田文博",
         [f("交通职专活动周开展情况汇报.pdf", summary, "summary", u.id, note="titled 开展情况汇报"),
          f("统计表.xlsx", stats, "statistics", u.id, note="合计 row and a note under it")])  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    plan = doc("lo-pdf", [
        ("title", "泰山区职业中专2020年职业教育活动周活动方案"),
        ("p", "一、云上校园开放日；二、社区便民服务；三、初中生职业体验；四、技能大师工作室开放日。"),
        ("p", "按区教体局要求，11月15日前报活动总结。"),
    ])  # fmt: skip
    send(b, u, "11-05 20:36", "iphone", "泰山区职专活动周方案",
         "市教育局职成高教科：\n附件是我校活动周方案，晚了，抱歉。\n专栏：http://www.tsqzz.net/hdz/\n联络员：郑晓丽 教务处副主任 zhengxl_tsq@126.com 15053829946\n\n发自我的iPhone",
         [f("泰山区职专活动周方案.pdf", plan, "plan", u.id, note="after 18:00 on the due day")],
         column_url="http://www.tsqzz.net/hdz/",
         liaison=person("泰山区职专", "郑晓丽", "教务处副主任", "zhengxl_tsq@126.com", "15053829946"))  # fmt: skip
    a1 = art(
        "python-docx",
        "泰山区职专烹饪专业走进社区做面点",
        "11月9日，泰山区职专烹饪专业师生在社区教居民做面点。",
    )
    a2 = art(
        "python-docx",
        "学前教育专业学生给社区孩子讲故事",
        "11月10日，泰山区职专学前教育专业学生在社区开办故事会。",
    )
    a3 = art(
        "python-docx",
        "泰山区职专汽修专业开放实训车间",
        "11月11日，泰山区职专汽修实训车间向初中生开放。",
    )
    send(
        b,
        u,
        "11-11 18:05",
        "iphone",
        "泰山区职专稿件",
        "3篇\n\n发自我的iPhone",
        [
            f("社区做面点.docx", a1, "article", u.id),
            f("社区故事会.docx", a2, "article", u.id),
            f("开放实训车间.docx", a3, "article", u.id),
        ],
    )
    a4 = art(
        "python-docx",
        "泰山石雕大师工作室迎来小访客",
        "11月12日，泰山区职专石雕大师工作室迎来60名初中生。",
    )
    a5 = art(
        "python-docx",
        "泰山区职专毕业生在省赛中夺冠",
        "11月13日，泰山区职专2019届毕业生在省中式烹调师大赛中夺冠。",
    )
    send(
        b,
        u,
        "11-13 19:22",
        "iphone",
        "泰山区职专稿件（二）",
        "2篇\n\n发自我的iPhone",
        [f("石雕大师工作室.docx", a4, "article", u.id), f("省赛夺冠.docx", a5, "article", u.id)],
    )
    summary = doc("lo-docx", [
        ("title", "泰山区职业中专2020年职业教育活动周总结"),
        ("h1", "一、开展情况"),
        ("p", "学校按方案开展四项活动，参与师生980人次，服务群众780人次。"),
        ("h1", "二、体会"),
        ("p", "活动周是展示职业教育的窗口，要常办常新。"),
    ])  # fmt: skip
    stats = book(
        {"sheet": "Sheet1", "rows": [HEAD, ["泰山区职业中专", 3, 5, 1, 3, 980, 780, 12, 21000]]}
    )
    send(
        b,
        u,
        "11-15 21:10",
        "iphone",
        "泰山区职专总结和统计表",
        "总结、统计表\n\n发自我的iPhone",
        [
            f("活动周总结.docx", summary, "summary", u.id),
            f("统计表.xlsx", stats, "statistics", u.id),
        ],
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
