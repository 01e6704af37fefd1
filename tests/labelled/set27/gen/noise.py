# ruff: noqa: E501
"""set27's non-campaign mail: a newspaper digest naming the week, a read receipt, an
auto-reply from a registered college, a bounce, a vendor's advert for 直播 kits naming the
week, a registered school's other business, a parent's question."""

from __future__ import annotations

from .build import Builder, other

MDN = (
    b"--mdn_b9d1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    + "这是邮件已读回执。您发送给 dyjtj_zcjyk@163.com 的邮件“关于报送职业教育活动周材料的提醒”已于 2020-11-06 08:12 被阅读。".encode()
    + b"\r\n--mdn_b9d1\r\nContent-Type: message/disposition-notification\r\n\r\n"
    b"Reporting-UA: mail.163.com; Coremail\r\nFinal-Recipient: rfc822; dyjtj_zcjyk@163.com\r\n"
    b"Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--mdn_b9d1--\r\n"
)


def noise(b: Builder) -> None:
    other(
        b,
        "receipt",
        "11-06 08:12",
        "system",
        "dyjtj_zcjyk@163.com",
        "已读: 关于报送职业教育活动周材料的提醒",
        raw_body=MDN,
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn_b9d1"',
        note="a read receipt from a registered county address",
    )
    other(
        b,
        "newsletter",
        "11-09 07:30",
        "system",
        "newsletter@taian.dzwww.com",
        "大众网·泰安 每日要闻 2020年11月9日",
        """大众网·泰安 每日要闻

1. 泰安市2020年职业教育活动周今起举行
2. 泰山区：千名学生走进职业院校体验“职业味道”
3. 我市启动冬季供暖设施检修

退订请回复TD""",
        headers=[
            ("List-Id", "<daily.taian.dzwww.com>"),
            ("List-Unsubscribe", "<mailto:unsubscribe@taian.dzwww.com>"),
        ],
        note="a newspaper's list mail naming the week",
    )
    other(
        b,
        "unrelated",
        "11-10 13:20",
        "qqweb",
        "3471902268@qq.com",
        "关于职教活动周开放日的咨询",
        """您好，我是一名初三学生家长，想问一下活动周期间哪些职业学校有开放日，需要预约吗？孩子想学汽修。谢谢！""",
        sender_name="静待花开",
        note="a parent's question",
    )
    other(
        b,
        "unrelated",
        "11-11 09:40",
        "foxmail",
        "sales@huizhibo-tech.com",
        "职业教育活动周直播设备租赁特惠",
        """尊敬的老师：您好！
值此职业教育活动周之际，我公司推出校园直播整套设备租赁服务（导播台、4K摄像机、提词器），活动周期间租赁享7折优惠，可提供技术人员驻场。
联系人：刘经理 13012345678
汇直播科技有限公司""",
        note="a vendor's advert naming the week",
    )
    other(
        b,
        "unrelated",
        "11-11 15:30",
        "coremail",
        "sdfz_xwk@126.com",
        "山东服装职业学院关于2021年招生计划的报告",
        """泰安市教育局：
我院2021年面向泰安市的招生计划见附件说明，请审核。具体专业及人数另行报送。
山东服装职业学院招生就业处""",
        note="a registered college's other business",
    )
    other(
        b,
        "auto_reply",
        "11-13 08:31",
        "foxmail",
        "lmxy_dzb@163.com",
        "自动回复: 关于报送职业教育活动周宣传材料的提醒",
        "您好，您的邮件我已收到，我这几天外出开会，回来后尽快处理。吕丹丹",
        headers=[("Auto-Submitted", "auto-replied")],
        note="an auto-reply from a registered address",
    )
    other(
        b,
        "bounce",
        "11-14 09:02",
        "system",
        "postmaster@126.com",
        "系统退信",
        """很抱歉您的邮件未能成功投递。
收件人：zjzx_xcb@126.com
原因：收件人邮箱不存在（550 User not found）
原邮件主题：关于报送职业教育活动周宣传材料的提醒""",
        note="a system bounce",
    )


STORIES = [noise]
