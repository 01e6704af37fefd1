"""Requirement status at a moment: deadlines, windows, duplicates, contact completeness."""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Contact
from rules.campaign import Campaign
from rules.model import Item, Override, RequirementStatus, State
from rules.status import campaign_status, requirement_status, unit_status
from tests.rules.factories import at, bad, contact


def item(
    kind: str, when: str, key: str, unit: str = "fczz", contact: Contact | None = None
) -> Item:
    return Item(
        unit_id=unit, deliverable=kind, received_at=at(when), key=key, label=key, contact=contact
    )


def req(
    campaign: Campaign, items: list[Item], now: str, rid: str, unit: str = "fczz"
) -> RequirementStatus:
    u = campaign.unit(unit)
    assert u is not None
    status = unit_status(campaign, u, items, at(now))
    return next(r for r in status.requirements if r.requirement_id == rid)


def test_plan_across_the_deadline(campaign: Campaign) -> None:
    assert req(campaign, [], "2020-11-04 12:00", "plan").state is State.MISSING
    on_time = [item("plan", "2020-11-05 17:59", "a")]
    assert req(campaign, on_time, "2020-11-05 17:00", "plan").state is State.MISSING  # not yet
    assert req(campaign, on_time, "2020-11-05 18:00", "plan").state is State.COMPLETE
    late = [item("plan", "2020-11-05 18:01", "a")]
    r = req(campaign, late, "2020-11-06 09:00", "plan")
    assert (r.state, r.count, r.detail) == (State.LATE, 1, "截止后收到1份")


def test_items_after_now_are_ignored(campaign: Campaign) -> None:
    items = [item("summary", "2020-11-15 10:00", "s")]
    assert req(campaign, items, "2020-11-14 10:00", "summary").state is State.MISSING
    assert req(campaign, items, "2020-11-15 10:00", "summary").state is State.COMPLETE


def test_articles_before_the_week_count_and_are_marked_early(campaign: Campaign) -> None:
    items = [
        item("article", "2020-11-07 23:59", "early"),
        item("article", "2020-11-08 00:00", "a1"),
        item("article", "2020-11-10 10:00", "a2"),
    ]
    r = req(campaign, items, "2020-11-12 10:00", "articles")
    assert (r.state, r.count, r.min_count, r.early) == (State.PARTIAL, 3, 5, 1)
    assert r.detail == "已收到3篇，还差2篇；其中1篇提前报送"
    assert [i.key for i in r.items] == ["early", "a1", "a2"]


def test_articles_after_the_week_make_it_late(campaign: Campaign) -> None:
    items = [item("article", f"2020-11-{d} 10:00", f"a{d}") for d in ("09", "10", "11", "12")]
    items.append(item("article", "2020-11-15 09:00", "after"))
    r = req(campaign, items, "2020-11-16 10:00", "articles")
    assert (r.state, r.count, r.late) == (State.LATE, 5, 1)


def test_an_unreadable_file_is_received_but_completes_nothing(campaign: Campaign) -> None:
    bad = replace(item("plan", "2020-11-04 10:00", "broken"), readable=False)
    r = req(campaign, [bad], "2020-11-06 10:00", "plan")
    assert (r.state, r.count, r.unreadable) == (State.PARTIAL, 0, 1)
    assert "无法读取" in r.detail
    good = item("plan", "2020-11-05 10:00", "fixed")
    assert req(campaign, [bad, good], "2020-11-06 10:00", "plan").state is State.COMPLETE


def test_staff_can_exempt_a_unit_or_extend_its_deadline(campaign: Campaign) -> None:
    unit = campaign.units[0]
    plan = next(r for r in campaign.requirements if r.id == "plan")
    exempt = Override(unit.id, "plan", exempt=True, note="已线下报送")
    r = requirement_status(campaign, unit, plan, [], at("2020-11-06 10:00"), exempt)
    assert (r.state, r.owed, r.detail) == (State.EXEMPT, False, "免报：已线下报送")
    later = Override(unit.id, "plan", due=at("2020-11-09 18:00"))
    items = [replace(item("plan", "2020-11-08 10:00", "p"), unit_id=unit.id)]
    r = requirement_status(campaign, unit, plan, items, at("2020-11-10 10:00"), later)
    assert (r.state, r.due) == (State.COMPLETE, at("2020-11-09 18:00"))


def test_resent_identical_file_counts_once(campaign: Campaign) -> None:
    items = [item("article", f"2020-11-0{d} 10:00", "same") for d in (8, 9)]
    r = req(campaign, items, "2020-11-12 10:00", "articles")
    assert r.count == 1 and r.items[0].received_at == at("2020-11-08 10:00")


