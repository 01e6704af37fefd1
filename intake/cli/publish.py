"""`intake` commands. What the city publishes and prints: links, bulletin, articles, zips.

intake links [--check] [-o 专栏链接.html]
intake bulletin [--date 2020-11-10] [-o 通报.docx] [--number 文号]
intake articles [--recommended]
intake recommend a31 --note "典型案例，推荐大众网" | intake recommend a31 --undo
intake export-recommended 推荐稿件.zip
intake bundle summary 总结报告.zip
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

import click
from rich.table import Table

from intake.cli.app import Env, cli, common_options
from intake.errors import UsageError

log = logging.getLogger(__name__)

_OUT = click.Path(path_type=Path, dir_okay=False)


def _moment(env: Env, dt: datetime | None) -> str:
    if dt is None:
        return ""
    from outbox.render import format_moment

    return format_moment(dt, env.settings.campaign.tz)


@cli.command()
@click.option("--check", is_flag=True, help="Check every current URL now (HTTP, safely).")
@click.option("-o", "--output", type=_OUT, default=None, help="Write the HTML fragment here.")
@common_options
def links(env: Env, check: bool, output: Path | None) -> None:
    """Every unit's publicity column URL (counties, then schools): when it came and whether
    it works; -o writes the HTML fragment for the city's column page."""
    from intake import publish
    from intake.archive import atomic_write
    from outbox.links import link_rows

    now = env.now()
    found = publish.check_links(env.ctx, now) if check else publish.column_links(env.ctx)
    table = Table(title=f"{env.settings.campaign.name} 宣传专栏链接", show_lines=False)
    for heading in ("单位", "状态", "收到时间", "地址"):
        table.add_column(heading)
    rows = link_rows(env.settings.campaign, found)
    for row in rows:
        when = _moment(env, row.link.received_at) if row.link else ""
        table.add_row(row.unit.name, row.state_label, when, row.link.url if row.link else "")
    env.console.print(table)
    sent = sum(r.link is not None for r in rows)
    working = sum(bool(r.link and r.link.check and r.link.check.ok) for r in rows)
    click.echo(f"共{len(rows)}个单位，已报送专栏地址{sent}个，检查可访问{working}个。")
    if output is not None:
        atomic_write(output, publish.links_html(env.ctx, found, now).encode("utf-8"))
        click.echo(f"专栏链接 HTML 已写入 {output}")


def _as_of(env: Env, day: str | None) -> datetime:
    """`now`, or the end of `day` (YYYY-MM-DD) in the campaign's timezone."""
    now = env.now()
    if not day:
        return now
    try:
        wanted = date.fromisoformat(day)
    except ValueError:
        raise UsageError(f"--date: {day!r} is not a date like 2020-11-10") from None
    tz = env.settings.campaign.tz
    if wanted == now.astimezone(tz).date():
        return now
    return datetime.combine(wanted, time(23, 59), tzinfo=tz)


@cli.command()
@click.option("--date", "day", metavar="YYYY-MM-DD", default=None, help="As of that day's end.")
@click.option("-o", "--output", type=_OUT, default=None, help="The .docx to write.")
@click.option("--number", default=None, help="The 文号 line (default: [bulletin] number).")
@click.option("--no-pdf", is_flag=True, help="Do not convert to PDF with LibreOffice.")
@common_options
def bulletin(
    env: Env, day: str | None, output: Path | None, number: str | None, no_pdf: bool
) -> None:
    """The progress bulletin (通报) in 公文 layout: FILE.docx, FILE.pdf (LibreOffice) and
    FILE.txt for pasting into a WeChat work group."""
    from intake import publish

    as_of = _as_of(env, day)
    campaign = env.settings.campaign
    path = output or Path(
        f"{campaign.name}工作进展通报_{as_of.astimezone(campaign.tz):%Y%m%d}.docx"
    )
    if path.suffix.lower() != ".docx":
        raise UsageError(f"-o: {path} should end in .docx")
    files = publish.write_bulletin(env.ctx, path, as_of, number=number, pdf=not no_pdf)
    click.echo(f"通报已写入 {files.docx}")
    click.echo(f"微信文字版 {files.text}")
    if files.pdf is not None:
        click.echo(f"PDF 版 {files.pdf}")
    elif not no_pdf:
        click.echo(f"未生成 PDF：{files.pdf_error}", err=True)


@cli.command()
@click.option("--recommended", is_flag=True, help="Only the articles marked 推荐.")
@common_options
def articles(env: Env, recommended: bool) -> None:
    """The article catalogue (宣传材料目录): reference, unit, title, date, length, pictures,
    source, where it is filed, 推荐."""
    from intake import publish

    names = {u.id: u.name for u in env.settings.campaign.units}
    found = [a for a in publish.gather_articles(env.ctx) if a.recommended or not recommended]
    table = Table(title="宣传材料目录")
    for heading in ("编号", "单位", "标题", "收到时间", "字数", "图片", "来源", "推荐"):
        table.add_column(heading)
    for a in found:
        table.add_row(
            a.ref,
            names.get(a.unit_id, a.unit_id),
            a.title,
            _moment(env, a.received_at),
            "" if a.length is None else str(a.length),
            "" if a.images is None else str(a.images),
            a.source_label,
            f"推荐：{a.note}" if a.recommended else "",
        )
    env.console.print(table)
    click.echo(f"共{len(found)}篇，其中推荐{sum(a.recommended for a in found)}篇。")


@cli.command()
@click.argument("article")
@click.option("--note", default="", help="Why it is recommended (shown in the cover list).")
@click.option("--undo", is_flag=True, help="Take the 推荐 mark off.")
@common_options
def recommend(env: Env, article: str, note: str, undo: bool) -> None:
    """Mark ARTICLE (a31 or m12.1, as `intake articles` shows) as 推荐, with a note."""
    from intake import publish
    from intake.corrections import actor

    if undo:
        done = publish.unrecommend(env.ctx, article, who=actor(), now=env.now(), note=note)
        click.echo(f"{done.ref}「{done.title}」已取消推荐")
        return
    done = publish.recommend(env.ctx, article, note=note, who=actor(), now=env.now())
    click.echo(f"{done.ref}「{done.title}」已标记为推荐" + (f"：{note}" if note else ""))


@cli.command("export-recommended")
@click.argument("file", type=_OUT)
@common_options
def export_recommended(env: Env, file: Path) -> None:
    """Write the recommended articles to FILE.zip, with the cover list 推荐宣传材料目录.docx."""
    from intake import publish

    report = publish.export_recommended(env.ctx, file, env.now())
    click.echo(f"已导出推荐稿件{len(report.files)}个文件到 {report.path}")
    for missing in report.missing:
        click.echo(f"存档中找不到：{missing}", err=True)


@cli.command()
@click.argument("requirement")
@click.argument("file", type=_OUT)
@common_options
def bundle(env: Env, requirement: str, file: Path) -> None:
    """Every file received for REQUIREMENT (plan, articles, summary, statistics: the ids
    of the config) in FILE.zip, as 单位名称/类别/原文件名."""
    from intake import publish

    report = publish.bundle(env.ctx, requirement, file)
    click.echo(f"已打包{len(report.files)}个文件到 {report.path}")
    for missing in report.missing:
        click.echo(f"存档中找不到：{missing}", err=True)
