"""The benchmark script runs end to end at tiny sizes and reports every measure.

No speed is asserted here (that is the script's job, on a quiet machine): only that each
section ran against the real servers and produced positive numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixtures.servers import require_binary

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.server
def test_bench_runs_every_section_at_tiny_sizes(tmp_path: Path) -> None:
    require_binary("dovecot", "/usr/sbin/dovecot")
    require_binary("soffice")  # the realistic mix's legacy files and PDFs
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--messages", "20", "--latency-messages", "3",
         "--poll-size", "200", "--shared", "200+10", "--big-mb", "2", "--repeat", "2",
         "--only", "backlog,realistic,scale,legacy,latency,poll,shared,memory",
         "--scale", "20,40", "--legacy", "2,4",
         "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    if done.returncode != 0 and "runs as root" in done.stderr:
        pytest.skip("the bench's Dovecot runs as root")
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))

    backlog = results["backlog"]
    for key in ("raw_fetch_msgs_per_s", "straightforward_msgs_per_s", "pipeline_msgs_per_s",
                "rss_mb", "cpu_ms_per_msg_main"):  # fmt: skip
        assert backlog[key] > 0, key
    assert backlog["pipeline_states"] == {"done": 20}
    assert len(backlog["pipeline_runs_msgs_per_s"]) == 2  # the median of two runs
    assert backlog["acks_queued"] > 0

    realistic = results["realistic"]
    for key in ("straightforward_msgs_per_s", "two_process_msgs_per_s", "pipeline_msgs_per_s",
                "ratio_to_two_process"):  # fmt: skip
        assert realistic[key] > 0, key
    assert sum(realistic["pipeline_states"].values()) == 20
    assert realistic["mix"]["messages"] == 20 and realistic["mix"]["attachments"] >= 20
    assert set(results["scale"]) == {"20", "40"}
    assert all(s["rss_mb_before_ack"] > 0 for s in results["scale"].values())
    for figures in results["scale"].values():  # each phase's own peak: start, polls, ack pass
        names = [name for name, _, _ in figures["rss_by_phase"]]
        assert names[0] == "start" and names[-1] == "ack" and "poll 1" in names
        assert all(peak > 0 and rss > 0 for _, rss, peak in figures["rss_by_phase"])
    assert "scale: ack pass a message, 40 / 20" in done.stdout
    legacy = results["legacy"]
    assert legacy["files_per_file"] == 2 and legacy["files_kept"] == 4
    assert legacy["statuses"] == {"ok": 4}

    latency = results["latency"]
    assert latency["acknowledged"] == 3 and latency["median_s"] > 0

    poll = results["poll"]
    assert poll["mailbox_messages"] == 200
    assert poll["held_ms_median"] > 0 and poll["fresh_ms_median"] > 0

    shared = results["shared"]
    assert shared["states"] == {"ignored": 200, "done": 10}
    assert shared["bytes_received"] > 0 and shared["ratio"] > 0

    memory = results["memory"]
    assert memory["big_rss_mb"] > 0 and memory["backlog_rss_mb"] > 0
    assert "measure" in done.stdout  # the table
    # the cleanup leaves its time for the next invocation's noise warning
    assert "seconds_since_last_cleanup" in results
    cleaned = float((ROOT / "bench" / "out" / "last-cleanup").read_text())
    assert 0 <= time.time() - cleaned < 900
