"""The benchmark: throughput, latency, poll cost, bytes and memory against real servers.

    python -m bench.run                          # the default sections, 2,000 messages
    python -m bench.run --only realistic --messages 2000 --json /tmp/r.json
    python -m bench.run --only scale --scale 2000,8000
    python -m bench.run --only legacy

Starts its own Dovecot (needs root: the mail is owned by `nobody`) and aiosmtpd on
127.0.0.1, builds its data (bench/data.py, bench/mix.py), APPENDs it in bulk (MULTIAPPEND
on one connection) and measures (docs/benchmark.md has the figures and their commands):

backlog    today's mix through the pipeline beside raw fetch and the straightforward loop
           in one and in two processes (bench/backlog.py, bench/baselines.py)
realistic  the same on the realistic mix (bench/mix.py, bench/producers.py)
scale      the realistic mix at --scale sizes: peak RSS, acknowledgement pass per message
legacy     seconds a legacy file costs, soffice per file and kept alive (bench/legacy.py)
latency, poll, shared, memory   bench/sections.py

Prints a table (bench/report.py) and writes JSON (default bench/out/results.json).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.backlog import measure_backlog, measure_realistic, measure_scale
from bench.data import Attachments, campaign_units
from bench.report import table
from bench.sections import measure_latency, measure_memory, measure_poll, measure_shared
from bench.servers import CLEANUP_QUIET_S, ROOT, Servers, seconds_since_cleanup

SECTIONS = ("backlog", "realistic", "scale", "legacy", "latency", "poll", "shared", "memory")
DEFAULT = ("backlog", "realistic", "latency", "poll", "shared", "memory")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="backlog size (2000)")
    parser.add_argument(
        "--only", default=",".join(DEFAULT), help="comma-separated sections: " + ",".join(SECTIONS)
    )
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "results.json")
    parser.add_argument(
        "--repeat", type=int, default=3, help="pipeline runs in the backlog sections (median: 3)"
    )
    parser.add_argument("--scale", default="2000,8000", help="sizes of the scale section")
    parser.add_argument(
        "--legacy", default="8,60", help="legacy files converted per file, and kept alive (8,60)"
    )
    parser.add_argument("--latency-messages", type=int, default=50)
    parser.add_argument("--poll-size", type=int, default=10_000)
    parser.add_argument("--shared", default="20000+300", help="unrelated+campaign (20000+300)")
    parser.add_argument("--big-mb", type=int, default=25)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile the backlog run (bench/out/profile.txt)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections; print the table, write the JSON."""
    parser = _parser()
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"--only: unknown section(s) {', '.join(sorted(unknown))}")
    other, ours = (int(x) for x in args.shared.split("+"))
    since = seconds_since_cleanup()
    results: dict[str, Any] = {
        "started": datetime.now().isoformat(timespec="seconds"),
        "argv": sys.argv[1:] if argv is None else argv,
        "cpus": os.cpu_count(),
        "seconds_since_last_cleanup": since,
    }
    if since is not None and since < CLEANUP_QUIET_S:
        print(
            f"bench: warning: the last invocation removed its data {since:.0f} s ago; for "
            f"{CLEANUP_QUIET_S} s after, creating files costs the kernel more and the figures "
            "vary (docs/benchmark.md, Noise)",
            file=sys.stderr,
        )
    if "legacy" in only:  # no servers needed; before them, on a quiet machine
        from bench.legacy import measure_legacy

        per_file, kept = (int(x) for x in args.legacy.split(","))
        results["legacy"] = measure_legacy(per_file, kept)
    if not set(only) - {"legacy"}:
        return _finish(args.json, results)
    atts = Attachments()
    with Servers() as srv:
        from intake.config import load_config

        units = campaign_units(load_config(srv.config("units", "INBOX")))
        for section in SECTIONS:
            if section not in only or section == "legacy":
                continue
            t0 = time.perf_counter()
            print(f"bench: {section} ...", file=sys.stderr, flush=True)
            if section == "backlog":
                results[section] = measure_backlog(
                    srv, args.messages, units, atts, args.profile, args.repeat
                )
            elif section == "realistic":
                results[section] = measure_realistic(srv, args.messages, units, args.repeat)
            elif section == "scale":
                sizes = [int(x) for x in args.scale.split(",")]
                results[section] = measure_scale(srv, sizes, units)
            elif section == "latency":
                results[section] = measure_latency(srv, args.latency_messages, units, atts)
            elif section == "poll":
                results[section] = measure_poll(srv, args.poll_size)
            elif section == "shared":
                results[section] = measure_shared(srv, other, ours, units, atts)
            elif section == "memory":
                results[section] = measure_memory(srv, units, results.get("backlog"), args.big_mb)
            print(f"bench: {section} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return _finish(args.json, results)


def _finish(path: Path, results: dict[str, Any]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(results))
    print(f"\nJSON: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