def test_articles_complete_late_and_partial(campaign: Campaign) -> None:
    five = [item("article", f"2020-11-1{d} 10:00", f"a{d}") for d in range(5)]
    assert req(campaign, five, "2020-11-15 10:00", "articles").state is State.COMPLETE
    four_plus_late = [*five[:4], item("article", "2020-11-15 08:00", "late")]
    r = req(campaign, four_plus_late, "2020-11-16 10:00", "articles")
    assert (r.state, r.count, r.detail) == (State.LATE, 5, "截止后收到1篇")
    assert not r.owed
    r = req(campaign, five[:4], "2020-11-16 10:00", "articles")
    assert r.state is State.PARTIAL and r.owed


def test_other_units_items_do_not_count(campaign: Campaign) -> None:
    items = [item("plan", "2020-11-03 10:00", "a", unit="xtzz")]
    assert req(campaign, items, "2020-11-06 10:00", "plan").state is State.MISSING


def test_contact_complete(campaign: Campaign) -> None:
    items = [item("contact", "2020-11-03 10:00", "c", contact=contact())]
    r = req(campaign, items, "2020-11-06 10:00", "contact")
    assert (r.state, r.count, r.detail) == (State.COMPLETE, 1, "")


def test_contact_detail_names_invalid_and_missing_fields(campaign: Campaign) -> None:
    broken = contact(position="")
    broken = type(broken)(
        **{**{s: getattr(broken, s) for s in broken.__slots__}, "mobile": bad("1380538")}
    )
    items = [item("contact", "2020-11-03 10:00", "c", contact=broken)]
    r = req(campaign, items, "2020-11-06 10:00", "contact")
    assert (r.state, r.detail) == (State.PARTIAL, "联络员缺少职务；手机号码无效")


def test_contact_best_attempt_is_reported_and_completion_later_is_late(campaign: Campaign) -> None:
    worse = contact(position="", email="", mobile="")
    better = contact(email="")
    items = [
        item("contact", "2020-11-03 10:00", "c1", contact=worse),
        item("contact", "2020-11-04 10:00", "c2", contact=better),
    ]
    r = req(campaign, items, "2020-11-05 10:00", "contact")
    assert (r.state, r.detail) == (State.PARTIAL, "联络员缺少邮箱")
    items.append(item("contact", "2020-11-07 10:00", "c3", contact=contact()))
    assert req(campaign, items, "2020-11-07 11:00", "contact").state is State.LATE


def test_contact_missing(campaign: Campaign) -> None:
    r = req(campaign, [], "2020-11-06 10:00", "contact")
    assert (r.state, r.detail) == (State.MISSING, "尚未收到联络员联系方式")


def test_contact_item_without_data(campaign: Campaign) -> None:
    items = [item("contact", "2020-11-03 10:00", "c")]
    assert req(campaign, items, "2020-11-06 10:00", "contact").state is State.PARTIAL


def test_campaign_status_order_and_kinds(campaign: Campaign) -> None:
    statuses = campaign_status(campaign, [], at("2020-11-20 10:00"))
    assert [s.unit_id for s in statuses] == [u.id for u in campaign.units]
    assert [r.requirement_id for r in statuses[0].requirements] == [
        r.id for r in campaign.requirements
    ]
    assert all(not s.complete for s in statuses)


def test_requirement_limited_to_a_kind(campaign: Campaign) -> None:
    reqs = tuple(
        r.model_copy(update={"kinds": ("county",)}) if r.id == "summary" else r
        for r in campaign.requirements
    )
    c = campaign.model_copy(update={"requirements": reqs})
    fczz, feicheng = c.unit("fczz"), c.unit("feicheng")
    assert fczz is not None and feicheng is not None
    school = unit_status(c, fczz, [], at("2020-11-20 10:00"))
    county = unit_status(c, feicheng, [], at("2020-11-20 10:00"))
    assert "summary" not in [r.requirement_id for r in school.requirements]
    assert "summary" in [r.requirement_id for r in county.requirements]


def test_a_change_of_liaison_supersedes_even_a_complete_contact(campaign: Campaign) -> None:
    first = item("contact", "2020-11-03 10:00", "c1", contact=contact(name="张三"))
    second = replace(
        item("contact", "2020-11-04 10:00", "c2", contact=contact(name="李四", mobile="")),
        supersedes=True,
    )
    r = req(campaign, [first, second], "2020-11-05 10:00", "contact")
    assert r.state is State.PARTIAL and "缺少手机号码" in r.detail  # the new liaison counts
    fixed = replace(
        item("contact", "2020-11-05 09:00", "c3", contact=contact(name="李四")),
        supersedes=False,
    )
    assert req(campaign, [first, second, fixed], "2020-11-05 10:00", "contact").state is (
        State.COMPLETE
    )


