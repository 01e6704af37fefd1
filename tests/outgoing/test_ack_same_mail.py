"""The chunked acknowledgement pass (issue 22) mails exactly what reading everything at once
gives: for a store with several units, senders of differing trust (registered, a liaison
named by a registered address, a stranger naming a unit, a Reply-To to an unregistered
address) and a unit with more messages than ACK_CHUNK, each queued 回执 is byte for byte
(MIME boundaries apart: they are random) the mail composed from whole-store reads (every
unit's status from `jobs.statuses`, every covered message's rows in one read), under the
key those messages name, and every message ends in the state the trust model gives it.
On the pass's engine (INTAKE_TEST_DB)."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from intake import jobs, outgoing
from intake.context import Context
from intake.outgoing import acknowledgements
from intake.outgoing.queue import sender_of, templates_of
from intake.store import MessageRow, OutboxRow
from outbox.ack import compose_ack
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

NOW = datetime(2020, 11, 9, 12, 0, tzinfo=TZ)
FEICHENG = "fczz@ta.shandong.cn"  # registered for fczz: more messages than a chunk
TAISHAN = "tsqjtj@ta.shandong.cn"  # registered for taishan, asks replies elsewhere (REPLY)
NINGYANG = "nyxjtj@ta.shandong.cn"  # registered for ningyang, names a liaison
LIAISON = "ny_liaison@163.com"  # verified for ningyang by NINGYANG's contact table
REPLY = "tsqjtj_reply@ta.shandong.cn"  # not verified for taishan: never mailed its status
STRANGER = "attacker@qq.com"  # names ningyang: never mailed its status
HELD = {REPLY, STRANGER}


def _contacts(email: str) -> bytes:
    return docx_bytes(
        "宁阳县教育和体育局活动周联络员",
        table=[
            ["单位", "姓名", "职务", "邮箱", "手机号码"],
            ["宁阳县教育和体育局", "王强", "职成股股长", email, "13805381234"],
        ],
    )


def _deliver(ctx: Context, n: int, sender: str, subject: str, files, **headers: str) -> None:
    when = datetime(2020, 11, 9, 9, n, tzinfo=TZ)
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender=sender,
            subject=subject,
            files=files,
            message_id=f"<{n}.{sender}>",
            when=when,
            headers=headers or None,
        ),
        when,
    )


def _store(folder: Path) -> Context:
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Context.open(settings_for(folder))
    _deliver(ctx, 0, NINGYANG, "宁阳县教体局联络员信息", [("联络员.docx", _contacts(LIAISON))])
    jobs.poll_once(ctx, now=NOW)  # the liaison is known before the liaison's own mail
    n = 1
    for i in range(7):
        article = docx_bytes(f"肥城市职业中专活动周宣传稿件{i}", "活动周期间我校开展了技能展示")
        _deliver(ctx, n, FEICHENG, f"肥城职专宣传稿件{i}", [(f"宣传稿件{i}.docx", article)])
        n += 1
    for i in range(2):
        plan = docx_bytes(f"泰山区职业教育活动周实施方案{i}", "一、活动时间 二、活动内容")
        _deliver(
            ctx, n, TAISHAN, f"泰山区活动周方案{i}", [("方案.docx", plan)], **{"Reply-To": REPLY}
        )
        n += 1
    summary = docx_bytes("宁阳县职业教育活动周工作总结", "活动周期间全县开展活动十二项")
    _deliver(ctx, n, LIAISON, "宁阳县活动周总结", [("总结.docx", summary)])
    n += 1
    _deliver(ctx, n, STRANGER, "宁阳县教体局联络员信息", [("联络员.docx", _contacts(STRANGER))])
    jobs.poll_once(ctx, now=NOW)
    return ctx


def _normal(eml: bytes) -> bytes:
    """The mail with its MIME boundaries (random, the email package's) made one."""
    return re.sub(rb"={15}\d+==", b"=BOUNDARY=", eml)


def _pending(ctx: Context) -> dict[tuple[str, str], list[int]]:
    """The pending messages by (recipient, unit), oldest first, as the pass groups them."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    with ctx.store.session() as s:
        rows = s.execute(
            select(MessageRow.id, MessageRow.reply_to, MessageRow.from_addr, MessageRow.unit_id)
            .where(MessageRow.ack_state == "pending", MessageRow.state == "done")
            .order_by(MessageRow.received_at, MessageRow.id)
        )
        for pk, reply_to, from_addr, unit_id in rows:
            if unit_id:
                groups[((reply_to or from_addr).lower(), unit_id)].append(pk)
    return groups


def _whole(ctx: Context, to: str, unit_id: str, ids: list[int]) -> tuple[str, bytes]:
    """The key and mail of one acknowledgement from whole-store reads."""
    campaign = ctx.settings.campaign
    status = {us.unit_id: us for us in jobs.statuses(ctx, NOW)}[unit_id]
    template = campaign.statistics
    headers = {c.key: c.header for c in template.columns} if template else {}
    names = {u.id: u.name for u in campaign.units}
    with ctx.store.session() as s:
        rows, attachments = acknowledgements._ack_rows(s, ids)
    receipts = [acknowledgements._receipt(r, attachments[r.id], headers, names) for r in rows]
    unit = campaign.unit(unit_id)
    assert unit is not None
    msg = compose_ack(
        campaign, unit, receipts, status, to, sender_of(ctx), NOW, templates=templates_of(ctx)
    )
    covered = "\n".join(f"{r.mailbox}\t{r.uidvalidity}\t{r.uid}" for r in rows)
    key = f"ack:{to}:{hashlib.sha256(covered.encode()).hexdigest()[:20]}"
    return key, _normal(bytes(msg))


def test_each_acknowledgement_is_the_mail_the_whole_store_reads_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(acknowledgements, "ACK_CHUNK", 2)  # fczz's 7 messages: four chunks
    ctx = _store(tmp_path)
    groups = _pending(ctx)
    units = {unit for _, unit in groups}
    assert {("fczz@ta.shandong.cn", "fczz"), (REPLY, "taishan")} <= set(groups), groups
    assert (LIAISON, "ningyang") in groups and (STRANGER, "ningyang") in groups
    assert len(groups[(FEICHENG, "fczz")]) == 7 and len(units) >= 3
    mailed = {to: unit for (to, unit) in groups if to not in HELD}
    assert sorted(mailed) == sorted([FEICHENG, NINGYANG, LIAISON])
    expected = {to: _whole(ctx, to, unit, groups[(to, unit)]) for to, unit in mailed.items()}

    assert outgoing.acknowledge(ctx, NOW) == len(expected)

    with ctx.store.session() as s:
        rows = s.execute(
            select(OutboxRow.key, OutboxRow.recipients, OutboxRow.unit_id, OutboxRow.eml).where(
                OutboxRow.kind == "ack"
            )
        ).all()
        states = dict(s.execute(select(MessageRow.id, MessageRow.ack_state)).all())
    got = {recipients[0]: (key, unit_id, _normal(eml)) for key, recipients, unit_id, eml in rows}
    assert got.keys() == expected.keys()
    for to, (key, eml) in expected.items():
        assert got[to] == (key, mailed[to], eml), to
    # mail from (or replying to) an unverified address is held, every other pending
    # message is covered by its 回执
    for (to, _unit), ids in groups.items():
        assert {states[pk] for pk in ids} == {"held" if to in HELD else "queued"}, to
