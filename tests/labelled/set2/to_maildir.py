"""Copy the set into a Maildir, each file's mtime set to its arrival time (received_at).

    python tests/labelled/set2/to_maildir.py DIR [--until 2020-11-10T12:00:00+08:00]

DIR gets cur/, new/ and tmp/; messages go to new/ under unique Maildir names. Maildir readers
often take the arrival time from the file's mtime, so a replay sees the campaign's times.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description="copy the set into a Maildir with arrival mtimes")
    ap.add_argument("maildir", type=Path)
    ap.add_argument("--until", help="only messages received at or before this ISO time")
    args = ap.parse_args()
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    until = datetime.fromisoformat(args.until) if args.until else None
    for sub in ("cur", "new", "tmp"):
        (args.maildir / sub).mkdir(parents=True, exist_ok=True)
    n = 0
    for m in labels["messages"]:
        t = datetime.fromisoformat(m["received_at"])
        if until is not None and t > until:
            continue
        stamp = int(t.timestamp())
        target = args.maildir / "new" / f"{stamp}.heldout{Path(m['file']).stem[:3]}.set2"
        shutil.copyfile(HERE / m["file"], target)
        os.utime(target, (stamp, stamp))
        n += 1
    print(f"{n} messages copied to {args.maildir / 'new'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
