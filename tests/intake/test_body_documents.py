"""A summary written into the mail body ("总结直接写在邮件里了"), through the real pipeline:
it completes the summary; a cover note above an attached summary adds nothing, and a short
body under a 总结 title is no summary."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from intake import jobs
from intake.context import Context
from rules.model import State
from tests.intake.helpers import TZ, deliver_maildir, docx_bytes, mail, settings_for

SUMMARY = (
    "市教育局职成高教科：\n我校活动周总结直接写在邮件里了。\n\n"
    "肥城职专2020年职业教育活动周工作总结\n\n"
    "根据泰教函〔2020〕72号文件要求，11月8日至14日，我校以“人人出彩 技能强国”为主题开展了"
    "职业教育活动周。现总结如下：\n"
    "一、加强组织领导。学校成立活动周领导小组，印发实施方案，做到任务到人。\n"
    "二、活动丰富多彩。共组织线上活动4场、线下活动6场，举办网络校园开放日1次，参与师生约1200人次，"
    "服务群众约500人次。\n"
    "三、宣传氛围浓厚。依托学校网站专栏和公众号，共编发宣传报道8篇，网络浏览量1.1万人次。\n"
    "四、存在问题和下步打算。部分活动形式较单一，下一步将推动产教融合走深走实。\n"
)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def summary(ctx: Context) -> tuple[State, list[str]]:
    status = next(s for s in jobs.statuses(ctx, at(17)) if s.unit_id == "fczz")
    req = next(r for r in status.requirements if r.requirement_id == "summary")
    return req.state, [i.label for i in req.items]


def _send(ctx: Context, body: str, files: list[tuple[str, bytes]] | None = None) -> None:
    msg = mail(
        sender="fczz@ta.shandong.cn",
        subject="肥城职专活动周总结",
        body=body,
        files=files or [],
        message_id=f"<s{len(body)}@fczz>",
    )
    deliver_maildir(ctx.settings.path("data/mail"), msg, at(16, 9))
    jobs.poll_once(ctx, now=at(16))


def test_a_summary_written_into_the_body_completes_the_summary(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    _send(ctx, SUMMARY)
    assert summary(ctx) == (State.COMPLETE, ["肥城职专2020年职业教育活动周工作总结"])


def test_a_cover_note_over_an_attached_summary_counts_the_file_once(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    doc = docx_bytes("肥城职专2020年职业教育活动周工作总结", "一、基本情况", "二、主要做法")
    _send(ctx, SUMMARY, files=[("活动周总结.docx", doc)])
    state, labels = summary(ctx)
    assert state is State.COMPLETE and labels == ["活动周总结.docx"]


def test_a_short_body_under_a_summary_title_is_no_summary(tmp_path: Path) -> None:
    ctx = Context.open(settings_for(tmp_path))
    _send(ctx, "肥城职专2020年职业教育活动周工作总结\n总结稍后报送，谢谢。")
    assert summary(ctx)[0] is State.MISSING
