"""Big bodies: base64 attachments decoded exactly on the low-memory path, ordinary ones cut
out for parsing and put back, and big base64 leaves decoded straight from the raw bytes
(parsers.mail.skeleton)."""

from __future__ import annotations

import base64
import hashlib
from email.message import EmailMessage

import pytest

from parsers.mail import read_mail
from parsers.model import MailFlag

SUBJECT = "关于报送职业教育活动周方案的函"
FILE = "岱岳区活动周方案.docx"


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


def test_a_lone_surrogate_never_reaches_the_body() -> None:
    from parsers.mail.reader import _no_surrogates

    cleaned = _no_surrogates("方案\udcfe见附件")
    assert cleaned.startswith("方案\ufffd") and cleaned.endswith("见附件")
    cleaned.encode("utf-8")  # storable
    assert _no_surrogates("方案见附件") == "方案见附件"
