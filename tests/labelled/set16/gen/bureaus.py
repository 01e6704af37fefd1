"""Set16 stories of the seven county bureaus. Shapes: a plan as a PDF of slides and as a
.pptx; several links in one mail with titles beside them; 美篇 and county-government news
pages; a 135编辑器 body whose plain part is a stub; a statistics photo, then the xlsx; a QR
code as the column; a 视频号 as the column; a long file name a client cut with …; file
names that are dates; full-width colons, digits and 。 in URLs and numbers; emoji."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .shapes import (
    D,
    U,
    X,
    art,
    deck,
    douyin,
    e135,
    gov,
    lo,
    meipian,
    page,
    stats_lo,
    wx,
)


def taishan(b: Builder) -> None:
    u = U["taishan"]
    plan = deck(
        "lo-slidespdf",
        [
            ("泰山区2020年职业教育活动周实施方案", ["泰安市泰山区教育和体育局", "2020年11月"]),
            ("一、活动主题与时间", ["主题：人人出彩 技能强国", "时间：11月8日—14日"]),
            ("二、重点活动", ["“云上活动周”线上展示", "网络校园开放日", "技能进社区、进乡村"]),
            ("三、宣传安排", ["区教体局网站开设专栏", "“泰山教育发布”公众号每日推送"]),
        ],
    )
    send(
        b,
        u,
        "11-04 16:12",
        "coremail-gov",
        "泰山区教体局报送活动周方案、专栏及联络员",
        """市教育局职成高教科：
按照泰教函〔2020〕72号要求，现将我区有关材料报送如下：
1.活动周实施方案（汇报用PPT导出的PDF，见附件）；
2.宣传专栏：区教体局网站“职业教育活动周”专栏 http://jtj.taishan.gov.cn/col/col52018/index.html ，同时在“泰山教育发布”微信公众号同步推送；
3.联络员：泰山区教育和体育局职成教科 科员 孙晓彤，邮箱 tsq_zcjk@ta.shandong.cn，手机 13905383164。
泰山区教育和体育局
2020年11月4日""",  # noqa: E501
        [F("泰山区活动周实施方案.pdf", plan, "plan", u.id)],
        column_url="http://jtj.taishan.gov.cn/col/col52018/index.html",
        liaison=person(
            "泰山区教育和体育局", "孙晓彤", "科员", "tsq_zcjk@ta.shandong.cn", "13905383164"
        ),
    )
    l1, l2, l3 = wx("ts-a1"), wx("ts-a2"), wx("ts-a3")
    send(
        b,
        u,
        "11-10 17:45",
        "coremail-gov",
        "泰山区活动周宣传报道（第一批）",
        f"""职成科：
我区活动周前三天宣传报道如下，均已在“泰山教育发布”公众号刊发：
【人人出彩 技能强国】泰山区2020年职业教育活动周启动  {l1}
泰山区职专“网络校园开放日”带你云游实训基地  {l2}
职教进社区：家电义务维修受欢迎  {l3}
泰山区教体局 孙晓彤""",
        article_links=[l1, l2, l3],
    )
    m1, g1 = meipian("ts-m1"), gov("www.taishan.gov.cn", "ts-g1", 12)
    send(
        b,
        u,
        "11-13 09:20",
        "coremail-gov",
        "泰山区活动周宣传报道（第二批）",
        f"""您好，第二批两篇：
