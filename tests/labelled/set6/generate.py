"""Build labelled development set6: mail/NNN-slug.eml and labels.json.

    python tests/labelled/set6/generate.py            # documents cached in .build/
    python tests/labelled/set6/generate.py --clean    # make every document again

Stories: gen/counties.py, counties2.py, schools1.py, schools2.py, schools3.py, extras.py,
noise.py.
Documents: gen/docs.py (python-docx, openpyxl, LibreOffice, pdftoppm, GBK text, zip),
made from gen/texts.py through gen/kit.py. Mail: gen/mime.py. The matrix is hand-written
in gen/matrix.py and checked against one derived from the labels (gen/derive.py). No
randomness without a seed, no clock.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import counties, counties2, extras, noise, schools1, schools2, schools3  # noqa: E402
from gen.build import Builder, Unit, att_bytes  # noqa: E402
from gen.derive import derive  # noqa: E402
from gen.docs import BUILD, produce_all  # noqa: E402
from gen.matrix import MATRIX  # noqa: E402
from gen.mime import Att, render  # noqa: E402

EVALUATE_AT = "2020-11-17T12:00:00+08:00"


def units() -> dict[str, Unit]:
    """The set's units from its config.toml."""
    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    return {
        u["id"]: Unit(u["id"], u["name"], u["aliases"][0], u["emails"][0]) for u in cfg["units"]
    }


def build() -> Builder:
    """Every story, in a fixed order."""
    b = Builder()
    u = units()
    for name in ("taishan", "daiyue", "xintai", "feicheng", "ningyang"):
        getattr(counties, name)(b, u[name])
    counties2.dongping(b, u["dongping"])
    counties2.gaoxin(b, u["gaoxin"])
    for name in ("tavtc", "tsvtc", "tshlxy", "taysxx", "tajtzz", "tagczz"):
        getattr(schools1, name)(b, u[name])
    schools3.dyzjzx(b, u["dyzjzx"])
    for name in ("xtyzz", "fczz", "nyyzz", "dpzz", "tadzjg", "tasmzz"):
        getattr(schools2, name)(b, u[name])
    schools2.stranger(b, Unit("stranger", "", "", "1593574862@qq.com"))
    extras.extras(b, u)
    extras.extras2(b, u)
    extras.extras3(b, u)
    noise.noise(b)
    noise.machines(b)
    noise.more(b)
    return b


def main() -> int:
    parser = argparse.ArgumentParser(description="build set6")
    parser.add_argument("--clean", action="store_true", help="make every document again")
    args = parser.parse_args()
    if args.clean and BUILD.exists():
        shutil.rmtree(BUILD)
    b = build()
    holders = b.items + [it.inner for it in b.items if it.inner is not None]
    docs = [f.doc for it in holders for f in it.files if f.doc is not None]
    data = produce_all(docs)
    mail_dir = HERE / "mail"
    if mail_dir.exists():
        shutil.rmtree(mail_dir)
    mail_dir.mkdir()
    order = sorted(range(len(b.items)), key=lambda i: (b.items[i].mail.when, i))
    labels = []
    for n, i in enumerate(order, 1):
        it = b.items[i]
        if it.inner is not None:
            for f in it.inner.files:
                it.inner.mail.atts.append(att_bytes(f, data[f.doc.key()]))
            it.mail.atts.append(
                Att(it.label["forwarded"] + ".eml", render(it.inner.mail), "message/rfc822")
            )
        for f in it.files:
            it.mail.atts.append(att_bytes(f, f.raw if f.raw is not None else data[f.doc.key()]))
        who = it.label["unit"] or it.label["kind"]
        slug = f"{n:03d}-{who}"
        (mail_dir / f"{slug}.eml").write_bytes(render(it.mail))
        it.label["file"] = f"mail/{slug}.eml"
        labels.append(it.label)
    derived = derive(labels)
    diffs = [
        (u, r, derived.get(u, {}).get(r), v)
        for u, row in MATRIX.items()
        for r, v in row.items()
        if derived.get(u, {}).get(r) != v
    ]
    for d in diffs:
        print("matrix differs (unit, req, derived, hand):", *d)
    out = {
        "config": "config.toml",
        "evaluate_at": EVALUATE_AT,
        "messages": labels,
        "matrix": MATRIX,
    }
    (HERE / "labels.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    subs = sum(1 for m in labels if m["kind"] == "submission")
    print(f"{len(labels)} messages, {subs} submissions, matrix differences: {len(diffs)}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
