# ruff: noqa: E501
"""set26's county bureaus: the conversation around their submissions.

taishan: a mail with its own article and a school's mail forwarded as message/rfc822 (Python
email) carrying the school's two articles. dyq: a reply to the city's acknowledgement adding
the column and the liaison (the ack quoted below names the district's school), then a reply
that only says 收到. xintai: an inline forward (-------- 转发的邮件 --------) of 新泰职专's mail
naming the school; the table a day late. feicheng: 联络员变更. ningyang: a school's mail
forwarded as message/rfc822 only (Python email, the inner mail compat32 with its plan); a
summary nobody can open, resent readable the next morning after the city's note. dongping:
the same plan twice (identical bytes); a ---原始邮件--- forward of 东平职教中心's mail.
gaoxin: a corrected column address before the deadline; a 修改版 summary after it.
"""

from __future__ import annotations

from .build import Builder, person, send, t
from .kit import U, ack_quote, article, docx, f, html_doc, orig_block, plan_doc, stats
from .mime import Mail

CITYMID = "<{}.ack@ta.shandong.cn>"


def taishan(b: Builder) -> None:
    u = U["taishan"]
    col = "http://www.tsqjyty.gov.cn/zjhdz2020/"
    send(
        b, u, "11-03 09:20", "coremail-gov",
        "泰山区教体局报送职业教育活动周方案、专栏地址及联络员",
        f"""市教育局职成高教科：

按照泰教函〔2020〕72号要求，现将我区职业教育活动周有关材料报送如下：
一、活动方案见附件；
二、宣传专栏地址：{col}
三、联络员
单位：泰山区教体局
姓名：乔玉梅
职务：职成教科科长
邮箱：qiaoym_ts@163.com
手机：13562891047

泰山区教体局职成教科
2020年11月3日""",
        [f("泰山区2020年职业教育活动周实施方案.docx", plan_doc(
            "泰山区2020年职业教育活动周实施方案",
            ["为办好2020年职业教育活动周，结合我区实际，制定本方案。",
             "一、活动主题：人人出彩 技能强国。",
             "二、活动时间：2020年11月8日至14日。",
             "三、主要活动：区职专开展网络校园开放日，组织专业教师进社区开展家电维修、"
             "健康护理志愿服务，联合区内初中开展职业启蒙体验课。",
             "四、工作要求：各学校严格落实疫情防控要求，控制现场活动规模。"],
            [["日期", "活动", "承办"], ["11月8日", "云上启动仪式", "区职专"],
             ["11月10日", "技能进社区", "区职专"], ["11月12日", "职业启蒙进初中", "各初中"]]),
           "plan", "taishan")],
        column_url=col,
        liaison=person("泰山区教体局", "乔玉梅", "职成教科科长", "qiaoym_ts@163.com",
                       "13562891047"),
        note="an ordinary first submission",
    )  # fmt: skip
    send(
        b, u, "11-09 16:40", "coremail-gov", "泰山区活动周宣传稿件（一）",
        "职成高教科：\n报送我区活动周宣传稿件2篇，请审阅。\n\n泰山区教体局 乔玉梅",
        [f("泰山区职业教育活动周云上启动.docx", article(
            "泰山区职业教育活动周云上启动",
            "11月8日上午，泰山区2020年职业教育活动周通过网络直播方式启动。",
            "区职专学生现场展示了烹饪、汽修等专业技能，线上观看人数超过三千人次。"),
           "article", "taishan"),
         f("职教师生走进岱庙街道社区.docx", article(
            "职教师生走进岱庙街道社区",
            "活动周期间，区职专组织30余名师生走进岱庙街道两个社区。",
            "师生为居民免费维修小家电80余件，并讲解冬季用电安全常识。"),
           "article", "taishan")],
    )  # fmt: skip
    inner_files = [
        f(
            "泰山区职专：网络校园开放日吸引众多家长.docx",
            article(
                "泰山区职专：网络校园开放日吸引众多家长",
                "11月9日，泰山区职专举办网络校园开放日，通过直播带领家长“云参观”实训基地。",
                "学校还安排专业带头人在线解答家长关心的升学与就业问题。",
            ),
            "article",
            "tsqzz",
            note="the school's, inside the forwarded mail",
        ),
        f(
            "泰山区职专学生技能展示走红网络.docx",
            article(
                "泰山区职专学生技能展示走红网络",
                "该校中餐烹饪专业学生的雕刻作品短视频在抖音获得上万点赞。",
                "学校表示，将把短视频作为展示学生成长的常态化窗口。",
            ),
            "article",
            "tsqzz",
            note="the school's, inside the forwarded mail",
        ),
    ]
    inner = Mail(
        "tsqzz-inner-1110", t("11-10 08:55"),
        U["tsqzz"].email, "泰山区职专办公室", "职专活动周稿件两篇",
        "区教体局职成科：\n附件为我校活动周宣传稿两篇，请审核后报市局。\n\n泰安市泰山区职业中等专业学校 办公室\n",
        client="coremail", to=u.email,
    )  # fmt: skip
    send(
        b, u, "11-10 14:15", "py-smtp", "转报：泰山区职专活动周稿件（附原邮件）",
        """市局职成高教科：

泰山区职专的两篇稿件转报你们（见所附原邮件，稿件在原邮件附件里），另附我局稿件一篇。

泰山区教体局职成教科""",
        [f("泰山区开展职业启蒙进初中活动.docx", article(
            "泰山区开展职业启蒙进初中活动",
            "11月10日，泰山区组织区职专教师走进泰山实验中学，为初二学生上了一堂职业体验课。",
            "学生们动手制作了简易电路和面点，对职业教育有了直观认识。"),
           "article", "taishan")],
        forward=inner,
        forward_files=inner_files,
        note="its own article and the school's mail forwarded as message/rfc822 (Python email); "
        "the school's two articles are in the inner mail",
    )  # fmt: skip
    send(
        b, u, "11-12 10:05", "coremail-gov", "泰山区活动周宣传稿件（二）",
        "职成高教科：\n续报稿件2篇（其中一篇为PDF）。\n\n泰山区教体局",
        [f("技能大师进校园 匠心传承育新人.docx", article(
            "技能大师进校园 匠心传承育新人",
            "11月11日，泰山区邀请泰山彩塑非遗传承人走进区职专，为学生讲授传统技艺。",
            "学生们在大师指导下完成了第一件彩塑作品。"),
           "article", "taishan"),
         f("泰山区举办校企合作对接会.pdf", article(
            "泰山区举办校企合作对接会",
            "11月12日，区教体局组织区内职业学校与12家企业开展线上对接。",
            "会上签订了3项订单培养协议。", producer="lo-pdf"),
           "article", "taishan")],
    )  # fmt: skip
    send(
        b, u, "11-16 15:30", "coremail-gov", "泰山区职业教育活动周总结及统计表",
        "市教育局职成高教科：\n附件为我区活动周工作总结和情况统计表，请查收。\n\n泰山区教体局职成教科\n11月16日",
        [f("泰山区2020年职业教育活动周工作总结.docx", docx(
            ["h", "泰山区2020年职业教育活动周工作总结"],
            ["p", "11月8日至14日，我区以“人人出彩 技能强国”为主题开展职业教育活动周。"],
            ["p", "一、基本情况。全区共组织线上活动9场、线下活动6场，参与师生2100余人次。"],
            ["p", "二、主要做法。坚持线上线下结合，突出技能服务和职业启蒙。"],
            ["p", "三、下一步打算。把活动周经验转化为常态化的宣传机制。"]),
           "summary", "taishan"),
         f("泰山区职业教育活动周情况统计表.xlsx", stats(
            "泰山区教体局", [9, 6, 2, 5, 2100, 1300, 14, 26000]), "statistics", "taishan")],
    )  # fmt: skip


