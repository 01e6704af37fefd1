"""Set13's schools (1 of 3): tzy, tsvtc, sdfzxy, lmkj, tshl. Shapes: a plan whose
title is only in a text box, in a file named 附件 (tzy); a 简报 PDF truncated in the upload and
resent the next morning (tsvtc); a summary whose title is only in the page header, named
20201116.docx (sdfzxy); a 0-byte summary and its resend after the deadline (lmkj); a plan that is
an HTML page saved as .doc (tshl); a statistics table named .et that is a Calc .xls (tajsxy); a
plan as an xlsx 日程安排表 (dyzj); a .wps that is really a docx (xtzz); a statistics table only as
a Calc PDF (fczz); a statistics table with its columns in another order and a 合计 row (nyzz); a
password zip never resent (dpzj); a PDF with an open password replaced the same day (jtzz);
numbers as text with 约/余/+ in a .ods (tsvtc), with 场/人次 in the cells (tshl); an empty
template row (sdfzxy); two header rows in a Calc .xls re-saved from openpyxl (xtzz); a truncated
article resent the same day and a statistics table only as a signed, stamped scan (tsqzz); an RTF
article (nyzz).
"""

from __future__ import annotations

from .build import Builder, person, send
from .docs import Doc
from .paper import U, art, arts_of, docf, docx_article, html, paras, sheet

D = Doc


