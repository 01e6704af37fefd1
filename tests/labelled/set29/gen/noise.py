"""Set29's non-campaign mail: machines, copies, lists and other business. Written for set29."""

from __future__ import annotations

from .build import Builder, other
from .mime import CITY


def noise(b: Builder) -> None:
    other(
        b,
        "newsletter",
        "11-03 07:30",
        "system",
        "news@list.jyb-digest.cn",
        "职教周刊 第44期：各地职业教育活动周筹备进展",
        """本期要目：
1. 多地部署2020年职业教育活动周
2. 职业院校“云上开放日”怎么办
退订请回复TD。""",
        sender_name="职教周刊",
        headers=[
            ("List-Id", "<zjzk.list.jyb-digest.cn>"),
            ("Precedence", "list"),
            ("List-Unsubscribe", "<mailto:unsubscribe@list.jyb-digest.cn>"),
        ],
        note="a mailing list naming the week",
    )
    other(
        b,
        "unrelated",
        "11-06 13:15",
        "foxmail",
        "sales@shuzixiaoyuan-tech.com",
        "活动周统计表一键生成——数字校园数据平台限时试用",
        """尊敬的老师：
职业教育活动周即将结束，各校都要报送活动周总结和情况统计表。我公司“数字校园数据平台”可一键汇总活动数据、自动生成统计表，现推出免费试用。
详询：0538-8296610""",
        sender_name="数字校园科技",
        note="a supplier's advert naming the table",
    )
    other(
        b,
        "cc_copy",
        "11-13 10:05",
        "coremail-gov",
        "tsjtj_zcjyk@ta.shandong.cn",
        "关于报送职业教育活动周总结及统计表的通知",
        """各有关学校：
请于11月15日前将本校活动周工作总结和《2020年职业教育活动周情况统计表》报区教体局职成教科，由我局汇总后报市教育局。
泰山区教育和体育局职成教科""",
        to="tsqzz_bgs@126.com",
        cc=CITY,
        note="a county's notice to its school with the city in Cc",
    )
    other(
        b,
        "auto_reply",
        "11-16 09:03",
        "system",
        "djzx@tsvtc.edu.cn",
        "自动回复: 泰山职院 活动周总结报告 统计表",
        "您好，您的邮件已收到，我近期外出，回来后尽快处理。",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="an auto-reply from a registered address",
    )
    other(
        b,
        "bounce",
        "11-16 15:40",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "系统退信：Undelivered Mail Returned to Sender",
        """This is the mail system at host mail.ta.shandong.cn.
I'm sorry to have to inform you that your message could not be delivered.
<zhaoxy_dp@ta.shandong.cn>: user unknown
原邮件主题：东平县职业教育活动周统计表汇总""",
        headers=[("Auto-Submitted", "auto-replied")],
        note="a bounce naming a county's table",
    )
    other(
        b,
        "receipt",
        "11-16 17:45",
        "system",
        "xtsjtj_zcgj@ta.shandong.cn",
        "已读: 关于报送活动周总结的提醒",
        "这是邮件已读回执：您发给 xtsjtj_zcgj@ta.shandong.cn 的邮件已于2020-11-16 17:44被阅读。",
        headers=[("Content-Class", "urn:content-classes:mdn")],
        note="a read receipt from a registered county",
    )
    other(
        b,
        "unrelated",
        "11-16 16:20",
        "coremail",
        "fcjtj_zjk@126.com",
        "肥城市2021年中职招生计划申报表",
        "市教育局：报送我市2021年中等职业学校招生计划申报表，请审核。肥城市教体局",
        note="a registered county's other business",
    )
    other(
        b,
        "empty",
        "11-17 08:02",
        "qqmobile",
        "2045318876@qq.com",
        "",
        "",
        note="a blank mail from a stranger",
    )


STORIES = [noise]
