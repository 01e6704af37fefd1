# ruff: noqa: E501  (mail and document wording, one sentence a string, as the units wrote it)
"""Set10 county stories, part 1. taishan — government Coremail HTML-only with a liaison table
and a logo picture, the plan as "新建 Microsoft Word 文档.docx" sent as application/octet-stream, a
school's plan forwarded as message/rfc822, an Info-ZIP zip with GBK names in nested folders
holding 1.docx/2.docx/3.docx, a PDF and an RTF; dyq — a PDF named only in Content-Type, an
article pasted in the body, docx typed application/msword, the late summary in a reply quoting
the city's mail Outlook-style; xintai — Outlook, a school's mail forwarded as message/rfc822, a
.7z of five articles, a docx-with-header PDF and an .ods.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .parts import U, article, docx, earlier, lo, sigpic, stats, stats_html, table_html


def taishan(b: Builder) -> None:
    u = U["taishan"]
    plan = docx(
        ["p", "泰山区教育和体育局"],
        ["h", "泰山区2020年职业教育活动周工作方案"],
        ["p", "为贯彻落实泰教函〔2020〕72号文件精神，结合我区实际，制定本方案。"],
        ["p", "一、活动时间：2020年11月8日至14日。"],
        [
            "p",
            "二、主要活动：组织区职专开展网络校园开放日、家电义务维修进社区、职业体验进小学等活动。",
        ],
        ["p", "三、工作要求：各校要高度重视，严格落实疫情防控要求，及时报送活动信息。"],
    )
    html = table_html(
        [
            ["单位", "姓名", "职务", "邮箱", "手机号码"],
            [
                "泰山区教育和体育局",
                "赵立新",
                "职成教科科长",
                "tsjtj_zcjk@ta.shandong.cn",
                "13905380417",
            ],
        ],
        before="市教育局职成高教科：\n我局活动周方案见附件，联络员信息如下：",
        after="宣传专栏地址：http://www.sdtsedu.gov.cn/zjhdz2020/\n\n泰山区教体局职成教科\n2020年11月3日",
        sig="logo.7@sig",
    )
    send(
        b,
        u,
        "11-03 09:40",
        "coremail-gov",
        "泰山区活动周方案和联络员",
        "",
        html=html,
        html_only=True,
        inline=[sigpic(7, "logo.png")],
        files=[
            F(
                "新建 Microsoft Word 文档.docx",
                plan,
                "plan",
                "taishan",
                ctype="application/octet-stream",
                note="generic name; content is the plan",
            )
        ],
        column_url="http://www.sdtsedu.gov.cn/zjhdz2020/",
        liaison=person(
            "泰山区教育和体育局",
            "赵立新",
            "职成教科科长",
            "tsjtj_zcjk@ta.shandong.cn",
            "13905380417",
        ),
    )
    q = U["tsqzz"]
    inner = earlier(
        q,
        "11-05 10:50",
        "win10",
        "泰山区职专活动周方案",
        "区教体局职成教科：\n我校活动周方案见附件。\n石磊\n\n从 Windows 10 版邮件发送",
    )
    send(
        b,
        u,
        "11-06 14:12",
        "coremail-gov",
        "转发：泰山区职专活动周方案",
        "市局：区职专的方案转发给您备案。\n赵立新",
        files=[
            F(
                "泰山区职专活动周方案.docx",
                docx(
                    ["h", "泰安市泰山区职业中等专业学校2020年职业教育活动周方案"],
                    ["p", "活动内容：烹饪技艺展示、家电维修进社区、网络开放日。"],
                ),
                "plan",
                "tsqzz",
            )
        ],
        forward=inner,
        note="a school's mail forwarded as message/rfc822; the plan is tsqzz's",
    )
    members = [
        F(
            "1.docx",
            article(
                "泰山区启动2020年职业教育活动周",
                "11月8日上午，泰山区2020年职业教育活动周启动仪式在区职专举行。",
                "活动周期间，全区将开展“云上开放日”、技能进社区等六类活动。",
            ),
            "article",
            "taishan",
        ),
        F(
            "2.docx",
            article(
                "职业体验走进小学课堂",
                "10日，区职专烹饪、汽修专业教师走进东岳小学，为三年级学生上了一堂职业启蒙课。",
                "孩子们亲手做面点、认识汽车零件，兴致很高。",
            ),
            "article",
            "taishan",
        ),
        F(
            "3.docx",
            article(
                "技能服务进社区 便民惠民暖人心",
                "11日，泰山区组织职业学校师生走进岱庙街道社区，开展家电维修、理发、健康咨询服务。",
                "共服务居民300余人次。",
            ),
            "article",
            "taishan",
        ),
    ]
    arc = Doc(
        "infozip-gbk",
        "taishan-1",
        members=tuple((f"泰山区活动周稿件/第一批/{f.name}", f.doc) for f in members),
    )  # type: ignore[misc]
    send(
        b,
        u,
        "11-11 16:05",
        "coremail-gov",
        "泰山区活动周宣传稿（第一批）",
        "市局：\n  第一批稿件3篇，打包在压缩包里。\n泰山区教体局 赵立新",
        files=[F("泰山区活动周稿件.zip", arc, "article", "taishan", label=False)],
        members=members,
    )
    send(
        b,
        u,
        "11-13 10:22",
        "coremail-gov",
        "泰山区活动周宣传稿（第二批）",
        "第二批2篇，一篇PDF一篇RTF，请查收。",
        files=[
            F(
                "附件.pdf",
                lo(
                    "lo-pdf",
                    "泰山区职专开展“云上校园开放日”",
                    "12日，泰山区职专通过抖音直播开展网络校园开放日，在线观看2.1万人次。",
                    "学校各专业负责人轮流出镜，介绍实训条件和升学就业渠道。",
                ),
                "article",
                "taishan",
            ),
            F(
                "稿件5.rtf",
                lo(
                    "lo-rtf",
                    "泰山区：职教宣传进万家",
                    "活动周期间，泰山区在区融媒体中心开设职教专栏，连续播发职教故事7期。",
                ),
                "article",
                "taishan",
            ),
        ],
    )
    rows = [["泰山区教育和体育局", 12, 9, 2, 6, 3400, 1260, 18, 52000]]
    send(
        b,
        u,
        "11-16 10:10",
        "coremail-gov",
        "泰山区活动周总结及统计表",
        "市教育局职成高教科：\n  按照通知要求，报送我区活动周总结报告和情况统计表，请审阅。\n\n泰山区教育和体育局",
        files=[
            F(
                "总结.doc",
                docx(
                    ["h", "泰山区2020年职业教育活动周总结"],
                    [
                        "p",
                        "11月8日至14日，我区以“人人出彩 技能强国”为主题开展活动周，共组织线上线下活动21场。",
                    ],
                    ["p", "一是精心部署。二是突出特色。三是注重宣传，在各级媒体刊发稿件18篇。"],
                    producer="docx-doc",
                ),
                "summary",
                "taishan",
            ),
            F(
                "统计表.xls",
                Doc("lo-xls", stats_html(rows, "2020年职业教育活动周情况统计表")),
                "statistics",
                "taishan",
            ),
        ],
    )


def dyq(b: Builder) -> None:
    u = U["dyq"]
    plan = lo(
        "lo-pdf",
        "岱岳区2020年职业教育活动周实施方案",
        "岱教体字〔2020〕51号",
        "一、指导思想……二、活动主题：人人出彩 技能强国。三、活动安排：（一）11月9日，区职教中心举办网络校园开放日；（二）11月10日至12日，开展技能下乡进村入户服务；（三）11月13日，举办职教成果展。",
        "四、工作要求：各单位要认真组织，及时报送活动信息。",
    )
    send(
        b,
        u,
        "11-04 15:30",
        "coremail",
        "岱岳区职业教育活动周方案",
        "您好：\n附件为岱岳区活动周实施方案（PDF版）。\n我区活动周宣传专栏：http://www.dyjy.gov.cn/zjzl/\n联络员：孙红梅，职成科副科长，手机15169818523，邮箱同本邮箱。\n\n岱岳区教体局职成科",
        files=[F("岱岳区活动周实施方案.pdf", plan, "plan", "dyq", style="ct-name")],
        column_url="http://www.dyjy.gov.cn/zjzl/",
        liaison=person("", "孙红梅", "职成科副科长", "dyjtj_zc@126.com", "15169818523"),
    )
    body_art = (
        "岱岳区职教中心举办网络校园开放日\n\n"
        "11月9日，岱岳区职业教育中心通过“云上开放日”向社会展示办学成果。直播间里，数控、电商、"
        "学前教育等专业的师生轮番登场，展示实训作品，解答家长关心的升学问题。当天累计在线观看1.8万人次。"
    )
    html = (
        "<div>职成高教科：</div><div>今天的稿件直接贴在正文里了，请采用。</div><br>"
        "<div><b>岱岳区职教中心举办网络校园开放日</b></div>"
        "<div>11月9日，岱岳区职业教育中心通过“云上开放日”向社会展示办学成果。直播间里，数控、电商、"
        "学前教育等专业的师生轮番登场，展示实训作品，解答家长关心的升学问题。当天累计在线观看1.8万人次。</div>"
        "<br><div>岱岳区教体局 孙红梅</div>"
    )
    send(
        b,
        u,
        "11-09 17:48",
        "coremail",
        "稿件：岱岳区职教中心举办网络校园开放日",
        "职成高教科：\n今天的稿件直接贴在正文里了，请采用。\n\n"
        + body_art
        + "\n\n岱岳区教体局 孙红梅",
        html=html,
        body_article=True,
    )
    send(
        b,
        u,
        "11-11 09:15",
        "coremail",
        "岱岳区稿件两篇",
        "两篇稿件，请查收。",
        files=[
            F(
                "岱岳区稿件二.docx",
                article(
                    "技能下乡 服务“三农”",
                    "10日，岱岳区职教中心农学专业师生来到满庄镇果园，为果农讲解冬季修剪技术。",
                ),
                "article",
                "dyq",
                ctype="application/msword",
            ),
            F(
                "岱岳区稿件三.docx",
                article(
                    "岱岳区职教成果展开展",
                    "13日，岱岳区职教成果展在区文化中心开展，展出师生作品200余件。",
                ),
                "article",
                "dyq",
                ctype="application/msword",
            ),
        ],
    )
    send(
        b,
        u,
        "11-12 18:30",
        "coremail",
        "岱岳区活动周报道链接",
        "两篇报道已在区教体局网站发布：\n1. http://www.dyjy.gov.cn/zjzl/2020/1112/451.html\n2. http://www.dyjy.gov.cn/zjzl/2020/1112/452.html\n孙红梅",
        article_links=[
            "http://www.dyjy.gov.cn/zjzl/2020/1112/451.html",
            "http://www.dyjy.gov.cn/zjzl/2020/1112/452.html",
        ],
    )
    quoted = (
        "孙老师好：\n总结和统计表今天上午补上，晚了一天，抱歉。\n\n孙红梅\n\n\n"
        "发件人: 市教育局职成高教科 [mailto:jyj-zcjk01@ta.shandong.cn]\n"
        "发送时间: 2020年11月16日 17:05\n收件人: dyjtj_zc@126.com\n"
        "主题: 关于报送活动周总结报告和统计表的提醒\n\n"
        "各县市区教体局：请于今天下班前报送活动周总结报告和统计表。"
    )
    send(
        b,
        u,
        "11-17 09:12",
        "coremail",
        "回复: 关于报送活动周总结报告和统计表的提醒",
        quoted,
        files=[
            F(
                "岱岳区职业教育活动周总结.docx",
                lo(
                    "lo-docx",
                    "岱岳区2020年职业教育活动周工作总结",
                    "活动周期间，我区组织各类活动26场，参与师生4100人次。",
                    "下一步，我们将总结经验，推动职业教育持续发展。",
                ),
                "summary",
                "dyq",
            ),
            F(
                "统计表.xlsx",
                Doc("openpyxl", stats([["岱岳区教体局", 8, 18, 1, 9, 4100, 2300, 11, 38000]])),
                "statistics",
                "dyq",
            ),
        ],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    send(
        b,
        u,
        "11-05 10:20",
        "outlook",
        "新泰市2020年职业教育活动周实施方案",
        "市教育局职成高教科：\n\n  现将新泰市2020年职业教育活动周实施方案报上，请审阅。\n  活动周宣传专栏：http://www.xtedu.gov.cn/hdz2020/\n  联络员：刘建国（职成教科科员），手机13853880276，邮箱xinta_jty@163.com\n\n新泰市教育和体育局职成教科\n刘建国\n电话：0538-7221836",
        files=[
            F(
                "新泰市2020年职业教育活动周实施方案.docx",
                docx(
                    ["h", "新泰市2020年职业教育活动周实施方案"],
                    [
                        "p",
                        "为深入宣传职业教育改革发展成果，根据市教育局等9部门通知要求，制定本方案。",
                    ],
                    ["p", "一、活动主题：人人出彩 技能强国"],
                    ["p", "二、活动内容：网络开放日、技能展演、职业启蒙进校园、技能下乡。"],
                ),
                "plan",
                "xintai",
            )
        ],
        column_url="http://www.xtedu.gov.cn/hdz2020/",
        liaison=person("", "刘建国", "职成教科科员", "xinta_jty@163.com", "13853880276"),
    )
    x = U["xtzz"]
    inner = earlier(
        x,
        "11-10 16:40",
        "coremail",
        "新泰职专活动周宣传稿件",
        "刘科长：\n  我校活动周稿件两篇，麻烦转市局。\n新泰职专 教务处 王霞",
    )
    send(
        b,
        u,
        "11-11 08:35",
        "outlook",
        "转发: 新泰职专活动周宣传稿件",
        "职成高教科：\n  新泰职专的稿件转给您，原邮件附后。\n\n刘建国",
        files=[
            F(
                "新泰职专稿件1.docx",
                article(
                    "新泰职专：匠心筑梦 技能报国",
                    "9日，新泰职专举行活动周技能展演，机电、汽修专业学生现场展示技艺。",
                    byline="新泰职专 王霞",
                ),
                "article",
                "xtzz",
            ),
            F(
                "新泰职专稿件2.docx",
                article(
                    "新泰职专师生走进青云街道开展志愿服务",
                    "11月10日，学校组织志愿者走进社区，为居民免费维修小家电80余件。",
                    byline="供稿：新泰市职业中等专业学校",
                ),
                "article",
                "xtzz",
            ),
        ],
        forward=inner,
        note="the school's mail forwarded as message/rfc822",
    )
    arts = [
        (
            "01新泰市活动周启动.docx",
            "新泰市2020年职业教育活动周启动",
            "8日，新泰市职业教育活动周在市职教园区启动。",
        ),
        (
            "02云上开放日.docx",
            "新泰市“云上开放日”吸引万名家长观看",
            "全市3所职业学校同步直播，观看人次超过1.2万。",
        ),
        (
            "03技能下乡.docx",
            "新泰职教技能下乡助力乡村振兴",
            "师生深入羊流镇，为农户检修农机具50余台。",
        ),
        (
            "04职业启蒙.docx",
            "新泰市职业启蒙教育走进中小学",
            "活动周期间，各职业学校面向中小学生开放实训基地。",
        ),
        ("05成果展.docx", "新泰市职业教育成果展亮点纷呈", "展会展出各校技能作品和校企合作成果。"),
    ]
    members = [
        F(
            n,
            article(h, p, "活动周期间，新泰市各职业学校积极参与，营造了良好氛围。"),
            "article",
            "xintai",
        )
        for n, h, p in arts
    ]
    seven = Doc(
        "7z-7z",
        "xintai-arts",
        members=tuple((f"新泰市活动周宣传材料/{f.name}", f.doc) for f in members),
    )  # type: ignore[misc]
    send(
        b,
        u,
        "11-12 15:50",
        "outlook",
        "新泰市活动周宣传材料5篇",
        "职成高教科：\n  我市活动周宣传材料5篇，7z压缩包，请查收。\n\n刘建国",
        files=[F("新泰市活动周宣传材料.7z", seven, "article", "xintai", label=False)],
        members=members,
    )
    rows = [["新泰市教育和体育局", 10, 14, 3, 11, 5600, 3100, 15, 61000]]
    send(
        b,
        u,
        "11-16 15:02",
        "outlook",
        "答复: 新泰市活动周宣传材料5篇",
        "职成高教科：\n  总结报告和统计表一并报送。统计表用的是WPS表格另存的ODS格式，打不开请告知。\n\n刘建国\n\n"
        "________________________________\n发件人: 刘建国 <xinta_jty@163.com>\n发送时间: 2020年11月12日 15:50\n"
        "收件人: jyj-zcjk01@ta.shandong.cn\n主题: 新泰市活动周宣传材料5篇\n\n职成高教科：\n  我市活动周宣传材料5篇，7z压缩包，请查收。",
        files=[
            F(
                "新泰市活动周总结.pdf",
                docx(
                    ["header", "新泰市教育和体育局"],
                    ["h", "新泰市2020年职业教育活动周总结报告"],
                    ["p", "活动周期间，全市组织各类活动24场，参与师生5600人次，服务群众3100人次。"],
                    ["p", "主要做法：一是高位推动；二是线上线下结合；三是宣传发动。"],
                    producer="docx-pdf",
                ),
                "summary",
                "xintai",
            ),
            F(
                "新泰市统计表.ods",
                Doc("lo-ods", stats_html(rows, "2020年职业教育活动周情况统计表")),
                "statistics",
                "xintai",
            ),
        ],
    )


STORIES = [taishan, dyq, xintai]
