# ruff: noqa: E501  (mail and document wording, one sentence a string, as the units wrote it)
"""Set10 school stories, part 2. lmkj — nodemailer, an Info-ZIP zip with GBK names two folders
deep, four articles, no table; tshl — NeoMutt, python-docx and LibreOffice docx side by side;
tajsxy — s-nail GBK to the 人社局 box, a 7-Zip zip, a python-docx file saved as RTF; dyzj —
Python compat32 GBK (RFC 2231 names), an office landline only; tsqzz — Windows 10 Mail, one 汇编 docx
of five, the summary as scan0001.pdf.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .mime import RSJ
from .parts import U, article, docx, lo, stats, stats_html


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    send(
        b,
        u,
        "11-05 14:44",
        "nodemailer",
        "山东力明科技职业学院活动周方案及联络员",
        "市教育局职成高教科：\n\n方案见附件。\n宣传专栏：http://www.sdlmkj.com/hdz2020/\n联络员：办公室主任 韩冬梅，13188963524，lmxy_bgs@126.com\n\n山东力明科技职业学院办公室",
        files=[
            F(
                "力明学院活动周方案.docx",
                docx(
                    ["h", "山东力明科技职业学院职业教育活动周实施方案"],
                    ["p", "活动周期间，学院将开展中医养生体验、护理技能展示、网络开放日等活动。"],
                ),
                "plan",
                "lmkj",
            )
        ],
        column_url="http://www.sdlmkj.com/hdz2020/",
        liaison=person("", "韩冬梅", "办公室主任", "lmxy_bgs@126.com", "13188963524"),
    )
    members = [
        F(
            "中医养生体验.docx",
            article("力明学院中医养生体验活动走进社区", "10日，学院中医系师生为居民推拿、艾灸。"),
            "article",
            "lmkj",
        ),
        F(
            "护理技能展示.docx",
            article("力明学院护理技能展示吸引市民", "学生现场演示心肺复苏和静脉输液。"),
            "article",
            "lmkj",
        ),
        F(
            "网络开放日.odt",
            lo("lo-odt", "力明学院网络开放日在线观看破万", "9日，学院开展网络开放日。"),
            "article",
            "lmkj",
        ),
        F(
            "毕业生故事.docx",
            article("力明学院优秀毕业生返校分享", "12日，3名优秀毕业生回校分享创业经历。"),
            "article",
            "lmkj",
        ),
    ]
    z = Doc(
        "infozip-gbk",
        "lmkj-arts",
        members=(
            ("力明学院宣传稿/图文/" + members[0].name, members[0].doc),
            ("力明学院宣传稿/图文/" + members[1].name, members[1].doc),
            ("力明学院宣传稿/网络/" + members[2].name, members[2].doc),
            ("力明学院宣传稿/" + members[3].name, members[3].doc),
        ),
    )  # type: ignore[arg-type]
    send(
        b,
        u,
        "11-12 09:30",
        "nodemailer",
        "力明学院活动周宣传稿",
        "市教育局职成高教科：\n\n宣传稿4篇打包发送。\n\n韩冬梅",
        files=[F("力明学院宣传稿.zip", z, "article", "lmkj", label=False, ctype="application/zip")],
        members=members,
    )
    send(
        b,
        u,
        "11-16 17:10",
        "nodemailer",
        "力明学院活动周总结",
        "总结见附件，统计表数据还在核对。\n韩冬梅",
        files=[
            F(
                "力明学院活动周总结.docx",
                docx(
                    ["h", "山东力明科技职业学院2020年职业教育活动周总结"],
                    ["p", "活动周期间，学院开展活动9项，服务群众800人次。"],
                ),
                "summary",
                "lmkj",
            )
        ],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-04 08:55",
        "neomutt",
        "泰山护理职业学院活动周方案",
        "职成高教科老师：\n\n附件为我院活动周方案（odt格式）。\n活动周专栏：http://www.tshlzy.edu.cn/zjhdz/\n联络员：党政办 孟凡荣 主任科员 13678857329 dzb@tshlzy.edu.cn\n\n泰山护理职业学院党政办公室\n",
        files=[
            F(
                "泰山护理职业学院活动周方案.odt",
                lo(
                    "lo-odt",
                    "泰山护理职业学院2020年职业教育活动周方案",
                    "一、活动主题。二、活动内容：护理技能开放日、健康知识进社区、急救培训。",
                ),
                "plan",
                "tshl",
            )
        ],
        column_url="http://www.tshlzy.edu.cn/zjhdz/",
        liaison=person("", "孟凡荣", "党政办主任科员", "dzb@tshlzy.edu.cn", "13678857329"),
    )
    heads = [
        ("护理技能开放日.docx", "python-docx", "泰山护理职业学院举办护理技能开放日"),
        ("健康知识进社区.docx", "python-docx", "护理学子健康知识进社区"),
        ("急救培训.docx", "python-docx", "泰护师生为市民开展急救培训"),
        ("抗疫故事.docx", "lo-docx", "逆行的白衣天使——泰护毕业生抗疫故事"),
        ("活动周掠影.docx", "lo-docx", "泰山护理职业学院活动周掠影"),
    ]
    files = []
    for n, p, h in heads:
        d = (
            article(h, "活动周期间，泰山护理职业学院师生积极参与各项活动。")
            if p == "python-docx"
            else lo(p, h, "活动周期间，泰山护理职业学院师生积极参与各项活动。")
        )
        files.append(F(n, d, "article", "tshl"))
    send(
        b,
        u,
        "11-11 15:22",
        "neomutt",
        "泰护活动周稿件5篇",
        "稿件5篇见附件。\n\n孟凡荣\n",
        files=files,
    )
    send(
        b,
        u,
        "11-16 09:48",
        "neomutt",
        "泰山护理职业学院活动周总结和统计表",
        "总结和统计表见附件。\n\n孟凡荣\n",
        files=[
            F(
                "活动周总结.docx",
                docx(
                    ["h", "泰山护理职业学院2020年职业教育活动周工作总结"],
                    ["p", "学院共开展活动10项，服务群众1500人次。"],
                ),
                "summary",
                "tshl",
            ),
            F(
                "统计表.xlsx",
                Doc("openpyxl", stats([["泰山护理职业学院", 4, 6, 1, 5, 2600, 1500, 7, 12000]])),
                "statistics",
                "tshl",
            ),
        ],
    )


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(
        b,
        u,
        "11-05 11:40",
        "snail",
        "泰安技师学院职业教育活动周方案",
        "市人社局职建科：\n\n我院活动周方案见附件。宣传专栏网址：http://www.tajsxy.com/hdz/\n联络员：泰安技师学院 宣传科科长 吴晓峰，手机 15866003817，邮箱 tajsxy_xcb@163.com\n\n泰安技师学院",
        to=RSJ,
        files=[
            F(
                "泰安技师学院活动周方案.doc",
                lo(
                    "lo-doc",
                    "泰安技师学院2020年职业教育活动周工作方案",
                    "活动安排：技能展示周、企业开放日、技能下乡服务。",
                ),
                "plan",
                "tajsxy",
            )
        ],
        column_url="http://www.tajsxy.com/hdz/",
        liaison=person("泰安技师学院", "吴晓峰", "宣传科科长", "tajsxy_xcb@163.com", "15866003817"),
    )
    arts = [
        ("技能展示周.docx", "泰安技师学院技能展示周开幕"),
        ("企业开放日.docx", "技师学院联合企业举办开放日"),
        ("技能下乡.docx", "技师学院师生技能下乡"),
        ("世赛选手.docx", "技师学院世赛选手训练侧记"),
        ("活动周综述.docx", "技师学院活动周综述"),
    ]
    members = [
        F(n, article(h, "活动周期间，泰安技师学院精心组织，成效明显。"), "article", "tajsxy")
        for n, h in arts
    ]
    z = Doc(
        "7z-zip", "tajsxy-arts", members=tuple(("技师学院稿件/" + f.name, f.doc) for f in members)
    )  # type: ignore[misc]
    send(
        b,
        u,
        "11-13 15:05",
        "snail",
        "泰安技师学院活动周稿件",
        "职建科：稿件5篇（压缩包）。\n吴晓峰",
        to=RSJ,
        files=[F("技师学院活动周稿件.zip", z, "article", "tajsxy", label=False)],
        members=members,
    )
    rows = [["泰安技师学院", 3, 10, 1, 8, 3200, 1400, 9, 18000]]
    send(
        b,
        u,
        "11-16 16:31",
        "snail",
        "泰安技师学院活动周总结、统计表",
        "总结（RTF）和统计表请查收。\n吴晓峰",
        to=RSJ,
        files=[
            F(
                "技师学院总结.rtf",
                docx(
                    ["h", "泰安技师学院2020年职业教育活动周总结"],
                    ["p", "我院共开展活动14场，参与师生3200人次。"],
                    producer="docx-rtf",
                ),
                "summary",
                "tajsxy",
            ),
            F(
                "统计表.xls",
                Doc("lo-xls", stats_html(rows, "2020年职业教育活动周情况统计表")),
                "statistics",
                "tajsxy",
            ),
        ],
    )


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(
        b,
        u,
        "11-05 15:58",
        "py-compat32",
        "岱岳区职业教育中心活动周方案",
        "职成高教科：\n  我校活动周方案已附上。宣传专栏：http://www.dyzjzx.com/zjhdz/\n  联络员：办公室副主任 杜卫东，办公电话0538-8567123，邮箱dyzjzx@126.com\n岱岳区职业教育中心",
        charset="gbk",
        files=[
            F(
                "岱岳区职教中心活动周方案.docx",
                docx(
                    ["h", "岱岳区职业教育中心2020年职业教育活动周方案"],
                    ["p", "活动安排：开放日、技能大比武、送技下乡。"],
                ),
                "plan",
                "dyzj",
            )
        ],
        column_url="http://www.dyzjzx.com/zjhdz/",
        liaison=person("", "杜卫东", "办公室副主任", "dyzjzx@126.com", ""),
        note="an office landline only: no mobile",
    )
    send(
        b,
        u,
        "11-12 16:20",
        "py-compat32",
        "岱岳区职教中心稿件三篇",
        "稿件三篇。\n杜卫东",
        charset="gbk",
        files=[
            F(
                f"岱岳职教中心稿件{i}.docx",
                article(h, "活动周期间，岱岳区职业教育中心积极组织。"),
                "article",
                "dyzj",
            )
            for i, h in (
                (1, "岱岳职教中心技能大比武"),
                (2, "岱岳职教中心送技下乡"),
                (3, "岱岳职教中心开放日"),
            )
        ],
    )
    send(
        b,
        u,
        "11-14 10:03",
        "py-compat32",
        "岱岳区职教中心稿件两篇",
        "再发两篇，共五篇。\n杜卫东",
        charset="gbk",
        files=[
            F(
                f"岱岳职教中心稿件{i}.docx",
                article(h, "活动得到家长和社会各界好评。"),
                "article",
                "dyzj",
            )
            for i, h in ((4, "岱岳职教中心职业启蒙进小学"), (5, "岱岳职教中心活动周综述"))
        ],
    )
    send(
        b,
        u,
        "11-16 11:11",
        "py-compat32",
        "岱岳区职教中心活动周总结及统计表",
        "总结、统计表。\n杜卫东",
        charset="gbk",
        files=[
            F(
                "岱岳区职教中心活动周总结.docx",
                docx(
                    ["h", "岱岳区职业教育中心2020年职业教育活动周总结"], ["p", "学校开展活动11项。"]
                ),
                "summary",
                "dyzj",
            ),
            F(
                "岱岳区职教中心统计表.xlsx",
                Doc("openpyxl", stats([["岱岳区职业教育中心", 4, 7, 1, 5, 1900, 800, 6, 9000]])),
                "statistics",
                "dyzj",
            ),
        ],
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(
        b,
        u,
        "11-05 10:50",
        "win10",
        "泰山区职专活动周方案",
        "市教育局职成高教科：\n方案见附件。宣传专栏：http://www.tsqzz.com/hdz/\n联络员：泰山区职专 办公室主任 石磊 18905383716 tsqzz@126.com\n\n从 Windows 10 版邮件发送",
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
        column_url="http://www.tsqzz.com/hdz/",
        liaison=person("泰山区职专", "石磊", "办公室主任", "tsqzz@126.com", "18905383716"),
    )
    hb = docx(
        ["h", "泰山区职专活动周宣传稿件汇编"],
        ["plain", "一、泰山区职专烹饪技艺展示"],
        ["p", "9日，学校烹饪专业学生现场展示面塑技艺。"],
        ["plain", "二、家电维修进社区"],
        ["p", "10日，学校师生为社区居民维修家电60余件。"],
        ["plain", "三、网络开放日"],
        ["p", "11日，学校开展网络开放日，观看5000人次。"],
        ["plain", "四、职业启蒙进小学"],
        ["p", "12日，学校教师为小学生讲授职业启蒙课。"],
        ["plain", "五、活动周综述"],
        ["p", "一周来学校共开展活动8项。"],
    )
    send(
        b,
        u,
        "11-12 17:30",
        "win10",
        "泰山区职专宣传稿汇编",
        "5篇在一个文档里。\n石磊\n\n从 Windows 10 版邮件发送",
        files=[F("泰山区职专稿件汇编.docx", hb, "article", "tsqzz", count=5)],
    )
    send(
        b,
        u,
        "11-16 09:30",
        "win10",
        "泰山区职专活动周总结、统计表",
        "总结是扫描件。\n石磊\n\n从 Windows 10 版邮件发送",
        files=[
            F(
                "scan0001.pdf",
                lo(
                    "lo-pdf",
                    "泰山区职专2020年职业教育活动周总结",
                    "学校认真组织开展活动周，共开展活动8项，参与师生1300人次。",
                ),
                "summary",
                "tsqzz",
                note="generic scanner name; the content is the summary",
            ),
            F(
                "统计表.xlsx",
                Doc(
                    "openpyxl",
                    stats([["泰安市泰山区职业中等专业学校", 2, 6, 1, 4, 1300, 600, 5, 6000]]),
                ),
                "statistics",
                "tsqzz",
            ),
        ],
    )


STORIES = [lmkj, tshl, tajsxy, dyzj, tsqzz]
