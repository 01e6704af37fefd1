"""The rules measured on the labelled corpus through the real parsers (issue 4 item 5)."""

from __future__ import annotations

import hashlib

import pytest

from intake.config import Settings
from parsers.model import MailFacts
from rules.campaign import Campaign
from tests.rules.corpus import Sample, build_corpus


@pytest.fixture(scope="module")
def samples(default_settings: Settings) -> list[Sample]:
    return build_corpus(default_settings.campaign)


def test_corpus_is_big_and_varied(samples: list[Sample]) -> None:
    assert len(samples) >= 80
    assert len({s.name for s in samples}) == len(samples)
    raws = b"\n".join(s.raw for s in samples)
    for marker in (b"=?gb2312?", b"=?gbk?", b"=?utf-8?", b"qq.com", b"163.com", b"126.com",
                   b"sina.com", b"foxmail.com", b"message/rfc822", b"application/zip",
                   b"image/png", b"application/pdf", b"application/msword", b"text/html",
                   b"filename*=", b"Fw:", b"Re:", b"?Q?"):  # fmt: skip
        assert marker in raws, marker
    assert any(s.unit is None for s in samples)
    assert {c for s in samples for c in s.categories.values()} == {
        "plan", "article", "summary", "statistics", "contact", "other"
    }  # fmt: skip


def test_corpus_is_deterministic(campaign: Campaign, samples: list[Sample]) -> None:
    again = build_corpus(campaign)
    digest = [hashlib.sha256(s.raw).hexdigest() for s in samples]
    assert digest == [hashlib.sha256(s.raw).hexdigest() for s in again]


@pytest.fixture(scope="module")
def facts(default_settings: Settings, samples: list[Sample]) -> list[MailFacts]:
    from tests.rules.accuracy import read_all

    return read_all(default_settings.campaign, samples)


def test_accuracy_targets(
    campaign: Campaign, samples: list[Sample], facts: list[MailFacts]
) -> None:
    from tests.rules.accuracy import evaluate

    report = evaluate(campaign, samples, facts)
    detail = "\n".join(report.wrong_unit + report.unassigned + report.category_misses)
    assert report.wrong_unit == [], detail
    assert report.unit_accuracy >= 95.0, detail
    assert report.category_accuracy >= 98.0, detail


def test_content_rules_alone_never_assign_a_wrong_unit(
    campaign: Campaign, samples: list[Sample], facts: list[MailFacts]
) -> None:
    from tests.rules.accuracy import evaluate, without_addresses

    report = evaluate(without_addresses(campaign), samples, facts)
    assert report.wrong_unit == [], "\n".join(report.wrong_unit)
