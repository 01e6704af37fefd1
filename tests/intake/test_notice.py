"""`intake init --from-notice`: a draft config from the 2020 notice and from notices of other
shapes (a 征集 with one deadline, a 报名 with a form, deadlines written differently), each
value quoting its sentence, TODO where the notice is silent, loadable once filled."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from intake.cli import main
from intake.config import load_config
from intake.notice import NoticeError, draft_from_notice, read_notice
from tests.fixtures.servers import require_binary
from tests.intake.helpers import ROOT, TZ

NOTICES = ROOT / "tests" / "samples" / "notices"
SEED = NOTICES / "notice-2020-72.txt"


def _doc(path: Path) -> dict:
    return tomllib.loads(draft_from_notice(path).text)


def _req(doc: dict, deliverable: str) -> dict:
    return next(r for r in doc["requirements"] if r["deliverable"] == deliverable)


def at(y: int, m: int, d: int, hh: int = 18, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def test_the_seed_copy_is_the_whole_notice() -> None:
    text = SEED.read_text(encoding="utf-8")  # a copy of ../shared/seed/notice-2020-72.txt
    assert text.count("泰教函〔2020〕72号") == 1
    assert "jyj-zcjk01@ta.shandong.cn" in text and text.rstrip().endswith("rsjzjk@ta.shandong.cn。")


def test_the_2020_notice() -> None:
    draft = draft_from_notice(SEED)
    doc = tomllib.loads(draft.text)
    camp = doc["campaign"]
    assert camp["name"] == "2020年泰安市职业教育活动周"
    assert camp["notice"] == "泰教函〔2020〕72号"
    assert camp["issuer"] == "泰安市教育局"
    assert camp["start"].isoformat() == "2020-11-05"
    assert camp["mailboxes"] == ["jyj-zcjk01@ta.shandong.cn", "rsjzjk@ta.shandong.cn"]
    assert [(b["name"], b["address"]) for b in doc["mailboxes"]] == [
        ("市教育局", "jyj-zcjk01@ta.shandong.cn"),
        ("市人力资源社会保障局", "rsjzjk@ta.shandong.cn"),
    ]
    assert doc["names"]["region"] == ["泰安市"]
    assert [(k["id"], k["title"], k.get("bureau", False)) for k in doc["unit_kinds"]] == [
        ("county", "县市区", True),
        ("school", "职业院校", False),
    ]
    assert [d["id"] for d in doc["deliverables"]] == [
        *("plan", "column_url", "contact", "article", "summary", "statistics")
    ]
    for deliverable in ("plan", "column_url", "contact"):
        assert _req(doc, deliverable)["due"] == at(2020, 11, 5)
    articles = _req(doc, "article")
    assert (articles["opens"], articles["due"]) == (at(2020, 11, 8, 0), at(2020, 11, 14, 23, 59))
    assert articles["min_count"] == 5 and articles["title"] == "宣传材料（不少于5篇）"
    assert _req(doc, "summary")["due"] == _req(doc, "statistics")["due"] == at(2020, 11, 16)
    assert doc["statistics"][0]["title"] == "2020年职业教育活动周情况统计表"
    assert [f["label"] for f in doc["contact"]["fields"]] == [
        "单位",
        "姓名",
        "职务",
        "邮箱",
        "手机号码",
    ]
    assert [f["key"] for f in doc["contact"]["fields"]] == [
        *("unit", "name", "position", "email", "mobile")
    ]
    # each drafted value says where it came from
    text = draft.text
    plan = text.index('id = "plan"\ntitle = "活动周方案"')
    assert "# 《通知》：各县市区、各职业院校要科学制定活动方案" in text[plan - 200 : plan]
    assert (
        "# 《通知》：活动周期间，各县市区教育局、各职业院校要积极报送宣传材料（不少于5篇）。"
        in text
    )
    assert (
        "# 《通知》：市教育局：田洪娟、董殿楠；联系电话：6991449；邮箱：jyj-zcjk01@ta.shandong.cn。"
        in text
    )
    # what a notice never says is TODO: the units
    assert draft.todos == 4 and 'id = "TODO: ' in text and 'name = "TODO: ' in text
    rows = {r.what: r for r in draft.rows}
    assert rows["文号"].value == "泰教函〔2020〕72号"
    assert rows["活动时间"].value == "11-08 至 11-14"
    assert rows["单位名单"].value == "TODO"


def test_a_call_for_cases_with_one_deadline() -> None:
    doc = _doc(NOTICES / "labour-cases-2021.txt")
    assert doc["campaign"]["name"] == "2021年职业院校劳动教育典型案例征集"
    assert doc["campaign"]["notice"] == "济教函〔2021〕15号"
    assert doc["names"]["region"] == ["济宁市"]
    assert [k["id"] for k in doc["unit_kinds"]] == ["county", "secondary", "college", "technical"]
    deliverables = {d["id"]: d for d in doc["deliverables"]}
    assert set(deliverables) == {"case", "video", "contact"}
    assert deliverables["video"]["file_kinds"][:2] == ["mp4", "mov"]
    assert deliverables["video"]["measure"] == "段" and deliverables["case"]["measure"] == "篇"
    assert "案例" in deliverables["case"]["keywords"]
    assert {r["due"] for r in doc["requirements"]} == {at(2021, 5, 20)}  # one deadline
    assert _req(doc, "case")["min_count"] == 2  # 报送典型案例不少于2篇
    assert [(f["key"], f["label"]) for f in doc["contact"]["fields"]] == [
        ("unit", "单位"),
        ("name", "联系人"),
        ("mobile", "手机号码"),
    ]
    assert [b["address"] for b in doc["mailboxes"]] == ["jnzcjk@jn.shandong.cn"]


def test_a_contest_registration_with_a_form() -> None:
    doc = _doc(NOTICES / "skills-contest-2021.txt")
    assert doc["campaign"]["name"] == "2021年临沂市职业院校技能大赛"
    signup = _req(doc, "signup")
    assert signup["title"] == "《2021年临沂市职业院校技能大赛报名表》"
    assert signup["due"] == at(2021, 3, 19)
    assert sorted(signup["kinds"]) == ["secondary", "technical"]  # 各参赛学校: the schools
    assert {t["id"]: t["title"] for t in doc["statistics"]} == {
        "signup": "2021年临沂市职业院校技能大赛报名表"
    }
    plan = _req(doc, "plan")
    assert plan["due"] == at(2021, 3, 26) and plan["kinds"] == ["county"]  # 各县区教育和体育局
    assert _req(doc, "summary")["due"] == at(2021, 4, 30)
    labels = [f["label"] for f in doc["contact"]["fields"]]
    assert labels == ["单位", "姓名", "职务", "手机号码", "电子邮箱"]
    assert [b["address"] for b in doc["mailboxes"]] == [
        "lyzyds@ly.shandong.cn",
        "lyrsjzj@ly.shandong.cn",
    ]
    # 盖章扫描件 is a form of the 报名表, not a deliverable of its own
    assert [d["id"] for d in doc["deliverables"]] == ["signup", "plan", "contact", "summary"]


def test_deadlines_written_differently() -> None:
    doc = _doc(NOTICES / "odd-deadlines-2020.txt")
    dues = [(r["title"], r["due"]) for r in doc["requirements"]]
    assert dues == [
        ("学校教学诊断与改进自我诊断报告", at(2020, 11, 20, 17, 30)),  # 11月20日（星期五）下班前
        ("工作总结", at(2020, 11, 30)),  # 于本月底前 (the notice is of 2020-11-09)
        (
            "《2020年中等职业学校诊改工作数据统计表》",
            at(2020, 12, 1, 17, 0),
        ),  # 2020年12月1日17:00前
        ("诊改工作联络员名单（姓名、职务、办公电话、手机号码）", at(2020, 12, 1, 17, 0)),
    ]
    assert [r.get("kinds") for r in doc["requirements"]] == [
        ["secondary"],
        ["county"],
        ["secondary"],
        ["secondary"],
    ]
    assert [f["key"] for f in doc["contact"]["fields"]] == ["name", "position", "phone", "mobile"]


def _fill(text: str) -> str:
    """What staff do with a draft: every TODO value replaced."""
    counter = iter(range(1, 1000))

    def fill(m: re.Match[str]) -> str:
        key, n = m.group(1), next(counter)
        values = {
            "id": f'"unit{n}"',
            "name": f'"测试单位{n}号"',
            "title": '"单位"',
            "issuer": '"某某局"',
            "start": "2021-01-01",
            "due": "2021-06-01T18:00:00+08:00",
            "from": '"某某局 <a@example.cn>"',
        }
        return f"{key} = {values[key]}"

    return re.sub(r'^(\w+) = "TODO: [^"]*"$', fill, text, flags=re.MULTILINE)


@pytest.mark.parametrize("notice", sorted(p.name for p in NOTICES.glob("*.txt")))
def test_a_draft_loads_once_its_todos_are_filled(
    notice: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "config.toml"
    assert main(["init", "--from-notice", str(NOTICES / notice), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "文号" in printed and "TODO" in printed and "已写入" in printed
    draft = out.read_text(encoding="utf-8")
    assert main(["--config", str(out), "status"]) == 2  # refused while TODOs are left
    assert "config error" in capsys.readouterr().err
    out.write_text(_fill(draft), encoding="utf-8")
    settings = load_config(out)
    assert settings.campaign.requirements and settings.campaign.units
    assert main(["--config", str(out), "doctor"]) == 0, capsys.readouterr()
    assert "FAIL" not in capsys.readouterr().out


def test_init_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "config.toml"
    out.write_text("# mine\n", encoding="utf-8")
    assert main(["init", "--from-notice", str(SEED), "-o", str(out)]) == 1
    assert "exists" in capsys.readouterr().err and out.read_text() == "# mine\n"
    assert main(["init", "--from-notice", str(SEED), "-o", str(out), "--force"]) == 0
    assert "泰教函〔2020〕72号" in out.read_text(encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(NoticeError, match="is empty"):
        read_notice(empty)


def test_a_gbk_text_and_a_docx_notice(tmp_path: Path) -> None:
    from docx import Document

    text = (NOTICES / "labour-cases-2021.txt").read_text(encoding="utf-8")
    gbk = tmp_path / "通知.txt"
    gbk.write_bytes(text.encode("gb18030"))
    assert _doc(gbk)["campaign"]["notice"] == "济教函〔2021〕15号"
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "通知.docx"
    document.save(str(path))
    doc = _doc(path)
    assert doc["campaign"]["name"] == "2021年职业院校劳动教育典型案例征集"
    assert _req(doc, "case")["min_count"] == 2 and _req(doc, "case")["due"] == at(2021, 5, 20)


@pytest.mark.slow
def test_a_pdf_and_a_wps_notice_written_by_libreoffice(tmp_path: Path) -> None:
    soffice = require_binary("soffice", "/usr/bin/soffice")
    source = tmp_path / "notice.txt"
    shutil.copy(NOTICES / "odd-deadlines-2020.txt", source)
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    for target in ("pdf", "doc"):
        subprocess.run(
            [soffice, profile, "--headless", "--infilter=Text (encoded):UTF8,LF,,,",
             "--convert-to", target, "--outdir", str(tmp_path), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    wps = tmp_path / "notice.wps"  # WPS Office saves Word-compatible OLE files under .wps
    (tmp_path / "notice.doc").rename(wps)
    for path in (tmp_path / "notice.pdf", wps):
        doc = _doc(path)
        assert doc["campaign"]["notice"] == "淄教职函〔2020〕33号", path.name
        dues = sorted({r["due"] for r in doc["requirements"]})
        assert dues == [at(2020, 11, 20, 17, 30), at(2020, 11, 30), at(2020, 12, 1, 17, 0)]
        assert [b["address"] for b in doc["mailboxes"]] == ["zbzcjk@zb.shandong.cn"]
