# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""Hand-shaped imitations of the mail clients Chinese offices use, written byte by byte from
what those clients are known to emit: Foxmail, Outlook, QQ mail, 163/126 Coremail webmail,
iPhone Mail sharing a WeChat file, and WeChat chat-record forwards; plus the machine mail
(auto-replies, MDN and plain read receipts, delivery reports, list mail).

Every function returns raw bytes with LF line ends; clients.finish stamps Date/Message-ID and
the receiving server's trace headers.
"""

from __future__ import annotations

import base64
import quopri
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from .content import rng

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/x-zip-compressed",
    "7z": "application/x-7z-compressed",
    "jpg": "image/jpeg",
    "png": "image/png",
    "txt": "text/plain",
    "eml": "message/rfc822",
}


def ew(text: str, charset: str = "gbk", q: bool = False, chunk: int = 12) -> str:
    """RFC 2047 encoded words, split every `chunk` characters (never inside a character)."""
    if not text:
        return ""
    if text.isascii():
        return text
    words = []
    for i in range(0, len(text), chunk):
        raw = text[i : i + chunk].encode(charset)
        if q:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else f"={b:02X}" for b in raw)
            words.append(f"=?{charset}?Q?{body}?=")
        else:
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
    return "\n ".join(words)


def b64(data: bytes) -> str:
    """Base64 in 76-column lines."""
    s = base64.b64encode(data).decode()
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def qp(text: str, charset: str) -> str:
    """Quoted-printable of text in charset."""
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode()


def mime_of(name: str) -> str:
    """The Content-Type a client would give a file name."""
    return MIME.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")


@dataclass
class Att:
    """An attachment as a client writes it; style picks the file-name encoding."""

    name: str
    data: bytes
    style: str = "rfc2047"  # rfc2047 | rfc2231 | rfc2231-cont | raw | noname-ct
    charset: str = "gbk"
    cid: str | None = None
    ctype: str | None = None
    cte: str = "base64"


def att_part(a: Att) -> str:
    """One attachment part."""
    ctype = a.ctype or mime_of(a.name)
    disp = "inline" if a.cid else "attachment"
    lines = []
    if a.style == "rfc2047":
        n = ew(a.name, a.charset)
        lines += [
            f'Content-Type: {ctype};\n\tname="{n}"',
            f'Content-Disposition: {disp};\n\tfilename="{n}"',
        ]
    elif a.style == "rfc2231":
        enc = quote(a.name.encode(a.charset), safe="._-")
        lines += [
            f"Content-Type: {ctype}",
            f"Content-Disposition: {disp};\n\tfilename*={a.charset}''{enc}",
        ]
    elif a.style == "rfc2231-cont":
        enc = quote(a.name.encode(a.charset), safe="._-")
        tokens = re.findall(r"%[0-9A-F]{2}|.", enc)  # never split inside a %XX escape
        parts = ["".join(tokens[i : i + 18]) for i in range(0, len(tokens), 18)]
        conts = ";\n ".join(
            f"filename*{i}*={a.charset}''{p}" if i == 0 else f"filename*{i}*={p}"
            for i, p in enumerate(parts)
        )
        lines += [
            f'Content-Type: {ctype}; x-unix-mode=0644;\n\tname="{ew(a.name, "utf-8")}"',
            f"Content-Disposition: {disp};\n {conts}",
        ]
    elif a.style == "noname-ct":  # name only on Content-Type (older Outlook Express, some CRMs)
        lines += [f'Content-Type: {ctype};\n\tname="{ew(a.name, a.charset)}"']
    if a.cid:
        lines.append(f"Content-ID: <{a.cid}>")
    if a.cte == "base64":
        lines.append("Content-Transfer-Encoding: base64")
        payload = b64(a.data)
    else:  # 7bit text
        lines.append(f"Content-Transfer-Encoding: {a.cte}")
        payload = a.data.decode("latin-1")
    return "\n".join(lines) + "\n\n" + payload + "\n"


def text_part(text: str, charset: str, cte: str = "base64", subtype: str = "plain") -> str:
    """A text/plain or text/html part."""
    head = f'Content-Type: text/{subtype};\n\tcharset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    if cte == "base64":
        return head + b64(text.encode(charset)) + "\n"
    if cte == "quoted-printable":
        return head + qp(text, charset) + "\n"
    return head + text + "\n"


def multipart(subtype: str, parts: list[str], boundary: str, preamble: str = "") -> str:
    """A multipart body with its own Content-Type line on top."""
    out = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"', ""]
    if preamble:
        out += [preamble, ""]
    for p in parts:
        out += [f"--{boundary}", p]
    out.append(f"--{boundary}--\n")
    return "\n".join(out)


def boundary(style: str, key: str) -> str:
    """A boundary in the client's own shape, seeded by key."""
    r = rng(style, key)
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    h = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))  # noqa: E731
    return {
        "foxmail": f"----=_001_NextPart{d(12)}_=----",
        "outlook": f"----=_NextPart_000_{h(4)}_01D6B{h(3)}.{h(8)}",
        "qq": f"----=_NextPart_5FA{h(5)}_{h(8)}_{h(8)}",
        "coremail": f"----=_Part_{d(6)}_{d(9)}.{d(13)}",
        "apple": f"Apple-Mail-{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}",
        "report": f"{d(10)}/mx.ta.shandong.cn",
    }[style]


