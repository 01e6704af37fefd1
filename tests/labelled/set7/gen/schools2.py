"""The county-level vocational schools for set7; each story's docstring names its shapes."""

from __future__ import annotations

from .build import Builder, F, person, send
from .counties import art
from .make import EVENTS, compilation, plan, stats, summary
from .units import REMIND_1104, U, gt_quote


def dyzjzx(b: Builder) -> None:
    """Government Coremail (UTF-8); three PDF articles; two WeChat links; summary and
    statistics on 11-17 (late)."""
    u = U["dyzjzx"]
    send(
        b,
        u,
        "11-03 15:45",
        "coremail-gov",
        "岱岳区职教中心报送活动周方案等材料",
        """市教育局职成高教科：
我中心活动周方案见附件。宣传专栏：http://www.dyzjzx.com/zjhdz/
联络员：岱岳区职教中心办公室副主任 侯慧敏，手机15192307781，邮箱dyzjzx@ta.shandong.cn""",
        [
            F(
                "岱岳区职教中心2020年职业教育活动周方案.docx",
                plan(
                    u.name,
                    "lo-docx",
                    "以“技能下乡”为重点。",
                    ["果树修剪服务", "农机维修", "开放日"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.dyzjzx.com/zjhdz/",
        liaison=person(
            "岱岳区职教中心", "侯慧敏", "办公室副主任", "dyzjzx@ta.shandong.cn", "15192307781"
        ),
    )
    send(
        b,
        u,
        "11-09 09:30",
        "coremail-gov",
        "岱岳区职教中心稿件3篇",
        "稿件3篇（PDF）。",
        [
            art(
                "dyzjzx",
                "岱岳区职教中心师生为果农修剪果树.pdf",
                "lo-pdf",
                "师生为果农修剪果树",
                "11月8日",
            ),
            art("dyzjzx", "农机维修服务队下乡.pdf", "lo-pdf", "农机维修服务队下乡", "11月8日"),
            art("dyzjzx", "岱岳区职教中心开放日.pdf", "lo-pdf", "岱岳区职教中心开放日", "11月9日"),
        ],
    )
    send(
        b,
        u,
        "11-12 15:00",
        "coremail-gov",
        "岱岳区职教中心微信报道",
        "https://mp.weixin.qq.com/s/Dz7aA8bB9cC0dD1eE2fF3g\nhttps://mp.weixin.qq.com/s/Dz4hH5iI6jJ7kK8lL9mM0n\n侯慧敏",
        article_links=[
            "https://mp.weixin.qq.com/s/Dz7aA8bB9cC0dD1eE2fF3g",
            "https://mp.weixin.qq.com/s/Dz4hH5iI6jJ7kK8lL9mM0n",
        ],
        note="links only, no titles",
    )
    send(
        b,
        u,
        "11-17 10:00",
        "coremail-gov",
        "岱岳区职教中心活动周总结及统计表",
        "总结和统计表见附件，迟报了，抱歉。\n侯慧敏",
        [
            F(
                "岱岳区职教中心活动周总结.docx",
                summary(u.name, "python-docx", ["技能下乡6次"], "服务果农800余人。"),
                "summary",
                u.id,
            ),
            F(
                "岱岳区职教中心统计表.xlsx",
                stats(u.name, "two-header", [2, 6, 1, 6, 600, 800, 7, 7000]),
                "statistics",
                u.id,
            ),
        ],
    )


def xtzz(b: Builder) -> None:
    """163 Coremail; 转发: of the school's own internal mail (Coremail's 转发邮件信息 block);
    a dashed mobile 139-5385-xxxx; a two-article 汇编 and three links; a LibreOffice .xls
    statistics table with campus rows and a totals row."""
    u = U["xtzz"]
    send(
        b,
        u,
        "11-04 10:00",
        "coremail",
        "转发：活动周方案终稿",
        """市教育局职成高教科：
转发我校活动周方案终稿，请审阅。
宣传专栏：http://xtzz.xtedu.net/hdz/
联络员：新泰职专教务处 田雨，副主任，手机：139-5385-6120，邮箱：xtzz_jwc@163.com

-------- 转发邮件信息 --------
发件人："教务处" <jwc@xtzz.net>
发送日期：2020-11-04 08:55:31
收件人：xtzz_jwc@163.com
主题：活动周方案终稿
方案终稿见附件，请报市局。""",
        [
            F(
                "新泰职专2020年职业教育活动周实施方案（终稿）.docx",
                plan(
                    u.name,
                    "python-docx",
                    "本部和新汶校区同步开展。",
                    ["开放日", "技能展示", "进社区"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://xtzz.xtedu.net/hdz/",
        liaison=person("新泰职专", "田雨", "副主任", "xtzz_jwc@163.com", "13953856120"),
    )
    send(
        b,
        u,
        "11-10 11:10",
        "coremail",
        "新泰职专稿件汇编",
        "汇编两篇。",
        [
            F(
                "新泰职专活动周稿件汇编.docx",
                compilation("lo-docx", "新泰职专", [EVENTS[18], EVENTS[6]], "11月9日"),
                "article",
                u.id,
                count=2,
            )
        ],
    )
    send(
        b,
        u,
        "11-12 16:00",
        "coremail",
        "新泰职专报道链接",
        """1. https://mp.weixin.qq.com/s/Xz1bC2dE3fG4hI5jK6lM7n
2. https://mp.weixin.qq.com/s/Xz8oP9qR0sT1uV2wX3yZ4a
3. http://xtzz.xtedu.net/hdz/2020/1112/321.html""",
        article_links=[
            "https://mp.weixin.qq.com/s/Xz1bC2dE3fG4hI5jK6lM7n",
            "https://mp.weixin.qq.com/s/Xz8oP9qR0sT1uV2wX3yZ4a",
            "http://xtzz.xtedu.net/hdz/2020/1112/321.html",
        ],
    )
    send(
        b,
        u,
        "11-16 11:00",
        "coremail",
        "新泰职专活动周总结、统计表",
        "见附件。",
        [
            F(
                "新泰职专活动周总结.docx",
                summary(u.name, "lo-docx", ["两校区开放日"], "参与师生1800人次。"),
                "summary",
                u.id,
            ),
            F(
                "新泰职专统计表.xls",
                stats(
                    "新泰职专",
                    "totals-xls",
                    [
                        ["本部", 2, 4, 1, 3, 1000, 500, 4, 6000],  # type: ignore[list-item]
                        ["新汶校区", 1, 3, 1, 2, 800, 300, 3, 4000],
                    ],
                ),
                "statistics",
                u.id,
            ),
        ],
    )


def fczz(b: Builder) -> None:
    """Thunderbird; the answer above a > quote of the city's reminder naming other units;
    联系人 with 座机 and 手机 in the signature; three RFC 2231 docx articles; two links."""
    u = U["fczz"]
    send(
        b,
        u,
        "11-05 08:30",
        "thunderbird",
        "Re: 关于报送活动周方案、专栏地址和联络员的提示",
        """市局老师：

我校材料如下：方案见附件；宣传专栏 http://www.fczz.net/zjhdz/

--
联系人：肥城职专 办公室 孔德胜（副主任）
座机：0538-3356017 手机：13705383390
邮箱：fczz_bgs@126.com

"""
        + gt_quote(REMIND_1104, "泰安市教育局职成高教科", "2020/11/4 16:20"),
        [
            F(
                "肥城职专活动周方案.docx",
                plan(
                    u.name, "python-docx", "以“桃乡工匠”为主题。", ["开放周", "桃木工艺", "进乡村"]
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.fczz.net/zjhdz/",
        liaison=person("肥城职专", "孔德胜", "副主任", "fczz_bgs@126.com", "13705383390"),
        note="reply above a > quote that names other units",
    )
    send(
        b,
        u,
        "11-10 17:30",
        "thunderbird",
        "肥城职专稿件3篇",
        "稿件三篇。",
        [
            art(
                "fczz",
                "肥城职专开放周首日迎来千名家长.docx",
                "python-docx",
                "开放周首日迎来千名家长",
                "11月8日",
            ),
            art("fczz", "桃木工艺大师进课堂.docx", "python-docx", "桃木工艺大师进课堂", "11月9日"),
            art(
                "fczz",
                "肥城职专学子进乡村修家电.docx",
                "python-docx",
                "肥城职专学子进乡村修家电",
                "11月10日",
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 14:00",
        "thunderbird",
        "肥城职专报道",
        "肥城职专：技能大赛获奖选手分享成长经历 https://mp.weixin.qq.com/s/Fz5aQ6wS7eD8rF9tG0yH1u\n"
        "肥城职专：职业体验走进初中 https://mp.weixin.qq.com/s/Fz2jU3iK4oL5pM6nB7vC8x",
        article_links=[
            "https://mp.weixin.qq.com/s/Fz5aQ6wS7eD8rF9tG0yH1u",
            "https://mp.weixin.qq.com/s/Fz2jU3iK4oL5pM6nB7vC8x",
        ],
    )
    send(
        b,
        u,
        "11-16 10:10",
        "thunderbird",
        "肥城职专总结和统计表",
        "附件。\n孔德胜",
        [
            F(
                "肥城职专活动周总结.docx",
                summary(u.name, "python-docx", ["开放周5天"], "参与家长2000余人次。"),
                "summary",
                u.id,
            ),
            F(
                "肥城职专统计表.xlsx",
                stats(u.name, "plain", [3, 7, 5, 4, 1200, 2000, 9, 16000]),
                "statistics",
                u.id,
            ),
        ],
    )


def nyzz(b: Builder) -> None:
    """QQ邮箱 iPhone app; no column ever (专栏建设中: missing); WeChat links and a docx."""
    u = U["nyzz"]
    send(
        b,
        u,
        "11-05 15:20",
        "qqmobile",
        "宁阳职专活动周方案",
        "市局：方案见附件。我校活动周专栏正在建设中，建好后再报送地址。\n"
        "联络员：宁阳职专团委书记 高静，手机13615489027，邮箱2470135869@qq.com",
        [
            F(
                "宁阳职专活动周方案.docx",
                plan(u.name, "python-docx", "突出“蟋蟀文化”和电商特色。", ["电商直播", "开放日"]),
                "plan",
                u.id,
            )
        ],
        liaison=person("宁阳职专", "高静", "团委书记", "2470135869@qq.com", "13615489027"),
        note="no column: 建设中",
    )
    send(
        b,
        u,
        "11-09 19:00",
        "qqmobile",
        "宁阳职专稿件链接",
        "https://mp.weixin.qq.com/s/Nz3aB4cD5eF6gH7iJ8kL9m 电商直播助农\n"
        "https://mp.weixin.qq.com/s/Nz0nO1pQ2rS3tU4vW5xY6z 宁阳职专开放日",
        article_links=[
            "https://mp.weixin.qq.com/s/Nz3aB4cD5eF6gH7iJ8kL9m",
            "https://mp.weixin.qq.com/s/Nz0nO1pQ2rS3tU4vW5xY6z",
        ],
    )
    send(
        b,
        u,
        "11-12 20:30",
        "qqmobile",
        "宁阳职专稿件",
        "两篇链接一篇附件：\nhttps://mp.weixin.qq.com/s/Nz7aZ8bY9cX0dW1eV2fU3t\n"
        "https://mp.weixin.qq.com/s/Nz4gT5hS6iR7jQ8kP9lO0n",
        [art("nyzz", "宁阳职专学前教育专业排演抗疫童话剧.docx", "lo-docx", EVENTS[17], "11月11日")],
        article_links=[
            "https://mp.weixin.qq.com/s/Nz7aZ8bY9cX0dW1eV2fU3t",
            "https://mp.weixin.qq.com/s/Nz4gT5hS6iR7jQ8kP9lO0n",
        ],
    )
    send(
        b,
        u,
        "11-16 13:00",
        "qqmobile",
        "宁阳职专总结统计表",
        "见附件",
        [
            F(
                "宁阳职专活动周总结.docx",
                summary(u.name, "lo-docx", ["电商直播3场"], "销售农产品2万余元。"),
                "summary",
                u.id,
            ),
            F(
                "宁阳职专统计表.xlsx",
                stats(u.name, "plain", [4, 3, 1, 3, 500, 400, 6, 20000]),
                "statistics",
                u.id,
            ),
        ],
    )


def dpzz(b: Builder) -> None:
    """Foxmail with a raw-GBK file name; one article reaches the city only through 东平县教体局's
    forward (counties2); four of its own."""
    u = U["dpzz"]
    send(
        b,
        u,
        "11-04 09:20",
        "foxmail",
        "东平职专活动周方案、专栏、联络员",
        """市教育局职成高教科：
方案见附件；专栏：http://www.dpzz.cn/zjhdz/
联络员：东平职专办公室 吕冬梅 主任 手机 135 6380 4471 邮箱 dpzz_xb@163.com""",
        [
            F(
                "东平职专活动周方案.docx",
                plan(u.name, "lo-docx", "结合湖区特色。", ["开放日", "渔民培训", "进社区"]),
                "plan",
                u.id,
                style="raw-gbk",
            )
        ],
        column_url="http://www.dpzz.cn/zjhdz/",
        liaison=person("东平职专", "吕冬梅", "主任", "dpzz_xb@163.com", "13563804471"),
        note="raw GBK file name",
    )
    send(
        b,
        u,
        "11-10 10:45",
        "foxmail",
        "东平职专稿件2篇",
        "稿件两篇。",
        [
            art("dpzz", "东平职专湖区渔民培训.docx", "lo-docx", "湖区渔民培训", "11月9日"),
            art(
                "dpzz",
                "东平职专学子进社区义务理发.docx",
                "lo-docx",
                "学子进社区义务理发",
                "11月10日",
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 15:30",
        "foxmail",
        "东平职专稿件",
        "稿件两篇。",
        [
            art("dpzz", "东平职专烹饪专业送温暖.docx", "lo-docx", EVENTS[10], "11月12日"),
            art(
                "dpzz", "东平职专举办技能展示周闭幕式.pdf", "lo-pdf", "技能展示周闭幕式", "11月13日"
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 09:50",
        "foxmail",
        "东平职专总结统计表",
        "附件。\n吕冬梅",
        [
            F(
                "东平职专活动周总结.docx",
                summary(u.name, "lo-docx", ["渔民培训2期"], "培训200人。"),
                "summary",
                u.id,
            ),
            F(
                "东平职专统计表.xlsx",
                stats(u.name, "plain", [2, 5, 1, 4, 600, 500, 6, 5000]),
                "statistics",
                u.id,
            ),
        ],
    )


def build(b: Builder) -> None:
    """Every story of this module."""
    dyzjzx(b)
    xtzz(b)
    fczz(b)
    nyzz(b)
    dpzz(b)
