"""Outgoing mail end to end against a real aiosmtpd server: acknowledgements (burst, loops),
reminders across a replayed campaign with a restart, the digest, the workbook, and an SMTP
outage that drains once."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from intake import jobs, outgoing
from intake.pipeline import Context
from tests.fixtures.servers import SmtpSink, free_port, start_smtp
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的", "二、活动安排")


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def make_ctx(tmp_path: Path, sink: SmtpSink | None, port: int | None = None) -> Context:
    url = sink.url if sink else f"smtp://127.0.0.1:{port}"
    return Context.open(settings_for(tmp_path, outbox_url=url))


def deliver(ctx: Context, msg, when: datetime) -> None:
    deliver_maildir(ctx.settings.path("data/mail"), msg, when)


def cycle(ctx: Context, now: datetime) -> None:
    """What the daemon does at `now`: poll, acknowledge, remind, send."""
    jobs.poll_once(ctx, now=now)
    outgoing.acknowledge(ctx, now)
    outgoing.remind(ctx, now)
    outgoing.flush(ctx, now)


def test_burst_of_three_gives_one_acknowledgement_threaded(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_sink)
    for i, name in enumerate(("方案.docx", "稿件1.docx", "联络员.docx")):
        deliver(
            ctx,
            mail(
                sender="fczz@ta.shandong.cn",
                subject=f"肥城职专材料{i}",
                files=[(name, PLAN)],
                message_id=f"<m{i}@fczz>",
            ),
            at(4, 9, i),
        )
    jobs.poll_once(ctx, now=at(4, 10))
    assert outgoing.acknowledge(ctx, at(4, 10)) == 1
    assert outgoing.flush(ctx, at(4, 10)).sent == 1
    [ack] = smtp_sink.received()
    assert ack["To"] == "fczz@ta.shandong.cn"
    assert ack["In-Reply-To"] == "<m2@fczz>"
    assert all(f"<m{i}@fczz>" in ack["References"] for i in range(3))
    assert ack["Subject"].startswith("Re: 肥城职专材料0")
    assert ack["Auto-Submitted"] == "auto-replied"
    text = ack.get_body(("plain",)).get_content()
    assert "方案.docx" in text and "稿件1.docx" in text


def test_interval_holds_back_a_second_ack(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    ctx = make_ctx(tmp_path, smtp_sink)
    deliver(
        ctx,
        mail(sender="fczz@ta.shandong.cn", subject="方案", files=[("方案.docx", PLAN)]),
        at(4, 9),
    )
    cycle(ctx, at(4, 10))
    deliver(
        ctx,
        mail(sender="fczz@ta.shandong.cn", subject="稿件", files=[("稿件.docx", PLAN)]),
        at(4, 10, 1),
    )
    cycle(ctx, at(4, 10, 2))  # within ack_interval (10 minutes): held back
    assert len([m for m in smtp_sink.received() if m["X-Notice-Intake"] == "ack"]) == 1
    cycle(ctx, at(4, 10, 15))
    assert len([m for m in smtp_sink.received() if m["X-Notice-Intake"] == "ack"]) == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"List-Id": "<news.ta.shandong.cn>"},
        {"X-Notice-Intake": "ack", "Auto-Submitted": "auto-replied"},
    ],
)
def test_no_acknowledgement_to_automatic_mail(
    tmp_path: Path, smtp_sink: SmtpSink, headers: dict[str, str]
) -> None:
    ctx = make_ctx(tmp_path, smtp_sink)
    deliver(
        ctx,
        mail(sender="fczz@ta.shandong.cn", subject="自动回复：活动周方案", headers=headers),
        at(4, 9),
    )
    cycle(ctx, at(4, 10))
    assert [m for m in smtp_sink.received() if m["X-Notice-Intake"] == "ack"] == []


def test_no_acknowledgement_to_unrecognised_sender(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    ctx = make_ctx(tmp_path, smtp_sink)
    deliver(
        ctx,
        mail(sender="someone@163.com", subject="职业教育活动周材料", files=[("方案.docx", PLAN)]),
        at(4, 9),
    )
    cycle(ctx, at(4, 10))
    assert smtp_sink.received() == []


def test_replay_reminders_once_even_across_a_restart(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    """2020-11-01..17 hour by hour; taishan completes the first three early, xintai never
    sends anything; the store is reopened half way (a restart) and a cycle is repeated."""
    ctx = make_ctx(tmp_path, smtp_sink)
    deliver(
        ctx,
        mail(
            sender="tsqjtj@ta.shandong.cn",
            subject="泰山区教体局活动周方案",
            body="宣传专栏网址：http://www.tsqjy.gov.cn/zjhdz/\n"
            "联络员：王丽，职务：职成科科长，手机：13805381234，"
            "邮箱：wangli@ta.shandong.cn，单位：泰安市泰山区教育和体育局",
            files=[("泰山区活动周方案.docx", PLAN)],
        ),
        at(1, 9),
    )
    now = at(1, 8)
    while now <= at(17, 20):
        cycle(ctx, now)
        if now == at(9, 0):
            ctx.store.engine.dispose()
            ctx = make_ctx(tmp_path, smtp_sink)  # restart: a fresh process, same data
            cycle(ctx, now)
        now += timedelta(hours=1)
    reminders = [m for m in smtp_sink.received() if m["X-Notice-Intake"] == "reminder"]
    keys = Counter(str(m["X-Notice-Intake-Key"]) for m in reminders)
    assert keys and max(keys.values()) == 1  # nothing twice
    by_unit = Counter(str(m["X-Notice-Intake-Unit"]) for m in reminders)
    # xintai owed everything: 3 points + overdue for the first three, 3 for articles,
    # 3 points + overdue for summary/statistics
    assert by_unit["xintai"] == 11
    taishan = [m for m in reminders if m["X-Notice-Intake-Unit"] == "taishan"]
    assert taishan and all("plan" not in str(m["X-Notice-Intake-Key"]) for m in taishan)
    first = next(m for m in reminders if m["X-Notice-Intake-Unit"] == "xintai")
    assert "xtsjtj@ta.shandong.cn" in first["To"]
    assert "11月5日（星期四）18:00" in first.get_body(("plain",)).get_content()


def test_digest_saved_queued_once_and_workbook_exported(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_sink)
    deliver(
        ctx,
        mail(
            sender="fczz@ta.shandong.cn",
            subject="<script>alert(1)</script>方案",
            files=[("方案.docx", PLAN)],
        ),
        at(4, 9),
    )
    jobs.poll_once(ctx, now=at(4, 10))
    run = outgoing.digest(ctx, at(4, 17, 30))
    assert run.queued and run.html_path and run.html_path.name == "20201104.html"
    html = run.html_path.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert not outgoing.digest(ctx, at(4, 17, 45)).queued  # once a day
    outgoing.flush(ctx, at(4, 17, 31))
    [sent] = [m for m in smtp_sink.received() if m["X-Notice-Intake"] == "digest"]
    assert sent["To"] == "jyj-zcjk01@ta.shandong.cn"
    assert any(p.get_filename(failobj="").endswith(".xlsx") for p in sent.iter_attachments())
    path = outgoing.export(ctx, tmp_path / "out.xlsx", at(4, 18))
    wb = load_workbook(path)
    assert wb.sheetnames == ["联络员", "提交情况", "统计汇总", "宣传专栏", "宣传材料目录", "问题"]
    matrix = wb["提交情况"]
    names = [matrix.cell(row=r, column=1).value for r in range(2, matrix.max_row + 1)]
    assert "肥城市职业中等专业学校" in names


def test_smtp_down_then_up_drains_once(tmp_path: Path) -> None:
    port = free_port()
    ctx = make_ctx(tmp_path, None, port)
    deliver(
        ctx,
        mail(sender="fczz@ta.shandong.cn", subject="方案", files=[("方案.docx", PLAN)]),
        at(4, 9),
    )
    jobs.poll_once(ctx, now=at(4, 10))
    outgoing.acknowledge(ctx, at(4, 10))
    down = outgoing.flush(ctx, at(4, 10))
    assert (down.sent, down.retry) == (0, 1) and "refused" in down.error
    assert outgoing.flush(ctx, at(4, 10, 0)).sent == 0  # backoff: not yet due again
    sink = start_smtp(port)
    try:
        assert outgoing.flush(ctx, at(4, 11)).sent == 1
        assert outgoing.flush(ctx, at(4, 12)).sent == 0
        assert len(sink.received()) == 1
    finally:
        sink.controller.stop()  # type: ignore[union-attr]


def test_refused_smtp_login_keeps_mail_queued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong password says nothing about the emails: they stay queued, listed for staff
    after repeated tries, and go out once when the password is fixed."""
    from intake.corrections import problems

    sink = start_smtp(auth=("intake", "right"))
    try:
        settings = settings_for(
            tmp_path,
            outbox_url=f"smtp://intake@127.0.0.1:{sink.port}",
            extra_outbox='password_env = "INTAKE_TEST_SMTP_PASSWORD"',
        )
        monkeypatch.setenv("INTAKE_TEST_SMTP_PASSWORD", "wrong")
        ctx = Context.open(settings)
        deliver(
            ctx,
            mail(sender="fczz@ta.shandong.cn", subject="方案", files=[("方案.docx", PLAN)]),
            at(4, 9),
        )
        jobs.poll_once(ctx, now=at(4, 10))
        outgoing.acknowledge(ctx, at(4, 10))
        when = at(4, 10)
        for _ in range(3):
            report = outgoing.flush(ctx, when)
            assert (report.sent, report.failed, report.retry) == (0, 0, 1)
            assert "wrong" not in report.error
            when += timedelta(hours=2)
        assert [p.kind for p in problems(ctx)] == ["delivery-retrying"]
        monkeypatch.setenv("INTAKE_TEST_SMTP_PASSWORD", "right")
        assert outgoing.flush(ctx, when).sent == 1
        assert outgoing.flush(ctx, when + timedelta(hours=2)).sent == 0
        assert len(sink.received()) == 1
    finally:
        sink.controller.stop()  # type: ignore[union-attr]


