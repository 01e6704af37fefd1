"""Hand-built MIME parts: byte-exact headers the way particular clients write them.

`Part` renders itself (headers, then a body or child parts between boundaries); the
encoders here write RFC 2047 encoded words in any charset and chunk size, RFC 2231
parameters with continuations, quoted-printable and base64 bodies.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime

CRLF = b"\r\n"
# Windows clients label GBK text "gb2312" (code page 936): bytes outside GB2312 appear anyway
CODEC = {"gb2312": "gbk", "GB2312": "gbk"}


def encode(text: str, charset: str) -> bytes:
    return text.encode(CODEC.get(charset, charset))


def enc_words(text: str, charset: str = "utf-8", mode: str = "B", chunk: int = 10) -> str:
    """`text` as RFC 2047 encoded words of at most `chunk` characters, folded."""
    if text.isascii():
        return text
    words = []
    for i in range(0, len(text), chunk):
        raw = encode(text[i : i + chunk], charset)
        if mode == "B":
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(chr(b) if (chr(b).isalnum() and b < 128) else f"={b:02X}" for b in raw)
            words.append(f"=?{charset}?Q?{q}?=")
    return "\r\n ".join(words)


def addr(
    name: str, email: str, charset: str = "utf-8", chunk: int = 10, quote: bool = False
) -> str:
    """A From/To value; `quote` puts the encoded words inside quotes (as Foxmail does)."""
    if not name:
        return email
    shown = enc_words(name, charset, "B", chunk)
    if quote and not name.isascii():
        shown = f'"{shown}"'
    return f"{shown} <{email}>"


def param_2231(key: str, value: str, charset: str = "utf-8", width: int = 48) -> str:
    """key*0*=charset''…; key*1*=… (RFC 2231 continuations)."""
    quoted = urllib.parse.quote(encode(value, charset), safe="")
    pieces = [quoted[i : i + width] for i in range(0, len(quoted), width)]
    # never split a %XX escape between two pieces
    fixed: list[str] = []
    carry = ""
    for p in pieces:
        p = carry + p
        cut = p.rfind("%", len(p) - 2)
        carry, p = (p[cut:], p[:cut]) if cut != -1 else ("", p)
        fixed.append(p)
    if carry:
        fixed.append(carry)
    if len(fixed) == 1:
        return f"{key}*={charset}''{fixed[0]}"
    parts = [f"{key}*0*={charset}''{fixed[0]}"] + [
        f"{key}*{i}*={p}" for i, p in enumerate(fixed[1:], 1)
    ]
    return ";\r\n\t".join(parts)


def qp(data: bytes) -> bytes:
    """Quoted-printable with CRLF soft line breaks."""
    return quopri.encodestring(data).replace(b"\n", CRLF)


def b64(data: bytes, width: int = 76) -> bytes:
    s = base64.b64encode(data)
    return CRLF.join(s[i : i + width] for i in range(0, len(s), width))


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@dataclass
class Part:
    """A MIME entity: header lines and either a body or children."""

    headers: list[tuple[str, str | bytes]]
    body: bytes = b""
    children: list[Part] = field(default_factory=list)
    boundary: str = ""
    preamble: bytes = b""

    def render(self) -> bytes:
        out = b""
        for k, v in self.headers:
            value = v if isinstance(v, bytes) else v.encode("ascii")
            out += k.encode() + b": " + value + CRLF
        out += CRLF
        if not self.children:
            return out + self.body
        if self.preamble:
            out += self.preamble + CRLF
        for c in self.children:
            out += b"--" + self.boundary.encode() + CRLF + c.render() + CRLF
        return out + b"--" + self.boundary.encode() + b"--" + CRLF


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "base64",
    extra: list[tuple[str, str]] | None = None,
) -> Part:
    """A text/* part in `charset` with the transfer encoding `cte`."""
    data = encode(crlf(text), charset)
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data
    heads: list[tuple[str, str | bytes]] = [
        (
            "Content-Type",
            f'text/{subtype}; charset="{charset}"'
            if charset != "utf-8"
            else f"text/{subtype}; charset=utf-8",
        ),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(heads + list(extra or []), body)


MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "zip": "application/x-zip-compressed",
    "rar": "application/octet-stream",
    "png": "image/png",
    "jpg": "image/jpeg",
    "txt": "text/plain",
    "dat": "application/ms-tnef",
}


def mime_type(name: str) -> str:
    return MIME_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")


def attachment(
    name: str,
    data: bytes,
    style: str = "2047",
    charset: str = "utf-8",
    ctype: str | None = None,
    cid: str | None = None,
    chunk: int = 10,
) -> Part:
    """An attachment part with its name written in `style`: 2047 (quoted encoded words),
    2231 (continuations), both (2231 filename plus 2047 name), raw (8-bit bytes)."""
    ctype = ctype or mime_type(name)
    if style == "2047":
        n = enc_words(name, charset, "B", chunk)
        ct = f'{ctype};\r\n\tname="{n}"'
        cd = f'attachment;\r\n\tfilename="{n}"'
    elif style == "2231":
        ct = f"{ctype};\r\n\t{param_2231('name', name, charset)}"
        cd = f"attachment;\r\n\t{param_2231('filename', name, charset)}"
    elif style == "both":
        ct = f'{ctype};\r\n\tname="{enc_words(name, charset, "B", chunk)}"'
        cd = f"attachment;\r\n\t{param_2231('filename', name, charset)}"
    else:  # raw 8-bit parameter bytes, as some old and some phone clients write them
        raw = encode(name, charset)
        heads = [
            ("Content-Type", ctype.encode() + b'; name="' + raw + b'"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", b'attachment; filename="' + raw + b'"'),
        ]
        return Part(heads, b64(data))
    if cid:
        cd = cd.replace("attachment", "inline", 1)
    heads2: list[tuple[str, str | bytes]] = [
        ("Content-Type", ct),
        ("Content-Transfer-Encoding", "base64"),
    ]
    if cid:
        heads2.append(("Content-ID", f"<{cid}>"))
    heads2.append(("Content-Disposition", cd))
    return Part(heads2, b64(data))


def boundary(seed: str, template: str) -> str:
    """A deterministic boundary in a client's style; {h} is hex, {d} digits."""
    h = hashlib.sha256(seed.encode()).hexdigest()
    d = str(int(h[:12], 16))
    return template.format(h=h, H=h.upper(), d=d)


def date_header(when: datetime) -> str:
    return format_datetime(when)
