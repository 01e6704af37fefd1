"""Text helpers: canonical names, longest match, quoted parts, signatures, prefixes."""

from __future__ import annotations

from rules.text import (
    canon,
    digits,
    find_names,
    name_variants,
    split_quoted,
    split_signature,
    subject_prefix,
)


def test_canon_unifies_suffixes_width_and_space() -> None:
    assert canon("肥城市 职业中等专业学校") == "肥城市职专"
    assert canon("泰山职业技术学院") == "泰山职院"
    assert canon("肥城市教育和体育局") == canon("肥城市教育局") == "肥城市教体局"
    assert canon("ＡＢＣ　１２３") == "abc123"


def test_city_prefix_is_optional_only_before_a_place() -> None:
    assert name_variants("泰安市泰山区教育和体育局") == {"泰安市泰山区教体局", "泰山区教体局"}
    assert name_variants("泰安市技师学院") == {"泰安市技师学院"}


def test_longest_match_wins_overlaps() -> None:
    hits = find_names("肥城市职专和肥城市", {"肥城市职专": "school", "肥城市": "county"})
    assert [(h.key, h.start) for h in hits] == [("school", 0), ("county", 6)]


def test_split_quoted_by_marker_and_by_angle_brackets() -> None:
    own, quoted = split_quoted("好的\n-----Original Message-----\nFrom: a\n内容")
    assert own == "好的" and quoted.startswith("-----Original")
    own, quoted = split_quoted("收到\n> 原文一\n> 原文二")
    assert own == "收到" and "原文二" in quoted


def test_signature_is_short_lines_not_sentences() -> None:
    free, sig = split_signature("附件是方案，请查收。\n肥城职专\n张三 13805381234")
    assert free == "附件是方案，请查收。" and sig == "肥城职专\n张三 13805381234"
    free, sig = split_signature("正文\n--\n任意长度的签名行也算签名，不论标点。")
    assert sig == "任意长度的签名行也算签名，不论标点。"


def test_subject_prefix() -> None:
    assert subject_prefix("Re: 方案") == "reply"
    assert subject_prefix("回复：方案") == "reply"
    assert subject_prefix("Fw:Re: 方案") == "forward"
    assert subject_prefix("转发：方案") == "forward"
    assert subject_prefix("方案") == ""


def test_digits() -> None:
    assert digits("１３８-0538 1234") == "13805381234"


def test_a_rule_before_prose_is_no_signature_delimiter() -> None:
    from rules.text import split_signature

    story = (
        "东平讯（通讯员 程丽）11月9日下午，东平县职教中心师生走进湖区，"
        "为渔民检修船用发动机和家电，受到群众欢迎。"
    )
    text = f"第一篇\n{story}\n——————————\n第二篇\n{story}\n{story}"
    assert split_signature(text) == (text, "")
    signed = "稿件见附件。\n--\n张三\n13805381234"
    assert split_signature(signed) == ("稿件见附件。", "张三\n13805381234")
