"""Build set28: every message in mail/ and labels.json, from the stories in gen/.

    python tests/labelled/set28/generate.py

Documents and the real programs' mail are made once and cached in .build/; nothing is
random or clocked, so a run with the cache gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import counties, noise, schools  # noqa: E402
from gen.build import Builder, Item, att_bytes  # noqa: E402
from gen.docs import produce_all  # noqa: E402
from gen.matrix import MATRIX  # noqa: E402
from gen.mime import render  # noqa: E402


def _attach(item: Item, data: dict[str, bytes]) -> None:
    item.mail.atts = [att_bytes(f, data[f.doc.key()]) for f in item.files]  # type: ignore[union-attr]


def main() -> int:
    """Write mail/ and labels.json."""
    b = Builder()
    for mod in (counties, schools, noise):
        for story in mod.STORIES:
            story(b)
    data = produce_all([f.doc for it in b.items for f in it.files if f.doc is not None])
    items = sorted(b.items, key=lambda it: it.mail.when)
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for n, it in enumerate(items, 1):
        _attach(it, data)
        name = f"mail/{n:03d}-{it.label['unit'] or it.label['kind']}.eml"
        it.label["file"] = name
        (HERE / name).write_bytes(render(it.mail))
        labels.append(it.label)
    doc = {"config": "config.toml", "evaluate_at": "2020-11-17T12:00:00+08:00",
           "messages": labels, "matrix": MATRIX}  # fmt: skip
    (HERE / "labels.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
