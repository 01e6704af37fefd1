"""Render a Msg to bytes with a real mail client (neomutt, s-nail, PHPMailer, nodemailer, Python's
email package) or a hand-shaped imitation, then add what the bureau's MX adds on arrival."""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import shutil
import subprocess
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from . import handmade
from .model import Msg

HERE = Path(__file__).resolve().parent.parent
CLIENTS = HERE / "clients"
NODE_MODULES = Path(os.environ.get("HELDOUT_NODE_MODULES", "/tmp/heldout-node/node_modules"))


def _faketime(m: Msg) -> list[str]:
    return ["faketime", m.sent.strftime("%Y-%m-%d %H:%M:%S")]


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "TZ": "Asia/Shanghai",
            "HOME": str(work),
            "LANG": "C.UTF-8",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        }
    )
    return env


def _attach_dir(m: Msg, work: Path) -> list[tuple[Path, str, str | None]]:
    """Write attachments as files named as they should appear; (path, name, cid)."""
    folder = work / "att" / m.slug
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    out = []
    for i, a in enumerate(m.atts):
        if a.doc is not None:
            sub = folder / str(i)
            sub.mkdir()
            p = sub / a.doc.name
            p.write_bytes(a.doc.data)
            out.append((p, a.doc.name, a.cid))
        elif a.msg is not None:
            sub = folder / str(i)
            sub.mkdir()
            name = (a.msg.subject or "邮件").replace("/", "_")[:40] + ".eml"
            p = sub / name
            p.write_bytes(render(a.msg, work, outer=False))
            out.append((p, name, None))
    return out


def neomutt(m: Msg, work: Path) -> bytes:
    """neomutt in batch mode; the sendmail command keeps the message."""
    out = work / f"{m.slug}.mutt.eml"
    name, addr = m.sender
    rc = [
        f'set sendmail="{CLIENTS / "capture.sh"}"',
        "set use_from=yes",
        f'set realname="{name}"',
        f'set from="{addr}"',
        f'set send_charset="{m.opts.get("charset", "us-ascii:utf-8")}"',
        'set charset="utf-8"',
        f'set hostname="{addr.split("@")[1]}"',
        'set record=""',
        "set copy=no",
        "set user_agent=yes" if m.opts.get("user_agent") else "set user_agent=no",
    ]
    for k, v in m.headers.items():
        rc.append(f"my_hdr {k}: {v}")
    if m.in_reply_to:
        rc.append(f"my_hdr In-Reply-To: {m.in_reply_to}")
    rcfile = work / f"{m.slug}.muttrc"
    rcfile.write_text("\n".join(rc) + "\n", encoding="utf-8")
    body = work / f"{m.slug}.body"
    body.write_text(m.text or "", encoding="utf-8")
    cmd = [*_faketime(m), "neomutt", "-n", "-F", str(rcfile), "-s", m.subject or ""]
    for c in m.cc:
        cmd += ["-c", c]
    files = _attach_dir(m, work)
    if files:
        cmd += ["-a"] + [str(p) for p, _, _ in files]
    cmd += ["--", *m.to]
    env = _env(work) | {"CAPTURE_OUT": str(out)}
    with body.open("rb") as stdin:
        subprocess.run(cmd, stdin=stdin, env=env, check=True, capture_output=True)
    return out.read_bytes()


