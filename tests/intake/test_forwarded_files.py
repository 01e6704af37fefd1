"""A county bureau bundling its own plan with a school's article, through the real
pipeline: each file is filed and counted for the unit it belongs to."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from intake import jobs
from intake.context import Context
from intake.store import AttachmentRow, ItemRow
from rules.model import State
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for


def test_each_file_is_filed_and_counted_for_its_own_unit(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    plan = docx_bytes("东平县2020年职业教育活动周实施方案", "一、活动目的", "二、活动安排")
    article = docx_bytes(
        "东平职专开展技能服务进社区活动",
        "本报讯 11月9日，东平职专组织师生开展技能服务进社区活动，受到居民欢迎。",
        "（供稿：东平职专）",  # the school's own item the bureau bundles (rules.file_units)
    )
    when = datetime(2020, 11, 9, 10, tzinfo=TZ)
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender="dpxjtj@ta.shandong.cn",
            subject="东平县活动周材料",
            files=[("东平县活动周方案.docx", plan), ("东平职专技能服务.docx", article)],
            when=when,
        ),
        when,
    )
    jobs.poll_once(ctx, now=when)
    with ctx.store.session() as s:
        paths = {a.filename: (a.path, a.own_unit_id) for a in s.scalars(select(AttachmentRow))}
        items = {(i.unit_id, i.deliverable) for i in s.scalars(select(ItemRow))}
    assert paths["东平县活动周方案.docx"][0].startswith("dongping/plan/")
    assert paths["东平职专技能服务.docx"] == (paths["东平职专技能服务.docx"][0], "dpzz")
    assert paths["东平职专技能服务.docx"][0].startswith("dpzz/article/")
    assert items == {("dongping", "plan"), ("dpzz", "article")}
    statuses = {s.unit_id: s for s in jobs.statuses(ctx, when)}
    plan_of = {
        u: next(r for r in statuses[u].requirements if r.requirement_id == "plan")
        for u in ("dongping", "dpzz")
    }
    assert plan_of["dongping"].state is State.LATE  # the bureau's own, after 11-05
    assert plan_of["dpzz"].state is State.MISSING
    articles = next(r for r in statuses["dpzz"].requirements if r.requirement_id == "articles")
    assert articles.count == 1


def test_the_bureaus_receipt_says_which_file_counts_for_its_school(tmp_path: Path) -> None:
    from email import message_from_bytes, policy

    from intake import outgoing

    ctx = Context.open(settings_for(tmp_path))
    article = docx_bytes("东平职专开展技能服务进社区活动", "本报讯 11月9日，东平职专组织师生……")
    plan = docx_bytes("东平县2020年职业教育活动周实施方案", "一、活动目的")
    when = datetime(2020, 11, 9, 10, tzinfo=TZ)
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender="dpxjtj@ta.shandong.cn",
            subject="东平县活动周材料",
            when=when,
            files=[("东平县方案.docx", plan), ("东平职专技能服务.docx", article)],
        ),
        when,
    )
    jobs.poll_once(ctx, now=when)
    assert outgoing.acknowledge(ctx, when) == 1
    outgoing.flush(ctx, when)
    [eml] = list(ctx.settings.path("data/outbox").glob("*ack*.eml"))
    text = message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",))
    assert "计入：东平县职业中等专业学校" in text.get_content()


def test_a_bureaus_table_of_its_schools_liaisons_credits_each_school(tmp_path: Path) -> None:
    from intake.trust import Trust

    ctx = Context.open(settings_for(tmp_path))
    table = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        ["东平县教育和体育局", "周婷", "职成股干事", "dp_zt@163.com", "13805381001"],
        ["东平县职业中等专业学校", "李明", "办公室主任", "dpzz_lm@163.com", "13805381002"],
    ]
    when = datetime(2020, 11, 3, 10, tzinfo=TZ)
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(sender="dpxjtj@ta.shandong.cn", subject="东平县活动周联络员", when=when,
             files=[("联络员汇总.docx", docx_bytes("东平县活动周联络员汇总表", table=table))]),
        when,
    )  # fmt: skip
    jobs.poll_once(ctx, now=when)
    statuses = {s.unit_id: s for s in jobs.statuses(ctx, when)}

    def contact_of(unit: str) -> State:
        return next(r for r in statuses[unit].requirements if r.requirement_id == "contact").state

    assert contact_of("dongping") is State.COMPLETE
    assert contact_of("dpzz") is State.COMPLETE  # the school's own row, not the bureau's
    trust = Trust.load(ctx)
    assert trust.recipients("dpzz")[0] == "dpzz_lm@163.com"  # named by its county bureau
    assert "dpzz_lm@163.com" not in trust.recipients("dongping")


def test_each_article_of_a_bureaus_compilation_counts_for_the_unit_it_credits(
    tmp_path: Path,
) -> None:
    """ "共5篇，其中3篇由区职专供稿": the school's pieces count for the school, the bureau's
    own for the bureau."""
    ctx = Context.open(settings_for(tmp_path))
    pieces = [
        (
            "稿件1  东平职专汽修专业开放实训车间",
            "11月9日上午，东平职专汽修实训车间向社区居民开放。",
            "供稿：东平职专",
        ),
        (
            "稿件2  职业体验走进东平县实验中学",
            "县教体局组织职教教师为初二学生上了一堂职业启蒙课。",
            "",
        ),
        (
            "稿件3  东平职专开展技能进社区志愿服务",
            "学校师生为居民免费维修小家电80余件。",
            "（东平职专 供稿）",
        ),
    ]
    lines = [text for piece in pieces for text in piece if text]
    data = docx_bytes("东平县职业教育活动周宣传稿件汇编", *lines)
    when = datetime(2020, 11, 10, 16, tzinfo=TZ)
    deliver_maildir(
        ctx.settings.path("data/mail"),
        mail(
            sender="dpxjtj@ta.shandong.cn",
            subject="东平县活动周稿件汇编",
            body="市局：\n我县稿件汇编，共3篇，其中2篇由东平职专供稿。",
            files=[("东平县活动周稿件汇编.docx", data)],
            when=when,
        ),
        when,
    )
    jobs.poll_once(ctx, now=when)
    with ctx.store.session() as s:
        items = sorted(
            (i.unit_id, i.label) for i in s.scalars(select(ItemRow)) if i.deliverable == "article"
        )
    assert items == [
        ("dongping", "职业体验走进东平县实验中学"),
        ("dpzz", "东平职专开展技能进社区志愿服务"),
        ("dpzz", "东平职专汽修专业开放实训车间"),
    ]
