"""read_mail on literal RFC 822 messages as Chinese and Western mail clients write them."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from parsers.mail import find_quoted_forward, html_to_text, read_mail
from parsers.model import MailFlag

SUBJECT = "关于报送职业教育活动周方案的函"
FILE = "岱岳区活动周方案.docx"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("ascii")


def test_gb2312_b_subject_name_and_file_name() -> None:
    raw = crlf(
        """Return-Path: <dyjy@163.com>
From: =?gb2312?B?1cXI/Q==?= <DYJY@163.com>
To: jyj-zcjk01@ta.shandong.cn, "Other" <other@example.cn>
Cc: copy@example.cn
Reply-To: reply@example.cn
Subject: =?gb2312?B?udjT2rGoy83WsNK1vczT/bvutq/W3Le9sLi1xLqv?=
Date: Thu, 5 Nov 2020 10:21:07 +0800
Message-ID: <5FA3635B.0001@163.com>
In-Reply-To: <parent@ta.shandong.cn>
References: <root@ta.shandong.cn> <parent@ta.shandong.cn>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_1"

------=_Part_1
Content-Type: text/plain; charset=GB2312
Content-Transfer-Encoding: base64

uPfOu8Hstbyjugq4vbz+ysfO0tCju+62r9bct72wuKOsx+uy6crVoaMKwarPtcjLo7rA7svEIDEzODA1MzgxMjM0Cg==
------=_Part_1
Content-Type: application/octet-stream; name="=?gb2312?B?4bfUwMf4u+62r9bct72wuC5kb2N4?="
Content-Disposition: attachment; filename="=?gb2312?B?4bfUwMf4u+62r9bct72wuC5kb2N4?="
Content-Transfer-Encoding: base64

UEsDBA==
------=_Part_1--
"""
    )
    mail = read_mail(raw)
    assert mail.subject == SUBJECT
    assert mail.from_name == "张三"
    assert mail.from_addr == "dyjy@163.com"
    assert mail.to == ("jyj-zcjk01@ta.shandong.cn", "other@example.cn")
    assert mail.cc == ("copy@example.cn",)
    assert mail.reply_to == "reply@example.cn"
    assert mail.date == datetime(2020, 11, 5, 2, 21, 7, tzinfo=UTC)
    assert mail.message_id == "<5FA3635B.0001@163.com>"
    assert mail.in_reply_to == "<parent@ta.shandong.cn>"
    assert mail.references == ("<root@ta.shandong.cn>", "<parent@ta.shandong.cn>")
    assert "附件是我校活动周方案" in mail.body_text
    assert "13805381234" in mail.body_text
    (att,) = mail.attachments
    assert att.filename == FILE
    assert att.data == b"PK\x03\x04"
    assert att.sha256 == hashlib.sha256(b"PK\x03\x04").hexdigest()
    assert att.origin == ""
    assert mail.flags == frozenset()
    assert mail.problems == ()


def test_gb2312_q_subject_and_8bit_gbk_body() -> None:
    head = crlf(
        """From: "=?GB2312?Q?=D5=C5=C8=FD?=" <zs@school.cn>
Subject: =?GB2312?Q?=B9=D8=D3=DA=B1=A8=CB=CD=D6=B0=D2=B5=BD=CC=D3=FD=BB=EE=B6=AF?=
 =?GB2312?Q?=D6=DC=B7=BD=B0=B8=B5=C4=BA=AF?=
Content-Type: text/plain; charset="gb2312"
Content-Transfer-Encoding: 8bit

"""
    )
    mail = read_mail(head + "附件是活动周方案。镕".encode("gbk"))  # 镕 is GBK, not GB2312
    assert mail.subject == SUBJECT
    assert mail.from_name == "张三"
    assert mail.body_text == "附件是活动周方案。镕"
    assert MailFlag.DECODE_ERROR not in mail.flags


def test_adjacent_mixed_and_split_encoded_words() -> None:
    # One GBK character split across two B words; then a Q word; then a UTF-8 B word
    # folded in the middle of its encoded text (a broken mailer).
    raw = crlf(
        """From: a@b.cn
Subject: =?gbk?B?udjT2rGoyw==?= =?gbk?B?zdaw0rW9zNP9u+62r9bct72wuLXEuq8=?=
 =?gbk?Q?=A3=A8?= =?utf-8?B?6IKl5Z+O5biC6IGM5Lia5pWZ6IKy5rS7?=
 =?utf-8?B?5Yqo5ZGo5oC757uT5oql5ZGK?= tail

