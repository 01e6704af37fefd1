"""Regenerate the held-out labelled set: mail/NNN-slug.eml and labels.json.

    python tests/labelled/set2/generate.py [--work /tmp/heldout-work]

Needs (README): neomutt, s-nail, php-cli + libphp-phpmailer, node + nodemailer in a scratch
node_modules (HELDOUT_NODE_MODULES, default /tmp/heldout-node/node_modules), faketime,
LibreOffice (soffice), pdftoppm, 7z, python-docx, openpyxl, and the Apache POI mirror fetched at
/work/.mirror/apache+poi/repo. Labels and contents are seeded; boundaries, Message-IDs that the
clients make themselves, and zip timestamps inside LibreOffice/python-docx files differ between
runs.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import counties_1, counties_2, schools_1, schools_2, schools_3, set_noise  # noqa: E402
from gen.clients import render  # noqa: E402
from gen.derive import derive  # noqa: E402
from gen.docs import build_all  # noqa: E402
from gen.matrix import hand_matrix  # noqa: E402
from gen.model import Msg  # noqa: E402
from gen.people import REQUIREMENTS, UNITS  # noqa: E402

EVALUATE_AT = "2020-11-17T12:00:00+08:00"


def messages() -> list[Msg]:
    """All messages of the set in arrival order."""
    msgs = [
        m
        for mod in (counties_1, counties_2, schools_1, schools_2, schools_3, set_noise)
        for m in mod.all_messages()
    ]
    slugs = [m.slug for m in msgs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, f"duplicate slugs: {dupes}"
    return sorted(msgs, key=lambda m: (m.received, m.slug))


def check_distinct_articles(msgs: list[Msg]) -> None:
    """Two different article documents (or pasted articles) of one unit never share a headline:
    a resend is the same Doc object, anything else would be a second copy of one article."""
    seen: dict[tuple[str | None, str], int] = {}
    for m in msgs:
        if m.kind != "submission":
            continue
        for d in m.docs():
            for x in d.flat():
                if x.category == "article":
                    key = (x.unit, x.name.rsplit(".", 1)[0])
                    assert seen.setdefault(key, id(x)) == id(x), f"two articles named {key}"
        if m.body_article:
            key = (m.unit, m.body_article)
            assert key not in seen, f"two articles named {key}"
            seen[key] = id(m)


def flag_split_words(m: Msg, data: bytes, entry: dict[str, Any]) -> None:
    """s-nail cuts GB18030 encoded-words inside a character; mark the messages where that
    happened (a word-by-word decoder shows mojibake, one that joins adjacent words does not)."""
    if m.raw is not None or not m.subject:
        return
    got = str(email.message_from_bytes(data, policy=email.policy.default)["Subject"] or "")
    if got.strip() != m.subject:
        entry["traps"].append("encoded-word-split-mid-character")
        entry["note"] = (entry["note"] + " " if entry["note"] else "") + (
            "The client split a GB18030 encoded-word inside a character; the subject is "
            "readable only when adjacent encoded-words are joined before decoding."
        )


def label(m: Msg, fname: str) -> dict[str, Any]:
    """The labels.json entry of one message."""
    return {
        "file": fname,
        "received_at": m.received.isoformat(),
        "client": m.client,
        "kind": m.kind,
        "unit": m.unit,
        "unit_unassigned_ok": m.unit_unassigned_ok,
        "files": m.file_labels(),
        "body_article": {"title": m.body_article} if m.body_article else None,
        "article_links": m.article_links,
        "column_url": m.column_url,
        "wechat_only": m.wechat_only,
        "liaison": m.liaison,
        "note": m.note,
        "traps": m.traps,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--work", type=Path, default=Path("/tmp/heldout-work"))
    args = ap.parse_args()
    msgs = messages()
    check_distinct_articles(msgs)
    docs = [d for m in msgs for d in m.docs()]
    build_all(docs, args.work / "docs")
    out = HERE / "mail"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    entries = []
    for i, m in enumerate(msgs, 1):
        fname = f"mail/{i:03d}-{m.slug}.eml"
        data = render(m, args.work / "render")
        (HERE / fname).write_bytes(data)
        entries.append(label(m, fname))
        flag_split_words(m, data, entries[-1])
    labels: dict[str, Any] = {
        "config": "config.toml",
        "evaluate_at": EVALUATE_AT,
        "messages": entries,
        "matrix": hand_matrix(),
    }
    derived = derive(labels, list(UNITS.values()), REQUIREMENTS)
    diff = [
        (u, r, labels["matrix"][u][r], derived[u][r])
        for u in derived
        for r in derived[u]
        if labels["matrix"][u][r] != derived[u][r]
    ]
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(entries)} messages written to {out}")
    for d in diff:
        print("MATRIX DISAGREES: {}.{} hand={} derived={}".format(*d))
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
