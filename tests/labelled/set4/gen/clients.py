"""Mail clients: real programs (neomutt, s-nail, PHPMailer, nodemailer, Python's email)
and hand-shaped imitations of what Foxmail, Outlook 2016, QQ mail, 163/126 Coremail, Sina,
WeChat's 转发到邮箱, iPhone Mail and 网易邮箱大师 put on the wire.

`render(mail)` returns the message bytes. Real clients stamp their own Date, Message-ID,
boundaries and Content-IDs; `_normalise` replaces exactly those with values derived from
the message, so the set is reproducible.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import datetime

from .mimeparts import (
    Part,
    addr,
    attachment,
    b64,
    boundary,
    date_header,
    enc_words,
    text_part,
)
from .realclients import neomutt, nodemailer, phpmailer, python_email, snail
from .tnef import winmail_dat

CITY = ("泰安市教育局职成高教科", "jyj-zcjk01@ta.shandong.cn")


@dataclass
class Mail:
    """One message before rendering."""

    client: str
    frm: tuple[str, str]
    subject: str | None
    when: datetime
    text: str = ""
    html: str | None = None
    html_only: bool = False
    files: list[tuple[str, bytes]] = field(default_factory=list)
    inline: list[tuple[str, str, bytes]] = field(default_factory=list)  # (cid, name, data)
    to: list[tuple[str, str]] = field(default_factory=lambda: [CITY])
    cc: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    forward: bytes | None = None  # a whole message attached as message/rfc822
    forward_name: str = ""
    in_reply_to: str = ""
    msgid: str = ""
    tnef: bool = False

    def seed(self) -> str:
        return f"{self.when.isoformat()}|{self.frm[1]}|{self.subject}"


def _h(mail: Mail, n: int = 10) -> str:
    return hashlib.sha256(mail.seed().encode()).hexdigest()[:n]


def _common(mail: Mail, charset: str, chunk: int, quote: bool = False) -> list[tuple[str, str]]:
    heads = [
        ("Date", date_header(mail.when)),
        ("From", addr(*mail.frm, charset=charset, chunk=chunk, quote=quote)),
        ("To", ", ".join(addr(n, e, charset, chunk, quote) for n, e in mail.to)),
    ]
    if mail.cc:
        heads.append(("Cc", ", ".join(addr(n, e, charset, chunk, quote) for n, e in mail.cc)))
    if mail.subject is not None:
        heads.append(("Subject", enc_words(mail.subject, charset, "B", chunk)))
    heads.append(("Message-ID", f"<{mail.msgid}>"))
    if mail.in_reply_to:
        heads += [("In-Reply-To", f"<{mail.in_reply_to}>"), ("References", f"<{mail.in_reply_to}>")]
    return heads


def _body(mail: Mail, charset: str, cte: str, bnd: str, inline_style: str = "2047") -> Part:
    """text (+html) (+related inline images) the way most webmail clients nest them."""
    parts: list[Part] = []
    if not mail.html_only:
        parts.append(text_part(mail.text, "plain", charset, cte))
    if mail.html is not None:
        html = text_part(mail.html, "html", charset, cte)
        if mail.inline:
            imgs = [attachment(n, d, inline_style, charset, cid=c) for c, n, d in mail.inline]
            html = Part(
                [("Content-Type", f'multipart/related;\r\n\tboundary="{bnd}_rel"')],
                children=[html, *imgs],
                boundary=f"{bnd}_rel",
            )
        parts.append(html)
    if len(parts) == 1:
        return parts[0]
    return Part(
        [("Content-Type", f'multipart/alternative;\r\n\tboundary="{bnd}_alt"')],
        children=parts,
        boundary=f"{bnd}_alt",
    )


def _assemble(
    mail: Mail,
    heads: list[tuple[str, str]],
    body: Part,
    atts: list[Part],
    bnd: str,
    preamble: bytes = b"This is a multi-part message in MIME format.",
) -> bytes:
    if mail.forward is not None:
        atts = [
            *atts,
            Part(
                [
                    ("Content-Type", "message/rfc822"),
                    (
                        "Content-Disposition",
                        f'attachment;\r\n\tfilename="{enc_words(mail.forward_name or "转发.eml")}"',
                    ),
                ],
                mail.forward,
            ),
        ]
    heads = [*heads, *mail.headers, ("MIME-Version", "1.0")]
    if not atts:
        top = Part(heads + body.headers, body.body, body.children, body.boundary)
        return top.render()
    top = Part(
        [*heads, ("Content-Type", f'multipart/mixed;\r\n\tboundary="{bnd}"')],
        children=[body, *atts],
        boundary=bnd,
        preamble=preamble,
    )
    return top.render()


# --- hand-shaped imitations ------------------------------------------------------------


def foxmail(mail: Mail) -> bytes:
    bnd = boundary(mail.seed(), "----=_001_NextPart{d}_=----")
    heads = _common(mail, "gb2312", 8, quote=True)
    heads += [
        ("X-Priority", "3"),
        ("X-GUID", _h(mail, 8).upper() + "-2C4A-4B1E-9D3F-" + _h(mail, 12).upper()),
        ("X-Has-Attach", "yes" if mail.files else "no"),
        ("X-Mailer", "Foxmail 7.2.19.158[cn]"),
    ]
    body = _body(mail, "gb2312", "base64", bnd.replace("001", "002"))
    atts = [attachment(n, d, "2047", "gb2312", chunk=8) for n, d in mail.files]
    return _assemble(mail, heads, body, atts, bnd)


def outlook(mail: Mail) -> bytes:
    bnd = boundary(mail.seed(), "----=_NextPart_000_{H:.4}_01D6B1F0.{H:.8}")
    heads = _common(mail, "gb2312", 12)
    heads += [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHWsf" + _h(mail, 16) + "=="),
        ("Content-Language", "zh-cn"),
    ]
    if mail.tnef:
        body = text_part(mail.text, "plain", "gb2312", "quoted-printable")
        dat = winmail_dat(mail.subject or "", mail.files)
        atts = [
            Part(
                [
                    ("Content-Type", 'application/ms-tnef;\r\n\tname="winmail.dat"'),
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", 'attachment;\r\n\tfilename="winmail.dat"'),
                ],
                b64(dat),
            )
        ]
        return _assemble(mail, heads, body, atts, bnd)
    body = _body(mail, "gb2312", "quoted-printable", bnd.replace("000", "001"))
    atts = [attachment(n, d, "2047", "gb2312", chunk=12) for n, d in mail.files]
    return _assemble(mail, heads, body, atts, bnd)


def qqmail(mail: Mail) -> bytes:
    bnd = boundary(mail.seed(), "----=_NextPart_5FA{H:.5}_{h:.8}_{h:.8}")
    heads = _common(mail, "gb18030", 6)
    heads += [
        ("X-QQ-FEAT", "3HKrdUWJ" + _h(mail, 20)),
        ("X-QQ-SSF", "00000000000000F000000000000000Z"),
        ("X-QQ-mid", "xmsezb" + _h(mail, 14) + "-t1604" + _h(mail, 6)),
        ("X-QQ-XMAILINFO", "NvpFpIxwqZg" + _h(mail, 18)),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    body = _body(mail, "gb18030", "base64", bnd + "_0")
    atts = [attachment(n, d, "2047", "gb18030", chunk=6) for n, d in mail.files]
    return _assemble(mail, heads, body, atts, bnd)


def coremail(mail: Mail) -> bytes:
    """163/126 web mail (Coremail XT)."""
    bnd = boundary(mail.seed(), "----=_Part_{d:.6}_{d:.9}.1604{d:.9}")
    domain = mail.frm[1].split("@")[1]
    heads = _common(mail, "GBK", 12)
    heads += [
        ("X-Priority", "3"),
        (
            "X-Mailer",
            f"Coremail Webmail Server Version XT5.0.13 build 20200820(ab4fd7c7) "
            f"Copyright (c) 2002-2020 www.mailtech.cn {domain.split('.')[0]}com",
        ),
        ("X-CM-CTRLDATA", "Y1vsH2Zvb3Rlcl9odG09MTUzNjo1Ng=="),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "G8CowAC3" + _h(mail, 16) + "--.40Sw"),
        (
            "X-Coremail-Antispam",
            "1Uf129KBjDUn29KB7ZKAUJUUUUU529EdanIXcx71UUUUU7v73VFW2AGmfu7bjvjm3",
        ),
        ("X-Originating-IP", f"[60.212.46.{int(_h(mail, 2), 16) % 250}]"),
    ]
    body = _body(mail, "GBK", "base64", bnd.replace("Part", "Part_alt"))
    atts = [attachment(n, d, "2047", "GBK", chunk=12) for n, d in mail.files]
    return _assemble(mail, heads, body, atts, bnd)


def sina(mail: Mail) -> bytes:
    bnd = boundary(mail.seed(), "=-sinamail_mix_{h:.32}")
    heads = _common(mail, "GBK", 16)
    heads += [
        ("X-Priority", "3"),
        ("X-MessageID", f"5fa{_h(mail, 5)}.{_h(mail, 8)}"),
        ("X-Originating-IP", f"[223.99.{int(_h(mail, 2), 16) % 250}.33]"),
        ("X-Mailer", "Sina WebMail 4.0"),
        ("X-Sender", mail.frm[1]),
    ]
    body = _body(mail, "GBK", "base64", bnd.replace("mix", "alt"))
    atts = [attachment(n, d, "2231", "GBK") for n, d in mail.files]
    return _assemble(mail, heads, body, atts, bnd)


def wechat(mail: Mail) -> bytes:
    """WeChat 转发到邮箱: an HTML-only article, sent through the user's QQ mail."""
    heads = _common(mail, "utf-8", 15)
    heads += [
        ("X-QQ-mid", "wxmail" + _h(mail, 14)),
        ("X-Mailer", "WeChat"),
        ("X-QQ-MAILINFO", "WeChatForward"),
    ]
    mail.html_only = True
    bnd = boundary(mail.seed(), "----=_NextPart_WX{H:.12}")
    body = _body(mail, "utf-8", "base64", bnd)
    atts = [attachment(n, d, "2047", "utf-8", chunk=15) for n, d in mail.files]
    return _assemble(mail, heads, body, atts, bnd)


