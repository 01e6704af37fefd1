"""Staff corrections killed at every point inside them: rows and files agree afterwards.

A stranger sends the same plan twice (the second copy's row names the first one's file)
and a school's article; staff assign the stranger's first mail (the shared file must be
copied, not moved: the second mail's row still needs it), reclassify the article and
ignore a mail. Each command runs as `python -m intake …` and is SIGKILLed at its 1st,
2nd, … failpoint (intake.failpoints) until one run gets through; after every kill the next
command's start finishes the planned file moves. Then: every row that names a file has
it, every filed file is named by a row, nothing is left half-written.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from intake import jobs
from intake.context import Context
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail
from tests.reliability.common import ROOT, db, intake_env, report_figures, write_config

PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的")  # names no unit
ARTICLE = docx_bytes("肥城职专举办技能展示", "本报讯 11月9日，肥城职专举办技能展示活动。")
WHEN = datetime(2020, 11, 4, 9, tzinfo=TZ)


def _intake(cfg: Path, *args: str, **env: str) -> int:
    return subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(cfg), *args],
        cwd=ROOT,
        env=intake_env(**env),
        capture_output=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    ).returncode


def _campaign(tmp_path: Path) -> Path:
    cfg, settings = write_config(tmp_path)
    inbox = settings.path("data/mail")
    for n, (sender, subject, files) in enumerate(
        [
            ("stranger@qq.com", "活动周方案", [("方案.docx", PLAN)]),
            ("stranger@qq.com", "活动周方案（重发）", [("方案.docx", PLAN)]),
            ("fczz@ta.shandong.cn", "肥城职专宣传稿", [("稿件.docx", ARTICLE)]),
        ]
    ):
        deliver_maildir(inbox, mail(sender=sender, subject=subject, files=files, when=WHEN,
                                    message_id=f"<m{n}@x>"), WHEN)  # fmt: skip
    jobs.poll_once(Context.open(settings), now=WHEN)
    return cfg


def _agree(cfg: Path, settings) -> list[str]:
    """What disagrees between the rows and the archive ([] when nothing)."""
    problems: list[str] = []
    archive = settings.archive_dir
    with db(settings) as con:
        named = {p for (p,) in con.execute("SELECT path FROM attachments WHERE path != ''")}
        pending = con.execute("SELECT count(*) FROM file_moves").fetchone()[0]
    if pending:
        problems.append(f"{pending} file move(s) left unfinished")
    for rel in named:
        if not (archive / rel).is_file():
            problems.append(f"row names a missing file {rel}")
    filed = {
        p.relative_to(archive).as_posix()
        for p in archive.rglob("*")
        if p.is_file() and not p.relative_to(archive).as_posix().startswith("_raw/")
    }
    problems += [f"file named by no row: {p}" for p in sorted(filed - named)]
    problems += [f"half-written: {p}" for p in archive.rglob(".tmp-*")]
    return problems


def test_corrections_killed_at_every_step_leave_rows_and_files_agreeing(tmp_path: Path) -> None:
    cfg = _campaign(tmp_path)
    _, settings = write_config(tmp_path)
    with db(settings) as con:
        first = con.execute("SELECT id FROM messages WHERE message_id = '<m0@x>'").fetchone()[0]
        third = con.execute("SELECT id FROM messages WHERE message_id = '<m2@x>'").fetchone()[0]
        article = con.execute(
            "SELECT a.id FROM attachments a WHERE a.message_pk = ?", (third,)
        ).fetchone()[0]
        assert con.execute("SELECT count(*) FROM messages WHERE unit_id IS NULL").fetchone()[0] == 2
    kills = 0
    for command in (
        ["assign", f"#{first}", "ningyang", "--remember-sender"],
        ["reclassify", f"a{article}", "plan"],
        ["ignore", f"#{third}"],
    ):
        step = 1
        while True:
            status = _intake(cfg, *command, INTAKE_KILL_AT_STEP=str(step))
            if status != -9:  # got through this time
                assert status == 0, command
                break
            kills += 1
            assert _intake(cfg, "status") == 0  # the next start finishes what was planned
            assert _agree(cfg, settings) == [], (command, step)
            step += 1
    assert kills >= 3  # every command had a point to die at
    assert _agree(cfg, settings) == []
    with db(settings) as con:
        units = dict(con.execute("SELECT message_id, unit_id FROM messages"))
        paths = dict(con.execute(
            "SELECT m.message_id, a.path FROM attachments a JOIN messages m ON m.id = a.message_pk"
        ))  # fmt: skip
    assert units["<m0@x>"] == "ningyang"
    assert paths["<m0@x>"].startswith("ningyang/plan/")
    assert paths["<m1@x>"].startswith("_unassigned/plan/")  # its own copy, kept
    assert paths["<m2@x>"].startswith("fczz/plan/")
    report_figures("corrections killed", kills=kills, rows_and_files_disagreeing=0)
