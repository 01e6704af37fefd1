"""A campaign of another notice end to end: its deliverables filed and counted, its unit
kinds, its contact fields, its labels in the acknowledgement, `intake status --json` and
`intake reclassify` in its own terms (tests/samples/configs/labour-cases.toml)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from intake import jobs, outgoing
from intake.cli import main
from intake.config import load_config
from intake.corrections import reclassify
from intake.errors import UsageError
from intake.pipeline import Context
from tests.intake.helpers import ROOT, TZ, deliver_maildir, docx_bytes, mail

CONFIG = ROOT / "tests" / "samples" / "configs" / "labour-cases.toml"
# an mp4's first box (ftyp): what a phone's video starts with; nothing here reads videos
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2021, 5, day, hour, minute, tzinfo=TZ)


@pytest.fixture()
def ctx(tmp_path: Path) -> Context:
    shutil.copy(CONFIG, tmp_path / "config.toml")
    return Context.open(load_config(tmp_path / "config.toml"))


def _deliver(ctx: Context, msg, when: datetime) -> None:
    deliver_maildir(ctx.settings.path("data/mail"), msg, when)


def _case(title: str) -> bytes:
    return docx_bytes(title, "一、案例背景", "我校坚持以劳动教育为抓手，组织学生参与校园劳动实践。")


def test_a_labour_education_campaign_end_to_end(
    ctx: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _deliver(
        ctx,
        mail(
            sender="qfzz@jn.shandong.cn",
            subject="曲阜职专报送劳动教育典型案例",
            body="您好，附件是我校的两篇典型案例和案例视频，请查收。\n联系人：孔明 13805371234",
            files=[
                ("劳动教育典型案例一：校园农场.docx", _case("劳动教育典型案例一：校园农场")),
                ("劳动教育典型案例二：非遗工坊.docx", _case("劳动教育典型案例二：非遗工坊")),
                ("案例视频.mp4", MP4),
            ],
            message_id="<case-1@qfzz>",
        ),
        at(10),
    )
    _deliver(
        ctx,
        mail(
            sender="jngz@jn.shandong.cn",
            subject="济宁高职学校工作方案",
            files=[("工作方案.docx", docx_bytes("劳动周工作方案", "一、工作目标"))],
            message_id="<plan-1@jngz>",
        ),
        at(11),
    )
    report = jobs.poll_once(ctx, now=at(12))
    assert report.count("done") == 2
    by_unit = {o.unit_id: o for o in report.outcomes}
    assert sorted(f.category for f in by_unit["qfzz"].files) == ["case", "case", "video"]
    assert [f.category for f in by_unit["jngz"].files] == ["other"]  # no plan asked for
    archive = ctx.settings.archive_dir / "qfzz"
    assert len(list((archive / "case").glob("*.docx"))) == 2
    assert len(list((archive / "video").glob("*.mp4"))) == 1

    states = {
        (st.unit_id, r.requirement_id): r
        for st in jobs.statuses(ctx, at(12))
        for r in st.requirements
    }
    assert states[("qfzz", "cases")].state == "complete" and states[("qfzz", "cases")].count == 2
    assert states[("qfzz", "videos")].state == "complete"
    # the liaison gave a name and a mobile number; this notice asks for the unit too,
    # which the mail's unit supplies
    assert states[("qfzz", "contact")].state == "complete"
    assert states[("jngz", "cases")].state == "missing"
    assert ("rencheng", "cases") not in states  # a bureau owes only its contact

    # the acknowledgement speaks of this campaign's deliverables
    assert outgoing.acknowledge(ctx, at(12, 10, 30)) == 2  # one per unit
    outgoing.flush(ctx, at(12, 10, 30))
    mails = [
        message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in (tmp_path / "data" / "outbox").glob("*.eml")
    ]
    [ack] = [m for m in mails if m["X-Notice-Intake-Unit"] == "qfzz"]
    text = ack.get_body(("plain",)).get_content()
    assert "典型案例" in text and "案例视频" in text
    assert "泰安" not in text and "活动周" not in text
    assert ack["Subject"] == "Re: 曲阜职专报送劳动教育典型案例"

    assert main(["--config", str(tmp_path / "config.toml"), "--now", "2021-05-12T12:00",
                 "status", "--json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    reqs = {r["id"]: r for r in data["requirements"]}
    assert reqs["cases"]["deliverable"] == "case" and reqs["cases"]["min_count"] == 2
    assert reqs["cases"]["kinds"] == ["secondary", "college", "technical"]
    units = {u["id"]: u for u in data["units"]}
    assert units["qfzz"]["requirements"]["cases"]["state"] == "complete"
    assert units["qfzz"]["kind"] == "secondary"


def test_reclassify_speaks_the_campaigns_categories(ctx: Context) -> None:
    _deliver(
        ctx,
        mail(
            sender="jnzy@jnvc.edu.cn",
            subject="济宁职院材料",
            files=[("材料.docx", docx_bytes("我院劳动教育实践情况", "一、"))],
            message_id="<m-1@jnzy>",
        ),
        at(10),
    )
    [outcome] = jobs.poll_once(ctx, now=at(12)).outcomes
    with ctx.store.session() as s:
        from sqlalchemy import select

        from intake.store import AttachmentRow

        ref = f"a{s.scalar(select(AttachmentRow.id))}"
    with pytest.raises(UsageError, match="'plan' is not one of case, video, contact, other"):
        reclassify(ctx, ref, "plan", now=at(12), who="staff")
    reclassify(ctx, ref, "case", now=at(12), who="staff")
    states = {r.requirement_id: r for r in jobs.statuses(ctx, at(12))[4].requirements}
    assert outcome.unit_id == "jnzy" and states["cases"].count == 1


SIGNUP_TEMPLATES = """
[[statistics]]
id = "summary_table"
title = "劳动教育开展情况统计表"
[[statistics.columns]]
key = "unit"
header = "单位名称"
numeric = false
[[statistics.columns]]
key = "courses"
header = "劳动教育课程（门）"
[[statistics.columns]]
key = "hours"
header = "实践课时（学时）"

