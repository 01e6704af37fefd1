"""set19's non-campaign mail: two auto-replies from registered units' boxes (one with
Auto-Submitted, one without, as QQ Mail writes it) and a vendor's advert naming the week."""

from __future__ import annotations

from .build import other
from .mime import CITY


def noise(b):
    other(
        b,
        "auto_reply",
        "11-14 09:01",
        "coremail",
        "lmxy_xcc@163.com",
        "自动回复：关于报送职业教育活动周总结报告的提醒",
        "您好，我近期外出培训，11月16日返岗，期间邮件可能无法及时回复。急事请联系学院宣传统战部。\n韩雪",
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("In-Reply-To", "<remind-1114@ta.shandong.cn>"),
        ],
        note="a vacation auto-reply from lmkj's registered box, with Auto-Submitted",
    )
    other(
        b,
        "auto_reply",
        "11-16 09:02",
        "qqweb",
        "3302918475@qq.com",
        "自动回复: 关于报送职业教育活动周总结报告的提醒",
        "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，您的邮件已收到，我会尽快处理。",
        headers=[("In-Reply-To", "<remind-1116@ta.shandong.cn>")],
        note="QQ Mail's auto-reply from gaoxin's registered box, without Auto-Submitted",
    )
    other(
        b,
        "unrelated",
        "11-10 13:25",
        "foxmail",
        "market@zhijiaoyun-tech.com",
        "职业教育活动周专题：智慧实训室解决方案（限时优惠）",
        "尊敬的老师：\n\n值此职业教育活动周之际，我公司推出虚拟仿真实训室整体解决方案，活动周期间签约可享九折优惠。\n\n详情请致电 400-0531-818。\n\n山东职教云科技有限公司",  # noqa: E501
        sender_name="职教云科技",
        note="an advert naming the week",
    )


STORIES = [noise]
__all__ = ["CITY", "STORIES"]