def snail(m: Msg, work: Path) -> bytes:
    """s-nail in send mode; its mta is the capture script."""
    out = work / f"{m.slug}.snail.eml"
    name, addr = m.sender
    cmd = [
        *_faketime(m),
        "s-nail",
        "-:/",
        "-Sv15-compat",
        f"-Smta={CLIENTS / 'capture.sh'}",
        "-Sttycharset=utf-8",
        f"-Ssendcharsets={m.opts.get('charset', 'utf-8')}",
        f"-Shostname={addr.split('@')[1]}",
        "-r",
        f"{name} <{addr}>",
        "-s",
        m.subject or "",
    ]
    if m.opts.get("encoding"):
        cmd.append(f"-Smime-encoding={m.opts['encoding']}")
    for k, v in m.headers.items():
        cmd += ["-C", f"{k}: {v}"]
    if m.in_reply_to:
        cmd += ["-C", f"In-Reply-To: {m.in_reply_to}"]
    for c in m.cc:
        cmd += ["-c", c]
    for p, _, _ in _attach_dir(m, work):
        cmd += ["-a", str(p)]
    cmd += ["-.", *m.to]
    env = _env(work) | {"CAPTURE_OUT": str(out)}
    subprocess.run(cmd, input=(m.text or "").encode(), env=env, check=True, capture_output=True)
    return out.read_bytes()


def _json_spec(m: Msg, work: Path) -> dict[str, object]:
    name, addr = m.sender
    atts = []
    for p, n, cid in _attach_dir(m, work):
        a: dict[str, object] = {"path": str(p), "name": n}
        if cid:
            a["cid"] = cid
            a["content_type"] = "image/jpeg"
        if n.endswith(".eml"):
            a["content_type"] = "message/rfc822"
            enc = next((x.encoding for x in m.atts if x.msg is not None), None)
            if enc:
                a["transfer_encoding"] = enc
        atts.append(a)
    headers = dict(m.headers)
    if m.in_reply_to:
        headers["In-Reply-To"] = m.in_reply_to
    return {
        "from": [addr, name],
        "to": [[t] for t in m.to],
        "cc": [[c] for c in m.cc],
        "subject": m.subject or "",
        "text": m.text or "",
        "html": m.html or "",
        "charset": m.opts.get("charset", "UTF-8"),
        "encoding": m.opts.get("encoding", "base64"),
        "hostname": addr.split("@")[1],
        "headers": headers,
        "attachments": atts,
        "date": m.sent.isoformat(),
        "message_date": email.utils.format_datetime(m.sent),
        "x_mailer": m.opts.get("x_mailer"),
    }


def phpmailer(m: Msg, work: Path) -> bytes:
    """PHPMailer (Debian libphp-phpmailer): preSend() + getSentMIMEMessage()."""
    spec = _json_spec(m, work)
    return subprocess.run(
        [*_faketime(m), "php", "-d", "date.timezone=Asia/Shanghai", str(CLIENTS / "phpmailer.php")],
        input=json.dumps(spec).encode(),
        env=_env(work),
        check=True,
        capture_output=True,
    ).stdout


def nodemailer(m: Msg, work: Path) -> bytes:
    """nodemailer streamTransport (buffer: true) from a scratch node_modules."""
    spec = _json_spec(m, work)
    env = _env(work) | {"NODE_PATH": str(NODE_MODULES)}
    return subprocess.run(
        ["node", str(CLIENTS / "nodemailer.js")],
        input=json.dumps(spec).encode(),
        env=env,
        check=True,
        capture_output=True,
    ).stdout


def python_email(m: Msg, work: Path) -> bytes:
    """Python's email package (EmailMessage, SMTP policy, RFC 2231 file names)."""
    from email import message_from_bytes
    from email.policy import default

    msg = EmailMessage(policy=SMTP)
    name, addr = m.sender
    msg["From"] = email.utils.formataddr((name, addr)) if name else addr
    msg["To"] = ", ".join(m.to)
    if m.cc:
        msg["Cc"] = ", ".join(m.cc)
    if m.subject is not None:
        msg["Subject"] = m.subject
    msg["Date"] = email.utils.format_datetime(m.sent)
    msg["Message-ID"] = f"<{hashlib.sha1(m.slug.encode()).hexdigest()[:20]}@{addr.split('@')[1]}>"
    if m.in_reply_to:
        msg["In-Reply-To"] = m.in_reply_to
    for k, v in m.headers.items():
        msg[k] = v
    if m.text is not None or m.html is None:
        msg.set_content(m.text or "", charset=m.opts.get("charset", "utf-8"))
    if m.html:
        if m.text is not None:
            msg.add_alternative(m.html, subtype="html")
        else:
            msg.set_content(m.html, subtype="html")
    for a in m.atts:
        if a.doc is not None:
            maintype, subtype = handmade.ctype(a.doc.name).split("/")
            msg.add_attachment(a.doc.data, maintype=maintype, subtype=subtype, filename=a.doc.name)
        elif a.msg is not None:
            inner = message_from_bytes(render(a.msg, work, outer=False), policy=default)
            msg.add_attachment(inner)
    return msg.as_bytes()


