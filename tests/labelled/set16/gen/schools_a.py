"""Set16 stories of the colleges (tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy). Shapes: the school
site plus its WeChat account as the column; a 秀米 body with pictures inline (cid) and with
pictures on WeChat's CDN; a plain part that is only 请用支持HTML的客户端查看 while the HTML
holds the article (nodemailer); five 美篇 links with titles; a PDF of slides as the plan;
.wps/.et names on Office files; files named 01–05; full-width digits in a mobile; photos
of the table only (partial)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc, photo_png
from .mime import Att
from .shapes import D, U, X, art, deck, e135, lo, meipian, page, stats_lo, wx, xiumi


def tzy(b: Builder) -> None:
    u = U["tzy"]
    plan = D(
        ["h", "泰安职业技术学院2020年职业教育活动周活动方案"],
        ["p", "根据泰教函〔2020〕72号通知要求，结合我院实际，制定本方案。"],
        ["p", "一、活动主题  二、组织机构  三、活动内容  四、宣传安排"],
        [
            "t",
            [
                ["联络员", "职务", "邮箱", "手机"],
                ["陈雪", "党委宣传部干事", "xcb_tzy@tzy.edu.cn", "13792118650"],
            ],
        ],
    )
    send(
        b,
        u,
        "11-03 14:50",
        "outlook",
        "泰安职业技术学院活动周方案及专栏",
        """尊敬的职成高教科老师：
您好！现报送我院活动周方案（联络员信息见方案末尾表格）。
宣传专栏：学院官网“职业教育活动周”专题 http://www.tzy.edu.cn/zjhdz2020/ ，学院官方微信公众号“泰安职业技术学院”同步推送。
此致
敬礼！
党委宣传部 陈雪""",  # noqa: E501
        [F("泰安职业技术学院2020年职业教育活动周活动方案.docx", plan, "plan", u.id)],
        column_url="http://www.tzy.edu.cn/zjhdz2020/",
        liaison=person("", "陈雪", "党委宣传部干事", "xcb_tzy@tzy.edu.cn", "13792118650"),
    )
    a1 = art(
        "我院举行2020年职业教育活动周启动仪式",
        "泰安职业技术学院 党委宣传部",
        [
            "11月9日上午，学院2020年职业教育活动周启动仪式在大学生活动中心举行。",
            "启动仪式后，各二级学院开放实训中心，接待中小学生及家长参观体验。",
        ],
        imgs=2,
    )
    send(
        b,
        u,
        "11-09 17:25",
        "outlook",
        "图片新闻",
        "职成科老师：报送图片新闻一篇，请审阅。",
        [F("图片新闻.docx", a1, "article", u.id)],
    )
    l1, l2, l3 = wx("tzy-1"), wx("tzy-2"), wx("tzy-3")
    send(
        b,
        u,
        "11-11 18:02",
        "outlook",
        "泰职院活动周宣传报道（公众号）",
        f"""老师好，公众号文章三篇：
1.“云上开放日”带你走进泰职院——{l1}
2.我院师生走进社区开展技能服务——{l2}
3.优秀毕业生：从学徒到技术骨干——{l3}
陈雪""",
        article_links=[l1, l2, l3],
    )
    m1 = meipian("tzy-m1")
    send(
        b,
        u,
        "11-13 12:10",
        "outlook",
        "美篇",
        f"美篇：泰职院职业教育活动周掠影\n{m1}",
        article_links=[m1],
    )
    summ = lo(
        "lo-pdf",
        "泰安职业技术学院2020年职业教育活动周工作总结",
        ["活动周期间，学院共开展线上活动15场、线下活动10场，服务群众2000余人次。"],
    )
    send(
        b,
        u,
        "11-16 09:30",
        "outlook",
        "泰安职业技术学院活动周总结及统计表",
        "老师您好，总结（PDF）及统计表见附件。",
        [
            F("总结.pdf", summ, "summary", u.id),
            F(
                "2020年职业教育活动周情况统计表.xlsx",
                X("泰安职业技术学院", [15, 10, 2, 5, 5600, 2000, 16, 73000]),
                "statistics",
                u.id,
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    plan = deck(
        "lo-slidespdf",
        [
            ("泰山职业技术学院职业教育活动周实施方案", ["2020年11月"]),
            ("活动安排", ["11.8 启动", "11.9—11.13 开放日、技能展演", "11.14 总结表彰"]),
            ("宣传与联络", ["官网专栏、官方微信", "联络员：宣传部 周立新"]),
        ],
    )
    send(
        b,
        u,
        "11-04 09:15",
        "thunderbird",
        "泰山职业技术学院活动周方案",
        """职成高教科：
