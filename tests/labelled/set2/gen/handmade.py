"""Hand-shaped imitations of what Foxmail, Outlook, QQ mail, 163/126 (Coremail) and mail shared
from WeChat look like on the wire: GB2312/GBK/GB18030 bodies, "=?gbk?B?...?=" quoted file names,
multipart/alternative and multipart/related with cid: images, HTML-only bodies, 超大附件 blocks.

Foxmail and Outlook declare charset=gb2312 and write GBK bytes, as the real ones do.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import html as htmlmod
import quopri
from collections.abc import Callable

from .model import Msg

CTYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsb": "application/vnd.ms-excel.sheet.binary.macroEnabled.12",
    ".xls": "application/vnd.ms-excel",
    ".pdf": "application/pdf",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".zip": "application/zip",
    ".7z": "application/x-7z-compressed",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".eml": "message/rfc822",
    ".txt": "text/plain",
}


def ctype(name: str) -> str:
    """MIME type by file extension (application/octet-stream when unknown)."""
    for ext, t in CTYPES.items():
        if name.lower().endswith(ext):
            return t
    return "application/octet-stream"


STYLE = {
    # declared charset, encoder, text CTE, html CTE, attachment-name style
    "hand-foxmail": ("gb2312", "gbk", "base64", "base64", "ew-quoted"),
    "hand-outlook": ("gb2312", "gbk", "base64", "quoted-printable", "ew-quoted"),
    "hand-qqmail": ("gb18030", "gb18030", "base64", "base64", "ew-quoted"),
    "hand-coremail": ("GBK", "gbk", "quoted-printable", "base64", "ew-quoted"),
    "hand-wechat": ("utf-8", "utf-8", "base64", "base64", "ew-quoted"),
}


def _h(m: Msg) -> str:
    return hashlib.sha1(m.slug.encode()).hexdigest()


def ew(text: str, charset: str, encoder: str, mode: str = "B", width: int = 45) -> str:
    """RFC 2047 encoded words, split on character boundaries and folded."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if len((chunk + ch).encode(encoder)) > width:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(encoder)
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(
                c if (c.isalnum() and c.isascii()) else f"={b:02X}" for b in raw for c in [chr(b)]
            )
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n\t".join(out)


def _b64(data: bytes) -> str:
    enc = base64.b64encode(data).decode()
    return "\n".join(enc[i : i + 76] for i in range(0, len(enc), 76))


def _body(data: bytes, cte: str) -> str:
    if cte == "base64":
        return _b64(data)
    return quopri.encodestring(data).decode("ascii")


def _text_to_html(text: str, style: str) -> str:
    lines = [htmlmod.escape(x) or "<br>" for x in text.split("\n")]
    if style == "hand-outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=ZH-CN link="#0563C1"><div class=WordSection1>'
            + "".join(
                f"<p class=MsoNormal><span style='font-family:宋体'>{x}</span></p>" for x in lines
            )
            + "</div></body></html>"
        )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        '</head><body><div style="font-family:宋体;font-size:14px">'
        + "".join(f"<div>{x}</div>" for x in lines)
        + "</div></body></html>"
    )


class _W:
    """A tiny MIME writer: exact control over header spelling and boundaries."""

    def __init__(self, m: Msg) -> None:
        self.m = m
        self.n = 0
        self.seed = _h(m)

    def boundary(self) -> str:
        self.n += 1
        if self.m.client == "hand-foxmail":
            return f"----=_{self.n:03d}_NextPart{int(self.seed[:10], 16) % 10**12}_=----"
        if self.m.client == "hand-outlook":
            s = self.seed.upper()
            return f"----=_NextPart_{self.n:03d}_{s[:4]}_01D6B1A2.{s[4:12]}"
        if self.m.client == "hand-qqmail":
            return (
                f"----=_NextPart_5FA{self.seed[:5].upper()}_{self.seed[5:13].upper()}_{self.n:08X}"
            )
        if self.m.client == "hand-coremail":
            a, b = int(self.seed[:6], 16), int(self.seed[6:12], 16)
            return f"----=_Part_{a}_{b}.{1604300000000 + self.n}"
        return f"----=_Part_{self.seed[:16]}_{self.n}"


def _att_headers(name: str, style: str, charset: str, encoder: str, cid: str | None) -> str:
    t = ctype(name)
    if style == "ew-quoted":
        enc = ew(name, charset, encoder, width=60).replace("\n\t", "")
        disp = "inline" if cid else "attachment"
        h = (
            f'Content-Type: {t};\n\tname="{enc}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: {disp};\n\tfilename="{enc}"\n'
        )
    else:
        h = (
            f'Content-Type: {t}; name="{name}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{name}"\n'
        )
    if cid:
        h += f"Content-ID: <{cid}>\n"
    return h


