"""Set16 stories of ningyang, dongping and gaoxin (the rest of the county bureaus; shapes listed
in bureaus.py's docstring)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .shapes import (
    D,
    U,
    X,
    art,
    deck,
    e135,
    gov,
    meipian,
    page,
    stats_lo,
    wx,
    wx_long,
)


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    plan = D(
        ["h", "宁阳县教育和体育局2020年职业教育活动周实施方案"],
        ["p", "为做好我县2020年职业教育活动周工作，制定本方案。"],
        ["p", "一、组织领导。二、活动安排。三、宣传报道：依托“宁阳教育”微信公众号开展宣传。"],
    )
    contact = Doc(
        "openpyxl",
        {
            "rows": [
                ["单位", "姓名", "职务", "邮箱", "手机号码"],
                ["宁阳县教育和体育局", "刘庆伟", "职教科科长", "nyjtj_zjk@163.com", "15206389142"],
            ]
        },
    )
    send(
        b,
        u,
        "11-05 17:20",
        "coremail",
        "宁阳县报送活动周方案、联络员",
        """市教育局职成科：
附件是我县活动周方案和联络员信息表。宣传专栏为“宁阳教育”公众号，扫描附件二维码即可关注。
宁阳县教体局职教科""",
        [
            F(
                "宁阳县教育和体育局2020年职业教育活动周实施方案（…docx",
                plan,
                "plan",
                u.id,
                note="a long name cut by the client",
            ),
            F("联络员信息.et", contact, "contact", u.id, note="an .et name on an xlsx"),
            F(
                "二维码.png",
                Doc("png", "1604"),
                "other",
                u.id,
                readable=False,
                note="the account's QR code given as the column",
            ),
        ],
        wechat_only=True,
        liaison=person(
            "宁阳县教育和体育局", "刘庆伟", "职教科科长", "nyjtj_zjk@163.com", "15206389142"
        ),
    )
    pairs = [
        ("宁阳县职业教育活动周启动", wx("ny-1")),
        ("宁阳职专开展网络开放日", wx("ny-2")),
        ("技能下乡进田间", wx("ny-3")),
        ("优秀毕业生返校分享成长故事", wx("ny-4")),
    ]
    text = (
        "职成科：\n本周宣传报道4篇，标题和链接如下：\n"
        + "\n".join(f"{t}\n{u_}" for t, u_ in pairs)
        + "\n刘庆伟"
    )
    send(
        b, u, "11-11 17:02", "coremail", "宁阳县宣传报道", text, article_links=[x for _, x in pairs]
    )
    m1 = meipian("ny-m1")
    send(
        b,
        u,
        "11-13 08:50",
        "coremail",
        "宁阳县美篇一篇",
        f"《宁阳县职业学校劳动教育成果展》{m1}",
        article_links=[m1],
    )
    summ = D(
        ["h", "宁阳县2020年职业教育活动周工作总结"],
        ["p", "宁阳县教育和体育局"],
        ["p", "我县职业教育活动周共开展活动22项，参与师生2800余人次。"],
    )
    shot = Doc(
        "shot-png",
        stats_lo("lo-calcpdf", "宁阳县教体局", [9, 13, 2, 7, 2800, 1900, 6, 18700]).source,
    )
    send(
        b,
        u,
        "11-16 16:05",
        "coremail",
        "宁阳县活动周总结、统计表",
        "总结、统计表（截图）见附件。",
        [
            F("宁阳县活动周总结.docx", summ, "summary", u.id),
            F(
                "微信截图_20201116160211.png",
                shot,
                "statistics",
                u.id,
                readable=False,
                note="a screenshot of the table",
            ),
        ],
    )


def dongping(b: Builder) -> None:
    u = U["dongping"]
    plan = D(
        ["h", "东平县2020年职业教育活动周实施方案"],
        ["p", "东平县教育和体育局"],
        ["p", "活动时间：11月8日至14日；活动主题：人人出彩 技能强国。"],
        ["p", "宣传专栏：县教体局网站及“东平教育”公众号。"],
    )
    send(
        b,
        u,
        "11-04 14:25",
        "coremail-gov",
        "【东平县教体局】活动周方案、专栏、联络员🎉",
        """职成科：
