"""A campaign of any notice: deliverables, unit kinds, contact fields, names, statistics
templates and [classify] from the config; the defaults are the 2020 activity week's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake.config import parse_config
from intake.errors import ConfigError
from parsers.model import ReadStatus
from rules.campaign import Campaign
from rules.categories import classify
from rules.model import Item, Known
from rules.status import requirement_status
from rules.text import canon, name_variants
from rules.units import county_of, identify_unit, unit_patterns
from tests.rules.factories import at, contact, facts, file, mail

ROOT = Path(__file__).resolve().parents[2]
LABOUR = ROOT / "tests" / "samples" / "configs" / "labour-cases.toml"
BASE = (ROOT / "config.toml").read_text(encoding="utf-8")


def _load(text: str) -> Campaign:
    return parse_config(text, base=ROOT, source="c.toml").campaign


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(text, base=ROOT, source="c.toml")
    return str(info.value)


@pytest.fixture(scope="module")
def labour() -> Campaign:
    return _load(LABOUR.read_text(encoding="utf-8"))


# --- the defaults are today's -----------------------------------------------------------------


def test_without_the_new_sections_the_campaign_is_the_2020_one(campaign: Campaign) -> None:
    assert [d.id for d in campaign.deliverables] == [
        *("plan", "article", "summary", "statistics", "contact", "column_url")
    ]
    assert campaign.categories == ("plan", "article", "summary", "statistics", "contact", "other")
    assert (campaign.contact_id, campaign.url_id, campaign.news_id) == (
        "contact",
        "column_url",
        "article",
    )
    assert [(k.id, k.bureau) for k in campaign.unit_kinds] == [("county", True), ("school", False)]
    assert [f.key for f in campaign.contact.fields] == [
        "unit",
        "name",
        "position",
        "email",
        "mobile",
    ]
    assert campaign.names.region == ("泰安市",)
    assert campaign.measure("article") == "篇" and campaign.measure("plan") == "份"
    assert campaign.statistics is not None and campaign.statistics.id == "statistics"
    assert campaign.template_deliverable("statistics") == "statistics"
    assert all(r.kinds == ("county", "school") for r in campaign.requirements)


def test_names_are_read_as_configured_and_defaults_are_todays(labour: Campaign) -> None:
    short = labour.names.shortenings
    assert canon("济宁市人力资源和社会保障局", short) == "济宁市人社局"
    assert canon("济宁市人力资源和社会保障局") == "济宁市人力资源和社会保障局"  # not by default
    assert name_variants("济宁市任城区教育局", short, labour.names.region) == {
        "济宁市任城区教体局",
        "任城区教体局",
    }
    assert name_variants("济宁市任城区教育局") == {"济宁市任城区教体局"}  # 泰安市 is the default
    assert county_of(labour, "qfzz") == "qufu"  # a bureau kind's schools, by place name
    assert "曲阜市" not in unit_patterns(labour)  # a bureau's bare place name is no mention


def test_a_unit_named_without_the_configured_region_is_found(labour: Campaign) -> None:
    f = facts(mail("任城区教育局报送劳动教育典型案例", "someone@qq.com"))
    verdict = identify_unit(f, labour, Known())
    assert verdict.unit_id == "rencheng" and verdict.rule == "name-in-subject"


# --- deliverables and classification ----------------------------------------------------------


def test_configured_keywords_classify_and_win_over_builtin_ones(labour: Campaign) -> None:
    def one(f, subject: str = "") -> str:
        return classify(0, facts(mail(subject), f), labour).category

    case = file("曲阜职专劳动教育典型案例.docx", "一、案例背景\n我校……", title="劳动教育典型案例")
    assert one(case) == "case"
    # 视频 is `other`'s built-in keyword; the campaign's video deliverable takes it
    assert one(file("劳动教育微视频.mp4", status=ReadStatus.UNSUPPORTED, kind="")) == "video"
    # a file kind only the video takes is the video, whatever its name says
    verdict = classify(
        0, facts(mail(""), file("IMG_0042.MOV", status=ReadStatus.UNSUPPORTED)), labour
    )
    assert verdict.category == "video" and verdict.rule == "file-kind"
    # a docx is not the video, even named so
    verdict = classify(
        0, facts(mail(""), file("案例视频脚本说明视频.docx", "视频拍摄脚本")), labour
    )
    assert verdict.category == "other" and "not .docx" in verdict.evidence[-1]
    # [classify] adds keywords to a category: the built-in ones stay
    assert one(file("联系人信息表.docx", "单位 联系人 手机号码")) == "contact"
    assert one(file("联络员.docx", "单位 姓名 手机")) == "contact"
    # no plan in this campaign: 方案 points nowhere
    assert one(file("工作方案.docx", "一、工作目标\n……")) == "other"


def test_classify_adds_to_the_defaults_in_the_2020_campaign() -> None:
    text = BASE + '\n[classify.plan]\nkeywords = ["工作思路"]\nfilename_weight = 4.0\n'
    campaign = _load(text)
    assert "方案" in campaign.classify["plan"].keywords  # kept
    assert "工作思路" in campaign.classify["plan"].keywords  # added
    assert campaign.classify["plan"].filename_weight == 4.0
    assert campaign.classify["summary"].keywords[0] == "总结"  # other categories untouched
    got = classify(0, facts(mail(""), file("2020年活动周工作思路.docx", "一、")), campaign)
    assert got.category == "plan"


def test_contact_completeness_uses_the_configured_fields(labour: Campaign) -> None:
    req = next(r for r in labour.requirements if r.id == "contact")
    unit = labour.unit("qfzz")
    assert unit is not None
    # no position, no email: this notice asks for neither
    three = contact(unit="曲阜市职业中等专业学校", position="", email="")
    item = Item("qfzz", "contact", at("2021-05-10 10:00"), "c1", "张三", contact=three)
    status = requirement_status(labour, unit, req, [item], at("2021-05-11 10:00"))
    assert status.state == "complete"
    no_mobile = contact(unit="曲阜市职业中等专业学校", mobile="")
    item = Item("qfzz", "contact", at("2021-05-10 10:00"), "c2", "张三", contact=no_mobile)
    status = requirement_status(labour, unit, req, [item], at("2021-05-11 10:00"))
    assert status.state == "partial" and status.detail == "联络员缺少手机号码"


def test_the_counting_word_is_the_deliverables(labour: Campaign) -> None:
    req = next(r for r in labour.requirements if r.id == "cases")
    unit = labour.unit("jnzy")
    assert unit is not None
    item = Item("jnzy", "case", at("2021-05-10 10:00"), "k1", "案例一.docx")
    status = requirement_status(labour, unit, req, [item], at("2021-05-11 10:00"))
    assert status.detail == "已收到1篇，还差1篇"
    assert [r.id for r in labour.requirements_for(labour.unit("rencheng"))] == ["contact"]


# --- statistics templates ----------------------------------------------------------------------

TWO_TEMPLATES = """
[[statistics]]
id = "statistics"
title = "活动周情况统计表"
[[statistics.columns]]
key = "unit"
header = "单位名称"
numeric = false
[[statistics.columns]]
key = "online_events"
header = "线上活动（场次）"
[[statistics.columns]]
key = "offline_events"
header = "线下活动（场次）"

