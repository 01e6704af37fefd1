"""The overrides from the command line (the same functions the console calls)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from intake.cli import main
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的", "二、活动安排")


def _status(cfg: str, capsys: pytest.CaptureFixture[str], unit: str, req: str) -> str:
    capsys.readouterr()
    assert main(["--config", cfg, "status", "--json", "--now", "2020-11-06T10:00"]) == 0
    data = json.loads(capsys.readouterr().out)
    row = next(u for u in data["units"] if u["id"] == unit)
    return row["requirements"][req]["state"]


def test_staff_overrides_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path)
    cfg = str(tmp_path / "config.toml")
    when = datetime(2020, 11, 4, 9, tzinfo=TZ)
    deliver_maildir(
        settings.path("data/mail"),
        mail(sender="fczz@ta.shandong.cn", subject="肥城职专活动周方案",
             files=[("方案.docx", PLAN[: len(PLAN) // 2])]),
        when,
    )  # fmt: skip
    assert main(["--config", cfg, "poll", "--now", "2020-11-04T10:00"]) == 0
    assert _status(cfg, capsys, "fczz", "plan") == "partial"  # unreadable: 待补正
    assert main(["--config", cfg, "accept", "a1", "--note", "人工打开"]) == 0
    assert _status(cfg, capsys, "fczz", "plan") == "complete"
    paper = tmp_path / "方案.docx"
    paper.write_bytes(PLAN)
    args = ["--config", cfg, "offline", "xtzz", "plan", str(paper), "--channel", "纸质"]
    assert main([*args, "--received", "2020-11-05T10:00"]) == 0
    assert _status(cfg, capsys, "xtzz", "plan") == "complete"
    assert main(["--config", cfg, "exempt", "gaoxin", "plan", "--note", "并入区县"]) == 0
    assert _status(cfg, capsys, "gaoxin", "plan") == "exempt"
    assert (
        main(["--config", cfg, "extend", "nyzz", "plan", "2020-11-09T18:00", "--note", "延期"]) == 0
    )
    assert _status(cfg, capsys, "nyzz", "plan") == "missing"  # owed, but not yet due
    capsys.readouterr()
    assert main(["--config", cfg, "exempt", "nobody", "plan", "--note", "x"]) == 1
    assert "no unit 'nobody'" in capsys.readouterr().err
