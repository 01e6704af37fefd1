"""Set14's county bureaus (2).

ningyang: a mobile 更正; an article pasted in a body and later sent as a file; summary 11-17,
no statistics. dongping: an article resent under another file name; 联络员变更 on 11-13.
gaoxin: the liaison only in a signature repeated in every mail; an article as a file and
then as a link to its page; the fifth article on 11-15.
"""

from __future__ import annotations

from .build import Builder, person, send
from .mk import A, U, art, f, sheet


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-04 14:30",
        "qqweb",
        "宁阳县教体局活动周方案、联络员",
        "您好！\n附件为宁阳县职业教育活动周方案。\n"
        "联络员：赵海燕，职教办主任，手机：13805389917，邮箱：nyjtj_zc@126.com",
        [
            f(
                "宁阳县职业教育活动周方案.docx",
                A("宁阳县2020年职业教育活动周方案", "全县职业学校于11月8日至14日开展活动。"),
                "plan",
                "ningyang",
            )
        ],
        liaison=person("", "赵海燕", "职教办主任", "nyjtj_zc@126.com", "13805389917"),
    )
    send(
        b,
        u,
        "11-04 14:52",
        "qqweb",
        "更正联络员手机号",
        "刚才发的联络员手机号码有误，应为13805389971，特此更正。赵海燕",
        liaison=person("", "赵海燕", "", "", "13805389971"),
        note="corrects the mobile of the mail before",
    )
    send(
        b,
        u,
        "11-05 10:10",
        "qqweb",
        "宁阳县活动周专栏",
        "宁阳县教体局职教活动周专栏：http://www.nyxjyj.cn/zjhdz/index.html",
        column_url="http://www.nyxjyj.cn/zjhdz/index.html",
    )
    t1 = "宁阳县职业教育活动周开幕"
    send(
        b,
        u,
        "11-09 08:50",
        "qqweb",
        "宣传稿：" + t1,
        f"{t1}\n\n  11月8日，宁阳县2020年职业教育活动周开幕式在宁阳职专举行，县政府分管领导出席并"
        "讲话。开幕式上，学生展示了焊接、烘焙和中式面点技艺，现场群众纷纷点赞。\n（宁阳县教体局）",
        body_article=True,
        body_ids=[t1],
    )
    send(
        b,
        u,
        "11-10 15:35",
        "qqweb",
        "宁阳县活动周稿件（word版）",
        "昨天正文里的开幕稿件附上word版，另有三篇新的。",
        [
            art(
                f"{t1}.docx",
                A(t1, "11月8日，宁阳县2020年职业教育活动周开幕式在宁阳职专举行。"),
                "ningyang",
                aid=t1,
            ),
            art(
                "宁阳县职教“技能下乡”助力秋种.docx",
                A("宁阳县职教“技能下乡”助力秋种", "农机专业师生为农户检修播种机。"),
                "ningyang",
            ),
            art(
                "宁阳县中职学校开放日.docx",
                A("宁阳县中职学校开放日", "家长走进实训车间。"),
                "ningyang",
            ),
            art(
                "宁阳县开展职业体验活动.docx",
                A("宁阳县开展职业体验活动", "小学生体验面点制作。"),
                "ningyang",
            ),
        ],
        note="the first file is the article pasted in the body on 11-09: four distinct in all",
    )
    send(
        b,
        u,
        "11-17 08:45",
        "qqweb",
        "宁阳县活动周总结（迟报）",
        "因工作原因总结报晚了，抱歉。统计表还在汇总。",
        [
            f(
                "宁阳县职业教育活动周总结.docx",
                A("宁阳县2020年职业教育活动周总结", "全县共开展活动22场。"),
                "summary",
                "ningyang",
            )
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(
        b,
        u,
        "11-03 17:20",
        "foxmail",
        "东平县职教活动周方案",
        "市教育局：\n  附件是东平县活动周方案。宣传专栏：http://www.dpjy.gov.cn/zt/2020hdz/\n"
        "  联络员：张德胜 职成股股长 13954837026 dpxjtj_zck@163.com\n东平县教体局",
        [
            f(
                "东平县活动周方案.docx",
                A(
                    "东平县2020年职业教育活动周实施方案",
                    "以“人人出彩 技能强国”为主题开展系列活动。",
                ),
                "plan",
                "dongping",
            )
        ],
        column_url="http://www.dpjy.gov.cn/zt/2020hdz/",
        liaison=person("", "张德胜", "职成股股长", "dpxjtj_zck@163.com", "13954837026"),
    )
    t1 = "东平县职业教育活动周启动仪式"
    lead = "8日，东平县职业教育活动周在东平职教中心启动。"
    send(
        b,
        u,
        "11-09 10:00",
        "foxmail",
        "活动周稿件1",
        "第一篇。",
        [art("活动周稿件1.docx", A(t1, lead), "dongping", aid=t1)],
    )
    send(
        b,
        u,
        "11-11 09:12",
        "foxmail",
        "东平县稿件（重发，规范文件名）+新稿2篇",
        "第一篇按要求改了文件名重新发一遍，另有两篇新稿。",
        [
            art(f"{t1}.docx", A(t1, lead), "dongping", aid=t1),
            art(
                "东平县职教学子走进湖区送技能.docx",
                A("东平县职教学子走进湖区送技能", "师生到老湖镇为渔民维修电动船。"),
                "dongping",
            ),
            art(
                "东平县举办职业教育开放日.docx",
                A("东平县举办职业教育开放日", "近千名家长学生参观。"),
                "dongping",
            ),
        ],
        note="the first file is 活动周稿件1.docx of 11-09 under its headline's name: one article",
    )
    send(
        b,
        u,
        "11-13 15:30",
        "foxmail",
        "东平县联络员变更",
        "因工作调整，我县活动周联络员变更为：李静，职成股副股长，手机15853866248，"
        "邮箱dpxjtj_zck@163.com。",
        liaison=person("", "李静", "职成股副股长", "dpxjtj_zck@163.com", "15853866248"),
        note="a new liaison after the due time: the contact was already complete",
    )
    send(
        b,
        u,
        "11-14 16:48",
        "foxmail",
        "东平县稿件4",
        "第四篇。",
        [
            art(
                "东平县开展校企合作成果展.docx",
                A("东平县开展校企合作成果展", "展出订单班成果。"),
                "dongping",
            )
        ],
        note="four distinct articles in all (the resend under another name counts once)",
    )
    send(
        b,
        u,
        "11-16 14:20",
        "foxmail",
        "东平县总结、统计表",
        "李静代发。",
        [
            f(
                "东平县职业教育活动周总结.docx",
                A("东平县职业教育活动周总结", "全县开展活动19场。"),
                "summary",
                "dongping",
            ),
            f(
                "东平县统计表.xlsx",
                sheet("东平县", [5, 14, 2, 5, 4100, 1800, 9, 6200]),
                "statistics",
                "dongping",
            ),
        ],
    )


GX_SIG = (
    "\n\n--\n高新区教体局社会事业科  周敏（科员）\n"
    "手机：17753860418  邮箱：gxqjtj@ta.shandong.cn\n泰安高新区南天门大街"
)
GX_P = person("", "周敏", "科员", "gxqjtj@ta.shandong.cn", "17753860418")


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-05 11:30",
        "outlook",
        "高新区活动周方案",
        "田科长好，高新区职业教育活动周方案见附件，专栏 http://gxq.taian.gov.cn/jytyj/zjhdz/ "
        "已开通。" + GX_SIG,
        [
            f(
                "高新区职业教育活动周方案.docx",
                A("泰安高新区2020年职业教育活动周方案", "区内职业学校和企业共同参与。"),
                "plan",
                "gaoxin",
            )
        ],
        column_url="http://gxq.taian.gov.cn/jytyj/zjhdz/",
        liaison=GX_P,
        note="the liaison is only the signature, repeated in every mail of the unit",
    )
    t1 = "高新区职业教育活动周开幕"
    url1 = "http://gxq.taian.gov.cn/jytyj/zjhdz/202011/t20201109_3316.html"
    send(
        b,
        u,
        "11-09 14:10",
        "outlook",
        "高新区稿件一",
        "开幕稿件。" + GX_SIG,
        [art("高新区稿件一.docx", A(t1, "11月8日，高新区职业教育活动周开幕。"), "gaoxin", aid=t1)],
        liaison=GX_P,
    )
    send(
        b,
        u,
        "11-10 09:05",
        "outlook",
        "开幕稿已在专栏发布",
        f"昨天报送的开幕稿件已在我区专栏发布：{url1}" + GX_SIG,
        article_links=[url1],
        link_ids={url1: t1},
        liaison=GX_P,
        note="the link is the page of the article sent on 11-09: one article",
    )
    two = [
        ("高新区企业向职校开放生产车间", "区内6家企业接待职校学生参观。"),
        ("高新区开展“职教进社区”志愿服务", "职校学生为居民提供理发、家电维修服务。"),
    ]
    send(
        b,
        u,
        "11-11 17:15",
        "outlook",
        "高新区稿件二、三",
        "两篇。" + GX_SIG,
        [art(f"{t}.docx", A(t, p), "gaoxin") for t, p in two],
        liaison=GX_P,
    )
    send(
        b,
        u,
        "11-13 10:40",
        "outlook",
        "高新区稿件四",
        "第四篇。" + GX_SIG,
        [
            art(
                "高新区举办技能人才成长报告会.docx",
                A("高新区举办技能人才成长报告会", "优秀毕业生分享成长经历。"),
                "gaoxin",
            )
        ],
        liaison=GX_P,
    )
    send(
        b,
        u,
        "11-15 09:20",
        "outlook",
        "高新区稿件五（补报）",
        "补报第五篇。" + GX_SIG,
        [
            art(
                "高新区职教活动周闭幕.docx",
                A("高新区职教活动周闭幕", "14日，活动周圆满落幕。"),
                "gaoxin",
            )
        ],
        liaison=GX_P,
    )
    send(
        b,
        u,
        "11-16 15:55",
        "outlook",
        "高新区总结及统计表",
        "请查收。" + GX_SIG,
        [
            f(
                "高新区活动周总结.docx",
                A("高新区职业教育活动周总结", "共开展活动15场。"),
                "summary",
                "gaoxin",
            ),
            f(
                "高新区统计表.xlsx",
                sheet("泰安高新区", [4, 11, 2, 4, 2600, 900, 6, 3500]),
                "statistics",
                "gaoxin",
            ),
        ],
        liaison=GX_P,
    )


STORIES = [ningyang, dongping, gaoxin]
