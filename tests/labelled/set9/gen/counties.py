# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""What the seven county bureaus send (set9).

Shapes: a plan that is the county's own 通知 to its schools with the liaison only in its last
section and the column only in its last paragraph (taishan); a thread of replies to the
city's reminder (dyq: 收到, then the plan, then the column, then the late summary); a liaison
with an office landline and the mobile on another line (dyq); one mail with the county's and
a school's plan (xintai → xtzz); a WeChat account first, the web column days later (xintai);
article links on the county's government site (xintai, taishan); the liaison only in the
plan's header table (feicheng); a corrected statistics file (feicheng); files named only for
the unit (ningyang); the mobile added a day late (ningyang); a liaison sheet whose column is
an xlsx hyperlink behind display text (dongping); two articles pasted in one body
(dongping); a school's summary passed on by its county (dongping → dpzj); WeChat only, no
statistics (gaoxin); files named 附件1..3 (gaoxin); headlines in a text box and in a table cell.
"""

from __future__ import annotations

from .build import Builder, person, send
from .helpers import R1_SUBJECT, R1_TEXT, R2_SUBJECT, R2_TEXT, REMIND1, REMIND2, quoted, thread
from .make import doc, f, paras, sheet
from .mime import RSJ  # noqa: F401
from .units import DONGPING, DPZJ, DYQ, FEICHENG, GAOXIN, NINGYANG, TAISHAN, TSQZZ, XINTAI, XTZZ

H_STATS = ["单位名称", "线上活动（场次）", "线下活动（场次）", "校园开放日（次）", "技术技能服务（场次）",
           "参与师生（人次）", "服务群众（人次）", "宣传报道（篇）", "网络浏览量（人次）"]  # fmt: skip


def taishan(b: Builder) -> None:
    u = TAISHAN
    plan = [
        ["p", "泰教体发〔2020〕41号"],
        ["h", "关于开展2020年泰山区职业教育活动周活动的通知"],
        ["p", "区属各中等职业学校，局机关有关科室："],
        *paras("""
