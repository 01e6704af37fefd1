# ruff: noqa: E501  (mail and document wording, one sentence a string, as the units wrote it)
"""Set10 county stories, part 2. feicheng — 网易邮箱大师 from a phone (RFC 2231 UTF-8 name,
发自网易邮箱大师), the contact completed the next day, a 7-Zip zip of docx/odt/doc, 附件1/附件2;
ningyang — Sina GBK quoted-printable, a mail with no subject, a "回复：" quoting it whole, the
statistics as a Calc PDF; dongping — QQ web GB18030, the liaison and column only in a .doc plan
sent as octet-stream, a 汇编 PDF of five, 转发： with a QQ 原始邮件 block, a school's article
forwarded as message/rfc822; gaoxin — 139 mail, everything late, the plan as RTF, the summary
named 高新区.docx in RFC 2231 GBK.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .parts import U, article, docx, earlier, lo, stats


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(
        b,
        u,
        "11-05 17:41",
        "mailmaster",
        "肥城市活动周方案",
        "方案见附件。专栏网址 http://www.fcjy.net/2020zjhdz/index.html\n联系人 陈晓燕 13562870519\n\n发自网易邮箱大师",
        files=[
            F(
                "肥城市职业教育活动周方案.docx",
                docx(
                    ["h", "肥城市2020年职业教育活动周活动方案"],
                    ["p", "一、组织领导。成立活动周领导小组。"],
                    [
                        "p",
                        "二、活动安排。11月8日启动，11月9日至13日开展开放日、技能服务和成果展示。",
                    ],
                ),
                "plan",
                "feicheng",
                style="rfc2231-utf8",
            )
        ],
        column_url="http://www.fcjy.net/2020zjhdz/index.html",
        liaison=person("", "陈晓燕", "", "", "13562870519"),
    )
    send(
        b,
        u,
        "11-06 08:52",
        "foxmail",
        "补报联络员信息",
        "市局职成高教科：\n昨天用手机发的，联络员信息不全，现补充：\n单位：肥城市教育和体育局\n姓名：陈晓燕\n职务：职成教科副科长\n邮箱：fcjtj_zcjyk@ta.shandong.cn\n手机：13562870519\n\n肥城市教体局",
        liaison=person(
            "肥城市教育和体育局",
            "陈晓燕",
            "职成教科副科长",
            "fcjtj_zcjyk@ta.shandong.cn",
            "13562870519",
        ),
    )
    arts = [
        ("肥城市活动周启动仪式.docx", "python-docx", "肥城市举行2020年职业教育活动周启动仪式"),
        ("桃乡职教服务队进村.odt", "docx-odt", "桃乡职教服务队走进仪阳街道"),
        ("肥城职专网络开放日.docx", "python-docx", "肥城职专网络开放日精彩纷呈"),
        ("校企合作成果展.doc", "docx-doc", "肥城市校企合作成果展示活动举行"),
    ]
    members = [
        F(
            n,
            article(
                h,
                "活动周期间，肥城市各职业院校积极开展系列活动。",
                "参与群众纷纷点赞。",
                producer=p,
            ),
            "article",
            "feicheng",
        )
        for n, p, h in arts
    ]
    z = Doc("7z-zip", "feicheng-arts", members=tuple((f.name, f.doc) for f in members))  # type: ignore[misc]
    send(
        b,
        u,
        "11-12 11:30",
        "foxmail",
        "肥城市活动周稿件",
        "职成高教科：\n附件压缩包内是我市4篇稿件，第5篇还在修改，随后报送。\n\n陈晓燕",
        files=[F("肥城市活动周稿件.zip", z, "article", "feicheng", label=False)],
        members=members,
    )
    send(
        b,
        u,
        "11-15 09:05",
        "foxmail",
        "肥城市第5篇稿件",
        "第五篇，请查收。",
        files=[
            F(
                "肥城市活动周稿件5.docx",
                article(
                    "肥城：让职业教育走进百姓身边",
                    "活动周期间，肥城市共开展各类职教宣传活动30余场。",
                ),
                "article",
                "feicheng",
            )
        ],
    )
    rows = [["肥城市", "9", "16", "2", "12", "4800", "2600", "12", "45000"]]
    send(
        b,
        u,
        "11-16 17:20",
        "foxmail",
        "肥城市教体局活动周总结报告、统计表",
        "职成高教科：\n附件1：总结报告\n附件2：统计表\n\n肥城市教育和体育局职成教科 陈晓燕",
        files=[
            F(
                "附件1.docx",
                docx(
                    ["h", "肥城市2020年职业教育活动周总结"],
                    [
                        "p",
                        "我市以活动周为契机，集中展示职业教育改革发展成果。活动周共开展活动25场。",
                    ],
                ),
                "summary",
                "feicheng",
                note="generic name; the content is the summary",
            ),
            F(
                "附件2.xlsx",
                Doc("openpyxl", stats(rows, title="2020年职业教育活动周情况统计表（肥城市）")),
                "statistics",
                "feicheng",
            ),
        ],
    )


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-04 16:12",
        "sina",
        "宁阳县教体局报送活动周方案",
        "市教育局职成高教科：\n  附件是我县活动周方案，请审核。\n  宣传专栏：http://www.nyjy.cn/zjhdz/\n  联络员：宁阳县教育和体育局 高志强 职成股股长\n  手机：18653829107  邮箱：nyjtjzck@sina.com\n\n宁阳县教育和体育局",
        files=[
            F(
                "宁阳县方案.odt",
                lo(
                    "lo-odt",
                    "宁阳县2020年职业教育活动周实施方案",
                    "根据上级通知精神，我县定于11月8日至14日开展职业教育活动周。",
                    "活动内容：校园开放、技能展示、送技下乡、宣传报道。",
                ),
                "plan",
                "ningyang",
            )
        ],
        column_url="http://www.nyjy.cn/zjhdz/",
        liaison=person(
            "宁阳县教育和体育局", "高志强", "职成股股长", "nyjtjzck@sina.com", "18653829107"
        ),
    )
    first = "附件是我县第一批宣传稿件，请查收。\n\n高志强"
    send(
        b,
        u,
        "11-10 11:06",
        "sina",
        "",
        first,
        files=[
            F(
                "1.docx",
                article("宁阳县职业教育活动周启动", "8日，宁阳县在县职专举行活动周启动仪式。"),
                "article",
                "ningyang",
            ),
            F(
                "2.docx",
                article(
                    "宁阳职专开展“送技下乡”", "9日，宁阳职专师生来到蒋集镇，为村民维修电器、理发。"
                ),
                "article",
                "ningyang",
            ),
            F(
                "3.docx",
                article(
                    "宁阳县职教开放日迎来千名家长",
                    "10日，县职专开放实训车间，千余名家长和初中生走进校园。",
                ),
                "article",
                "ningyang",
            ),
        ],
        note="no subject",
    )
    send(
        b,
        u,
        "11-14 20:17",
        "sina",
        "回复：",
        "再补两篇，共5篇了。\n\n高志强\n\n----- 原始邮件 -----\n发件人：<nyjtjzck@sina.com>\n收件人：<jyj-zcjk01@ta.shandong.cn>\n时间：2020年11月10日 11:06\n主题：\n\n"
        + first,
        files=[
            F(
                "4.doc",
                lo(
                    "lo-doc",
                    "宁阳县：职教故事进社区",
                    "活动周期间，宁阳县组织优秀毕业生走进社区讲述成长故事。",
                ),
                "article",
                "ningyang",
            ),
            F(
                "5.docx",
                article(
                    "宁阳县职业教育活动周成果丰硕",
                    "一周来，全县职业学校开展活动18场，服务群众2000余人次。",
                ),
                "article",
                "ningyang",
            ),
        ],
    )
    rows = [["宁阳县", 6, 12, 2, 8, 3000, 2100, 9, 26000]]
    send(
        b,
        u,
        "11-16 16:40",
        "sina",
        "宁阳县活动周总结和统计表",
        "总结和统计表见附件，统计表是PDF。\n宁阳县教体局 高志强",
        files=[
            F(
                "宁阳县教育和体育局关于2020年职业教育活动周的总结.docx",
                docx(
                    ["h", "宁阳县教育和体育局关于2020年职业教育活动周的总结"],
                    ["p", "今年活动周，我县坚持线上线下相结合，开展活动18场。"],
                ),
                "summary",
                "ningyang",
            ),
            F(
                "统计表.pdf",
                Doc("xlsx-pdf", stats(rows, title="2020年职业教育活动周情况统计表")),
                "statistics",
                "ningyang",
                note="a PDF of the table",
            ),
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(
        b,
        u,
        "11-02 10:30",
        "qqweb",
        "咨询活动周方案格式",
        "您好，请问活动周方案有没有统一模板？是报word还是盖章的PDF？\n东平县教体局 职成股",
    )
    plan = docx(
        ["h", "东平县2020年职业教育活动周实施方案"],
        ["p", "一、活动时间：11月8日—14日"],
        ["p", "二、活动内容：（一）云上开放日；（二）技能服务进乡村；（三）职教宣传进社区。"],
        [
            "p",
            "三、宣传专栏：东平县教育和体育局网站“职教活动周”专栏，网址http://www.dpjy.gov.cn/zjhdz/",
        ],
        [
            "p",
            "四、联络员：东平县教育和体育局职成股股长 侯建军，手机13792167430，邮箱dpxjtj_zc@qq.com",
        ],
        producer="docx-doc",
    )
    send(
        b,
        u,
        "11-05 16:02",
        "qqweb",
        "东平县活动周方案",
        "您好，东平县活动周方案已附上，联络员和专栏地址在方案第三、四部分。",
        files=[
            F("东平县活动周方案.doc", plan, "plan", "dongping", ctype="application/octet-stream")
        ],
        column_url="http://www.dpjy.gov.cn/zjhdz/",
        liaison=person(
            "东平县教育和体育局", "侯建军", "职成股股长", "dpxjtj_zc@qq.com", "13792167430"
        ),
    )
    hb = lo(
        "lo-pdf",
        "东平县职业教育活动周宣传稿件汇编",
        "稿件一：东平县职业教育活动周启动",
        "8日，东平县职业教育活动周在县职教中心启动。",
        "稿件二：东平职教中心云上开放日",
        "9日，县职教中心开展网络开放日，在线观看9000余人次。",
        "稿件三：送技下乡到湖区",
        "10日，师生到老湖镇开展农机维修服务。",
        "稿件四：职业启蒙进小学",
        "11日，职教中心教师为实验小学学生上职业体验课。",
        "稿件五：东平县职教成果展示",
        "13日，东平县职业教育成果展吸引群众参观。",
    )
    send(
        b,
        u,
        "11-13 14:25",
        "qqweb",
        "东平县活动周稿件汇编（5篇）",
        "稿件5篇合成一个PDF了。\n侯建军",
        files=[F("东平县稿件汇编.pdf", hb, "article", "dongping", count=5)],
    )
    send(
        b,
        u,
        "11-17 08:31",
        "qqweb",
        "转发：东平县活动周总结及统计表",
        "职成高教科：\n  昨天发到了局办公室邮箱，转给您，附件已重新添加。\n\n侯建军\n\n"
        '------------------ 原始邮件 ------------------\n发件人: "侯建军"<dpxjtj_zc@qq.com>;\n'
        '发送时间: 2020年11月16日(星期一) 下午5:40\n收件人: "县教体局办公室"<dpjtj_bgs@163.com>;\n'
        "主题: 东平县活动周总结及统计表\n\n请办公室转市局。",
        files=[
            F(
                "东平县总结.docx",
                docx(
                    ["h", "东平县2020年职业教育活动周总结"],
                    ["p", "我县以“人人出彩 技能强国”为主题，组织各类活动20场。"],
                ),
                "summary",
                "dongping",
            ),
            F(
                "东平县统计表.xls",
                Doc("xlsx-xls", stats([["东平县教育和体育局", 7, 13, 2, 9, 2800, 1700, 8, 21000]])),
                "statistics",
                "dongping",
            ),
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-06 15:33",
        "m139",
        "高新区职业教育活动周方案（补报）",
        "市教育局：\n  因区内机构调整，方案报送晚了，请谅解。\n  专栏：http://www.tagxq.gov.cn/jyty/zjhdz/\n  联络员：泰安高新区教育和体育局 社会事务科 许文静（科员）\n  电话 15253876012  邮箱 gxqjtj_sw@139.com",
        files=[
            F(
                "高新区活动周方案.rtf",
                lo(
                    "lo-rtf",
                    "泰安高新区2020年职业教育活动周方案",
                    "一、活动目的。二、活动安排。三、工作要求。",
                ),
                "plan",
                "gaoxin",
            )
        ],
        column_url="http://www.tagxq.gov.cn/jyty/zjhdz/",
        liaison=person(
            "泰安高新区教育和体育局", "许文静", "社会事务科科员", "gxqjtj_sw@139.com", "15253876012"
        ),
    )
    send(
        b,
        u,
        "11-12 10:48",
        "m139",
        "高新区稿件",
        "两篇。",
        files=[
            F(
                "高新区稿件1.docx",
                article(
                    "高新区开展职业体验日活动",
                    "11日，高新区组织中小学生走进企业车间，体验智能制造。",
                ),
                "article",
                "gaoxin",
            ),
            F(
                "高新区稿件2.docx",
                article(
                    "高新区企业与职业院校签订合作协议",
                    "活动周期间，区内5家企业与职业院校签约共建实训基地。",
                ),
                "article",
                "gaoxin",
            ),
        ],
    )


def gaoxin_late(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-16 19:05",
        "m139",
        "高新区活动周总结",
        "总结补报，统计表正在汇总。\n许文静",
        files=[
            F(
                "高新区.docx",
                docx(
                    ["h", "泰安高新区2020年职业教育活动周工作总结"],
                    ["p", "活动周期间，我区组织企业开放、职业体验等活动6场。"],
                ),
                "summary",
                "gaoxin",
                style="rfc2231-gbk",
                note="the unit's name only as the file name",
            )
        ],
    )


def dongping_fwd(b: Builder) -> None:
    u, s = U["dongping"], U["dpzj"]
    inner = earlier(
        s, "11-11 16:20", "foxmail", "职教中心稿件", "侯股长：职教中心一篇稿件，请转市局。\n彭立华"
    )
    send(
        b,
        u,
        "11-12 08:10",
        "qqweb",
        "Fw: 职教中心稿件",
        "转市局。\n侯建军",
        files=[
            F(
                "职教中心技能大比武.docx",
                article(
                    "东平县职业教育中心学校举行技能大比武",
                    "11日，东平职教中心举行学生技能大比武，12个项目300余名学生参赛。",
                    byline="东平县职业教育中心学校 彭立华",
                ),
                "article",
                "dpzj",
            )
        ],
        forward=inner,
        note="the school's article forwarded as message/rfc822",
    )


STORIES = [feicheng, ningyang, dongping, gaoxin, gaoxin_late, dongping_fwd]