1、美篇：职教学子走进中小学开展劳动教育 {m1}
2、区政府网站：泰山区举办校企合作推介会 {g1}
请审阅。""",
        article_links=[m1, g1],
    )
    summ = lo(
        "lo-docx",
        "泰山区2020年职业教育活动周工作总结",
        [
            "11月8日至14日，我区以“人人出彩 技能强国”为主题开展职业教育活动周。",
            "一、基本情况。全区2所职业学校、12家合作企业参与，开展线上活动18场、线下活动9场。",
            "二、主要做法。线上线下结合，专栏累计发布稿件21篇。三、存在不足及下步打算。",
        ],
    )
    send(
        b,
        u,
        "11-16 15:03",
        "coremail-gov",
        "泰山区活动周总结及统计表",
        "职成科：附件为我区活动周总结报告和情况统计表，请查收。\n泰山区教体局职成教科",
        [
            F("泰山区活动周总结.docx", summ, "summary", u.id),
            F(
                "泰山区统计表.xlsx",
                X("泰山区教育和体育局", [18, 9, 2, 6, 1460, 2300, 21, 38600]),
                "statistics",
                u.id,
            ),
        ],
    )


def daiyue(b: Builder) -> None:
    u = U["daiyue"]
    plan = D(
        ["h", "泰安市岱岳区教育和体育局关于开展2020年职业教育活动周活动的通知"],
        ["p", "岱教体字〔2020〕88号"],
        ["p", "区属各职业学校："],
        ["p", "为贯彻落实泰教函〔2020〕72号文件精神，现就开展我区职业教育活动周有关工作通知如下。"],
        ["p", "一、活动时间：11月8日至14日。二、活动内容：云上开放日、技能展演、送技下乡。"],
        ["p", "三、工作要求：各学校于11月16日前报送总结。"],
    )
    send(
        b,
        u,
        "11-03 10:31",
        "coremail",
        "岱岳区活动周方案",
        """市局职成科领导：
岱岳区活动周方案见附件。宣传阵地为“岱岳教育”微信公众号，专栏建好后另报网址。
岱岳区教体局 职成科""",
        [
            F(
                "泰安市岱岳区教育和体育局关于开展2020年职业教育活动周活…docx",
                plan,
                "plan",
                u.id,
                note="a file name the client cut with …",
            )
        ],
        wechat_only=True,
    )
    send(
        b,
        u,
        "11-05 11:02",
        "coremail",
        "岱岳区联络员",
        """联络员信息：
单位：泰安市岱岳区教育和体育局
姓名：马振华
职务：职成科副科长
邮箱：dyqjy_zck@163.com
手机：13853845127""",
        liaison=person(
            "泰安市岱岳区教育和体育局", "马振华", "职成科副科长", "dyqjy_zck@163.com", "13853845127"
        ),
    )
    send(
        b,
        u,
        "11-07 08:46",
        "coremail",
        "岱岳区活动周专栏网址",
        "专栏已上线：http://www.daiyue.gov.cn/col/col31207/index.html\n岱岳区教体局 马振华",
        column_url="http://www.daiyue.gov.cn/col/col31207/index.html",
    )
    body = e135(
        "岱岳区举行2020年职业教育活动周启动仪式",
        [
            "11月9日上午，岱岳区2020年职业教育活动周启动仪式在岱岳区职业教育中心举行。",
            "启动仪式上，学生们进行了汽修、烹饪、电子商务等专业技能展示，吸引了众多家长驻足观看。",
            "活动周期间，全区职业学校将开展线上开放日、技能下乡等系列活动。",
        ],
        ["启动仪式现场", "学生展示汽车维修技能"],
        "dy-135",
    )
    send(
        b,
        u,
        "11-09 16:20",
        "coremail",
        "【宣传稿】岱岳区举行职教活动周启动仪式",
        "请用支持HTML的客户端查看此邮件。",
        html=page(body, "GBK"),
        body_article=True,
        note="135编辑器 HTML body; the plain part is a stub",
    )
    w1 = wx("dy-w1")
    send(
        b,
        u,
        "11-11 10:05",
        "coremail",
        "岱岳区稿件",
        f"职成科：\n公众号文章《送技下乡助农忙 职教师生在行动》\n{w1}\n马振华",
        article_links=[w1],
    )
    a2 = art(
        "岱岳区职业学校开展“云上开放日”",
        "岱岳区教体局",
        [
            "11月10日，我区各职业学校同步开展网络校园开放日，通过直播带家长“云参观”实训室。",
            "直播累计观看人数超过1.2万人次。",
        ],
        imgs=1,
    )
    a3 = art(
        "大国工匠进校园",
        "岱岳区教体局",
        ["11月12日，全国技术能手走进岱岳区职业教育中心，与学生面对面交流。"],
    )
    send(
        b,
        u,
        "11-13 15:48",
        "coremail",
        "岱岳区活动周稿件2篇",
        "两篇稿件见附件。",
        [F("云上开放日.docx", a2, "article", u.id), F("大国工匠进校园.docx", a3, "article", u.id)],
    )
    w2 = wx("dy-w2")
    send(
        b,
        u,
        "11-14 21:37",
        "coremail",
        "再报一篇",
        f"岱岳区最后一篇：职教学子志愿服务进社区 {w2}",
        article_links=[w2],
    )
    summ = D(
        ["h", "岱岳区2020年职业教育活动周总结"],
        ["p", "按照市局统一部署，我区职业教育活动周于11月8日至14日顺利开展。"],
        ["p", "共开展线上活动12场、线下活动7场，参与师生3100余人次。"],
    )
    photo = Doc(
        "scan-jpg", stats_lo("lo-pdf", "岱岳区教体局", [12, 7, 3, 5, 3100, 1800, 9, 25400]).source
    )
    send(
        b,
        u,
        "11-16 10:12",
        "coremail",
        "岱岳区总结和统计表",
        "总结和统计表见附件，统计表盖章后拍照上传的。",
        [
            F("岱岳区活动周总结.docx", summ, "summary", u.id),
            F(
                "IMG_20201116_095812.jpg",
                photo,
                "statistics",
                u.id,
                readable=False,
                note="a phone photo of the stamped table",
            ),
        ],
    )
    send(
        b,
        u,
        "11-17 09:05",
        "coremail",
        "Re:岱岳区总结和统计表（补电子版）",
        "职成科：统计表电子版补报，见附件。\n\n------------------ 原始邮件 ------------------\n"
        "总结和统计表见附件，统计表盖章后拍照上传的。",
        [
            F(
                "岱岳区统计表.xlsx",
                X("岱岳区教体局", [12, 7, 3, 5, 3100, 1800, 9, 25400]),
                "statistics",
                u.id,
            )
        ],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    plan = deck(
        "lo-pptx",
        [
            ("新泰市2020年职业教育活动周方案", ["新泰市教育和体育局 职成科"]),
            (
                "活动安排",
                ["11月8日 启动仪式", "11月9日—13日 云上开放日、技能大赛展演", "11月14日 总结"],
            ),
            ("宣传", ["市教体局网站专栏", "“新泰教育”公众号、视频号"]),
        ],
    )
    send(
        b,
        u,
        "11-05 09:40",
        "coremail-gov",
        "新泰市报送职教活动周方案",
        """市教育局职成高教科：
