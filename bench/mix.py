"""The realistic bench mix: campaign mail as many schools' clients and Office installations
write it, with the office's other mail among it.

    producers = Producers.build(cache, legacy=100, pdfs=200)
    mails = realistic_mails(2000, units, producers, seed=7)    # list[bytes]

Per message: GBK (40 %), GB2312 (15 %) or UTF-8 headers and body, plain text alone or
plain + HTML (multipart/alternative, 60 %), 1-4 attachments (55/25/12/8 %). Attachments:
.docx and .xlsx each of its own (bench/producers.py), about 10 % PDFs LibreOffice wrote
with CJK fonts, about 5 % legacy .doc/.xls/.wps, about 4 % zips of two or three files,
a few photos. About 8 % of the messages are the office's other mail (bench.data).
`mix_counts` tells what a list holds, for the report.
"""

from __future__ import annotations

import base64
import random
from collections import Counter
from datetime import datetime, timedelta
from email.utils import format_datetime

from bench.data import MAILBOX, START, BenchUnit, unrelated_mail
from bench.producers import Producers

_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "doc": "application/msword",
    "wps": "application/octet-stream",  # what clients say for a WPS file
    "xls": "application/vnd.ms-excel",
    "zip": "application/zip",
    "jpg": "image/jpeg",
}
_WORDS = {  # category words by attachment kind
    "docx": ("活动周实施方案", "宣传稿件", "活动周总结报告"),
    "doc": ("活动周实施方案", "活动周总结报告"),
    "wps": ("活动周实施方案", "宣传稿件"),
    "xlsx": ("情况统计表",),
    "xls": ("情况统计表",),
    "pdf": ("宣传材料", "活动周总结报告"),
    "zip": ("全部材料",),
    "jpg": ("活动照片",),
}
_SURNAMES, _GIVEN = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗",
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚",
)
_KINDS = (
    ("docx",) * 48 + ("xlsx",) * 28 + ("pdf",) * 10 + ("legacy",) * 5 + ("zip",) * 4 + ("jpg",) * 5
)
_COUNTS = (1,) * 55 + (2,) * 25 + (3,) * 12 + (4,) * 8
_CHARSETS = ("gbk",) * 40 + ("gb2312",) * 15 + ("utf-8",) * 45


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(("", *_GIVEN))


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def _charset(text: str, wanted: str) -> str:
    """`wanted` where it can write `text` (GB2312 lacks rarer characters), else GBK/UTF-8."""
    for charset in (wanted, "gbk", "utf-8"):
        try:
            text.encode(charset)
            return charset
        except UnicodeEncodeError:
            continue
    return "utf-8"


def _word(text: str, charset: str) -> str:
    cs = _charset(text, charset)
    return f"=?{cs.upper()}?B?" + base64.b64encode(text.encode(cs)).decode() + "?="


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _text_part(ctype: str, text: str, charset: str) -> bytes:
    cs = _charset(text, charset)
    head = f"Content-Type: {ctype}; charset={cs}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    return head.encode() + _b64(text.encode(cs))


def _html(body: str) -> str:
    paras = "".join(f'<p style="font-family:宋体">{line}</p>' for line in body.split("\n") if line)
    return f'<html><head><meta charset="utf-8"></head><body>{paras}</body></html>'


def _attachment(name: str, data: bytes, charset: str) -> bytes:
    ext = name.rsplit(".", 1)[-1]
    if charset == "utf-8":  # RFC 2231, as Thunderbird and Gmail write it
        quoted = "".join(f"%{b:02X}" for b in name.encode())
        disp = f"attachment; filename*=UTF-8''{quoted}"
        ctype = f'{_TYPES[ext]}; name="{_word(name, charset)}"'
    else:  # an encoded word in quotes, as Foxmail, QQ Mail and Outlook in China write it
        disp = f'attachment; filename="{_word(name, charset)}"'
        ctype = f'{_TYPES[ext]}; name="{_word(name, charset)}"'
    head = (
        f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: {disp}\r\n\r\n"
    )
    return head.encode() + _b64(data)


