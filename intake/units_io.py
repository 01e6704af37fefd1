"""The unit list as an Excel workbook, as staff keep it: export, check and import.

    export_units(campaign, Path("单位名单.xlsx"))        # one row per unit
    units = read_units(Path("单位名单.xlsx"), campaign)  # raises UsageError, one line per row
    write_units(Path("config.toml"), units)             # [[units]] replaced, comments kept

Columns (found by their header, in any order; the header row may sit under a title):

    单位名称 | 简称(别名) | 类型 | 报送邮箱 | 标识

Aliases and addresses are separated by 、 , ; (full- or half-width) or line breaks. 类型 is
a unit kind's title or id (县市区 / county). 标识 is the unit's id; left empty, a unit of the
config with the same name keeps its id, a new one is given `<kind>NN`. Every problem names
its row: "第5行：邮箱 abc 不是有效地址".
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.errors import UsageError
from rules.campaign import Campaign, Unit

HEADERS = ("单位名称", "简称(别名)", "类型", "报送邮箱", "标识")
_COLUMNS: dict[str, tuple[str, ...]] = {  # field -> header spellings (compared without spaces)
    "name": ("单位名称", "单位全称", "名称", "单位"),
    "aliases": ("简称(别名)", "简称（别名）", "简称", "别名", "简称/别名"),
    "kind": ("类型", "单位类型", "类别"),
    "emails": ("报送邮箱", "邮箱", "电子邮箱", "登记邮箱", "e-mail", "email"),
    "id": ("标识", "id", "单位标识", "代码"),
}
_SPLIT = re.compile(r"[、,，;；\n\r]+")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


@dataclass(frozen=True, slots=True)
class _Row:
    number: int  # the sheet's row number, as staff see it
    values: dict[str, str]


def export_units(campaign: Campaign, path: Path) -> int:
    """Write the campaign's units to `path` (.xlsx); returns how many."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "单位名单"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    titles = {k.id: k.title for k in campaign.unit_kinds}
    for unit in campaign.units:
        ws.append(
            [
                unit.name,
                "、".join(unit.aliases),
                titles.get(unit.kind, unit.kind),
                "、".join(unit.emails),
                unit.id,
            ]
        )
    for column, width in zip("ABCDE", (36, 40, 12, 40, 14), strict=True):
        ws.column_dimensions[column].width = width
    choices = ",".join(titles.values())
    if choices and len(choices) < 250:  # Excel's limit for an inline list
        rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        rule.add(f"C2:C{max(len(campaign.units) + 200, 2)}")
        ws.add_data_validation(rule)
    ws.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return len(campaign.units)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _header_map(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = re.sub(r"\s+", "", cell).lower()
        for field, names in _COLUMNS.items():
            if field not in found and key in {n.lower() for n in names}:
                found[field] = i
    return found


def _rows(path: Path) -> list[_Row]:
    """The data rows of the first sheet with a 单位名称 header, by sheet row number."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise UsageError(f"FILE: {path.name} is not an Excel workbook (.xlsx): {exc}") from None
    try:
        for ws in wb.worksheets:
            header: dict[str, int] | None = None
            out: list[_Row] = []
            for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [_text(v) for v in row]
                if header is None:
                    candidate = _header_map(cells)
                    if "name" in candidate and number <= 10:
                        header = candidate
                    continue
                if not any(cells):
                    continue
                values = {f: (cells[i] if i < len(cells) else "") for f, i in header.items()}
                out.append(_Row(number, values))
            if header is not None:
                return out
    finally:
        wb.close()
    raise UsageError(f"FILE: {path.name} has no header row with 单位名称 in its first 10 rows")


def read_units(path: Path, campaign: Campaign) -> tuple[Unit, ...]:
    """The units of the workbook at `path`, checked against `campaign`'s unit kinds; a
    UsageError lists every problem, one line each, naming its row."""
    kinds = {k.id: k.id for k in campaign.unit_kinds} | {k.title: k.id for k in campaign.unit_kinds}
    known = {u.name: u.id for u in campaign.units}
    problems: list[str] = []
    units: list[Unit] = []
    names: dict[str, int] = {}
    addresses: dict[str, int] = {}
    ids: dict[str, int] = {}
    counters: dict[str, int] = {}
    for row in _rows(path):
        at = f"第{row.number}行："
        name = row.values.get("name", "")
        kind_text = row.values.get("kind", "")
        if not name:
            problems.append(f"{at}缺少单位名称")
            continue
        if len(name) < 2:
            problems.append(f"{at}单位名称 {name} 太短")
            continue
        if name in names:
            problems.append(f"{at}单位名称 {name} 与第{names[name]}行重复")
            continue
        names[name] = row.number
        kind = kinds.get(kind_text)
        if kind is None:
            allowed = "、".join(k.title for k in campaign.unit_kinds)
            what = f"类型 {kind_text} 不是单位类型" if kind_text else "缺少类型"
            problems.append(f"{at}{what}（{allowed}）")
            continue
        emails: list[str] = []
        for address in _SPLIT.split(row.values.get("emails", "")):
            address = address.strip().lower()
            if not address:
                continue
            if not _EMAIL.match(address):
                problems.append(f"{at}邮箱 {address} 不是有效地址")
            elif address in addresses:
                problems.append(f"{at}邮箱 {address} 已登记给第{addresses[address]}行的单位")
            else:
                addresses[address] = row.number
                emails.append(address)
        ident = row.values.get("id", "").strip().lower() or known.get(name, "")
        if not ident:
            counters[kind] = counters.get(kind, 0) + 1
            ident = f"{kind}{counters[kind]:02d}"
            while ident in ids or ident in known.values():
                counters[kind] += 1
                ident = f"{kind}{counters[kind]:02d}"
        if not _ID.match(ident):
            problems.append(f"{at}标识 {ident} 只能用小写字母、数字、- 和 _")
            continue
        if ident in ids:
            problems.append(f"{at}标识 {ident} 与第{ids[ident]}行重复")
            continue
        ids[ident] = row.number
        aliases = [a.strip() for a in _SPLIT.split(row.values.get("aliases", "")) if a.strip()]
        units.append(
            Unit(
                id=ident,
                name=name,
                kind=kind,
                aliases=tuple(dict.fromkeys(aliases)),
                emails=tuple(emails),
            )
        )
    if problems:
        raise UsageError(f"{path.name}：\n" + "\n".join(problems))
    if not units:
        raise UsageError(f"{path.name}：没有单位（表头下方无数据行）")
    return tuple(units)


def _unit_table(unit: Unit) -> Any:
    import tomlkit

    table = tomlkit.table()
    table.add("id", unit.id)
    table.add("name", unit.name)
    table.add("kind", unit.kind)
    table.add("aliases", list(unit.aliases))
    table.add("emails", list(unit.emails))
    return table


def units_toml(units: tuple[Unit, ...]) -> str:
    """The units as `[[units]]` tables."""
    import tomlkit

    doc = tomlkit.document()
    aot = tomlkit.aot()
    for unit in units:
        aot.append(_unit_table(unit))
    doc.add("units", aot)
    return tomlkit.dumps(doc)


def _units_span(lines: list[str]) -> tuple[int, int] | None:
    """[first, end) of the lines holding the `[[units]]` tables: from the first header to
    the last value before the next other section (the comments above that section are
    its own)."""
    first = next((i for i, ln in enumerate(lines) if ln.strip() == "[[units]]"), None)
    if first is None:
        return None
    end = len(lines)
    for i in range(first + 1, len(lines)):
        head = lines[i].strip()
        if head.startswith("[") and head != "[[units]]":
            end = i
            break
    while end > first + 1 and (
        not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")
    ):
        end -= 1
    return first, end


def write_units(config: Path, units: tuple[Unit, ...]) -> None:
    """Replace the `[[units]]` tables of the config file by `units`; every other line and
    comment stays as it was. The result is validated before the file is replaced
    (atomically)."""
    from intake.config import parse_config

    text = config.read_text(encoding="utf-8")
    lines = text.splitlines()
    block = units_toml(units).rstrip("\n").splitlines()
    span = _units_span(lines)
    if span is None:  # no [[units]] yet: before the requirements, else at the end
        at = next((i for i, ln in enumerate(lines) if ln.strip() == "[[requirements]]"), None)
        span = (at, at) if at is not None else (len(lines), len(lines))
        block = [*block, ""]
    first, end = span
    new = "\n".join([*lines[:first], *block, *lines[end:]]) + "\n"
    parse_config(new, base=config.resolve().parent, source=str(config))  # raises ConfigError
    fd, tmp = tempfile.mkstemp(prefix=".units-", suffix=".toml", dir=config.resolve().parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(new)
        os.replace(tmp, config)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
