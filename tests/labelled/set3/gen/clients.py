"""Real mail clients, run to build a message and captured instead of sending.

Each function takes a `Spec` and returns the raw message the client wrote. neomutt and s-nail
hand the message to a sendmail stand-in (clients/capture.sh); PHPMailer and nodemailer print
it; Python's email package builds it in-process. `finish` then stamps the Date, Message-ID and
the receiving server's trace headers so the set replays the same way every time.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import string
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CLIENTS = HERE / "clients"
NODE_PATH = os.environ.get("DEVSET_NODE_PATH", "/tmp/devset-node/node_modules")


@dataclass
class Spec:
    """What a person typed into a mail client."""

    from_addr: str
    from_name: str
    to: list[str]
    subject: str
    text: str = ""
    html: str = ""
    cc: list[str] = field(default_factory=list)
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    inline: list[tuple[str, str, bytes]] = field(default_factory=list)  # cid, name, data
    charset: str = "utf-8"
    options: dict = field(default_factory=dict)


def _files(tmp: Path, items: list[tuple[str, bytes]]) -> list[Path]:
    paths = []
    for n, (name, data) in enumerate(items):
        folder = tmp / f"a{n}"
        folder.mkdir()
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def neomutt(spec: Spec) -> bytes:
    """NeoMutt in batch mode (-n -F rc): text body, attachments from files named as sent."""
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        out = tmp / "out.eml"
        rc = tmp / "muttrc"
        rfc2047 = "yes" if spec.options.get("rfc2047_parameters") else "no"
        rc.write_text(
            f'set from="{spec.from_addr}"\nset real_name="{spec.from_name}"\nset use_from=yes\n'
            'set charset="utf-8"\n'
            f'set send_charset="{spec.options.get("send_charset", "us-ascii:gb2312:utf-8")}"\n'
            f'set rfc2047_parameters={rfc2047}\nset hostname="{spec.from_addr.split("@")[1]}"\n'
            f'set sendmail="{CLIENTS / "capture.sh"}"\nset user_agent=yes\nset copy=no\n'
            "set record=''\nset edit_headers=no\nset abort_nosubject=no\nset abort_unmodified=no\n",
            encoding="utf-8",
        )
        body = tmp / "body.txt"
        body.write_text(spec.text or "\n", encoding="utf-8")  # neomutt refuses a 0-byte body
        cmd = ["neomutt", "-n", "-F", str(rc), "-s", spec.subject]
        for c in spec.cc:
            cmd += ["-c", c]
        paths = _files(tmp, spec.attachments)
        if paths:
            cmd += ["-a", *map(str, paths)]
        cmd += ["--", *spec.to]
        env = dict(os.environ, CAPTURE_OUT=str(out), HOME=t, LANG="C.UTF-8")
        with body.open("rb") as stdin:
            subprocess.run(cmd, stdin=stdin, env=env, check=True, capture_output=True, timeout=60)
        return out.read_bytes()


def snail(spec: Spec) -> bytes:
    """s-nail (-# batch mode) with a sendmail stand-in; sendcharsets decides GB18030 or UTF-8."""
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        out = tmp / "out.eml"
        cmd = [
            "s-nail",
            "-n",
            "-#",
            "-Sv15-compat",
            f"-Smta={CLIENTS / 'capture.sh'}",
            "-Sttycharset=utf-8",
            f"-Ssendcharsets={spec.options.get('sendcharsets', 'gb18030,utf-8')}",
            f"-Shostname={spec.from_addr.split('@')[1]}",
            "-r",
            formataddr((spec.from_name, spec.from_addr)),
            "-s",
            spec.subject,
        ]
        for c in spec.cc:
            cmd += ["-c", c]
        for p in _files(tmp, spec.attachments):
            cmd += ["-a", str(p)]
        cmd += ["--", *spec.to] if False else [*spec.to]
        env = dict(os.environ, CAPTURE_OUT=str(out), HOME=t, LC_ALL="C.UTF-8", MAILRC="/dev/null")
        subprocess.run(
            cmd, input=spec.text.encode(), env=env, check=True, capture_output=True, timeout=60
        )
        return out.read_bytes()


def phpmailer(spec: Spec) -> bytes:
    """PHPMailer (Debian libphp-phpmailer) under php-cli, charset as the spec says (GBK too)."""
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        att = [{"path": str(p), "name": p.name} for p in _files(tmp, spec.attachments)]
        inl = []
        for n, (cid, name, data) in enumerate(spec.inline):
            p = tmp / f"inline{n}-{name}"
            p.write_bytes(data)
            inl.append({"path": str(p), "cid": cid, "name": name})
        doc = {
            "from": spec.from_addr,
            "from_name": spec.from_name,
            "to": spec.to,
            "cc": spec.cc,
            "subject": spec.subject,
            "text": spec.text,
            "html": spec.html,
            "charset": spec.charset.upper(),
            "attachments": att,
            "inline": inl,
            "encoding": spec.options.get("encoding", "base64"),
            "xmailer": spec.options.get("xmailer", ""),
            "hostname": spec.from_addr.split("@")[1],
        }
        r = subprocess.run(
            ["php", str(CLIENTS / "phpmailer.php")],
            input=json.dumps(doc).encode(),
            check=True,
            capture_output=True,
            timeout=60,
        )
        return r.stdout


def nodemailer(spec: Spec) -> bytes:
    """nodemailer's stream transport (npm package in a scratch folder, see NODE_PATH)."""
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        att = [{"path": str(p), "filename": p.name} for p in _files(tmp, spec.attachments)]
        for n, (cid, name, data) in enumerate(spec.inline):
            p = tmp / f"inline{n}"
            p.write_bytes(data)
            att.append({"path": str(p), "filename": name, "cid": cid})
        doc = {
            "from": {"name": spec.from_name, "address": spec.from_addr},
            "to": spec.to,
            "cc": spec.cc,
            "subject": spec.subject,
            "text": spec.text or None,
            "html": spec.html or None,
            "attachments": att,
            "date": "2020-11-01T00:00:00+08:00",
            "messageId": "<placeholder@localhost>",
            "textEncoding": spec.options.get("textEncoding"),
        }
        r = subprocess.run(
            ["node", str(CLIENTS / "nodemailer.js")],
            input=json.dumps(doc).encode(),
            check=True,
            capture_output=True,
            timeout=60,
            env=dict(os.environ, NODE_PATH=NODE_PATH),
        )
        return r.stdout


def pyemail(spec: Spec) -> bytes:
    """Python's email package (EmailMessage, policy.SMTP), as a school's own script would."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((spec.from_name, spec.from_addr))
    msg["To"] = ", ".join(spec.to)
    if spec.cc:
        msg["Cc"] = ", ".join(spec.cc)
    if spec.subject:
        msg["Subject"] = spec.subject
    msg["Date"] = "Sun, 01 Nov 2020 00:00:00 +0800"
    msg["Message-ID"] = "<placeholder@localhost>"
    if spec.text or spec.html or not spec.attachments:
        msg.set_content(spec.text or "", charset=spec.charset)
    if spec.html:
        msg.add_alternative(spec.html, subtype="html")
    for name, data in spec.attachments:
        maintype, subtype = _mime_type(name).split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "7z": "application/x-7z-compressed",
    "jpg": "image/jpeg",
    "png": "image/png",
    "txt": "text/plain",
    "eml": "message/rfc822",
}


def _mime_type(name: str) -> str:
    return MIME_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")


_HEADER = re.compile(rb"^([!-9;-~]+):", re.M)


def finish(
    raw: bytes,
    *,
    sent: datetime,
    received: datetime,
    message_id: str,
    to: str,
    helo: str,
    extra: list[str] | None = None,
    return_path: str | None = None,
    keep_date: bool = False,
) -> bytes:
    """Stamp Date/Message-ID and prepend what the receiving server adds (Return-Path, Received,
    Authentication-Results when given); line ends become CRLF as on an IMAP server."""
    raw = raw.replace(b"\r\n", b"\n")
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    kept: list[bytes] = []
    skip = False
    drop = {b"message-id"} if keep_date else {b"date", b"message-id"}
    drop |= {b"return-path", b"received"}
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            if not skip:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        skip = name in drop
        if not skip:
            kept.append(line)
    top = [
        f"Return-Path: <{return_path if return_path is not None else ''}>",
        f"Received: from {helo} (unknown [127.0.0.1])\n\tby mx.ta.shandong.cn (Postfix) with ESMTP"
        f" id {message_id.split('@')[0][-10:].upper()}\n\tfor <{to}>; {format_datetime(received)}",
        *(extra or []),
    ]
    stamped = [] if keep_date else [f"Date: {format_datetime(sent)}"]
    stamped.append(f"Message-ID: <{message_id}>")
    header = b"\n".join([*(t.encode() for t in top), *kept, *(s.encode() for s in stamped)])
    out = header + sep + body
    return out.replace(b"\n", b"\r\n")


_BOUNDARY = re.compile(rb'boundary="?([^";\s]+)"?', re.I)
_FIXED = re.compile(rb"^(b\d_|--_NmP-|=-=|=+|-+=_)?(.*?)(-Part_\d+|=-=|=+)?$", re.S)
_CID_STAMP = re.compile(rb"<(\d{14})\.([A-Za-z0-9_-]+)@")


# clients whose random part varies in length or alphabet: (length, alphabet) by prefix
_SHAPES = {b"b1_": (43, "A-Za-z0-9"), b"=-=": (36, "A-Za-z0-9-_"), b"===============": (19, "0-9")}
_ALPHABETS = {
    "A-Za-z0-9": string.ascii_letters + string.digits,
    "A-Za-z0-9-_": string.ascii_letters + string.digits + "-_",
    "0-9": string.digits,
    "a-z0-9": string.ascii_lowercase + string.digits,
}


def _same_shape(value: bytes, key: str, head: bytes = b"") -> bytes:
    """A stand-in drawn from the client's own alphabet and length, seeded by key alone so
    reruns agree whatever the client drew."""
    r = random.Random(hashlib.sha256(key.encode()).digest())
    text = value.decode("ascii")
    if head in _SHAPES:
        length, alpha = _SHAPES[head]
        return "".join(r.choice(_ALPHABETS[alpha]) for _ in range(length)).encode()
    alpha = "A-Za-z0-9" if any(ch.isupper() for ch in text) else "a-z0-9"
    if text.isdigit():
        alpha = "0-9"
    return "".join(r.choice(_ALPHABETS[alpha]) if ch.isalnum() else ch for ch in text).encode()


def derandomize(raw: bytes, key: str, sent: datetime) -> bytes:
    """Replace the random boundaries (and s-nail's time-stamped Content-IDs) a client drew with
    seeded ones of the same shape, so a rerun writes the same bytes."""
    for n, value in enumerate(dict.fromkeys(_BOUNDARY.findall(raw))):
        # keep the client's fixed parts (PHPMailer's b1_, nodemailer's --_NmP- and -Part_N)
        m = _FIXED.match(value)
        head, mid, tail = m.group(1) or b"", m.group(2), m.group(3) or b""
        raw = raw.replace(value, head + _same_shape(mid, f"{key}/{n}", head) + tail)
    stamp = sent.strftime("%Y%m%d%H%M%S").encode()
    seeded = random.Random(key).choices(string.ascii_letters + string.digits, k=8)
    return _CID_STAMP.sub(lambda m: b"<" + stamp + b"." + "".join(seeded).encode() + b"@", raw)
