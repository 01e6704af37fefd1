"""`intake demo` end to end in a temporary folder, and the sample generator on its own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from intake.demo.samples import build_samples
from rules.campaign import Campaign
from tests.intake.helpers import ROOT


def test_samples_are_deterministic_and_varied(campaign: Campaign) -> None:
    first, second = build_samples(campaign), build_samples(campaign)
    assert [s.message.as_bytes() for s in first] == [s.message.as_bytes() for s in second]
    assert [s.at for s in first] == sorted(s.at for s in first)
    units = Counter(s.unit_id for s in first)
    assert len([u for u in units if u]) >= 6
    assert units[None] == 1  # one unknown sender
    unknown = next(s for s in first if s.unit_id is None)
    assert str(unknown.message["From"]).endswith("@163.com>")
    names = [
        part.get_filename()
        for s in first
        for part in s.message.iter_attachments()
        if part.get_filename()
    ]
    assert any(n.endswith(".xlsx") and "联络员" in n for n in names)  # contact form as xlsx
    assert sum("统计表" in n for n in names) >= 3
    articles = Counter(s.unit_id for s in first if "宣传稿" in str(s.message["Subject"]))
    assert max(articles.values()) >= 5 and min(articles.values()) < 5
    bodies = [s.message.get_body(("plain",)).get_content() for s in first]  # type: ignore[union-attr]
    assert any("http://" in b and "专栏" in b for b in bodies)
    assert all(campaign.start.isoformat() <= s.at.date().isoformat() for s in first)


@pytest.mark.slow
def test_demo_runs_to_the_end_and_its_outputs_exist(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="160")
    done = subprocess.run(
        [sys.executable, "-m", "intake", "demo", "--dir", str(folder)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    out = done.stdout
    assert "报送情况" in out  # the status table's title
    assert "18 units" in out
    assert (folder / "config.toml").stat().st_size > 0

    outbox = folder / "data" / "outbox"
    reminders = sorted(outbox.glob("*_reminder_*.eml"))
    acks = sorted(outbox.glob("*_ack_*.eml"))
    assert reminders and acks
    assert all(p.stat().st_size > 0 for p in reminders + acks)
    assert f"reminders:        {len(reminders):>3} sent" in out
    # a unit that sent nothing is reminded; 岱岳区教体局, complete on 11-15, is not after it
    assert any("_reminder_dongping_" in p.name for p in reminders)
    late = [p.name for p in reminders if "_reminder_daiyue_" in p.name and p.name >= "20201115"]
    assert late == []
    # acknowledgements are replies to a unit's own mail, never to the unknown sender
    for path in acks:
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg["In-Reply-To"]
        assert "163.com" not in str(msg["To"])

    digests = sorted((folder / "data" / "digests").glob("*.html"))
    assert len(digests) == 17  # 11-01 .. 11-17 at 17:30
    assert all(p.stat().st_size > 0 for p in digests)

    from openpyxl import load_workbook

    workbook = folder / "提交情况汇总.xlsx"
    assert str(workbook) in out
    book = load_workbook(workbook)
    assert "联络员" in book.sheetnames
    assert book["联络员"].max_row >= 4

    archive = folder / "data" / "archive"
    assert list((archive / "daiyue" / "plan").glob("*.docx"))
    assert list((archive / "_unassigned").rglob("*.docx"))

    again = subprocess.run(
        [sys.executable, "-m", "intake", "demo", "--dir", str(folder)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1
    assert "already holds a demo" in again.stderr
