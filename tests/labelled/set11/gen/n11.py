"""Set11's small submissions (an early partial liaison, a question, a 修订版, a column
更正, a late fifth article, article links on WeChat and 美篇, a 更正版 table) and its
non-campaign mail (an advert, other business, a parent, a list mail, an auto-reply, a
bounce, a read receipt, a copy, a blank mail)."""

# ruff: noqa: E501  (the units' own wording: long Chinese lines are kept whole, not split mid-sentence)

from __future__ import annotations

from .build import Builder, other, person, send
from .c11 import arts
from .mime import CITY
from .tools11 import STAT_HEAD, U, cat, html_page, lo, xl
from .words11 import plan, stat_row


def small(b: Builder) -> None:
    send(
        b,
        U["sdfzxy"],
        "11-02 11:20",
        "snail",
        "服装学院联络员",
        "职成高教科：我院活动周联络员高红梅，电话13605381123，专栏正在建设，方案随后报送。",
        liaison=person("", "高红梅", "", "", "13605381123"),
        note="an early liaison with no 职务 or email; the plan on 11-05 completes it",
    )
    send(
        b,
        U["ningyang"],
        "11-06 15:00",
        "foxmail",
        "咨询统计表模板",
        "您好，请问《2020年职业教育活动周情况统计表》有没有统一模板？我县还没收到。宁阳县教体局 赵明",
    )
    send(
        b,
        U["lmkj"],
        "11-05 15:30",
        "neomutt",
        "力明学院活动周工作方案（修订版）",
        "方案有改动，以此为准。",
        [
            cat(
                "plan",
                "lmkj",
                "力明学院职教活动周工作方案（修订版）.doc",
                lo(
                    "lo-doc",
                    html_page("山东力明科技职业学院职业教育活动周工作方案（修订版）", plan("学院")),
                ),
            )
        ],
    )
    send(
        b,
        U["gaoxin"],
        "11-06 10:10",
        "coremail-gov",
        "更正：高新区专栏网址",
        "前报专栏网址有误，请以此为准：http://www.tagx.gov.cn/col/col45013/index.html",
        column_url="http://www.tagx.gov.cn/col/col45013/index.html",
        note="a corrected column after one already given: the first counts",
    )
    send(
        b,
        U["dpzj"],
        "11-15 08:20",
        "coremail",
        "东平职教中心补报稿件一篇",
        "补一篇。",
        arts("dpzj", [4], "odt"),
        note="the fifth article on 11-15: late",
    )
    send(
        b,
        U["whys"],
        "11-13 19:40",
        "coremail",
        "文艺学校美篇",
        "美篇链接：https://www.meipian.cn/31ab7xq9",
        article_links=["https://www.meipian.cn/31ab7xq9"],
    )
    send(
        b,
        U["tshl"],
        "11-14 21:10",
        "foxmail",
        "公众号推文",
        "泰护公众号推文一篇，请参阅：https://mp.weixin.qq.com/s/Xk3fP0tLq9aZ2RvB7cYd1w",
        article_links=["https://mp.weixin.qq.com/s/Xk3fP0tLq9aZ2RvB7cYd1w"],
    )
    nums = (14, 9, 3600, 820, 12)
    send(
        b,
        U["taishan"],
        "11-17 08:30",
        "coremail-gov",
        "统计表（更正）",
        "统计表宣传报道数有误，更正后重报。",
        [
            cat(
                "statistics",
                "taishan",
                "统计表（更正）.xlsx",
                xl(
                    [
                        ["2020年职业教育活动周情况统计表"] + [""] * 8,
                        STAT_HEAD,
                        stat_row("泰山区教育和体育局", nums),
                    ],
                    merge=["A1:I1"],
                ),
            )
        ],
    )
    send(
        b,
        U["jtzz"],
        "11-09 09:10",
        "android",
        "回复：交通职专",
        "收到，专栏已更新第一篇报道：http://www.tajtzz.com/zjhdz/2020/1109/215.html",
        article_links=["http://www.tajtzz.com/zjhdz/2020/1109/215.html"],
        note="an article's own page under the column: an article, not the column",
    )