body
"""
    )
    mail = read_mail(raw)
    assert mail.subject == SUBJECT + "（肥城市职业教育活动周总结报告 tail"
    folded = crlf(
        "From: a@b.cn\nSubject: =?utf-8?B?6IKl5Z+O5biC6IGM5Lia5pWZ\n 6IKy5rS75Yqo?=\n\nx\n"
    )
    assert read_mail(folded).subject == "肥城市职业教育活动"


def test_raw_8bit_headers_in_gbk_and_utf8() -> None:
    raw = (
        b"From: " + "李四".encode("gbk") + b" <ls@school.cn>\r\n"
        b"Subject: " + "统计表 / 总结".encode() + b"\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nok\r\n"
    )
    mail = read_mail(raw)
    assert mail.from_name == "李四"
    assert mail.subject == "统计表 / 总结"


def test_rfc2231_utf8_gbk_and_continuations() -> None:
    raw = crlf(
        """From: a@b.cn
Subject: files
Content-Type: multipart/mixed; boundary=XX

--XX
Content-Type: text/plain; charset=utf-8

see files
--XX
Content-Type: application/octet-stream
Content-Disposition: attachment;
 filename*=UTF-8''%E5%B2%B1%E5%B2%B3%E5%8C%BA%E6%B4%BB%E5%8A%A8%E5%91%A8%E6%96%B9%E6%A1%88.docx

one
--XX
Content-Type: application/octet-stream
Content-Disposition: attachment;
 filename*=gbk''%E1%B7%D4%C0%C7%F8%BB%EE%B6%AF%D6%DC%B7%BD%B0%B8.docx

two
--XX
Content-Type: application/octet-stream
Content-Disposition: attachment;
 filename*0*=UTF-8''%E5%B2%B1%E5%B2%B3%E5%8C%BA%E6%B4%BB%E5%8A;
 filename*1*=%A8%E5%91%A8%E6%96%B9%E6%A1%88;
 filename*2=".docx"

three
--XX
Content-Type: application/vnd.ms-excel; name*=gb2312''%CD%B3%BC%C6%B1%ED.xls

