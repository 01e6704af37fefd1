# ruff: noqa: E501
"""Mail for set28 (set9's plumbing, extended: RFC 2231 GB18030 names, style "rfc2231-gb18030"): real mail programs (gen/real.py) and, for web
mail and desktop clients that cannot be run here, bytes written in their shapes.

Clients (headers, nesting, boundaries, charsets and file-name encodings as each writes
them): Outlook 2016 (gb2312-labelled GBK, MSO HTML, Content-Description and size=/
creation-date= parameters, X-MS-TNEF-Correlator with no TNEF), Foxmail 7.2 (GBK,
----=_001_NextPart boundaries), 163/126 Coremail web mail (GBK, long encoded-word file names
folded over several lines inside the quotes), QQ mail web (GB18030, ----=_NextPart),
QQ邮箱 iPhone app (UTF-8 HTML), iPhone Mail (Apple-Mail-UUID boundaries, quoted-printable,
RFC 2231 names), Thunderbird 78 (UTF-8 8bit format=flowed, RFC 2231 continuations), the
Windows 10 Mail app, and a Big5 vendor mail; set7 adds Outlook for Mac 16 (UTF-8
quoted-printable, B_ boundaries), an Android mail app (Huawei Email, UTF-8 base64, raw
UTF-8 file names), WPS 365 web mail (Coremail-based, UTF-8 quoted-printable), file names as
raw GBK bytes inside the quotes and as RFC 2231 UTF-8 without a name= parameter.
Date, Message-ID and boundaries are derived
from the message slug: no clock.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import quote

CITY = "jyj-zcjk01@ta.shandong.cn"
RSJ = "rsjzjk@ta.shandong.cn"

CLIENTS = {
    "outlook": "Outlook 2016 (hand-shaped)",
    "foxmail": "Foxmail 7.2 (hand-shaped)",
    "coremail": "163/126 Coremail web mail, GBK (hand-shaped)",
    "coremail-gov": "government Coremail web mail, UTF-8 (hand-shaped)",
    "qqweb": "QQ mail web, GB18030 (hand-shaped)",
    "qqmobile": "QQ邮箱 iPhone app (hand-shaped)",
    "iphone": "iPhone Mail (hand-shaped)",
    "thunderbird": "Thunderbird 78 (hand-shaped)",
    "win10": "Windows 10 Mail app (hand-shaped)",
    "big5": "a Big5 web mail (hand-shaped)",
    "outlook-mac": "Outlook for Mac 16 (hand-shaped)",
    "android": "Android Huawei Email app (hand-shaped)",
    "wps": "WPS 365 web mail, Coremail-based, UTF-8 (hand-shaped)",
    "system": "a mail system (DSN/MDN/auto-reply/list), hand-shaped",
    "neomutt": "NeoMutt 20220429 (real, batch mode)",
    "snail": "s-nail 14.9.24 (real)",
    "nodemailer": "nodemailer 6 (real, streamTransport)",
    "py-compat32": "Python email, compat32 policy (real)",
    "py-smtp": "Python email, SMTP policy (real)",
    "coremail-gb2312": "163/126 Coremail web mail declaring gb2312, GBK bytes (hand-shaped)",
}
REAL = {"neomutt", "snail", "nodemailer", "py-compat32", "py-smtp"}
CHARSET = {
    "outlook": "gb2312",
    "foxmail": "GBK",
    "coremail": "GBK",
    "qqweb": "gb18030",
    "big5": "big5",
    "coremail-gb2312": "gb2312",
}
CODEC = {"gb2312": "gbk", "GBK": "gbk", "gb18030": "gb18030", "big5": "big5"}


@dataclass
class Att:
    """One attachment: file name, bytes, MIME type; `style` overrides the client's naming."""

    name: str
    data: bytes
    ctype: str = "application/octet-stream"
    inline_cid: str = ""
    style: str = ""  # "" (the client's own), "rfc2231-gbk", "rfc2231-utf8", "raw-gbk", "raw-utf8"


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
    client: str = "foxmail"
    to: str = CITY
    cc: str = ""
    atts: list[Att] = field(default_factory=list)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    raw_body: bytes = b""  # a whole hand-written body (multipart/report)
    raw_ctype: str = ""
    html_only: bool = False
    charset: str = ""  # real programs: the charset to send in
    enc: str = ""  # real programs: the text's transfer encoding where they take one


