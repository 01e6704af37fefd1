"""`intake units export / import`: the unit list as staff keep it in Excel, checked row by
row, written into config.toml with every other line kept."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from intake.cli import main
from intake.config import load_config
from intake.errors import UsageError
from intake.units_io import export_units, read_units
from tests.fixtures.servers import require_binary
from tests.intake.helpers import ROOT

LABOUR = ROOT / "tests" / "samples" / "configs" / "labour-cases.toml"


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_export_then_import_gives_the_same_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    shutil.copy(ROOT / "config.toml", config)
    book = tmp_path / "单位.xlsx"
    assert main(["--config", str(config), "units", "export", str(book)]) == 0
    assert "已导出 18 个单位" in capsys.readouterr().out
    ws = load_workbook(book).active
    assert [c.value for c in ws[1]] == ["单位名称", "简称(别名)", "类型", "报送邮箱", "标识"]
    assert [c.value for c in ws[2]] == [
        "泰安市泰山区教育和体育局",
        "泰山区教体局、泰山区教育局、泰山区教育和体育局",
        "县市区",
        "tsqjtj@ta.shandong.cn",
        "taishan",
    ]
    assert main(["--config", str(config), "units", "import", str(book)]) == 0
    assert config.read_bytes() == (ROOT / "config.toml").read_bytes()  # comments and all


def test_a_workbook_as_staff_fill_it_in(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    shutil.copy(LABOUR, config)
    book = _xlsx(
        tmp_path / "名单.xlsx",
        [
            ["2021年劳动教育典型案例征集 报送单位名单"],  # a title above the header
            ["类型", "单位名称", "报送邮箱", "简称（别名）"],  # another order, full-width brackets
            ["县市区", "济宁市任城区教育局", "rcjyj@jn.shandong.cn", "任城区教育局；任城教育局"],
            ["中职", "曲阜市职业中等专业学校", "qfzz@jn.shandong.cn, qfzz2@163.com", "曲阜职专"],
            [None, None, None, None],  # a blank row
            ["高职", "济宁职业技术学院", "JNZY@jnvc.edu.cn", ""],
            ["technical", "济宁市技师学院", "", "济宁技师学院\n济宁技院"],
        ],
    )
    assert main(["--config", str(config), "units", "import", str(book)]) == 0
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# A campaign of another notice, as a new user writes it")
    assert "[[requirements]]" in text and "[contact]" in text
    units = {u.name: u for u in load_config(config).campaign.units}
    assert list(units) == [
        "济宁市任城区教育局",
        "曲阜市职业中等专业学校",
        "济宁职业技术学院",
        "济宁市技师学院",
    ]
    assert units["济宁市任城区教育局"].id == "rencheng"  # known by name: its id kept
    assert units["曲阜市职业中等专业学校"].emails == ("qfzz@jn.shandong.cn", "qfzz2@163.com")
    assert units["济宁职业技术学院"].emails == ("jnzy@jnvc.edu.cn",)
    assert units["济宁市技师学院"].kind == "technical"
    assert units["济宁市技师学院"].aliases == ("济宁技师学院", "济宁技院")
    assert units["济宁市任城区教育局"].aliases == ("任城区教育局", "任城教育局")


def test_every_problem_names_its_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    shutil.copy(ROOT / "config.toml", config)
    before = config.read_bytes()
    book = _xlsx(
        tmp_path / "错.xlsx",
        [
            ["单位名称", "简称(别名)", "类型", "报送邮箱"],
            ["泰安市泰山区教育和体育局", "", "县市区", "tsqjtj@ta.shandong.cn"],
            ["肥城市职业中等专业学校", "肥城职专", "职业院校", "fczz@ta.shandong.cn"],
            ["", "无名", "职业院校", "x@ta.shandong.cn"],
            ["新泰市职业中等专业学校", "", "职业院校", "abc"],
            ["宁阳县职业中等专业学校", "", "大学", "nyzz@ta.shandong.cn"],
            ["肥城市职业中等专业学校", "", "职业院校", ""],
            ["东平县职业中等专业学校", "", "职业院校", "FCZZ@ta.shandong.cn"],
        ],
    )
    assert main(["--config", str(config), "units", "import", str(book)]) == 1
    err = capsys.readouterr().err
    assert "第4行：缺少单位名称" in err
    assert "第5行：邮箱 abc 不是有效地址" in err
    assert "第6行：类型 大学 不是单位类型（县市区、职业院校）" in err
    assert "第7行：单位名称 肥城市职业中等专业学校 与第3行重复" in err
    assert "第8行：邮箱 fczz@ta.shandong.cn 已登记给第3行的单位" in err
    assert config.read_bytes() == before  # nothing written


def test_print_shows_the_units_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    shutil.copy(LABOUR, config)
    book = _xlsx(
        tmp_path / "u.xlsx",
        [["单位名称", "类型"], ["济宁市高级职业学校", "中职"], ["嘉祥县职业中等专业学校", "中职"]],
    )
    before = config.read_bytes()
    assert main(["--config", str(config), "units", "import", str(book), "--print"]) == 0
    out = capsys.readouterr().out
    assert out.count("[[units]]") == 2
    assert 'id = "jngz"' in out and 'id = "secondary01"' in out  # a new unit: <kind>NN
    assert config.read_bytes() == before


def test_not_a_workbook_and_no_header(tmp_path: Path) -> None:
    campaign = load_config(ROOT / "config.toml").campaign
    bogus = tmp_path / "x.xlsx"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(UsageError, match="not an Excel workbook"):
        read_units(bogus, campaign)
    headless = _xlsx(tmp_path / "h.xlsx", [["甲", "乙"], ["1", "2"]])
    with pytest.raises(UsageError, match="no header row with 单位名称"):
        read_units(headless, campaign)


@pytest.mark.slow
def test_a_workbook_saved_by_libreoffice(tmp_path: Path) -> None:
    soffice = require_binary("soffice", "/usr/bin/soffice")
    campaign = load_config(ROOT / "config.toml").campaign
    export_units(campaign, tmp_path / "导出.xlsx")
    # through Calc and back, as staff who edit in LibreOffice or WPS do
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    for target, source in (("ods", "导出.xlsx"), ("xlsx", "导出.ods")):
        out = tmp_path / target
        out.mkdir(exist_ok=True)
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", target, "--outdir", str(out),
             str(tmp_path / (source if target == "ods" else f"ods/{source}"))],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    units = read_units(tmp_path / "xlsx" / "导出.xlsx", campaign)
    assert units == campaign.units
    assert io.BytesIO((tmp_path / "xlsx" / "导出.xlsx").read_bytes()).read(2) == b"PK"
