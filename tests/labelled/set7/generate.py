"""Build set7: every story and every non-campaign mail, their documents, mail/ and labels.json.

    python tests/labelled/set7/generate.py

Deterministic: dates are fixed in the stories, Message-IDs and boundaries come from each
message's slug, documents are cached in .build/ (LibreOffice stamps times inside its files,
so a run without the cache gives other document bytes but the same labels).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import counties, noise, schools1, schools2  # noqa: E402
from gen.build import Builder, Item, att_bytes  # noqa: E402
from gen.docs import produce_all  # noqa: E402
from gen.matrix import MATRIX  # noqa: E402
from gen.mime import Att, render  # noqa: E402


def _attach(item: Item, data: dict[str, bytes]) -> None:
    for f in item.files:
        raw = f.raw if f.raw is not None else data[f.doc.key()]  # type: ignore[union-attr]
        item.mail.atts.append(att_bytes(f, raw))
    if item.inner is not None:
        _attach(item.inner, data)
        inner = render(item.inner.mail)
        item.mail.atts.append(Att(item.inner.mail.subject + ".eml", inner, "message/rfc822"))


def main() -> int:
    b = Builder()
    for story in (counties, schools1, schools2, noise):
        story.build(b)
    docs = []
    for it in b.items:
        for f in it.files + (it.inner.files if it.inner else []):
            if f.doc is not None:
                docs.append(f.doc)
    data = produce_all(docs)
    order = sorted(range(len(b.items)), key=lambda i: (b.items[i].mail.when, i))
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    messages = []
    for n, i in enumerate(order, 1):
        it = b.items[i]
        _attach(it, data)
        tag = (
            it.label["unit"]
            if it.label["kind"] == "submission" and it.label["unit"]
            else it.label["kind"]
        )
        name = f"{n:03d}-{tag}.eml"
        (out / name).write_bytes(render(it.mail))
        it.label["file"] = f"mail/{name}"
        messages.append(it.label)
    labels = {
        "config": "config.toml",
        "evaluate_at": "2020-11-17T12:00:00+08:00",
        "messages": messages,
        "matrix": MATRIX,
    }
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(messages)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