def _file(
    kind: str,
    number: int,
    unit: BenchUnit,
    person: str,
    phone: str,
    rng: random.Random,
    producers: Producers,
) -> tuple[str, bytes]:
    """(extension, bytes) of one attachment of `kind`."""
    if kind == "docx":
        return "docx", producers.docx(rng, unit.name, person, phone)
    if kind == "xlsx":
        return "xlsx", producers.xlsx(rng, unit.name, person, phone)
    if kind == "pdf":
        return "pdf", producers.pdf(rng, number)
    if kind == "legacy":
        return producers.legacy_file()
    if kind == "jpg":
        return "jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(
            rng.randint(30_000, 250_000)
        )
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, inner in enumerate(rng.sample(("docx", "xlsx", "pdf"), rng.randint(2, 3))):
            ext, data = _file(inner, number * 10 + i, unit, person, phone, rng, producers)
            zf.writestr(f"{unit.alias}{rng.choice(_WORDS[ext])}.{ext}", data)
    return "zip", out.getvalue()


def realistic_mail(
    number: int, unit: BenchUnit, producers: Producers, rng: random.Random, *, when: datetime
) -> bytes:
    """One unit's submission as its liaison's client writes it."""
    charset = rng.choice(_CHARSETS)
    person, phone = _person(rng), _mobile(rng)
    kinds = [rng.choice(_KINDS) for _ in range(rng.choice(_COUNTS))]
    files = []
    for i, kind in enumerate(kinds):
        ext, data = _file(kind, number * 10 + i, unit, person, phone, rng, producers)
        files.append(
            (f"{unit.alias}{rng.choice(_WORDS[ext])}{'' if i == 0 else i + 1}.{ext}", data)
        )
    word = _WORDS[files[0][0].rsplit(".", 1)[-1]][0]
    body = (
        f"市教育局职成高教科：\n现将{unit.name}2020年职业教育活动周{word}等材料报送，请查收。\n"
        f"宣传专栏（网站）地址：http://www.{unit.id}.edu.cn/zjhdz/\n"
        f"联络员：{person}，职务：办公室主任，邮箱：{unit.id}{number}@ta.shandong.cn，"
        f"手机号码：{phone}\n{unit.name}\n{when:%Y年%m月%d日}\n"
    )
    head = (
        f"From: {_word(unit.name, charset)} <{unit.email}>\r\nTo: {MAILBOX}\r\n"
        f"Subject: {_word(f'{unit.alias}报送2020年职业教育活动周{word}', charset)}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: <r{number}.{rng.getrandbits(40):x}@bench.example.cn>\r\n"
        "MIME-Version: 1.0\r\n"
    ).encode()
    text = _text_part("text/plain", body, charset)
    if rng.random() < 0.6:
        alt = f"alt{number}".encode()
        text = (
            b'Content-Type: multipart/alternative; boundary="'
            + alt
            + b'"\r\n\r\n--'
            + alt
            + b"\r\n"
            + text
            + b"--"
            + alt
            + b"\r\n"
            + _text_part("text/html", _html(body), charset)
            + b"--"
            + alt
            + b"--\r\n"
        )
    mixed = f"----=_NextPart_{number:08d}".encode()
    out = [head, b'Content-Type: multipart/mixed; boundary="' + mixed + b'"\r\n\r\n']
    out += [b"--" + mixed + b"\r\n", text]
    for name, data in files:
        out += [b"--" + mixed + b"\r\n", _attachment(name, data, charset)]
    out.append(b"--" + mixed + b"--\r\n")
    return b"".join(out)


def realistic_mails(
    count: int,
    units: list[BenchUnit],
    producers: Producers,
    *,
    seed: int = 7,
    other_share: float = 0.08,
) -> list[bytes]:
    """`count` messages: campaign mail of every unit in turn, the office's other mail
    (about `other_share`) among it."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        when = START + timedelta(seconds=37 * i)
        if rng.random() < other_share:
            out.append(unrelated_mail(100_000 + i, rng, when=when))
        else:
            out.append(realistic_mail(i, units[i % len(units)], producers, rng, when=when))
    return out


def mix_counts(mails: list[bytes]) -> dict[str, int]:
    """What a list of mails holds: attachments by extension, charsets, HTML bodies."""
    import email
    import email.policy

    found: Counter[str] = Counter()
    for raw in mails:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        found["messages"] += 1
        found["other" if "@office.example.cn" in str(msg["Message-ID"]) else "campaign"] += 1
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                found["html_bodies"] += 1
            elif part.get_content_type() == "text/plain" and part.get_content_charset():
                found[f"charset_{part.get_content_charset()}"] += 1
            name = part.get_filename()
            if name:
                found["attachments"] += 1
                found["att_" + name.rsplit(".", 1)[-1].lower()] += 1
    return dict(found)
