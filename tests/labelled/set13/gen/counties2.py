"""Set13's county bureaus (2 of 2): ningyang, dongping, gaoxin; shapes as counties1.py."""

from __future__ import annotations

from .build import Builder, person, send
from .docs import Doc
from .paper import U, art, docf, docx_article, html, paras, sheet

D = Doc


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    src = html(
        ("h", "宁阳县2020年职业教育活动周实施方案"),
        "一、活动主题：人人出彩 技能强国",
        "二、活动时间：11月8日至14日",
        "三、活动内容：职教开放日、技能展示、送教下乡。",
        "宁阳县教育和体育局  2020年11月3日",
    )
    send(b, u, "11-04 10:31", "qqweb", "宁阳县职教活动周方案",
         "市局：方案盖章扫描件发送。\n专栏：http://www.ningyang.gov.cn/col/col_jyhd/\n"
         "联系人：刘增辉  职成股股长  手机：13562858841  邮箱：nyjtj2016@163.com",
         [docf("扫描全能王 2020-11-04 10.22.pdf", D("scan-pdf", src), "plan", "ningyang",
               readable=False, note="an image-only scan: no text to read")],
         liaison=person("", "刘增辉", "职成股股长", "nyjtj2016@163.com", "13562858841"),
         column_url="http://www.ningyang.gov.cn/col/col_jyhd/")  # fmt: skip
    send(
        b,
        u,
        "11-06 08:52",
        "qqweb",
        "宁阳县活动周方案（电子版）",
        "按市局要求补报方案Word电子版。",
        [
            docf(
                "宁阳县活动周方案.docx",
                D(
                    "python-docx",
                    [
                        ["h", "宁阳县2020年职业教育活动周实施方案"],
                        *paras(
                            "一、活动主题：人人出彩 技能强国",
                            "二、活动时间：11月8日至14日",
                            "三、活动内容：职教开放日、技能展示、送教下乡。",
                        ),
                    ],
                ),
                "plan",
                "ningyang",
            )
        ],
    )
    arts = [
        ("宁阳县职教中心开放日迎来2000余名家长", "8日，宁阳县职教中心举办校园开放日。"),
        ("宁阳职教“送教下乡”进蒋集镇", "10日，送教团队为蒋集镇农户讲授大棚种植技术。"),
        ("宁阳县举办中职学生职业技能展示", "11日，展示活动设置15个项目，吸引市民驻足观看。"),
    ]
    send(
        b,
        u,
        "11-10 18:20",
        "qqweb",
        "宁阳县宣传稿3篇",
        "3篇稿子",
        [art(f"{h[:8]}.docx", D("python-docx", docx_article(h, [p])), "ningyang") for h, p in arts],
    )
    cell = D(
        "python-docx",
        [
            ["cell", "宁阳县“职教+扶贫”助力乡村振兴"],
            *paras("近年来，宁阳县依托职业教育开展精准扶贫培训，累计培训农民1.3万人次。"),
        ],
    )
    hd = D(
        "html-doc",
        html(
            ("h", "宁阳职教人：扎根乡村的“田秀才”"),
            "宁阳县职教中心教师王春来二十年如一日，带领学生服务乡村种植户。",
        ),
    )
    send(
        b,
        u,
        "11-13 16:45",
        "qqweb",
        "宁阳县稿件2篇",
        "再报两篇。",
        [
            art("职教扶贫.docx", cell, "ningyang", note="the headline in a one-cell table"),
            art("田秀才.doc", hd, "ningyang", note="an HTML page saved as .doc"),
        ],
    )
    sm = D(
        "lo-odt", html(("h", "宁阳县2020年职业教育活动周总结"), "活动周期间，我县共开展活动11项。")
    )
    st = D(
        "lo-xls",
        html(
            [
                ["项目", "宁阳县教育和体育局"],
                ["活动项数", "11"],
                ["参与人次", "4300"],
                ["开放日（场）", "3"],
                ["技能服务（次）", "6"],
                ["媒体报道（篇）", "10"],
            ]
        ),
    )
    send(
        b,
        u,
        "11-16 17:05",
        "qqweb",
        "宁阳县活动周总结、统计表",
        "总结和统计表，请查收！",
        [
            docf("宁阳县活动周总结.odt", sm, "summary", "ningyang"),
            docf(
                "宁阳县统计表.xls",
                st,
                "statistics",
                "ningyang",
                note="a transposed table (项目 down, values across) from Calc",
            ),
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    tz = D("python-docx", [
        ["p", "东教体字〔2020〕61号"],
        ["h", "东平县教育和体育局关于做好2020年职业教育活动周工作的通知"],
        *paras("县职教中心，各中小学：", "现就我县2020年职业教育活动周有关工作通知如下：",
               "一、时间安排：11月8日至14日。二、活动内容：（一）网络校园开放日；（二）技能成果展；"
               "（三）劳动教育实践。三、有关要求：各单位于11月15日前报送总结。",
               "东平县教育和体育局", "2020年11月4日"),
    ])  # fmt: skip
    send(b, u, "11-05 09:05", "wps", "东平县活动周通知（方案）",
         "市教育局职成高教科：\n"
         "我局印发的活动周通知即为我县活动周方案，请审阅。\n"
         "宣传专栏：http://www.dongping.gov.cn/jtj/2020zjhdz/\n"
         "联络员 东平县教育和体育局 职成教科 马庆林 副科长\n"
         "手机 13705385120 邮箱 dpxjtj_zcjk@ta.shandong.cn",
         [docf("东教体字〔2020〕61号.docx", tz, "plan", "dongping")],
         liaison=person("东平县教育和体育局", "马庆林", "职成教科副科长",
                        "dpxjtj_zcjk@ta.shandong.cn", "13705385120"),
         column_url="http://www.dongping.gov.cn/jtj/2020zjhdz/")  # fmt: skip
    a = [
        D(
            "python-docx",
            docx_article(
                "东平县网络校园开放日点击量突破3万",
                ["活动周首日，东平县职教中心“网络校园开放日”上线，全天点击量突破3万次。"],
            ),
        ),
        D(
            "docx-pdf",
            docx_article(
                "东平县举办职业教育技能成果展",
                ["9日，成果展在县文化广场开幕，集中展出师生作品300余件。"],
                photos=1,
            ),
        ),
        D(
            "python-docx",
            docx_article(
                "东平县中小学生走进职教中心体验劳动乐趣",
                ["10日，县实验小学学生到职教中心参加劳动教育实践。"],
            ),
        ),
    ]
    send(
        b,
        u,
        "11-10 11:30",
        "wps",
        "东平县活动周稿件（一）",
        "稿件三篇。",
        [
            art("网络开放日.docx", a[0], "dongping"),
            art("技能成果展.pdf", a[1], "dongping"),
            art("劳动教育实践.docx", a[2], "dongping"),
        ],
    )
    c = D(
        "python-docx",
        [
            ["t", [["东平县校企合作推进会召开"]]],
            *paras("12日，东平县召开校企合作推进会，20家企业代表参会。"),
        ],
    )
    d = D(
        "lo-odt",
        html(("h", "东平县职教中心开展“技能进社区”志愿服务"), "13日，志愿者服务居民200余人。"),
    )
    send(
        b,
        u,
        "11-13 17:10",
        "wps",
        "东平县活动周稿件（二）",
        "再报送两篇。",
        [
            art("校企合作推进会.docx", c, "dongping", note="the headline in a table cell"),
            art("技能进社区.odt", d, "dongping"),
        ],
    )
    sm = D(
        "python-docx",
        [
            ["h", "东平县2020年职业教育活动周总结"],
            *paras("活动周期间，我县各学校共开展活动16项，参与9000余人次。"),
        ],
    )
    st = D("openpyxl", {"sheets": [
        sheet([["2020年职业教育活动周情况统计表"], [], ["报送单位：东平县教育和体育局（盖章）"],
               ["报送日期：2020年11月16日"]], ["A1:E1"], "封面"),
        sheet([["序号", "学校名称", "活动项数", "参与人次", "报道篇数"],
               [1, "东平县职业教育中心学校", 10, 6500, 12], [2, "各中小学", 6, 2500, 5],
               [None, "合计", 16, 9000, 17]], [], "统计表")]})  # fmt: skip
    send(
        b,
        u,
        "11-16 11:35",
        "wps",
        "东平县活动周总结及统计表",
        "总结、统计表各一份。统计表在第二个工作表。",
        [
            docf("东平县活动周总结.docx", sm, "summary", "dongping"),
            docf(
                "东平县活动周统计表.xlsx",
                st,
                "statistics",
                "dongping",
                note="a cover sheet first, the table on the second sheet",
            ),
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(b, u, "11-05 15:12", "qqmobile", "高新区活动周方案",
         "市局领导：高新区活动周方案见附件。\n"
         "专栏网址：http://www.taihtp.gov.cn/jyj/zjhdz/\n"
         "联络员：高新区教体局 社会事业科 周立群 科长 18653826630 3167720458@qq.com",
         [docf("高新区职业教育活动周方案.docx", D("python-docx", [
             ["h", "泰安高新区2020年职业教育活动周方案"],
             *paras("活动周期间，区内职业院校和企业联合开展开放日、技能服务等活动。")]),
               "plan", "gaoxin")],
         liaison=person("高新区教体局", "周立群", "社会事业科科长", "3167720458@qq.com",
                        "18653826630"),
         column_url="http://www.taihtp.gov.cn/jyj/zjhdz/")  # fmt: skip
    hs = [
        ("高新区企业开放日：职校学生走进智能工厂", "9日，区内职校学生参观了两家智能制造企业。"),
        ("高新区举办“工匠面对面”分享会", "10日，三位市级工匠与学生分享成长经历。"),
        ("高新区开展职业体验进社区活动", "11日，社区居民体验无人机操控和3D打印。"),
    ]
    send(b, u, "11-11 20:30", "qqmobile", "高新区稿件",
         "三篇", [art(f"稿件{n + 1}.docx", D("python-docx", docx_article(h, [p])), "gaoxin")
                 for n, (h, p) in enumerate(hs)])  # fmt: skip
    hs2 = [
        ("高新区校企共建实训基地揭牌", "12日，区内职校与企业共建的实训基地揭牌。"),
        ("高新区职教活动周圆满落幕", "14日，高新区活动周各项活动圆满结束。"),
    ]
    send(b, u, "11-14 16:00", "qqmobile", "高新区稿件（续）",
         "另两篇", [art(f"稿件{n + 4}.docx", D("python-docx", docx_article(h, [p])), "gaoxin")
                  for n, (h, p) in enumerate(hs2)])  # fmt: skip
    st = D("openpyxl", sheet([["单位", "活动数", "参与人次"], ["高新区教体局", 7, 2100]]))
    send(
        b,
        u,
        "11-16 11:00",
        "qqmobile",
        "高新区总结和统计表",
        "总结和统计表",
        [
            docf(
                "高新区活动周总结.docx",
                D(
                    "python-docx",
                    [["h", "高新区职业教育活动周总结"], *paras("共开展活动7项，参与2100人次。")],
                ),
                "summary",
                "gaoxin",
            ),
            docf(
                "高新区统计表.xlsx",
                st,
                "statistics",
                "gaoxin",
                readable=False,
                cut=True,
                note="truncated in the upload",
            ),
        ],
    )
    xl = D(
        "html-xls",
        html([["单位", "活动数", "参与人次", "媒体报道"], ["高新区教体局", "7", "2100", "6"]]),
    )
    send(
        b,
        u,
        "11-17 08:05",
        "qqmobile",
        "高新区统计表重发",
        "昨天的统计表打不开？从系统里重新导出了一份",
        [
            docf(
                "高新区统计表.xls",
                xl,
                "statistics",
                "gaoxin",
                note="an HTML table under a .xls name, after the deadline",
            )
        ],
    )


STORIES = [ningyang, dongping, gaoxin]