附件为我院活动周方案（幻灯片PDF版）。
专栏地址：https://www.tsvtc.edu.cn/zjzt/2020hdz/
联络员：泰山职业技术学院宣传部 副部长 周立新
邮箱：xcbgs@tsvtc.edu.cn
手机：15553826619""",
        [F("活动周方案（PPT版）.pdf", plan, "plan", u.id)],
        column_url="https://www.tsvtc.edu.cn/zjzt/2020hdz/",
        liaison=person("泰山职业技术学院", "周立新", "副部长", "xcbgs@tsvtc.edu.cn", "15553826619"),
    )
    body = xiumi(
        "技能点亮梦想 泰山职院举办职业教育活动周技能展演",
        [
            "11月10日下午，泰山职业技术学院技能展演在实训楼广场举行。",
            "数控加工、茶艺、无人机操控等12个项目轮番登场，现场观众纷纷点赞。",
            "学院将以活动周为契机，进一步深化产教融合。",
        ],
        ["无人机操控表演", "茶艺展示"],
        "tsvtc-x",
    )
    inline = '<p><img src="cid:part1.tsvtc1@tsvtc.edu.cn" width="600"></p>'
    it = send(
        b,
        u,
        "11-10 21:05",
        "thunderbird",
        "【稿件】泰山职院举办活动周技能展演",
        """技能点亮梦想 泰山职院举办职业教育活动周技能展演
11月10日下午，泰山职业技术学院技能展演在实训楼广场举行。
数控加工、茶艺、无人机操控等12个项目轮番登场，现场观众纷纷点赞。
学院将以活动周为契机，进一步深化产教融合。""",
        html=page(body + inline),
        body_article=True,
        note="秀米 body pasted, one picture inline by cid",
    )
    it.mail.atts = [
        Att("image001.png", photo_png(31), "image/png", inline_cid="part1.tsvtc1@tsvtc.edu.cn")
    ]
    docs = [
        ("数控专业开放日", "11月9日，数控专业面向初中学生开放实训车间。"),
        ("护理礼仪进社区", "11月11日，学院师生走进社区开展健康宣讲。"),
        ("校企合作订单班开班", "11月12日，学院与泰开集团合作的订单班举行开班仪式。"),
        ("毕业生创业故事", "2016届毕业生李强返乡创业，带动30余人就业。"),
    ]
    send(
        b,
        u,
        "11-12 16:40",
        "thunderbird",
        "泰山职院稿件4篇",
        "职成科老师：稿件4篇见附件。",
        [F(f"{t}.docx", art(t, "泰山职业技术学院", [p]), "article", u.id) for t, p in docs],
    )
    summ = D(
        ["h", "泰山职业技术学院2020年职业教育活动周总结"], ["p", "活动周期间，我院开展活动28项。"]
    )
    send(
        b,
        u,
        "11-16 15:55",
        "thunderbird",
        "总结+统计表",
        "附件：总结、统计表。\n周立新",
        [
            F("泰山职院活动周总结.docx", summ, "summary", u.id),
            F(
                "泰山职院统计表.xlsx",
                X("泰山职业技术学院", [13, 15, 2, 6, 6100, 2500, 18, 81000]),
                "statistics",
                u.id,
            ),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    plan = D(
        ["h", "山东服装职业学院2020年职业教育活动周工作方案"],
        ["p", "一、指导思想 二、活动主题 三、活动安排 四、工作要求"],
    )
    send(
        b,
        u,
        "11-05 16:48",
        "coremail",
        "服装学院活动周材料",
        """职成科：
