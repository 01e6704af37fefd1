"""Set16 stories of the secondary vocational schools (dyzj, xtzz, fczz, nyzz, dpzj, jtzz,
tsqzz). Shapes: a QR code beside the web address; WeChat links one or two a mail with
emoji; an HTML list whose anchors carry the links while the plain part shows only titles;
a statistics screenshot, then the xlsx the same day; a WeChat account only; a 秀米 body
from QQ mail; a 抖音 account beside the site; .wps names; file names that are numbers."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .shapes import D, U, X, art, deck, douyin, linklist, lo, page, stats_lo, wx, xiumi


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    plan = deck(
        "lo-slidespdf",
        [
            ("岱岳区职业教育中心2020年职业教育活动周方案", ["招生就业办公室"]),
            ("活动安排", ["开放日", "技能展示", "送教下乡"]),
        ],
    )
    send(
        b,
        u,
        "11-05 10:10",
        "coremail",
        "岱岳区职业教育中心 活动周方案 专栏 联络员",
        """市教育局职成科：
方案见附件（PPT转PDF）。
专栏网址：http://www.dyzjzx.com/zt/hdz2020/ ；微信公众号“岱岳职教”，二维码见附件。
联络员：岱岳区职业教育中心 招生就业办公室主任 高建军  邮箱dyzjzx_zsb@163.com  手机13561736258""",
        [
            F("活动周方案.pdf", plan, "plan", u.id),
            F("公众号二维码.png", Doc("png", "1733"), "other", u.id, readable=False),
        ],
        column_url="http://www.dyzjzx.com/zt/hdz2020/",
        liaison=person(
            "岱岳区职业教育中心",
            "高建军",
            "招生就业办公室主任",
            "dyzjzx_zsb@163.com",
            "13561736258",
        ),
    )
    w1, w2 = wx("dz-1"), wx("dz-2")
    send(
        b,
        u,
        "11-09 12:15",
        "coremail",
        "🌟岱岳职教中心活动周报道",
        f"【启动】岱岳职教中心职业教育活动周启动👉{w1}\n【开放日】欢迎来“云”参观👉{w2}",
        article_links=[w1, w2],
    )
    w3, w4 = wx("dz-3"), wx("dz-4")
    send(
        b,
        u,
        "11-11 19:40",
        "coremail",
        "岱岳职教中心报道（二）",
        f"{w3}\n{w4}\n（技能下乡、校企合作两篇）",
        article_links=[w3, w4],
    )
    w5 = wx("dz-5")
    send(
        b,
        u,
        "11-14 10:02",
        "qqmobile",
        "第五篇",
        f"岱岳职教中心第五篇：{w5}\n\n发自我的iPhone",
        sender="1046329815@qq.com",
        sender_name="高建军",
        article_links=[w5],
        note="from the liaison's QQ box; the school in the body",
    )
    summ = D(
        ["h", "岱岳区职业教育中心职业教育活动周工作总结"],
        ["p", "活动周期间，我校开展各类活动16项。"],
    )
    send(
        b,
        u,
        "11-16 14:10",
        "coremail",
        "总结、统计表",
        "高建军：总结、统计表见附件。",
        [
            F("岱岳职教中心总结.docx", summ, "summary", u.id),
            F(
                "岱岳职教中心统计表.xlsx",
                X("泰安市岱岳区职业教育中心", [7, 9, 2, 4, 2100, 1300, 8, 22000]),
                "statistics",
                u.id,
            ),
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    plan = D(
        ["h", "新泰市职业中等专业学校2020年职业教育活动周方案"],
        ["p", "学校办公室"],
        ["p", "一、活动时间 二、活动项目 三、宣传安排"],
    )
    send(
        b,
        u,
        "11-04 08:55",
        "coremail-gov",
        "新泰职专活动周方案",
        """职成高教科：