新泰市活动周方案（PPT）见附件。
宣传专栏网址：http：//jtj.xintai.gov.cn/col/col17125/index.html
联络员：新泰市教体局职成科  王海燕  科长  xtsjtj_zcjk@ta.shandong.cn  手机：１３６０５３８２２９１
新泰市教育和体育局""",
        [F("新泰市职教活动周方案.pptx", plan, "plan", u.id)],
        column_url="http://jtj.xintai.gov.cn/col/col17125/index.html",
        liaison=person(
            "新泰市教体局", "王海燕", "科长", "xtsjtj_zcjk@ta.shandong.cn", "13605382291"
        ),
        note="full-width colon in the URL, full-width digits",
    )
    g1, g2 = gov("www.xintai.gov.cn", "xt-g1", 10), gov("www.xintai.gov.cn", "xt-g2", 12)
    w1, w2 = wx("xt-w1"), wx("xt-w2")
    send(
        b,
        u,
        "11-12 18:30",
        "coremail-gov",
        "新泰市活动周宣传报道4篇",
        f"""职成科：
新泰市政府网：新泰市职业教育活动周启动 {g1}
新泰市政府网：职业学校开放日迎来家长“云参观” {g2}
新泰教育公众号：技能大赛展演精彩纷呈 {w1}
新泰教育公众号：职教助力乡村振兴 {w2}
王海燕""",
        article_links=[g1, g2, w1, w2],
    )
    a5 = art(
        "新泰市职教活动周闭幕", "新泰市教育和体育局", ["11月14日，新泰市职业教育活动周圆满落幕。"]
    )
    send(
        b,
        u,
        "11-14 17:10",
        "coremail-gov",
        "新泰市第5篇",
        "第五篇稿件，见附件。",
        [F("闭幕.docx", a5, "article", u.id)],
    )
    summ = D(
        ["h", "新泰市2020年职业教育活动周工作总结"],
        ["p", "新泰市教育和体育局"],
        ["p", "活动周期间，我市3所职业学校开展各类活动30余场。"],
    )
    send(
        b,
        u,
        "11-16 16:40",
        "coremail-gov",
        "新泰市活动周总结、统计表",
        "总结与统计表（WPS文档）见附件。",
        [
            F("新泰市活动周总结.wps", summ, "summary", u.id, note="a .wps name on a docx"),
            F(
                "新泰市统计表.et",
                X("新泰市教育和体育局", [16, 14, 3, 8, 4200, 2600, 12, 51000]),
                "statistics",
                u.id,
                note="an .et name on an xlsx",
            ),
        ],
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    plan = D(
        ["h", "肥城市2020年职业教育活动周实施方案"],
        ["p", "肥城市教育和体育局"],
        ["p", "一、活动主题：人人出彩 技能强国。二、活动时间：2020年11月8日—14日。"],
        ["p", "三、活动内容：（一）线上展示；（二）主题推介；（三）技能服务。"],
    )
    send(
        b,
        u,
        "11-02 15:26",
        "coremail",
        "方案",
        "市局：肥城市活动周方案，请审阅。",
        [F("20201102.docx", plan, "plan", u.id, note="the file name is only a date")],
    )
    send(
        b,
        u,
        "11-04 10:18",
        "coremail",
        "肥城市活动周专栏及联络员",
        """田老师您好：
