"""Build labelled development set4: mail/NNN-slug.eml and labels.json.

    python tests/labelled/set4/generate.py            # documents cached in .build/
    python tests/labelled/set4/generate.py --clean    # make every document again

Stories are in gen/story_*.py, producers in gen/producers.py, mail clients in
gen/clients.py (real: neomutt, s-nail, PHPMailer, nodemailer, Python's email; hand-shaped:
Foxmail, Outlook 2016, QQ mail, Coremail, Sina, WeChat, iPhone Mail, 网易邮箱大师). Needs
soffice, pandoc, abiword, ssconvert, chromium, pdftoppm, neomutt, s-nail, php with
libphp-phpmailer, node with nodemailer in $SET4_NODE_MODULES (default
/tmp/set4-node/node_modules: `npm install --prefix /tmp/set4-node nodemailer@6`).

Everything the script decides is fixed (no clock, seeded choices, boundaries and
Message-IDs derived from the message); the documents made by external programs carry those
programs' own timestamps, so a --clean rebuild changes those bytes and no label.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import (  # noqa: E402
    story_counties_a,
    story_counties_b,
    story_extra,
    story_more,
    story_noise_a,
    story_noise_b,
    story_schools_a1,
    story_schools_a2,
    story_schools_b1,
    story_schools_b2,
)
from gen.clients import Mail, render  # noqa: E402
from gen.matrix_hand import MATRIX  # noqa: E402
from gen.producers import BUILD, PRODUCER_NAMES, Doc, produce_all  # noqa: E402
from gen.story import Msg, Z  # noqa: E402

EVALUATE_AT = "2020-11-17T12:00:00+08:00"
CLIENT_NAMES = {
    "foxmail": "Foxmail 7.2 (hand-shaped)",
    "outlook": "Outlook 2016 (hand-shaped)",
    "qqmail": "QQ mail web (hand-shaped)",
    "coremail": "163/126 Coremail web mail (hand-shaped)",
    "sina": "Sina web mail (hand-shaped)",
    "wechat": "WeChat 转发到邮箱 (hand-shaped)",
    "iphone": "iPhone Mail (hand-shaped)",
    "mailmaster": "网易邮箱大师 Android (hand-shaped)",
    "mailmaster-raw": "网易邮箱大师 Android, raw 8-bit file name (hand-shaped)",
    "neomutt": "neomutt 20220429 (real)",
    "neomutt-gb": "neomutt 20220429, GB18030 body (real)",
    "s-nail": "s-nail 14.9 (real)",
    "phpmailer": "PHPMailer 6.6 via php-cli (real)",
    "nodemailer": "nodemailer 6 MailComposer (real)",
    "python-email": "Python email package (real)",
    "raw": "multipart/report written byte by byte",
}


def stories() -> list[Msg]:
    modules = (
        story_counties_a,
        story_counties_b,
        story_schools_a1,
        story_schools_a2,
        story_schools_b1,
        story_schools_b2,
        story_extra,
        story_more,
        story_noise_a,
        story_noise_b,
    )
    msgs = [m for module in modules for m in module.messages()]
    for m in msgs:
        m.delay_min = 1 + int(hashlib.sha256(m.slug.encode()).hexdigest()[:2], 16) % 4
    msgs.sort(key=lambda m: (m.received(), m.slug))
    seen: dict[str, int] = {}
    for m in msgs:
        seen[m.slug] = seen.get(m.slug, 0) + 1
        if seen[m.slug] > 1:
            m.slug = f"{m.slug}-{seen[m.slug]}"
    return msgs


def docs_of(m: Msg) -> list[Doc]:
    out = [f.doc for f in m.files] + [d for _, _, d in m.inline]
    if m.forward is not None:
        out += docs_of(m.forward)
    return out


def msgid(m: Msg) -> str:
    h = hashlib.sha256(m.slug.encode()).hexdigest()
    domain = m.frm[1].split("@")[-1] or "localhost"
    if m.client == "foxmail":
        return f"{m.dt():%Y%m%d%H%M}{int(h[:8], 16) % 10**8:08d}@{domain}"
    if m.client == "qqmail" or m.client == "wechat":
        return f"tencent_{h[:32].upper()}@qq.com"
    if m.client.startswith("coremail"):
        return f"{h[:7]}.{h[7:11]}.{h[11:22]}.Coremail.{m.frm[1].split('@')[0]}@{domain}"
    if m.client == "outlook":
        return f"00{h[:2]}01d6b{h[2:5]}${h[5:13]}${h[13:21]}@{domain}"
    return f"{h[:24]}@{domain}"


def to_mail(m: Msg, blobs: dict[str, bytes]) -> Mail:
    mail = Mail(
        client=m.client,
        frm=m.frm,
        subject=m.subject,
        when=m.dt(),
        text=m.text,
        html=m.html,
        html_only=m.html_only,
        files=[(f.name, blobs[f.doc.key()]) for f in m.files],
        inline=[(c, n, blobs[d.key()]) for c, n, d in m.inline],
        cc=m.cc,
        headers=m.headers,
        in_reply_to=m.in_reply_to,
        msgid=msgid(m),
        tnef=m.tnef,
    )
    if m.to is not None:
        mail.to = m.to
    if m.forward is not None:
        mail.forward = render(to_mail(m.forward, blobs))
        mail.forward_name = (m.forward.subject or "转发") + ".eml"
    return mail


def file_label(f: Any, unit: str | None) -> dict[str, Any]:
    label = {
        "name": f.name,
        "category": f.category,
        "unit": f.unit or unit,
        "readable": f.readable,
        "producer": PRODUCER_NAMES[f.doc.family()],
    }
    if f.count != 1:
        label["count"] = f.count
    if f.note:
        label["note"] = f.note
    return label


def label(m: Msg, number: int) -> dict[str, Any]:
    sub = m.kind == "submission"
    out: dict[str, Any] = {
        "file": f"mail/{number:03d}-{m.slug}.eml",
        "received_at": m.received().isoformat(),
        "kind": m.kind,
        "unit": m.unit if sub else None,
        "unit_unassigned_ok": m.unit_unassigned_ok,
        "client": CLIENT_NAMES[m.client] + (", TNEF winmail.dat" if m.tnef else ""),
        "files": [file_label(f, m.unit) for f in m.all_files()] if sub else [],
        "body_article": m.body_article,
        "article_links": m.article_links,
        "column_url": m.column_url,
        "wechat_only": m.wechat_only,
        "liaison": m.liaison,
        "note": m.note,
    }
    if m.liaisons:
        out["liaisons"] = m.liaisons
    if m.channel_only:
        out["channel_only"] = m.channel_only
    zips = [f.name for f in m.files if isinstance(f, Z)]
    if zips:
        out["containers"] = zips
    if m.forward is not None:
        out["forwarded"] = m.forward.subject
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="make every document again")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.clean and BUILD.exists():
        shutil.rmtree(BUILD)
    msgs = stories()
    blobs = produce_all([d for m in msgs for d in docs_of(m)])
    out = HERE / "mail"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    labels = []
    for n, m in enumerate(msgs, 1):
        raw = m.raw if m.raw is not None else render(to_mail(m, blobs))
        entry = label(m, n)
        (HERE / entry["file"]).write_bytes(raw)
        labels.append(entry)
    doc = {
        "config": "config.toml",
        "evaluate_at": EVALUATE_AT,
        "messages": labels,
        "matrix": MATRIX,
    }
    (HERE / "labels.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    size = sum(p.stat().st_size for p in out.iterdir())
    logging.info("%d messages, %.1f MB", len(labels), size / 1e6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