我校活动周方案见附件。
宣传专栏 http://www.xtzz.net/hdz/
联络员 信息中心主任 许文博 xtzz_xxzx@ta.shandong.cn 13792148236
新泰市职业中等专业学校""",
        [F("新泰职专活动周方案.docx", plan, "plan", u.id)],
        column_url="http://www.xtzz.net/hdz/",
        liaison=person(
            "新泰市职业中等专业学校",
            "许文博",
            "信息中心主任",
            "xtzz_xxzx@ta.shandong.cn",
            "13792148236",
        ),
    )
    pairs = [
        ("新泰职专举行活动周开幕式", wx("xz-1")),
        ("学生技能作品展", wx("xz-2")),
        ("走进田间送技术", wx("xz-3")),
        ("家长开放日", wx("xz-4")),
        ("优秀校友回母校", wx("xz-5")),
    ]
    plain = (
        "职成科：我校活动周宣传报道5篇（点击标题查看）：\n"
        + "\n".join(f"{n}. {t}" for n, (t, _) in enumerate(pairs, 1))
        + "\n许文博"
    )
    send(
        b,
        u,
        "11-12 17:20",
        "coremail-gov",
        "新泰职专宣传报道5篇",
        plain,
        html=linklist(pairs, "职成科：我校活动周宣传报道5篇（点击标题查看）：", "许文博"),
        article_links=[x for _, x in pairs],
        note="the links only as the HTML anchors; the plain part shows titles",
    )
    summ = lo("lo-pdf", "新泰市职业中等专业学校活动周总结", ["我校活动周期间开展活动14项。"])
    shot = Doc(
        "shot-png", stats_lo("lo-calcpdf", "新泰职专", [6, 8, 1, 5, 1900, 1100, 7, 15000]).source
    )
    send(
        b,
        u,
        "11-16 10:25",
        "coremail-gov",
        "新泰职专总结、统计表",
        "总结见附件，统计表先截图发上，电子版稍后。",
        [
            F("总结.pdf", summ, "summary", u.id),
            F("截图.png", shot, "statistics", u.id, readable=False, note="a screenshot"),
        ],
    )
    send(
        b,
        u,
        "11-16 17:30",
        "coremail-gov",
        "新泰职专统计表电子版",
        "统计表电子版。",
        [
            F(
                "新泰职专统计表.xlsx",
                X("新泰市职业中等专业学校", [6, 8, 1, 5, 1900, 1100, 7, 15000]),
                "statistics",
                u.id,
            )
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    plan = D(
        ["h", "肥城市职业中等专业学校关于开展2020年职业教育活动周系列活动的实施方案"],
        ["p", "为贯彻落实泰教函〔2020〕72号文件，结合我校实际，制定本方案。"],
        ["p", "一、活动内容 二、宣传报道 三、工作要求"],
    )
    send(
        b,
        u,
        "11-05 14:36",
        "qqweb",
        "肥城职专活动周方案、联络员",
        """您好！
方案见附件。我校宣传以微信公众号“肥城职专”为主。
联络员：肥城市职业中等专业学校办公室 副主任 邵丽 fczz_bgs@163.com 15069801237""",
        [
            F(
                "肥城市职业中等专业学校关于开展2020年职业教育活动周系列活...docx",
                plan,
                "plan",
                u.id,
                note="a long name cut with ...",
            )
        ],
        sender="fczz_bgs@163.com",
        wechat_only=True,
        liaison=person(
            "肥城市职业中等专业学校", "邵丽", "办公室副主任", "fczz_bgs@163.com", "15069801237"
        ),
    )
    body = xiumi(
        "肥城职专：技能展示秀出精彩",
        [
            "11月10日，肥城职专举办技能展示活动，焊接、电商直播、中式面点等专业学生同台竞技。",
            "不少家长表示，对职业教育有了新的认识。",
        ],
        ["学生进行中式面点展示", "电商直播展示"],
        "fczz-x",
    )
    send(
        b,
        u,
        "11-10 20:50",
        "qqweb",
        "肥城职专宣传稿",
        "肥城职专：技能展示秀出精彩（正文见下）",
        html=page(body, "gb18030"),
        body_article=True,
        note="秀米 body; the plain part only the title",
    )
    docs = [
        ("肥城职专送技下乡", "11月11日，学校农机专业师生赴安临站镇服务。"),
        ("职业启蒙进小学", "11月12日，学校教师走进实验小学开展职业启蒙课。"),
        ("校企合作成果展", "11月13日，学校举办校企合作成果展。"),
    ]
    send(
        b,
        u,
        "11-13 18:12",
        "qqweb",
        "肥城职专稿件3篇",
        "见附件",
        [F(f"{t}.docx", art(t, "肥城市职业中等专业学校", [p]), "article", u.id) for t, p in docs],
    )
    summ = D(["h", "肥城职专活动周总结"], ["p", "活动周期间，我校共组织活动12项。"])
    send(
        b,
        u,
        "11-16 15:20",
        "qqweb",
        "肥城职专总结及统计表",
        "请查收",
        [
            F("肥城职专总结.docx", summ, "summary", u.id),
            F(
                "肥城职专统计表.xlsx",
                X("肥城市职业中等专业学校", [5, 7, 1, 4, 1700, 900, 6, 11000]),
                "statistics",
                u.id,
            ),
        ],
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    plan = lo(
        "lo-pdf",
        "宁阳县职业中等专业学校职业教育活动周方案",
        [
            "一、活动主题：人人出彩 技能强国",
            "二、活动安排：开放日、技能展演、技能下乡",
            "三、宣传专栏：学校网站 http://www.nyzz.cn/hdz/",
        ],
    )
    send(
        b,
        u,
        "11-04 17:05",
        "neomutt",
        "宁阳职专 活动周方案",
        """职成科:
