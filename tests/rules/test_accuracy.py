"""The rules measured on the labelled corpus through the real parsers (issue 4 item 5)."""

from __future__ import annotations

import pytest

from rules.campaign import Campaign
from tests.rules.corpus import build_corpus


def test_corpus_is_big_and_varied(campaign: Campaign) -> None:
    samples = build_corpus(campaign)
    assert len(samples) >= 80
    assert len({s.name for s in samples}) == len(samples)
    raws = b"\n".join(s.raw for s in samples)
    for marker in (b"=?gb2312?", b"=?gbk?", b"=?utf-8?", b"qq.com", b"163.com", b"126.com",
                   b"sina.com", b"foxmail.com", b"message/rfc822", b"application/zip",
                   b"image/png", b"application/pdf", b"application/msword"):  # fmt: skip
        assert marker in raws, marker
    assert any(s.unit is None for s in samples)
    assert {c for s in samples for c in s.categories.values()} == {
        "plan", "article", "summary", "statistics", "contact", "other"
    }  # fmt: skip


def test_corpus_is_deterministic(campaign: Campaign) -> None:
    assert [s.raw for s in build_corpus(campaign)] == [s.raw for s in build_corpus(campaign)]


def test_accuracy_targets(campaign: Campaign) -> None:
    pytest.importorskip("parsers.facts", reason="parsers.facts not written yet")
    from tests.rules.accuracy import evaluate

    report = evaluate(campaign)
    detail = "\n".join(report.wrong_unit + report.unassigned + report.category_misses)
    assert report.wrong_unit == [], detail
    assert report.unit_accuracy >= 95.0, detail
    assert report.category_accuracy >= 98.0, detail
