"""read_mail on literal RFC 822 messages as Chinese and Western mail clients write them."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from parsers.mail import html_to_text, read_mail
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


def test_a_document_apple_mail_marks_inline_is_an_attachment() -> None:
    """Apple Mail sends PDFs and Office files with Content-Disposition: inline; they are
    not pictures shown in the body (an iPhone's plan with no text is no empty mail)."""
    msg = EmailMessage()
    msg["From"] = "teacher@icloud.com"
    msg["Subject"] = ""
    msg.set_content("")
    msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf",
                       disposition="inline", filename="活动周方案.pdf")  # fmt: skip
    msg.add_attachment("\n发自我的iPhone", disposition="inline")
    mail = read_mail(msg.as_bytes())
    pdf = next(a for a in mail.attachments if a.filename == "活动周方案.pdf")
    assert not pdf.inline


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


def test_deeply_nested_multiparts_give_headers_and_a_problem() -> None:
    parts = [b"From: a@b.cn\r\nSubject: deep\r\n"]
    for i in range(3000):
        parts.append(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i))
    mail = read_mail(b"".join(parts) + b"Content-Type: text/plain\r\n\r\nhello\r\n")
    assert mail.subject == "deep" and mail.from_addr == "a@b.cn"
    assert MailFlag.MALFORMED in mail.flags
    assert any("RecursionError" in p or "nesting" in p for p in mail.problems)


@pytest.mark.parametrize(
    "stub", ["请用支持HTML的客户端查看此邮件。", "肥城职专：技能展示（正文见下）"]
)
def test_a_plain_part_that_is_a_stub_of_the_html_gives_way_to_it(stub: str) -> None:
    """A WeChat editor's (秀米, 135编辑器) body: the article is only in the HTML part."""
    article = (
        "<section><h2>泰护学子走进社区开展健康义诊</h2><p>11月9日，泰山护理职业学院组织护理专业"
        "师生走进泰前街道社区，开展测血压、测血糖、健康咨询等服务，服务居民200余人次。</p></section>"
    )
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@x.cn", "b@y.cn", "宣传稿"
    msg.set_content(stub)
    msg.add_alternative(article, subtype="html")
    mail = read_mail(msg.as_bytes())
    assert "健康义诊" in mail.body_text and "11月9日" in mail.body_text
    same = EmailMessage()
    same["From"], same["To"], same["Subject"] = "a@x.cn", "b@y.cn", "方案"
    same.set_content("附件是方案，请查收。")
    same.add_alternative("<p>附件是方案，请查收。</p>", subtype="html")
    assert read_mail(same.as_bytes()).body_text.strip() == "附件是方案，请查收。"
