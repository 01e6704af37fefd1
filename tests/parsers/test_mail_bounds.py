"""Headers of any size cost little: each is cut to a bound before it is decoded, the mail is
flagged MALFORMED and the problem names the header. (No timing asserts: the report gives
the measured times.)"""

from __future__ import annotations

import base64

from parsers.mail import read_mail
from parsers.mail.headers import MAX_HEADER_CHARS, MAX_SUBJECT_CHARS
from parsers.model import MailFlag

FIVE_MB = 5 * 1024 * 1024
PHRASE = "泰安市职业教育活动周方案"


def message(subject: bytes, extra: bytes = b"") -> bytes:
    return (
        b"From: fczz@ta.shandong.cn\r\nTo: jyj-zcjk01@ta.shandong.cn\r\nSubject: "
        + subject
        + b"\r\nMessage-ID: <big@fczz>\r\n"
        + extra
        + b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "正文\r\n".encode()
    )


def encoded_subject(size: int) -> bytes:
    """RFC 2047 words of UTF-8 text, folded every word, `size` bytes long."""
    word = b"=?utf-8?B?" + base64.b64encode(PHRASE.encode()) + b"?="
    return b"\r\n ".join([word] * (size // (len(word) + 3) + 1))[:size]


def test_a_5_mb_encoded_subject_is_cut_and_flagged() -> None:
    mail = read_mail(message(encoded_subject(FIVE_MB)))
    assert MailFlag.MALFORMED in mail.flags
    assert any(p.startswith("Subject: header of") and "cut to" in p for p in mail.problems)
    assert 0 < len(mail.subject) <= MAX_SUBJECT_CHARS
    assert mail.subject.startswith(PHRASE * 3)
    assert "\ufffd" not in mail.subject and "=?" not in mail.subject  # no word cut in half
    assert MailFlag.DECODE_ERROR not in mail.flags
    assert mail.from_addr == "fczz@ta.shandong.cn" and mail.message_id == "<big@fczz>"
    assert mail.body_text.strip() == "正文"


def test_a_5_mb_raw_8bit_subject_is_cut_on_a_character_and_flagged() -> None:
    raw_subject = (PHRASE * (FIVE_MB // len(PHRASE.encode()) + 1)).encode()[:FIVE_MB]
    mail = read_mail(message(raw_subject))
    assert MailFlag.MALFORMED in mail.flags
    assert any(p.startswith("Subject: header of") for p in mail.problems)
    assert 0 < len(mail.subject) <= MAX_SUBJECT_CHARS
    assert mail.subject.startswith(PHRASE * 10)
    assert "\ufffd" not in mail.subject and MailFlag.DECODE_ERROR not in mail.flags


def test_other_huge_headers_and_part_headers_are_cut_too() -> None:
    to = b", ".join(b"u%d@ta.shandong.cn" % i for i in range(300_000))
    params = b"; ".join(b"p%d=v" % i for i in range(400_000))
    raw = (
        b"From: fczz@ta.shandong.cn\r\nSubject: plan\r\nTo: " + to + b"\r\n"
        b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
        b"Content-Type: application/pdf; " + params + b"\r\n"
        b"Content-Disposition: attachment; filename=plan.pdf; " + params + b"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--B--\r\n"
    )
    mail = read_mail(raw)
    assert MailFlag.MALFORMED in mail.flags
    assert {p.split(":")[0] for p in mail.problems if "cut to" in p} >= {
        "To",
        "Content-Type",
        "Content-Disposition",
    }
    assert 0 < len(mail.to) < 300_000 and mail.to[0] == "u0@ta.shandong.cn"
    [att] = mail.attachments
    assert att.filename == "plan.pdf" and att.data == b"%PDF-"


def test_headers_under_the_bound_are_untouched() -> None:
    subject = "关于报送" + "活动周" * 600  # 5.4 KB of UTF-8
    raw = message(subject.encode(), b"References: " + b" ".join([b"<r@x>"] * 5000) + b"\r\n")
    assert len(raw) < MAX_HEADER_CHARS + 10_000
    mail = read_mail(raw)
    assert mail.subject == subject and len(mail.references) == 5000
    assert MailFlag.MALFORMED not in mail.flags
