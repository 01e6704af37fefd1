# ruff: noqa: E501  (mail and document wording, one sentence a string, as the units wrote it)
"""Set10 school stories, part 1. tzy — Thunderbird, RFC 2231 continuations, an .odt summary
and an .ods table; tsvtc — Outlook with file names only in Content-Type (no
Content-Disposition), "新建 Microsoft Word 文档 (2).docx", an 答复 quoting 发件人/发送时间; sdfzxy —
QQ邮箱 Android app, the plan first as a phone photo IMG_20201105_101522.jpg, articles from a
teacher's iPhone under 回复： with a 原始邮件 block.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .parts import U, article, docx, html_doc, lo, stats, stats_html


def tzy(b: Builder) -> None:
    u = U["tzy"]
    send(
        b,
        u,
        "11-04 11:18",
        "thunderbird",
        "泰安职业技术学院职业教育活动周工作方案",
        "市教育局职成高教科：\n\n附件是我院2020年职业教育活动周工作方案。\n我院活动周专题网页：https://www.tzy.edu.cn/zjhdz2020/\n联络员：党委宣传部 李婷婷 副部长\n手机 13615486327，邮箱 xcbgs@tzy.edu.cn\n\n--\n泰安职业技术学院党委宣传部\n",
        files=[
            F(
                "泰安职业技术学院2020年职业教育活动周工作方案（定稿）.docx",
                docx(
                    ["h", "泰安职业技术学院2020年职业教育活动周工作方案"],
                    ["p", "为做好我院2020年职业教育活动周工作，制定本方案。"],
                    [
                        "p",
                        "一、活动安排：“云上开放日”、大师工作室开放、技能服务进社区、职业启蒙进中小学。",
                    ],
                    ["p", "二、责任分工：宣传部负责宣传报道，各二级学院负责具体活动。"],
                ),
                "plan",
                "tzy",
            )
        ],
        column_url="https://www.tzy.edu.cn/zjhdz2020/",
        liaison=person("", "李婷婷", "党委宣传部副部长", "xcbgs@tzy.edu.cn", "13615486327"),
    )
    send(
        b,
        u,
        "11-10 17:02",
        "thunderbird",
        "泰职院活动周稿件（一）",
        "职成高教科：\n\n稿件两篇，请审阅。\n\n李婷婷\n",
        files=[
            F(
                "云上开放日.docx",
                article(
                    "泰职院“云上开放日”带你逛校园",
                    "9日，学院通过网络直播展示智能制造、信息工程等专业实训室。",
                    byline="泰安职业技术学院宣传部",
                ),
                "article",
                "tzy",
            ),
            F(
                "大师工作室开放.docx",
                article(
                    "技能大师工作室向社会开放",
                    "10日，学院4个技能大师工作室面向市民开放，展示非遗技艺。",
                ),
                "article",
                "tzy",
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 16:45",
        "thunderbird",
        "泰职院活动周稿件（二）",
        "另外三篇。\n",
        files=[
            F(
                "技能服务进社区.docx",
                article(
                    "泰职院志愿者走进社区开展技能服务",
                    "11日，学院组织志愿者到泰前街道开展家电维修、健康义诊。",
                ),
                "article",
                "tzy",
            ),
            F(
                "职业启蒙.odt",
                lo(
                    "lo-odt",
                    "职业启蒙进校园 播撒梦想种子",
                    "12日，学院教师走进泰山实验学校，为学生讲授职业启蒙课。",
                ),
                "article",
                "tzy",
            ),
            F(
                "泰职院活动周综述.pdf",
                lo(
                    "lo-pdf",
                    "人人出彩 技能强国——泰职院活动周综述",
                    "一周来，学院开展活动15项，参与师生6000余人次。",
                ),
                "article",
                "tzy",
            ),
        ],
    )
    rows = [["泰安职业技术学院", 8, 7, 2, 5, 6200, 1500, 14, 80000]]
    send(
        b,
        u,
        "11-16 11:26",
        "thunderbird",
        "泰安职业技术学院活动周总结及统计表",
        "职成高教科：\n\n总结用的LibreOffice写的，odt和ods格式。\n\n李婷婷\n",
        files=[
            F(
                "活动周总结.odt",
                docx(
                    ["h", "泰安职业技术学院2020年职业教育活动周总结"],
                    ["p", "活动周期间，学院围绕主题开展活动15项。"],
                    ["p", "存在的不足和下一步打算。"],
                    producer="docx-odt",
                ),
                "summary",
                "tzy",
            ),
            F(
                "活动周统计表.ods",
                Doc("lo-ods", stats_html(rows, "2020年职业教育活动周情况统计表")),
                "statistics",
                "tzy",
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    sig = "\n\n泰山职业技术学院教务处\n王海涛  教务处副处长\n手机：13954856231\n邮箱：jwc@tsvtc.edu.cn\n地址：泰安市泰山区环山路"
    send(
        b,
        u,
        "11-05 09:03",
        "outlook",
        "泰山职业技术学院活动周工作方案",
        "市教育局职成高教科：\n\n  我院活动周工作方案见附件。活动周专栏：http://www.tsvtc.edu.cn/hdz/\n  联络员由教务处王海涛同志担任，联系方式见签名。"
        + sig,
        files=[
            F(
                "泰山职业技术学院2020年职业教育活动周工作方案.docx",
                lo(
                    "lo-docx",
                    "泰山职业技术学院2020年职业教育活动周工作方案",
                    "一、指导思想。二、活动主题。三、主要活动：网络开放日、技能展示、社会服务。四、保障措施。",
                ),
                "plan",
                "tsvtc",
                style="no-disp",
            )
        ],
        column_url="http://www.tsvtc.edu.cn/hdz/",
        liaison=person(
            "泰山职业技术学院", "王海涛", "教务处副处长", "jwc@tsvtc.edu.cn", "13954856231"
        ),
    )
    names = [
        "新建 Microsoft Word 文档.docx",
        "新建 Microsoft Word 文档 (2).docx",
        "新建 Microsoft Word 文档 (3).docx",
        "稿件4.docx",
        "稿件5.docx",
    ]
    heads = [
        "泰山职院举办活动周开幕式",
        "泰山职院网络开放日展风采",
        "泰山职院学子技能下乡服务果农",
        "泰山职院校企合作成果发布",
        "泰山职院职业体验活动受欢迎",
    ]
    files = [
        F(
            n,
            article(h, "活动周期间，泰山职业技术学院组织师生广泛参与。", "活动得到社会好评。"),
            "article",
            "tsvtc",
            style="no-disp",
            note="generic name" if "新建" in n else "",
        )
        for n, h in zip(names, heads, strict=True)
    ]
    send(
        b,
        u,
        "11-12 10:14",
        "outlook",
        "答复: 泰山职业技术学院活动周工作方案",
        "职成高教科：\n\n  我院活动周宣传稿5篇见附件。"
        + sig
        + "\n\n发件人: 王海涛 <jwc@tsvtc.edu.cn>\n发送时间: 2020年11月5日 9:03\n收件人: jyj-zcjk01@ta.shandong.cn\n主题: 泰山职业技术学院活动周工作方案\n\n市教育局职成高教科：\n\n  我院活动周工作方案见附件。",
        files=files,
    )
    rows = [["泰山职业技术学院", 6, 9, 1, 7, 4500, 1800, 10, 30000]]
    send(
        b,
        u,
        "11-16 14:37",
        "outlook",
        "泰山职院活动周总结报告、统计表",
        "职成高教科：\n  总结报告与统计表请查收。" + sig,
        files=[
            F(
                "活动周总结.pdf",
                lo(
                    "lo-pdf",
                    "泰山职业技术学院2020年职业教育活动周总结报告",
                    "按照市教育局通知要求，我院认真组织开展活动周各项活动。",
                ),
                "summary",
                "tsvtc",
                style="no-disp",
            ),
            F(
                "统计表.xlsx",
                Doc("lo-xlsx", stats_html(rows, "2020年职业教育活动周情况统计表")),
                "statistics",
                "tsvtc",
                style="no-disp",
            ),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    plan_html = "山东服装职业学院2020年职业教育活动周方案"
    send(
        b,
        u,
        "11-05 10:16",
        "qqandroid",
        "服装学院活动周方案",
        "方案纸质版先拍照发您，电子版明天发。专栏 http://www.sdfzxy.cn/zjhdz/\n联络员 教务处 周敏 科长 13355388621 sdfzxy_jwc@163.com\n\n发自我的QQ邮箱",
        files=[
            F(
                "IMG_20201105_101522.jpg",
                Doc(
                    "scan-jpg",
                    html_doc(
                        plan_html,
                        "一、活动主题。二、活动安排：服装设计作品云展、非遗扎染体验、送技进社区。",
                    ),
                ),
                "plan",
                "sdfzxy",
                note="a phone photo of the printed plan",
            )
        ],
        column_url="http://www.sdfzxy.cn/zjhdz/",
        liaison=person("", "周敏", "教务处科长", "sdfzxy_jwc@163.com", "13355388621"),
    )
    send(
        b,
        u,
        "11-06 09:20",
        "qqandroid",
        "方案电子版",
        "电子版\n\n发自我的QQ邮箱",
        files=[
            F(
                "方案.docx",
                docx(
                    ["h", plan_html],
                    ["p", "一、活动主题：人人出彩 技能强国。"],
                    ["p", "二、活动安排：服装设计作品云展、非遗扎染体验、送技进社区。"],
                ),
                "plan",
                "sdfzxy",
            )
        ],
    )
    send(
        b,
        u,
        "11-11 21:03",
        "iphone",
        "回复：服装学院活动周方案",
        "周科长让我把稿子发给您，先发三篇。\n\n山东服装职业学院 宣传科 马骁\n\n发自我的iPhone\n\n------------------ 原始邮件 ------------------\n发件人: 周敏 <sdfzxy_jwc@163.com>\n发送时间: 2020年11月5日 10:16\n收件人: jyj-zcjk01@ta.shandong.cn\n主题: 服装学院活动周方案\n\n方案纸质版先拍照发您，电子版明天发。",
        sender="maxiao_fz@icloud.com",
        sender_name="马骁",
        files=[
            F(
                "服装设计作品云展.docx",
                article(
                    "山东服装职业学院举办服装设计作品云展", "9日，学院线上展出学生设计作品300余件。"
                ),
                "article",
                "sdfzxy",
            ),
            F(
                "扎染体验.docx",
                article("非遗扎染走进社区", "10日，学院师生在社区开展扎染体验活动。"),
                "article",
                "sdfzxy",
            ),
            F(
                "送技进社区.docx",
                article(
                    "服装学院师生为居民免费修改衣物", "11日，学院志愿者为居民免费修改衣物120件。"
                ),
                "article",
                "sdfzxy",
            ),
        ],
        note="a teacher's iPhone; the college in the signature",
    )
    send(
        b,
        u,
        "11-14 23:31",
        "iphone",
        "回复：服装学院活动周方案",
        "剩下两篇。\n\n马骁\n\n发自我的iPhone",
        sender="maxiao_fz@icloud.com",
        sender_name="马骁",
        files=[
            F(
                "职教故事.pdf",
                lo(
                    "lo-pdf",
                    "从学徒到设计师——一名服装学院毕业生的成长故事",
                    "2016届毕业生刘璐如今已是知名品牌的设计主管。",
                ),
                "article",
                "sdfzxy",
            ),
            F(
                "活动周综述.pdf",
                lo("lo-pdf", "服装学院活动周综述", "活动周期间学院共开展活动12项。"),
                "article",
                "sdfzxy",
            ),
        ],
        note="the college only in the subject (服装学院) and the same box's earlier mail",
    )
    send(
        b,
        u,
        "11-16 16:05",
        "coremail",
        "山东服装职业学院活动周总结、统计表",
        "职成高教科：\n  总结和统计表见附件。\n山东服装职业学院教务处 周敏",
        files=[
            F(
                "总结.docx",
                docx(
                    ["h", "山东服装职业学院2020年职业教育活动周总结"],
                    ["p", "学院共开展活动12项，参与师生3000余人次。"],
                ),
                "summary",
                "sdfzxy",
            ),
            F(
                "统计表.xlsx",
                Doc("openpyxl", stats([["山东服装职业学院", 5, 7, 1, 4, 3000, 900, 8, 15000]])),
                "statistics",
                "sdfzxy",
            ),
        ],
    )


STORIES = [tzy, tsvtc, sdfzxy]
