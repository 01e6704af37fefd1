"""The command line: help, status table and JSON keys, problems, dry runs."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from intake.cli import main
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的")


@pytest.fixture()
def cfg(tmp_path: Path) -> str:
    settings = settings_for(tmp_path)
    deliver_maildir(
        settings.path("data/mail"),
        mail(
            sender="fczz@ta.shandong.cn", subject="肥城职专活动周方案", files=[("方案.docx", PLAN)]
        ),
        datetime(2020, 11, 4, 9, 0, tzinfo=TZ),
    )
    deliver_maildir(
        settings.path("data/mail"),
        mail(sender="who@163.com", subject="职业教育活动周稿件", files=[("稿件.docx", PLAN)]),
        datetime(2020, 11, 4, 9, 5, tzinfo=TZ),
    )
    return str(tmp_path / "config.toml")


def test_help_explains_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "intake", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in (
        "poll",
        "status",
        "problems",
        "assign",
        "reclassify",
        "ignore",
        "reprocess",
        "remind",
        "digest",
        "export",
    ):
        assert command in out


def test_status_json_has_stable_keys(cfg: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", cfg, "--now", "2020-11-04T12:00", "poll", "--once"]) == 0
    capsys.readouterr()
    assert main(["--config", cfg, "--now", "2020-11-04T12:00", "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"campaign", "notice", "now", "requirements", "units"}
    assert [r["id"] for r in data["requirements"]][:3] == ["plan", "column_url", "contact"]
    fczz = next(u for u in data["units"] if u["id"] == "fczz")
    assert set(fczz) == {"id", "name", "kind", "complete", "requirements"}
    plan = fczz["requirements"]["plan"]
    assert set(plan) == {"state", "count", "min_count", "due", "detail", "items"}
    assert plan["state"] == "complete" and plan["items"][0]["label"] == "方案.docx"
    assert fczz["requirements"]["articles"]["state"] == "missing"


def test_status_table_and_problems(cfg: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--config", cfg, "--now", "2020-11-04T12:00", "poll"])
    capsys.readouterr()
    assert main(["--config", cfg, "--now", "2020-11-04T12:00", "status"]) == 0
    out = capsys.readouterr().out
    assert "肥城市职业中等专业学校" in out and "完成" in out and "未交" in out
    assert main(["--config", cfg, "problems"]) == 0
    out = capsys.readouterr().out
    assert "unassigned" in out and "who@163.com" in out


def test_remind_dry_run_changes_nothing(cfg: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--config", cfg, "--now", "2020-11-04T12:00", "poll"])
    capsys.readouterr()
    outbox = Path(cfg).parent / "data" / "outbox"
    before = sorted(outbox.glob("*.eml"))  # the acknowledgement of the poll
    assert main(["--config", cfg, "--now", "2020-11-04T18:05", "remind", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would send remind:xintai:" in out and "11月5日（星期四）18:00" in out
    assert "would send remind:fczz:column_url+contact:" in out  # its plan is in
    assert sorted(outbox.glob("*.eml")) == before
    # the real run sends them, once
    assert main(["--config", cfg, "--now", "2020-11-04T18:05", "remind"]) == 0
    sent = len(list(outbox.glob("*.eml")))
    assert sent > 10
    main(["--config", cfg, "--now", "2020-11-04T18:10", "remind"])
    assert len(list(outbox.glob("*.eml"))) == sent


def test_bad_now_is_a_usage_error(cfg: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", cfg, "--now", "yesterday", "status"]) == 1
    assert "--now: 'yesterday' is not a time" in capsys.readouterr().err


def test_a_command_freezes_its_start_up_heap_once(cfg: str) -> None:
    # in a process of its own: a frozen heap stays frozen for the process's life
    script = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from intake.cli import Env\n"
        "from intake.heap import freeze_startup\n"
        "before = gc.get_freeze_count()\n"
        "Env(Path(sys.argv[1]), None).ctx\n"
        "print(before, gc.get_freeze_count(), freeze_startup())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, cfg], capture_output=True, text=True, check=True
    ).stdout.split()
    before, after, again = int(out[0]), int(out[1]), out[2]
    assert before == 0
    assert after > 50_000  # the imported modules' objects
    assert again == "False"


def test_ignored_mail_is_listed_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path)
    inbox = settings.path("data/mail")
    when = datetime(2020, 11, 4, 9, 0, tzinfo=TZ)
    deliver_maildir(
        inbox,
        mail(sender="fczz@ta.shandong.cn", subject="自动回复：肥城职专活动周方案",
             headers={"Auto-Submitted": "auto-replied"}, message_id="<auto@x>"),
        when,
    )  # fmt: skip
    deliver_maildir(inbox, mail(sender="x@163.com", subject="周五聚餐", body="老地方"), when)
    cfg = str(tmp_path / "config.toml")
    assert main(["--config", cfg, "poll", "--now", "2020-11-04T10:00"]) == 0
    capsys.readouterr()
    assert main(["--config", cfg, "mail", "--ignored"]) == 0
    out = capsys.readouterr().out
    assert "auto-reply: not a submission" in out and "内容已保存，可 intake assign" in out
    assert "no registered sender, unit name or campaign keyword" in out
    assert "未保存内容（仍在邮箱中）" in out  # unrelated mail keeps no content
    assert out.strip().endswith("2 message(s)")