根据市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》要求，结合我区实际，现就开展活动周有关事项通知如下。
一、时间和主题。2020年11月8日至14日，主题为“人人出彩 技能强国”。
二、主要活动。组织“云上活动周”、校园开放日、进社区技能服务、职业启蒙体验课等四类活动，各校至少各开展一项。
三、宣传报送。各校于每日17时前将活动信息报区教体局职成教科，由局里统一审核后报送市局。
四、工作要求。严格落实疫情防控要求，活动不搞集中聚集，确保安全。
五、联系方式。区教体局职成教科 刘振宇 科长；办公电话：8226135；手机：13853846620；电子邮箱：liuzy_tsq@163.com。
"""),
        ["p", "我局在门户网站开设的活动周专栏：http://jtj.taishan.gov.cn/zt/2020zjhdz/"],
    ]
    send(b, u, "11-04 15:20", "outlook", "泰山区教体局报送职教活动周方案",
         "市局职成科：\n    我局活动周文件已印发，电子版见附件，请审阅。\n泰山区教体局职成教科\n2020年11月4日",
         [f("关于开展2020年泰山区职业教育活动周活动的通知.docx", doc("python-docx", plan), "plan", u.id)],
         column_url="http://jtj.taishan.gov.cn/zt/2020zjhdz/",
         liaison=person("", "刘振宇", "职成教科科长", "liuzy_tsq@163.com", "13853846620"),
         note="the plan is the county's 通知 to its schools; liaison and column only in the file")  # fmt: skip
    a1 = [["p", "泰安市泰山区教育和体育局"], ["h", "泰山区启动2020年职业教育活动周"],
          *paras("11月8日上午，泰山区职业教育活动周在区职专实训大楼前启动。\n启动仪式采用线上直播形式，两千余名家长和学生在线观看。")]  # fmt: skip
    a2 = [["h", "【转载】泰安日报：泰山区职教活动周把课堂搬进社区"],
          *paras("来源：《泰安日报》2020年11月10日第3版\n记者近日在岱庙街道社区看到，十余名职专学生正为居民免费检修家电。\n据了解，这是泰山区职教活动周“技能进社区”活动的一部分。")]  # fmt: skip
    send(b, u, "11-10 17:05", "outlook", "泰山区活动周信息两篇",
         "您好，报送我区活动周信息两篇，其中一篇为泰安日报报道转载。",
         [f("泰山区启动2020年职业教育活动周.docx", doc("python-docx", a1), "article", u.id),
          f("转载泰安日报报道.docx", doc("python-docx", a2), "article", u.id)])  # fmt: skip
    a3 = [["h", "泰山区职专：汽修专业学生走进4S店顶岗体验"],
          *paras("供稿：泰山区职专 宋明\n11月11日，泰山区职专组织汽修专业二年级学生走进合作企业，开展为期一天的顶岗体验。")]  # fmt: skip
    send(b, u, "11-12 09:40", "outlook", "转报泰山区职专稿件一篇及我局网站报道链接",
         "市局：\n转报区职专活动周稿件一篇（附件）。\n另，我局网站今日刊发活动周综述，链接：http://jtj.taishan.gov.cn/art/2020/11/12/art_7721_483106.html\n泰山区教体局",
         [f("泰山区职专汽修专业顶岗体验.docx", doc("python-docx", a3), "article", TSQZZ.id)],
         article_links=["http://jtj.taishan.gov.cn/art/2020/11/12/art_7721_483106.html"])  # fmt: skip
    a4 = [["header", "泰山区教育和体育局 职教活动周简报"], ["footer", "第3期 2020年11月13日"],
          ["h", "职业启蒙课走进泰山区小学课堂"], *paras("活动周期间，区职专教师走进东湖小学等六所学校，为小学生上职业启蒙课。")]  # fmt: skip
    a5 = [["header", "泰山区教育和体育局 职教活动周简报"], ["footer", "第4期 2020年11月13日"],
          ["h", "泰山区举办中职学校技能展演"], *paras("11月12日下午，全区中职学校技能展演在区体育馆举行，展示了烹饪、茶艺、电工等十个项目。")]  # fmt: skip
    send(b, u, "11-13 16:30", "outlook", "简报第3期、第4期",
         "市局职成科：活动周简报第3、4期（PDF版）请查收。",
         [f("简报第3期.pdf", doc("docx-pdf", a4), "article", u.id),
          f("简报第4期.pdf", doc("docx-pdf", a5), "article", u.id)])  # fmt: skip
    summ = [["h", "泰山区2020年职业教育活动周工作总结"],
            *paras("活动周期间，全区3所中职学校共组织各类活动58场，具体情况如下表。"),
            ["t", [["项目", "场次", "参与人次"], ["线上展示", "21", "6400"], ["校园开放日", "6", "1320"],
                   ["技能进社区", "17", "2210"], ["职业启蒙", "14", "980"]]],
            *paras("下一步，我们将把活动周中形成的好做法固化为常态工作。")]  # fmt: skip
    stats = [["泰山区2020年职业教育活动周情况统计表"] + [""] * 8, H_STATS,
             ["", "21场", "37场", "6次", "17场", "3860人次", "2210人次", "12篇", "4.6万"]]  # fmt: skip
    send(b, u, "11-16 10:05", "outlook", "泰山区活动周总结及统计表",
         "您好：\n附件为我区活动周总结报告和统计表，请查收。\n刘振宇",
         [f("泰山区活动周工作总结.docx", doc("python-docx", summ), "summary", u.id),
          f("统计表.xlsx", sheet("openpyxl", stats, merge=["A1:I1"]), "statistics", u.id,
            note="unit only in the title row; numbers as text")])  # fmt: skip


def dyq(b: Builder) -> None:
    u = DYQ
    sub = "Re: " + R1_SUBJECT
    send(b, u, "11-05 09:30", "coremail", sub,
         "收到。岱岳区方案正在走签批，今天下班前报送。" + quoted(R1_TEXT, "11-04 09:30"),
         headers=thread(REMIND1), note="an answer to the reminder: nothing yet")  # fmt: skip
    plan = [["h", "岱岳区2020年职业教育活动周实施方案"],
            *paras("为营造全社会关心支持职业教育的良好氛围，区教体局决定在全区开展职业教育活动周活动。\n一、组织领导：成立由分管副局长任组长的活动周领导小组。\n二、活动安排：11月8日启动；9日至13日各校分别开展开放日；14日进行成果展示。\n三、宣传工作：各校每天至少报送一条信息。")]  # fmt: skip
    send(b, u, "11-05 16:40", "coremail", "Re: Re: " + R1_SUBJECT,
         "市局您好，岱岳区方案见附件1。\n联络员：职成科 孙海燕 副科长\n办公电话：0538-8536207\n"
         "手机：139 5381 9462\n邮箱：sunhy_dy@163.com\n专栏还在调试，明天报地址。" + quoted(R1_TEXT, "11-04 09:30"),
         [f("附件1.docx", doc("python-docx", plan), "plan", u.id, note="named only 附件1")],
         headers=thread(REMIND1),
         liaison=person("", "孙海燕", "职成科副科长", "sunhy_dy@163.com", "13953819462"),
         note="landline and mobile on separate lines")  # fmt: skip
    send(b, u, "11-06 08:50", "coremail", "Re: Re: Re: " + R1_SUBJECT,
         "补报我区活动周专栏：http://www.daiyue.gov.cn/col/col_zjhdz/index.html\n晚了一天，抱歉。" + quoted(R1_TEXT, "11-04 09:30"),
         headers=thread(REMIND1), column_url="http://www.daiyue.gov.cn/col/col_zjhdz/index.html")  # fmt: skip
    arts = [("岱岳区职教活动周开幕", "lo-odt", "11月8日，岱岳区职业教育活动周在区职教中心开幕，区教体局负责同志出席。"),
            ("岱岳区中职学生为农户直播带货", "python-docx", "电子商务专业师生走进满庄镇果园，帮助农户在线销售苹果三千余斤。"),
            ("“技能大篷车”开进岱岳乡村", "python-docx", "汽修、家电维修专业师生组成的服务队，在七个村庄为群众义务服务。"),
            ("岱岳区举行职业体验日", "lo-odt", "全区12所初中的学生走进职教中心，体验烘焙、无人机操控等项目。"),
            ("岱岳区职教成果线上展播", "python-docx", "区教体局在“岱岳教育”平台推出七期职教成果短视频，累计播放十万余次。")]  # fmt: skip
    ext = {"lo-odt": "odt", "python-docx": "docx"}
    for when, chunk in (
        ("11-09 18:20", arts[:2]),
        ("11-11 17:45", arts[2:4]),
        ("11-14 11:10", arts[4:]),
    ):
        send(b, u, when, "coremail", "岱岳区活动周信息" + ("（续）" if when > "11-10" else ""),
             "发送活动周宣传信息，请审阅。\n岱岳区教体局 孙海燕",
             [f(f"{t}.{ext[p]}", doc(p, [["h", t], ["p", x]]), "article", u.id) for t, p, x in chunk])  # fmt: skip
    summ = [["h", "岱岳区职业教育活动周总结"], *paras("全区共开展线上线下活动46项，服务群众5600余人次。\n活动周期间共报送信息14条，市级以上媒体采用5条。")]  # fmt: skip
    stats = [H_STATS, ["岱岳区", 18, 28, 5, 12, 4100, 5600, 14, 52000]]
    send(b, u, "11-17 09:10", "coremail", "Re: " + R2_SUBJECT,
         "不好意思，总结昨天没赶上，今天补报，附件是总结和统计表。" + quoted(R2_TEXT, "11-15 16:02"),
         [f("岱岳区活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("岱岳区统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)],
         headers=thread(REMIND2), note="late, in the city's second reminder thread")  # fmt: skip


def xintai(b: Builder) -> None:
    u = XINTAI
    p1 = [["h", "新泰市2020年职业教育活动周活动方案"], *paras("一、活动主题：人人出彩 技能强国。\n二、活动内容：开展云上展示、开放日、技能服务三大板块十二项活动。\n三、保障措施：各校明确专人负责，每日报送活动信息。")]  # fmt: skip
    p2 = [["h", "新泰市职业中等专业学校职业教育活动周实施方案"], *paras("我校将以“技能点亮生活”为主线，组织专业展示、社区服务和招生咨询三类活动。\n活动周由校长任总负责，各专业部具体实施。")]  # fmt: skip
    send(b, u, "11-03 10:15", "coremail-gov", "新泰市教体局、新泰职专活动周方案",
         "市教育局职成高教科：\n附件一是我局的活动周方案，附件二是新泰职专的方案，一并报送。\n"
         "宣传方面依托“新泰教育”微信公众号（微信号：xtjy_wx）开设活动周专题。\n"
         "联络员：新泰市教体局职成教科 张立国 科员 手机13562877305 邮箱xtzcjk@163.com\n新泰市教体局",
         [f("新泰市活动周方案.docx", doc("lo-docx", p1), "plan", u.id),
          f("新泰职专活动周方案.doc", doc("lo-doc", p2), "plan", XTZZ.id, note="the school's, in its county's mail")],
         wechat_only=True, liaison=person("新泰市教体局", "张立国", "职成教科科员", "xtzcjk@163.com", "13562877305"),
         note="two units' plans in one mail; the column only as a WeChat account")  # fmt: skip
    arts = [[["h", "新泰市职教活动周启幕"], ["p", "8日，新泰市在青云广场举行活动周启动仪式，8所职业学校设展位。"]],
            [["h", "新泰：技能大师进校园"], ["p", "3位市级技能大师走进新泰职专，与学生面对面交流。"]],
            [["h", "新泰市中职学校举办“家长开放日”"], ["p", "400余名家长走进实训室，亲身体验孩子们的专业课程。"]]]  # fmt: skip
    send(b, u, "11-09 11:00", "coremail-gov", "新泰市网站专栏地址及活动信息",
         "网站专栏已开通：http://www.xintai.gov.cn/jyty/zjhdz/\n另报送活动信息两篇。",
         [f("新泰市职教活动周启幕.docx", doc("python-docx", arts[0]), "article", u.id),
          f("技能大师进校园.docx", doc("python-docx", arts[1]), "article", u.id)],
         column_url="http://www.xintai.gov.cn/jyty/zjhdz/", note="the web column after the WeChat account")  # fmt: skip
    send(b, u, "11-12 15:35", "coremail-gov", "新泰市活动周信息（市政府网站刊发）",
         "以下两篇已在市政府网站刊发：\n1. 新泰市中职学生助力秋收 http://www.xintai.gov.cn/art/2020/11/10/art_61403_1052331.html\n"
         "2. 新泰职教服务进社区 http://www.xintai.gov.cn/art/2020/11/11/art_61403_1052417.html\n另附家长开放日稿件。",
         [f("家长开放日.docx", doc("python-docx", arts[2]), "article", u.id)],
         article_links=["http://www.xintai.gov.cn/art/2020/11/10/art_61403_1052331.html",
                        "http://www.xintai.gov.cn/art/2020/11/11/art_61403_1052417.html"])  # fmt: skip
    summ = [["h", "新泰市2020年职业教育活动周情况总结"], *paras("活动周期间，全市职业学校共举办各类活动73场。"),
            ["t", [["学校", "活动场次", "服务人次"], ["新泰职专", "31", "2600"], ["新泰市技工学校", "22", "1800"], ["其他", "20", "900"]]]]  # fmt: skip
    stats = [
        H_STATS,
        ["新泰市教体局", 26, 47, 8, 19, 6200, 5300, 21, 88000],
        ["", "", "", "", "", "", "", "", ""],
    ]
    send(b, u, "11-16 17:20", "coremail-gov", "新泰市活动周总结、统计表",
         "市局：总结和统计表已按要求填写，请查收。新泰市教体局职成教科",
         [f("新泰市活动周情况总结.docx", doc("python-docx", summ), "summary", u.id),
          f("新泰市统计表.xls", sheet("lo-xls", stats), "statistics", u.id, note="an empty row left in")])  # fmt: skip


def feicheng(b: Builder) -> None:
    u = FEICHENG
    plan = [["t", [["填报单位", "肥城市教育和体育局", "联络员", "郑海涛"], ["职务", "职成教科副科长", "手机", "18653811420"],
                   ["邮箱", "fc_zhenght@126.com", "报送日期", "2020年11月5日"]]],
            ["h", "肥城市2020年职业教育活动周工作方案"],
            *paras("一、总体要求：坚持线上线下结合，突出服务群众。\n二、活动内容：（一）职教成果云展厅；（二）“技能送万家”服务；（三）职业启蒙进校园。\n三、时间安排：11月8日至14日。")]  # fmt: skip
    send(b, u, "11-05 11:00", "coremail", "肥城市职业教育活动周工作方案",
         "职成高教科：\n肥城市方案已完成，附件请查收。活动周专栏地址 http://jtj.feicheng.gov.cn/zjhdz2020/ 。",
         [f("肥城市2020年职业教育活动周工作方案.docx", doc("python-docx", plan), "plan", u.id)],
         column_url="http://jtj.feicheng.gov.cn/zjhdz2020/",
         liaison=person("肥城市教育和体育局", "郑海涛", "职成教科副科长", "fc_zhenght@126.com", "18653811420"),
         note="the liaison only in the plan's header table")  # fmt: skip
    comp = [["h", "肥城市职业教育活动周宣传稿件汇编"],
            ["h", "一、肥城市职教活动周启动"], ["p", "8日，肥城市活动周启动仪式在市职专举行。"],
            ["h", "二、桃木雕刻技艺走进课堂"], ["p", "非遗传承人为学生讲授桃木雕刻技艺。"],
            ["h", "三、肥城职教学子服务社区老人"], ["p", "护理专业学生为社区老人测量血压、讲解防疫知识。"]]  # fmt: skip
    send(b, u, "11-10 16:00", "coremail", "肥城市活动周稿件汇编（三篇）", "汇编一份，内含三篇，请审核。",
         [f("肥城市稿件汇编.docx", doc("python-docx", comp), "article", u.id, count=3)])  # fmt: skip
    send(b, u, "11-13 10:20", "coremail", "肥城市活动周稿件两篇", "再报两篇，PDF格式。",
         [f("肥城市职业学校开放日.pdf", doc("lo-pdf", [["h", "肥城市职业学校开放日侧记"], ["p", "开放日当天，千余名初中生走进校园。"]]), "article", u.id),
          f("校企合作签约.pdf", doc("lo-pdf", [["h", "肥城市职专与五家企业签约"], ["p", "签约企业将在实训基地建设等方面深度合作。"]]), "article", u.id)])  # fmt: skip
    s1 = [H_STATS, ["肥城市", 17, 30, 4, 15, 3300, 4100, 13, 41000]]
    send(b, u, "11-15 20:10", "coremail", "肥城市活动周统计表", "统计表先报，总结明天上午报。",
         [f("肥城市活动周统计表.xlsx", sheet("openpyxl", s1), "statistics", u.id)])  # fmt: skip
    s2 = [H_STATS, ["肥城市", 17, 31, 4, 15, 3350, 4100, 15, 41000]]
    summ = [["h", "肥城市2020年职业教育活动周总结"], *paras("活动周期间共开展活动67场，参与师生3350人次。\n下一步将持续做好职业教育宣传工作。")]  # fmt: skip
    send(b, u, "11-16 11:30", "coremail", "肥城市活动周总结（统计表更正）",
         "总结见附件。昨天的统计表有两处数字填错，以本次更正版为准。",
         [f("肥城市活动周总结.odt", doc("lo-odt", summ), "summary", u.id),
          f("肥城市活动周统计表（更正版）.xlsx", sheet("openpyxl", s2), "statistics", u.id, note="replaces the 11-15 file")])  # fmt: skip


def ningyang(b: Builder) -> None:
    u = NINGYANG
    plan = [["h", "宁阳县职业教育活动周活动方案"], *paras("活动周期间，我县将组织职教成果展、技能进乡村、职业体验日等活动。\n县职专、县技工学校分别制定具体实施方案。")]  # fmt: skip
    send(b, u, "11-06 09:20", "foxmail", "宁阳县教体局",
         "市教育局：\n宁阳县方案迟报一天，请谅解。专栏：http://www.ningyang.gov.cn/zwgk/jyty/zjhdz/\n"
         "联系人：职成股 王晓东（股长）\n电话：0538-5621473（办）\n邮箱：nyzcg@126.com",
         [f("宁阳县教育和体育局.docx", doc("python-docx", plan), "plan", u.id, note="named only for the unit")],
         column_url="http://www.ningyang.gov.cn/zwgk/jyty/zjhdz/",
         liaison=person("", "王晓东", "职成股股长", "nyzcg@126.com", ""), note="late; an office phone only")  # fmt: skip
    send(b, u, "11-07 10:05", "foxmail", "补充联络员手机号", "补充：王晓东同志手机15853831176。宁阳县教体局",
         liaison=person("", "王晓东", "", "", "15853831176"), note="the mobile a day later")  # fmt: skip
    arts = [("宁阳县职教活动周走进乡村", "县职专农机专业师生在葛石镇为农户检修农机28台。"),
            ("宁阳县举办中职学生技能展示", "展示涵盖数控、烹饪、服装设计等八个专业。"),
            ("宁阳县职业启蒙教育进小学", "县职专教师为实验小学学生开设木工体验课。"),
            ("宁阳县技工学校开放日", "县技工学校迎来首个网络校园开放日，在线参观超过三千人次。")]  # fmt: skip
    for when, chunk, n in (
        ("11-11 15:00", arts[:2], "（一）"),
        ("11-14 16:40", arts[2:], "（二）"),
    ):
        send(b, u, when, "foxmail", "宁阳县活动周宣传材料" + n, "宣传材料两篇。",
             [f(f"宁阳县教育和体育局{n}{k + 1}.docx", doc("python-docx", [["h", t], ["p", x]]), "article", u.id)
              for k, (t, x) in enumerate(chunk)])  # fmt: skip
    summ = [
        ["h", "宁阳县2020年职业教育活动周总结"],
        *paras("活动周共开展活动39场。\n宣传报道4篇。"),
    ]
    stats = [H_STATS, ["宁阳县", 12, 27, 3, 10, 2500, 3100, 4, 26000]]
    send(b, u, "11-16 16:00", "foxmail", "宁阳县总结及统计表", "请查收。",
         [f("宁阳县活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("宁阳县统计表.ods", sheet("lo-ods", stats), "statistics", u.id)])  # fmt: skip


def dongping(b: Builder) -> None:
    u = DONGPING
    plan = [["h", "东平县2020年职业教育活动周实施方案"], *paras("围绕“人人出彩 技能强国”主题，我县组织开展五项活动。\n一是线上展示；二是开放日；三是技能惠民；四是职业启蒙；五是成果展评。")]  # fmt: skip
    contact = [["东平县职业教育活动周联络员信息表", "", "", "", "", ""],
               ["单位", "姓名", "职务", "邮箱", "手机", "宣传专栏"],
               ["东平县教体局", "陈玉洁", "职成教股副股长", "dp_chenyj@163.com", "13791518306", "东平县职教活动周专栏"]]  # fmt: skip
    send(b, u, "11-05 17:30", "snail", "东平县职教活动周方案及联络员信息",
         "市教育局职成高教科：\n东平县活动周实施方案及联络员信息表见附件。\n东平县教体局职成教股",
         [f("东平县活动周实施方案.pdf", doc("lo-pdf", plan), "plan", u.id),
          f("联络员信息表.xlsx", sheet("openpyxl", contact, merge=["A1:F1"], links={"F3": "http://www.dongping.gov.cn/zt/zjhdz/"}), "contact", u.id)],
         column_url="http://www.dongping.gov.cn/zt/zjhdz/",
         liaison=person("东平县教体局", "陈玉洁", "职成教股副股长", "dp_chenyj@163.com", "13791518306"),
         note="the column only as an xlsx hyperlink behind display text")  # fmt: skip
    send(b, u, "11-09 17:50", "snail", "东平县活动周信息2篇（正文）",
         "市局：两篇信息直接贴在正文，请审阅。\n\n东平县职教活动周启动\n"
         "11月8日，东平县职业教育活动周启动仪式在县职教中心举行，县直有关部门负责同志参加。\n\n"
         "东平职教师生送技能下乡\n11月9日，县职教中心30名师生走进戴庙镇，为群众维修家电、理发。\n\n东平县教体局",
         body_article=True, body_count=2, note="two articles pasted one after the other")  # fmt: skip
    a3 = [["header", "东平县教育和体育局"], ["footer", "东平县职教活动周专刊"], ["h", "东平县举办职教成果网上展"], ["p", "展览共设五个展区，展示近三年职教改革成果。"]]  # fmt: skip
    a4 = [["h", "东平县中职学生走进企业"], ["p", "机电专业学生走进县经济开发区企业参观学习。"]]
    send(b, u, "11-12 18:30", "snail", "东平县活动周信息", "两篇。",
         [f("东平县职教成果网上展.pdf", doc("docx-pdf", a3), "article", u.id),
          f("东平县中职学生走进企业.docx", doc("python-docx", a4), "article", u.id)])  # fmt: skip
    a5 = [["h", "东平县活动周圆满落幕"], ["p", "历时七天的东平县职业教育活动周14日落下帷幕。"]]
    send(b, u, "11-15 08:10", "snail", "东平县活动周信息（补）", "补报一篇。",
         [f("东平县活动周圆满落幕.docx", doc("python-docx", a5), "article", u.id)], note="the fifth article after the week")  # fmt: skip
    summ = [
        ["h", "东平县2020年职业教育活动周工作总结"],
        *paras("我县活动周共组织活动41场，群众满意度高。"),
    ]
    dsum = [
        ["h", "东平县职业教育中心学校活动周总结"],
        *paras("我校活动周期间开展活动19场，参与师生1500人次。"),
    ]
    stats = [H_STATS, ["东平县", "15", "26", "3", "11", "2800", "3000", "9", "30000"]]
    send(b, u, "11-16 15:00", "snail", "东平县总结、统计表（含县职教中心总结）",
         "附件：1.东平县活动周总结 2.统计表 3.县职教中心总结（学校委托我局代报）",
         [f("东平县活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("东平县统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id),
          f("东平县职教中心活动周总结.docx", doc("python-docx", dsum), "summary", DPZJ.id, note="passed on for the school")])  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = GAOXIN
    plan = [["h", "泰安高新区2020年职业教育活动周活动安排"], *paras("一、11月8日，区内职业学校同步启动活动周。\n二、11月9日至13日，开展企业开放日和职业体验。\n三、11月14日，活动总结。")]  # fmt: skip
    send(b, u, "11-04 16:00", "qqweb", "高新区活动周活动安排",
         "您好！高新区活动周活动安排见附件。\n宣传平台：“泰安高新区教育”微信公众号。\n"
         "联络员：高新区教体局 刘倩 干事，手机13805381947，邮箱2870013546@qq.com",
         [f("高新区活动周活动安排.docx", doc("python-docx", plan), "plan", u.id)], wechat_only=True,
         liaison=person("高新区教体局", "刘倩", "干事", "2870013546@qq.com", "13805381947"))  # fmt: skip
    arts = [("高新区启动职教活动周", "区内两所职业学校同步举行启动仪式。"),
            ("高新区企业开放实训车间", "五家企业向中职学生开放生产车间。"),
            ("高新区职业体验受欢迎", "初中学生体验工业机器人编程。")]  # fmt: skip
    send(b, u, "11-10 09:15", "qqweb", "高新区宣传材料", "附件1-3为宣传材料。",
         [f(f"附件{k + 1}.docx", doc("python-docx", [["h", t], ["p", x]]), "article", u.id, note="named only 附件N")
          for k, (t, x) in enumerate(arts)])  # fmt: skip
    tb = [["textbox", ["高新区职校学子走进社区"]], ["p", "13日，职校学生在凤天社区开展志愿服务。"]]
    tc = [["cell", "高新区活动周成果展示"], ["p", "活动周期间共展出学生作品200余件。"]]
    send(b, u, "11-13 17:00", "qqweb", "高新区宣传材料（二）", "再报两篇。",
         [f("社区服务.docx", doc("docx-odd", tb), "article", u.id, note="headline in a text box"),
          f("成果展示.docx", doc("python-docx", tc), "article", u.id, note="headline in a table cell")])  # fmt: skip
    summ = [
        ["h", "泰安高新区职业教育活动周总结"],
        *paras("活动周期间，全区共开展活动22场。统计表正在汇总，随后报送。"),
    ]
    send(b, u, "11-16 17:50", "qqweb", "高新区活动周总结", "总结报上，统计表晚些报。",
         [f("高新区活动周总结.docx", doc("python-docx", summ), "summary", u.id)])  # fmt: skip


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
