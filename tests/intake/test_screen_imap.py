"""A shared mailbox against a real Dovecot: the server's search picks what is downloaded.

Campaign mail is taken in whole, whatever carries its clue (sender, subject, only the
body); other mail is recorded as ignored from its header lines; a backlog large enough
for worker processes gives the same outcomes as one read in the poll.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from intake import feed, jobs
from intake.feed import POOL_MIN, screening
from intake.feed.screening import SCREEN_MIN
from intake.pipeline import Context
from intake.store import MessageRow
from tests.fixtures.servers import Dovecot
from tests.intake.helpers import PASSWORD_ENV, TZ, docx_bytes, mail, settings_for

NOW = datetime(2020, 11, 20, 12, 0, tzinfo=TZ)
PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的")


@pytest.fixture()
def ctx(tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Context:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    return Context.open(settings_for(tmp_path, mailbox_url=dovecot.url))


def _office(i: int):
    return mail(
        sender=f"colleague{i}@office.example.cn",
        subject=f"食堂下周菜单 {i}",
        body="各位同事：请于周五前提交部门工作总结。",
        message_id=f"<office{i}@example.cn>",
    )


def _campaign() -> list:
    return [
        mail(  # a registered sender
            sender="fczz@ta.shandong.cn",
            subject="材料",
            files=[("方案.docx", PLAN)],
            message_id="<by-sender@fczz>",
        ),
        mail(  # a unit's name in the subject only
            sender="someone@qq.com",
            subject="东平县职业中等专业学校活动周方案",
            files=[("方案.docx", PLAN)],
            message_id="<by-subject@qq>",
        ),
        mail(  # the only clue is in the body
            sender="teacher@163.com",
            subject="材料请查收",
            body="我校（宁阳县职业中专）的宣传材料见附件。",
            files=[("材料.docx", PLAN)],
            message_id="<by-body@163>",
        ),
        mail(  # the only clue is the attachment's name (RFC 2231 encoded in the MIME header)
            sender="xiaoli@126.com",
            subject="请查收",
            body="见附件。",
            files=[("肥城职专活动周实施方案.docx", PLAN)],
            message_id="<by-file-name@126>",
        ),
    ]


def _append_all(dovecot: Dovecot, others: int) -> None:
    msgs = [_office(i) for i in range(others)]
    msgs[3:3] = _campaign()
    with dovecot.client() as c:
        for msg in msgs:
            c.append("INBOX", msg.as_bytes(), msg_time=datetime(2020, 11, 4, 9, 0, tzinfo=TZ))


@pytest.mark.server
def test_server_search_downloads_campaign_mail_and_records_the_rest(
    ctx: Context, dovecot: Dovecot
) -> None:
    _append_all(dovecot, others=SCREEN_MIN + 5)
    report = jobs.poll_once(ctx, now=NOW)
    done = {o.subject for o in report.outcomes if o.state == "done"}
    assert done == {"材料", "东平县职业中等专业学校活动周方案", "材料请查收", "请查收"}
    assert report.count("ignored") == SCREEN_MIN + 5
    with ctx.store.session() as s:
        ignored = [r for r in s.query(MessageRow).filter_by(state="ignored")]
        assert all(r.subject.startswith("食堂下周菜单") and r.raw_path == "" for r in ignored)
        assert all(r.from_addr.endswith("@office.example.cn") and r.size > 0 for r in ignored)
    assert jobs.poll_once(ctx, now=NOW).outcomes == []  # nothing twice


@pytest.mark.server
def test_workers_and_in_process_reading_agree(
    tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    _append_all(dovecot, others=POOL_MIN + 5)
    results = []
    for name, pool_min in (("serial", 10**6), ("workers", 1)):
        monkeypatch.setattr(feed, "POOL_MIN", pool_min)
        monkeypatch.setattr(screening, "SCREEN_MIN", 10**6)  # everything downloaded
        (tmp_path / name).mkdir()
        ctx = Context.open(settings_for(tmp_path / name, mailbox_url=dovecot.url))
        report = jobs.poll_once(ctx, now=NOW)
        results.append(
            sorted(
                (o.uid, o.state, o.unit_id, tuple(f.category for f in o.files))
                for o in report.outcomes
            )
        )
    assert results[0] == results[1]
    assert sum(1 for r in results[0] if r[1] == "done") == len(_campaign())