def render(m: Msg, render_inner: Callable[[Msg], bytes]) -> bytes:
    """Raw bytes of a hand-shaped message in the style named by m.client."""
    charset, encoder, tcte, hcte, astyle = STYLE[m.client]
    charset = m.opts.get("charset", charset)
    encoder = m.opts.get("encoder", encoder)
    w = _W(m)
    seed = _h(m)
    name, addr = m.sender
    hdr: list[str] = []
    hdr.append(f"Date: {email.utils.format_datetime(m.sent)}")
    hdr.append(f"From: {ew(name, charset, encoder)} <{addr}>" if name else f"From: {addr}")
    hdr.append(
        "To: " + ", ".join(f'"{t}" <{t}>' if m.client == "hand-foxmail" else t for t in m.to)
    )
    if m.cc:
        hdr.append("Cc: " + ", ".join(m.cc))
    if m.subject:
        mode = m.opts.get("subject_mode", "B")
        hdr.append("Subject: " + ew(m.subject, charset, encoder, mode))
    elif m.subject == "":
        hdr.append("Subject: ")
    if m.in_reply_to:
        hdr.append(f"In-Reply-To: {m.in_reply_to}")
        hdr.append(f"References: {m.in_reply_to}")
    domain = addr.split("@")[1]
    if m.client == "hand-foxmail":
        hdr += [
            "X-Priority: 3",
            f"X-GUID: {seed[:8].upper()}-{seed[8:12].upper()}-{seed[12:16].upper()}",
            f"X-Has-Attach: {'yes' if m.atts else 'no'}",
            "X-Mailer: Foxmail 7.2.19.158[cn]",
            "Mime-Version: 1.0",
            f"Message-ID: <2020{seed[:14]}@{domain}>",
        ]
    elif m.client == "hand-outlook":
        hdr += [
            f"Message-ID: <000001d6b1a2${seed[:8]}${seed[8:16]}$@{domain}>",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0",
            f"Thread-Index: Ada{base64.b64encode(bytes.fromhex(seed[:24])).decode()}",
            "Content-Language: zh-cn",
        ]
    elif m.client == "hand-qqmail":
        hdr += [
            f"Message-ID: <tencent_{seed[:32].upper()}@qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
            "X-QQ-Mailer: QQMail 2.x",
            "Mime-Version: 1.0",
            f"X-QQ-mid: esmtp{seed[:6]}t{int(seed[6:16], 16) % 10**10}t{seed[16:20]}",
        ]
    elif m.client == "hand-coremail":
        prov = "126com" if domain == "126.com" else "163com"
        hdr += [
            "X-Priority: 3",
            "X-Mailer: Coremail Webmail Server Version XT5.0.13 build 20200917"
            f"(b0d1a0f5) Copyright (c) 2002-2020 www.mailtech.cn {prov}",
            f"X-Originating-IP: [223.99.{int(seed[:2], 16)}.{int(seed[2:4], 16)}]",
            "MIME-Version: 1.0",
            f"Message-ID: <{seed[:8]}.{seed[8:12]}.1759{seed[12:19]}.Coremail."
            f"{addr.split('@')[0]}@{domain}>",
            "X-Coremail-Locale: zh_CN",
            f"X-CM-TRANSID:{base64.b64encode(bytes.fromhex(seed[:18])).decode()}",
            "X-Coremail-Antispam: 1Uf129KBjDUn29KB7ZKAUJUUUUU529EdanIXcx71UUUUU7v73",
        ]
    else:
        hdr += [
            f"Message-ID: <{seed[:24]}@{domain}>",
            "MIME-Version: 1.0",
            "X-Mailer: WeChat-QQMail 2.x",
        ]
    for k, v in m.headers.items():
        hdr.append(f"{k}: {v}")

    text = m.text
    html = m.html
    if m.opts.get("html_only"):
        text = None
        if html is None:
            html = _text_to_html(m.text or "", m.client)
    elif html is None and text is not None and m.client != "hand-wechat":
        html = _text_to_html(text, m.client)

    def text_part(t: str) -> str:
        return (
            f'Content-Type: text/plain;\n\tcharset="{charset}"\nContent-Transfer-Encoding: '
            f"{tcte}\n\n{_body(t.encode(encoder, 'replace'), tcte)}\n"
        )

    def html_part(h: str) -> str:
        return (
            f'Content-Type: text/html;\n\tcharset="{charset}"\nContent-Transfer-Encoding: '
            f"{hcte}\n\n{_body(h.encode(encoder, 'xmlcharrefreplace'), hcte)}\n"
        )

    def multipart(sub: str, parts: list[str], extra: str = "") -> str:
        b = w.boundary()
        out = f'Content-Type: multipart/{sub};{extra}\n\tboundary="{b}"\n\n'
        if m.client in ("hand-foxmail", "hand-outlook"):
            out += "This is a multi-part message in MIME format.\n\n"
        for p in parts:
            out += f"--{b}\n{p}\n"
        return out + f"--{b}--\n"

    if text is not None and html is not None:
        body = multipart("alternative", [text_part(text), html_part(html)])
    elif html is not None:
        body = html_part(html)
    else:
        body = text_part(text or "")
    inline = [a for a in m.atts if a.cid and a.doc is not None]
    if inline:
        parts = [body] + [
            _att_headers(a.doc.name, astyle, charset, encoder, a.cid)
            + "\n"
            + _b64(a.doc.data)
            + "\n"
            for a in inline
            if a.doc is not None
        ]
        body = multipart("related", parts, ' type="multipart/alternative";')
    rest = [a for a in m.atts if not a.cid]
    if rest:
        parts = [body]
        for a in rest:
            if a.doc is not None:
                parts.append(
                    _att_headers(a.doc.name, astyle, charset, encoder, None)
                    + "\n"
                    + _b64(a.doc.data)
                    + "\n"
                )
            elif a.msg is not None:
                inner = render_inner(a.msg).decode("utf-8", "surrogateescape")
                subj = a.msg.subject or "邮件"
                fname = ew(subj + ".eml", charset, encoder, width=60).replace("\n\t", "")
                parts.append(
                    f'Content-Type: message/rfc822;\n\tname="{fname}"\n'
                    f'Content-Disposition: attachment;\n\tfilename="{fname}"\n\n{inner}\n'
                )
        body = multipart("mixed", parts)
    raw = "\n".join(hdr) + "\n" + body
    return raw.encode("utf-8", "surrogateescape")
