# ruff: noqa: E501  (wording: long Chinese lines kept whole)
"""Set21's mail that is nobody's submission: an auto-reply from a registered address, a
Coremail 退信, a read receipt, a newsletter naming the week, an advert with a brochure, a
registered county's other business, a county's reminder to its own schools with the city in
Cc, and a blank mail."""

from __future__ import annotations

from .build import Builder, other
from .kit import UNITS
from .mime import CITY, Att

U = UNITS


def _report(boundary: str, human: str, machine: str, ctype: str) -> bytes:
    return (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{human}\r\n--{boundary}\r\nContent-Type: {ctype}\r\n\r\n{machine}\r\n--{boundary}--\r\n"
    ).encode()


def noise(b: Builder) -> None:
    other(b, "auto_reply", "11-06 09:12", "system", U["tsvtc"].email,
          "自动回复: 关于报送活动周材料的提醒",
          "您好，我已收到您的邮件，本人11月6日至9日外出培训，返回后及时处理。急事请致电教务处。",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
          note="a registered school's out-of-office")  # fmt: skip
    body = _report(
        "----=_bounce_7c1e",
        "很抱歉您的邮件无法送达以下地址：zhangsan_ta@163.con\r\n原因：域名不存在。",
        "Reporting-MTA: dns; mail.ta.shandong.cn\r\nFinal-Recipient: rfc822; zhangsan_ta@163.con\r\n"
        "Action: failed\r\nStatus: 5.1.2",
        "message/delivery-status",
    )
    other(b, "bounce", "11-07 10:31", "system", "postmaster@ta.shandong.cn",
          "系统退信：活动周专栏链接", raw_body=body,
          raw_ctype='multipart/report; report-type=delivery-status; boundary="----=_bounce_7c1e"',
          note="a government Coremail bounce")  # fmt: skip
    mdn = _report(
        "----=_mdn_52ab",
        "您发送给 xcb_zjzx@tzy.edu.cn 的邮件“关于活动周稿件的回复”已于 2020-11-11 08:02 被阅读。",
        "Reporting-UA: tzy.edu.cn; Coremail\r\nFinal-Recipient: rfc822; xcb_zjzx@tzy.edu.cn\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "message/disposition-notification",
    )
    other(b, "receipt", "11-11 08:03", "system", U["tzy"].email, "已读: 关于活动周稿件的回复",
          raw_body=mdn,
          raw_ctype='multipart/report; report-type=disposition-notification; boundary="----=_mdn_52ab"',
          note="a read receipt from a registered address")  # fmt: skip
    other(b, "newsletter", "11-09 07:30", "system", "news@zjjyzx-mail.cn",
          "职教周刊第45期：各地职业教育活动周精彩纷呈",
          "本期导读：\n1. 全国职业教育活动周各地活动掠影\n2. 专家谈职业启蒙教育\n3. 活动周宣传如何出新\n\n退订请回复TD。",
          headers=[("List-Id", "<weekly.zjjyzx-mail.cn>"), ("List-Unsubscribe", "<mailto:td@zjjyzx-mail.cn>")],
          note="a newsletter naming the week")  # fmt: skip
    other(b, "unrelated", "11-10 14:20", "coremail", "sales_vr2020@163.com",
          "职教活动周期间VR实训设备特惠",
          "尊敬的领导：值此职业教育活动周之际，我公司推出VR汽修、VR焊接实训设备，活动周期间下单享九折。详见附件产品介绍。\n联系人：钱经理",
          sender_name="钱经理",
          atts=[Att("产品介绍.txt", "VR汽修实训系统 报价：面议\r\nVR焊接实训系统 报价：面议\r\n".encode("gbk"),
                    "text/plain")],
          note="an advert naming the week, with a file")  # fmt: skip
    other(b, "unrelated", "11-12 09:15", "coremail", U["dongping"].email,
          "东平县冬季校园安全检查情况报告",
          "市教育局：\n附件为我县冬季校园安全检查情况，请审阅。（文件另行报送安全科）\n东平县教育和体育局",
          note="a registered county's other business")  # fmt: skip
    other(b, "cc_copy", "11-07 16:00", "coremail-gov", U["taishan"].email,
          "请各校抓紧报送活动周稿件",
          "区职业中专、各初级中学：\n请于11月13日前将活动周稿件报区教体局职成教科，由区局统一报市教育局。\n泰山区教体局职成教科",
          to="tsqzz_bgs@126.com", cc=CITY,
          note="a county's reminder to its schools, the city in Cc")  # fmt: skip
    other(b, "empty", "11-08 22:47", "qqmobile", "1284766530@qq.com", "", "",
          note="a blank mail from an unknown QQ box")  # fmt: skip


STORIES = [noise]
