"""`intake` commands. Starting a campaign: init (from a notice), the unit list in Excel."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from intake.cli.app import Env, cli, common_options
from intake.errors import UsageError


@cli.command()
@click.option(
    "--from-notice",
    "notice",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="The notice (.txt, .docx, .pdf, .wps, .doc) to draft the config from.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("config.toml"),
    show_default=True,
    help="Where to write the config.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.pass_obj
def init(env: Env, notice: Path | None, output: Path, force: bool) -> None:
    """Write a config: drafted from a notice (--from-notice NOTICE: every value with the
    sentence it came from, TODO where the notice does not say, and a summary), else the
    default campaign's."""
    if output.exists() and not force:
        raise UsageError(f"--output: {output} exists; give another file or --force")
    if notice is None:
        from intake.config import embedded_default_text

        output.write_text(embedded_default_text(), encoding="utf-8")
        click.echo(f"已写入 {output}（默认活动：泰教函〔2020〕72号）")
        return
    from intake.notice import draft_from_notice

    draft = draft_from_notice(notice)
    table = Table(title=f"从《{notice.name}》草拟的配置", show_lines=False)
    table.add_column("项目", no_wrap=True)
    table.add_column("草拟值")
    table.add_column("依据（通知原文）", overflow="fold")
    for row in draft.rows:
        quoted = row.sentence if len(row.sentence) <= 60 else row.sentence[:59] + "…"
        table.add_row(row.what, "[bold red]TODO[/]" if row.value == "TODO" else row.value, quoted)
    env.console.print(table)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(draft.text, encoding="utf-8")
    click.echo(
        f"已写入 {output}：{draft.todos} 处 TODO 待填写（单位名单可用 intake units import），"
        f"填好后运行 intake --config {output} doctor"
    )


@cli.group()
def units() -> None:
    """The unit list as an Excel workbook: export it, fill or check it, import it back."""


@units.command("export")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), required=False)
@common_options
def units_export(env: Env, file: Path | None) -> None:
    """Write the config's units to FILE.xlsx (单位名称, 简称(别名), 类型, 报送邮箱)."""
    from intake.units_io import export_units

    target = file or Path("单位名单.xlsx")
    count = export_units(env.settings.campaign, target)
    click.echo(f"已导出 {count} 个单位到 {target}")


@units.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--print", "show", is_flag=True, help="Print the units as TOML, change nothing.")
@common_options
def units_import(env: Env, file: Path, show: bool) -> None:
    """Read the units of FILE.xlsx (checked row by row) into the config file (its
    comments kept), or print them with --print."""
    from intake.units_io import read_units, units_toml, write_units

    campaign = env.settings.campaign
    found = read_units(file, campaign)
    if show:
        click.echo(units_toml(found), nl=False)
        return
    target = env.config_path or Path("config.toml")
    if not target.exists():
        raise UsageError(f"--config: {target} does not exist; give the config to write into")
    write_units(target, found)
    click.echo(f"已将 {len(found)} 个单位写入 {target}")
