"""`intake` commands. The staff console and its accounts: web, user add|list|disable|enable|
passwd; and `show`, one message or attachment in full (what the console's pages show).
"""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from typing import TYPE_CHECKING

import click
from sqlalchemy import select

from intake.cli.app import Env, cli, common_options
from intake.errors import UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from intake.store import AttachmentRow, MessageRow

log = logging.getLogger(__name__)

_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@cli.command()
@click.option("--host", default=None, help="Address to listen on (default [web] host, 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default [web] port, 8080).")
@click.option(
    "--demo",
    is_flag=True,
    help="Open every page without a login (user 'demo'); only on a loopback address.",
)
@common_options
def web(env: Env, host: str | None, port: int | None, demo: bool) -> None:
    """The staff console in the browser: status matrix, units, problems with one-click
    corrections, mail, sent mail, audit log. Staff log in with accounts made by
    `intake user add NAME`; put it behind nginx with TLS to reach it from other machines
    (docs/console.md). Stops cleanly on SIGTERM or Ctrl-C."""
    from intake.stopping import stop_on_signals
    from intake.users import list_users
    from intake.web.app import create_app
    from intake.web.server import WebServer

    settings = env.settings
    host = host or settings.web.host
    port = settings.web.port if port is None else port
    if demo and host not in _LOOPBACK:
        raise UsageError(f"--demo opens the console without a login: not on {host}, only loopback")
    clock = None
    if env.now_text:
        fixed = env.now()
        clock = lambda: fixed  # noqa: E731 (a frozen campaign clock, as --now asks)
    ctx = env.ctx
    if not demo and not list_users(ctx.store):
        click.echo(
            "note: no staff account yet: add one with `intake user add NAME` (nobody can log in)",
            err=True,
        )
    server = WebServer(create_app(ctx, clock=clock, demo=demo), host, port)
    stop = threading.Event()
    stop_on_signals(stop, "stopping the console")
    server.start()
    mode = "（演示模式，无需登录）" if demo else ""
    click.echo(f"控制台已启动{mode}：{server.url}  （Ctrl-C 停止）")
    log.info("console listening on %s%s", server.url, " (demo, no login)" if demo else "")
    while not stop.wait(0.5):
        if server.thread is not None and not server.thread.is_alive():
            raise UsageError("web: the server stopped by itself (see the log above)")
    server.stop()
    log.info("console stopped")


@cli.group()
def user() -> None:
    """Staff accounts of the console (intake web): add, list, disable, enable, passwd."""


