"""Real mail producers for set9: the message bytes come from a real mail program.

Programs: NeoMutt (batch mode, `set sendmail` to a sink script, format=flowed text, its own
charset choice through `send_charset`), s-nail (`-Smta=` to the sink, GBK text, RFC 2231
file names with continuations), nodemailer (npm, streamTransport with buffer:true, RFC 2231
UTF-8 names), and Python's email package under the compat32 policy (email.mime classes,
GBK RFC 2231 names) and the SMTP policy (EmailMessage). What the programs stamp from the
clock or from randomness (Date, Message-ID, Content-ID, boundaries) is replaced afterwards
by values derived from the message, so a rebuild gives the same bytes; nothing else is
touched. Outputs are cached under .build/ by their inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from email.utils import format_datetime
from pathlib import Path
from typing import Any

BUILD = Path(__file__).resolve().parent.parent / ".build"
NPM = BUILD / "npm"

NODE_JS = r"""
const nodemailer = require('nodemailer');
let raw = '';
process.stdin.on('data', d => raw += d);
process.stdin.on('end', () => {
  const o = JSON.parse(raw);
  const t = nodemailer.createTransport({streamTransport: true, buffer: true, newline: 'windows'});
  t.sendMail({from: o.from, to: o.to, cc: o.cc || undefined, subject: o.subject, text: o.text,
              html: o.html || undefined, date: new Date(o.date), messageId: o.mid,
              headers: o.headers, textEncoding: o.enc || undefined,
              attachments: o.atts.map(a => ({filename: a.name, path: a.path,
                                             contentType: a.ctype}))},
    (err, info) => { if (err) { console.error(err); process.exit(1); }
                     process.stdout.write(info.message); });
});
"""


def _h(s: str, n: int = 24) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def normalize(raw: bytes, slug: str, date: str, mid: str) -> bytes:
    """Replace clock- and random-derived values by ones derived from the slug."""
    nl = b"\r\n" if b"\r\n" in raw[:400] else b"\n"
    head, _, body = raw.partition(nl + nl)
    lines: list[bytes] = []
    skip = False
    for line in head.split(nl):
        if line[:1] in (b" ", b"\t"):
            if not skip:
                lines.append(line)
            continue
        skip = line.lower().startswith((b"date:", b"message-id:"))
        if not skip:
            lines.append(line)
    lines = [b"Date: " + date.encode(), *lines]
    lines.insert(3, b"Message-ID: " + mid.encode())
    out = nl.join(lines) + nl + nl + body
    for n, b in enumerate(dict.fromkeys(re.findall(rb'boundary="?([^";\r\n]+)"?', out))):
        new = (b[:4] + _h(f"{slug}/b{n}", max(8, len(b) - 4)).encode())[: len(b)]
        out = out.replace(b, new)
    for n, c in enumerate(dict.fromkeys(re.findall(rb"<\d{14}\.[A-Za-z0-9]+%[^>]*>", out))):
        out = out.replace(c, b"<20201101" + _h(f"{slug}/c{n}", 14).encode() + b"@cid>")
    return out


def _files(tmp: Path, atts: list[dict[str, Any]]) -> list[Path]:
    paths = []
    for n, a in enumerate(atts):
        d = tmp / f"a{n}"
        d.mkdir()
        p = d / a["name"]
        p.write_bytes(a["data"])
        paths.append(p)
    return paths


def _sink(tmp: Path) -> tuple[Path, Path]:
    sink, out = tmp / "sink.sh", tmp / "out.eml"
    sink.write_text(f'#!/bin/sh\ncat > "{out}"\n')
    sink.chmod(0o755)
    return sink, out


def _neomutt(tmp: Path, o: dict[str, Any]) -> bytes:
    sink, out = _sink(tmp)
    (tmp / "body.txt").write_text(o["text"], encoding="utf-8")
    cmd = [
        "neomutt", "-n", "-F", "/dev/null",
        "-e", f'set sendmail="{sink}"',
        "-e", "set text_flowed=yes",
        "-e", "set charset=utf-8",
        "-e", f'set send_charset="{o.get("charset") or "us-ascii:utf-8"}"',
        "-e", f'set from="{o["sender"]}"',
        "-e", f'set realname="{o["sender_name"]}"',
        "-e", "set use_from=yes",
        "-s", o["subject"],
    ]  # fmt: skip
    if o.get("cc"):
        cmd += ["-c", o["cc"]]
    for p in _files(tmp, o["atts"]):
        cmd += ["-a", str(p)]
    cmd += ["--", o["to"]]
    env = {**os.environ, "HOME": str(tmp)}
    with open(tmp / "body.txt", "rb") as body:
        subprocess.run(cmd, stdin=body, env=env, check=True, capture_output=True, timeout=120)
    return out.read_bytes()


def _snail(tmp: Path, o: dict[str, Any]) -> bytes:
    sink, out = _sink(tmp)
    frm = f"{o['sender_name']} <{o['sender']}>" if o["sender_name"] else o["sender"]
    cmd = [
        "s-nail", "-:/", "-Sv15-compat", f"-Smta={sink}", "-Sttycharset=utf-8",
        f"-Ssendcharsets={o.get('charset') or 'gbk,utf-8'}", f"-Sfrom={frm}",
        "-s", o["subject"],
    ]  # fmt: skip
    if o.get("cc"):
        cmd += ["-c", o["cc"]]
    for p in _files(tmp, o["atts"]):
        cmd += ["-a", str(p)]
    cmd += ["-.", o["to"]]
    env = {**os.environ, "HOME": str(tmp)}
    subprocess.run(
        cmd, input=o["text"].encode(), env=env, check=True, capture_output=True, timeout=120
    )
    return out.read_bytes()


def _nodemailer(tmp: Path, o: dict[str, Any]) -> bytes:
    script = tmp / "send.js"
    script.write_text(NODE_JS)
    frm = {"name": o["sender_name"], "address": o["sender"]} if o["sender_name"] else o["sender"]
    atts = [
        {"name": a["name"], "path": str(p), "ctype": a["ctype"]}
        for a, p in zip(o["atts"], _files(tmp, o["atts"]), strict=True)
    ]
    job = {
        "from": frm,
        "to": o["to"],
        "cc": o.get("cc", ""),
        "subject": o["subject"],
        "text": o["text"],
        "html": o.get("html", ""),
        "date": o["iso"],
        "mid": o["mid"],
        "headers": dict(o.get("headers", [])),
        "enc": o.get("enc", ""),
        "atts": atts,
    }
    env = {**os.environ, "NODE_PATH": str(NPM / "node_modules")}
    run = subprocess.run(
        ["node", str(script)],
        input=json.dumps(job).encode(),
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return run.stdout


def _python(o: dict[str, Any], compat: bool) -> bytes:
    from email import policy
    from email.header import Header
    from email.message import EmailMessage
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.utils import formataddr

    cs = o.get("charset") or "utf-8"
    if compat:  # the email.mime classes, the way many older scripts and systems build mail
        msg = MIMEMultipart() if o["atts"] else MIMEText(o["text"], "plain", cs)
        if o["atts"]:
            msg.attach(MIMEText(o["text"], "plain", cs))
        for a in o["atts"]:
            part = MIMEApplication(a["data"], _subtype=a["ctype"].split("/", 1)[1])
            part.add_header("Content-Disposition", "attachment", filename=(cs, "", a["name"]))
            msg.attach(part)
        msg["From"] = formataddr((str(Header(o["sender_name"], cs)), o["sender"]))
        msg["To"] = o["to"]
        if o.get("cc"):
            msg["Cc"] = o["cc"]
        msg["Subject"] = Header(o["subject"], cs)
        for k, v in o.get("headers", []):
            msg[k] = v
        return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))
    em = EmailMessage(policy=policy.SMTP)
    em["From"] = formataddr((o["sender_name"], o["sender"]))
    em["To"] = o["to"]
    if o.get("cc"):
        em["Cc"] = o["cc"]
    em["Subject"] = o["subject"]
    for k, v in o.get("headers", []):
        em[k] = v
    em.set_content(o["text"], cte=o.get("enc") or "quoted-printable")
    if o.get("html"):
        em.add_alternative(o["html"], subtype="html")
    for a in o["atts"]:
        main, sub = a["ctype"].split("/", 1)
        em.add_attachment(a["data"], maintype=main, subtype=sub, filename=a["name"])
    return em.as_bytes()


def produce(program: str, o: dict[str, Any]) -> bytes:
    """The message bytes from `program` for the job `o` (cached, normalized)."""
    BUILD.mkdir(exist_ok=True)
    key_src = json.dumps(
        {**o, "atts": [(a["name"], _h(a["data"].hex(), 32)) for a in o["atts"]]},
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    cache = BUILD / f"mail-{program}-{_h(key_src, 20)}"
    if cache.exists():
        return cache.read_bytes()
    with tempfile.TemporaryDirectory(prefix="set28-real-") as t:
        tmp = Path(t)
        if program == "neomutt":
            raw = _neomutt(tmp, o)
        elif program == "snail":
            raw = _snail(tmp, o)
        elif program == "nodemailer":
            raw = _nodemailer(tmp, o)
        else:
            raw = _python(o, compat=program == "py-compat32")
    out = normalize(raw, o["slug"], format_datetime(o["when"]), o["mid"])
    cache.write_bytes(out)
    return out