def test_acknowledgement_counts_the_statistics_rows_and_names_missing_columns(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    from tests.reliability.hostile import xlsx_bytes

    table = xlsx_bytes(
        [
            ["单位名称", "线上活动（场次）", "线下活动（场次）", "参与师生（人次）"],
            ["肥城市职业中等专业学校", 3, 5, 800],
            ["肥城市职业中等专业学校（东校区）", 1, 2, 300],
            ["合计", 4, 7, 1100],
        ]
    )
    ctx = make_ctx(tmp_path, smtp_sink)
    deliver(
        ctx,
        mail(
            sender="fczz@ta.shandong.cn",
            subject="肥城职专活动周情况统计表",
            files=[("2020年职业教育活动周情况统计表.xlsx", table)],
        ),
        at(16, 9),
    )
    jobs.poll_once(ctx, now=at(16, 10))
    assert outgoing.acknowledge(ctx, at(16, 10)) == 1
    outgoing.flush(ctx, at(16, 10))
    [ack] = smtp_sink.received()
    text = ack.get_body(("plain",)).get_content()
    assert "读取统计数据2行" in text  # the total row is not a unit's
    assert "统计表缺少列：校园开放日（次）、技术技能服务（场次）" in text  # headers, not keys


def test_a_check_that_finds_two_points_passed_sends_one_reminder_per_unit(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    """The first check after a start late on 11-04 finds the 1d point (11-04 18:00) and the
    09:00 point of the due day passed: one mail per unit, not two."""
    ctx = make_ctx(tmp_path, smtp_sink)
    run = outgoing.remind(ctx, at(5, 9, 30))
    units = len(ctx.settings.campaign.units)
    assert len(run.queued) == units
    assert outgoing.flush(ctx, at(5, 9, 30)).sent == units
    per_unit = Counter(str(m["X-Notice-Intake-Unit"]) for m in smtp_sink.received())
    assert set(per_unit.values()) == {1}
    assert outgoing.remind(ctx, at(5, 9, 31)).queued == []  # nothing new: nothing counted


def test_overdue_items_come_first_under_their_own_heading(
    tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_sink)
    outgoing.remind(ctx, at(6, 17))  # the cursor: the next check sees only the overdue point
    run = outgoing.remind(ctx, at(6, 18, 5))
    assert run.queued
    _, _, msg = run.queued[0]
    text = msg.get_body(("plain",)).get_content()
    assert "已逾期（请尽快报送）" in text
    overdue_at = text.index("已逾期（请尽快报送）")
    assert "活动周方案" in text[overdue_at:]
    later = text.find("另请按时报送")
    assert later == -1 or "活动周方案" not in text[later:]  # never listed as "on time"