方案见附件。
专栏：学院官网 http://www.sdfzxy.cn/hdz2020/ ，官方微信“山东服装职业学院”
联络员：党政办公室 主任 郭静
邮箱：sdfzxy_dzb@126.com
手机：１５８５３８８２７１６""",
        [F("2020.11.5.docx", plan, "plan", u.id, note="a date as the name")],
        column_url="http://www.sdfzxy.cn/hdz2020/",
        liaison=person("", "郭静", "党政办公室主任", "sdfzxy_dzb@126.com", "15853882716"),
        note="the mobile in full-width digits",
    )
    pairs = [
        ("服装学院举办“云上时装秀”", meipian("fz-1")),
        ("非遗刺绣大师进课堂", meipian("fz-2")),
        ("服装设计专业开放日", meipian("fz-3")),
        ("师生为社区居民免费修补衣物", meipian("fz-4")),
        ("校企共建服装智能制造实训基地", meipian("fz-5")),
    ]
    send(
        b,
        u,
        "11-12 20:18",
        "coremail",
        "服装学院活动周美篇5篇",
        "职成科老师您好！我院活动周宣传美篇5篇：\n" + "\n".join(f"《{t}》 {x}" for t, x in pairs),
        article_links=[x for _, x in pairs],
    )
    summ = D(
        ["h", "山东服装职业学院职业教育活动周总结"], ["p", "活动周期间，学院举办云上时装秀等活动。"]
    )
    send(
        b,
        u,
        "11-16 10:40",
        "coremail",
        "总结 统计表",
        "老师，总结和统计表，WPS做的。",
        [
            F("活动周总结.wps", summ, "summary", u.id, note="a .wps name on a docx"),
            F(
                "统计表.et",
                X("山东服装职业学院", [9, 8, 1, 4, 3300, 1200, 11, 42000]),
                "statistics",
                u.id,
                note="an .et name on an xlsx",
            ),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    plan = deck(
        "lo-pptx",
        [
            ("山东力明科技职业学院职业教育活动周方案", ["学院宣传处"]),
            ("活动", ["中医养生体验", "护理技能展示", "云上开放日"]),
        ],
    )
    send(
        b,
        u,
        "11-06 10:20",
        "foxmail",
        "力明学院活动周方案（补报）",
        """职成科老师：
抱歉晚报，方案PPT见附件。目前宣传依托学院公众号“力明学院”。
联络员 宣传处 干事 吴倩倩 lmxy_xcc@163.com 13666386021""",
        [F("力明学院活动周方案.pptx", plan, "plan", u.id)],
        wechat_only=True,
        liaison=person("", "吴倩倩", "宣传处干事", "lmxy_xcc@163.com", "13666386021"),
    )
    send(
        b,
        u,
        "11-08 09:00",
        "foxmail",
        "力明学院专栏网址",
        "官网专栏已开通：http://www.sdlmkj.com/hdz/\n吴倩倩",
        column_url="http://www.sdlmkj.com/hdz/",
    )
    a1 = art(
        "力明学院开展中医养生体验活动",
        "山东力明科技职业学院",
        ["11月10日，学院面向市民开展中医推拿、艾灸体验。"],
    )
    a2 = art(
        "护理技能展示吸引中学生",
        "山东力明科技职业学院",
        ["11月11日，护理专业学生展示心肺复苏等技能。"],
    )
    send(
        b,
        u,
        "11-11 16:30",
        "foxmail",
        "力明学院稿件",
        "稿件两篇。",
        [F("养生体验.docx", a1, "article", u.id), F("护理技能展示.docx", a2, "article", u.id)],
    )
    w1, w2 = wx("lm-1"), wx("lm-2")
    send(
        b,
        u,
        "11-13 17:48",
        "foxmail",
        "力明学院公众号文章",
        f"力明学院“云上开放日”：{w1}\n力明学子志愿服务进乡村：{w2}",
        article_links=[w1, w2],
    )
    summ = D(
        ["h", "山东力明科技职业学院职业教育活动周总结"], ["p", "我院认真组织开展了活动周各项活动。"]
    )
    p1 = Doc(
        "scan-jpg",
        stats_lo("lo-pdf", "山东力明科技职业学院", [6, 5, 1, 3, 1800, 900, 4, 12000]).source,
    )
    send(
        b,
        u,
        "11-16 17:35",
        "foxmail",
        "力明学院总结、统计表",
        "总结见附件；统计表是手机拍的，电脑坏了。",
        [
            F("力明学院总结.docx", summ, "summary", u.id),
            F(
                "mmexport1605518012345.jpg",
                p1,
                "statistics",
                u.id,
                readable=False,
                note="a phone photo of the table",
            ),
        ],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    plan = D(
        ["h", "泰山护理职业学院2020年职业教育活动周实施方案"],
        ["p", "党政办公室"],
        ["p", "活动主题：人人出彩 技能强国；活动时间：11月8日至14日。"],
    )
    send(
        b,
        u,
        "11-04 11:11",
        "nodemailer",
        "泰山护理职业学院-活动周方案-专栏-联络员",
        """市教育局职成高教科：
