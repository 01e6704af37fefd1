"""Every mail's subject comes from a template (`<kind>.subject.txt`), overridable like the
bodies; the packaged ones say what the subjects always said."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from outbox.ack import reply_subject
from outbox.model import Sender
from outbox.reminders import compose_reminder, plan_reminders
from outbox.render import SUBJECT_KINDS, make_environment, render_subject
from outbox.resubmit import Resubmit, compose_resubmit
from rules.campaign import Campaign
from tests.outbox.conftest import status_at

TZ = ZoneInfo("Asia/Shanghai")


def at(day: int, hour: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def test_every_kind_has_a_packaged_subject_template() -> None:
    env = make_environment(None)
    for kind in SUBJECT_KINDS:
        assert env.get_template(f"{kind}.subject.txt") is not None
    with pytest.raises(ValueError, match="no subject template"):
        render_subject(env, "bulletin", {})


def test_the_packaged_subjects_say_what_they_always_said(
    campaign: Campaign, sender: Sender
) -> None:
    status = status_at(campaign, "xintai", {}, at(2, 18))
    (planned,) = plan_reminders(campaign, [status], at(2, 18))
    unit = campaign.unit("xintai")
    assert unit is not None
    msg = compose_reminder(campaign, unit, status, planned, ["x@x.cn"], sender, at(2, 18))
    assert msg["Subject"] == "【提醒】2020年泰安市职业教育活动周材料报送（截止11月5日）"
    late = status_at(campaign, "xintai", {}, at(6, 18))
    (overdue,) = plan_reminders(campaign, [late], at(6, 18))
    msg = compose_reminder(campaign, unit, late, overdue, ["x@x.cn"], sender, at(6, 18))
    assert msg["Subject"] == "【逾期提醒】2020年泰安市职业教育活动周材料报送（11月5日已截止）"
    assert reply_subject(["活动周方案"]) == "Re: 活动周方案"
    assert reply_subject(["回复：活动周方案", "宣传稿"]) == "回复：活动周方案 等2封邮件"
    request = Resubmit("k", "方案.docx", at(3, 9), "文件损坏")
    msg = compose_resubmit(campaign, unit, request, ["x@x.cn"], sender, at(4, 9))
    assert msg["Subject"] == "【请重新报送】2020年泰安市职业教育活动周：方案.docx"


def test_a_deployment_overrides_a_subject_like_a_body(
    tmp_path: Path, campaign: Campaign, sender: Sender
) -> None:
    (tmp_path / "reminder.subject.txt").write_text(
        "{{ campaign_name }}：请于{{ first_due }}前报送（{{ unit_name }}）\n\n",
        encoding="utf-8",
    )
    status = status_at(campaign, "xintai", {}, at(2, 18))
    (planned,) = plan_reminders(campaign, [status], at(2, 18))
    unit = campaign.unit("xintai")
    assert unit is not None
    msg = compose_reminder(
        campaign, unit, status, planned, ["x@x.cn"], sender, at(2, 18), templates=tmp_path
    )
    assert msg["Subject"] == "2020年泰安市职业教育活动周：请于11月5日前报送（新泰市教育和体育局）"
    # the other subjects still come from the package
    request = Resubmit("k", "方案.docx", at(3, 9), "文件损坏")
    msg = compose_resubmit(
        campaign, unit, request, ["x@x.cn"], sender, at(4, 9), templates=tmp_path
    )
    assert msg["Subject"].startswith("【请重新报送】")


def test_a_subject_is_one_line_and_its_values_are_data(
    tmp_path: Path, campaign: Campaign, sender: Sender
) -> None:
    odd = campaign.model_copy(update={"name": "{{ 7*7 }}\r\nBcc: x@evil.cn"})
    status = status_at(campaign, "xintai", {}, at(2, 18))
    (planned,) = plan_reminders(campaign, [status], at(2, 18))
    unit = campaign.unit("xintai")
    assert unit is not None
    msg = compose_reminder(odd, unit, status, planned, ["x@x.cn"], sender, at(2, 18))
    assert msg["Subject"] == "【提醒】{{ 7*7 }} Bcc: x@evil.cn材料报送（截止11月5日）"
    assert "Bcc" not in {k for k, _ in msg.items()}