RENDER = {
    "neomutt": neomutt,
    "s-nail": snail,
    "phpmailer": phpmailer,
    "nodemailer": nodemailer,
    "python-email": python_email,
}


def render(m: Msg, work: Path, outer: bool = True) -> bytes:
    """The message as its client writes it; with `outer`, as it lies in the bureau's Maildir."""
    work.mkdir(parents=True, exist_ok=True)
    if m.raw is not None:
        data = m.raw
    elif m.client in RENDER:
        data = RENDER[m.client](m, work)
    else:
        data = handmade.render(m, lambda inner: render(inner, work, outer=False))
    data = data.replace(b"\r\n", b"\n")
    if not outer:
        return data
    return _arrival_headers(m) + data


def _arrival_headers(m: Msg) -> bytes:
    """Return-Path, Received and Authentication-Results as the bureau's MX writes them."""
    _name, addr = m.sender
    domain = addr.split("@")[1] if "@" in addr else "unknown"
    digest = hashlib.sha1(m.slug.encode()).hexdigest()
    octets = [60 + int(digest[0:2], 16) % 150, int(digest[2:4], 16), int(digest[4:6], 16)]
    ip = ".".join(map(str, [*octets, int(digest[6:8], 16) % 250 + 2]))
    rcpt = m.to[0] if m.to else "jyj-zcjk01@ta.shandong.cn"
    lines = []
    rp = m.opts.get("return_path", addr)
    lines.append(f"Return-Path: <{rp}>")
    lines.append(f"Delivered-To: {rcpt}")
    lines.append(
        f"Received: from mail.{domain} (unknown [{ip}])\n\tby mx.ta.shandong.cn "
        f"(Postfix) with ESMTPS id {digest[8:18].upper()}\n\tfor <{rcpt}>; "
        f"{email.utils.format_datetime(m.received)}"
    )
    if m.auth == "pass":
        lines.append(
            f"Authentication-Results: mx.ta.shandong.cn;\n\tspf=pass "
            f"smtp.mailfrom={addr};\n\tdkim=pass header.d={domain};\n\tdmarc=pass "
            f"header.from={domain}"
        )
    elif m.auth == "fail":
        lines.append(
            f"Authentication-Results: mx.ta.shandong.cn;\n\tspf=fail "
            f"smtp.mailfrom={addr};\n\tdkim=fail header.d={domain};\n\tdmarc=fail "
            f"(p=none) header.from={domain}"
        )
    elif m.auth.startswith("fail-"):  # one mechanism failing, the way an MX reports it
        spoofer = m.opts.get("spoof_mailfrom", f"bounce@mail-{digest[:6]}.com")
        res = {
            "fail-spf": f"spf=fail smtp.mailfrom={addr};\n\tdkim=none;\n\tdmarc=fail (p=none) "
            f"header.from={domain}",
            "fail-dkim": f"spf=pass smtp.mailfrom={spoofer};\n\tdkim=fail (signature did not "
            f"verify) header.d={domain};\n\tdmarc=fail (p=none) header.from={domain}",
            "fail-dmarc": f"spf=pass smtp.mailfrom={spoofer};\n\tdkim=none;\n\tdmarc=fail "
            f"(p=quarantine dis=none) header.from={domain}",
        }[m.auth]
        lines.append(f"Authentication-Results: mx.ta.shandong.cn;\n\t{res}")
    return ("\n".join(lines) + "\n").encode("utf-8")
