"""Forwarded messages however they are encoded, and what an HTML body carries (its source
and the Content-IDs of its inline pictures)."""

from __future__ import annotations

import base64
from email.message import EmailMessage

import pytest

from parsers.mail import FORWARD_SEPARATOR, find_quoted_forward, read_mail
from parsers.mail.bodies import MAX_HTML_CHARS
from parsers.model import MailFlag

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def original(files: list[tuple[str, bytes]]) -> bytes:
    """The mail a school sent first: a text body and its files."""
    msg = EmailMessage()
    msg["From"] = "肥城职专 <fczz@ta.shandong.cn>"
    msg["To"] = "taishan@ta.shandong.cn"
    msg["Subject"] = "肥城职专活动周方案"
    msg.set_content("附件为我校活动周方案。")
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def wrapped(inner: bytes) -> bytes:
    """A forward whose message/rfc822 part is encoded as nodemailer writes it (base64 in
    76-character lines)."""
    text = base64.b64encode(inner)
    body = b"\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))
    return b"\r\n".join(
        [
            b"From: taishan@ta.shandong.cn",
            b"To: jyj-zcjk01@ta.shandong.cn",
            b"Subject: =?UTF-8?B?RnfvvJrogqXln47ogYzkuJPmtLvliqjlkajmlrnmoYg=?=",
            b"Message-ID: <fw-1@ta.shandong.cn>",
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/mixed; boundary="--_NmP-0d7fa2-Part_1"',
            b"",
            b"----_NmP-0d7fa2-Part_1",
            b"Content-Type: text/plain; charset=utf-8",
            b"Content-Transfer-Encoding: 7bit",
            b"",
            b"forwarding the school's plan",
            b"----_NmP-0d7fa2-Part_1",
            b'Content-Type: message/rfc822; name="original.eml"',
            b"Content-Transfer-Encoding: base64",
            b'Content-Disposition: attachment; filename="original.eml"',
            b"",
            body,
            b"----_NmP-0d7fa2-Part_1--",
            b"",
        ]
    )


SMALL = b"PK\x03\x04 a tiny plan"
BIG = bytes(range(256)) * 4000  # 1 MB: the forward is cut out and put back for parsing


@pytest.mark.parametrize("payload", [SMALL, BIG], ids=["small", "1 MB"])
def test_a_base64_forward_is_decoded_and_its_files_kept(payload: bytes) -> None:
    inner = original([("肥城职专活动周方案.docx", payload), ("联络员.xlsx", b"xlsx bytes")])
    mail = read_mail(wrapped(inner))
    files = [(a.filename, a.data, a.origin) for a in mail.attachments]
    assert files == [
        ("肥城职专活动周方案.docx", payload, "forwarded"),
        ("联络员.xlsx", b"xlsx bytes", "forwarded"),
    ]
    assert MailFlag.FORWARDED in mail.flags and MailFlag.MALFORMED not in mail.flags
    assert mail.forwarded_from == "fczz@ta.shandong.cn"
    assert mail.forwarded_subject == "肥城职专活动周方案"
    assert "附件为我校活动周方案" in mail.body_text
    assert mail.problems == ()


def test_an_encoded_forward_is_read_as_a_plain_one_is() -> None:
    inner = original([("方案.docx", SMALL)])
    plain = EmailMessage()
    plain["From"] = "taishan@ta.shandong.cn"
    plain["Subject"] = "Fw"
    plain.set_content("forwarding the school's plan")
    plain.add_attachment(inner, maintype="message", subtype="rfc822")  # 7bit, as RFC 2046 asks
    a, b = read_mail(plain.as_bytes()), read_mail(wrapped(inner))
    assert [(x.filename, x.data, x.origin) for x in a.attachments] == [
        (x.filename, x.data, x.origin) for x in b.attachments
    ]
    assert (a.forwarded_from, a.forwarded_subject) == (b.forwarded_from, b.forwarded_subject)
    assert a.body_text.split(FORWARD_SEPARATOR)[1] == b.body_text.split(FORWARD_SEPARATOR)[1]


def test_a_forward_inside_an_encoded_forward() -> None:
    innermost = original([("方案.docx", SMALL)])
    middle = EmailMessage()
    middle["From"] = "taishan@ta.shandong.cn"
    middle["Subject"] = "Fw: 方案"
    middle.set_content("see below")
    middle.add_attachment(innermost, maintype="message", subtype="rfc822")
    mail = read_mail(wrapped(middle.as_bytes()))
    assert [(a.filename, a.data) for a in mail.attachments] == [("方案.docx", SMALL)]
    assert mail.forwarded_from == "taishan@ta.shandong.cn"


def test_a_broken_base64_forward_is_reported_not_lost() -> None:
    raw = wrapped(original([("方案.docx", SMALL)])).replace(b"\r\nZ", b"\r\n!Z", 1)
    mail = read_mail(raw)
    assert mail.subject.endswith("肥城职专活动周方案")
    assert {MailFlag.FORWARDED, MailFlag.MALFORMED} <= mail.flags
    assert "forwarded message: broken base64" in mail.problems