1.方案见附件。
2.宣传专栏：学院官网专题 http://www.tshlzy.edu.cn/hdz/ ；微信视频号“泰山护理职业学院”同步发布短视频。
3.联络员：泰山护理职业学院党政办公室 科员 冯晓雨，dangban@tshlzy.edu.cn，17705381236。""",  # noqa: E501
        [F("泰山护理职业学院活动周实施方案.docx", plan, "plan", u.id)],
        column_url="http://www.tshlzy.edu.cn/hdz/",
        liaison=person(
            "泰山护理职业学院", "冯晓雨", "科员", "dangban@tshlzy.edu.cn", "17705381236"
        ),
    )
    body = e135(
        "泰护学子走进社区开展健康义诊",
        [
            "11月9日，泰山护理职业学院组织护理专业师生走进泰前街道社区，开展测血压、测血糖、健康咨询等服务。",
            "活动服务居民200余人次。",
        ],
        ["学生为老人测量血压"],
        "tshl-135",
    )
    send(
        b,
        u,
        "11-09 18:20",
        "nodemailer",
        "泰护宣传稿：健康义诊进社区",
        "请用支持HTML的客户端查看。",
        html=page(body),
        body_article=True,
        note="the plain part is a stub; the article is only in the HTML",
    )
    w1, w2 = wx("th-1"), wx("th-2")
    send(
        b,
        u,
        "11-11 12:30",
        "nodemailer",
        "泰护公众号文章2篇",
        f"1、泰护“云上开放日”直播回顾 {w1}\n2、护理技能大赛获奖选手分享会 {w2}",
        article_links=[w1, w2],
    )
    a1 = art(
        "泰护举办职业礼仪讲座",
        "泰山护理职业学院",
        ["11月12日，学院邀请行业专家作职业礼仪专题讲座。"],
    )
    a2 = art(
        "泰护抗疫一线毕业生事迹报告会",
        "泰山护理职业学院",
        ["11月13日，学院举行抗疫一线毕业生事迹报告会。"],
    )
    send(
        b,
        u,
        "11-13 16:00",
        "nodemailer",
        "泰护稿件2篇",
        "见附件。",
        [
            F("职业礼仪讲座.docx", a1, "article", u.id),
            F("抗疫毕业生报告会.docx", a2, "article", u.id),
        ],
    )
    summ = D(["h", "泰山护理职业学院活动周总结"], ["p", "学院开展健康服务、开放日等活动19项。"])
    send(
        b,
        u,
        "11-16 11:45",
        "nodemailer",
        "泰护总结及统计表",
        "总结及统计表见附件。",
        [
            F("泰护活动周总结.docx", summ, "summary", u.id),
            F(
                "泰护统计表.xlsx",
                X("泰山护理职业学院", [8, 11, 1, 7, 2900, 1600, 9, 36000]),
                "statistics",
                u.id,
            ),
        ],
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl]