four
--XX--
"""
    )
    mail = read_mail(raw)
    assert [a.filename for a in mail.attachments] == [FILE, FILE, FILE, "统计表.xls"]
    assert [a.data for a in mail.attachments] == [b"one", b"two", b"three", b"four"]
    assert mail.body_text.strip() == "see files"
    assert mail.flags == frozenset()


def test_utf8_message_built_with_email_message() -> None:
    msg = EmailMessage()
    msg["From"] = "王五 <ww@school.cn>"
    msg["To"] = "jyj-zcjk01@ta.shandong.cn"
    msg["Subject"] = "肥城市职业教育活动周总结报告"
    msg.set_content("总结报告见附件。\n")
    msg.add_attachment(b"x" * 10, maintype="application", subtype="pdf", filename="总结报告.pdf")
    mail = read_mail(msg.as_bytes())
    assert mail.subject == "肥城市职业教育活动周总结报告"
    assert mail.from_name == "王五"
    assert mail.attachments[0].filename == "总结报告.pdf"
    assert mail.attachments[0].content_type == "application/pdf"
    assert mail.body_text.strip() == "总结报告见附件。"


def test_undecodable_bytes_are_replaced_and_flagged() -> None:
    raw = (
        b"From: a@b.cn\r\nSubject: =?utf-8?B?" + b"5rS7/w==" + b"?=\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"ok \xff\xfe\x80 end\r\n"
    )
    mail = read_mail(raw)
    assert MailFlag.DECODE_ERROR in mail.flags
    assert mail.subject.startswith("活") and "\ufffd" in mail.subject
    assert "ok" in mail.body_text and "end" in mail.body_text and "\ufffd" in mail.body_text
    assert any("Subject" in p for p in mail.problems)
    assert any("body" in p for p in mail.problems)


def test_html_only_mail_is_reduced_to_text() -> None:
    html = (
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
        "<body><div>各位领导：</div><p>方案见附件&nbsp;&amp;&lt;统计表&gt;</p>"
        "联系人：张三<br>手机：13805381234<table><tr><td>单位</td><td>岱岳区</td></tr>"
        "<tr><td>邮箱</td><td>a@b.cn</td></tr></table></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg["Subject"] = "html"
    msg.set_content(html, subtype="html", charset="gb2312")
    mail = read_mail(msg.as_bytes())
    lines = mail.body_text.splitlines()
    assert "各位领导：" in lines
    assert "方案见附件 &<统计表>" in lines
    assert "联系人：张三" in lines and "手机：13805381234" in lines
    assert "alert" not in mail.body_text and "color" not in mail.body_text
    assert any("单位" in line and "岱岳区" in line for line in lines)


def test_plain_preferred_over_html_in_alternative() -> None:
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg.set_content("plain text")
    msg.add_alternative("<p>html text</p>", subtype="html")
    assert read_mail(msg.as_bytes()).body_text.strip() == "plain text"


def _forward_with_rfc822() -> bytes:
    inner = EmailMessage()
    inner["From"] = "张三 <ZS@school.cn>"
    inner["To"] = "office@ta.gov.cn"
    inner["Subject"] = "泰山区活动周方案"
    inner.set_content("原邮件正文：方案见附件。联系人 李四 13805381234")
    inner.add_attachment(b"inner-docx", maintype="application", subtype="octet-stream",
                         filename="泰山区方案.docx")  # fmt: skip
    outer = EmailMessage()
    outer["From"] = "office@ta.gov.cn"
    outer["To"] = "jyj-zcjk01@ta.shandong.cn"
    outer["Subject"] = "Fw: 泰山区活动周方案"
    outer.set_content("转发给你。")
    outer.add_attachment(inner)
    return outer.as_bytes()


def test_forwarded_rfc822_is_unwrapped() -> None:
    mail = read_mail(_forward_with_rfc822())
    assert MailFlag.FORWARDED in mail.flags
    assert mail.forwarded_from == "zs@school.cn"
    assert mail.forwarded_subject == "泰山区活动周方案"
    (att,) = mail.attachments
    assert (att.filename, att.origin, att.data) == ("泰山区方案.docx", "forwarded", b"inner-docx")
    body = mail.body_text
    assert body.index("转发给你") < body.index("---") < body.index("原邮件正文")


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


def _headers_only(headers: str, body: str = "hello") -> bytes:
    return crlf(f"From: a@b.cn\nSubject: x\n{headers}\n\n{body}\n")


@pytest.mark.parametrize(
    ("extra", "flag"),
    [
        ("Auto-Submitted: auto-replied", MailFlag.AUTO_REPLY),
        ("X-Autoreply: yes", MailFlag.AUTO_REPLY),
        ("X-Autorespond: yes", MailFlag.AUTO_REPLY),
        ("List-Id: <teachers.list.example.cn>", MailFlag.LIST),
        ("List-Unsubscribe: <mailto:u@example.cn>", MailFlag.LIST),
        ("Precedence: bulk", MailFlag.LIST),
        ("Precedence: junk", MailFlag.LIST),
        ("Return-Path: <>", MailFlag.NULL_SENDER),
        ("Authentication-Results: mx.ta.cn; spf=fail smtp.mailfrom=b.cn", MailFlag.AUTH_FAILED),
        ("Authentication-Results: mx.ta.cn; spf=pass; dkim=fail header.d=b", MailFlag.AUTH_FAILED),
        ("Authentication-Results: mx.ta.cn; dmarc=fail (p=none)", MailFlag.AUTH_FAILED),
        ("Received-SPF: Fail (mx.ta.cn: b.cn does not designate 1.2.3.4)", MailFlag.AUTH_FAILED),
    ],
)  # fmt: skip
def test_header_flags(extra: str, flag: MailFlag) -> None:
    assert flag in read_mail(_headers_only(extra)).flags


@pytest.mark.parametrize(
    "extra",
    [
        "Auto-Submitted: no",
        "Authentication-Results: mx.ta.cn; spf=softfail; dkim=pass; dmarc=pass",
        "Received-SPF: Softfail (mx.ta.cn: transitioning domain)",
        "Received-SPF: Pass (mx.ta.cn: domain of b.cn designates 1.2.3.4)",
        "Precedence: first-class",
        "Return-Path: <a@b.cn>",
    ],
)
def test_no_flag_for_harmless_headers(extra: str) -> None:
    assert read_mail(_headers_only(extra)).flags == frozenset()


@pytest.mark.parametrize(
    "subject",
    [
        "=?gbk?B?19S2r7vYuLSjurnY09q3vbC4?=",
        "Automatic reply: plan",
        "Out of Office: back on Monday",
        "Auto Reply: thanks",
    ],
)
def test_auto_reply_subjects(subject: str) -> None:
    raw = crlf(f"From: a@b.cn\nSubject: {subject}\n\nbody\n")
    assert MailFlag.AUTO_REPLY in read_mail(raw).flags


def test_bounce_report_and_mailer_daemon() -> None:
    raw = crlf(
        """From: Mail Delivery System <MAILER-DAEMON@mx.163.com>
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

