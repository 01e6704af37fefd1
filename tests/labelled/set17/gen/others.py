"""What else the two mailboxes receive in set17's month: auto-replies, a bounce, a read receipt,
newsletters, other business from registered units, a vendor and a parent."""

from __future__ import annotations

from .build import Builder, other
from .mime import CITY, RSJ


def noise(b: Builder) -> None:
    other(
        b,
        "auto_reply",
        "11-06 08:00",
        "coremail",
        "dyjtj_zck@163.com",
        "自动回复：关于报送材料",
        "您好，您的来信已收到，我会尽快处理。",
        headers=[("Auto-Submitted", "auto-replied")],
        note="163 auto-reply with Auto-Submitted",
    )
    other(
        b,
        "auto_reply",
        "11-11 12:10",
        "outlook",
        "tzyxcb@tzy.edu.cn",
        "自动答复: 活动周稿件",
        "本人11月11日至12日外出参加培训，邮件回复可能不及时，急事请致电0538-6227135。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="an Outlook out-of-office",
    )
    other(
        b,
        "bounce",
        "11-06 09:40",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "系统退信：Undelivered Mail Returned to Sender",
        "抱歉，您的邮件无法投递到 nyjtj_zck@163.com：用户不存在。\n"
        "原邮件主题：关于报送职业教育活动周材料的提醒",
        note="a Coremail bounce",
    )
    other(
        b,
        "receipt",
        "11-09 11:00",
        "system",
        "xtsjtj_zcjy@ta.shandong.cn",
        "已读: 活动周宣传材料报送",
        "您发送的邮件已被阅读。",
        headers=[("Content-Class", "urn:content-classes:MDN")],
        note="a read receipt",
    )
    other(
        b,
        "newsletter",
        "11-10 07:30",
        "snail",
        "news@dzwww.com",
        "大众网教育频道每日精选",
        "今日要闻：全省职业教育活动周各地亮点纷呈……退订请回复TD",
        headers=[
            ("List-Id", "<edu-daily.dzwww.com>"),
            ("List-Unsubscribe", "<mailto:td@dzwww.com>"),
        ],
        note="a news list naming the week",
    )
    other(
        b,
        "unrelated",
        "11-03 10:20",
        "coremail",
        "fcjtj_zcgj@126.com",
        "肥城市2020年秋季学期职业学校学籍报表",
        "市教育局职成高教科：\n  附件为我市秋季学期学籍报表，请审核。\n刘芳",
        note="a registered county's other business (no file labelled)",
    )
    other(
        b,
        "unrelated",
        "11-09 14:05",
        "qqweb",
        "2876541390@qq.com",
        "咨询孩子报考职业学校的问题",
        "老师您好，孩子今年初三，想问问泰安哪些职业学校有贯通培养的专业，谢谢！",
        note="a parent's question",
    )
    other(
        b,
        "unrelated",
        "11-12 09:00",
        "foxmail",
        "sales@vrlab-edu.com",
        "【职教活动周特惠】VR实训室解决方案",
        "尊敬的领导：值此职业教育活动周之际，我公司推出VR虚拟仿真实训室解决方案……",
        note="a supplier's advert naming the week",
    )
    other(
        b,
        "unrelated",
        "11-13 16:00",
        "coremail-gov",
        "xtsjtj_zcjy@ta.shandong.cn",
        "关于报送2021年中职招生计划的函",
        "市教育局职成高教科：\n  我市2021年中职招生计划已报，请查收。",
        note="a registered county's other business",
    )
    other(
        b,
        "unrelated",
        "11-10 10:00",
        "neomutt",
        "sdzjxh@163.com",
        "关于举办山东省职业教育研讨会的通知",
        "各市职成教科：\n  定于12月举办全省职业教育研讨会，请各市组织报名。",
        to=RSJ,
        note="a provincial association's notice to the 人社局's box",
    )
    other(
        b,
        "cc_copy",
        "11-06 11:00",
        "coremail-gov",
        "dpxjtj_zcjk@ta.shandong.cn",
        "关于报送职业教育活动周宣传材料的通知",
        "各职业学校：\n  请于11月13日前将活动周宣传材料报县教体局职成教科汇总。\n"
        "东平县教体局职成教科",
        to="dpzjzx@163.com",
        cc=CITY,
        note="a county's notice to its schools, the city in Cc",
    )


STORIES = [noise]
