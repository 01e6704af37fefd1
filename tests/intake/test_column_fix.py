"""A column URL corrected by a later mail (更正…以此为准), through the real pipeline: the
corrected one replaces the first and, an update like a change of liaison, keeps its time
(on time when the first was); a correction alone after the due time is late; a second
column URL that corrects nothing leaves the first standing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from intake import jobs
from intake.context import Context
from rules.model import State
from tests.intake.helpers import TZ, deliver_maildir, mail, settings_for


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def column(ctx: Context) -> tuple[State, list[str]]:
    status = next(s for s in jobs.statuses(ctx, at(17)) if s.unit_id == "fczz")
    req = next(r for r in status.requirements if r.requirement_id == "column_url")
    return req.state, [i.key for i in req.items]


def _send(ctx: Context, n: int, day: int, subject: str, body: str) -> None:
    msg = mail(sender="fczz@ta.shandong.cn", subject=subject, body=body, message_id=f"<c{n}@fczz>")
    deliver_maildir(ctx.settings.path("data/mail"), msg, at(day, 9))
    jobs.poll_once(ctx, now=at(day))


@pytest.mark.parametrize(
    "fix",
    [
        "之前报的专栏地址打不开，正确地址：http://www.fczz.cn/hdz2020/ 请以此为准。",
        "更正：我校宣传专栏网址为 http://www.fczz.cn/hdz2020/",
    ],
)
def test_a_correction_replaces_the_first_and_keeps_its_time(tmp_path: Path, fix: str) -> None:
    ctx = Context.open(settings_for(tmp_path))
    _send(ctx, 1, 4, "肥城职专宣传专栏", "宣传专栏网址：http://www.fczz.cn/hdz")
    assert column(ctx)[0] is State.COMPLETE
    _send(ctx, 2, 9, "更正专栏地址", fix)
    state, keys = column(ctx)
    assert state is State.COMPLETE  # the unit gave its column on time; this updates it
    assert keys == ["http://www.fczz.cn/hdz2020/"]


def test_a_correction_with_nothing_before_it_is_late_after_the_due_time(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    _send(ctx, 1, 9, "更正专栏地址", "更正：我校宣传专栏网址为 http://www.fczz.cn/hdz2020/")
    assert column(ctx) == (State.LATE, ["http://www.fczz.cn/hdz2020/"])


def test_a_second_column_url_that_corrects_nothing_keeps_the_first(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    _send(ctx, 1, 4, "肥城职专宣传专栏", "宣传专栏网址：http://www.fczz.cn/hdz")
    _send(ctx, 2, 9, "肥城职专宣传专栏", "宣传专栏网址：http://www.fczz.cn/hdz2020/")
    state, keys = column(ctx)
    assert state is State.COMPLETE and len(keys) == 2


def test_a_county_listing_its_schools_column_credits_the_school(tmp_path: Path) -> None:
    """ "肥城职专子栏目 http://…" in the county bureau's mail: the county's own column is its
    own, the school's is the school's."""
    ctx = Context.open(settings_for(tmp_path))
    msg = mail(
        sender="fcsjtj@ta.shandong.cn",
        subject="肥城市活动周专栏及学校子栏目",
        body=(
            "市局：\n我市活动周专栏已上线：\n市专栏 http://www.feicheng.gov.cn/jtj/hdz/\n"
            "肥城职专子栏目 http://www.fczz.cn/hdz2020/\n肥城市教体局"
        ),
        message_id="<list@feicheng>",
    )
    deliver_maildir(ctx.settings.path("data/mail"), msg, at(4, 9))
    jobs.poll_once(ctx, now=at(4))
    statuses = {s.unit_id: s for s in jobs.statuses(ctx, at(17))}

    def keys(unit: str) -> list[str]:
        req = next(r for r in statuses[unit].requirements if r.requirement_id == "column_url")
        return [i.key for i in req.items] if req.state is State.COMPLETE else []

    assert keys("feicheng") == ["http://www.feicheng.gov.cn/jtj/hdz/"]
    assert keys("fczz") == ["http://www.fczz.cn/hdz2020/"]