def _h(slug: str, n: int = 16) -> str:
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def _b64(data: bytes) -> bytes:
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i : i + 76] for i in range(0, len(enc), 76))


def enc_word(text: str, charset: str = "utf-8", chunk: int = 12, sep: str = "\r\n ") -> str:
    """RFC 2047 words of `chunk` characters, joined by `sep` (folded by default)."""
    if all(ord(c) < 128 for c in text):
        return text
    codec = CODEC.get(charset, charset)
    words = []
    for i in range(0, len(text), chunk):
        piece = text[i : i + chunk].encode(codec, errors="replace")
        words.append(f"=?{charset}?B?{base64.b64encode(piece).decode()}?=")
    return sep.join(words)


def _text_part(body: str, subtype: str, client: str) -> bytes:
    cs = CHARSET.get(client, "utf-8")
    data = body.replace("\n", "\r\n").encode(CODEC.get(cs, cs), errors="replace")
    if client == "thunderbird":
        flowed = "; format=flowed" if subtype == "plain" else ""
        head = f"Content-Type: text/{subtype}; charset=UTF-8{flowed}\r\n"
        return (head + "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + data
    if client in ("iphone", "outlook", "foxmail", "outlook-mac", "wps") and not (
        client == "foxmail" and subtype == "plain"
    ):
        head = (
            f'Content-Type: text/{subtype}; charset="{cs}"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ).encode()
        return head + quopri.encodestring(data).replace(b"\n", b"\r\n").replace(b"\r\r", b"\r")
    quoted = f'"{cs}"' if client in ("foxmail", "qqweb", "qqmobile") else cs
    head = (
        f"Content-Type: text/{subtype}; charset={quoted}\r\nContent-Transfer-Encoding: "
        "base64\r\n\r\n"
    )
    return head.encode() + _b64(data)


def _rfc2231(name: str, charset: str, codec: str, width: int = 54) -> str:
    chars = [quote(c.encode(codec), safe="") for c in name]  # never split a character
    pieces, cur = [], ""
    for c in chars:
        if len(cur) + len(c) > width:
            pieces.append(cur)
            cur = ""
        cur += c
    pieces.append(cur)
    q = "".join(pieces)
    if len(pieces) == 1:
        return f" filename*={charset}''{q}"
    return ";\r\n".join(
        f" filename*{n}*={charset + chr(39) * 2 if n == 0 else ''}{p}" for n, p in enumerate(pieces)
    )


def _att_part(a: Att, client: str, when: datetime) -> bytes:
    if a.ctype == "message/rfc822":  # a forwarded message travels as it is
        return (
            b'Content-Type: message/rfc822;\r\n name="'
            + enc_word(a.name, CHARSET.get(client, "utf-8")).encode()
            + b'"\r\nContent-Disposition: attachment;\r\n filename="'
            + enc_word(a.name, CHARSET.get(client, "utf-8")).encode()
            + b'"\r\n\r\n'
            + a.data
        )
    cs = CHARSET.get(client, "utf-8")
    if a.inline_cid:
        head = (
            f'Content-Type: {a.ctype}; name="{a.name}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-ID: <{a.inline_cid}>\r\nContent-Disposition: inline; filename="{a.name}"\r\n'
        )
        return (head + "\r\n").encode() + _b64(a.data)
    ascii_name = all(ord(c) < 128 for c in a.name)
    if a.style in ("raw-gbk", "raw-utf8") and not ascii_name:  # 8-bit bytes in the quotes
        codec = "gbk" if a.style == "raw-gbk" else "utf-8"
        head_b = (
            f'Content-Type: {a.ctype};\r\n\tname="'.encode()
            + a.name.encode(codec)
            + b'"\r\nContent-Disposition: attachment;\r\n\tfilename="'
            + a.name.encode(codec)
            + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        )
        return head_b + _b64(a.data)
    if a.style == "rfc2231-utf8" and not ascii_name:  # no name= at all (some Android apps)
        head = f"Content-Type: {a.ctype}\r\nContent-Disposition: attachment;\r\n"
        head += _rfc2231(a.name, "utf-8", "utf-8", 60) + "\r\n"
    elif a.style == "rfc2231-gbk":
        head = f"Content-Type: {a.ctype}\r\nContent-Disposition: attachment;\r\n"
        head += _rfc2231(a.name, "GBK", "gbk") + "\r\n"
    elif a.style == "rfc2231-gb18030":  # set28: QQ mail web, RFC 2231 GB18030 with a name=
        w = enc_word(a.name, "gb18030", 20, "")
        head = f'Content-Type: {a.ctype};\r\n\tname="{w}"\r\nContent-Disposition: attachment;\r\n'
        head += _rfc2231(a.name, "gb18030", "gb18030") + "\r\n"
    elif ascii_name:
        head = (
            f'Content-Type: {a.ctype};\r\n\tname="{a.name}"\r\n'
            f'Content-Disposition: attachment;\r\n\tfilename="{a.name}"\r\n'
        )
    elif client in ("iphone", "thunderbird"):
        word = enc_word(a.name, "UTF-8", 40)
        mode = "; x-unix-mode=0644" if client == "iphone" else ""
        head = (
            f'Content-Type: {a.ctype}{mode};\r\n name="{word}"\r\n'
            "Content-Disposition: attachment;\r\n"
        )
        head += _rfc2231(a.name, "UTF-8", "utf-8") + "\r\n"
    elif client == "outlook":
        w = enc_word(a.name, cs, 12)
        stamp = format_datetime(when)
        head = (
            f'Content-Type: {a.ctype};\r\n\tname="{w}"\r\nContent-Description: {w}\r\n'
            f'Content-Disposition: attachment;\r\n\tfilename="{w}"; size={len(a.data)};\r\n'
            f'\tcreation-date="{stamp}";\r\n\tmodification-date="{stamp}"\r\n'
        )
    elif client in (
        "coremail",
        "coremail-gb2312",
    ):  # long names: many short words folded inside the quotes
        w = enc_word(a.name, cs, 6, "\r\n\t")
        head = (
            f'Content-Type: {a.ctype}; \r\n\tname="{w}"\r\n'
            f'Content-Disposition: attachment; \r\n\tfilename="{w}"\r\n'
        )
    else:
        w = enc_word(a.name, cs if client in CHARSET else "utf-8", 20, "")
        head = (
            f'Content-Type: {a.ctype};\r\n\tname="{w}"\r\n'
            f'Content-Disposition: attachment;\r\n\tfilename="{w}"\r\n'
        )
    return (head + "Content-Transfer-Encoding: base64\r\n\r\n").encode() + _b64(a.data)


def _boundary(client: str, slug: str, level: str) -> str:
    h = _h(slug + level, 32).upper()
    return {
        "outlook": f"_{'004' if level == 'mix' else '000'}_HK0PR03MB{h[:12]}apcprd03prod_",
        "foxmail": f"----=_{'001' if level == 'mix' else '002'}_NextPart{int(h[:10], 16)}_=----",
        "coremail": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}.1604{int(h[15:20], 16)}",
        "coremail-gb2312": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}"
        f".1603{int(h[15:20], 16)}",
        "coremail-gov": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}.1604{int(h[15:20], 16)}",
        "qqweb": f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}",
        "qqmobile": f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}",
        "iphone": f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
        "thunderbird": "------------" + h[:24],
        "win10": f"_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}_",
        "outlook-mac": f"B_{int(h[:8], 16) % 10**10}_{int(h[8:16], 16) % 10**10}",
        "android": f"--_com.android.email_{int(h[:12], 16)}",
        "wps": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}.1605{int(h[15:20], 16)}",
    }.get(client, f"=_{level}_{h[:20]}")


