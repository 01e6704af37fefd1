"""泰山护理职院, 泰安技师学院, 新泰技校 and 泰山区职专 for set7; docstrings name the shapes."""

from __future__ import annotations

from .build import Builder, F, person, send
from .counties import art
from .docs import Doc
from .make import EVENTS, plan, stats, summary
from .mime import RSJ
from .units import REMIND_1104, U, foxmail_quote


def tshlxy(b: Builder) -> None:
    """Foxmail; the answer above the quoted city reminder that names other units; the liaison
    in one sentence with 单位; a statistics table cut short on 11-16 (unreadable), readable on
    11-17 (late)."""
    u = U["tshlxy"]
    send(
        b,
        u,
        "11-05 10:30",
        "foxmail",
        "回复：关于报送活动周方案、专栏地址和联络员的提示",
        """市局职成高教科：
    我院活动周方案见附件，宣传专栏网址 http://www.tshlxy.edu.cn/hdz2020/ 。
    联络员：泰山护理职业学院党政办 徐晓萌 主任科员，手机 15065852094，邮箱 hlxy_xcb@163.com。
    泰山护理职业学院党政办"""
        + foxmail_quote(
            REMIND_1104,
            "关于报送活动周方案、专栏地址和联络员的提示",
            "2020-11-04 16:20",
            "各县市区教体局；各职业院校",
        ),
        [
            F(
                "泰山护理职业学院活动周方案.docx",
                plan(
                    u.name,
                    "lo-docx",
                    "以“健康守护”为主题。",
                    ["护理技能进社区", "急救知识普及", "云上开放日"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.tshlxy.edu.cn/hdz2020/",
        liaison=person("泰山护理职业学院", "徐晓萌", "主任科员", "hlxy_xcb@163.com", "15065852094"),
        note="answer above a quote naming other units",
    )
    send(
        b,
        u,
        "11-09 16:00",
        "foxmail",
        "护理职院活动周稿件2篇",
        "稿件两篇，请查收。",
        [
            art(
                "tshlxy",
                "护理专业学生为社区老人测血压.docx",
                "python-docx-img",
                EVENTS[4],
                "11月8日",
                2,
                51,
            ),
            art("tshlxy", "急救知识普及进商场.docx", "lo-docx", "急救知识普及进商场", "11月9日"),
        ],
    )
    send(
        b,
        u,
        "11-11 11:30",
        "foxmail",
        "护理职院稿件",
        "公众号报道一篇：护理职院云上开放日 https://mp.weixin.qq.com/s/Hl3kR8sT2uV6wX0yZ4aB7c "
        "；另附稿件一篇。",
        [
            art(
                "tshlxy",
                "护理职院学子抗疫一线故事.pdf",
                "lo-pdf",
                "护理职院学子抗疫一线故事",
                "11月10日",
            )
        ],
        article_links=["https://mp.weixin.qq.com/s/Hl3kR8sT2uV6wX0yZ4aB7c"],
    )
    send(
        b,
        u,
        "11-14 23:40",
        "foxmail",
        "护理职院稿件（第5篇）",
        "第五篇稿件。",
        [
            art(
                "tshlxy",
                "老年护理专业走进养老院.docx",
                "python-docx",
                "老年护理专业走进养老院",
                "11月14日",
            )
        ],
        note="the fifth article at 23:40 on the last day",
    )
    send(
        b,
        u,
        "11-16 17:50",
        "foxmail",
        "护理职院活动周总结及统计表",
        "总结和统计表见附件。\n徐晓萌",
        [
            F(
                "泰山护理职业学院活动周总结.docx",
                summary(u.name, "lo-docx", ["社区服务5场", "急救培训3次"], "服务群众900余人次。"),
                "summary",
                u.id,
            ),
            F(
                "泰山护理职业学院活动周统计表.xlsx",
                stats(u.name, "plain", [3, 8, 1, 8, 1100, 900, 8, 14000]),
                "statistics",
                u.id,
                readable=False,
                cut=True,
                note="truncated in transit",
            ),
        ],
    )
    send(
        b,
        u,
        "11-17 09:00",
        "foxmail",
        "回复：统计表打不开，重新发送",
        "老师您好，统计表重新发送，请查收。\n徐晓萌\n\n"
        "-----原始邮件-----\n发件人: 泰安市教育局职成高教科\n"
        "发送时间: 2020-11-17 08:30\n主题: 统计表无法打开\n\n"
        "你单位报送的统计表无法打开，请重新发送。",
        [
            F(
                "泰山护理职业学院活动周统计表.xlsx",
                stats(u.name, "plain", [3, 8, 1, 8, 1100, 900, 8, 14000]),
                "statistics",
                u.id,
            )
        ],
        note="readable resend on 11-17: statistics late",
    )


def tajsxy(b: Builder) -> None:
    """A technical school writing to the 人社局 mailbox (163 Coremail); 联系人 with 座机 and a
    spaced mobile; a UTF-8 zip of three articles; the 人社局 forwarding its summary and table
    Outlook-style ('-----原始邮件-----', FW:), labelled with the school."""
    u = U["tajsxy"]
    send(
        b,
        u,
        "11-04 11:30",
        "coremail",
        "泰安技师学院职业教育活动周方案",
        """市人社局职业能力建设科：
我院活动周方案见附件，活动周专栏：http://www.tajsxy.cn/zjhdz/

联系人：杨帆  信息科科长
座机：6325118  手机：186 5389 0253
邮箱：tajsxy_xxk@163.com""",
        [
            F(
                "泰安技师学院活动周方案.pdf",
                plan(
                    u.name,
                    "lo-pdf",
                    "展示技工教育成果。",
                    ["世赛项目展示", "技能下乡", "企业开放日"],
                ),
                "plan",
                u.id,
            )
        ],
        to=RSJ,
        column_url="http://www.tajsxy.cn/zjhdz/",
        liaison=person("", "杨帆", "信息科科长", "tajsxy_xxk@163.com", "18653890253"),
        note="to the 人社局 mailbox",
    )
    members = [
        art(
            "tajsxy",
            "世赛项目展示吸引市民驻足.docx",
            "lo-docx",
            "世赛项目展示吸引市民驻足",
            "11月8日",
        ),
        art("tajsxy", "技师学院师生技能下乡.docx", "lo-docx", "技师学院师生技能下乡", "11月9日"),
        art(
            "tajsxy", "企业开放日走进泰山钢铁.docx", "lo-docx", "企业开放日走进泰山钢铁", "11月10日"
        ),
    ]
    z = Doc("zip", None, tuple((f.name, f.doc) for f in members))  # type: ignore[misc]
    send(
        b,
        u,
        "11-10 16:20",
        "coremail",
        "泰安技师学院活动周稿件（3篇）",
        "稿件3篇已打包，请查收。\n杨帆",
        [F("泰安技师学院活动周稿件.zip", z, "other", u.id, label=False)],
        to=RSJ,
        members=members,
    )
    send(
        b,
        u,
        "11-13 10:10",
        "coremail",
        "泰安技师学院稿件链接",
        """两篇报道：
https://mp.weixin.qq.com/s/Js4fG5hH6jJ7kK8lL9mM0n （技师学院开展职业技能等级认定宣传）
https://mp.weixin.qq.com/s/Js1qW2eR3tY4uI5oP6aS7d （技师学院学子获省赛一等奖）""",
        to=RSJ,
        article_links=[
            "https://mp.weixin.qq.com/s/Js4fG5hH6jJ7kK8lL9mM0n",
            "https://mp.weixin.qq.com/s/Js1qW2eR3tY4uI5oP6aS7d",
        ],
    )
    files = [
        F(
            "泰安技师学院活动周总结.docx",
            summary(u.name, "lo-docx", ["世赛项目展示3天"], "参与市民1000余人次。"),
            "summary",
            u.id,
        ),
        F(
            "泰安技师学院统计表.xlsx",
            stats(u.name, "plain", [2, 6, 1, 5, 900, 1000, 7, 11000]),
            "statistics",
            u.id,
        ),
    ]
    send(
        b,
        u,
        "11-16 10:30",
        "coremail",
        "泰安技师学院活动周总结和统计表",
        "总结和统计表见附件。\n杨帆",
        files,
        to=RSJ,
    )
    send(
        b,
        u,
        "11-16 15:00",
        "outlook",
        "FW: 泰安技师学院活动周总结和统计表",
        "转市教育局职成高教科。\n\n市人社局职业能力建设科\n\n"
        "-----原始邮件-----\n发件人: tajsxy_xxk@163.com <tajsxy_xxk@163.com>\n"
        "发送时间: 2020年11月16日 10:30\n"
        "收件人: rsjzjk@ta.shandong.cn\n主题: 泰安技师学院活动周总结和统计表\n\n"
        "总结和统计表见附件。\n杨帆",
        [F(f.name, f.doc, f.category, f.unit) for f in files],
        sender="rsjzjk@ta.shandong.cn",
        sender_name="泰安市人社局职业能力建设科",
        note="the 人社局 forwarding Outlook-style: labelled with the school",
    )


def xtjg(b: Builder) -> None:
    """163 Coremail, a technical school; everything on 11-05 17:58; only two articles
    (partial); the statistics table on 11-17 (late)."""
    u = U["xtjg"]
    send(
        b,
        u,
        "11-05 17:58",
        "coremail",
        "新泰技校活动周方案 专栏 联络员",
        """市教育局：
方案见附件。专栏：http://www.xtjgxx.com/zjhdz/
联络员 新泰市技工学校招生办 宋春雷 主任 13805483306 邮箱xtjgxx_zsb@163.com""",
        [
            F(
                "新泰市技工学校职业教育活动周方案.doc",
                plan(
                    u.name, "lo-doc", "突出焊接、电工等专业特色。", ["焊接技能展示", "电工义务维修"]
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.xtjgxx.com/zjhdz/",
        liaison=person("新泰市技工学校", "宋春雷", "主任", "xtjgxx_zsb@163.com", "13805483306"),
        note="two minutes before the deadline",
    )
    send(
        b,
        u,
        "11-11 10:00",
        "coremail",
        "新泰技校稿件",
        "稿件两篇。",
        [
            art("xtjg", "焊接技能展示走进社区.docx", "lo-docx", "焊接技能展示走进社区", "11月9日"),
            art("xtjg", "电工专业义务维修.docx", "lo-docx", "电工专业义务维修", "11月10日"),
        ],
    )
    send(
        b,
        u,
        "11-16 16:40",
        "coremail",
        "新泰技校活动周总结",
        "总结见附件。",
        [
            F(
                "新泰市技工学校活动周总结.pdf",
                summary(u.name, "lo-pdf", ["技能展示2场"], "服务群众300人次。"),
                "summary",
                u.id,
            )
        ],
    )
    send(
        b,
        u,
        "11-17 10:30",
        "coremail",
        "新泰技校统计表（补报）",
        "补报统计表。",
        [
            F(
                "新泰市技工学校统计表.xls",
                stats(
                    "新泰市技工学校",
                    "totals-xls",
                    [["新泰市技工学校", 1, 3, 0, 2, 260, 300, 2, 3100]],
                ),  # type: ignore[list-item]
                "statistics",
                u.id,
            )
        ],
        note="LibreOffice .xls, late",
    )


def tsqzz(b: Builder) -> None:
    """WPS 365 web mail (UTF-8 quoted-printable); a subject with full-width ＋ and ：;
    the column in 【】 followed by '。'; a docx with pictures; FW: of a teacher's PDFs; an
    article in the body beside a link."""
    u = U["tsqzz"]
    send(
        b,
        u,
        "11-05 14:40",
        "wps",
        "泰山区职专：活动周方案＋专栏地址＋联络员",
        """市教育局职成高教科：
方案见附件。【宣传专栏】http://www.tsqzz.com/zjhdz/。
联络员：泰山区职专 办公室主任 褚红梅，手机：13562871530，邮箱：tsqzz@ta.shandong.cn""",
        [
            F(
                "泰山区职专活动周方案.pdf",
                plan(u.name, "lo-pdf", "以“泰山工匠”为主题。", ["开放日", "汽修服务", "家电维修"]),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.tsqzz.com/zjhdz/",
        liaison=person("泰山区职专", "褚红梅", "办公室主任", "tsqzz@ta.shandong.cn", "13562871530"),
        note="full-width punctuation in the subject",
    )
    send(
        b,
        u,
        "11-09 08:50",
        "wps",
        "泰山区职专稿件（带图）",
        "稿件一篇（含图片）。",
        [
            art(
                "tsqzz",
                "泰山区职专汽修专业进社区.docx",
                "python-docx-img",
                "汽修专业进社区",
                "11月8日",
                4,
                61,
            )
        ],
    )
    send(
        b,
        u,
        "11-11 16:20",
        "wps",
        "FW: 活动周稿件",
        "转发老师的两篇稿件。\n\n---- 转发的邮件 ----\n发件人：王老师\n"
        "主题：活动周稿件\n两篇稿件见附件。",
        [
            art("tsqzz", "家电维修进社区.pdf", "lo-pdf", "家电维修进社区", "11月10日"),
            art("tsqzz", "泰山区职专开放日.pdf", "lo-pdf", "泰山区职专开放日", "11月10日"),
        ],
    )
    send(
        b,
        u,
        "11-13 18:00",
        "wps",
        "泰山区职专稿件两篇",
        """一篇链接：https://mp.weixin.qq.com/s/Tz6aR7sT8uV9wX0yZ1aB2c

一篇如下：
泰山区职专茶艺展演进社区
11月12日，泰山区职专茶艺队走进岱庙街道社区，为居民展演中华茶艺。学生们身着传统服饰，以温杯、置茶、冲泡、奉茶等程序展示茶艺之美，并向居民讲解泰山女儿茶的历史。居民们纷纷表示，没想到职业学校的学生这么有才艺。""",
        article_links=["https://mp.weixin.qq.com/s/Tz6aR7sT8uV9wX0yZ1aB2c"],
        body_article=True,
    )
    send(
        b,
        u,
        "11-16 14:30",
        "wps",
        "泰山区职专总结、统计表",
        "见附件。",
        [
            F(
                "泰山区职专活动周总结.docx",
                summary(u.name, "python-docx", ["开放日2场"], "服务群众700人次。"),
                "summary",
                u.id,
            ),
            F(
                "泰山区职专统计表.xlsx",
                stats(u.name, "plain", [4, 6, 1, 5, 860, 920, 7, 15600]),
                "statistics",
                u.id,
            ),
        ],
    )


def build(b: Builder) -> None:
    """Every story of this module."""
    tshlxy(b)
    tajsxy(b)
    xtjg(b)
    tsqzz(b)
