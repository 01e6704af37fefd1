"""set22 non-campaign mail: machines, lists, a vendor with its own 联系人, a county's notice to
its schools with the city in Cc (it names the county's liaison, but delivers nothing), a
parent, and a registered county's other business."""

from __future__ import annotations

from .build import Builder, other
from .kit import U
from .mime import CITY


def noise(b: Builder) -> None:
    other(
        b,
        "newsletter",
        "11-02 08:15",
        "system",
        "news@zjnews-list.cn",
        "职教资讯周刊 第45期",
        """职教资讯周刊 第45期
1. 各地积极筹备2020年职业教育活动周
2. 提质培优行动计划解读
退订请回复TD""",
        sender_name="职教资讯",
        headers=[
            ("List-Id", "<zjzx.zjnews-list.cn>"),
            ("Precedence", "list"),
            ("List-Unsubscribe", "<mailto:unsubscribe@zjnews-list.cn>"),
        ],
        note="a list mail naming the week",
    )
    other(
        b,
        "cc_copy",
        "11-03 08:45",
        "coremail-gov",
        U["taishan"].email,
        "关于做好2020年职业教育活动周工作的通知（泰山区）",
        """区属各职业学校：
根据市教育局等9部门通知要求，请各校于11月4日前将活动方案、专栏地址报区教体局职成科。
区教体局联络员：欧阳明月，电话13953809127。
泰山区教育和体育局
2020年11月3日""",
        to="tsqzz_bgs@163.com",
        cc=CITY,
        note="a county's notice to its schools, the city in Cc: it names the county's liaison "
        "but reports nothing",
    )
    other(
        b,
        "unrelated",
        "11-06 13:30",
        "foxmail",
        "sales@rtxjsb.com",
        "VR实训室解决方案（职教活动周特惠）",
        """尊敬的领导：
值此职业教育活动周之际，我公司推出VR虚拟仿真实训室整体解决方案，活动周期间签约享九折优惠。
联系人：王经理  手机13806381234  邮箱 wangjl@rtxjsb.com
济南瑞通信息技术有限公司""",
        sender_name="瑞通科技",
        note="a vendor's advert naming the week, with its own 联系人",
    )
    other(
        b,
        "auto_reply",
        "11-09 16:49",
        "system",
        U["tzy"].email,
        "自动回复：泰职院活动周宣传稿件（一）",
        "您好，您的来信已收到，我近期外出学习，回来后尽快处理。党委宣传部",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="an auto-reply from a registered address",
    )
    other(
        b,
        "unrelated",
        "11-08 21:10",
        "qqweb",
        "1853207741@qq.com",
        "咨询孩子报考职业学校的事",
        """老师您好，我是一名初三学生家长，看到职业教育活动周的报道，想问问孩子明年能不能报考五年制高职，
请问应该和哪位老师联系？谢谢！
家长 刘女士 13583812207""",
        note="a parent's question naming the week",
    )
    other(
        b,
        "unrelated",
        "11-11 09:00",
        "foxmail",
        U["feicheng"].email,
        "肥城市冬季校园安全检查情况报告",
        """市教育局：
现将我市冬季校园安全检查情况报告如下，详见正文。
检查学校86所，发现隐患12处，已全部整改。
联系人：安全科 孙建 0538-3221109
肥城市教育和体育局""",
        note="a registered county's other business",
    )
    other(
        b,
        "receipt",
        "11-12 16:30",
        "system",
        U["lmkj"].email,
        "已读: 关于活动周稿件的回执",
        "",
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn22"',
        raw_body=(
            b"--mdn22\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "您发送的邮件已被阅读。".encode()
            + b"\r\n--mdn22\r\nContent-Type: message/disposition-notification\r\n\r\n"
            b"Reporting-UA: lmxy_xcb@163.com; Coremail\r\n"
            b"Final-Recipient: rfc822;lmxy_xcb@163.com\r\n"
            b"Disposition: manual-action/MDN-sent-manually; displayed\r\n"
            b"\r\n--mdn22--\r\n"
        ),
        note="a read receipt from a registered address",
    )
    other(
        b,
        "bounce",
        "11-13 07:20",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "退信：Undelivered Mail",
        "",
        sender_name="Mail Delivery System",
        headers=[("Auto-Submitted", "auto-replied")],
        raw_ctype='multipart/report; report-type=delivery-status; boundary="dsn22"',
        raw_body=(
            b"--dsn22\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "很抱歉，您发往 zhangsan_old@163.com 的邮件无法投递：用户不存在。".encode()
            + b"\r\n--dsn22\r\nContent-Type: message/delivery-status\r\n\r\n"
            b"Reporting-MTA: dns; mail.ta.shandong.cn\r\n\r\n"
            b"Final-Recipient: rfc822; zhangsan_old@163.com\r\nAction: failed\r\n"
            b"Status: 5.1.1\r\n"
            b"\r\n--dsn22--\r\n"
        ),
        note="a delivery failure",
    )


STORIES = [noise]
