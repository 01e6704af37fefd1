"""Backlog sections: N messages taken in end to end by the real pipeline (bench/child.py in
its own process) beside the reference programs (bench/baselines.py) on the same folder.

    backlog    today's mix: one ~40 KB docx/xlsx/pdf a message, one template per kind
    realistic  the realistic mix (bench/mix.py): every document its own, GBK/GB2312/UTF-8,
               plain+HTML, 1-4 attachments, legacy files, LibreOffice PDFs, zips, other mail
    scale      the realistic mix at several sizes (one pipeline run each): the poll
               process's peak RSS and the acknowledgement pass's time per message
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.baselines import loop_figures, reference_loop, reference_raw
from bench.data import START, Attachments, BenchUnit, campaign_mails
from bench.mix import mix_counts, realistic_mails
from bench.producers import Producers
from bench.servers import NOW, ROOT, Servers, child

CACHE = ROOT / "bench" / "out" / "cache"  # LibreOffice-written pools, built once


def _pipeline_figures(result: dict[str, Any]) -> dict[str, Any]:
    acks = max(1, result["acks_queued"])
    # the pass timed alone (older children: the run's time after the polls)
    ack_s = result.get("seconds_ack", result["seconds"] - result["seconds_poll"])
    return {
        "pipeline_msgs_per_s": result["messages"] / result["seconds"],  # acks included
        "pipeline_seconds": result["seconds"],
        "pipeline_seconds_poll": result["seconds_poll"],  # the rest: acknowledgements queued
        "pipeline_states": result["states"],
        "acks_queued": result["acks_queued"],
        "ack_seconds": ack_s,
        "ack_ms_per_ack": ack_s * 1000 / acks,
        "ack_ms_per_msg": ack_s * 1000 / max(1, result["messages"]),
        "rss_mb": result["rss_mb"],
        "rss_mb_before_ack": result["rss_mb_before_ack"],
        # (phase, RSS at its end, the phase's own peak): start, each poll, the ack pass
        "rss_by_phase": result.get("rss_by_phase", []),
        "rss_workers_mb": result["workers"]["rss_max_mb"],
        "rss_workers_sum_mb": result["workers"]["rss_sum_mb"],
        "cpu_ms_per_msg_main": result["cpu_s"] * 1000 / max(1, result["messages"]),
        "cpu_ms_per_msg_main_system": result["cpu_system_s"] * 1000 / max(1, result["messages"]),
        "cpu_ms_per_msg_workers": result["workers"]["cpu_s"] * 1000 / max(1, result["messages"]),
        "loadavg_during": result["loadavg"],
        "steal_during": round(result["steal_fraction"], 3),
    }


def compare(
    srv: Servers, folder: str, mails: list[bytes], repeat: int, *, two: bool = True
) -> dict[str, Any]:
    """APPEND `mails`, run the references once each and the pipeline `repeat` times on
    fresh stores: its figures are the median run's (a shared 2-core VM varies by ±10 %)."""
    n = len(mails)
    out: dict[str, Any] = {"messages": n, "mean_kb": sum(map(len, mails)) / n / 1024}
    dates = [START + timedelta(seconds=37 * i) for i in range(n)]
    out["append_msgs_per_s"] = n / srv.append(folder, mails, dates)
    raw_s, raw_n, _ = reference_raw(srv, folder)
    out["raw_fetch_msgs_per_s"] = raw_n / raw_s
    out |= loop_figures("straightforward", reference_loop(srv, folder))
    if two:
        out |= loop_figures("two_process", reference_loop(srv, folder, processes=2))
    # Uncompressed: on loopback Dovecot's deflate would run on the same two cores as the
    # pipeline, work a remote server does on its own CPU (inflating is ours: `shared`).
    runs = [child(srv.config(f"{folder}-{i}", folder, compress=False), NOW) for i in range(repeat)]
    runs.sort(key=lambda r: r["messages"] / r["seconds"])
    out |= _pipeline_figures(runs[len(runs) // 2])
    out["pipeline_runs_msgs_per_s"] = [r["messages"] / r["seconds"] for r in runs]
    out["ratio_to_straightforward"] = out["pipeline_msgs_per_s"] / out["straightforward_msgs_per_s"]
    if two:
        out["ratio_to_two_process"] = out["pipeline_msgs_per_s"] / out["two_process_msgs_per_s"]
    out["ratio_to_raw"] = out["pipeline_msgs_per_s"] / out["raw_fetch_msgs_per_s"]
    main_ms, work_ms = out["cpu_ms_per_msg_main"], out["cpu_ms_per_msg_workers"]
    out["idle_2core_msgs_per_s_estimate"] = 1000 / max(main_ms, (main_ms + work_ms) / 2)
    return out


def measure_backlog(
    srv: Servers, n: int, units: list[BenchUnit], atts: Attachments, profile: bool, repeat: int = 3
) -> dict[str, Any]:
    """Today's mix (bench/data.py), as the earlier figures were taken."""
    out = compare(srv, "Backlog", campaign_mails(n, units, atts=atts), repeat)
    if profile:
        out["profile_parse"] = str(profile_parse(units, atts, srv))
        prof = ROOT / "bench" / "out" / "profile.txt"
        prof.parent.mkdir(parents=True, exist_ok=True)
        child(srv.config("backlog-prof", "Backlog", compress=False), NOW, profile=prof)
        out["profile"] = str(prof)
    return out


def legacy_pool_size(n: int) -> int:
    """Distinct legacy files made for `n` messages (about 5 % of the attachments)."""
    return min(150, max(20, n // 15))


def producers_for(n: int) -> Producers:
    """The producers' pools, sized for `n` messages (about 5 % legacy, 10 % PDFs), cached."""
    return Producers.build(CACHE, legacy=legacy_pool_size(n), pdfs=min(200, max(20, n // 8)))


def measure_realistic(
    srv: Servers, n: int, units: list[BenchUnit], repeat: int = 3
) -> dict[str, Any]:
    """The realistic mix through the pipeline and all three references."""
    mails = realistic_mails(n, units, producers_for(n))
    counts = mix_counts(mails)
    out = compare(srv, "Realistic", mails, repeat)
    out["mix"] = counts
    return out


def measure_scale(srv: Servers, sizes: list[int], units: list[BenchUnit]) -> dict[str, Any]:
    """The realistic mix at each size, one pipeline run (no references): memory and the
    acknowledgement pass as the backlog grows."""
    producers = producers_for(max(sizes))
    out: dict[str, Any] = {}
    for n in sizes:
        t0 = time.perf_counter()
        folder = f"Scale{n}"
        mails = realistic_mails(n, units, producers, seed=41)
        srv.append(folder, mails, [START + timedelta(seconds=37 * i) for i in range(n)])
        del mails
        result = child(srv.config(f"scale-{n}", folder, compress=False), NOW)
        out[str(n)] = _pipeline_figures(result) | {
            "wall_s": time.perf_counter() - t0,
            "rss_by_poll": result["rss_by_poll"],
        }
    return out


def profile_parse(units: list[BenchUnit], atts: Attachments, srv: Servers, n: int = 200) -> Path:
    """cProfile of what the worker processes do (read_mail, relevance, read_facts), run
    here on `n` of the backlog's messages: bench/out/profile_parse.txt."""
    import cProfile
    import pstats

    from intake.config import load_config
    from intake.context import Context
    from intake.feed.workers import cap_bytes, min_matched
    from intake.reading import read
    from rules.model import Known

    settings = load_config(srv.work / "Backlog-0" / "config.toml")
    ctx = Context(settings=settings, store=None, archive=None)  # type: ignore[arg-type]
    mails = campaign_mails(n, units, atts=atts, seed=23)
    args = (settings.campaign, Known(), cap_bytes(ctx), ctx.stats_fields, min_matched(ctx))
    prof = cProfile.Profile()
    started = time.process_time()
    prof.enable()
    for m in mails:
        read(m, START, *args)
    prof.disable()
    cpu = time.process_time() - started
    path = ROOT / "bench" / "out" / "profile_parse.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as f:
        f.write(f"{n} messages, {cpu * 1000 / n:.1f} ms CPU each under cProfile\n")
        stats = pstats.Stats(prof, stream=f)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
    return path