@dataclass
class Mail:
    """What a person put into a web mail or desktop client."""

    from_addr: str
    from_name: str
    to: list[str]
    subject: str
    text: str = ""
    html: str = ""
    cc: list[str] = field(default_factory=list)
    atts: list[Att] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # more header lines
    charset: str = "gbk"


CLIENT_HEADERS = {
    "foxmail": [
        "X-Priority: 3",
        "X-GUID: {guid}",
        "X-Has-Attach: {has}",
        "X-Mailer: Foxmail 7.2.19.158[cn]",
        "Mime-Version: 1.0",
    ],
    "outlook": [
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdayF{guid8}==",
        "Content-Language: zh-cn",
    ],
    "qq": [
        "X-QQ-FEAT: {guid}",
        "X-QQ-SSF: 00010000000000F000000000000000Z",
        "X-QQ-mid: bizesmtp{guid8}t1604{guid8}",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
        "Mime-Version: 1.0",
    ],
    "coremail": [
        "X-Originating-IP: [27.222.{ip}]",
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.13 build 20200630(e5b3e2b6)\n Copyright (c) 2002-2020 www.mailtech.cn {brand}",
        "X-CM-CTRLDATA: {guid}",
        "MIME-Version: 1.0",
        "X-Coremail-Locale: zh_CN",
        "X-CM-TRANSID: {guid8}_____wD3{guid8}",
    ],
    "apple": ["Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (18A393)"],
    "wechat": ["MIME-Version: 1.0", "X-Mailer: WeChat Mail Forward 7.0.20"],
}


def compose(client: str, m: Mail, key: str, *, brand: str = "163com") -> bytes:
    """The whole message as `client` writes it."""
    r = rng(client, key)
    guid = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
    cs = m.charset
    qname = ew(m.from_name, cs)
    fmt = {
        "guid": guid,
        "guid8": guid[:8],
        "has": "yes" if m.atts else "no",
        "ip": f"{r.randint(1, 250)}.{r.randint(1, 250)}",
        "brand": brand,
    }
    if client == "qq" or client == "coremail":
        frm = f'From: "{qname}" <{m.from_addr}>'
    else:
        frm = f'From: "{qname}" <{m.from_addr}>' if m.from_name else f"From: {m.from_addr}"
    heads = [frm, "To: " + ", ".join(f'"{a}" <{a}>' if client == "qq" else a for a in m.to)]
    if m.cc:
        heads.append("Cc: " + ", ".join(m.cc))
    if m.subject:
        heads.append(f"Subject: {ew(m.subject, cs)}")
    elif client in ("outlook", "foxmail"):
        heads.append("Subject: ")
    heads += [h.format(**fmt) for h in CLIENT_HEADERS[client]]
    heads += m.extra
    body_parts: list[str] = []
    inline = [a for a in m.atts if a.cid]
    files = [a for a in m.atts if not a.cid]
    b = lambda n: boundary({"wechat": "qq"}.get(client, client), f"{key}{n}")  # noqa: E731
    if m.html:
        cte = "quoted-printable" if client == "outlook" else "base64"
        if m.text:
            alt = multipart(
                "alternative",
                [text_part(m.text, cs, "base64"), text_part(m.html, cs, cte, "html")],
                b(1),
            )
        else:  # HTML only, as Outlook and some web mail send it
            alt = text_part(m.html, cs, cte, "html")
        if inline:
            alt = multipart("related", [alt, *[att_part(a) for a in inline]], b(2))
        body_parts.append(alt)
    elif m.text or not files:
        body_parts.append(
            text_part(m.text, cs, "base64" if client != "apple" else "quoted-printable")
        )
    body_parts += [att_part(a) for a in files]
    if len(body_parts) == 1 and not files:
        body = body_parts[0]
    else:
        body = multipart("mixed", body_parts, b(0), "This is a multi-part message in MIME format.")
    return ("\n".join(heads) + "\n" + body).encode("latin-1")


