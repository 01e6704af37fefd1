"""The pipeline under measurement, in a process of its own (so its peak RSS is its own).

    python -m bench.child CONFIG NOW [--profile FILE] [--tracemalloc FILE]
    # prints one JSON line: seconds, outcomes by state, acks queued, peak RSS (self, children),
    # and each phase's (start, every poll, the acknowledgement pass) RSS and own peak

Runs what the daemon's poll job runs until the mailbox is drained: `jobs.poll_once`
(claim, fetch, parse, classify, extract, file, commit) then `outgoing.acknowledge`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path


def _peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM). Not getrusage's ru_maxrss: Linux carries that over
    exec from the parent's memory when the child was vforked (the bench parent is big)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_MALLINFO2 = ["arena", "ordblks", "smblks", "hblks", "hblkhd"]
_MALLINFO2 += ["usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"]


def _c_heap_mb() -> tuple[float, ...]:
    """MB malloc has handed out and not had back, SQLite's share of them, and the
    resident size of [heap], of anonymous mappings (Python's arenas, threads' malloc
    arenas) and of mapped files."""
    import ctypes

    class Mallinfo2(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in _MALLINFO2]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = Mallinfo2
    info = libc.mallinfo2()
    try:
        lite = ctypes.CDLL("libsqlite3.so.0")
        lite.sqlite3_memory_used.restype = ctypes.c_int64
        sqlite = lite.sqlite3_memory_used()
    except OSError:
        sqlite = -1
    heap = anon = files = 0
    name = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            name = " ".join(fields[5:])
        elif fields[0] == "Rss:":
            kb = int(fields[1])
            if name == "[heap]":
                heap += kb
            elif not name or name.startswith("["):
                anon += kb
            else:
                files += kb
    used = (info.uordblks + info.hblkhd) / 2**20
    return used, sqlite / 2**20, heap / 1024, anon / 1024, files / 1024


def _reset_peak_rss() -> None:
    """Start VmHWM again from the current RSS (Linux's clear_refs 5), so each phase's peak
    is its own; the run's peak is kept as the largest of them."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


class Phases:
    """Each phase's RSS at its end and its own peak (MB), and the largest peak of all."""

    def __init__(self) -> None:
        self.figures: list[tuple[str, float, float]] = []
        self.peak = 0.0

    def end(self, name: str) -> tuple[str, float, float]:
        """Note the phase that ends now and start the next one's peak."""
        peak = _peak_rss_mb()
        self.peak = max(self.peak, peak)
        figure = (name, _rss_mb(), peak)
        self.figures.append(figure)
        _reset_peak_rss()
        return figure


def _rss_mb() -> float:
    """This process's resident memory now (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


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


def _descendants(pid: int) -> list[int]:
    """The processes below `pid`, from /proc/PID/task/TID/children (not a scan of every
    process on the machine: the sampler runs in the measured process)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                text = Path(f"/proc/{parent}/task/{tid}/children").read_text()
            except OSError:
                continue
            for child in map(int, text.split()):
                found.append(child)
                todo.append(child)
    return found


class Descendants:
    """Samples the processes below this one (pool workers, the forkserver): peak RSS
    (VmHWM) and CPU seconds, from /proc, until stopped."""

    def __init__(self, every: float = 0.1) -> None:
        import threading

        self.every = every
        self.peak_kb: dict[int, int] = {}
        self.cpu_ticks: dict[int, tuple[int, int]] = {}  # (user, system)
        self.faults: dict[int, int] = {}  # minor page faults
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.sample()

    def sample(self) -> None:
        for pid in _descendants(os.getpid()):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), int(line.split()[1]))
            fields = stat.rsplit(")", 1)[1].split()
            self.cpu_ticks[pid] = (int(fields[11]), int(fields[12]))
            self.faults[pid] = int(fields[7])

    def summary(self) -> dict:

        tick = os.sysconf("SC_CLK_TCK")
        peaks = sorted(self.peak_kb.values(), reverse=True)
        return {
            "processes": len(peaks),
            "rss_max_mb": peaks[0] / 1024 if peaks else 0.0,
            "rss_sum_mb": sum(peaks) / 1024,
            "cpu_s": sum(u + s for u, s in self.cpu_ticks.values()) / tick,
            "cpu_user_s": sum(u for u, _ in self.cpu_ticks.values()) / tick,
            "cpu_system_s": sum(s for _, s in self.cpu_ticks.values()) / tick,
            "minor_faults": sum(self.faults.values()),
        }


_TRACE: list[Path] = []
_TRACED: list[float] = []  # MB Python holds after each poll, when tracing


def _dump_trace(path: Path) -> None:
    """What Python holds now, by allocating line and by traceback (tracemalloc)."""
    import gc
    import tracemalloc

    gc.collect()
    snap = tracemalloc.take_snapshot()
    with path.open("w") as f:
        current, peak = tracemalloc.get_traced_memory()
        f.write(f"traced now {current / 2**20:.1f} MB, peak {peak / 2**20:.1f} MB\n")
        levels = ", ".join(f"{mb:.1f}" for mb in _TRACED)
        f.write(f"at the start, then after each poll: {levels} MB\n")
        for stat in snap.statistics("lineno")[:40]:
            f.write(f"{stat}\n")
        f.write("\n--- by traceback ---\n")
        for stat in snap.statistics("traceback")[:12]:
            f.write(f"{stat}\n" + "\n".join(stat.traceback.format()) + "\n\n")


