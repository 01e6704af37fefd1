"""Reminder points from the default campaign, planning over a replayed campaign, the mail."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest

from outbox.model import Sender
from outbox.reminders import (
    PlannedReminder,
    compose_reminder,
    due_points,
    plan_reminders,
    reminder_key,
    reminder_points,
)
from parsers.model import Contact, FieldValue
from rules.campaign import Campaign
from rules.model import Item, UnitStatus
from rules.status import campaign_status
from tests.outbox.conftest import status_at, statuses_at

TZ = ZoneInfo("Asia/Shanghai")


def at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def test_points_of_the_default_campaign(campaign: Campaign) -> None:
    points = reminder_points(campaign)
    plan = [(p.at, p.kind, p.label) for p in points if p.requirement_id == "plan"]
    assert plan == [
        (at(2, 18), "before", "3d"),
        (at(4, 18), "before", "1d"),
        (at(5, 9), "before", "09:00"),
        (at(6, 18), "overdue", "1d"),
    ]
    articles = [(p.at, p.kind) for p in points if p.requirement_id == "articles"]
    # no overdue_after for articles in the default config
    assert articles == [
        (at(11, 9), "before"),  # "3d@09:00"
        (at(13, 9), "before"),  # "1d@09:00"
        (at(14, 9), "before"),
    ]
    instants = sorted({p.at for p in points})
    assert instants == [
        at(2, 18), at(4, 18), at(5, 9), at(6, 18),
        at(11, 9), at(13, 9), at(13, 18), at(14, 9),
        at(15, 18), at(16, 9), at(17, 18),
    ]  # fmt: skip
    assert [p.at for p in points] == sorted(p.at for p in points)


def test_a_clock_time_after_the_deadline_is_no_reminder(campaign: Campaign) -> None:
    req = campaign.requirements[0].model_copy(update={"remind_before": ("20:00", "2h")})
    one = campaign.model_copy(update={"requirements": (req,)})
    assert [(p.at, p.label) for p in reminder_points(one)] == [
        (at(5, 16), "2h"),
        (at(6, 18), "1d"),
    ]


def test_due_points_between_runs_and_the_grace(campaign: Campaign) -> None:
    assert due_points(campaign, at(2, 17), at(2, 18)) == (at(2, 18),)
    assert due_points(campaign, at(2, 18), at(2, 19)) == ()  # already handled last run
    assert due_points(campaign, at(4, 0), at(5, 10)) == (at(4, 18), at(5, 9))
    # down since the 1st: points older than the grace (1 day) before now are skipped
    assert due_points(campaign, at(1), at(6, 20)) == (at(6, 18),)
    assert due_points(campaign, None, at(6, 20), grace=timedelta(days=3)) == (
        at(4, 18),
        at(5, 9),
        at(6, 18),
    )


def test_key_is_stable_and_independent_of_the_timezone_given() -> None:
    utc = at(5, 9).astimezone(ZoneInfo("UTC"))
    assert reminder_key("taishan", ["plan", "contact"], at(5, 9)) == reminder_key(
        "taishan", ["contact", "plan"], utc
    )
    assert reminder_key("taishan", ["plan"], at(5, 9)) == "remind:taishan:plan:20201105T0100Z"
    assert reminder_key("taishan", ["plan"], at(5, 9)) != reminder_key("daiyue", ["plan"], at(5, 9))


def test_one_reminder_per_unit_per_instant_for_what_it_owes(campaign: Campaign) -> None:
    schedule = {"taishan": {"plan": [at(1, 10)], "column_url": [at(1, 10)]}}
    statuses = statuses_at(campaign, schedule, at(2, 18))
    planned = {p.unit_id: p for p in plan_reminders(campaign, statuses, at(2, 18))}
    assert len(planned) == len(campaign.units)
    assert planned["taishan"].requirement_ids == ("contact",)
    assert planned["daiyue"].requirement_ids == ("column_url", "contact", "plan")
    assert not planned["daiyue"].overdue
    # an instant that is no reminder point plans nothing
    assert plan_reminders(campaign, statuses, at(2, 19)) == ()


# --- a replay of the whole campaign ----------------------------------------------------

EARLY = {
    "plan": [at(1, 10)],
    "column_url": [at(1, 10)],
    "contact": [at(1, 10)],
    "articles": [at(8, 9 + i) for i in range(5)],
    "summary": [at(10, 10)],
    "statistics": [at(10, 10)],
}
SCHEDULE = {
    "taishan": EARLY,
    # the three first deliverables after the first reminder; articles 3 then 2 more
    "daiyue": {
        "plan": [at(3, 9)],
        "column_url": [at(3, 9)],
        "contact": [at(3, 9)],
        "articles": [at(9, 10), at(10, 10), at(10, 11), at(12, 10), at(12, 11)],
        "summary": [at(15, 10)],
        "statistics": [at(15, 10)],
    },
    # xintai sends nothing at all
    # feicheng's contact has an invalid mobile number until the end
    "feicheng": {**EARLY, "contact": [at(1, 10)]},
    # ningyang is late for the plan: after the deadline, before the overdue notice
    "ningyang": {**EARLY, "plan": [at(6, 10)]},
}
SCHEDULE |= {
    u: EARLY
    for u in (
        *("dongping", "gaoxin", "tsvtc", "tavtc", "sdfzxy", "tshlxy", "tajsxy"),
        *("dyzjzx", "xtzz", "fczz", "nyzz", "dpzz", "tawhys"),
    )
}
DETAILS = {"feicheng": {"contact": "联络员手机号码无效"}}


StatusFn = Callable[[Campaign, datetime], Sequence[UnitStatus]]


def stand_in(campaign: Campaign, now: datetime) -> Sequence[UnitStatus]:
    return statuses_at(campaign, SCHEDULE, now, DETAILS)


def schedule_items(campaign: Campaign) -> list[Item]:
    """SCHEDULE as the store's items; feicheng's contact carries an invalid mobile number."""
    good = Contact(
        *(FieldValue(v, True) for v in ("单位", "张三", "科长", "a@b.cn", "13905381234"))
    )
    bad = replace(good, mobile=FieldValue("1390538", False, "invalid mobile number"))
    requirements = {r.id: r for r in campaign.requirements}
    items = []
    for unit_id, deliveries in SCHEDULE.items():
        for req_id, times in deliveries.items():
            req = requirements[req_id]
            for i, when in enumerate(times):
                contact = None
                if req.deliverable == "contact":
                    contact = bad if unit_id in DETAILS else good
                key = f"{unit_id}-{req_id}-{i}"
                items.append(Item(unit_id, req.deliverable, when, key, key, contact=contact))
    return items


def replay(
    campaign: Campaign,
    start: datetime,
    end: datetime,
    since: datetime | None,
    sent: set[str],
    status_fn: StatusFn = stand_in,
) -> tuple[list[PlannedReminder], list[PlannedReminder], datetime | None]:
    """Run the reminder job every 30 minutes from start to end; `sent` plays the store's
    unique key. Returns (new reminders, duplicates refused by the key, last since)."""
    new: list[PlannedReminder] = []
    refused: list[PlannedReminder] = []
    now = start
    while now <= end:
        statuses = status_fn(campaign, now)
        for instant in due_points(campaign, since, now):
            for planned in plan_reminders(campaign, statuses, instant):
                if planned.key in sent:
                    refused.append(planned)
                else:
                    sent.add(planned.key)
                    new.append(planned)
        since = now
        now += timedelta(minutes=30)
    return new, refused, since


def test_replay_who_was_reminded_of_what_and_when(campaign: Campaign) -> None:
    sent: set[str] = set()
    new, refused, _ = replay(campaign, at(1), at(17, 23, 30), None, sent)
    assert refused == []
    got: dict[str, list[tuple[datetime, tuple[str, ...], bool]]] = defaultdict(list)
    for p in new:
        got[p.unit_id].append((p.at, p.requirement_ids, p.overdue))

    first3 = ("column_url", "contact", "plan")
    late2 = ("statistics", "summary")
    assert got["xintai"] == [
        (at(2, 18), first3, False),
        (at(4, 18), first3, False),
        (at(5, 9), first3, False),
        (at(6, 18), first3, True),
        (at(11, 9), ("articles",), False),
        (at(13, 9), ("articles",), False),
        (at(13, 18), late2, False),
        (at(14, 9), ("articles",), False),
        (at(15, 18), late2, False),
        (at(16, 9), late2, False),
        (at(17, 18), late2, True),
    ]
    assert got["daiyue"] == [
        (at(2, 18), first3, False),
        (at(11, 9), ("articles",), False),  # 3 of 5 by then
        (at(13, 18), late2, False),
    ]
    assert got["feicheng"] == [
        (at(2, 18), ("contact",), False),
        (at(4, 18), ("contact",), False),
        (at(5, 9), ("contact",), False),
        (at(6, 18), ("contact",), True),
    ]
    assert got["ningyang"] == [
        (at(2, 18), ("plan",), False),
        (at(4, 18), ("plan",), False),
        (at(5, 9), ("plan",), False),
    ]  # the plan arrived on the 6th at 10:00, before the overdue notice at 18:00
    complete_units = {"taishan"} | {u for u, s in SCHEDULE.items() if s is EARLY}
    assert complete_units & set(got) == set()
    assert sum(len(v) for v in got.values()) == 11 + 3 + 4 + 3


def test_replay_with_a_restart_sends_nothing_twice(campaign: Campaign) -> None:
    whole: set[str] = set()
    expected, _, _ = replay(campaign, at(1), at(17, 23, 30), None, whole)

    sent: set[str] = set()
    first, _, _ = replay(campaign, at(1), at(5, 10), None, sent)
    # crash: the job's `since` is lost; the store (the `sent` keys) survives
    second, refused, _ = replay(campaign, at(5, 10, 30), at(17, 23, 30), None, sent)
    assert refused, "the restart re-planned reminders of the last day"
    assert {p.key for p in refused} <= {p.key for p in first}
    assert [p.key for p in first + second] == [p.key for p in expected]
    assert len(sent) == len(whole)


def test_replay_with_rules_status_gives_the_same_reminders(campaign: Campaign) -> None:
    items = schedule_items(campaign)

    def real(c: Campaign, now: datetime) -> Sequence[UnitStatus]:
        return campaign_status(c, items, now)

    expected, _, _ = replay(campaign, at(1), at(17, 23, 30), None, set())
    got, refused, _ = replay(campaign, at(1), at(17, 23, 30), None, set(), real)
    assert refused == []
    assert [p.key for p in got] == [p.key for p in expected]
    assert len(got) == 21


def test_compose_reminder_lists_what_is_missing_and_received(
    campaign: Campaign, sender: Sender
) -> None:
    now = at(11, 9)
    deliveries = {
        "plan": [at(3, 9)],
        "column_url": [at(4, 10)],
        "articles": [at(9, 10), at(10, 10)],
    }
    status = status_at(
        campaign, "taishan", deliveries, now, details={"contact": "联络员手机号码无效"}
    )
    (planned,) = [p for p in plan_reminders(campaign, [status], now) if p.unit_id == "taishan"]
    unit = campaign.unit("taishan")
    assert unit is not None
    msg = compose_reminder(campaign, unit, status, planned, ["a@x.cn", "b@x.cn"], sender, now)

    assert msg["Subject"] == "【提醒】2020年泰安市职业教育活动周材料报送（截止11月14日）"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Notice-Intake"] == "reminder"
    assert msg["To"] == "a@x.cn, b@x.cn"
    assert msg["Message-ID"].endswith("@ta.shandong.cn>")
    assert msg["Reply-To"] == "jyj-zcjk01@ta.shandong.cn"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert text.startswith("泰安市泰山区教育和体育局：")
    assert "泰教函〔2020〕72号" in text
    assert "活动周宣传材料（不少于5篇）" in text
    assert "截止时间：11月14日（星期六）23:59" in text
    assert "已收到2篇，还差3篇" in text
    # other owed requirements: the contact is overdue, the summary still to come
    assert "联络员手机号码无效" in text and "（已逾期）" in text
    assert "活动周总结报告，截止时间：11月16日（星期一）18:00" in text
    assert "活动周方案：已收到1份（11月3日）" in text
    assert "宣传专栏（网站）地址：已收到1个（11月4日）" in text
    assert "jyj-zcjk01@ta.shandong.cn" in text and "rsjzjk@ta.shandong.cn" in text
    for fact in (
        "已收到2篇，还差3篇",
        "11月14日（星期六）23:59",
        "活动周方案：已收到1份（11月3日）",
    ):
        assert fact in html

    # the same reminder composed again (after a restart) has the same Message-ID
    again = compose_reminder(campaign, unit, status, planned, ["a@x.cn"], sender, now)
    assert again["Message-ID"] == msg["Message-ID"]
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert parsed["Subject"] == msg["Subject"]


def test_overdue_reminder_wording(campaign: Campaign, sender: Sender) -> None:
    now = at(6, 18)
    status = status_at(campaign, "xintai", {}, now)
    (planned,) = [p for p in plan_reminders(campaign, [status], now)]
    assert planned.overdue
    unit = campaign.unit("xintai")
    assert unit is not None
    msg = compose_reminder(campaign, unit, status, planned, ["x@x.cn"], sender, now)
    assert msg["Subject"] == "【逾期提醒】2020年泰安市职业教育活动周材料报送（11月5日已截止）"
    text = msg.get_body(("plain",)).get_content()
    assert "已逾期" in text
    assert "截止时间：11月5日（星期四）18:00（已逾期）" in text


def test_a_reminder_needs_a_recipient(campaign: Campaign, sender: Sender) -> None:
    now = at(2, 18)
    status = status_at(campaign, "xintai", {}, now)
    (planned,) = plan_reminders(campaign, [status], now)
    unit = campaign.unit("xintai")
    assert unit is not None
    with pytest.raises(ValueError):
        compose_reminder(campaign, unit, status, planned, [" "], sender, now)
