"""Mail for set5, written byte by byte in the shapes real clients give it.

Client styles (each the headers, body layout, charset and file-name encoding that client
uses): Outlook 2016 (HTML with MSO styles, gb2312-labelled GBK, RFC 2047 names), Foxmail
7.2 (GBK, RFC 2047 inside quotes), Apple Mail (UTF-8 format=flowed quoted-printable, RFC
2231 names), iPhone Mail (发自我的iPhone), Huawei/Android mail, 网易邮箱大师 with raw 8-bit
GBK file names, Coremail web mail, and a plain RFC 2231 + base64 shape. Date, Message-ID
and boundaries are derived from the message slug: no clock.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime

CITY = "jyj-zcjk01@ta.shandong.cn"
RSJ = "rsjzjk@ta.shandong.cn"

CLIENTS = {
    "outlook": "Outlook 2016 (hand-shaped)",
    "foxmail": "Foxmail 7.2 (hand-shaped)",
    "applemail": "Apple Mail 13 (hand-shaped)",
    "iphone": "iPhone Mail (hand-shaped)",
    "android": "Huawei Email Android (hand-shaped)",
    "mailmaster-raw": "网易邮箱大师, raw 8-bit GBK file name (hand-shaped)",
    "coremail": "163/126 Coremail web mail (hand-shaped)",
    "qqmail": "QQ mail web (hand-shaped)",
    "python": "plain RFC 2231 + base64 shape (hand-written)",
    "system": "a mail system (DSN/MDN/auto-reply/list), hand-shaped",
}
MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "foxmail": "Foxmail 7.2.19.158[cn]",
    "iphone": "iPhone Mail (18A393)",
    "android": "Huawei Email",
    "mailmaster-raw": "MailMasterAndroid/6.25.3",
    "coremail": "Coremail Webmail Server Version XT5.0.13 build 20200820(a6a9d0a3)",
    "qqmail": "QQMail 2.x",
}


@dataclass
class Att:
    """One attachment: its file name, bytes and MIME type."""

    name: str
    data: bytes
    ctype: str = "application/octet-stream"
    inline_cid: str = ""


@dataclass
class Mail:
    """What one message says; `render` writes it in its client's shape."""

    slug: str
    when: datetime
    sender: str
    sender_name: str
    subject: str
    text: str = ""
    html: str = ""
    client: str = "python"
    to: str = CITY
    cc: str = ""
    atts: list[Att] = field(default_factory=list)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    raw_body: bytes = b""  # a whole hand-written body (multipart/report, calendar)
    raw_ctype: str = ""


def _h(slug: str, n: int = 16) -> str:
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def _b64(data: bytes) -> bytes:
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i : i + 76] for i in range(0, len(enc), 76))


def _enc_word(text: str, charset: str = "utf-8", chunk: int = 15) -> str:
    if all(ord(c) < 128 for c in text):
        return text
    codec = "gbk" if charset == "gb2312" else charset
    words = []
    for i in range(0, len(text), chunk):
        piece = text[i : i + chunk].encode(codec, errors="replace")
        words.append(f"=?{charset}?B?{base64.b64encode(piece).decode()}?=")
    return "\r\n ".join(words)


def _charset(client: str) -> str:
    return {"outlook": "gb2312", "foxmail": "gbk", "mailmaster-raw": "gbk"}.get(client, "utf-8")


def _codec(cs: str) -> str:
    return "gbk" if cs == "gb2312" else cs


