"""Contact cards (.vcf) as phones and mail clients attach them."""

from __future__ import annotations

import hashlib

from parsers.contacts import contacts_in_document
from parsers.documents import read_document
from parsers.model import Attachment, Document, ReadStatus


def _read(name: str, data: bytes) -> Document:
    att = Attachment(
        filename=name,
        content_type="text/vcard",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return read_document(att)


IPHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 14.2//EN\r\n"
    "N:杨;帆;;;\r\nFN:杨帆\r\nORG:新泰市职业中等专业学校;教务处;\r\nTITLE:教务处主任\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:135 8386 3390\r\nTEL;type=WORK;type=VOICE:0538-7221234\r\n"
    "EMAIL;type=INTERNET;type=pref:yangfan_xtzz@163.com\r\nEND:VCARD\r\n"
).encode()

# Android's export: vCard 2.1, UTF-8 quoted-printable, folded with "=" soft line breaks
ANDROID = (
    b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;"
    b"=E7=BA=A2=E6=A2=85;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E7=BA=A2"
    b"=E6=A2=85\r\nTEL;CELL:158-0638-0912\r\nEMAIL;HOME:nylhm@qq.com\r\n"
    b"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E8=81=8C=E6=88=90=E8=82=A1=E8=82=A1=E9=95=BF\r\n"
    b"END:VCARD\r\n"
)


def test_an_iphone_card_is_a_complete_contact() -> None:
    doc = _read("联络员.vcf", IPHONE)
    assert doc.status is ReadStatus.OK and doc.kind == "vcard"
    (c,) = contacts_in_document(doc, "联络员.vcf")
    assert (c.name.value, c.position.value, c.mobile.value, c.email.value) == (
        "杨帆",
        "教务处主任",
        "13583863390",
        "yangfan_xtzz@163.com",
    )
    assert c.unit.value == "新泰市职业中等专业学校"  # ORG's first part; 教务处 is a department


def test_an_android_card_in_quoted_printable() -> None:
    (c,) = contacts_in_document(_read("李红梅.vcf", ANDROID), "李红梅.vcf")
    assert (c.name.value, c.position.value, c.mobile.value) == (
        "李红梅",
        "职成股股长",
        "15806380912",
    )


def test_a_broken_card_is_unreadable_not_empty_ok() -> None:
    doc = _read("名片.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN\r\n")
    assert doc.status is ReadStatus.UNREADABLE and doc.reason