# --- HTML source and Content-IDs -------------------------------------------------------

HTML = '<html><body><p>活动周方案见附件</p><img src="cid:logo.01@fczz"><a href="https://fczz.cn/zl">专栏</a></body></html>'


def related(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "fczz@ta.shandong.cn"
    msg["Subject"] = "方案"
    msg.set_content("活动周方案见附件（纯文本）")
    msg.add_alternative(html, subtype="html")
    html_part = msg.get_payload()[1]
    html_part.add_related(
        b"\x89PNG\r\n\x1a\nfake", maintype="image", subtype="png", cid="<logo.01@fczz>"
    )
    msg.add_attachment(b"plan", maintype="application", subtype="pdf", filename="方案.pdf")
    return msg.as_bytes()


def test_body_html_is_the_decoded_source_and_inline_images_carry_their_content_id() -> None:
    mail = read_mail(related(HTML))
    assert mail.body_html.strip() == HTML
    assert mail.body_text.startswith("活动周方案见附件（纯文本）")  # the plain alternative
    by_name = {a.content_type: a for a in mail.attachments}
    assert by_name["image/png"].content_id == "logo.01@fczz"
    assert by_name["application/pdf"].content_id == ""
    assert "cid:" + by_name["image/png"].content_id in mail.body_html


def test_a_mail_without_html_has_no_body_html() -> None:
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg.set_content("纯文本")
    assert read_mail(msg.as_bytes()).body_html == ""


def test_a_huge_html_body_is_cut_to_the_cap() -> None:
    html = "<p>" + "活动周" * (MAX_HTML_CHARS // 3 + 1000) + "</p>"
    mail = read_mail(related(html))
    assert len(mail.body_html) == MAX_HTML_CHARS
    assert any("HTML body over 2 MB" in p for p in mail.problems)


# --- quoted forward blocks in the text, as QQ, 163, Outlook, Foxmail, Thunderbird write them


QQ_REPLY = """好的，已收到。

------------------&nbsp;原始邮件&nbsp;------------------
发件人: "泰安市教育局职成科"<jyj-zcjk01@ta.shandong.cn>;
发送时间: 2020年11月2日(星期一) 上午9:30
收件人: "宁阳县教育和体育局"<nyjy@163.com>;
主题: 关于报送职业教育活动周方案的函
""".replace("&nbsp;", " ")

NETEASE_FORWARD = """-------- 转发邮件信息 --------
发件人："张三" <ZhangSan@163.com>
发送日期：2020-11-05 10:21:07
收件人："jyj-zcjk01" <jyj-zcjk01@ta.shandong.cn>
主题：新泰市职业教育活动周方案

方案见附件。
"""

OUTLOOK_ZH = """请查收。

发件人: 李四 <lisi@xt.edu.cn>
发送时间: 2020年11月5日 10:00
收件人: 王五 <ww@xt.edu.cn>
主题: 活动周统计表
"""

OUTLOOK_EN = """FYI

-----Original Message-----
From: Zhao Liu <zl@fc.edu.cn>
Sent: Thursday, November 5, 2020 10:00 AM
To: office@fc.edu.cn
Subject: Summary report
"""

FOXMAIL = """转发

----- 转发的邮件 -----
From: "钱七"<qq7@qq.com>
Date: Thu, 5 Nov 2020 10:00:00 +0800
To: "office"<office@school.cn>
Subject: 东平县方案
"""

THUNDERBIRD = """-------- Forwarded Message --------
Subject: 	Plan of the week
Date: 	Thu, 5 Nov 2020 10:00:00 +0800
From: 	Sun Ba <sunba@example.cn>
To: 	office@example.cn
"""


@pytest.mark.parametrize(
    ("body", "sender", "subject"),
    [
        (QQ_REPLY, "jyj-zcjk01@ta.shandong.cn", "关于报送职业教育活动周方案的函"),
        (NETEASE_FORWARD, "zhangsan@163.com", "新泰市职业教育活动周方案"),
        (OUTLOOK_ZH, "lisi@xt.edu.cn", "活动周统计表"),
        (OUTLOOK_EN, "zl@fc.edu.cn", "Summary report"),
        (FOXMAIL, "qq7@qq.com", "东平县方案"),
        (THUNDERBIRD, "sunba@example.cn", "Plan of the week"),
    ],
    ids=["qq", "163", "outlook-zh", "outlook-en", "foxmail", "thunderbird"],
)
def test_quoted_forward_blocks(body: str, sender: str, subject: str) -> None:
    assert find_quoted_forward(body) == (sender, subject)
    msg = EmailMessage()
    msg["From"] = "office@school.cn"
    msg["Subject"] = "Fw"
    msg.set_content(body)
    mail = read_mail(msg.as_bytes())
    assert MailFlag.FORWARDED in mail.flags
    assert mail.forwarded_from == sender
    assert mail.forwarded_subject == subject


def test_plain_mail_is_not_a_forward() -> None:
    text = "各位：\n发件人信息请见附件。\n主题活动周统计表已上传。\n"
    assert find_quoted_forward(text) is None