def _text_part(body: str, subtype: str, client: str) -> bytes:
    cs = _charset(client)
    data = body.replace("\n", "\r\n").encode(_codec(cs), errors="replace")
    if client in ("applemail", "iphone", "outlook"):
        flowed = "; format=flowed" if client == "applemail" and subtype == "plain" else ""
        head = (
            f'Content-Type: text/{subtype}; charset="{cs}"{flowed}\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ).encode()
        return head + quopri.encodestring(data).replace(b"\n", b"\r\n").replace(b"\r\r", b"\r")
    head = (
        f"Content-Type: text/{subtype}; charset={cs}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    return head + _b64(data)


def _att_part(a: Att, client: str) -> bytes:
    if a.ctype == "message/rfc822":  # a forwarded message travels as it is (8bit)
        return (
            b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="'
            + _enc_word(a.name).encode()
            + b'"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
            + a.data
        )
    cs = _charset(client)
    if a.inline_cid:
        head = (
            f'Content-Type: {a.ctype}; name="{a.name}"\r\n'
            f"Content-ID: <{a.inline_cid}>\r\nContent-Disposition: inline; "
            f'filename="{a.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        ).encode()
        return head + _b64(a.data)
    if all(ord(c) < 128 for c in a.name):
        head = (
            f'Content-Type: {a.ctype}; name="{a.name}"\r\nContent-Disposition: '
            f'attachment; filename="{a.name}"\r\n'
        ).encode()
    elif client == "mailmaster-raw":
        raw = a.name.encode("gbk")
        head = (
            f'Content-Type: {a.ctype}; name="'.encode()
            + raw
            + b'"\r\nContent-Disposition: attachment; filename="'
            + raw
            + b'"\r\n'
        )
    elif client in ("applemail", "python", "iphone"):
        from urllib.parse import quote

        q = quote(a.name.encode("utf-8"), safe="")
        pieces = [q[i : i + 60] for i in range(0, len(q), 60)]
        cont = ";\r\n".join(
            f" filename*{n}*={'utf-8' + chr(39) * 2 if n == 0 else ''}{p}"
            for n, p in enumerate(pieces)
        )
        head = (
            f"Content-Type: {a.ctype};\r\n name*=utf-8''{q}\r\n"
            f"Content-Disposition: attachment;\r\n{cont}\r\n"
        ).encode()
    else:
        w = _enc_word(a.name, cs if client in ("outlook", "foxmail") else "utf-8")
        head = (
            f'Content-Type: {a.ctype};\r\n name="{w}"\r\nContent-Disposition: attachment;'
            f'\r\n filename="{w}"\r\n'
        ).encode()
    return head + b"Content-Transfer-Encoding: base64\r\n\r\n" + _b64(a.data)


def _multipart(subtype: str, parts: list[bytes], boundary: str, extra: str = "") -> bytes:
    out = [
        f'Content-Type: multipart/{subtype};{extra}\r\n\tboundary="{boundary}"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n".encode()
    ]
    for p in parts:
        out.append(f"\r\n--{boundary}\r\n".encode() + p)
    out.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(out)


def _outlook_html(text: str) -> str:
    paras = "".join(
        f"<p class=MsoNormal><span style='font-family:\"微软雅黑\",sans-serif'>{line or '&nbsp;'}"
        "<o:p></o:p></span></p>\r\n"
        for line in text.split("\n")
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;text-align:justify;"
        "font-size:10.5pt;font-family:等线;} @page WordSection1 {size:612.0pt 792.0pt;}"
        "div.WordSection1 {page:WordSection1;}--></style><!--[if gte mso 9]><xml>"
        '<o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>'
        '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:'
        f"punctuation'><div class=WordSection1>{paras}</div></body></html>"
    )


def render(m: Mail) -> bytes:
    """The message's bytes."""
    cs = _charset(m.client)
    hdr = [
        ("Date", format_datetime(m.when)),
        ("From", f"{_enc_word(m.sender_name, cs)} <{m.sender}>" if m.sender_name else m.sender),
        ("To", m.to),
    ]
    if m.cc:
        hdr.append(("Cc", m.cc))
    hdr += [
        ("Subject", _enc_word(m.subject, cs)),
        ("Message-ID", f"<{_h(m.slug, 24)}@{m.sender.split('@')[-1]}>"),
        ("MIME-Version", "1.0"),
    ]
    if m.client in MAILERS:
        hdr.append(("X-Mailer", MAILERS[m.client]))
    if m.client == "applemail":
        hdr[-1] = ("Mime-Version", "1.0 (Mac OS X Mail 13.4 \\(3608.120.23.2.4\\))")
    if m.client == "outlook":
        hdr += [("Thread-Index", "AdayK" + _h(m.slug + "t", 20)), ("Content-Language", "zh-cn")]
    hdr += m.extra_headers
    head = "".join(f"{k}: {v}\r\n" for k, v in hdr).encode()
    if m.raw_body:
        return head + f"Content-Type: {m.raw_ctype}\r\n\r\n".encode() + m.raw_body
    b = _h(m.slug + "b", 12)
    html = m.html or (_outlook_html(m.text) if m.client == "outlook" else "")
    if m.client == "qqmail" and not html:
        html = "<div>" + "</div><div>".join(m.text.split("\n")) + "</div>"
    if html:
        body = _multipart(
            "alternative",
            [_text_part(m.text, "plain", m.client), _text_part(html, "html", m.client)],
            f"----=_alt_{b}",
        )
    else:
        body = _text_part(m.text, "plain", m.client)
    inline = [a for a in m.atts if a.inline_cid]
    files = [a for a in m.atts if not a.inline_cid]
    if inline:
        body = _multipart(
            "related",
            [body] + [_att_part(a, m.client) for a in inline],
            f"----=_rel_{b}",
            ' type="multipart/alternative";',
        )
    if files:
        body = _multipart(
            "mixed", [body] + [_att_part(a, m.client) for a in files], f"----=_mix_{b}"
        )
    return head + body
