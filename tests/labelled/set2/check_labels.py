"""Self-consistency check of the held-out set (not an evaluation of the product).

    python tests/labelled/set2/check_labels.py [--deep]

Checks: labels.json has the schema; every message file exists and parses with Python's email
package; every labelled file name occurs in its message (MIME parts, message/rfc822 parts, also
base64-encoded ones, zip and 7z members); the matrix covers every unit x requirement of
config.toml and agrees with the matrix re-derived from the message labels; at least 150
messages, 5 producers and 20 non-submissions. With --deep, every labelled column URL, article
link, pasted headline and liaison mobile number also occurs in the message's text (subject,
bodies, and the text of its docx/xlsx/pdf/odt files).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import email
import io
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from datetime import datetime
from email.message import Message
from email.policy import default
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen.derive import derive  # noqa: E402

KINDS = {
    "submission",
    "auto-reply",
    "read-receipt",
    "bounce",
    "empty",
    "notice-forward",
    "spoof",
    "unrelated",
    "list",
}
CATEGORIES = {"plan", "article", "summary", "statistics", "contact", "other"}
KEYS = {
    "file",
    "received_at",
    "client",
    "kind",
    "unit",
    "unit_unassigned_ok",
    "files",
    "body_article",
    "article_links",
    "column_url",
    "wechat_only",
    "liaison",
    "note",
}


def _inner(part: Message) -> list[Message]:
    """Messages inside a message/rfc822 part, decoding a base64 body as nodemailer writes it."""
    cte = str(part.get("Content-Transfer-Encoding", "")).lower()
    if cte == "base64":
        raw = part.get_payload(decode=False)
        if isinstance(raw, list):  # the email package parsed the base64 text as a message
            raw = raw[0].as_string()
        data = base64.b64decode("".join(str(raw).split()))
        return [email.message_from_bytes(data, policy=default)]
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _archive_names(name: str, data: bytes) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    if name.lower().endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            n = info.filename
            if not info.flag_bits & 0x800:
                with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                    n = n.encode("cp437").decode("gbk")
            out.append((n.rsplit("/", 1)[-1], z.read(info)))
    elif name.lower().endswith(".7z"):
        if shutil.which("7z") is None:
            raise SystemExit("7z is needed to list .7z members")
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "a.7z"
            src.write_bytes(data)
            subprocess.run(["7z", "x", "-bd", "-bso0", f"-o{tmp}/x", str(src)], check=True)
            for p in sorted((Path(tmp) / "x").rglob("*")):
                if p.is_file():
                    out.append((p.name, p.read_bytes()))
    return out


def files_of(msg: Message) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(file name, bytes) of every file a person sees, and the texts of every body part."""
    files: list[tuple[str, bytes]] = []
    texts: list[str] = [str(msg.get("Subject", ""))]
    stack = [msg]
    while stack:
        m = stack.pop()
        for part in m.walk():
            ctype = part.get_content_type()
            if ctype == "message/rfc822":
                stack.extend(_inner(part))
                continue
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name:
                data = part.get_payload(decode=True) or b""
                files.append((name, data))
                files.extend(_archive_names(name, data))
            elif ctype.startswith("text/"):
                try:
                    texts.append(str(part.get_content()))
                except (LookupError, UnicodeDecodeError):
                    texts.append((part.get_payload(decode=True) or b"").decode("gbk", "replace"))
    return files, texts