1、方案见附件；
2、专栏：http://jyj.dongping.gov.cn/col/col8812/index.html ，另有“东平教育”公众号同步；
3、联络员：东平县教育和体育局 职成股股长 韩冬梅 dpxjtj_zcg@ta.shandong.cn 13953872605
谢谢😊""",
        [F("东平县活动周实施方案.docx", plan, "plan", u.id)],
        column_url="http://jyj.dongping.gov.cn/col/col8812/index.html",
        liaison=person(
            "东平县教育和体育局", "韩冬梅", "职成股股长", "dpxjtj_zcg@ta.shandong.cn", "13953872605"
        ),
    )
    body = e135(
        "东平县职业学校开展“技能进社区”志愿服务",
        [
            "11月9日，东平县职业教育中心学校组织师生走进佛山街道社区，开展家电维修、理发、健康咨询等服务。",
            "活动共服务居民300余人次，受到社区群众好评。",
        ],
        ["师生为居民维修家电"],
        "dp-135",
    )
    plain = (
        "东平县职业学校开展“技能进社区”志愿服务\n11月9日，东平县职业教育中心学校组织师生走进佛山"
        "街道社区，开展家电维修、理发、健康咨询等服务。\n活动共服务居民300余人次，受到社区群众好评。"
    )
    send(
        b,
        u,
        "11-09 19:02",
        "coremail-gov",
        "东平县宣传稿：技能进社区",
        plain,
        html=page(body),
        body_article=True,
    )
    g1 = gov("www.dongping.gov.cn", "dp-g1", 10)
    send(
        b,
        u,
        "11-10 11:40",
        "coremail-gov",
        "东平县政府网报道",
        f"县政府网站发布：东平县职业教育活动周启动\n{g1}",
        article_links=[g1],
    )
    l1, l2 = wx_long("dp-l1"), wx_long("dp-l2")
    html = page(
        "<p>两篇公众号文章：</p>"
        f'<p><a href="{l1.replace("&", "&amp;")}">职教学子进中小学上劳动课</a></p>'
        f'<p><a href="{l2.replace("&", "&amp;")}">校企合作育人成果展示</a></p>'
    )
    send(
        b,
        u,
        "11-12 15:15",
        "coremail-gov",
        "东平县公众号文章两篇",
        f"两篇公众号文章：\n职教学子进中小学上劳动课\n{l1}\n校企合作育人成果展示\n{l2}",
        html=html,
        article_links=[l1, l2],
        note="long mp.weixin links with __biz/mid/idx/sn",
    )
    a5 = art(
        "东平县职业教育活动周圆满结束",
        "东平县教育和体育局",
        ["11月14日，东平县职业教育活动周落下帷幕。"],
    )
    send(
        b,
        u,
        "11-15 09:12",
        "coremail-gov",
        "东平县第五篇",
        "补报一篇。",
        [F("活动周圆满结束.docx", a5, "article", u.id)],
    )
    summ = D(
        ["h", "东平县2020年职业教育活动周总结"],
        ["p", "东平县教育和体育局"],
        ["p", "活动周期间，我县开展线上线下活动26场。"],
    )
    send(
        b,
        u,
        "11-16 17:02",
        "coremail-gov",
        "东平县总结 统计表",
        "附件请查收👍",
        [
            F("东平县总结.docx", summ, "summary", u.id),
            F(
                "东平县统计表.xlsx",
                X("东平县教育和体育局", [14, 12, 2, 6, 2600, 2100, 10, 30500]),
                "statistics",
                u.id,
            ),
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    plan = deck(
        "lo-pptx",
        [
            ("高新区职业教育活动周工作安排", ["泰安高新区教育和体育局"]),
            ("活动内容", ["职业启蒙进小学", "企业开放日", "线上宣传"]),
        ],
    )
    send(
        b,
        u,
        "11-05 15:44",
        "qqweb",
        "高新区活动周方案等",
        """市教育局职成科：
高新区活动周方案见附件（PPT）。
宣传阵地：微信视频号“泰安高新教育”，活动周期间每日更新。
联络员：泰安高新区教育和体育局  李娜  社会事业科科员  3127704185@qq.com  18853891256""",
        [F("方案.pptx", plan, "plan", u.id)],
        wechat_only=True,
        liaison=person(
            "泰安高新区教育和体育局", "李娜", "社会事业科科员", "3127704185@qq.com", "18853891256"
        ),
        note="a 视频号 as the column",
    )
    w1, w2 = wx("gx-1"), wx("gx-2")
    send(
        b,
        u,
        "11-10 16:31",
        "qqweb",
        "高新区稿件",
        f"{w1}  高新区开展职业启蒙教育\n{w2}  企业开放日走进泰山钢铁",
        article_links=[w1, w2],
    )
    w3 = wx("gx-3")
    send(
        b,
        u,
        "11-13 11:09",
        "qqweb",
        "高新区稿件（二）",
        f"高新区职教活动周侧记 {w3}",
        article_links=[w3],
    )
    summ = D(
        ["h", "高新区2020年职业教育活动周总结"],
        ["p", "泰安高新区教育和体育局"],
        ["p", "我区无职业学校，活动以职业启蒙和企业开放为主。"],
    )
    send(
        b,
        u,
        "11-16 14:20",
        "qqweb",
        "高新区总结",
        "总结见附件，统计表明天报。",
        [F("高新区总结.docx", summ, "summary", u.id)],
    )
    send(
        b,
        u,
        "11-17 10:15",
        "qqweb",
        "高新区统计表",
        "统计表见附件，晚报了，抱歉。",
        [
            F(
                "高新区统计表.xlsx",
                X("泰安高新区教育和体育局", [4, 3, 0, 2, 600, 450, 3, 5200]),
                "statistics",
                u.id,
            )
        ],
    )


STORIES = [ningyang, dongping, gaoxin]