def _dump_smaps(path: Path) -> None:
    """This process's mappings by resident size, largest first."""
    found: list[tuple[int, str]] = []
    name = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            name = " ".join(fields[5:]) or "[anon]"
        elif fields[0] == "Rss:":
            found.append((int(fields[1]), name))
    found.sort(reverse=True)
    path.write_text("".join(f"{kb:8d} kB  {n}\n" for kb, n in found[:30]))


def _cpu_times() -> list[int]:
    """The machine's CPU time so far by kind (user, nice, system, idle, iowait, irq,
    softirq, steal), in clock ticks: the first line of /proc/stat."""
    return [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]


def run(config: Path, now: datetime) -> dict:
    from intake import jobs, outgoing
    from intake.config import load_config
    from intake.context import Context
    from intake.heap import freeze_startup
    from intake.sources import open_source

    if _TRACE:
        import tracemalloc
    phases = Phases()
    # at the start, then after each poll: messages so far, RSS, peak RSS, Python's allocated
    # blocks, _c_heap_mb's malloc in use, SQLite's, the resident [heap], anonymous and files
    by_poll: list[tuple[float, ...]] = []
    settings = load_config(config)
    ctx = Context.open(settings)
    source = open_source(settings)
    freeze_startup()  # as the command line does once it has opened the context
    phases.end("start")
    by_poll.append((0, _rss_mb(), _peak_rss_mb(), sys.getallocatedblocks(), *_c_heap_mb()))
    if _TRACE:
        _TRACED.append(tracemalloc.get_traced_memory()[0] / 2**20)
    states: Counter[str] = Counter()
    cpu0 = time.process_time()
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    machine0 = _cpu_times()
    started = time.perf_counter()
    polls = 0
    with Descendants() as workers:
        try:
            while True:
                report = jobs.poll_once(ctx, now=now, source=source)
                polls += 1
                states.update(o.state for o in report.outcomes)
                done = sum(states.values())
                _, rss, peak = phases.end(f"poll {polls}")
                memory = (rss, peak, sys.getallocatedblocks(), *_c_heap_mb())
                by_poll.append((done, *memory))
                if _TRACE:
                    _TRACED.append(tracemalloc.get_traced_memory()[0] / 2**20)
                if not report.remaining or not report.outcomes:
                    break
            took_in = time.perf_counter() - started
            rss_poll = phases.peak
            if _TRACE:
                _dump_trace(_TRACE[0])
            if os.environ.get("BENCH_SMAPS"):  # diagnosis: which mappings hold the RSS
                _dump_smaps(Path(os.environ["BENCH_SMAPS"]))
            if _TRACE:
                tracemalloc.reset_peak()
            ack_started = time.perf_counter()
            acks = outgoing.acknowledge(ctx, now)
            ack_s = time.perf_counter() - ack_started
            phases.end("ack")
            if _TRACE:
                ack_peak = tracemalloc.get_traced_memory()[1] / 2**20
                with _TRACE[0].open("a") as f:
                    f.write(f"\nacknowledgement pass: Python's peak {ack_peak:.1f} MB\n")
        finally:
            source.close()
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu0
        usage = resource.getrusage(resource.RUSAGE_SELF)
        workers.sample()
    below = workers.summary()
    machine = [b - a for a, b in zip(machine0, _cpu_times(), strict=True)]
    return {
        "seconds": elapsed,
        "seconds_poll": took_in,
        "polls": polls,
        "states": dict(states),
        "messages": sum(states.values()),
        "acks_queued": acks,
        "rss_mb": phases.peak,
        "rss_mb_before_ack": rss_poll,
        "seconds_ack": ack_s,
        # (phase, RSS at its end, its own peak): start, each poll, the acknowledgement pass
        "rss_by_phase": phases.figures,
        "rss_by_poll": by_poll,
        "cpu_s": cpu,
        "cpu_user_s": usage.ru_utime - usage0.ru_utime,
        "cpu_system_s": usage.ru_stime - usage0.ru_stime,
        "minor_faults": usage.ru_minflt - usage0.ru_minflt,
        "workers": below,
        "loadavg": Path("/proc/loadavg").read_text().split()[:3],
        # what the hypervisor took from this VM during the run (a shared host's noise)
        "steal_fraction": machine[7] / max(1, sum(machine)),
        "idle_fraction": machine[3] / max(1, sum(machine)),
        "bytes_received": _received[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("config", type=Path)
    parser.add_argument("now")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--count-bytes", action="store_true")
    parser.add_argument(
        "--tracemalloc", type=Path, help="write what Python holds after the polls (top 40)"
    )
    args = parser.parse_args(argv)
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(1)
        _TRACE.append(args.tracemalloc)
    if args.count_bytes:
        count_received_bytes()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    now = datetime.fromisoformat(args.now)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        result = prof.runcall(run, args.config, now)
        prof.dump_stats(args.profile.with_suffix(".prof"))  # for pstats/snakeviz queries
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
