"""Set23's mail that is nobody's submission (wording written for this set): an auto-reply from a
registered address, a web-builder's advert offering 活动周专栏 sites, a mailing-list newsletter
with links, a delivery failure, and a registered college's other business."""

# ruff: noqa: E501
from __future__ import annotations

from .build import Builder, other


def noise(b: Builder) -> None:
    other(b, "auto_reply", "11-06 09:02", "coremail", "dyjtj_zck2020@163.com",
          "自动回复：关于职业教育活动周材料的回执",
          "您好，我已收到您的邮件，近期外出学习，11月9日后回复。岱岳区教体局职成科",
          headers=[("Auto-Submitted", "auto-replied")],
          note="an auto-reply from a registered county address")  # fmt: skip
    other(b, "unrelated", "11-03 13:45", "foxmail", "market@zhjy-cloud.cn",
          "【职教活动周】专栏建站服务，三天上线",
          "尊敬的老师：\n  职业教育活动周即将开始，我公司可为贵单位快速搭建活动周宣传专栏，"
          "案例演示：http://www.zhjy-cloud.cn/demo/zjz/\n  咨询电话：400-866-1234\n\n智慧教育云",
          sender_name="智慧教育云", note="a web builder's advert with a demo column URL")  # fmt: skip
    other(b, "newsletter", "11-09 07:30", "system", "news@list.zgzjw.org",
          "中国职教资讯 第45期：各地职业教育活动周精彩纷呈",
          "本期导读：\n1. 各地2020年职业教育活动周陆续启动 http://www.zgzjw.org/2020/1109/n1.html\n"
          "2. 活动周专题 http://www.zgzjw.org/zt/2020zjz/\n\n退订请点击 http://www.zgzjw.org/unsub",
          headers=[("List-Id", "<zjzx.list.zgzjw.org>"), ("List-Unsubscribe", "<http://www.zgzjw.org/unsub>"),
                   ("Precedence", "bulk")],
          note="a mailing-list newsletter naming the week, with a 专题 link")  # fmt: skip
    report = (
        b"--=_dsn_0001\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        b"This is the mail system at host mx.ta.shandong.cn.\r\n\r\n"
        b"I'm sorry to have to inform you that your message could not\r\nbe delivered to one or "
        b"more recipients.\r\n\r\n<nyzz_zs@126.com>: host mx.126.com said: 550 User not found\r\n"
        b"\r\n--=_dsn_0001\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.ta.shandong.cn\r\n\r\nFinal-Recipient: rfc822; nyzz_zs@126.com\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n\r\n--=_dsn_0001--\r\n"
    )
    other(b, "bounce", "11-06 09:40", "system", "MAILER-DAEMON@mx.ta.shandong.cn",
          "Undelivered Mail Returned to Sender", raw_body=report,
          raw_ctype='multipart/report; report-type=delivery-status; boundary="=_dsn_0001"',
          note="a delivery failure of the city's own mail")  # fmt: skip
    other(b, "unrelated", "11-12 16:20", "foxmail", "xcb_tsvtc@tsvtc.edu.cn",
          "泰山职业技术学院2021年单独招生宣传册（电子版）",
          "市教育局：\n  我院2021年单独招生宣传册电子版已发布在学校主页 http://www.tsvtc.edu.cn/zsw/ ，"
          "供参考。\n\n泰山职业技术学院党委宣传部",
          note="a registered college's other business, with a URL")  # fmt: skip


STORIES = [noise]