The mail could not be delivered.
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.163.com

Final-Recipient: rfc822; nobody@ta.cn
Action: failed
--B--
"""
    )
    mail = read_mail(raw)
    assert MailFlag.BOUNCE in mail.flags
    assert mail.attachments == ()
    assert "could not be delivered" in mail.body_text
    postmaster = crlf("From: postmaster@school.cn\nSubject: x\n\nbody\n")
    assert MailFlag.BOUNCE in read_mail(postmaster).flags


MALFORMED = """From: a@b.cn
Subject: broken
Content-Type: multipart/mixed; boundary="BOUND"

--BOUND
Content-Type: text/plain; charset=x-unknown

plain ascii body
--BOUND
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="../../etc/passwd"

root
--BOUND
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="C:\\\\x\\\\y.docx"

win
--BOUND
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="empty.txt"

--BOUND
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document
Content-Transfer-Encoding: base64

UEsDBA==
"""


def test_malformed_message_keeps_everything_and_reports() -> None:
    mail = read_mail(crlf(MALFORMED))
    assert MailFlag.MALFORMED in mail.flags
    assert any("CloseBoundaryNotFound" in p for p in mail.problems)
    assert any("x-unknown" in p for p in mail.problems)
    assert mail.body_text.strip() == "plain ascii body"
    names = [a.filename for a in mail.attachments]
    assert names == ["../../etc/passwd", "C:\\x\\y.docx", "empty.txt", "attachment-4.docx"]
    assert mail.attachments[2].data == b""
    assert mail.attachments[2].sha256 == hashlib.sha256(b"").hexdigest()
    assert mail.attachments[3].content_type == DOCX
    assert mail.attachments[3].data == b"PK\x03\x04"


def test_inline_parts_with_names_are_kept() -> None:
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg.set_content("see picture")
    msg.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png",
                       disposition="inline", filename="签名.png")  # fmt: skip
    (att,) = read_mail(msg.as_bytes()).attachments
    assert att.filename == "签名.png" and att.inline


def test_too_large_reads_headers_only() -> None:
    raw = _forward_with_rfc822()
    mail = read_mail(raw, max_bytes=100)
    assert MailFlag.TOO_LARGE in mail.flags
    assert mail.subject == "Fw: 泰山区活动周方案"
    assert mail.attachments == () and mail.body_text == ""
    assert read_mail(raw, max_bytes=len(raw)).attachments != ()


def test_garbage_and_empty_input_do_not_raise() -> None:
    for raw in (b"", b"\x00\xff" * 50, b"Subject: =?gb2312?B?!!!?=\r\n\r\n", b"From: <<<@@@>>>"):
        mail = read_mail(raw)
        assert mail.from_addr == "" or "@" in mail.from_addr


def test_unparsable_date_is_none_and_reported() -> None:
    mail = read_mail(crlf("From: a@b.cn\nDate: someday soon\nSubject: x\n\nb\n"))
    assert mail.date is None
    assert any("Date" in p for p in mail.problems)


def test_html_to_text_keeps_line_breaks() -> None:
    assert html_to_text("a<br>b<p>c</p><div>d</div>&#x4e2d;&lt;") == "a\nb\nc\nd\n中<"


def test_big_attachments_decode_exactly() -> None:
    """Big base64 bodies take the low-memory path; their bytes must come out identical."""
    first = bytes(range(256)) * 12_000  # ~3 MB
    second = b"PK\x03\x04" + b"\x07" * 700_001  # not a multiple of 3: padded base64
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg["Subject"] = "big"
    msg.set_content("正文：见附件。")
    msg.add_attachment(first, maintype="application", subtype="octet-stream", filename="一.bin")
    msg.add_attachment(second, maintype="application", subtype="zip", filename="二.zip")
    msg.add_attachment(b"small", maintype="application", subtype="pdf", filename="三.pdf")
    mail = read_mail(msg.as_bytes())
    assert [a.filename for a in mail.attachments] == ["一.bin", "二.zip", "三.pdf"]
    assert mail.attachments[0].data == first
    assert mail.attachments[1].data == second
    assert mail.attachments[1].sha256 == hashlib.sha256(second).hexdigest()
    assert mail.attachments[2].data == b"small"
    assert mail.body_text.strip() == "正文：见附件。"
    assert mail.problems == ()


def test_attachments_of_an_ordinary_mail_bypass_the_line_loop_exactly() -> None:
    """Under 2 MB, base64 bodies are cut out for parsing and put back as the parser would
    have kept them: the decoded bytes, the body and the problems are unchanged."""
    from email import message_from_bytes
    from email import policy as email_policy

    from parsers.mail.skeleton import BLOB_MIN, CUT_MIN, parse, put_back, skeleton

    data = bytes(range(256)) * 40 + b"\x01"  # not a multiple of 3: padded base64
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg["Subject"] = SUBJECT
    msg.set_content("正文：见附件。")
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=FILE)
    raw = msg.as_bytes()
    stripped, cuts = skeleton(raw, CUT_MIN)
    assert len(cuts) == 1 and len(stripped) < len(raw) // 4
    assert (
        put_back(message_from_bytes(stripped, policy=email_policy.compat32), cuts, BLOB_MIN) == {}
    )
    plain = message_from_bytes(raw, policy=email_policy.compat32)
    msg, kept = parse(raw)
    assert kept == {} and str(msg) == str(plain)
    mail = read_mail(raw)
    assert [(a.filename, a.data) for a in mail.attachments] == [(FILE, data)]
    assert mail.body_text.strip() == "正文：见附件。" and mail.problems == ()


def test_big_text_that_mentions_base64_is_left_alone() -> None:
    text = "Content-Transfer-Encoding: base64\n\n" + "这不是base64！\n" * 200_000
    msg = EmailMessage()
    msg["From"] = "a@b.cn"
    msg.set_content(text, cte="8bit")
    raw = msg.as_bytes()
    assert len(raw) > 2 * 1024 * 1024 and b"\nContent-Transfer-Encoding: base64\n" in raw
    assert read_mail(raw).body_text.strip() == text.strip()


def test_deeply_nested_multiparts_give_headers_and_a_problem() -> None:
    parts = [b"From: a@b.cn\r\nSubject: deep\r\n"]
    for i in range(3000):
        parts.append(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i))
    mail = read_mail(b"".join(parts) + b"Content-Type: text/plain\r\n\r\nhello\r\n")
    assert mail.subject == "deep" and mail.from_addr == "a@b.cn"
    assert MailFlag.MALFORMED in mail.flags
    assert any("RecursionError" in p or "nesting" in p for p in mail.problems)


# --- big base64 bodies decoded straight from the raw bytes (parsers.mail.skeleton.decode_cut) -----


def _plain_read(raw: bytes) -> object:
    """read_mail with nothing cut out: every body goes through the stdlib parser."""
    from unittest import mock

    import parsers.mail.skeleton

    with mock.patch.object(parsers.mail.skeleton, "CUT_MIN", 10**12):
        return read_mail(raw)


def _kept(raw: bytes) -> int:
    """How many bodies read_mail leaves cut out (decoded from the raw bytes)."""
    from parsers.mail.skeleton import parse

    return len(parse(raw)[1])


def _leaf_mail(body: bytes, nl: bytes = b"\r\n", cte: bytes = b"base64") -> bytes:
    return nl.join(
        [
            b"From: a@b.cn",
            b"Subject: big",
            b'Content-Type: multipart/mixed; boundary="B"',
            b"",
            b"--B",
            b"Content-Type: text/plain; charset=utf-8",
            b"",
            b"see attachment",
            b"--B",
            b"Content-Type: video/mp4; name=v.mp4",
            b"Content-Transfer-Encoding: " + cte,
            b"Content-Disposition: attachment; filename=v.mp4",
            b"",
            body + b"--B--",
            b"",
        ]
    )


def _lines(data: bytes, nl: bytes) -> bytes:
    text = base64.b64encode(data)
    return b"".join(text[i : i + 76] + nl for i in range(0, len(text), 76))


_DATA = bytes(range(256)) * 2400 + b"\x01"  # ~600 KB, not a multiple of 3: padded


@pytest.mark.parametrize("nl", [b"\r\n", b"\n"])
@pytest.mark.parametrize(
    "defect",
    [
        "",
        "missing padding",
        "spaces",
        "padding inside",
        "one character too many",
        "excess padding",
        "tab and missing padding",
    ],
)
def test_big_base64_leaf_is_decoded_as_the_stdlib_decodes_it(nl: bytes, defect: str) -> None:
    body = _lines(_DATA, nl)
    body = {
        "": body,
        "missing padding": body.replace(b"=", b""),
        "spaces": body.replace(nl, b" " + nl),
        "padding inside": body.replace(nl, b"==" + nl, 3),
        "one character too many": body.replace(b"=", b"") + b"QUJD" + b"Q" + nl,
        "excess padding": body.replace(b"=", b"") + b"====" + nl,
        "tab and missing padding": b"\t" + body.replace(b"=", b""),
    }[defect]
    raw = _leaf_mail(body, nl)
    assert _kept(raw) == 1
    mail = read_mail(raw)
    assert mail == _plain_read(raw)
    if not defect:
        assert mail.attachments[0].data == _DATA and mail.problems == ()
    else:
        assert MailFlag.MALFORMED in mail.flags


def test_a_base64_leaf_exactly_at_the_threshold_is_decoded_from_the_raw_bytes() -> None:
    from parsers.mail.skeleton import BLOB_MIN

    body = _lines(_DATA, b"\r\n")
    body = body[: BLOB_MIN - 6] + b"AAAA\r\n"  # BLOB_MIN bytes, 4 characters more than fit
    assert len(body) == BLOB_MIN
    for size, kept in ((BLOB_MIN, 1), (BLOB_MIN - 1, 0)):
        raw = _leaf_mail(body[: size - 2] + b"\r\n")
        assert _kept(raw) == kept
        assert read_mail(raw) == _plain_read(raw)


def test_big_base64_leaves_in_nested_multiparts_and_forwards() -> None:
    first, second = _DATA, _DATA[::-1] + b"\x00"
    inner = b"\r\n".join(
        [
            b"From: =?utf-8?B?5byg5LiJ?= <zs@school.cn>",
            b"Subject: inner",
            b'Content-Type: multipart/mixed; boundary="I"',
            b"",
            b"--I",
            b"Content-Type: application/pdf; name=b.pdf",
            b"Content-Transfer-Encoding: base64",
            b"",
            _lines(second, b"\r\n") + b"--I--",
            b"",
        ]
    )
    raw = b"\r\n".join(
        [
            b"From: a@b.cn",
            b"Subject: nested",
            b'Content-Type: multipart/mixed; boundary="O"',
            b"",
            b"--O",
            b'Content-Type: multipart/alternative; boundary="A"',
            b"",
            b"--A",
            b"Content-Type: text/plain; charset=utf-8",
            b"Content-Transfer-Encoding: base64",
            b"",
            base64.b64encode("正文".encode()),
            b"--A",
            b'Content-Type: multipart/related; boundary="R"',
            b"",
            b"--R",
            b"Content-Type: application/octet-stream; name=a.bin",
            b"Content-Transfer-Encoding: base64",
            b"",
            _lines(first, b"\r\n") + b"--R--",
            b"--A--",
            b"--O",
            b"Content-Type: message/rfc822",
            b"",
            inner + b"--O--",
            b"",
        ]
    )
    assert _kept(raw) == 2
    mail = read_mail(raw)
    assert mail == _plain_read(raw)
    assert [(a.filename, a.data, a.origin) for a in mail.attachments] == [
        ("a.bin", first, ""),
        ("b.pdf", second, "forwarded"),
    ]
    assert mail.body_text.startswith("正文")


def test_a_big_body_whose_first_encoding_header_is_not_base64_is_put_back() -> None:
    """get_payload reads the first Content-Transfer-Encoding header: "7bit" here, so the
    body stays base64 text, as in the plain parse."""
    raw = _leaf_mail(_lines(_DATA, b"\r\n"), cte=b"7bit\r\nContent-Transfer-Encoding: base64")
    assert _kept(raw) == 0
    mail = read_mail(raw)
    assert mail == _plain_read(raw) and mail.attachments[0].data.startswith(b"AAECAwQF")


def test_a_big_attachment_is_read_with_about_one_copy_of_its_bytes() -> None:
    """Peak allocation while reading (tracemalloc, not time): the decoded bytes plus the
    windows searched and checked, not the message's text several times over."""
    import tracemalloc

    data = bytes(range(256)) * 16_384  # 4 MB, 5.4 MB of base64
    raw = _leaf_mail(_lines(data, b"\r\n"))
    tracemalloc.start()
    try:
        mail = read_mail(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert mail.attachments[0].data == data
    assert peak < len(data) + 3 * 1024 * 1024, peak