我市活动周宣传专栏网址为 www.fcjy.gov.cn/zjhdz。
联络员：肥城市教育和体育局职业教育科 科员 赵明亮，电子邮箱fcjtj_zcjy@126.com，手机号码13562879304。
肥城市教体局""",
        column_url="www.fcjy.gov.cn/zjhdz",
        liaison=person("肥城市教育和体育局", "赵明亮", "科员", "fcjtj_zcjy@126.com", "13562879304"),
        note="a full-width 。 right after the URL",
    )
    v1, w1, w2 = douyin("fc-d1"), wx("fc-w1"), wx("fc-w2")
    send(
        b,
        u,
        "11-10 20:14",
        "coremail",
        "肥城市活动周宣传材料🎬",
        f"""职成科：
1. 抖音短视频《肥城职教人 技能展风采》：{v1} 复制此链接，打开抖音搜索，直接观看视频！
2. 公众号文章：肥城市职业教育活动周拉开帷幕 {w1}
3. 公众号文章：职教师生为老人免费理发修家电 {w2}
赵明亮""",
        article_links=[v1, w1, w2],
        note="a 抖音 video counted as one piece",
    )
    a1 = art(
        "肥城市举办职业教育成果展",
        "肥城市教育和体育局",
        ["11月11日，肥城市职业教育成果展在市文化中心开展。"],
        imgs=2,
    )
    a2 = art(
        "校企合作签约仪式举行",
        "肥城市教育和体育局",
        ["11月12日，肥城市职业学校与6家企业签订校企合作协议。"],
    )
    send(
        b,
        u,
        "11-12 16:55",
        "coremail",
        "稿件",
        "另两篇见附件",
        [F("1.docx", a1, "article", u.id), F("2.docx", a2, "article", u.id)],
    )
    summ = D(
        ["h", "肥城市2020年职业教育活动周总结报告"],
        ["p", "肥城市教育和体育局 2020年11月16日"],
        ["p", "一、活动开展情况。二、主要成效。三、经验做法。"],
        ["header", "肥城市教育和体育局"],
        producer="docx-pdf",
    )
    send(
        b,
        u,
        "11-16 11:30",
        "coremail",
        "肥城市总结报告、统计表",
        "请查收。",
        [
            F("肥城市活动周总结报告.pdf", summ, "summary", u.id),
            F(
                "统计表.xlsx",
                X("肥城市教育和体育局", [20, 11, 2, 9, 5200, 3400, 15, 60300]),
                "statistics",
                u.id,
            ),
        ],
    )


STORIES = [taishan, daiyue, xintai, feicheng]