[[statistics]]
id = "signup"
title = "劳动技能展示报名表"
min_matched = 3
[[statistics.columns]]
key = "student"
header = "学生姓名"
numeric = false
[[statistics.columns]]
key = "major"
header = "所学专业"
numeric = false
[[statistics.columns]]
key = "item"
header = "展示项目"
numeric = false
[[statistics.columns]]
key = "teacher"
header = "指导教师"
numeric = false

[[deliverables]]
id = "signup"
title = "报名表"
keywords = ["报名表"]
statistics = "signup"
"""


def _xlsx(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_table_is_read_against_every_statistics_template(tmp_path: Path) -> None:
    from parsers.mail import read_mail
    from rules.categories import classify

    text = CONFIG.read_text(encoding="utf-8")
    cut = text.index("[contact]")
    text = text[:cut] + SIGNUP_TEMPLATES + "\n" + text[cut:]
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    ctx = Context.open(load_config(tmp_path / "config.toml"))
    table = _xlsx(
        [
            ["劳动技能展示活动汇总"],
            ["学生姓名", "所学专业", "展示项目", "指导教师"],
            ["李四", "烹饪", "面点制作", "王老师"],
            ["赵五", "汽修", "轮胎更换", "钱老师"],
        ]
    )
    raw = mail(
        sender="jnjs@jnjsxy.cn", subject="济宁技师学院材料", files=[("汇总.xlsx", table)]
    ).as_bytes()
    facts = ctx.read_facts(read_mail(raw))
    stats = facts.files[0].statistics
    assert stats is not None and set(stats.columns) == {"student", "major", "item", "teacher"}
    assert len(stats.rows) == 2
    verdict = classify(0, facts, ctx.settings.campaign)
    assert (verdict.category, verdict.rule) == ("signup", "statistics-table")
    other = _xlsx(
        [["单位名称", "劳动教育课程（门）", "实践课时（学时）"], ["济宁技师学院", 3, 120]]
    )
    raw = mail(sender="jnjs@jnjsxy.cn", subject="统计", files=[("表.xlsx", other)]).as_bytes()
    facts = ctx.read_facts(read_mail(raw))
    assert set(facts.files[0].statistics.columns) == {"unit", "courses", "hours"}
    # the first template has no deliverable named for it: no statistics deliverable
    assert classify(0, facts, ctx.settings.campaign).category == "other"
