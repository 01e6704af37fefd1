"""Build the development labelled set: mail/NNN-slug.eml and labels.json.

    python tests/labelled/set3/generate.py            # rebuild everything (a few minutes)
    python tests/labelled/set3/generate.py --fresh    # also forget cached LibreOffice output

Needs neomutt, s-nail, php-cli + libphp-phpmailer, node with nodemailer in a scratch folder
(DEVSET_NODE_PATH, default /tmp/devset-node/node_modules: `npm install nodemailer@6` there),
LibreOffice, 7z and pdftoppm. Seeded: python-docx/openpyxl files, boundaries and ids are the
same on every run; LibreOffice's own timestamps inside converted files are not.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import (  # noqa: E402
    docs,
    s_counties,
    s_counties2,
    s_more,
    s_more2,
    s_noise,
    s_noise2,
    s_schools,
    s_schools2,
    s_schools3,
)
from gen.build import DevSet  # noqa: E402
from gen.matrix import MATRIX  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Build every message, number them by arrival, write the files and the labels."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="forget cached LibreOffice output")
    args = parser.parse_args(argv)
    if args.fresh:
        docs.cleanup_cache()
    S = DevSet()
    parts = (s_counties, s_counties2, s_schools, s_schools2, s_schools3)
    for part in (*parts, s_more, s_more2, s_noise, s_noise2):
        part.build(S)
    order = sorted(range(len(S.messages)), key=lambda i: (S.messages[i]["received_at"], i))
    mail = HERE / "mail"
    shutil.rmtree(mail, ignore_errors=True)
    mail.mkdir()
    messages = []
    for n, i in enumerate(order, 1):
        m = dict(S.messages[i])
        slug = m["file"].split("-", 1)[1]
        m["file"] = f"mail/{n:03d}-{slug}"
        (HERE / m["file"]).write_bytes(S.raw[i])
        messages.append(m)
    labels = {
        "config": "config.toml",
        "evaluate_at": "2020-11-17T12:00:00+08:00",
        "messages": messages,
        "matrix": MATRIX,
    }
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    size = sum(len(r) for r in S.raw)
    print(f"{len(messages)} messages, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