def noise(b: Builder) -> None:
    other(
        b,
        "unrelated",
        "11-03 09:00",
        "foxmail",
        "sales@vr-edu.com.cn",
        "职业教育活动周VR实训解决方案",
        "尊敬的老师：值此职业教育活动周之际，我公司推出VR实训室整体方案，欢迎来电洽谈。",
        "山东某科技公司",
        note="an advert naming the week",
    )
    other(
        b,
        "unrelated",
        "11-06 14:20",
        "coremail",
        U["dyq"].email,
        "岱岳区2021年中职招生计划",
        "附件为岱岳区2021年中职招生计划，请审核。",
        note="a registered county's other business",
    )
    other(
        b,
        "unrelated",
        "11-10 21:05",
        "qqweb",
        "1093847562@qq.com",
        "咨询孩子上职专的问题",
        "老师您好，我家孩子明年初中毕业，想问问职专的对口贯通怎么报名？",
        "家长",
    )
    other(
        b,
        "newsletter",
        "11-09 07:30",
        "system",
        "news@list.dzwww.com",
        "大众网教育频道每日精选",
        "今日要闻：全省职业教育活动周启动……",
        headers=[
            ("List-Id", "<edu.list.dzwww.com>"),
            ("List-Unsubscribe", "<mailto:unsubscribe@list.dzwww.com>"),
            ("Precedence", "bulk"),
        ],
    )
    other(
        b,
        "auto_reply",
        "11-06 18:02",
        "system",
        U["tzy"].email,
        "自动回复：关于报送活动周专栏的提醒",
        "您好，我已收到您的邮件，外出期间不能及时回复，敬请谅解。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    )
    dsn = (
        b"--dsn11\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"This is the mail system at host mx.ta.shandong.cn.\r\n\r\nI'm sorry to have to inform you "
        b"that your message could not be delivered.\r\n\r\n<zhangsan_jtj@ta.shandong.cn>: user unknown\r\n"
        b"\r\n--dsn11\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.ta.shandong.cn\r\n"
        b"\r\nFinal-Recipient: rfc822; zhangsan_jtj@ta.shandong.cn\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"\r\n--dsn11--\r\n"
    )
    other(
        b,
        "bounce",
        "11-06 09:01",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "Undelivered Mail Returned to Sender",
        raw_body=dsn,
        raw_ctype='multipart/report; report-type=delivery-status; boundary="dsn11"',
    )
    mdn = (
        "--mdn11\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您发送的邮件已被阅读。\r\n\r\n"
        "--mdn11\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; fczz@ta.shandong.cn\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
        "\r\n--mdn11--\r\n"
    ).encode()
    other(
        b,
        "receipt",
        "11-06 11:30",
        "system",
        U["fczz"].email,
        "已读: 关于报送活动周专栏的提醒",
        raw_body=mdn,
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn11"',
    )
    other(
        b,
        "cc_copy",
        "11-06 16:00",
        "coremail",
        U["dongping"].email,
        "转发：关于做好2020年职业教育活动周相关工作的通知",
        "各学校：现将泰教函〔2020〕72号转发给你们，请按要求于11月5日前报送县教体局。",
        to="dpzjzx@126.com",
        cc=CITY,
        note="a county's notice to its schools with the city in Cc",
    )
    other(b, "empty", "11-12 08:00", "qqweb", "3302918845@qq.com", "", "", note="a blank mail")


def more(b: Builder) -> None:
    send(
        b,
        U["xtzz"],
        "11-03 10:30",
        "nodemailer",
        "新泰职专活动周宣传平台",
        "我校活动周宣传依托微信公众号“新泰职专”（xtzzwx），网站专栏随方案一并报送。",
        wechat_only=True,
        note="a WeChat account first; the web column on 11-05 in time",
    )
    send(
        b,
        U["nyzz"],
        "11-03 16:45",
        "win10",
        "宁阳职专联络员",
        "联络员　张伟\n手机　13964872201\n（方案正在修改）",
        liaison=person("", "张伟", "", "", "13964872201"),
        note="label and value separated by a full-width space; no 职务 or email until 11-05",
    )
    u = U["tsvtc"]
    from .words11 import art_blocks

    blocks = [
        ["h", "泰山职业技术学院职业教育活动周简报（第2期）"],
        *art_blocks(u.name, "泰山职院", 5),
        *art_blocks(u.name, "泰山职院", 6),
    ]
    send(
        b,
        u,
        "11-13 16:25",
        "thunderbird",
        "泰山职院活动周简报第2期",
        "简报第2期，含两篇稿件。",
        [
            cat(
                "article",
                "tsvtc",
                "简报第2期.doc",
                lo("lo-doc", html_page(blocks[0][1], [x[1] for x in blocks[1:]])),
            )
        ],
    )
    b.items[-1].files[0].count = 2
    b.items[-1].label["files"][0]["count"] = 2
    from .words11 import art_text

    send(
        b,
        U["lmkj"],
        "11-13 10:05",
        "neomutt",
        "力明学院通讯一篇",
        art_text(U["lmkj"].name, "力明学院", 6) + "\n\n（山东力明科技职业学院宣传处供稿）",
        body_article=True,
    )
    send(
        b,
        U["dongping"],
        "11-10 15:20",
        "coremail",
        "东平县职教活动周联络员调整",
        "市教育局职成高教科：\n孙雪梅同志外出学习，11月10日起联络员由县教体局职成股股长\n"
        "马晓东　　手机：13793855106　　邮箱：maxd_dp@126.com\n担任。\n东平县教体局",
        liaison=person("", "马晓东", "职成股股长", "maxd_dp@126.com", "13793855106"),
        note="联络员变更; the 职务 written on the line before the name",
    )
    send(
        b,
        U["feicheng"],
        "11-06 09:30",
        "coremail-gov",
        "肥城市各职业院校活动周专栏",
        "我市各职业院校专栏地址：\n肥城市职业中等专业学校 http://www.fczz.cn/zjz/\n"
        "肥城市高级技工学校 http://www.fcjgxx.com/hdz/（正在建设）\n肥城市教育和体育局职成科",
        note="a county listing its schools' columns: no column of its own (that came on 11-05)",
    )


STORIES = [small, noise, more]