def iphone(mail: Mail) -> bytes:
    bnd = boundary(mail.seed(), "Apple-Mail-{H:.8}-{H:.4}-4F2B-9C1E-{H:.12}")
    heads = _common(mail, "utf-8", 8)
    heads += [("X-Mailer", "iPhone Mail (18B92)")]
    body = _body(mail, "utf-8", "quoted-printable", bnd + "-alt")
    atts = []
    for n, d in mail.files:
        p = attachment(n, d, "both", "utf-8", chunk=8)
        atts.append(p)
    return _assemble(mail, heads, body, atts, bnd, preamble=b"")


def mailmaster(mail: Mail) -> bytes:
    """网易邮箱大师 on Android: GB18030, subjects split into many short encoded words."""
    bnd = boundary(mail.seed(), "----=_Part_{d:.5}_{d:.10}.mailmaster")
    heads = _common(mail, "GB18030", 4)
    heads += [
        ("X-Mailer", "MailMasterAndroid/6.14.2.1027"),
        ("X-Priority", "3"),
        ("X-CUSTOM-MAIL-MASTER-SENT-ID", "MailMasterAndroid-" + _h(mail, 12)),
    ]
    body = _body(mail, "GB18030", "base64", bnd + "_alt")
    atts = [
        attachment(n, d, "raw" if i == 0 and "raw" in mail.client else "2047", "GB18030", chunk=4)
        for i, (n, d) in enumerate(mail.files)
    ]
    return _assemble(mail, heads, body, atts, bnd)


CLIENTS = {
    "foxmail": foxmail,
    "outlook": outlook,
    "qqmail": qqmail,
    "coremail": coremail,
    "sina": sina,
    "wechat": wechat,
    "iphone": iphone,
    "mailmaster": mailmaster,
    "mailmaster-raw": mailmaster,
    "neomutt": neomutt,
    "neomutt-gb": neomutt,
    "s-nail": snail,
    "phpmailer": phpmailer,
    "nodemailer": nodemailer,
    "python-email": python_email,
}


def render(mail: Mail) -> bytes:
    """The message as its client would put it on the wire."""
    return CLIENTS[mail.client](mail)


def have_real_clients() -> list[str]:
    """Which real client programs are missing on this machine."""
    return [b for b in ("neomutt", "s-nail", "php", "node") if shutil.which(b) is None]