def rfc822_part(inner: bytes, *, b64_encoded: bool = False, name: str | None = None) -> Att:
    """A whole message attached to another: 7bit as Thunderbird/Outlook attach it, or base64
    (Coremail and some gateways do that), with an .eml name when the client gives one."""
    if b64_encoded:
        return Att(name or "原邮件.eml", inner, style="rfc2047", ctype="message/rfc822")
    return Att(name or "forward.eml", inner, style="rfc2047", ctype="message/rfc822", cte="7bit")


def quoted_header(style: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The block a client puts above a forwarded or replied-to message."""
    if style == "outlook":
        return f"\n-----原始邮件-----\n发件人: {frm}\n发送时间: {sent}\n收件人: {to}\n主题: {subject}\n\n"
    if style == "qq":
        return f"\n\n------------------ 原始邮件 ------------------\n发件人: {frm};\n发送时间: {sent}\n收件人: {to};\n主题: {subject}\n\n"
    if style == "coremail":
        return f"\n\n-------- 转发邮件信息 --------\n发件人：{frm}\n发送日期：{sent}\n收件人：{to}\n主题：{subject}\n\n"
    return f"\n\nFrom: {frm}\nDate: {sent}\nTo: {to}\nSubject: {subject}\n\n"  # foxmail


# --- machine mail -----------------------------------------------------------------------


def auto_reply(
    frm: str,
    name: str,
    to: str,
    subject: str,
    text: str,
    *,
    auto_submitted: bool,
    extra: list[str] = (),
) -> bytes:
    """An out-of-office or 自动回复 message; some servers mark it Auto-Submitted, some don't."""
    heads = [f'From: "{ew(name, "gbk")}" <{frm}>', f"To: {to}", f"Subject: {ew(subject, 'gbk')}"]
    if auto_submitted:
        heads += ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk"]
    heads += [*extra, "MIME-Version: 1.0"]
    return ("\n".join(heads) + "\n" + text_part(text, "gbk")).encode()


def mdn(frm: str, to: str, subject: str, orig_id: str, key: str) -> bytes:
    """An RFC 8098 read receipt (multipart/report; disposition-notification)."""
    bd = boundary("report", key)
    human = f"这是邮件回执：您发给 {frm} 的邮件“{subject}”已被打开。\n"
    notif = (
        f"Reporting-UA: mail.ta.shandong.cn; Coremail\nOriginal-Recipient: rfc822;{frm}\n"
        f"Final-Recipient: rfc822;{frm}\nOriginal-Message-ID: <{orig_id}>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )
    heads = [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {ew('已读: ' + subject, 'utf-8')}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{bd}"',
        "",
    ]
    body = [
        f"--{bd}",
        text_part(human, "utf-8"),
        f"--{bd}",
        "Content-Type: message/disposition-notification\n",
        notif,
        f"--{bd}--",
        "",
    ]
    return "\n".join(heads + body).encode()


def dsn(to_failed: str, orig_subject: str, orig_id: str, key: str, city: str) -> bytes:
    """A Postfix delivery-status report for a reminder the city sent to a dead address."""
    bd = boundary("report", key)
    orig = f"From: {city}\nTo: {to_failed}\nSubject: {ew(orig_subject, 'utf-8')}\nMessage-ID: <{orig_id}>\n"
    status = (
        "Reporting-MTA: dns; mx.ta.shandong.cn\nArrival-Date: Wed,  4 Nov 2020 09:00:03 +0800 (CST)\n\n"
        f"Final-Recipient: rfc822; {to_failed}\nOriginal-Recipient: rfc822;{to_failed}\nAction: failed\n"
        "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    )
    text = (
        "This is the mail system at host mx.ta.shandong.cn.\n\nI'm sorry to have to inform you that your "
        f"message could not\nbe delivered to one or more recipients.\n\n<{to_failed}>: host mail said: 550 5.1.1 User unknown\n"
    )
    heads = [
        "From: MAILER-DAEMON@mx.ta.shandong.cn (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        f"To: {city}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bd}"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    body = [
        f"--{bd}",
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n",
        text,
        f"--{bd}",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n",
        status,
        f"--{bd}",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n",
        orig,
        f"--{bd}--",
        "",
    ]
    return "\n".join(heads + body).encode()