方案(PDF)见附件, 专栏地址在方案第三部分.
联络员: 教务科 科长 彭宇 nyzz_jwk@126.com 13953852418
宁阳职专""",
        [F("宁阳职专活动周方案.pdf", plan, "plan", u.id)],
        column_url="http://www.nyzz.cn/hdz/",
        liaison=person("", "彭宇", "教务科科长", "nyzz_jwk@126.com", "13953852418"),
    )
    d1 = [
        ("宁阳职专开放日", "11月9日，学校迎来400余名初中生和家长。"),
        ("宁阳职专技能展演", "11月10日，学校举行技能展演。"),
        ("宁阳职专技能下乡", "11月11日，学校师生到蒋集镇服务。"),
    ]
    send(
        b,
        u,
        "11-11 20:30",
        "neomutt",
        "稿件 3",
        "三篇.",
        [F(f"{t}.docx", art(t, "宁阳县职业中等专业学校", [p]), "article", u.id) for t, p in d1],
    )
    d2 = [
        ("宁阳职专校企合作推介会", "11月12日，学校举行校企合作推介会。"),
        ("宁阳职专优秀毕业生事迹", "毕业生张伟扎根一线，成长为技术骨干。"),
    ]
    send(
        b,
        u,
        "11-13 21:00",
        "neomutt",
        "稿件 2",
        "两篇.",
        [F(f"{t}.docx", art(t, "宁阳县职业中等专业学校", [p]), "article", u.id) for t, p in d2],
    )
    summ = D(
        ["h", "宁阳县职业中等专业学校职业教育活动周总结"], ["p", "我校活动周各项活动有序开展。"]
    )
    send(
        b,
        u,
        "11-16 09:50",
        "neomutt",
        "总结, 统计表",
        "见附件.",
        [
            F("宁阳职专总结.docx", summ, "summary", u.id),
            F(
                "宁阳职专统计表.xlsx",
                X("宁阳县职业中等专业学校", [5, 9, 1, 3, 2000, 800, 5, 9000]),
                "statistics",
                u.id,
            ),
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    plan = D(["h", "东平县职业教育中心学校职业教育活动周方案"], ["p", "一、活动安排 二、宣传"])
    send(
        b,
        u,
        "11-05 12:30",
        "android",
        "东平职教中心活动周方案",
        """市局职成科：
方案见附件。
专栏：http://www.dpzjzx.cn/hdz/ ，抖音号“东平职教中心”同步发布短视频。
联络员：宣传办 干事 齐晓燕 dpzjzx_xcb@163.com 18263811590""",
        [F("东平职教中心活动周方案.docx", plan, "plan", u.id)],
        column_url="http://www.dpzjzx.cn/hdz/",
        liaison=person("", "齐晓燕", "宣传办干事", "dpzjzx_xcb@163.com", "18263811590"),
    )
    v1, v2 = douyin("dpzj-1"), douyin("dpzj-2")
    w1, w2, w3 = wx("dpzj-w1"), wx("dpzj-w2"), wx("dpzj-w3")
    send(
        b,
        u,
        "11-12 13:05",
        "android",
        "东平职教中心宣传材料",
        f"""职成科：
抖音短视频：
汽修专业技能展示 {v1}
中餐烹饪专业开放日 {v2}
公众号文章：
东平职教中心活动周启动 {w1}
送教下乡到东平湖畔 {w2}
优秀毕业生回访 {w3}""",
        article_links=[v1, v2, w1, w2, w3],
        note="two 抖音 videos counted as pieces",
    )
    summ = D(["h", "东平县职业教育中心学校活动周总结"], ["p", "我校活动周开展活动15项。"])
    send(
        b,
        u,
        "11-17 08:40",
        "android",
        "东平职教中心总结、统计表（迟报）",
        "不好意思，总结和统计表晚报了。",
        [
            F("东平职教中心总结.docx", summ, "summary", u.id),
            F(
                "东平职教中心统计表.xlsx",
                X("东平县职业教育中心学校", [6, 9, 1, 5, 2300, 1500, 7, 14000]),
                "statistics",
                u.id,
            ),
        ],
    )


STORIES = [dyzj, xtzz, fczz, nyzz, dpzj]