def doc_text(name: str, data: bytes) -> str:
    """Text of a document for --deep (empty when it cannot be read)."""
    low = name.lower()
    try:
        if low.endswith(".docx"):
            import docx

            d = docx.Document(io.BytesIO(data))
            cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
            return "\n".join([p.text for p in d.paragraphs] + cells)
        if low.endswith(".xlsx"):
            import openpyxl

            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            return "\n".join(
                str(c)
                for ws in wb
                for r in ws.iter_rows(values_only=True)
                for c in r
                if c is not None
            )
        if low.endswith((".odt", ".ods")):
            import re

            xml = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode("utf-8")
            return re.sub(r"<[^>]+>", "\n", xml)
        if low.endswith(".pdf"):
            return subprocess.run(
                ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
            ).stdout.decode("utf-8", "replace")
    except Exception:
        return ""
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description="check the held-out set is self-consistent")
    ap.add_argument("--deep", action="store_true")
    args = ap.parse_args()
    labels: dict[str, Any] = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    cfg = tomllib.loads((HERE / labels["config"]).read_text(encoding="utf-8"))
    units = {u["id"]: u for u in cfg["units"]}
    reqs = [r["id"] for r in cfg["requirements"]]
    errors: list[str] = []
    msgs = labels["messages"]
    datetime.fromisoformat(labels["evaluate_at"])
    for m in msgs:
        where = m.get("file", "?")
        missing = KEYS - set(m)
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
            continue
        if m["kind"] not in KINDS:
            errors.append(f"{where}: kind {m['kind']!r}")
        if m["kind"] == "submission" and m["unit"] not in units and not m["unit_unassigned_ok"]:
            errors.append(f"{where}: submission without a known unit")
        if m["kind"] != "submission" and (m["unit"] or m["liaison"] or m["column_url"]):
            errors.append(f"{where}: a non-submission carries unit/liaison/column labels")
        if not datetime.fromisoformat(m["received_at"]).utcoffset():
            errors.append(f"{where}: received_at without +08:00")
        path = HERE / m["file"]
        if not path.is_file():
            errors.append(f"{where}: no such file")
            continue
        parsed = email.message_from_bytes(path.read_bytes(), policy=default)
        names, texts = files_of(parsed)
        seen = {n for n, _ in names}
        for f in m["files"]:
            if f["category"] not in CATEGORIES:
                errors.append(f"{where}: category {f['category']!r}")
            if f["unit"] is not None and f["unit"] not in units:
                errors.append(f"{where}: file unit {f['unit']!r}")
            if f["name"] not in seen:
                errors.append(f"{where}: labelled file {f['name']!r} not in the message")
        if m["liaison"] and m["liaison"]["unit"] not in {u["name"] for u in units.values()}:
            errors.append(f"{where}: liaison unit is not a unit name of the config")
        if args.deep:
            blob = "\n".join(texts + [doc_text(n, d) for n, d in names])
            wanted = list(m["article_links"])
            if m["column_url"]:
                wanted.append(m["column_url"])
            if m["body_article"]:
                wanted.append(m["body_article"]["title"])
            if m["liaison"] and m["liaison"]["mobile"]:
                wanted.append(m["liaison"]["mobile"])
            for w in wanted:
                if w not in blob:
                    errors.append(f"{where}: {w!r} not found in the message text")
    matrix = labels["matrix"]
    for u in units:
        for r in reqs:
            if matrix.get(u, {}).get(r) not in {"complete", "late", "partial", "missing"}:
                errors.append(f"matrix: {u}.{r} missing or invalid")
    derived = derive(labels, list(units.values()), cfg["requirements"])
    for u, row in derived.items():
        for r, state in row.items():
            if matrix.get(u, {}).get(r) != state:
                errors.append(f"matrix: {u}.{r} is {matrix.get(u, {}).get(r)}, labels give {state}")
    producers = {m["client"] for m in msgs}
    non = [m for m in msgs if m["kind"] != "submission"]
    if len(msgs) < 150:
        errors.append(f"only {len(msgs)} messages")
    if len(producers) < 5:
        errors.append(f"only {len(producers)} producers")
    if len(non) < 20:
        errors.append(f"only {len(non)} non-submissions")
    for e in errors:
        print(e)
    print(
        f"{len(msgs)} messages, {len(producers)} producers, {len(non)} non-submissions, "
        f"{len(errors)} problems"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
