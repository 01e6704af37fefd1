"""Real mail programs building set4's messages: neomutt and s-nail in batch mode with a
capture script for sendmail, PHPMailer through php-cli, nodemailer's MailComposer through
node, and Python's email package. Nothing is sent.

Each stamps its own Date, Message-ID, boundaries and Content-IDs; `_normalise` replaces
exactly those with values derived from the message, so the set is reproducible.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .mimeparts import boundary, date_header

CLIENTS_DIR = Path(__file__).resolve().parent.parent / "clients"
NODE_PATH = os.environ.get("SET4_NODE_MODULES", "/tmp/set4-node/node_modules")


def _h(mail: Any, n: int = 10) -> str:
    return hashlib.sha256(mail.seed().encode()).hexdigest()[:n]


def _normalise(raw: bytes, mail: Any) -> bytes:
    """Replace what a real client stamps from the clock or a random source."""
    head, sep, rest = (
        raw.partition(b"\n\n") if b"\r\n\r\n" not in raw[:4000] else raw.partition(b"\r\n\r\n")
    )
    head = re.sub(rb"(?im)^Date: .*$", b"Date: " + date_header(mail.when).encode(), head, count=1)
    head = re.sub(rb"(?im)^Message-ID: .*$", f"Message-ID: <{mail.msgid}>".encode(), head, count=1)
    raw = head + sep + rest
    found = list(dict.fromkeys(m.decode() for m in re.findall(rb'boundary="?([^";\r\n]+)"?', raw)))
    for i, b in enumerate(found):
        raw = raw.replace(b.encode(), boundary(f"{mail.seed()}|{i}", "set4_{h:.24}").encode())
    cids = list(dict.fromkeys(re.findall(rb"(?im)^Content-ID: <([^>]+)>", raw)))
    for i, c in enumerate(cids):
        if c.decode() not in [x[0] for x in mail.inline]:
            raw = raw.replace(c, f"{i}.{_h(mail, 8)}@{mail.frm[1].split('@')[1]}".encode())
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _files_dir(mail: Any, tmp: Path) -> list[Path]:
    paths = []
    for i, (n, d) in enumerate(mail.files):
        sub = tmp / f"a{i}"
        sub.mkdir()
        (sub / n).write_bytes(d)
        paths.append(sub / n)
    return paths


def neomutt(mail: Any) -> bytes:
    with tempfile.TemporaryDirectory(prefix="set4-mutt-") as t:
        tmp = Path(t)
        out = tmp / "out.eml"
        cap = tmp / "cap.sh"
        cap.write_text(f'#!/bin/sh\ncat > "{out}"\n')
        cap.chmod(0o755)
        rc = (
            (CLIENTS_DIR / "muttrc.in")
            .read_text()
            .format(
                sendmail=cap,
                email=mail.frm[1],
                name=mail.frm[0],
                tmp=tmp,
                charset="gb18030" if "gb" in mail.client else "utf-8",
                host=mail.frm[1].split("@")[1],
            )
        )
        (tmp / "muttrc").write_text(rc)
        (tmp / "spool").touch()
        (tmp / "body.txt").write_text(mail.text)
        cmd = ["neomutt", "-n", "-F", str(tmp / "muttrc"), "-s", mail.subject or ""]
        for _, e in mail.cc:
            cmd += ["-c", e]
        paths = _files_dir(mail, tmp)
        if paths:
            cmd += ["-a", *map(str, paths)]
        cmd += ["--", *(e for _, e in mail.to)]
        with open(tmp / "body.txt", "rb") as stdin:
            subprocess.run(
                cmd,
                stdin=stdin,
                check=True,
                capture_output=True,
                env={**os.environ, "HOME": str(tmp)},
                timeout=60,
            )
        return _normalise(out.read_bytes(), mail)


def snail(mail: Any) -> bytes:
    with tempfile.TemporaryDirectory(prefix="set4-snail-") as t:
        tmp = Path(t)
        out = tmp / "out.eml"
        cap = tmp / "cap.sh"
        cap.write_text(f'#!/bin/sh\ncat > "{out}"\n')
        cap.chmod(0o755)
        cmd = [
            "s-nail",
            "-:/",
            "-S",
            f"mta={cap}",
            "-S",
            f"from={mail.frm[0]} <{mail.frm[1]}>",
            "-S",
            "sendcharsets=gb18030",
            "-S",
            "ttycharset=utf-8",
            "-S",
            "hostname=" + mail.frm[1].split("@")[1],
            "-s",
            mail.subject or "",
        ]
        for _, e in mail.cc:
            cmd += ["-c", e]
        for p in _files_dir(mail, tmp):
            cmd += ["-a", str(p)]
        cmd += [e for _, e in mail.to]
        subprocess.run(
            cmd,
            input=mail.text.encode(),
            check=True,
            capture_output=True,
            env={**os.environ, "HOME": str(tmp), "LC_ALL": "C.UTF-8"},
            timeout=60,
        )
        return _normalise(out.read_bytes(), mail)


def _json_job(mail: Any, tmp: Path) -> dict:
    return {
        "from_name": mail.frm[0],
        "from": mail.frm[1],
        "to": [list(x) for x in mail.to],
        "cc": [list(x) for x in mail.cc],
        "subject": mail.subject or "",
        "text": None if mail.html_only else mail.text,
        "html": mail.html,
        "messageid": mail.msgid,
        "date": date_header(mail.when),
        "attachments": [{"path": str(p), "name": p.name} for p in _files_dir(mail, tmp)],
        "inline": [
            {"cid": c, "name": n, "path": str(_write(tmp, f"i{i}", n, d))}
            for i, (c, n, d) in enumerate(mail.inline)
        ],
        "headers": mail.headers,
    }


def _write(tmp: Path, sub: str, name: str, data: bytes) -> Path:
    (tmp / sub).mkdir()
    (tmp / sub / name).write_bytes(data)
    return tmp / sub / name


def phpmailer(mail: Any) -> bytes:
    with tempfile.TemporaryDirectory(prefix="set4-php-") as t:
        job = _json_job(mail, Path(t))
        res = subprocess.run(
            ["php", str(CLIENTS_DIR / "phpmailer_build.php")],
            input=json.dumps(job).encode(),
            check=True,
            capture_output=True,
            timeout=60,
        )
        return _normalise(res.stdout, mail)


def nodemailer(mail: Any) -> bytes:
    if not Path(NODE_PATH, "nodemailer").exists():
        raise RuntimeError(
            "nodemailer is not installed: "
            f"npm install --prefix {Path(NODE_PATH).parent} nodemailer@6"
        )
    with tempfile.TemporaryDirectory(prefix="set4-node-") as t:
        job = _json_job(mail, Path(t))
        res = subprocess.run(
            ["node", str(CLIENTS_DIR / "nodemailer_build.js")],
            input=json.dumps(job).encode(),
            check=True,
            capture_output=True,
            env={**os.environ, "NODE_PATH": NODE_PATH},
            timeout=60,
        )
        return _normalise(res.stdout, mail)


def python_email(mail: Any) -> bytes:
    from email import policy
    from email.message import EmailMessage
    from email.utils import formataddr

    m = EmailMessage(policy=policy.SMTP)
    m["Date"] = date_header(mail.when)
    m["From"] = formataddr(mail.frm)
    m["To"] = ", ".join(formataddr(x) for x in mail.to)
    if mail.cc:
        m["Cc"] = ", ".join(formataddr(x) for x in mail.cc)
    if mail.subject is not None:
        m["Subject"] = mail.subject
    m["Message-ID"] = f"<{mail.msgid}>"
    if mail.in_reply_to:
        m["In-Reply-To"] = f"<{mail.in_reply_to}>"
    for k, v in mail.headers:
        m[k] = v
    if mail.html_only:
        m.set_content(mail.html or "", subtype="html")
    else:
        m.set_content(mail.text)
        if mail.html:
            m.add_alternative(mail.html, subtype="html")
    for n, d in mail.files:
        main, sub = _guess(n)
        m.add_attachment(d, maintype=main, subtype=sub, filename=n)
    if mail.forward is not None:
        from email import message_from_bytes

        m.add_attachment(message_from_bytes(mail.forward, policy=policy.SMTP))
    raw = m.as_bytes()
    return _normalise(raw, mail)


def _guess(name: str) -> tuple[str, str]:
    from .mimeparts import mime_type

    main, sub = mime_type(name).split("/")
    return main, sub