def dyq(b: Builder) -> None:
    u = U["dyq"]
    col = "http://www.dyqjyj.gov.cn/zhijiao/hdz2020.html"
    plan = f(
        "岱岳区职业教育活动周活动方案.docx",
        plan_doc(
            "岱岳区2020年职业教育活动周活动方案",
            [
                "根据市教育局等9部门通知精神，结合我区实际，制定本方案。",
                "（一）云上展示。依托区职教中心网站开设活动周专栏，集中展示专业建设成果。",
                "（二）技能下乡。组织农业、机电专业师生到满庄、马庄等镇开展农机维修服务。",
                "（三）开放校园。11月11日区职教中心面向家长开放实训车间。",
            ],
        ),
        "plan",
        "dyq",
    )
    send(
        b, u, "11-03 10:02", "foxmail", "岱岳区教体局活动周方案",
        "市局职成高教科：\n    我区活动周方案先报上，其他材料随后补报。\n岱岳区教体局职成科",
        [plan], note="the plan only; column and liaison owed",
    )  # fmt: skip
    ack1 = ack_quote(
        u,
        "2020年11月3日",
        "活动周方案（1个附件）",
        ["宣传专栏（网站）地址", "联络员联系方式（单位、姓名、职务、邮箱、手机号码）"],
        extra="你区所属泰安市岱岳区职业教育中心的材料请该校单独报送。",
    )
    send(
        b, u, "11-04 08:47", "foxmail", "回复：【回执】泰安市岱岳区教育和体育局 来信已登记",
        f"""您好！按回执要求补报：
宣传专栏网址：{col}
联络员：岱岳区教体局 吕彦军  职成科副科长
邮箱：lyj_dyjt@126.com  手机：15905386612

岱岳区教体局职成科

{orig_block("outlook", "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>",
            "2020年11月3日 10:12", "【回执】泰安市岱岳区教育和体育局 来信已登记", u.email)}

{ack1}""",
        headers=[("In-Reply-To", CITYMID.format("dyq1103")),
                 ("References", CITYMID.format("dyq1103"))],
        column_url=col,
        liaison=person("岱岳区教体局", "吕彦军", "职成科副科长", "lyj_dyjt@126.com",
                       "15905386612"),
        note="a reply to the city's acknowledgement adding the column and the liaison; the "
        "quoted ack lists other requirements and names the district's school",
    )  # fmt: skip
    ack2 = ack_quote(u, "2020年11月4日", "宣传专栏（网站）地址；联络员联系方式", [])
    send(
        b, u, "11-04 16:20", "foxmail", "回复：【回执】泰安市岱岳区教育和体育局 来信已登记",
        f"""收到，谢谢！

{orig_block("outlook", "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>",
            "2020年11月4日 9:01", "【回执】泰安市岱岳区教育和体育局 来信已登记", u.email)}

{ack2}""",
        headers=[("In-Reply-To", CITYMID.format("dyq1104")),
                 ("References", CITYMID.format("dyq1103") + " " + CITYMID.format("dyq1104"))],
        unassigned_ok=True,
        note="a reply that only says 收到: nothing delivered",
    )  # fmt: skip
    send(
        b, u, "11-10 11:30", "foxmail", "岱岳区活动周稿件3篇",
        "职成高教科：\n    报送稿件三篇。\n岱岳区教体局 吕彦军",
        [f("岱岳区职教中心师生走进田间地头.docx", article(
            "岱岳区职教中心师生走进田间地头",
            "11月9日，岱岳区职教中心农机专业20名师生来到满庄镇，为农户检修农机具40余台。",
            "农户们说，家门口就能修机器，省了不少事。"), "article", "dyq"),
         f("岱岳区网络校园开放日直播观看破万.docx", article(
            "岱岳区网络校园开放日直播观看破万",
            "活动周期间，岱岳区组织网络校园开放日，直播累计观看1.2万人次。",
            "家长通过弹幕与专业老师互动。"), "article", "dyq"),
         f("岱岳区举办中职学生技能展演.docx", article(
            "岱岳区举办中职学生技能展演",
            "11月10日，岱岳区在区职教中心举办中职学生技能展演。",
            "展演包括茶艺、电子装配和数控加工三个项目。"), "article", "dyq")],
    )  # fmt: skip
    send(
        b, u, "11-13 09:15", "foxmail", "岱岳区活动周稿件2篇",
        "职成高教科：\n    续报稿件两篇，至此共5篇。\n岱岳区教体局",
        [f("岱岳区职业启蒙教育走进小学课堂.docx", article(
            "岱岳区职业启蒙教育走进小学课堂",
            "11月12日，区职教中心教师走进粥店小学，带领孩子们体验面点制作。",
            "此次活动是我区中小学劳动教育与职业启蒙衔接的一次尝试。"), "article", "dyq"),
         f("岱岳区校企合作成果展播.docx", article(
            "岱岳区校企合作成果展播",
            "岱岳区在活动周专栏推出校企合作成果系列短片。",
            "短片展示了订单班学生在企业顶岗实习的情况。"), "article", "dyq")],
    )  # fmt: skip
    send(
        b, u, "11-16 10:40", "foxmail", "岱岳区活动周总结、统计表",
        "市局职成高教科：\n    附件是总结和统计表，请查收。\n岱岳区教体局职成科 吕彦军",
        [f("岱岳区2020年职业教育活动周总结.docx", docx(
            ["h", "岱岳区2020年职业教育活动周总结"],
            ["p", "活动周期间，我区紧扣主题，组织开展技能下乡、开放校园等活动12项。"],
            ["p", "服务群众1800余人次，媒体报道15篇。"]), "summary", "dyq"),
         f("岱岳区活动周情况统计表.xlsx", stats(
            "岱岳区教体局", [7, 5, 1, 6, 1650, 1800, 15, 18000]), "statistics", "dyq")],
    )  # fmt: skip