def tzy(b: Builder) -> None:
    u = U["tzy"]
    plan = D("docx-odd", [
        ["textbox", ["泰安职业技术学院", "2020年职业教育活动周活动方案"]],
        *paras("为展示学院办学成果，学院定于11月8日至14日开展职业教育活动周系列活动。",
               "一、组织机构：成立由院长任组长的活动周领导小组。",
               "二、活动安排：校园开放日、专业成果展、技能服务进社区、“云上职院”直播。"),
    ])  # fmt: skip
    send(b, u, "11-04 16:48", "outlook-mac", "泰安职业技术学院职教活动周方案",
         "市教育局职成高教科：\n\n"
         "附件是我院活动周方案。我院活动周专栏：https://www.tzy.edu.cn/zjhdz/\n\n"
         "联络员：党委宣传部 孙丽娜 副部长\n邮箱：dangban@tzy.edu.cn\n手机：13605480173\n\n"
         "泰安职业技术学院党委宣传部",
         [docf("附件.docx", plan, "plan", "tzy", note="the title only in a text box")],
         liaison=person("", "孙丽娜", "党委宣传部副部长", "dangban@tzy.edu.cn", "13605480173"),
         column_url="https://www.tzy.edu.cn/zjhdz/")  # fmt: skip
    items = [
        ("泰职院“云上职院”直播带你逛校园", "8日晚，学院开展校园直播，观看人数达2.1万。"),
        ("泰职院专业成果展开展", "9日，学院14个专业集中展示教学成果。"),
    ]
    pdf = D(
        "chromium-pdf",
        html(
            ("h", "泰职院师生走进泰前社区开展技能服务"),
            "10日，学院护理、电气专业师生服务居民300余人。",
        ),
    )
    send(b, u, "11-10 10:12", "outlook-mac", "泰职院活动周稿件", "稿件两篇（odt），另附一篇PDF。",
         [*arts_of("tzy", items, "lo-odt", "odt"),
          art("技能服务进社区.pdf", pdf, "tzy")])  # fmt: skip
    items = [
        ("泰职院举办校企合作论坛", "12日，学院与30家合作企业共话产教融合。"),
        ("泰职院优秀毕业生返校分享就业故事", "13日，5名优秀毕业生与在校生面对面交流。"),
    ]
    send(
        b,
        u,
        "11-13 09:30",
        "outlook-mac",
        "泰职院稿件（二）",
        "再发两篇doc格式稿件。",
        arts_of("tzy", items, "lo-doc", "doc"),
    )
    sm = D("docx-pdf", [["header", "泰安职业技术学院"], ["h", "2020年职业教育活动周工作总结"],
                        *paras("活动周期间学院开展活动9项，参与师生及社会人员1.6万人次。"),
                        ["footer", "第 1 页"]])  # fmt: skip
    st = D(
        "xlsx-xls",
        {
            "sheets": [
                sheet(
                    [["2020年职业教育活动周情况统计表"], ["单位：泰安职业技术学院"]],
                    ["A1:D1"],
                    "说明",
                ),
                sheet(
                    [
                        ["活动名称", "形式", "参与人次", "报道篇数"],
                        ["云上职院直播", "线上", 21000, 3],
                        ["专业成果展", "线下", 2400, 2],
                        ["技能服务进社区", "线下", 300, 2],
                    ],
                    [],
                    "明细",
                ),
            ]
        },
    )
    send(
        b,
        u,
        "11-16 15:20",
        "outlook-mac",
        "泰职院活动周总结及统计表",
        "总结（PDF）和统计表（xls）请查收。\n孙丽娜",
        [
            docf("泰职院活动周总结.pdf", sm, "summary", "tzy"),
            docf(
                "泰职院活动周统计表.xls",
                st,
                "statistics",
                "tzy",
                note="openpyxl re-saved by Calc as .xls; a cover sheet first",
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(b, u, "11-05 10:03", "thunderbird", "泰山职业技术学院活动周方案、专栏及联络员",
         "职成高教科老师：\n"
         "我院活动周方案（odt格式）附后。\n"
         "专栏：http://www.tsvtc.edu.cn/2020zjhdz/\n"
         "联络员：泰山职业技术学院 宣传统战部 何建军 部长，手机18905381266，"
         "邮箱xcb@tsvtc.edu.cn\n",
         [docf("泰山职业技术学院活动周方案.odt", D("lo-odt", html(
             ("h", "泰山职业技术学院2020年职业教育活动周方案"),
             "一、活动时间：11月8日—14日", "二、活动项目：开放日、技能节、志愿服务。")), "plan",
              "tsvtc")],
         liaison=person("泰山职业技术学院", "何建军", "宣传统战部部长", "xcb@tsvtc.edu.cn",
                        "18905381266"),
         column_url="http://www.tsvtc.edu.cn/2020zjhdz/")  # fmt: skip
    jb = D("docx-pdf", [
        ["header", "泰山职院活动周简报 第2期"],
        ["plain", "学院技能节开幕"], ["p", "8日，学院第五届技能节开幕，设竞赛项目22个。"],
        ["plain", "“匠心筑梦”讲座举行"], ["p", "9日，全国技术能手张海峰为学生作专题讲座。"],
        ["plain", "志愿服务队走进敬老院"], ["p", "10日，学院青年志愿者为老人提供理发、义诊服务。"],
        ["plain", "学院开放日接待考生家长"], ["p", "10日下午，学院接待考生及家长500余人。"],
    ])  # fmt: skip
    send(
        b,
        u,
        "11-10 21:40",
        "thunderbird",
        "泰山职院活动周简报",
        "简报第2期，共4条。",
        [
            art(
                "泰山职院活动周简报第2期.pdf",
                jb,
                "tsvtc",
                count=4,
                readable=False,
                cut=True,
                note="truncated in the upload",
            )
        ],
    )
    send(
        b,
        u,
        "11-11 08:15",
        "thunderbird",
        "Re: 泰山职院活动周简报",
        "昨晚发的附件上传不完整，现重发。",
        [art("泰山职院活动周简报第2期.pdf", jb, "tsvtc", count=4)],
    )
    send(
        b,
        u,
        "11-12 14:00",
        "thunderbird",
        "泰山职院稿件",
        "稿件一篇。",
        arts_of(
            "tsvtc",
            [
                (
                    "泰山职院与泰山景区共建文旅人才培养基地",
                    "12日，双方签署合作协议，共建实习实训基地。",
                )
            ],
        ),
    )
    st = D("xlsx-ods", sheet([
        ["单位名称", "开展活动（项）", "参与人数", "线上浏览量", "媒体报道（篇）"],
        ["泰山职业技术学院", "10", "约5000人次", "3万+", "12篇"]]))  # fmt: skip
    send(
        b,
        u,
        "11-16 16:30",
        "thunderbird",
        "泰山职院活动周总结及统计表",
        "总结、统计表（ods）附后。",
        [
            docf(
                "泰山职院活动周总结.docx",
                D(
                    "python-docx",
                    [
                        ["h", "泰山职业技术学院2020年职业教育活动周总结"],
                        *paras("学院共开展活动10项，参与人数约5000人次。"),
                    ],
                ),
                "summary",
                "tsvtc",
            ),
            docf(
                "泰山职院统计表.ods",
                st,
                "statistics",
                "tsvtc",
                note="numbers as text with 约/+ and units",
            ),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    send(b, u, "11-05 08:40", "iphone", "山东服装职业学院活动周方案",
         "您好，学院活动周方案见附件。\n专栏地址：http://www.sdfzxy.edu.cn/zjhdz2020\n"
         "联络员：李晓静，党委宣传部干事，sdfzxy_dzb@126.com，15169811026\n\n从我的iPhone发送",
         [docf("山东服装职业学院活动周方案.docx", D("python-docx", [
             ["h", "山东服装职业学院2020年职业教育活动周方案"],
             *paras("活动周期间，学院将举办服装设计作品展、非遗手工体验等活动。")]), "plan",
              "sdfzxy")],
         liaison=person("", "李晓静", "党委宣传部干事", "sdfzxy_dzb@126.com", "15169811026"),
         column_url="http://www.sdfzxy.edu.cn/zjhdz2020")  # fmt: skip
    p1 = D(
        "docx-pdf",
        docx_article(
            "服装学院举办毕业生设计作品静态展",
            ["9日，学院2021届毕业生设计作品展开幕，展出作品120套。"],
            photos=1,
        ),
    )
    p2 = D(
        "lo-pdf",
        html(("h", "服装学院非遗手工体验课受市民欢迎"), "10日，市民体验鲁绣、扎染等非遗技艺。"),
    )
    send(
        b,
        u,
        "11-10 12:20",
        "iphone",
        "稿件",
        "两篇稿件",
        [art("设计作品展.pdf", p1, "sdfzxy"), art("非遗体验.pdf", p2, "sdfzxy")],
    )
    items = [
        ("服装学院学生走进社区开展“衣物修补”志愿服务", "11日，志愿者为居民修补衣物80余件。"),
        ("服装学院校企合作订单班开班", "12日，学院与3家服装企业合作的订单班开班。"),
        ("服装学院举办“大国工匠”进校园活动", "13日，全国劳模走进学院与师生交流。"),
    ]
    send(b, u, "11-13 19:05", "iphone", "稿件3篇", "",
         [art(f"{h[:10]}.docx", D("python-docx-img", docx_article(h, [p], photos=1)), "sdfzxy")
          for h, p in items])  # fmt: skip
    sm = D(
        "python-docx",
        [
            ["header", "山东服装职业学院2020年职业教育活动周工作总结"],
            *paras(
                "活动周期间，学院紧扣“人人出彩 技能强国”主题，共开展活动8项。",
                "一、精心部署。二、突出特色。三、广泛宣传。",
            ),
        ],
    )
    st = D("openpyxl", sheet([
        ["2020年职业教育活动周情况统计表"],
        ["单位", "活动项数", "参与人次", "线上展示场次", "报道篇数", "备注"],
        ["山东服装职业学院", 8, 4200, 3, 9, None],
        ["（单位名称）", None, None, None, None, None],
    ], ["A1:F1"]))  # fmt: skip
    send(
        b,
        u,
        "11-16 10:50",
        "iphone",
        "总结和统计表",
        "请查收\n\n从我的iPhone发送",
        [
            docf(
                "20201116.docx",
                sm,
                "summary",
                "sdfzxy",
                note="the title only in the page header; the name says nothing",
            ),
            docf("统计表.xlsx", st, "statistics", "sdfzxy", note="an empty template row left in"),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    send(b, u, "11-05 14:25", "android", "力明学院活动周方案",
         "市教育局：\n力明学院活动周方案已附。\n宣传专栏 http://www.sdlmkj.com/zjhdz/\n"
         "联络员 宋振华 学院办公室主任 手机13853892210 邮箱lmkj_xcb@163.com",
         [docf("力明学院方案.docx", D("python-docx", [
             ["h", "山东力明科技职业学院职业教育活动周方案"],
             *paras("学院围绕医药卫生特色专业开展健康服务进社区等活动。")]), "plan", "lmkj")],
         liaison=person("", "宋振华", "学院办公室主任", "lmkj_xcb@163.com", "13853892210"),
         column_url="http://www.sdlmkj.com/zjhdz/")  # fmt: skip
    items = [
        ("力明学院开展“健康服务进社区”活动", "9日，师生为社区居民测血压、讲解急救知识。"),
        ("力明学院举办中医药文化体验日", "10日，学生体验中药辨识、艾灸推拿。"),
        ("力明学院护理技能展示吸引家长", "11日，学生展示无菌操作、心肺复苏。"),
        ("力明学院邀请企业专家开讲就业第一课", "12日，医药企业人力资源总监来校授课。"),
        ("力明学院志愿者走进养老院", "13日，志愿者为老人提供健康检查。"),
    ]
    arts = arts_of("lmkj", items)
    zipdoc = D("zip", "", members=tuple((f.name, f.doc) for f in arts))
    send(
        b,
        u,
        "11-13 20:00",
        "android",
        "力明学院稿件5篇（压缩包）",
        "5篇稿件打包发送。",
        [docf("力明学院稿件.zip", zipdoc, "article", "lmkj", label=False)],
        members=arts,
    )
    st = D(
        "lo-xlsx",
        html(
            [
                ["单位", "活动（项）", "参与（人次）", "报道（篇）"],
                ["山东力明科技职业学院", "9", "3600", "7"],
            ]
        ),
    )
    send(
        b,
        u,
        "11-16 17:52",
        "android",
        "力明学院活动周总结与统计表",
        "总结和统计表",
        [
            docf(
                "力明学院活动周总结.docx",
                D("empty", "lmkj"),
                "summary",
                "lmkj",
                readable=False,
                note="0 bytes",
            ),
            docf("力明学院统计表.xlsx", st, "statistics", "lmkj"),
        ],
    )
    send(
        b,
        u,
        "11-17 08:34",
        "android",
        "重发：力明学院活动周总结",
        "昨天的总结附件是空的，重新发一下，抱歉。",
        [
            docf(
                "力明学院活动周总结.docx",
                D(
                    "python-docx",
                    [
                        ["h", "山东力明科技职业学院2020年职业教育活动周总结"],
                        *paras("学院共开展活动9项，参与3600人次。"),
                    ],
                ),
                "summary",
                "lmkj",
            )
        ],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    hd = D("html-doc", html(("h", "泰山护理职业学院2020年职业教育活动周实施方案"),
                            "一、活动主题", "二、活动内容：护理技能展示、健康科普进社区、开放日。",
                            title="泰山护理职业学院活动周方案"))  # fmt: skip
    send(b, u, "11-05 16:10", "neomutt", "泰山护理职业学院 活动周方案",
         "市教育局职成高教科:\n\n"
         "方案见附件(从OA系统导出的Word文档)。\n"
         "专栏: http://www.tshlzy.edu.cn/hdz2020/\n"
         "联络员: 王珊珊, 办公室副主任, tshlzy_bgs@163.com, 13954830512\n\n"
         "-- \n泰山护理职业学院办公室\n",
         [docf("泰山护理职业学院活动周方案.doc", hd, "plan", "tshl",
               note="an HTML page under a .doc name, as OA systems export 'Word'")],
         liaison=person("", "王珊珊", "办公室副主任", "tshlzy_bgs@163.com", "13954830512"),
         column_url="http://www.tshlzy.edu.cn/hdz2020/")  # fmt: skip
    items = [
        ("泰护学子护理技能展示获点赞", "9日，学院护理专业学生在校园开放日展示技能。"),
        ("泰护健康科普走进泰山区财源街道", "10日，师生为居民开展健康科普。"),
        ("泰护开放日迎来考生家长", "11日，学院接待家长400余人。"),
    ]
    send(
        b,
        u,
        "11-11 17:00",
        "neomutt",
        "泰护 稿件三篇",
        "稿件三篇, odt格式。\n",
        arts_of("tshl", items, "lo-odt", "odt"),
    )
    items = [
        ("泰护举办“白衣天使”抗疫事迹报告会", "12日，学院抗疫一线校友分享经历。"),
        ("泰护与市中心医院共建实践基地", "13日，实践教学基地揭牌。"),
    ]
    send(b, u, "11-13 18:30", "neomutt", "泰护 稿件两篇", "再两篇.\n", arts_of("tshl", items))
    st = D(
        "openpyxl",
        sheet(
            [
                ["单位", "活动场次", "参与人数", "宣传报道"],
                ["泰山护理职业学院", "8场", "2600人次", "10篇"],
            ]
        ),
    )
    send(
        b,
        u,
        "11-16 13:00",
        "neomutt",
        "泰护 活动周工作总结及统计表",
        "总结和统计表见附件.\n",
        [
            docf(
                "活动周工作总结.doc",
                D(
                    "lo-doc",
                    html(
                        ("h", "泰山护理职业学院活动周工作总结"), "学院开展活动8场，参与2600人次。"
                    ),
                ),
                "summary",
                "tshl",
            ),
            docf("统计表.xlsx", st, "statistics", "tshl", note="场/人次/篇 in the cells"),
        ],
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl]
