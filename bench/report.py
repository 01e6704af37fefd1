"""The bench's table: one row a figure, with its target where the issue set one.

print(table(results))   # results: bench.run's JSON
"""

from __future__ import annotations

from typing import Any

TARGETS = {
    "backlog_ratio": 2.0,
    "backlog_msgs_per_s": 230,
    "realistic_ratio": 3.0,
    "realistic_ratio_two": 1.5,
    "scale_rss_mb": 150,
    "scale_ack_ratio": 1.2,  # the ack pass's time a message: within 20 % across sizes
    "legacy_median_s": 0.5,
}

Row = tuple[str, str, str]


def _fmt(v: Any, unit: str = "") -> str:
    return "-" if v is None else (f"{v:,.1f}{unit}" if isinstance(v, float) else f"{v}{unit}")


def _backlog(name: str, b: dict[str, Any], ratio: float, ratio_two: float | None) -> list[Row]:
    rows: list[Row] = [
        (
            f"{name}: raw imapclient fetch ({b['messages']} msgs, {b['mean_kb']:.0f} KB)",
            _fmt(b["raw_fetch_msgs_per_s"], " msg/s"),
            "reference (limit)",
        ),
        (
            f"{name}: straightforward loop, one process",
            _fmt(b["straightforward_msgs_per_s"], " msg/s"),
            "reference",
        ),
    ]
    if "two_process_msgs_per_s" in b:
        rows.append(
            (
                f"{name}: straightforward loop, two processes",
                _fmt(b["two_process_msgs_per_s"], " msg/s"),
                "reference",
            )
        )
    rows += [
        (
            f"{name}: intake pipeline end to end (median of {len(b['pipeline_runs_msgs_per_s'])})",
            _fmt(b["pipeline_msgs_per_s"], " msg/s"),
            "",
        ),
        (
            f"{name}: pipeline / one-process loop",
            f"{b['ratio_to_straightforward']:.2f}x",
            f">= {ratio:g}x",
        ),
        (f"{name}: pipeline / raw fetch", f"{b['ratio_to_raw']:.2f}x", ""),
        (f"{name}: pipeline process peak RSS", _fmt(b["rss_mb"], " MB"), ""),
    ]
    if "straightforward_cpu_ms_per_msg" in b:
        pipeline_cpu = b["cpu_ms_per_msg_main"] + b["cpu_ms_per_msg_workers"]
        rows.append(
            (
                f"{name}: CPU a message, pipeline (all processes) / loop (LibreOffice apart)",
                f"{pipeline_cpu:.1f} / {b['straightforward_cpu_ms_per_msg']:.1f} ms",
                "",
            )
        )
    if "ratio_to_two_process" in b:
        target = f">= {ratio_two:g}x" if ratio_two else ""
        rows.append(
            (f"{name}: pipeline / two-process loop", f"{b['ratio_to_two_process']:.2f}x", target)
        )
    return rows


def _others(results: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    lat = results.get("latency")
    if lat:
        rows += [
            ("latency APPEND -> ack at SMTP sink, median", _fmt(lat["median_s"], " s"), "<= 2 s"),
            ("latency p95", _fmt(lat["p95_s"], " s"), ""),
        ]
    p = results.get("poll")
    if p:
        rows += [
            (
                f"idle poll, held connection ({p['mailbox_messages']} msgs)",
                f"{p['held_ms_median']:.2f} ms",
                "<= 1 ms",
            ),
            ("idle poll, fresh login", f"{p['fresh_ms_median']:.2f} ms", "<= 15 ms"),
            (
                "idle poll, fresh login, Dovecot defaults",
                f"{p['fresh_ms_median_default_dovecot']:.2f} ms",
                "",
            ),
        ]
    s = results.get("shared")
    if s:
        rows.append(
            (
                f"shared: bytes fetched / campaign bytes ({s['unrelated']}+{s['campaign']})",
                f"{s['ratio']:.3f}",
                "<= 1.2",
            )
        )
        rows.append(("shared: the same without COMPRESS", f"{s['ratio_uncompressed']:.3f}", ""))
    m = results.get("memory")
    if m:
        rows += [
            (
                "peak RSS, backlog run (pipeline process)",
                _fmt(m["backlog_rss_mb"], " MB"),
                "<= 200 MB",
            ),
            (
                "peak RSS, backlog run (largest pool worker)",
                _fmt(m["backlog_rss_workers_mb"], " MB"),
                "",
            ),
            (
                f"peak RSS, one {m['big_attachment_mb']} MB attachment",
                _fmt(m["big_rss_mb"], " MB"),
                f"<= {m['big_target_mb']} MB",
            ),
        ]
    scale = results.get("scale") or {}
    for n, sc in scale.items():
        phases = sc.get("rss_by_phase") or []
        ack_peak = max((peak for name, _, peak in phases if name == "ack"), default=sc["rss_mb"])
        rows += [
            (
                f"scale {n}: poll process peak RSS (polls / ack pass)",
                f"{sc['rss_mb_before_ack']:.0f} / {ack_peak:.0f} MB",
                f"<= {TARGETS['scale_rss_mb']} MB",
            ),
            (
                f"scale {n}: acknowledgement pass per message",
                f"{sc['ack_ms_per_msg']:.2f} ms",
                "",
            ),
        ]
    if len(scale) > 1:  # the pass's time a message at the largest size against the smallest
        sizes = sorted(scale, key=int)
        first, last = scale[sizes[0]]["ack_ms_per_msg"], scale[sizes[-1]]["ack_ms_per_msg"]
        rows.append(
            (
                f"scale: ack pass a message, {sizes[-1]} / {sizes[0]}",
                f"{last / first:.2f}x" if first else "-",
                f"<= {TARGETS['scale_ack_ratio']:.2f}x",
            )
        )
    g = results.get("legacy")
    if g:
        rows += [
            (
                f"legacy .doc/.wps, soffice per file (median of {g['files_per_file']})",
                _fmt(g["per_file_median_s"], " s"),
                "",
            ),
            (
                f"legacy, kept-alive LibreOffice, read (median of {g['files_kept'] - 1})",
                f"{g['kept_read_median_s']:.3f} s",
                f"<= {TARGETS['legacy_median_s']} s",
            ),
            (
                "legacy, kept-alive: its first file (LibreOffice's start)",
                _fmt(g["kept_first_s"], " s"),
                "",
            ),
        ]
    return rows


def table(results: dict[str, Any]) -> str:
    """The figures of `results` as an aligned text table."""
    rows: list[Row] = []
    if results.get("backlog"):
        rows += _backlog("backlog", results["backlog"], TARGETS["backlog_ratio"], None)
    if results.get("realistic"):
        rows += _backlog(
            "realistic",
            results["realistic"],
            TARGETS["realistic_ratio"],
            TARGETS["realistic_ratio_two"],
        )
    rows += _others(results)
    width = max(len(r[0]) for r in rows) if rows else 10
    lines = [f"{'measure':<{width}}  {'result':>16}  target", "-" * (width + 34)]
    lines += [f"{a:<{width}}  {b:>16}  {c}" for a, b, c in rows]
    return "\n".join(lines)
