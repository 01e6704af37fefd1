"""Set13's county bureaus (1 of 2): taishan, dyq, xintai, feicheng. Shapes: a
通知 to the county's schools as the plan (taishan, dongping); a plan with its liaison table at the
end (xintai); a plan file named "新建 Microsoft Word 文档" (feicheng); a phone-app scan (image-
only PDF) replaced by a Word copy after the deadline (ningyang); a password-protected summary
resent the same afternoon (dyq); an encrypted statistics table never resent (feicheng); a
truncated xlsx never resent (gaoxin); statistics with two merged header rows and a 合计 row and
填表人/审核人 under it, inside a docx, transposed in a Calc .xls, on the second sheet after a
cover sheet, units in the header; a summary titled 活动周工作报告 and one titled 工作开展情况 with
figures in prose and a table; a 简报 issue of three pieces as a PDF; articles as .odt, .doc and
Chromium PDFs.
"""

from __future__ import annotations

from .build import Builder, person, send
from .docs import Doc
from .paper import U, art, docf, docx_article, html, paras, sheet

D = Doc


def taishan(b: Builder) -> None:
    u = U["taishan"]
    plan = D("python-docx", [
        ["p", "泰山教体发〔2020〕38号"],
        ["h", "关于开展2020年泰山区职业教育活动周活动的通知"],
        ["p", "各中小学、区职业中专："],
        *paras(
            "根据市教育局等9部门《关于做好2020年泰安市职业教育活动周相关工作的通知》要求，"
            "结合我区实际，决定于11月8日至14日开展职业教育活动周活动，现将有关事项通知如下。",
            "一、活动主题：人人出彩 技能强国。",
            "二、主要活动：（一）区职专校园开放日；（二）职业体验进小学；（三）技能服务进社区。",
            "三、工作要求：各校要高度重视，精心组织，于11月15日前将活动开展情况报区教体局职成教科。",
        ),
        ["p", "泰安市泰山区教育和体育局"],
        ["p", "2020年11月3日"],
    ])  # fmt: skip
    send(b, u, "11-04 09:20", "coremail-gov", "泰山区教体局职教活动周实施方案及联络员",
         "市教育局职成高教科：\n"
         "    我局已印发活动周通知，作为我区活动周实施方案，随附件报送。\n"
         "    区教体局活动周专栏：http://www.sdtaishan.gov.cn/col/col_zjhdz/index.html\n"
         "    联络员：赵明远，职成教科科长，邮箱tsjtj_zcjk@ta.shandong.cn，手机13905386712\n"
         "泰山区教体局职成教科\n2020.11.4",
         [docf("泰山教体发〔2020〕38号.docx", plan, "plan", "taishan")],
         liaison=person("", "赵明远", "职成教科科长", "tsjtj_zcjk@ta.shandong.cn", "13905386712"),
         column_url="http://www.sdtaishan.gov.cn/col/col_zjhdz/index.html",
         note="the county's 通知 to its schools, with 文号, as the plan")  # fmt: skip
    brief = D("docx-pdf", [
        ["header", "泰山区职业教育活动周简报"],
        ["p", "第1期  泰山区教育和体育局编  2020年11月10日"],
        ["plain", "区职专举办“云上校园开放日”"],
        ["p", "11月8日，泰山区职专通过直播平台向家长和初中学生展示实训基地，在线观看达3200人次。"],
        ["plain", "职业体验课走进东岳小学"],
        ["p", "9日下午，区职专烹饪、汽修专业教师为东岳小学四年级学生上了一堂职业体验课。"],
        ["plain", "“技能服务进社区”在岱宗坊社区开展"],
        ["p", "10日，区职专师生在岱宗坊社区开展家电维修、理发等便民服务，服务群众160余人。"],
        ["footer", "报：市教育局职成高教科    送：区职专、各中小学"],
    ])  # fmt: skip
    send(
        b,
        u,
        "11-10 16:05",
        "coremail-gov",
        "泰山区活动周简报第1期",
        "您好，附件是我区活动周简报第1期（三篇），请审阅。",
        [art("泰山区职业教育活动周简报第1期.pdf", brief, "taishan", count=3)],
    )
    odt = D(
        "lo-odt",
        html(
            ("h", "泰山区召开职业教育活动周校企合作座谈会"),
            "11月11日，区教体局组织区职专与12家驻区企业召开座谈会，围绕订单培养、"
            "实习就业等话题深入交流，现场签订合作协议3项。",
        ),
    )
    doc = D(
        "lo-doc",
        html(
            ("h", "小小工匠体验日：泰山区中小学生走进职专实训室"),
            "12日，来自4所小学的200名学生走进区职专实训室，在老师指导下动手完成"
            "木工、面点、电子焊接等作品。",
        ),
    )
    send(
        b,
        u,
        "11-13 10:40",
        "coremail-gov",
        "泰山区活动周宣传稿件两篇",
        "职成高教科：\n再报送两篇稿件，一篇odt格式，一篇doc格式，打不开请告知。\n赵明远",
        [art("校企合作座谈会.odt", odt, "taishan"), art("小小工匠体验日.doc", doc, "taishan")],
    )
    report = D("python-docx", [
        ["h", "泰山区2020年职业教育活动周工作报告"],
        *paras("今年活动周期间，我区坚持线上线下结合，共组织各类活动18项，参与师生、家长和市民"
               "约1.2万人次。", "一、加强组织领导。二、突出特色活动。三、强化宣传报道，在区政府网站"
               "和“泰山教育”公众号发布信息23条。"),
    ])  # fmt: skip
    stats = D("openpyxl", sheet([
        ["2020年职业教育活动周情况统计表"],
        ["填报单位：泰安市泰山区教育和体育局"],
        ["学校", "线上活动", None, "线下活动", None, "宣传报道（篇）"],
        [None, "场次", "参与人次", "场次", "参与人次", None],
        ["泰山区职专", 6, 8200, 7, 2600, 15],
        ["东岳小学等中小学", 2, 900, 3, 500, 8],
        ["合计", 8, 9100, 10, 3100, 23],
        [],
        ["填表人：赵明远", None, "审核人：孙家庆", None, "联系电话：8226013"],
    ], merge=["A1:F1", "A2:F2", "A3:A4", "B3:C3", "D3:E3", "F3:F4"]))  # fmt: skip
    send(
        b,
        u,
        "11-16 14:10",
        "coremail-gov",
        "泰山区活动周工作报告及统计表",
        "市局职成高教科：\n活动周工作报告、统计表各一份，请查收。\n泰山区教体局 赵明远",
        [
            docf("泰山区活动周工作报告.docx", report, "summary", "taishan"),
            docf("统计表.xlsx", stats, "statistics", "taishan"),
        ],
        note="statistics with two merged header rows, a 合计 row and 填表人/审核人",
    )


