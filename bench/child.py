"""The pipeline under measurement, in a process of its own (so its peak RSS is its own).

    python -m bench.child CONFIG NOW [--profile FILE]
    # prints one JSON line: seconds, outcomes by state, acks queued, peak RSS (self, children)

Runs what the daemon's poll job runs until the mailbox is drained: `jobs.poll_once`
(claim, fetch, parse, classify, extract, file, commit) then `outgoing.acknowledge`.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


_received = [0]


def count_received_bytes() -> None:
    """Count every byte this process reads from a socket (the IMAP connection: the child
    talks to nothing else while taking mail in): IMAP framing included."""
    import socket

    recv_into, recv = socket.socket.recv_into, socket.socket.recv

    def counting_recv_into(self, buffer, *args, **kwargs):  # type: ignore[no-untyped-def]
        n = recv_into(self, buffer, *args, **kwargs)
        _received[0] += n
        return n

    def counting_recv(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        data = recv(self, *args, **kwargs)
        _received[0] += len(data)
        return data

    socket.socket.recv_into = counting_recv_into  # type: ignore[method-assign]
    socket.socket.recv = counting_recv  # type: ignore[method-assign]


def run(config: Path, now: datetime) -> dict:
    from intake import jobs, outgoing
    from intake.config import load_config
    from intake.pipeline import Context
    from intake.sources import open_source

    settings = load_config(config)
    ctx = Context.open(settings)
    source = open_source(settings)
    states: Counter[str] = Counter()
    started = time.perf_counter()
    polls = 0
    try:
        while True:
            report = jobs.poll_once(ctx, now=now, source=source)
            polls += 1
            states.update(o.state for o in report.outcomes)
            if not report.remaining or not report.outcomes:
                break
        took_in = time.perf_counter() - started
        acks = outgoing.acknowledge(ctx, now)
    finally:
        source.close()
    elapsed = time.perf_counter() - started
    return {
        "seconds": elapsed,
        "seconds_poll": took_in,
        "polls": polls,
        "states": dict(states),
        "messages": sum(states.values()),
        "acks_queued": acks,
        "rss_mb": _rss_mb(resource.RUSAGE_SELF),
        "rss_children_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        "bytes_received": _received[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("config", type=Path)
    parser.add_argument("now")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--count-bytes", action="store_true")
    args = parser.parse_args(argv)
    if args.count_bytes:
        count_received_bytes()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    now = datetime.fromisoformat(args.now)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        result = prof.runcall(run, args.config, now)
        with args.profile.open("w") as f:
            stats = pstats.Stats(prof, stream=f)
            stats.sort_stats("cumulative").print_stats(40)
            stats.sort_stats("tottime").print_stats(30)
    else:
        result = run(args.config, now)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
