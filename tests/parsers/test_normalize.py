"""Normalisers: full-width forms, dashes and spaces, mobile/landline/e-mail canonical forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.normalize import (
    compact,
    is_email,
    is_mobile,
    is_phone,
    nfkc,
    normalize_email,
    normalize_mobile,
    normalize_phone,
)

# Text made of the characters that matter to the normalisers, so examples hit the edge cases
# (prefixes, separators, extensions) far more often than uniformly random text would.
_PHONE_ALPHABET = [*"0123456789 -+()#.x转分机@a。", "８", "６", "０", "－", "—", "\u3000", "＋"]
phoneish = st.text(alphabet=st.sampled_from(_PHONE_ALPHABET), max_size=30)
any_text = st.one_of(st.text(max_size=60), phoneish)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１３８０５３８１２３４", "13805381234"),
        ("0538－6991449", "0538-6991449"),
        ("0538—6991449", "0538-6991449"),
        ("0538‐6991449", "0538-6991449"),
        ("张　三", "张 三"),
        ("ｚｓ＠１６３．ｃｏｍ", "zs@163.com"),
        ("线上活动（场次）", "线上活动(场次)"),
        ("a\u200bb", "ab"),
    ],
)
def test_nfkc_folds_full_width_dashes_and_spaces(raw: str, expected: str) -> None:
    assert nfkc(raw) == expected


def test_compact_removes_all_whitespace() -> None:
    assert compact(" 线上活动 （场次）\n") == "线上活动(场次)"
    assert compact("单 位\u3000名 称") == "单位名称"


@pytest.mark.parametrize(
    "raw",
    [
        "13805381234",
        "138-0538-1234",
        "138 0538 1234",
        "１３８０５３８１２３４",
        "+86 138 0538 1234",
        "+86-13805381234",
        "008613805381234",
        "8613805381234",
        "１３８－０５３８－１２３４",
    ],
)
def test_normalize_mobile_forms(raw: str) -> None:
    assert normalize_mobile(raw) == "13805381234"
    assert is_mobile(raw)


@pytest.mark.parametrize(
    "raw",
    ["12805381234", "1380538123", "138053812345", "0538-6991449", "", "abc", "手机13805381234"],
)
def test_is_mobile_rejects(raw: str) -> None:
    assert not is_mobile(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0538-6991449", "0538-6991449"),
        ("0538 6991449", "0538-6991449"),
        ("05386991449", "0538-6991449"),
        ("(0538)6991449", "0538-6991449"),
        ("（０５３８）６９９１４４９", "0538-6991449"),
        ("0538—699 1449", "0538-6991449"),
        ("+86 538 6991449", "0538-6991449"),
        ("010-62345678", "010-62345678"),
        ("02162345678", "021-62345678"),
        ("0538-6991449转8001", "0538-6991449-8001"),
        ("0538-6991449-8001", "0538-6991449-8001"),
        ("0538-6991449 ext. 8001", "0538-6991449-8001"),
    ],
)
def test_normalize_phone_forms(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected
    assert is_phone(raw)


@pytest.mark.parametrize("raw", ["6991449", "13805381234", "0538-12", "", "电话"])
def test_is_phone_rejects(raw: str) -> None:
    # A local number without area code, a mobile, a stub, nothing, a word.
    assert not is_phone(raw)


def test_normalize_phone_keeps_numbers_without_area_code_as_digits() -> None:
    assert normalize_phone("699 1449") == "6991449"
    assert normalize_phone("138-0538-1234") == "13805381234"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" ZS@163.COM ", "zs@163.com"),
        ("zs＠163．com", "zs@163.com"),
        ("zs@163.com。", "zs@163.com"),
        ("zs@163.com；", "zs@163.com"),
        ("<zs@163.com>", "zs@163.com"),
        ("mailto:zs@163.com", "mailto:zs@163.com".removeprefix("mailto:")),
        ("zs @ 163.com", "zs@163.com"),
        ("zs@163。com", "zs@163.com"),
    ],
)
def test_normalize_email_forms(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected
    assert is_email(raw)


@pytest.mark.parametrize(
    "raw", ["zs163.com", "zs@163", "zs@@163.com", "@163.com", "张三@163.com", ""]
)
def test_is_email_rejects(raw: str) -> None:
    assert not is_email(raw)


@settings(max_examples=500)
@given(any_text)
def test_nfkc_is_idempotent(text: str) -> None:
    assert nfkc(nfkc(text)) == nfkc(text)


def _nfkc_reference(text: str) -> str:
    """nfkc without its fast paths: translate, NFKC, translate, to a fixed point."""
    import unicodedata

    from parsers.normalize import _TRANSLATE

    current = text
    for _ in range(4):
        result = unicodedata.normalize("NFKC", current.translate(_TRANSLATE)).translate(_TRANSLATE)
        if result == current:
            break
        current = result
    return current


_NFKC_ALPHABET = [*"张三 a1-ｚ（①ﬁ", "\u3000", "\u2014", "\u200b", "\ufe58", "\u0301", "\u00ad"]


@settings(max_examples=500)
@given(st.one_of(any_text, st.text(alphabet=st.sampled_from(_NFKC_ALPHABET), max_size=30)))
def test_nfkc_fast_paths_change_nothing(text: str) -> None:
    assert nfkc(text) == _nfkc_reference(text)


@settings(max_examples=500)
@given(any_text)
def test_compact_is_idempotent(text: str) -> None:
    assert compact(compact(text)) == compact(text)


@settings(max_examples=1000)
@given(any_text)
def test_normalize_mobile_is_idempotent(text: str) -> None:
    once = normalize_mobile(text)
    assert normalize_mobile(once) == once
    assert once == "" or once.isdigit()


@settings(max_examples=1000)
@given(any_text)
def test_normalize_phone_is_idempotent(text: str) -> None:
    once = normalize_phone(text)
    assert normalize_phone(once) == once


@settings(max_examples=500)
@given(any_text)
def test_normalize_email_is_idempotent(text: str) -> None:
    once = normalize_email(text)
    assert normalize_email(once) == once


@settings(max_examples=300)
@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "+86 ", "0086", "86"])
)
def test_any_mobile_survives_prefix_and_separators(number: str, prefix: str) -> None:
    spaced = f"{prefix}{number[:3]} {number[3:7]}-{number[7:]}"
    assert normalize_mobile(spaced) == number
    assert is_mobile(spaced)