def _multipart(
    subtype: str, parts: list[bytes], boundary: str, client: str, extra: str = ""
) -> bytes:
    pre = (
        ""
        if client in ("iphone", "thunderbird", "win10", "outlook-mac", "android")
        else "This is a multi-part message in MIME format.\r\n"
    )
    out = [
        f'Content-Type: multipart/{subtype};{extra}\r\n\tboundary="{boundary}"\r\n\r\n'
        f"{pre}".encode()
    ]
    for p in parts:
        out.append(f"\r\n--{boundary}\r\n".encode() + p)
    out.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(out)


def outlook_html(text: str, links: dict[str, str] | None = None) -> str:
    """Outlook 2016's HTML for a plain text, with `links` (text -> href) as anchors."""
    from html import escape

    lines = []
    for line in text.split("\n"):
        h = escape(line) or "&nbsp;"
        for t, href in (links or {}).items():
            h = h.replace(escape(t), f'<a href="{escape(href)}">{escape(t)}</a>')
        lines.append(
            "<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt;font-family:"
            f'"仿宋",serif;mso-bidi-font-family:宋体\'>{h}<o:p></o:p></span></p>\r\n'
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
        'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta '
        'name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\r\n'
        "/* Font Definitions */ @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}\r\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; "
        "text-justify:inter-ideograph; font-size:10.5pt; font-family:等线;}\r\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\r\n"
        ".MsoChpDefault {mso-style-type:export-only;}\r\n@page WordSection1 {size:612.0pt "
        "792.0pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}\r\ndiv.WordSection1 "
        "{page:WordSection1;}\r\n--></style><!--[if gte mso 9]><xml>\r\n<o:shapedefaults "
        'v:ext="edit" spidmax="1026" />\r\n</xml><![endif]--></head><body lang=ZH-CN '
        'link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
        f"<div class=WordSection1>{''.join(lines)}</div></body></html>"
    )


