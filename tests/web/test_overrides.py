"""The overrides through the console's forms: accept or reject an unreadable file (the
rejection mailed back as 请重新报送), confirm a liaison, record an offline submission, exempt,
extend a deadline; each audited once with the staff user, and the matrix follows.

They call `intake.overrides`; until that module is on this branch they are skipped.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from typing import Any

import pytest
from sqlalchemy import select

from intake.context import Context
from intake.store import AuditRow, OutboxRow
from tests.intake.helpers import docx_bytes
from tests.web.conftest import csrf_of

pytest.importorskip("intake.overrides", reason="intake.overrides (the lead's backend) not merged")


def _token(client: Any) -> str:
    return csrf_of(client.get("/problems").text)


def _audit(ctx: Context) -> list[AuditRow]:
    with ctx.store.session() as s:
        return list(s.scalars(select(AuditRow).order_by(AuditRow.id)))


def _cell(client: Any, unit: str, requirement: str) -> str:
    html = client.get("/").text
    row = html.split(f'data-unit="{unit}"', 1)[1].split("</tr>", 1)[0]
    cell = row.split(f'data-requirement="{requirement}"', 1)[1]
    return cell.split('<span class="label">', 1)[1].split("</span>", 1)[0]


def test_reject_a_file_queues_the_mail_with_the_reason(client: Any, demo_ctx: Context) -> None:
    page = client.get("/problems").text
    assert 'action="/act/reject"' in page and "a39" in page
    answer = client.post(
        "/act/reject",
        data={
            "csrf": _token(client),
            "attachment": "a39",
            "reason": "总结报告文件已损坏，请重新发送",
            "note": "打不开",
            "back": "/problems",
        },
    )
    assert answer.status_code == 303
    with demo_ctx.store.session() as s:
        queued = s.scalars(select(OutboxRow).order_by(OutboxRow.id.desc())).first()
    assert queued.state == "queued" and queued.unit_id == "tsvtc"
    assert "请重新报送" in queued.subject
    body = message_from_bytes(queued.eml, policy=policy.default).get_body(("plain",))
    assert "总结报告文件已损坏，请重新发送" in body.get_content()
    assert [(a.user, a.target) for a in _audit(demo_ctx)] == [("wang", "a39")]
    sent = client.get("/sent?state=queued").text
    assert f'id="o{queued.id}"' in sent


def test_accept_a_file_takes_it_off_the_queue(client: Any, demo_ctx: Context) -> None:
    answer = client.post(
        "/act/accept",
        data={"csrf": _token(client), "attachment": "a39", "note": "已核对", "back": "/problems"},
    )
    assert answer.status_code == 303
    assert 'id="problem-a39"' not in client.get("/problems").text
    assert [(a.user, a.note) for a in _audit(demo_ctx)] == [("wang", "已核对")]


def test_record_an_offline_submission(client: Any, demo_ctx: Context) -> None:
    assert _cell(client, "ningyang", "plan") == "逾期"
    answer = client.post(
        "/act/offline",
        data={
            "csrf": _token(client),
            "unit": "ningyang",
            "requirement": "plan",
            "channel": "纸质",
            "received_at": "2020-11-05T10:00",
            "note": "纸质件已扫描",
            "back": "/unit/ningyang",
        },
        files={
            "file": ("宁阳县活动周方案.docx", docx_bytes("宁阳县教育和体育局活动周方案", "一、"))
        },
    )
    assert answer.status_code == 303
    assert _cell(client, "ningyang", "plan") in ("完成", "逾期补交")
    assert "线下" in client.get("/unit/ningyang").text
    assert [a.user for a in _audit(demo_ctx)] == ["wang"]


def test_exempt_and_unexempt(client: Any, demo_ctx: Context) -> None:
    form = {"csrf": _token(client), "unit": "dongping", "requirement": "summary", "back": "/"}
    assert client.post("/act/exempt", data=form).status_code == 303  # no note: refused
    assert _audit(demo_ctx) == []
    client.post("/act/exempt", data={**form, "note": "该局无此项工作"})
    assert _cell(client, "dongping", "summary") != "逾期"
    client.post("/act/unexempt", data={**form, "note": "撤销"})
    assert _cell(client, "dongping", "summary") == "逾期"
    assert [a.user for a in _audit(demo_ctx)] == ["wang", "wang"]


def test_extend_one_units_deadline(client: Any, demo_ctx: Context) -> None:
    assert _cell(client, "taishan", "summary") == "逾期"
    form = {
        "csrf": _token(client),
        "unit": "taishan",
        "requirement": "summary",
        "due": "2020-11-20T18:00",
        "note": "区里另有安排",
        "back": "/unit/taishan",
    }
    assert client.post("/act/extend", data=form).status_code == 303
    assert _cell(client, "taishan", "summary") == "未交"
    assert _cell(client, "dongping", "summary") == "逾期"  # one unit only
    assert [a.note for a in _audit(demo_ctx)] == ["区里另有安排"]