def _password(prompt: str) -> str:
    """A password from the terminal (asked twice) or the first line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return click.prompt(prompt, hide_input=True, confirmation_prompt="再输入一次")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise UsageError("password: none given on standard input")
    return line.rstrip("\r\n")


@user.command("add")
@click.argument("name")
@common_options
def user_add(env: Env, name: str) -> None:
    """Add the account NAME; the password is asked for (twice) or read from the first line
    of standard input (`printf '%s\\n' "$PW" | intake user add wang`)."""
    from intake.users import add_user, check_name

    check_name(name)
    account = add_user(env.ctx.store, name, _password("密码"), now=env.now())
    click.echo(f"账号 {account.name} 已创建")


@user.command("list")
@common_options
def user_list(env: Env) -> None:
    """Every account: name, created, last login, disabled or not."""
    from intake.users import list_users

    tz = env.settings.campaign.tz
    found = list_users(env.ctx.store)
    for a in found:
        last = (
            a.last_login_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            if a.last_login_at
            else "从未登录"
        )
        state = "已停用" if a.disabled else "可用"
        created = a.created_at.astimezone(tz).strftime("%Y-%m-%d")
        click.echo(f"{a.name:<20} {state}  创建于 {created}  最近登录 {last}")
    click.echo(f"{len(found)} 个账号")


@user.command("disable")
@click.argument("name")
@common_options
def user_disable(env: Env, name: str) -> None:
    """Disable the account NAME: it can no longer log in; its open sessions end now."""
    from intake.users import disable_user

    ended = disable_user(env.ctx.store, name)
    click.echo(f"账号 {name} 已停用（结束了 {ended} 个登录会话）")


@user.command("enable")
@click.argument("name")
@common_options
def user_enable(env: Env, name: str) -> None:
    """Let the disabled account NAME log in again."""
    from intake.users import enable_user

    enable_user(env.ctx.store, name)
    click.echo(f"账号 {name} 已恢复")


@user.command("passwd")
@click.argument("name")
@common_options
def user_passwd(env: Env, name: str) -> None:
    """Set a new password for NAME (asked for, or the first line of standard input); its
    open sessions end."""
    from intake.users import list_users, set_password

    if name not in {a.name for a in list_users(env.ctx.store)}:
        raise UsageError(f"NAME: no account {name!r} (intake user list)")
    ended = set_password(env.ctx.store, name, _password("新密码"))
    click.echo(f"账号 {name} 的密码已更改（结束了 {ended} 个登录会话）")


@cli.command()
@click.argument("ref")
@common_options
def show(env: Env, ref: str) -> None:
    """Everything about one MESSAGE (#12) or ATTACHMENT (a31), as numbered by poll,
    problems and the console: unit and why, files, categories and why, history."""
    lines = _show_attachment(env, ref) if ref.startswith("a") else _show_message(env, ref)
    click.echo("\n".join(lines))


def _when(env: Env, dt: datetime | None) -> str:
    from outbox.render import format_moment

    return format_moment(dt, env.settings.campaign.tz) if dt else "-"


def _history(env: Env, s: Session, targets: list[str]) -> list[str]:
    from intake.store import AuditRow
    from intake.web.words import AUDIT_ACTIONS, word

    rows = s.scalars(
        select(AuditRow).where(AuditRow.target.in_(targets)).order_by(AuditRow.at, AuditRow.id)
    )
    return [
        f"    {_when(env, a.at)}  {a.user}  {word(AUDIT_ACTIONS, a.action)} {a.target}: {a.detail}"
        + (f"（备注：{a.note}）" if a.note else "")
        for a in rows
    ]


def _file_lines(a: AttachmentRow) -> list[str]:
    from intake.web.words import CATEGORY_RULES, DOC_STATUSES, word
    from outbox.render import category_label

    status = word(DOC_STATUSES, a.doc_status)
    if a.doc_status not in ("ok", "container") and a.doc_reason:
        status += f"（{a.doc_reason}）"
    lines = [
        f"  a{a.id:<5} {category_label(a.category)}  {status}  {a.filename}",
        f"         归档: {a.path or '（未单独归档）'}"
        + ("（与之前收到的文件相同）" if a.duplicate_of else ""),
        f"         类别依据: {word(CATEGORY_RULES, a.category_rule)}",
    ]
    lines += [f"           - {e}" for e in (a.category_evidence or [])[:6]]
    facts = a.facts or {}
    if facts.get("contacts"):
        lines.append(f"         联络员信息: {len(facts['contacts'])} 条")
    if facts.get("urls"):
        lines.append(f"         网址: {', '.join(u.get('url', '') for u in facts['urls'][:5])}")
    stats = facts.get("statistics")
    if stats and stats.get("rows"):
        lines.append(f"         统计表: {len(stats['rows'])} 行")
    return lines


def _message_row(s: Session, ref: str) -> MessageRow:
    from intake.store import MessageRow

    key = ref.lstrip("#")
    if not key.isdigit():
        raise UsageError(f"REF: {ref!r} is not a message (#12) or an attachment (a31)")
    row = s.get(MessageRow, int(key))
    if row is None:
        raise UsageError(f"REF: no message #{key}")
    return row


def _show_message(env: Env, ref: str) -> list[str]:
    from intake.web.words import MESSAGE_STATES, UNIT_RULES, word

    campaign = env.settings.campaign
    with env.ctx.store.session() as s:
        m = _message_row(s, ref)
        unit = campaign.unit(m.unit_id) if m.unit_id else None
        lines = [
            f"#{m.id} {word(MESSAGE_STATES, m.state)}  {m.subject or '（无主题）'}",
            f"  收到: {_when(env, m.received_at or m.claimed_at)}   "
            f"发件人: {m.from_name} <{m.from_addr}>",
            f"  单位: {f'{unit.name} ({unit.id})' if unit else '未识别'}"
            f"（{word(UNIT_RULES, m.unit_rule)}）",
        ]
        lines += [f"    - {e}" for e in m.unit_evidence or []]
        if m.candidates:
            lines.append(f"  候选单位: {', '.join(m.candidates)}")
        if m.new_sender:
            lines.append("  新发件地址: 未登记为该单位的地址")
        if m.flags:
            lines.append(f"  标记: {', '.join(m.flags)}")
        if m.error:
            lines.append(f"  错误: {m.error}")
        if m.relevance:
            lines.append(f"  相关性: {m.relevance}")
        if m.attachments:
            lines.append("  附件:")
            for a in m.attachments:
                lines += _file_lines(a)
        history = _history(env, s, [f"#{m.id}", *(f"a{a.id}" for a in m.attachments)])
        if history:
            lines += ["  处理记录:", *history]
        lines.append(
            f"  改正: intake assign #{m.id} UNIT [--remember-sender] | intake ignore #{m.id}"
            + (f" | intake reclassify a{m.attachments[0].id} CATEGORY" if m.attachments else "")
        )
    return lines


def _show_attachment(env: Env, ref: str) -> list[str]:
    from intake.store import AttachmentRow

    key = ref.removeprefix("a")
    if not key.isdigit():
        raise UsageError(f"REF: {ref!r} is not a message (#12) or an attachment (a31)")
    with env.ctx.store.session() as s:
        a = s.get(AttachmentRow, int(key))
        if a is None:
            raise UsageError(f"REF: no attachment a{key}")
        m = a.message
        lines = [
            *_file_lines(a),
            f"  邮件: #{m.id} {m.subject or '（无主题）'} <{m.from_addr}> "
            f"{_when(env, m.received_at)}，单位 {m.unit_id or '未识别'}",
        ]
        history = _history(env, s, [f"a{a.id}"])
        if history:
            lines += ["  处理记录:", *history]
        lines.append(
            f"  改正: intake reclassify a{a.id} CATEGORY (plan, article, summary, "
            "statistics, contact, other)"
        )
    return lines