def test_a_leaders_contact_is_not_the_liaison(campaign: Campaign) -> None:
    leader = replace(contact(name="王校长", position="副校长"), role="leader")
    r = req(
        campaign,
        [item("contact", "2020-11-03 10:00", "l", contact=leader)],
        "2020-11-05 10:00",
        "contact",
    )
    assert r.state is State.PARTIAL and r.count == 0


def test_a_contact_without_its_unit_takes_the_mails_unit(campaign: Campaign) -> None:
    from rules.liaisons import INFERRED, settle

    unit = campaign.unit("fczz")
    settled = settle(contact(unit=""), unit)
    assert settled.unit.value == "肥城市职业中等专业学校" and settled.unit.problem == INFERRED
    assert settled.complete
    written = contact(unit="肥城职专")
    assert settle(written, unit) is written


def test_a_written_unit_is_recorded_under_the_campaign_units_name(campaign: Campaign) -> None:
    from rules.liaisons import settle

    unit = campaign.unit("fczz")
    for form in ("肥城职专", "肥城职专办公室", "肥城市职业中等专业学校"):
        settled = settle(contact(unit=form), unit, campaign)
        assert (settled.unit.value, settled.unit.problem) == ("肥城市职业中等专业学校", "")
    other = settle(contact(unit="东平职专"), unit, campaign)  # a county's list: that school
    assert other.unit.value == campaign.unit("dpzz").name
    unknown = contact(unit="泰安市第一中学")
    assert settle(unknown, unit, campaign) is unknown


def test_a_complete_change_after_the_deadline_keeps_a_unit_that_met_it_complete(
    campaign: Campaign,
) -> None:
    first = item("contact", "2020-11-03 10:00", "c1", contact=contact(name="张三"))
    change = replace(
        item("contact", "2020-11-10 10:00", "c2", contact=contact(name="李四")), supersedes=True
    )
    r = req(campaign, [first, change], "2020-11-12 10:00", "contact")
    assert (r.state, r.late) == (State.COMPLETE, 0)
    # the same late contact with nobody complete before the deadline is late
    alone = req(campaign, [change], "2020-11-12 10:00", "contact")
    assert alone.state is State.LATE
    # and an incomplete change still stands against the earlier complete one
    broken = replace(change, contact=contact(name="李四", mobile=""))
    assert req(campaign, [first, broken], "2020-11-12 10:00", "contact").state is State.PARTIAL


def test_an_article_sent_again_in_another_format_counts_once(campaign: Campaign) -> None:
    def article(when: str, key: str, name: str) -> Item:
        return replace(item("article", when, key), label=name)

    sent = [
        article("2020-11-09 10:00", "a1", "肥城职专举行活动周启动仪式.pdf"),
        article("2020-11-10 10:00", "a2", "肥城职专举行活动周启动仪式.docx"),  # the same, as docx
        article("2020-11-10 11:00", "a3", "新闻稿.docx"),
        article("2020-11-10 12:00", "a4", "新闻稿.pdf"),  # too generic a name to say so
        article("2020-11-11 10:00", "a5", "肥城职专开展技能进社区活动.docx"),
        article("2020-11-11 11:00", "a6", "肥城职专开展技能进社区活动.docx"),  # another text
    ]
    r = req(campaign, sent, "2020-11-20 10:00", "articles")
    assert r.count == 5


def test_a_later_mail_completing_the_same_person_makes_the_contact_late(
    campaign: Campaign,
) -> None:
    first = item("contact", "2020-11-05 09:00", "c1", contact=contact(name="周建华", mobile=""))
    more = item(
        "contact",
        "2020-11-06 08:40",
        "c2",
        contact=contact(name="周建华", position="", email="", unit=""),
    )
    r = req(campaign, [first], "2020-11-12 10:00", "contact")
    assert r.state is State.PARTIAL
    r = req(campaign, [first, more], "2020-11-12 10:00", "contact")
    assert (r.state, r.late) == (State.LATE, 1)  # complete once the mobile came, after 11-05
    stranger = replace(more, contact=contact(name="李四", position="", email="", unit=""))
    assert req(campaign, [first, stranger], "2020-11-12 10:00", "contact").state is State.PARTIAL