def _headers(m: Mail) -> list[tuple[str, str]]:
    cs = CHARSET.get(m.client, "utf-8")
    name_cs = "UTF-8" if m.client == "thunderbird" else cs
    frm = (
        f'"{enc_word(m.sender_name, name_cs, 12, " ")}" <{m.sender}>' if m.sender_name else m.sender
    )
    dom = m.sender.split("@")[-1]
    hdr = [("Date", format_datetime(m.when)), ("From", frm), ("To", m.to)]
    if m.cc:
        hdr.append(("Cc", m.cc))
    hdr.append(("Subject", enc_word(m.subject, name_cs, 14)))
    mid = _h(m.slug, 24)
    per = {
        "outlook": [
            ("Thread-Topic", enc_word(m.subject, cs, 14)),
            ("Thread-Index", "AQHWs" + _h(m.slug + "t", 22) + "=="),
            (
                "Message-ID",
                f"<HK0PR03MB{mid[:14].upper()}@HK0PR03MB{mid[14:].upper()}.apcprd03.prod.outlook.com>",
            ),
            ("Accept-Language", "zh-CN, en-US"),
            ("Content-Language", "zh-CN"),
            ("X-MS-Has-Attach", "yes" if m.atts else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        "foxmail": [
            ("X-Priority", "3"),
            (
                "X-GUID",
                f"{mid[:8].upper()}-{mid[8:12].upper()}-{mid[12:16].upper()}-{mid[16:24].upper()}",
            ),
            ("X-Has-Attach", "yes" if m.atts else "no"),
            ("X-Mailer", "Foxmail 7.2.18.95[cn]"),
            ("Message-ID", f"<2020{mid[:10]}{int(mid[10:16], 16)}@{dom}>"),
        ],
        "coremail": [
            ("X-Priority", "3"),
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20200820(a6a9d0a3)"),
            (
                "X-Originating-IP",
                f"[60.{int(mid[:2], 16)}.{int(mid[2:4], 16)}.{int(mid[4:6], 16)}]",
            ),
            ("Message-ID", f"<{mid[:8]}.{int(mid[8:12], 16)}.1759{mid[12:16]}@{dom}>"),
            ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", "_____wD" + mid[:16] + "--.1"),
        ],
        "coremail-gov": [
            ("X-Mailer", "Coremail Webmail Server Version XT6.0.1 build 20200612(5e4c7c6b)"),
            (
                "Message-ID",
                f"<{mid[:8]}.{int(mid[8:12], 16)}.175a{mid[12:16]}.Coremail.{m.sender}>",
            ),
            ("X-Coremail-Locale", "zh_CN"),
        ],
        "qqweb": [
            ("X-QQ-mid", "xmsezc" + mid[:20]),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"),
            ("Message-ID", f"<tencent_{mid.upper()}@qq.com>"),
        ],
        "qqmobile": [
            ("X-QQ-mid", "xmseza" + mid[:20]),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail iPhone 5.7.3"),
            ("Message-ID", f"<tencent_{mid.upper()}@qq.com>"),
        ],
        "iphone": [
            (
                "Message-Id",
                f"<{mid[:8].upper()}-{mid[8:12].upper()}-{mid[12:16].upper()}-{mid[16:24].upper()}@{dom}>",
            ),
            ("X-Mailer", "iPhone Mail (18A393)"),
        ],
        "thunderbird": [
            ("Message-ID", f"<{mid[:8]}-{mid[8:12]}-{mid[12:16]}-{mid[16:24]}@{dom}>"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                "Thunderbird/78.4.0",
            ),
            ("Content-Language", "zh-CN"),
        ],
        "win10": [("Message-ID", f"<{mid[:8]}.{mid[8:16]}@{dom}>")],
        "outlook-mac": [
            ("User-Agent", "Microsoft-MacOutlook/16.42.20101102"),
            ("Thread-Topic", enc_word(m.subject, "UTF-8", 14)),
            ("Thread-Index", "AQHWt" + _h(m.slug + "t", 22) + "=="),
            ("Message-ID", f"<{mid[:8].upper()}-{mid[8:12].upper()}-{mid[12:16].upper()}@{dom}>"),
        ],
        "android": [
            ("Message-ID", f"<{int(mid[:14], 16)}.{int(mid[14:20], 16)}.JavaMail.android@{dom}>"),
            ("X-Mailer", "HUAWEI Email 11.0.1.302"),
            ("Importance", "Normal"),
        ],
        "wps": [
            ("X-Mailer", "WPS 365 Mail (Coremail XT6.0.3)"),
            ("Message-ID", f"<{mid[:10]}.{int(mid[10:14], 16)}.wps365.{m.sender}>"),
        ],
    }.get(m.client.replace("-gb2312", ""), [("Message-ID", f"<{mid}@{dom}>")])
    hdr += per
    hdr.append(("MIME-Version", "1.0 (1.0)" if m.client == "iphone" else "1.0"))
    return hdr + m.extra_headers


def _real(m: Mail) -> bytes:
    from .real import produce

    mid = f"<{_h(m.slug, 24)}@{m.sender.split('@')[-1]}>"
    job = {
        "slug": m.slug,
        "when": m.when,
        "iso": m.when.isoformat(),
        "mid": mid,
        "sender": m.sender,
        "sender_name": m.sender_name,
        "to": m.to,
        "cc": m.cc,
        "subject": m.subject,
        "text": m.text,
        "html": m.html,
        "charset": m.charset,
        "enc": m.enc,
        "headers": m.extra_headers,
        "atts": [{"name": a.name, "data": a.data, "ctype": a.ctype} for a in m.atts],
    }
    return produce(m.client, job)


def render(m: Mail) -> bytes:
    """The message's bytes."""
    if m.client in REAL:
        return _real(m)
    head = "".join(f"{k}: {v}\r\n" if v else f"{k}:\r\n" for k, v in _headers(m)).encode()
    if m.raw_body:
        return head + f"Content-Type: {m.raw_ctype}\r\n\r\n".encode() + m.raw_body
    html = m.html or (outlook_html(m.text) if m.client == "outlook" else "")
    if not html and m.client in (
        "foxmail",
        "coremail",
        "coremail-gb2312",
        "coremail-gov",
        "qqweb",
        "qqmobile",
        "win10",
        "outlook-mac",
        "android",
        "wps",
    ):
        from html import escape

        html = (
            "<div>" + "</div><div>".join(escape(x) or "<br>" for x in m.text.split("\n")) + "</div>"
        )
        cs = CHARSET.get(m.client, "utf-8")
        html = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            f"</head><body>{html}</body></html>"
        )
    if m.html_only:
        body = _text_part(html, "html", m.client)
    elif html:
        body = _multipart(
            "alternative",
            [_text_part(m.text, "plain", m.client), _text_part(html, "html", m.client)],
            _boundary(m.client, m.slug, "alt"),
            m.client,
        )
    else:
        body = _text_part(m.text, "plain", m.client)
    inline = [a for a in m.atts if a.inline_cid]
    files = [a for a in m.atts if not a.inline_cid]
    if inline:
        body = _multipart(
            "related",
            [body] + [_att_part(a, m.client, m.when) for a in inline],
            _boundary(m.client, m.slug, "rel"),
            m.client,
            ' type="multipart/alternative";',
        )
    if files:
        body = _multipart(
            "mixed",
            [body] + [_att_part(a, m.client, m.when) for a in files],
            _boundary(m.client, m.slug, "mix"),
            m.client,
        )
    return head + body
