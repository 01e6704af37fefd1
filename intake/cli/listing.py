"""`intake` commands. Listing mail: every message, or only what was not taken in, and why."""

from __future__ import annotations

import logging

import click

from intake.cli.app import Env, cli, common_options

log = logging.getLogger(__name__)

STATES = {
    "done": "已收录",
    "ignored": "未收录",
    "duplicate": "重复",
    "failed": "处理失败",
    "claimed": "处理中",
}


@cli.command(name="mail")
@click.option("--ignored", is_flag=True, help="Only mail that was not taken in, with why.")
@click.option("--unit", "unit_id", default=None, metavar="UNIT", help="Only this unit's mail.")
@click.option("--search", default=None, metavar="TEXT", help="Subject or sender contains TEXT.")
@click.option("--limit", default=200, show_default=True, help="At most this many, newest first.")
@common_options
def mail_list(env: Env, ignored: bool, unit_id: str | None, search: str | None, limit: int) -> None:
    """Every message in the store, newest first: number, time, state, unit, subject, sender;
    with --ignored the mail that was not taken in and the reason, so staff can rescue one
    (`intake assign #12 UNIT` when its content was kept)."""
    from sqlalchemy import or_, select

    from intake.store import MessageRow

    tz = env.settings.campaign.tz
    query = select(MessageRow).order_by(MessageRow.received_at.desc(), MessageRow.id.desc())
    if ignored:
        query = query.where(MessageRow.state == "ignored")
    if unit_id:
        query = query.where(MessageRow.unit_id == unit_id)
    if search:
        like = f"%{search}%"
        query = query.where(or_(MessageRow.subject.like(like), MessageRow.from_addr.like(like)))
    with env.ctx.store.session() as s:
        rows = list(s.scalars(query.limit(limit)))
    for m in rows:
        when = m.received_at.astimezone(tz).strftime("%m-%d %H:%M") if m.received_at else "-"
        state = STATES.get(m.state, m.state)
        who = f"{m.subject or '（无主题）'} <{m.from_addr or '?'}>"
        click.echo(f"#{m.id:<5} {when}  {state:<4} {m.unit_id or '-':<10} {who}")
        if m.state == "ignored":
            rescue = "内容已保存，可 intake assign" if m.raw_path else "未保存内容（仍在邮箱中）"
            click.echo(f"       原因：{m.relevance}（{rescue}）")
    click.echo(f"{len(rows)} message(s)")
