"""A password-protected archive through the real pipeline: a zip made by 7z with a password
nobody sent. Its members are listed by name, each received and unreadable (待补正); the
zip itself is filed for staff; the acknowledgement asks for readable copies and never
lists them as received."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from intake import jobs, outgoing
from intake.context import Context
from intake.store import AttachmentRow
from rules.model import State
from tests.fixtures.servers import SmtpSink, require_binary
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

SUMMARY = docx_bytes("肥城职专2020年职业教育活动周总结", "一、基本情况", "二、主要做法")
TABLE = docx_bytes("职业教育活动周统计表", table=[["单位", "线上活动"], ["肥城职专", "3"]])


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def locked_zip(tmp_path: Path) -> bytes:
    seven = require_binary("7z")
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "活动周总结.docx").write_bytes(SUMMARY)
    (folder / "活动周统计表.docx").write_bytes(TABLE)
    subprocess.run(
        [seven, "a", "-bd", "-tzip", "-pSECRET", "../材料.zip", "."],
        cwd=folder,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return (tmp_path / "材料.zip").read_bytes()


def state(ctx: Context, requirement: str) -> State:
    status = next(s for s in jobs.statuses(ctx, at(17)) if s.unit_id == "fczz")
    return next(r for r in status.requirements if r.requirement_id == requirement).state


@pytest.mark.server
def test_a_locked_zip_lists_its_files_as_received_and_unreadable(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    data = locked_zip(tmp_path)
    (tmp_path / "intake").mkdir()
    ctx = Context.open(settings_for(tmp_path / "intake", outbox_url=smtp_sink.url))
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender="fczz@ta.shandong.cn",
            subject="肥城职专活动周总结和统计表",
            body="田科长：附件是我校活动周总结和统计表，请查收。",
            files=[("肥城职专活动周材料.zip", data)],
            message_id="<z@fczz>",
        ),
        at(16, 9),
    )
    jobs.poll_once(ctx, now=at(16))
    with ctx.store.session() as s:
        rows = {a.filename: a for a in s.scalars(select(AttachmentRow))}
    members = {n: (r.doc_status, r.category, r.path) for n, r in rows.items() if r.origin}
    assert members == {
        "活动周总结.docx": ("encrypted", "summary", ""),
        "活动周统计表.docx": ("encrypted", "statistics", ""),
    }
    archive = rows["肥城职专活动周材料.zip"]
    assert archive.path and (ctx.settings.path("data/archive") / archive.path).read_bytes() == data
    assert state(ctx, "summary") is State.PARTIAL
    assert state(ctx, "statistics") is State.PARTIAL

    outgoing.acknowledge(ctx, at(16, 11))
    outgoing.flush(ctx, at(16, 11))
    (ack,) = [m for m in smtp_sink.received() if str(m["X-Notice-Intake"]) == "ack"]
    text = ack.get_body(("plain",)).get_content()
    files, _, owed = text.partition("贵单位尚需报送")
    assert "肥城职专活动周材料.zip\n    识别为：压缩包" in files
    for name, kind in (("活动周总结.docx", "总结报告"), ("活动周统计表.docx", "统计表")):
        assert f"{name}\n    识别为：{kind}\n    问题：文件已加密，无法读取" in files
    assert files.count("无法读取") == 2  # one line each, never twice for one file
    summary = next(ln for ln in owed.splitlines() if ln.startswith("- 活动周总结报告"))
    assert "收到1份无法读取的文件" in summary
