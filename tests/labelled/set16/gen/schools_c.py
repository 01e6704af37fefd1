"""Set16 stories of tajsxy, jtzz and tsqzz (shapes listed in schools_a.py and schools_b.py)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .mime import RSJ
from .shapes import D, U, X, art, wx


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    plan = D(
        ["h", "泰安技师学院2020年职业教育活动周方案"],
        ["p", "学院招生就业处"],
        ["p", "一、活动时间 二、活动内容 三、宣传：学院网站专栏、微信公众号"],
    )
    send(
        b,
        u,
        "11-04 15:30",
        "snail",
        "泰安技师学院活动周方案",
        """市人社局职建科：
我院活动周方案见附件。
专栏：http://www.tajsxy.com/zjhdz/
联络员：招生就业处 副处长 杨帆 tajsxy_zsb@163.com 13853860147
泰安技师学院""",
        [F("泰安技师学院活动周方案.docx", plan, "plan", u.id)],
        to=RSJ,
        column_url="http://www.tajsxy.com/zjhdz/",
        liaison=person("", "杨帆", "招生就业处副处长", "tajsxy_zsb@163.com", "13853860147"),
        charset="gbk",
    )
    docs = [
        ("技师学院技能开放日", "11月9日，学院开放全部实训车间。"),
        ("世赛选手进校园分享", "11月10日，世界技能大赛选手回校分享经验。"),
        ("技能送下乡 服务助振兴", "11月11日，学院师生赴乡村维修农机。"),
        ("校企合作签约", "11月12日，学院与5家企业签约。"),
        ("学院举行技能比武", "11月13日，学院举行第八届技能节技能比武。"),
    ]
    send(
        b,
        u,
        "11-13 10:05",
        "snail",
        "泰安技师学院活动周稿件5篇",
        "稿件5篇，请审阅。",
        [
            F(
                f"{n:02d}.docx",
                art(t, "泰安技师学院", [p]),
                "article",
                u.id,
                note="a number as the name",
            )
            for n, (t, p) in enumerate(docs, 1)
        ],
        to=RSJ,
        charset="gbk",
    )
    summ = D(["h", "泰安技师学院职业教育活动周总结"], ["p", "活动周期间，学院共开展活动20项。"])
    send(
        b,
        u,
        "11-16 16:30",
        "snail",
        "泰安技师学院总结统计表",
        "总结、统计表见附件。",
        [
            F("总结.docx", summ, "summary", u.id),
            F(
                "统计表.xlsx",
                X("泰安技师学院", [7, 12, 1, 8, 3600, 2200, 10, 28000]),
                "statistics",
                u.id,
            ),
        ],
        to=RSJ,
        charset="gbk",
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    plan = D(
        ["h", "泰安市交通职业中等专业学校2020年职业教育活动周方案"],
        ["p", "一、活动目的 二、活动安排"],
    )
    send(
        b,
        u,
        "11-04 16:40",
        "foxmail",
        "交通职专活动周方案",
        """职成高教科领导：
方案见附件（WPS文字）。
专栏：http://www.tajtzz.com/hdz/
联络员：办公室 主任 曹伟 tajtzz_bgs@126.com 13505488712""",
        [F("交通职专活动周方案.wps", plan, "plan", u.id, note="a .wps name on a docx")],
        column_url="http://www.tajtzz.com/hdz/",
        liaison=person("", "曹伟", "办公室主任", "tajtzz_bgs@126.com", "13505488712"),
    )
    l1, l2, l3 = wx("jt-1"), wx("jt-2"), wx("jt-3")
    send(
        b,
        u,
        "11-10 18:00",
        "foxmail",
        "交通职专公众号文章（1-3）",
        f"（1）交通职专活动周启动 {l1}\n（2）汽车运用与维修专业开放日 {l2}\n"
        f"（3）“安全出行”进社区 {l3}",
        article_links=[l1, l2, l3],
    )
    l4, l5 = wx("jt-4"), wx("jt-5")
    send(
        b,
        u,
        "11-13 18:00",
        "foxmail",
        "交通职专公众号文章（4-5）",
        f"（4）驾驶模拟体验日 {l4}\n（5）校企合作订单班 {l5}",
        article_links=[l4, l5],
    )
    summ = D(["h", "交通职专活动周总结"], ["p", "学校开展活动11项。"])
    send(
        b,
        u,
        "11-16 12:00",
        "foxmail",
        "交通职专总结统计表",
        "见附件（WPS）。",
        [
            F("交通职专总结.wps", summ, "summary", u.id, note="a .wps name on a docx"),
            F(
                "交通职专统计表.et",
                X("泰安市交通职业中等专业学校", [5, 6, 1, 4, 1500, 1000, 5, 8000]),
                "statistics",
                u.id,
                note="an .et name on an xlsx",
            ),
        ],
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    plan = D(["h", "泰山区职业中等专业学校职业教育活动周方案"], ["p", "一、活动安排 二、宣传报道"])
    send(
        b,
        u,
        "11-05 09:30",
        "py-compat32",
        "泰山区职专活动周方案及联络员",
        """市教育局职成科：
方案见附件。专栏：http://www.tsqzz.com/hdz2020/ ，公众号“泰山区职专”同步。
联络员：泰山区职业中等专业学校 招生办主任 丁鹏 tsqzz_zsb@163.com 15954861203""",
        [F("1.docx", plan, "plan", u.id, note="a number as the name")],
        column_url="http://www.tsqzz.com/hdz2020/",
        liaison=person(
            "泰山区职业中等专业学校", "丁鹏", "招生办主任", "tsqzz_zsb@163.com", "15954861203"
        ),
        charset="gbk",
    )
    docs = [
        ("泰山区职专网络开放日", "11月9日，学校举行网络开放日。"),
        ("泰山区职专技能进社区", "11月10日，学校师生走进社区。"),
        ("泰山区职专劳动教育课堂", "11月11日，学校为小学生开设劳动教育课堂。"),
        ("泰山区职专校企对话", "11月12日，学校举行校企对话。"),
        ("泰山区职专活动周闭幕", "11月14日，学校活动周闭幕。"),
    ]
    send(
        b,
        u,
        "11-14 16:20",
        "py-compat32",
        "泰山区职专稿件",
        "稿件5篇见附件。",
        [
            F(
                f"{n}.docx",
                art(t, "泰安市泰山区职业中等专业学校", [p]),
                "article",
                u.id,
                note="a number as the name",
            )
            for n, (t, p) in enumerate(docs, 2)
        ],
        charset="gbk",
    )
    summ = D(["h", "泰山区职专活动周总结"], ["p", "学校活动周开展活动10项。"])
    send(
        b,
        u,
        "11-16 13:10",
        "py-compat32",
        "泰山区职专总结、统计表",
        "见附件。",
        [
            F("7.docx", summ, "summary", u.id, note="a number as the name"),
            F(
                "8.xlsx",
                X("泰安市泰山区职业中等专业学校", [4, 6, 1, 3, 1400, 700, 5, 7000]),
                "statistics",
                u.id,
            ),
        ],
        charset="gbk",
    )


STORIES = [tajsxy, jtzz, tsqzz]
