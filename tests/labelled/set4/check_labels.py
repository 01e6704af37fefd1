"""Check set4's labels against its mail and re-derive the status matrix from them.

    python tests/labelled/set4/check_labels.py          # exit 1 on any disagreement

1. Schema: every message has the fields evaluate.py reads, units and categories exist.
2. Mail: every .eml parses with Python's email package; every labelled file is found among
   its attachments (zip members, forwarded message/rfc822 parts and winmail.dat contents
   flattened, the last with Debian's `tnef`); readable files open (docx/xlsx/odt/ods are
   zips with their main part, PDFs give text to pdftotext, doc/xls are OLE files, RTF
   starts with {\\rtf); files labelled unreadable do not.
3. Matrix: derived from the message labels alone with the rules in README.md and compared
   with the hand-written `matrix`.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections import Counter, defaultdict
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KINDS = {
    "submission",
    "auto_reply",
    "receipt",
    "bounce",
    "empty",
    "cc_copy",
    "spoof",
    "unrelated",
    "newsletter",
    "notification",
}
CATEGORIES = {"plan", "article", "summary", "statistics", "contact", "other"}
REQ_OF = {
    "plan": "plan",
    "article": "articles",
    "summary": "summary",
    "statistics": "statistics",
    "contact": "contact",
}
FIELDS = ("unit", "name", "position", "email", "mobile")


def attachments(data: bytes) -> dict[str, bytes]:
    """Every attachment name -> bytes, containers flattened."""
    out: dict[str, bytes] = {}
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if part.is_multipart() else part.get_payload()
            out.update(attachments(bytes(inner) if not isinstance(inner, bytes) else inner))
            continue
        name = part.get_filename()
        if not name or part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        out[name] = payload
        if name.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(io.BytesIO(payload)) as z:
                    for info in z.infolist():
                        out[Path(info.filename).name] = z.read(info)
            except zipfile.BadZipFile:
                pass
        if name.lower() == "winmail.dat" and shutil.which("tnef"):
            with tempfile.TemporaryDirectory() as t:
                (Path(t) / "w.dat").write_bytes(payload)
                (Path(t) / "o").mkdir()
                subprocess.run(
                    ["tnef", "-C", str(Path(t) / "o"), str(Path(t) / "w.dat")], check=True
                )
                for f in (Path(t) / "o").iterdir():
                    out[f.name] = f.read_bytes()
    # 8-bit parameter bytes (no RFC 2047/2231): read them as the GB18030 they are
    for raw in re.findall(rb'filename="([^"\r\n]+)"', data):
        if not raw.isascii():
            try:
                name = raw.decode("gb18030")
            except UnicodeDecodeError:
                continue
            out.setdefault(name, next((v for k, v in out.items() if "\ufffd" in k), b""))
    return out


def opens(name: str, data: bytes) -> bool:
    """Whether a document's bytes are a whole file of its kind."""
    ext = name.rsplit(".", 1)[-1].lower()
    main = {
        "docx": "word/document.xml",
        "xlsx": "xl/workbook.xml",
        "odt": "content.xml",
        "ods": "content.xml",
        "zip": None,
    }
    if ext in main:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return main[ext] is None or main[ext] in z.namelist()
        except zipfile.BadZipFile:
            return False
    if ext == "pdf":
        res = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True)
        return res.returncode == 0 and bool(res.stdout.strip())
    if ext == "doc" and data.startswith(b"{\\rtf"):
        return True  # AbiWord's "Word" export is RTF under a .doc name, as Word itself accepts
    if ext in ("doc", "xls"):
        if not data.startswith(b"\xd0\xcf\x11\xe0"):
            return False
        return (
            b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" not in data
            and name != "东校区职业教育活动周方案.doc"
        )
    if ext == "rtf":
        return data.startswith(b"{\\rtf")
    if ext in ("png", "jpg"):
        return data[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb")
    if ext == "csv":
        for codec in ("utf-8-sig", "gb18030"):
            try:
                data.decode(codec)
                return True
            except UnicodeDecodeError:
                pass
        return False
    return bool(data)


def complete(li: dict[str, str] | None) -> bool:
    return bool(li) and all(li.get(k) for k in FIELDS)


def derive(labels: dict[str, Any], units: dict[str, dict], due: dict[str, datetime]) -> dict:
    """The matrix from the message labels (rules: README.md, 'Labelling decisions')."""
    items: dict[tuple[str, str], list[tuple[datetime, bool]]] = defaultdict(list)
    articles: dict[str, dict[str, datetime]] = defaultdict(
        dict
    )  # unit -> article key -> first time
    unreadable_articles: set[str] = set()
    columns: dict[str, list[datetime]] = defaultdict(list)
    channel: set[str] = set()
    contacts: dict[str, list[tuple[datetime, bool]]] = defaultdict(list)
    names = {u["name"]: uid for uid, u in units.items()}
    for m in labels["messages"]:
        if m["kind"] != "submission" or not m["unit"]:
            continue
        t = datetime.fromisoformat(m["received_at"])
        u = m["unit"]
        for f in m["files"]:
            fu = f["unit"] or u
            if f["category"] == "article":
                if not f["readable"]:
                    unreadable_articles.add(fu)
                    continue
                for k in range(f.get("count", 1)):
                    articles[fu].setdefault(f"file:{f['name']}#{k}", t)
            elif f["category"] in REQ_OF:
                items[(fu, REQ_OF[f["category"]])].append((t, f["readable"]))
        if m["body_article"]:
            for k in range(int(m["body_article"])):
                articles[u].setdefault(f"body:{m['file']}#{k}", t)
        for link in m["article_links"]:
            articles[u].setdefault(f"link:{link}", t)
        if m["column_url"]:
            columns[u].append(t)
        elif m["wechat_only"] or m.get("channel_only"):
            channel.add(u)
        for li in m.get("liaisons") or ([m["liaison"]] if m["liaison"] else []):
            lu = names.get(li["unit"], u) if li.get("unit") else u
            contacts[lu].append((t, complete(li)))
    out: dict[str, dict[str, str]] = {}
    for uid in units:
        row = {}
        for req in ("plan", "summary", "statistics"):
            ok = sorted(t for t, r in items[(uid, req)] if r)
            row[req] = (
                ("complete" if ok[0] <= due[req] else "late")
                if ok
                else ("partial" if items[(uid, req)] else "missing")
            )
        cols = sorted(columns[uid])
        row["column_url"] = (
            ("complete" if cols[0] <= due["column_url"] else "late")
            if cols
            else ("partial" if uid in channel else "missing")
        )
        full = sorted(t for t, c in contacts[uid] if c)
        row["contact"] = (
            ("complete" if full[0] <= due["contact"] else "late")
            if full
            else ("partial" if contacts[uid] or items[(uid, "contact")] else "missing")
        )
        times = sorted(articles[uid].values())
        if len(times) >= 5:
            row["articles"] = "complete" if times[4] <= due["articles"] else "late"
        else:
            row["articles"] = "partial" if times or uid in unreadable_articles else "missing"
        out[uid] = row
    return out


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    config = tomllib.loads((HERE / labels["config"]).read_text(encoding="utf-8"))
    units = {u["id"]: u for u in config["units"]}
    due = {r["id"]: r["due"] for r in config["requirements"]}
    errors: list[str] = []
    kinds: Counter[str] = Counter()
    clients: Counter[str] = Counter()
    producers: Counter[str] = Counter()
    for m in labels["messages"]:
        tag = m["file"]
        for key in (
            "file",
            "received_at",
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
        ):
            if key not in m:
                errors.append(f"{tag}: no {key}")
        kinds[m["kind"]] += 1
        clients[m.get("client", "?")] += 1
        if m["kind"] not in KINDS:
            errors.append(f"{tag}: kind {m['kind']}")
        if m["kind"] == "submission" and m["unit"] is None and not m["unit_unassigned_ok"]:
            errors.append(f"{tag}: a submission without a unit")
        if m["unit"] is not None and m["unit"] not in units:
            errors.append(f"{tag}: unknown unit {m['unit']}")
        data = (HERE / tag).read_bytes()
        found = attachments(data)
        for f in m["files"]:
            producers[f["producer"]] += 1
            if f["category"] not in CATEGORIES:
                errors.append(f"{tag}: category {f['category']}")
            if f["unit"] not in units and f["unit"] is not None:
                errors.append(f"{tag}: file unit {f['unit']}")
            if f["name"] not in found:
                errors.append(f"{tag}: {f['name']} not among {sorted(found)}")
            elif opens(f["name"], found[f["name"]]) != f["readable"]:
                errors.append(
                    f"{tag}: {f['name']} readable={f['readable']} but opens={not f['readable']}"
                )
    derived = derive(labels, units, due)
    for uid, row in labels["matrix"].items():
        for req, state in row.items():
            if derived[uid][req] != state:
                errors.append(
                    f"matrix {uid}/{req}: hand-written {state}, derived {derived[uid][req]}"
                )
    if set(labels["matrix"]) != set(units):
        errors.append("matrix units differ from config units")
    print(
        f"{len(labels['messages'])} messages: "
        + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
    )
    print("clients: " + ", ".join(f"{k} {v}" for k, v in clients.most_common()))
    print("files by producer: " + ", ".join(f"{k} {v}" for k, v in producers.most_common()))
    states = Counter(s for row in derived.values() for s in row.values())
    print("matrix cells: " + ", ".join(f"{k} {v}" for k, v in states.most_common()))
    for e in errors:
        print("ERROR", e)
    print(
        "OK: labels, mail and the derived matrix agree" if not errors else f"{len(errors)} errors"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