def xintai(b: Builder) -> None:
    u = U["xintai"]
    col = "http://jyj.xintai.gov.cn/col/zjhdz/index.html"
    send(
        b, u, "11-02 15:10", "outlook", "新泰市教体局报送职业教育活动周方案等材料",
        f"""泰安市教育局职成高教科：

现将我市2020年职业教育活动周方案报送你科，宣传专栏已在市教体局网站开设，地址：{col}

联络员：新泰市教体局 房新华，职成教科科长，邮箱fangxh_xt@163.com，手机13854826730。

新泰市教育和体育局职成教科
2020年11月2日""",
        [f("新泰市2020年职业教育活动周方案.doc", html_doc("lo-doc", "新泰市2020年职业教育活动周方案", [
            "为深入宣传职业教育改革发展成果，决定在全市开展2020年职业教育活动周。",
            "一、组织领导：成立活动周工作专班，市教体局分管领导任组长。",
            "二、活动内容：职教成果线上展，校园开放日，技能服务进乡村，职教故事征集。",
            "三、宣传报道：各职业学校每天在专栏更新活动动态。"]), "plan", "xintai")],
        column_url=col,
        liaison=person("新泰市教体局", "房新华", "职成教科科长", "fangxh_xt@163.com",
                       "13854826730"),
        note="an ordinary first submission",
    )  # fmt: skip
    zcol = "http://www.xtzz.net/hdz/"
    school_text = f"""新泰市教体局职成教科：

现将我校2020年职业教育活动周方案报上（见附件）。
宣传专栏：{zcol}
联络员：新泰市职业中等专业学校 教务处副主任 秦晓东
邮箱：qinxd_xtzz@163.com，手机：13793852468

新泰市职业中等专业学校
11月3日"""
    send(
        b, u, "11-04 11:25", "thunderbird", "转发: 新泰职专活动周方案、专栏及联络员",
        f"""市局职成高教科：

新泰市职业中等专业学校的材料发到了我局邮箱，现转给你们，请查收。

新泰市教体局职成教科 房新华


{orig_block("fwd", "新泰市职业中等专业学校 <xtzz_bgs@ta.shandong.cn>",
            "Tue, 3 Nov 2020 16:48:12 +0800", "活动周方案、专栏及联络员",
            "新泰市教体局 <xtsjtj_zcjk@ta.shandong.cn>")}

{school_text}""",
        [f("新泰职专2020年职业教育活动周方案.docx", plan_doc(
            "新泰市职业中等专业学校2020年职业教育活动周方案",
            ["一、指导思想：以活动周为契机，展示学校办学成果，做好招生宣传。",
             "二、活动安排：11月8日启动仪式；11月9日至13日专业部轮流开放；11月14日总结。",
             "三、保障措施：各专业部主任为第一责任人。"]), "plan", "xtzz",
           note="the school's file, re-attached by the county's forward")],
        unit="xtzz",
        column_url=zcol,
        liaison=person("新泰市职业中等专业学校", "秦晓东", "教务处副主任",
                       "qinxd_xtzz@163.com", "13793852468"),
        note="the county's inline forward (-------- 转发的邮件 --------) of the school's mail; "
        "the forwarded text names the school; labelled the school's (the county delivers "
        "nothing of its own)",
    )  # fmt: skip
    send(
        b, u, "11-11 14:00", "outlook", "新泰市活动周宣传材料（第一批）",
        "职成高教科：\n\n第一批稿件3篇，请审核。\n\n新泰市教体局 房新华",
        [f("新泰市职教活动周启动仪式在新泰职专举行.docx", article(
            "新泰市职教活动周启动仪式在新泰职专举行",
            "11月8日，新泰市2020年职业教育活动周启动仪式在新泰市职业中等专业学校举行。",
            "仪式采用线上线下同步方式，市教体局负责同志出席。"), "article", "xintai"),
         f("新泰市职业学校开展技能服务进乡村.docx", article(
            "新泰市职业学校开展技能服务进乡村",
            "新泰市组织两所职业学校师生到羊流、楼德两镇开展技能服务。",
            "服务内容包括家电维修、果树修剪和电商直播培训。"), "article", "xintai"),
         f("新泰市征集职教故事百余篇.docx", article(
            "新泰市征集职教故事百余篇",
            "活动周期间，新泰市面向全市职业学校征集职教故事。",
            "共收到稿件112篇，优秀作品将在专栏展播。"), "article", "xintai")],
    )  # fmt: skip
    send(
        b, u, "11-13 16:45", "outlook", "新泰市活动周宣传材料（第二批）",
        "职成高教科：\n\n第二批稿件2篇。\n\n新泰市教体局",
        [f("新泰市举办职业院校云招聘会.docx", article(
            "新泰市举办职业院校云招聘会",
            "11月12日，新泰市人社、教体部门联合举办职业院校毕业生云招聘会。",
            "36家企业提供岗位600余个。"), "article", "xintai"),
         f("一名中职毕业生的创业路.docx", article(
            "一名中职毕业生的创业路",
            "2016年从新泰职专毕业的小刘，如今经营着一家汽车美容店。",
            "他说，在学校学到的技能是创业的底气。"), "article", "xintai")],
    )  # fmt: skip
    send(
        b, u, "11-16 16:30", "outlook", "新泰市职业教育活动周工作总结",
        "泰安市教育局职成高教科：\n\n附件为我市活动周工作总结，请审阅。\n\n新泰市教体局职成教科",
        [f("新泰市2020年职业教育活动周工作总结.docx", docx(
            ["h", "新泰市2020年职业教育活动周工作总结"],
            ["p", "今年活动周，我市共开展各类活动23项，参与师生4300余人次。"],
            ["p", "活动中注重与招生宣传结合，职业学校社会认可度进一步提升。"]), "summary", "xintai")],
    )  # fmt: skip
    send(
        b, u, "11-17 09:10", "outlook", "补报：新泰市活动周情况统计表",
        "职成高教科：\n\n昨天漏发了统计表，今天补上，不好意思。\n\n新泰市教体局 房新华",
        [f("新泰市职业教育活动周情况统计表.xlsx", stats(
            "新泰市教体局", [12, 11, 3, 8, 4300, 2600, 21, 41000],
            "2020年职业教育活动周情况统计表"), "statistics", "xintai")],
        note="the table a day late",
    )  # fmt: skip


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    col = "http://www.fcjyty.cn/html/zjhdz/"
    send(
        b, u, "11-03 14:30", "coremail", "肥城市职业教育活动周方案 专栏 联络员",
        f"""市教育局职成高教科：
  我局职业教育活动周方案见附件。
  宣传专栏（网站）地址：{col}
  联络员：单位 肥城市教体局；姓名 尹红霞；职务 职成教科科员；邮箱 yinhx_fc@126.com；手机 13645389271
肥城市教育和体育局
2020.11.3""",
        [f("肥城市2020年职业教育活动周方案.docx", plan_doc(
            "肥城市2020年职业教育活动周方案",
            ["一、活动目标：营造全社会关心支持职业教育的良好氛围。",
             "二、重点活动：肥城职专“云上活动周”；桃木雕刻技艺展示；送技能到社区。",
             "三、时间安排：11月8日至14日。"]), "plan", "feicheng")],
        column_url=col,
        liaison=person("肥城市教体局", "尹红霞", "职成教科科员", "yinhx_fc@126.com",
                       "13645389271"),
    )  # fmt: skip
    send(
        b, u, "11-09 08:35", "coremail", "肥城市教体局活动周联络员变更",
        """市教育局职成高教科：
  因工作调整，我局职业教育活动周联络员由尹红霞同志变更为宋立新同志，今后活动周有关事宜请与宋立新同志联系。
  单位：肥城市教体局
  姓名：宋立新
  职务：职成教科副科长
  邮箱：songlx_fc@126.com
  手机：18653876045
  特此说明。
肥城市教育和体育局职成教科
2020年11月9日""",
        liaison=person("肥城市教体局", "宋立新", "职成教科副科长", "songlx_fc@126.com",
                       "18653876045"),
        note="联络员变更: the new liaison replaces the earlier complete one",
    )  # fmt: skip
    send(
        b, u, "11-10 17:20", "coremail", "肥城活动周稿件",
        "职成高教科：\n  稿件两篇，请查收。\n肥城市教体局 宋立新",
        [f("肥城职专桃木雕刻技艺线上展.docx", article(
            "肥城职专桃木雕刻技艺线上展",
            "活动周期间，肥城职专在线展出学生桃木雕刻作品60余件。",
            "作品融合了传统纹样和现代设计。"), "article", "feicheng"),
         f("肥城市送技能到社区活动启动.docx", article(
            "肥城市送技能到社区活动启动",
            "11月9日，肥城市送技能到社区活动在新城街道启动。",
            "首场活动为居民提供理发、推拿、手机使用培训等服务。"), "article", "feicheng")],
    )  # fmt: skip
    send(
        b, u, "11-13 10:10", "coremail", "肥城活动周稿件（续）",
        "职成高教科：\n  续报三篇。\n肥城市教体局",
        [f("肥城市职业教育宣传进乡镇.doc", html_doc("lo-doc", "肥城市职业教育宣传进乡镇", [
            "肥城市组织宣讲团到边院、汶阳等镇宣讲职业教育政策。",
            "宣讲团发放宣传材料3000余份。"]), "article", "feicheng"),
         f("肥城市中职学生参加市级技能大赛获佳绩.docx", article(
            "肥城市中职学生参加市级技能大赛获佳绩",
            "在近日举行的全市职业院校技能大赛中，肥城市学生获一等奖5项。",
            "获奖项目涵盖电子商务、会计技能等。"), "article", "feicheng"),
         f("肥城市校企共建实训基地揭牌.docx", article(
            "肥城市校企共建实训基地揭牌",
            "11月12日，肥城职专与当地一家装备制造企业共建的实训基地揭牌。",
            "基地可同时容纳80名学生实训。"), "article", "feicheng")],
    )  # fmt: skip
    send(
        b, u, "11-16 11:00", "coremail", "肥城市活动周总结和统计表",
        "市教育局职成高教科：\n  我局活动周总结、统计表报上。\n肥城市教体局职成教科 宋立新",
        [f("肥城市2020年职业教育活动周总结.docx", docx(
            ["h", "肥城市2020年职业教育活动周总结"],
            ["p", "活动周期间，我市组织线上线下活动共18场。"],
            ["p", "各类媒体报道职教活动20余次。"]), "summary", "feicheng"),
         f("肥城市活动周情况统计表.xlsx", stats(
            "肥城市教体局", [8, 10, 2, 7, 3100, 2200, 22, 30500]), "statistics", "feicheng")],
    )  # fmt: skip


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    col = "http://www.nyjyty.gov.cn/zjhdz/"
    send(
        b, u, "11-04 09:50", "coremail", "宁阳县教体局职教活动周方案、专栏网址、联络员",
        f"""市局职成高教科：
附件是我县活动周方案。
专栏网址：{col}
联络员：宁阳县教体局职成股股长许建波，手机15166893027，邮箱xujb_ny@163.com。
宁阳县教体局职成股""",
        [f("宁阳县职业教育活动周方案.docx", plan_doc(
            "宁阳县2020年职业教育活动周方案",
            ["活动周期间，县职专开展开放日、技能展示、技能下乡三项主题活动。",
             "各乡镇中心校配合组织初中学生参加职业体验。"]), "plan", "ningyang")],
        column_url=col,
        liaison=person("宁阳县教体局", "许建波", "职成股股长", "xujb_ny@163.com", "15166893027"),
    )  # fmt: skip
    zcol = "http://www.nyzz.com.cn/zjhdz/index.html"
    inner = Mail(
        "nyzz-inner-1104", t("11-04 17:40"), U["nyzz"].email, "宁阳县职业中等专业学校",
        "宁阳职专活动周方案及联络员",
        f"""县局职成股：

我校活动周方案见附件。
专栏网址：{zcol}
联络员：宁阳县职业中等专业学校团委书记 岳海燕，手机 13176285930，邮箱 yuehy_nyzz@126.com。

宁阳县职业中等专业学校
""",
        client="py-compat32", to=u.email,
    )  # fmt: skip
    inner.charset = "gb18030"
    send(
        b, u, "11-05 10:30", "py-smtp", "转发：宁阳县职业中等专业学校活动周材料",
        "市教育局职成高教科：\n\n宁阳职专的报送邮件转给您，原件附后，请查收。\n\n宁阳县教体局职成股\n",
        [],
        forward=inner,
        forward_files=[f("宁阳县职业中等专业学校活动周方案.docx", plan_doc(
            "宁阳县职业中等专业学校2020年职业教育活动周活动方案",
            ["为展示我校办学特色，决定于11月8日至14日开展活动周系列活动。",
             "1.开放日：邀请家长和初中学生走进实训室；2.技能展示：汽修、烹饪、服装专业展演；"
             "3.技能下乡：到葛石镇开展服务。"]), "plan", "nyzz",
            note="the school's, in the forwarded mail")],
        unit="nyzz",
        column_url=zcol,
        liaison=person("宁阳县职业中等专业学校", "岳海燕", "团委书记", "yuehy_nyzz@126.com",
                       "13176285930"),
        note="the school's mail forwarded by the county as message/rfc822 only (Python "
        "email; the inner mail by compat32 with its own plan); labelled the school's",
    )  # fmt: skip
    send(
        b, u, "11-10 15:00", "coremail", "宁阳县活动周稿件",
        "职成高教科：\n稿件两篇。\n宁阳县教体局 许建波",
        [f("宁阳县职教活动周开幕.docx", article(
            "宁阳县职教活动周开幕",
            "11月8日，宁阳县职业教育活动周在县职专开幕。",
            "开幕式后举行了汽修、烹饪专业技能展演。"), "article", "ningyang"),
         f("宁阳职专师生到葛石镇开展技能服务.docx", article(
            "宁阳职专师生到葛石镇开展技能服务",
            "11月10日，宁阳职专40名师生到葛石镇开展技能服务。",
            "服务群众400余人次。"), "article", "ningyang")],
    )  # fmt: skip
    send(
        b, u, "11-13 11:40", "coremail", "宁阳县活动周稿件2",
        "职成高教科：\n再报两篇。\n宁阳县教体局",
        [f("宁阳县初中学生走进职业学校体验.docx", article(
            "宁阳县初中学生走进职业学校体验",
            "县内三所初中的200名学生分批走进县职专，体验职业课程。",
            "学生们对无人机操控课程最感兴趣。"), "article", "ningyang"),
         f("宁阳县举办职教政策宣讲会.docx", article(
            "宁阳县举办职教政策宣讲会",
            "县教体局面向初三家长举办职教政策线上宣讲会。",
            "重点解读了中职升学和贯通培养政策。"), "article", "ningyang")],
        note="four articles in all: articles partial",
    )  # fmt: skip
    summary_name = "宁阳县2020年职业教育活动周工作总结.docx"
    summary = docx(
        ["h", "宁阳县2020年职业教育活动周工作总结"],
        ["p", "活动周期间，我县开展各类活动11场，服务群众1200余人次。"],
        ["p", "存在的不足：宣传稿件数量偏少，下一步加强宣传队伍建设。"],
    )
    send(
        b, u, "11-16 16:50", "coremail", "宁阳县活动周总结及统计表",
        "市局职成高教科：\n总结和统计表见附件。\n宁阳县教体局职成股 许建波",
        [f(summary_name, summary, "summary", "ningyang", readable=False, cut=True,
           note="truncated: nobody can open it"),
         f("宁阳县活动周情况统计表.xlsx", stats(
            "宁阳县教体局", [5, 6, 1, 3, 1500, 1200, 4, 9000]), "statistics", "ningyang")],
    )  # fmt: skip
    send(
        b, u, "11-17 09:35", "coremail", "回复：宁阳县活动周总结附件无法打开",
        f"""您好，总结重新导出了一份PDF，麻烦再看看能不能打开。
宁阳县教体局 许建波

{orig_block("coremail", '"泰安市教育局职成高教科" <jyj-zcjk01@ta.shandong.cn>',
            "2020-11-16 17:32:05")}
> 宁阳县教体局：
> 你局11月16日报送的《{summary_name}》无法打开，请重新发送。
> 泰安市教育局职成高教科""",
        [f("宁阳县2020年职业教育活动周工作总结.pdf", html_doc(
            "lo-pdf", "宁阳县2020年职业教育活动周工作总结",
            ["活动周期间，我县开展各类活动11场，服务群众1200余人次。",
             "存在的不足：宣传稿件数量偏少，下一步加强宣传队伍建设。"]), "summary", "ningyang")],
        headers=[("In-Reply-To", CITYMID.format("ny1116")),
                 ("References", CITYMID.format("ny1116"))],
        note="a readable copy after the city's note that the file could not be opened: "
        "summary late",
    )  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    col = "http://www.dpxjyty.gov.cn/zjhdz2020/list.html"
    plan = f(
        "东平县2020年职业教育活动周工作方案.docx",
        plan_doc(
            "东平县2020年职业教育活动周工作方案",
            [
                "一、活动主题：人人出彩 技能强国。",
                "二、主要内容：（一）线上展示；（二）开放校园；（三）技能惠民；（四）职教故事宣讲。",
                "三、工作要求：县职教中心要确保每天至少推出一条活动信息。",
            ],
        ),
        "plan",
        "dongping",
    )
    send(
        b, u, "11-03 16:05", "coremail-gov", "东平县教体局活动周工作方案及专栏、联络员信息",
        f"""泰安市教育局职成高教科：

报送我县职业教育活动周工作方案（附件）。
宣传专栏地址：{col}
联络员信息——单位：东平县教体局；姓名：郑秀丽；职务：职成教股干事；邮箱：zhengxl_dp@163.com；手机：13953861740。

东平县教育和体育局
2020年11月3日""",
        [plan],
        column_url=col,
        liaison=person("东平县教体局", "郑秀丽", "职成教股干事", "zhengxl_dp@163.com",
                       "13953861740"),
    )  # fmt: skip
    send(
        b, u, "11-04 08:20", "coremail-gov", "东平县活动周方案（重发）",
        "职成高教科：\n昨天下午发的方案不知道收到没有，再发一遍。\n东平县教体局 郑秀丽",
        [f(plan.name, plan.doc, "plan", "dongping",
           note="the same file as on 11-03, identical bytes")],
        note="the same plan sent again in a new mail: counts once",
    )  # fmt: skip
    zcol = "http://www.dpzjzx.cn/list-hdz.html"
    send(
        b, u, "11-05 09:05", "coremail-gov", "Fw: 东平县职业教育中心学校活动周方案",
        f"""职成高教科：
转发东平县职业教育中心学校报送材料，附件已一并转上。

东平县教体局职成教股

{orig_block("qq-short", '"东平县职教中心" <dpzjzx_xb@163.com>', "2020年11月4日 下午3:12",
            "活动周方案和联络员")}

县教体局：
    我校职业教育活动周方案已制定，附件请查收。
    宣传专栏地址：{zcol}
    联络员：东平县职业教育中心学校办公室主任 程玉华
    手机：15069857214  邮箱：chengyh@dpzjzx.cn
东平县职业教育中心学校""",
        [f("东平县职业教育中心学校2020年职教活动周方案.docx", plan_doc(
            "东平县职业教育中心学校2020年职业教育活动周方案",
            ["我校将以“云上活动周”为主线，开展专业展示、技能惠民、毕业生访谈等活动。",
             "活动周期间每天通过学校公众号和网站专栏发布动态。"]), "plan", "dpzj",
           note="the school's file, re-attached by the county's forward")],
        unit="dpzj",
        column_url=zcol,
        liaison=person("东平县职业教育中心学校", "程玉华", "办公室主任", "chengyh@dpzjzx.cn",
                       "15069857214"),
        note="the county's inline forward (---原始邮件--- with 发件人/主题/日期) of the school's "
        "mail; labelled the school's",
    )  # fmt: skip
    send(
        b, u, "11-11 10:20", "coremail-gov", "东平县活动周宣传稿件3篇",
        "职成高教科：\n附稿件3篇。\n东平县教体局",
        [f("东平县职教活动周线上展示精彩纷呈.docx", article(
            "东平县职教活动周线上展示精彩纷呈",
            "东平县职教中心在网站专栏开设“专业风采”“师生风采”等栏目。",
            "活动周前三天发布图文信息26条。"), "article", "dongping"),
         f("东平县技能惠民服务走进州城街道.docx", article(
            "东平县技能惠民服务走进州城街道",
            "11月10日，东平县组织职教师生走进州城街道开展技能惠民服务。",
            "服务项目包括缝纫修补、电器维修等。"), "article", "dongping"),
         f("东平县职教故事宣讲团开讲.docx", article(
            "东平县职教故事宣讲团开讲",
            "由优秀毕业生和一线教师组成的职教故事宣讲团走进县内初中。",
            "宣讲团讲述了中职生成长成才的真实故事。"), "article", "dongping")],
    )  # fmt: skip
    send(
        b, u, "11-14 21:50", "coremail-gov", "东平县活动周宣传稿件（补）",
        "职成高教科：\n补报两篇，共5篇。\n东平县教体局 郑秀丽",
        [f("东平县校企合作订单班开班.docx", article(
            "东平县校企合作订单班开班",
            "11月13日，东平县职教中心与当地企业合作的订单班正式开班。",
            "首批45名学生将接受为期两年的联合培养。"), "article", "dongping"),
         f("东平县职业教育活动周闭幕.docx", article(
            "东平县职业教育活动周闭幕",
            "11月14日，东平县职业教育活动周落下帷幕。",
            "一周来全县共开展活动16项。"), "article", "dongping")],
    )  # fmt: skip
    send(
        b, u, "11-16 09:30", "coremail-gov", "东平县活动周总结报告和统计表",
        "泰安市教育局职成高教科：\n报送我县活动周总结报告和情况统计表。\n东平县教育和体育局",
        [f("东平县2020年职业教育活动周总结报告.docx", docx(
            ["h", "东平县2020年职业教育活动周总结报告"],
            ["p", "我县活动周共开展活动16项，参与师生2600人次，服务群众1500人次。"],
            ["p", "活动周期间宣传报道17篇。"]), "summary", "dongping"),
         f("东平县活动周情况统计表.xlsx", stats(
            "东平县教体局", [9, 7, 2, 4, 2600, 1500, 17, 22000]), "statistics", "dongping")],
    )  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    wrong = "http://www.tagxqjy.cn/zjzhoui/"
    col = "http://www.tagxqjy.cn/zjzhou/"
    first = f"""市教育局职成高教科：
您好！高新区活动周方案见附件，宣传专栏地址：{wrong}
联络员：高新区教体局 付晓蕾（社会事业科科员），邮箱 fuxl_gx@qq.com，手机 17853829364。
高新区教体局"""
    send(
        b, u, "11-04 15:40", "qqweb", "高新区教体局活动周方案及专栏地址",
        first,
        [f("高新区职业教育活动周方案.docx", plan_doc(
            "泰安高新区2020年职业教育活动周方案",
            ["高新区将依托辖区企业，开展“走进智能制造企业”职业体验活动。",
             "组织中小学生参观企业生产线，了解现代产业工人的工作。"]), "plan", "gaoxin")],
        column_url=wrong,
        liaison=person("高新区教体局", "付晓蕾", "社会事业科科员", "fuxl_gx@qq.com",
                       "17853829364"),
        note="the column address with a typo, corrected the next morning",
    )  # fmt: skip
    send(
        b, u, "11-05 10:15", "qqweb", "回复：高新区教体局活动周方案及专栏地址",
        f"""更正：昨天报的专栏地址多打了一个字母，正确地址为 {col} ，以此为准。给您添麻烦了。

{orig_block("qq", '"付晓蕾"<3318260477@qq.com>', "2020年11月4日(星期三) 下午3:40",
            "高新区教体局活动周方案及专栏地址", '"jyj-zcjk01"<jyj-zcjk01@ta.shandong.cn>')}

{first}""",
        column_url=col,
        note="a correction of the column address before the deadline; the old one is quoted",
    )  # fmt: skip
    send(
        b, u, "11-10 09:40", "qqweb", "高新区活动周宣传稿",
        "职成高教科：三篇稿件，请查收。高新区教体局 付晓蕾",
        [f("高新区中学生走进智能制造企业.docx", article(
            "高新区中学生走进智能制造企业",
            "11月9日，高新区组织80名初中生走进一家智能装备企业。",
            "学生们观看了机器人焊接，并与技术工人面对面交流。"), "article", "gaoxin"),
         f("高新区企业技术能手进校园.docx", article(
            "高新区企业技术能手进校园",
            "辖区企业的3名技术能手走进北集坡中学，分享从中职生到技术能手的成长经历。",
            "同学们纷纷提问。"), "article", "gaoxin"),
         f("高新区开展劳动教育实践周.docx", article(
            "高新区开展劳动教育实践周",
            "结合职业教育活动周，高新区中小学同步开展劳动教育实践周。",
            "各校组织了烹饪、种植、手工等实践活动。"), "article", "gaoxin")],
    )  # fmt: skip
    send(
        b, u, "11-13 15:15", "qqweb", "高新区活动周宣传稿（二）",
        "职成高教科：再发两篇。付晓蕾",
        [f("高新区职业体验日活动反响热烈.docx", article(
            "高新区职业体验日活动反响热烈",
            "11月12日的职业体验日吸引了500余名学生和家长参加。",
            "体验项目涵盖3D打印、无人机和电商直播。"), "article", "gaoxin"),
         f("高新区校企联合开展安全生产宣传.docx", article(
            "高新区校企联合开展安全生产宣传",
            "高新区联合驻区企业开展安全生产知识宣传进校园活动。",
            "发放宣传册1200份。"), "article", "gaoxin")],
    )  # fmt: skip
    send(
        b, u, "11-16 14:20", "qqweb", "高新区活动周总结、统计表",
        "职成高教科：总结和统计表见附件。高新区教体局",
        [f("高新区活动周工作总结.docx", docx(
            ["h", "泰安高新区2020年职业教育活动周工作总结"],
            ["p", "高新区结合区位特点，以企业体验为主线开展活动周活动。"],
            ["p", "共组织企业体验活动6场，参与学生1100余人次。"]), "summary", "gaoxin"),
         f("高新区活动周情况统计表.xlsx", stats(
            "高新区教体局", [3, 6, 0, 2, 1100, 300, 8, 7600]), "statistics", "gaoxin")],
    )  # fmt: skip
    send(
        b, u, "11-17 10:05", "qqweb", "高新区活动周工作总结（修改版）",
        "职成高教科：总结按领导意见改了一下，发修改版，以此为准。高新区教体局 付晓蕾",
        [f("高新区活动周工作总结（修改版）.docx", docx(
            ["h", "泰安高新区2020年职业教育活动周工作总结"],
            ["p", "高新区结合区位特点，以企业体验为主线开展活动周活动。"],
            ["p", "共组织企业体验活动6场，参与学生1100余人次，服务群众300余人次。"],
            ["p", "下一步，将推动辖区企业与职业学校建立长期合作。"]), "summary", "gaoxin")],
        note="a 修改版 of the summary after the deadline: changes nothing",
    )  # fmt: skip


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