[[statistics]]
id = "signup"
title = "技能大赛报名汇总表"
min_matched = 2
[[statistics.columns]]
key = "contestant"
header = "选手姓名"
numeric = false
[[statistics.columns]]
key = "event"
header = "参赛项目"
numeric = false
"""


def _two_templates() -> str:
    start = BASE.index("[statistics]\n")
    end = BASE.index("# ----", start)
    deliverables = (
        '\n[[deliverables]]\nid = "plan"\n[[deliverables]]\nid = "statistics"\n'
        '[[deliverables]]\nid = "signup"\ntitle = "报名表"\nstatistics = "signup"\n'
        'keywords = ["报名表"]\n'
    )
    return BASE[:start] + TWO_TEMPLATES + deliverables + BASE[end:]


def test_several_statistics_templates_each_for_its_deliverable() -> None:
    text = _two_templates()
    text = text.replace('deliverable = "column_url"', 'deliverable = "plan"')
    text = text.replace('deliverable = "contact"', 'deliverable = "plan"')
    text = text.replace('deliverable = "article"', 'deliverable = "plan"')
    text = text.replace('deliverable = "summary"', 'deliverable = "plan"')
    campaign = _load(text)
    assert [t.id for t in campaign.stats_templates] == ["statistics", "signup"]
    assert campaign.template_deliverable("signup") == "signup"
    assert campaign.template_deliverable("statistics") == "statistics"
    from parsers.model import StatsTable

    signup = file("汇总.xlsx", kind="xlsx")
    signup = signup.__class__(
        attachment=signup.attachment,
        document=signup.document,
        statistics=StatsTable("Sheet1", 1, {"contestant": 0, "event": 1}, ()),
    )
    got = classify(0, facts(mail(""), signup), campaign)
    assert got.category == "signup" and got.rule == "statistics-table"
    stats = file("汇总.xlsx", kind="xlsx", stats_columns=3)
    assert classify(0, facts(mail(""), stats), campaign).category == "statistics"


# --- mistakes name their key -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'deliverable = "summary"',
            'deliverable = "video"',
            "requirements[4].deliverable: 'video' is not a deliverable (plan, article,",
        ),
        ('kind = "school"', 'kind = "college"', "is not a unit kind (county, school)"),
        (
            "min_count = 5\n",
            'min_count = 5\nkinds = ["county", "secondary"]\n',
            "requirements[3].kinds[1]: 'secondary' is not a unit kind (county, school)",
        ),
    ],
)
def test_unknown_ids_are_named(old: str, new: str, message: str) -> None:
    assert message in _error(BASE.replace(old, new, 1))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            '[[deliverables]]\nid = "contact"\n[[deliverables]]\nid = "liaison"\ntitle = "联系人"\n'
            'kind = "contact"\n[[deliverables]]\nid = "plan"\n[[deliverables]]\nid = "article"\n'
            '[[deliverables]]\nid = "summary"\n[[deliverables]]\nid = "statistics"\n'
            '[[deliverables]]\nid = "column_url"\n',
            "deliverables[1].kind: only one deliverable of kind 'contact'",
        ),
        (
            '[[deliverables]]\nid = "other"\ntitle = "其他"\n',
            "deliverables[0].id: 'other' is built in",
        ),
        (
            '[[deliverables]]\nid = "video"\ntitle = "视频"\nfile_kinds = ["m p4"]\n',
            "deliverables[0].file_kinds: 'm p4' is not a file extension like 'mp4'",
        ),
        ('[classify.video]\nkeywords = ["视频"]\n', "classify.video: not a category"),
        (
            '[contact]\nfields = [{ key = "qq", label = "QQ号" }]\n',
            "contact.fields[0].key: Input should be",
        ),
        ('[names]\nshortenings = [["教育局", "教育局"]]\n', "is not a shortening"),
    ],
)
def test_mistakes_in_the_new_sections_are_named(extra: str, message: str) -> None:
    base = re.sub(r"(?ms)^\[names\]\n.*?\n\n", "", BASE) if "[names]" in extra else BASE
    assert message in _error(base + "\n" + extra)


def test_a_statistics_template_that_does_not_exist_is_named() -> None:
    text = BASE + '\n[[deliverables]]\nid = "signup"\ntitle = "报名表"\nstatistics = "signup"\n'
    assert "statistics: no statistics template 'signup' (statistics)" in _error(text)