def dyq(b: Builder) -> None:
    u = U["dyq"]
    plan = D("lo-pdf", html(("h", "岱岳区2020年职业教育活动周实施方案"),
                            "为办好我区2020年职业教育活动周，制定本方案。",
                            ("b", "一、活动时间"), "2020年11月8日至14日。",
                            ("b", "二、活动内容"),
                             "开展职教成果网上展、技能大师进校园、职业启蒙进中小学等活动。",
                            title="岱岳区活动周方案"))  # fmt: skip
    send(b, u, "11-05 11:02", "coremail", "岱岳区活动周方案",
         "职成高教科各位老师好：\n"
         "  岱岳区活动周方案（PDF版）见附件。\n"
         "  宣传专栏网址  http://jtj.daiyue.gov.cn/zjhdz2020/\n"
         "  联络员信息：\n"
         "    单位  岱岳区教育和体育局\n"
         "    姓名  韩雪梅\n"
         "    职务  职业与成人教育科副科长\n"
         "    邮箱  dyjtj_zjk@163.com\n"
         "    手机  158 5488 0926\n"
         "岱岳区教体局",
         [docf("岱岳区活动周方案.pdf", plan, "plan", "dyq")],
         liaison=person("岱岳区教育和体育局", "韩雪梅", "职业与成人教育科副科长",
                        "dyjtj_zjk@163.com", "15854880926"),
         column_url="http://jtj.daiyue.gov.cn/zjhdz2020/")  # fmt: skip
    a1 = D("python-docx-img", docx_article("岱岳区职教中心开展“技能大师进校园”活动", [
        "11月9日，省级技能大师刘长河走进岱岳区职教中心，为数控专业学生现场演示精密加工技艺。",
        "学生们围在机床旁认真观摩，不时提问。"], "岱岳区教体局 韩雪梅", photos=2))  # fmt: skip
    a2 = D(
        "python-docx-img",
        docx_article(
            "岱岳区职业启蒙教育走进满庄镇中心小学",
            ["10日，区职教中心教师带着茶艺、插花、3D打印等体验项目来到满庄镇中心小学。"],
            photos=1,
        ),
    )
    send(b, u, "11-10 17:30", "coremail", "稿件（岱岳区）",
         "两篇稿件，含图片。", [art("技能大师进校园.docx", a1, "dyq"),
                               art("职业启蒙进小学.docx", a2, "dyq")])  # fmt: skip
    a3 = D(
        "chromium-pdf",
        html(
            ("h", "岱岳区举办职业教育成果网上展"),
            "活动周期间，岱岳区在区教体局网站开设网上展厅，集中展示近三年职业教育成果。",
        ),
    )
    a4 = D(
        "python-docx",
        docx_article(
            "岱岳区职教中心学子在市技能大赛中获佳绩",
            ["在刚刚结束的全市职业院校技能大赛中，岱岳区职教中心学生获一等奖4项、二等奖6项。"],
        ),
    )
    a5 = D(
        "python-docx",
        docx_article(
            "岱岳区开展“职教助农”技能下乡活动",
            ["13日，区职教中心农学专业师生来到道朗镇果园，为果农讲解冬季修剪技术。"],
        ),
    )
    send(b, u, "11-13 15:20", "coremail", "岱岳区第二批宣传材料",
         "第二批3篇，请查收。", [art("网上展.pdf", a3, "dyq"), art("技能大赛获佳绩.docx", a4,
          "dyq"),
                                art("技能下乡.docx", a5, "dyq")])  # fmt: skip
    summary = D(
        "python-docx",
        [
            ["h", "岱岳区2020年职业教育活动周总结"],
            *paras("活动周期间我区共开展活动12项，参与人数5600余人次。"),
        ],
    )
    locked = D("enc-ooxml", "daiyue1116", members=(("in", summary),))
    stats = D("lo-xlsx", html([
        ["单位", "开展活动（项）", "参与人数（人次）", "网上展示（场）", "媒体报道（篇）"],
        ["岱岳区教育和体育局", "12", "5600", "4", "9"]]))  # fmt: skip
    send(
        b,
        u,
        "11-16 10:05",
        "coremail",
        "岱岳区活动周总结、统计表",
        "老师您好，总结和统计表已发，请查收。",
        [
            docf(
                "岱岳区活动周总结.docx",
                locked,
                "summary",
                "dyq",
                readable=False,
                note="an Office open password (agile encryption)",
            ),
            docf("岱岳区活动周统计表.xlsx", stats, "statistics", "dyq"),
        ],
        note="the summary is password-protected; a readable copy came the same afternoon",
    )
    send(
        b,
        u,
        "11-16 16:40",
        "coremail",
        "回复：岱岳区活动周总结、统计表",
        "不好意思，上午发的总结设置了密码，现重新发送无密码版本。\n韩雪梅",
        [docf("岱岳区活动周总结（无密码）.docx", summary, "summary", "dyq")],
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    plan = D("python-docx", [
        ["h", "新泰市2020年职业教育活动周实施方案"],
        *paras("一、指导思想",
         "二、活动安排：11月8日启动仪式；9日至13日开展“职教开放周”；14日成果展示。",
               "三、保障措施", "附：新泰市职业教育活动周联络员"),
        ["t", [["单位", "姓名", "职务", "手机", "电子邮箱"],
               ["新泰市教育和体育局", "李文涛", "职成教科科长", "13792115408",
                "xtjt_zcjyk@ta.shandong.cn"]]],
    ])  # fmt: skip
    send(b, u, "11-03 15:40", "outlook", "新泰市职业教育活动周实施方案",
         "市教育局职成高教科：\n"
         "  现将《新泰市2020年职业教育活动周实施方案》报上，联络员见方案末尾附表。\n"
         "  我市活动周宣传专栏：http://www.xintai.gov.cn/jtj/zjzl/\n\n"
         "新泰市教育和体育局职成教科",
         [docf("新泰市2020年职业教育活动周实施方案.docx", plan, "plan", "xintai")],
         liaison=person("新泰市教育和体育局", "李文涛", "职成教科科长",
                        "xtjt_zcjyk@ta.shandong.cn", "13792115408"),
         column_url="http://www.xintai.gov.cn/jtj/zjzl/",
         note="the liaison only in the table at the plan's end")  # fmt: skip
    jb = D("docx-doc", [
        ["p", "新泰职教简报"], ["p", "2020年第6期（活动周专刊）"],
        ["plain", "新泰市启动2020年职业教育活动周"],
        ["p", "11月8日上午，新泰市职业教育活动周启动仪式在市职专举行，市直有关部门负责同志参加。"],
        ["plain", "市职专开放实训基地迎来首批参观家长"],
        ["p", "9日，300余名家长走进市职专实训基地，参观学生实训作品。"],
    ])  # fmt: skip
    pdf = D(
        "chromium-pdf",
        html(
            ("h", "新泰市开展“职教服务进万家”志愿活动"),
            "11月10日，新泰市职业院校组织师生志愿者深入青云街道，为居民提供义诊、家电维修等服务。",
        ),
    )
    send(
        b,
        u,
        "11-11 09:15",
        "outlook",
        "新泰市活动周简报及信息",
        "职成高教科：\n附简报1期（2条信息）、信息1篇。\n新泰市教体局 李文涛",
        [
            art("新泰职教简报（活动周专刊）.doc", jb, "xintai", count=2),
            art("职教服务进万家.pdf", pdf, "xintai"),
        ],
    )
    o1 = D(
        "docx-odt",
        docx_article(
            "新泰市举办中职学生技能展示周",
            [
                "12日，新泰市中职学生技能展示在市职专体育馆举行，展示项目涵盖电子商务、汽车维修等10个专业。"
            ],
        ),
    )
    o2 = D(
        "docx-odt",
        docx_article(
            "新泰市职业教育“校长说专业”网络直播受关注",
            ["13日晚，新泰市职专校长走进直播间，介绍学校专业设置和升学通道，在线观看1.5万人次。"],
        ),
    )
    send(b, u, "11-14 21:05", "outlook", "新泰市活动周稿件",
         "两篇稿件（odt格式），请查收。", [art("技能展示周.odt", o1, "xintai"),
                                       art("校长说专业.odt", o2, "xintai")])  # fmt: skip
    sm = D("python-docx", [
        ["h", "新泰市2020年职业教育活动周工作开展情况"],
        *paras("活动周期间，全市共开展各类活动26项，组织开放日活动5场，接待家长及社会人员3100余人次；"
               "开展技能服务12次，服务群众1800余人；各级媒体报道31篇。"),
        ["t", [["项目", "数量"], ["活动", "26项"], ["开放日", "5场"], ["媒体报道", "31篇"]]],
    ])  # fmt: skip
    st = D("python-docx", [
        ["p", "2020年职业教育活动周情况统计表"],
        ["t", [["填报单位", "活动项数", "开放日场次", "参与人次", "技能服务次数",
         "服务群众人数", "报道篇数"],
               ["新泰市教育和体育局", "26", "5", "3100", "12", "1800", "31"]]],
        ["p", "填表人：李文涛    审核人：王建华    填报日期：2020年11月16日"],
    ])  # fmt: skip
    send(
        b,
        u,
        "11-16 09:00",
        "outlook",
        "新泰市活动周工作开展情况和统计表",
        "市局职成高教科：\n报送我市活动周工作开展情况及统计表（Word版）。\n新泰市教体局",
        [
            docf("新泰市活动周工作开展情况.docx", sm, "summary", "xintai"),
            docf("统计表.docx", st, "statistics", "xintai"),
            docf(
                "新泰市活动周工作开展情况（盖章版）.pdf",
                D(
                    "scan-pdf",
                    html(
                        ("h", "新泰市2020年职业教育活动周工作开展情况"),
                        "活动周期间，全市共开展各类活动26项。",
                        "新泰市教育和体育局（盖章）",
                    ),
                ),
                "summary",
                "xintai",
                readable=False,
                note="the stamped copy as an image-only scan, beside the Word file",
            ),
        ],
        note="the statistics table inside a docx; figures in prose and a table in the summary",
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    plan = D(
        "python-docx",
        [
            ["h", "肥城市2020年职业教育活动周活动方案"],
            *paras(
                "按照市教育局等9部门通知要求，我市定于11月8日至14日开展活动周活动。",
                "一、成立领导小组。二、活动内容。三、宣传要求。",
            ),
        ],
    )
    send(b, u, "11-05 17:32", "foxmail", "肥城活动周方案",
         "您好！\n附件为肥城市活动周方案。专栏地址：https://www.feicheng.gov.cn/jtj/zjhdz/\n"
         "联络员：肥城市教体局职成科 陈秀芝（科员），手机13853881207，邮箱fcjtj_zck@126.com。\n"
         "谢谢！",
         [docf("新建 Microsoft Word 文档.docx", plan, "plan", "feicheng",
               note="the file name says nothing")],
         liaison=person("肥城市教体局", "陈秀芝", "职成科科员", "fcjtj_zck@126.com", "13853881207"),
         column_url="https://www.feicheng.gov.cn/jtj/zjhdz/")  # fmt: skip
    hb = D("lo-pdf", html(("h", "肥城市2020年职业教育活动周宣传材料汇编"),
                          ("b", "一、肥城市职业教育活动周启动"),
                           "11月8日，肥城市活动周在市职专启动。",
                          ("b", "二、桃乡职教开放日吸引千名家长"), "9日，千余名家长走进校园。",
                          ("b", "三、肥城职专学子“技能下乡”助秋种"),
                           "10日，学生到王瓜店街道帮助农户维修农机。",
                          ("b", "四、校企携手育工匠"),
                           "11日，肥城市举办校企合作对接会，签约项目8个。",
                          ("b", "五、职教成果展进社区"),
                           "13日，成果展在新城街道社区广场举行。"))  # fmt: skip
    send(
        b,
        u,
        "11-12 10:20",
        "foxmail",
        "肥城市宣传材料汇编",
        "汇编一份，共五篇。",
        [art("宣传材料汇编.pdf", hb, "feicheng", count=5)],
    )
    sm = D(
        "python-docx",
        [
            ["h", "肥城市职业教育活动周总结"],
            *paras("我市活动周共开展活动15项，惠及群众6000余人次。"),
        ],
    )
    st0 = D(
        "openpyxl",
        sheet([["单位", "活动数", "参与人次", "报道数"], ["肥城市教体局", 15, 6000, 11]]),
    )
    st = D("enc-ooxml", "fc123456", members=(("in", st0),))
    send(
        b,
        u,
        "11-15 20:10",
        "foxmail",
        "肥城市活动周总结及统计表",
        "田老师好，总结和统计表请查收。统计表设置了密码，防止被改动。\n陈秀芝",
        [
            docf("肥城市活动周总结.docx", sm, "summary", "feicheng"),
            docf(
                "肥城市活动周统计表.xlsx",
                st,
                "statistics",
                "feicheng",
                readable=False,
                note="password-protected; no readable copy came",
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 08:30",
        "foxmail",
        "肥城市活动周总结（WPS版）",
        "昨天的总结另存了一份WPS格式，一并报送。",
        [
            docf(
                "肥城市活动周总结.wps",
                D(
                    "docx-doc",
                    [
                        ["h", "肥城市职业教育活动周总结"],
                        *paras("我市活动周共开展活动15项，惠及群众6000余人次。"),
                    ],
                ),
                "summary",
                "feicheng",
                note="a Word 97 .doc under a .wps name",
            )
        ],
    )


STORIES = [taishan, dyq, xintai, feicheng]
