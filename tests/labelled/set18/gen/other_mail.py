# ruff: noqa: E501  (wording data: Chinese lines are kept whole as the units write them)
"""Set18's non-campaign mail: things a mailbox gets in the same fortnight that deliver nothing.

An auto-reply, a delivery failure, a registered county's other business naming its 联络员, a
supplier's advert naming the week's 线上展厅, a training notice with a 联络员 of another event, a
newspaper's list mail and a blank mail.
"""

from __future__ import annotations

from .build import Builder, other


def stories(b: Builder) -> None:
    """Every non-submission of the set."""
    other(b, "auto_reply", "11-06 09:00", "system", "dyjtj_zck@126.com", "自动回复：【提醒】活动周材料报送",
          "您好，您的邮件已收到，我近期外出学习，回来后尽快处理。",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail")],
          note="163/126 auto-reply from a registered address")  # fmt: skip
    other(b, "bounce", "11-05 18:20", "system", "MAILER-DAEMON@ta.shandong.cn", "系统退信",
          "很抱歉，您发送的邮件未能送达 lvzh_xt@163.com：收件人邮箱已满。\n原邮件主题：回复：新泰市活动周方案和回执",
          note="a delivery failure in Chinese")  # fmt: skip
    other(b, "unrelated", "11-09 10:30", "coremail-gov", "xtsjtj@ta.shandong.cn", "新泰市2020年安全生产月活动联络员名单",
          "市教育局：\n    经研究，确定安全科王鹏同志为我局安全生产月活动联络员，手机13954825561。\n新泰市教体局",
          note="another business's 联络员 from a registered county")  # fmt: skip
    other(b, "unrelated", "11-07 14:05", "qqweb", "service@yunzhanting.cn", "职教活动周网上展厅一站式搭建",
          "尊敬的老师：\n活动周线上展厅、专题页面快速搭建，示例：http://demo.yunzhanting.cn/zjhdz/ ，联系人：陈经理 13305381888。",
          note="a supplier's advert naming the week with an example URL")  # fmt: skip
    other(b, "unrelated", "11-12 08:15", "coremail", "tajsxy_xcb@126.com", "关于举办全市技工院校教师培训班的通知（联络员：孙丽）",
          "各技工院校：\n    定于11月20日举办教师培训班，培训期间联络员孙丽，手机13562826390。\n泰安技师学院",
          note="a registered college's training notice, sent to the city by mistake")  # fmt: skip
    other(b, "newsletter", "11-13 07:00", "system", "news@dzwww.com", "大众网教育频道每日精选",
          "今日要闻：全省职业教育活动周各地活动精彩纷呈……\n退订请回复TD",
          headers=[("List-Id", "<edu.dzwww.com>"), ("List-Unsubscribe", "<mailto:unsub@dzwww.com>")],
          note="a list mail naming the week")  # fmt: skip
    other(b, "empty", "11-08 21:40", "qqmobile", "1537702261@qq.com", "", "",
          note="a blank mail from an unknown QQ box")  # fmt: skip

    other(b, "receipt", "11-05 19:02", "system", "xcb@tsvtc.edu.cn", "已读: 回复：泰山职院活动周方案及专栏地址",
          "您发送的邮件已于 2020/11/5 19:02 被阅读。",
          note="a read receipt (hand-shaped, text only)")  # fmt: skip


STORIES = [stories]
