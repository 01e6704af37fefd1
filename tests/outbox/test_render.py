"""Templates and wording helpers: deadlines in Chinese, override folder, strictness, inertness."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from jinja2 import UndefinedError

from outbox.ack import compose_ack
from outbox.model import Receipt, Sender
from outbox.reminders import compose_reminder, plan_reminders
from outbox.render import (
    cell_label,
    contact_problems,
    format_deadline,
    make_environment,
    message_id,
    one_line,
)
from parsers.model import Contact, FieldValue
from rules.campaign import Campaign
from rules.model import RequirementStatus, State
from tests.outbox.conftest import status_at

TZ = ZoneInfo("Asia/Shanghai")


def test_format_deadline() -> None:
    assert format_deadline(datetime(2020, 11, 5, 18, 0, tzinfo=TZ), TZ) == "11月5日（星期四）18:00"
    # an instant given in UTC is shown in the campaign's timezone
    assert format_deadline(datetime(2020, 11, 15, 16, 0, tzinfo=UTC), TZ) == (
        "11月16日（星期一）00:00"
    )
    assert format_deadline(datetime(2020, 11, 8, 9, 5, tzinfo=TZ), TZ) == "11月8日（星期日）09:05"


def test_cell_labels() -> None:
    due = datetime(2020, 11, 14, 23, 59, tzinfo=TZ)
    before, after = datetime(2020, 11, 10, tzinfo=TZ), datetime(2020, 11, 15, tzinfo=TZ)

    def st(state: State, count: int, min_count: int = 5) -> RequirementStatus:
        return RequirementStatus("u", "articles", state, count, min_count, due)

    assert cell_label(st(State.PARTIAL, 2), before) == "部分（2/5）"
    assert cell_label(st(State.PARTIAL, 2), after) == "部分（2/5）逾期"
    assert cell_label(st(State.PARTIAL, 1, 1), before) == "待补正"
    assert cell_label(st(State.MISSING, 0), before) == "未交"
    assert cell_label(st(State.MISSING, 0), after) == "逾期"
    assert cell_label(st(State.LATE, 5), after) == "逾期补交"
    assert cell_label(st(State.NOT_DUE, 0), after) == "—"


def test_contact_problems_and_one_line() -> None:
    contact = Contact(
        FieldValue("泰山区", True),
        FieldValue("", False, "missing"),
        FieldValue("科长", True),
        FieldValue("zs@", False, "invalid email"),
        FieldValue("123", False, "invalid mobile number"),
    )
    assert contact_problems(contact) == ("姓名缺失", "邮箱无效", "手机号码无效")
    assert one_line("a\r\nb\x00c\u2028d   e") == "a b c d e"
    assert len(one_line("长" * 500, 10)) == 10


def test_message_id_is_deterministic_and_safe() -> None:
    a = message_id("remind", "k1", "ta.shandong.cn")
    assert a == message_id("remind", "k1", "ta.shandong.cn")
    assert a != message_id("remind", "k2", "ta.shandong.cn")
    assert message_id("ack", "k", "evil>\r\nBcc: x").endswith("@evilBccx>")


def test_html_autoescapes_and_text_does_not() -> None:
    env = make_environment(None)
    html = env.from_string("{{ x }}")  # strings default to no autoescape ...
    assert html.render(x="<b>") == "<b>"
    assert env.autoescape("digest.html") and not env.autoescape("digest.txt")  # type: ignore[operator]


def test_strict_undefined(tmp_path: Path) -> None:
    (tmp_path / "reminder.txt").write_text("{{ no_such_name }}", encoding="utf-8")
    with pytest.raises(UndefinedError):
        make_environment(tmp_path).get_template("reminder.txt").render({})


def test_override_folder_wins(campaign: Campaign, sender: Sender, tmp_path: Path) -> None:
    (tmp_path / "reminder.txt").write_text(
        "{{ unit_name }}：请于{{ lines[0].deadline }}前报送。{{ notice }}\n", encoding="utf-8"
    )
    now = datetime(2020, 11, 2, 18, tzinfo=TZ)
    status = status_at(campaign, "taishan", {}, now)
    (planned,) = plan_reminders(campaign, [status], now)
    unit = campaign.unit("taishan")
    assert unit is not None
    msg = compose_reminder(campaign, unit, status, planned, ["a@x.cn"], sender, now,
                           templates=tmp_path)  # fmt: skip
    text = msg.get_body(("plain",)).get_content()
    assert (
        text == "泰安市泰山区教育和体育局：请于11月5日（星期四）18:00前报送。泰教函〔2020〕72号\n"
    )
    # templates not overridden still come from the package
    assert "泰安市泰山区教育和体育局：" in msg.get_body(("html",)).get_content()


def test_template_syntax_in_data_is_never_evaluated(campaign: Campaign, sender: Sender) -> None:
    now = datetime(2020, 11, 4, 10, tzinfo=TZ)
    status = status_at(campaign, "taishan", {}, now)
    unit = campaign.unit("taishan")
    assert unit is not None
    hostile = "{{ 7*7 }}{% for x in range(3) %}loop{% endfor %}{{ config }}"
    msg = compose_ack(
        campaign, unit, [Receipt("<a@b>", hostile, now)], status, "a@x.cn", sender, now
    )
    for part in ("plain", "html"):
        body = msg.get_body((part,)).get_content()
        assert hostile in body
        assert "49" not in body and "looploop" not in body
