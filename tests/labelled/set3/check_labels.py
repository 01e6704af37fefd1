"""Self-consistency of the development set (tests/labelled/set3).

    python tests/labelled/set3/check_labels.py

Checks that every labelled mail exists and parses, that every labelled file name occurs in
its mail (archive members and forwarded messages included), that readable/unreadable labels
agree with the bytes, that the schema holds, that the set is big and varied enough, and
re-derives the status matrix from the message labels alone and compares it with the
hand-written one. Exits 1 on any disagreement.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections import defaultdict
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")
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
CATS = {"plan", "article", "summary", "statistics", "contact", "other"}
STATES = {"complete", "late", "partial", "missing"}
MOBILE = re.compile(r"^1[3-9]\d{9}$")
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def _members(name: str, data: bytes) -> dict[str, bytes]:
    """Archive members by base name (GBK names without the UTF-8 flag decoded as GBK)."""
    out: dict[str, bytes] = {}
    low = name.lower()
    if low.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                n = info.filename
                if not info.flag_bits & 0x800:
                    n = n.encode("cp437").decode("gbk")
                out[n.rsplit("/", 1)[-1]] = z.read(info)
    elif low.endswith(".7z"):
        with tempfile.TemporaryDirectory() as t:
            p = Path(t) / "a.7z"
            p.write_bytes(data)
            subprocess.run(
                ["7z", "x", "-y", "-bd", f"-o{t}/x", str(p)], check=True, capture_output=True
            )
            for f in (Path(t) / "x").rglob("*"):
                if f.is_file():
                    out[f.name] = f.read_bytes()
    return out


def attachments(msg) -> dict[str, bytes]:
    """Every file in a mail by name: parts, forwarded messages (base64 too), archive members."""
    found: dict[str, bytes] = {}
    for part in msg.walk():
        ctype = part.get_content_type()
        if (
            ctype == "message/rfc822"
            and part.get("Content-Transfer-Encoding", "").lower() == "base64"
        ):
            # the email package parses the base64 text as a headerless message: undo that
            text = "".join(p.as_string() for p in part.get_payload())
            inner = message_from_bytes(
                base64.b64decode("".join(text.split())), policy=policy.default
            )
            found.update(attachments(inner))
            continue
        name = part.get_filename()
        if not name or part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        found[name] = data
        for n, d in _members(name, data).items():
            found[n] = d
    return found


def readable(name: str, data: bytes) -> bool:
    """Whether the bytes open as what the name says (the way a person's Office would)."""
    sys.path.insert(0, str(HERE))
    from gen.docs import is_encrypted

    ext = name.rsplit(".", 1)[-1].lower()
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            return False
        try:
            if ext == "docx":
                import docx

                docx.Document(io.BytesIO(data))
            elif ext == "xlsx":
                import openpyxl

                openpyxl.load_workbook(io.BytesIO(data), read_only=True).close()
            return True
        except Exception:
            return False
    if ext in ("doc", "xls"):
        return data[:8] == bytes.fromhex("D0CF11E0A1B11AE1") and not is_encrypted(data)
    if ext == "pdf":
        return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    return True


def derive(
    labels: dict, units: dict[str, str], due: dict[str, datetime]
) -> dict[str, dict[str, str]]:
    """The matrix from the message labels alone (README: labelling decisions)."""
    by_name = {name: uid for uid, name in units.items()}
    items: dict[tuple[str, str], dict] = defaultdict(lambda: {"good": {}, "bad": False})
    contacts: dict[str, tuple[datetime, dict]] = {}
    for m in labels["messages"]:
        if m["kind"] != "submission":
            continue
        when = datetime.fromisoformat(m["received_at"])
        mail_unit = m["unit"]
        for f in m["files"]:
            req = {"article": "articles"}.get(f["category"], f["category"])
            if req not in REQS or req == "contact":
                continue
            cell = items[(f["unit"] or mail_unit, req)]
            if f["readable"]:
                cell["good"].setdefault(f.get("_key", f["name"]), when)
            else:
                cell["bad"] = True
        if m["body_article"]:
            items[(mail_unit, "articles")]["good"].setdefault(
                "title:" + m["body_article"]["title"], when
            )
        for url in m["article_links"]:
            items[(mail_unit, "articles")]["good"].setdefault("url:" + url, when)
        if m["column_url"]:
            items[(mail_unit, "column_url")]["good"].setdefault(m["column_url"], when)
        if m["wechat_only"]:
            items[(mail_unit, "column_url")]["bad"] = True
        if m["liaison"]:
            uid = by_name.get(m["liaison"]["unit"], mail_unit)
            if uid not in contacts or contacts[uid][0] <= when:
                contacts[uid] = (when, m["liaison"])
    out: dict[str, dict[str, str]] = {}
    for uid in units:
        row = {}
        for req in REQS:
            if req == "contact":
                row[req] = _contact_state(contacts.get(uid), due[req])
                continue
            cell = items[(uid, req)]
            need = 5 if req == "articles" else 1
            times = sorted(cell["good"].values())
            in_time = [t for t in times if t <= due[req]]
            if len(in_time) >= need:
                row[req] = "complete"
            elif len(times) >= need:
                row[req] = "late"
            elif times or cell["bad"]:
                row[req] = "partial"
            else:
                row[req] = "missing"
        out[uid] = row
    return out


def _contact_state(latest: tuple[datetime, dict] | None, due: datetime) -> str:
    if latest is None:
        return "missing"
    when, c = latest
    ok = (
        all(c.get(k) for k in ("unit", "name", "position"))
        and EMAIL.match(c.get("email") or "")
        and MOBILE.match(c.get("mobile") or "")
    )
    if not ok:
        return "partial"
    return "complete" if when <= due else "late"


def main() -> int:
    """Run every check; print what failed."""
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    config = tomllib.loads((HERE / labels["config"]).read_text(encoding="utf-8"))
    units = {u["id"]: u["name"] for u in config["units"]}
    due = {r["id"]: r["due"] for r in config["requirements"]}
    errors: list[str] = []
    keys = {
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
    for m in labels["messages"]:
        tag = m["file"]
        if set(m) != keys:
            errors.append(f"{tag}: keys {sorted(set(m) ^ keys)}")
        if m["kind"] not in KINDS:
            errors.append(f"{tag}: kind {m['kind']}")
        if m["kind"] == "submission" and m["unit"] not in units:
            errors.append(f"{tag}: submission without a known unit")
        if m["kind"] != "submission" and (
            m["unit"] or m["files"] or m["liaison"] or m["column_url"]
        ):
            errors.append(f"{tag}: a non-submission carries unit/files/liaison/column")
        if datetime.fromisoformat(m["received_at"]).utcoffset().total_seconds() != 8 * 3600:
            errors.append(f"{tag}: received_at not +08:00")
        path = HERE / tag
        if not path.exists():
            errors.append(f"{tag}: missing")
            continue
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        if not msg["From"] or not msg["Date"] or not msg["Message-ID"]:
            errors.append(f"{tag}: From/Date/Message-ID missing")
        files = attachments(msg)
        for f in m["files"]:
            if f["category"] not in CATS or (f["unit"] and f["unit"] not in units):
                errors.append(f"{tag}: bad file label {f}")
            data = files.get(f["name"])
            if data is None:
                errors.append(f"{tag}: labelled file {f['name']} not in the mail ({sorted(files)})")
                continue
            f["_key"] = hashlib.sha256(data).hexdigest()
            if readable(f["name"], data) != f["readable"]:
                errors.append(
                    f"{tag}: {f['name']} readable is {not f['readable']}, labelled {f['readable']}"
                )
        if m["liaison"] and m["liaison"]["unit"] not in units.values():
            errors.append(f"{tag}: liaison unit {m['liaison']['unit']} is not a full unit name")
        body = msg.get_body(("html", "plain"))
        text = body.get_content() if body else ""
        for url in m["article_links"] + ([m["column_url"]] if m["column_url"] else []):
            if (
                url not in text
                and not any(url.encode() in d for d in files.values())
                and m["column_url"] != url
            ):
                errors.append(f"{tag}: {url} not in the body")
    matrix = labels["matrix"]
    for uid in units:
        row = matrix.get(uid, {})
        if set(row) != set(REQS) or not set(row.values()) <= STATES:
            errors.append(f"matrix {uid}: {row}")
    derived = derive(labels, units, due)
    for uid, row in derived.items():
        for req, state in row.items():
            if matrix.get(uid, {}).get(req) != state:
                errors.append(
                    f"matrix {uid}/{req}: hand-written {matrix[uid].get(req)}, derived {state}"
                )
    msgs = labels["messages"]
    producers = {m["client"] for m in msgs}
    non = sum(1 for m in msgs if m["kind"] != "submission")
    if len(msgs) < 200:
        errors.append(f"only {len(msgs)} messages")
    if len(producers) < 5:
        errors.append(f"only {len(producers)} producers")
    if non < 30:
        errors.append(f"only {non} non-submissions")
    covered = {m["unit"] for m in msgs if m["kind"] == "submission"}
    if covered != set(units):
        errors.append(f"units without a submission: {sorted(set(units) - covered)}")
    for e in errors:
        print("FAIL", e)
    print(
        f"{len(msgs)} messages ({non} non-submissions), {len(producers)} producers, "
        f"{sum(len(m['files']) for m in msgs)} labelled files, matrix {len(units)}x{len(REQS)}: "
        f"{'OK' if not errors else f'{len(errors)} problems'}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
