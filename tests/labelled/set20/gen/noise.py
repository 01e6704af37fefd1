"""Set20's non-campaign mail: a newspaper's list mail asking for articles, an auto-reply, a
bounce, a read receipt, a video studio's offer, a parent's question, a blank mail."""

from __future__ import annotations

from .build import Builder, other


def noise(b: Builder) -> None:
    other(
        b,
        "newsletter",
        "11-06 07:30",
        "system",
        "news@dzwww-tongxun.cn",
        "【大众网·泰安】职教活动周报道征集及本周要闻",
        "各位通讯员：\n本周要闻：……\n职业教育活动周期间，欢迎各学校投稿，投稿请发至本邮箱。\n"
        "退订请回复TD。",
        sender_name="大众网泰安频道",
        headers=[
            ("List-Id", "<tongxun.dzwww-tongxun.cn>"),
            ("List-Unsubscribe", "<mailto:news@dzwww-tongxun.cn?subject=TD>"),
            ("Precedence", "bulk"),
        ],
        note="a newspaper's list mail naming the week",
    )
    other(
        b,
        "auto_reply",
        "11-09 16:22",
        "system",
        "tsq_jtj_zcjy@ta.shandong.cn",
        "自动回复：泰山区活动周宣传稿件（三篇）",
        "您好，我这几天外出学习，邮件回来后处理，急事请打电话。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="an auto-reply from a registered address",
    )
    other(
        b,
        "bounce",
        "11-10 09:02",
        "system",
        "MAILER-DAEMON@mail.ta.shandong.cn",
        "系统退信：Undelivered Mail Returned to Sender",
        "This is the mail system at host mail.ta.shandong.cn.\n\n"
        "I'm sorry to have to inform you that your message could not be delivered.\n\n"
        "<xtzz_jwc@ta.shandong.cn>: user unknown\n",
        headers=[("Auto-Submitted", "auto-replied")],
        note="a bounce of the city's own mail",
    )
    other(
        b,
        "receipt",
        "11-12 09:40",
        "outlook",
        "dyjtj_zhijiao@163.com",
        "已读: 关于报送职业教育活动周宣传材料的提醒",
        "您的邮件\n\n 收件人: dyjtj_zhijiao@163.com\n 主题: 关于报送职业教育活动周宣传材料的提醒\n"
        "\n已于 2020/11/12 9:40 读取。",
        headers=[("Content-Class", "urn:content-classes:mdn")],
        note="a read receipt from a registered address",
    )
    other(
        b,
        "unrelated",
        "11-08 13:10",
        "qqweb",
        "2786510943@qq.com",
        "职教活动周宣传片拍摄、微视频制作优惠",
        "您好！我们是泰安市一家专业影视工作室，承接职教活动周宣传片、微视频、航拍，"
        "活动周期间下单九折。联系电话：13012563398。",
        sender_name="泰山影像工作室",
        note="an advert naming the week",
    )
    other(
        b,
        "unrelated",
        "11-11 20:45",
        "qqmobile",
        "1320875566@qq.com",
        "咨询",
        "您好，孩子今年初三，想问一下职业学校的贯通培养怎么报名？谢谢。",
        note="a parent's question",
    )
    other(
        b,
        "empty",
        "11-13 12:01",
        "coremail",
        "wangli_0917@163.com",
        "",
        "\n",
        note="a blank mail from a stranger",
    )


STORIES = [noise]
