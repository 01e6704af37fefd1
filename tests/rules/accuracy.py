"""Measure the rules on the labelled corpus through the real parsers.

    python -m tests.rules.accuracy            # figures and every miss
    python -m tests.rules.accuracy --quiet    # figures only

The same corpus is also run with every registered sender address removed from the campaign
(`without_addresses`): content rules alone must still never assign a wrong unit.

Unit accuracy counts a mail right when the rules name the labelled unit, or name none when
the label is None. A wrong-unit assignment is a mail the rules give to a unit other than
its label (a None label included) -- unassigned is allowed, wrong is not. Category accuracy
is over every labelled file; a labelled file the parsers did not produce counts as wrong.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from parsers.facts import read_facts
from parsers.mail import read_mail
from parsers.model import MailFacts, StatsField
from rules.campaign import Campaign
from rules.judge import judge
from rules.model import Known
from tests.rules.corpus import Sample, build_corpus

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Report:
    mails: int = 0
    unit_right: int = 0
    wrong_unit: list[str] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)
    files: int = 0
    category_right: int = 0
    category_misses: list[str] = field(default_factory=list)

    @property
    def unit_accuracy(self) -> float:
        return 100.0 * self.unit_right / self.mails if self.mails else 0.0

    @property
    def category_accuracy(self) -> float:
        return 100.0 * self.category_right / self.files if self.files else 0.0


def _base(filename: str) -> str:
    return PurePosixPath(filename.replace("\\", "/")).name


def stats_fields(campaign: Campaign) -> tuple[StatsField, ...]:
    if campaign.statistics is None:
        return ()
    return tuple(
        StatsField(key=c.key, header=c.header, aliases=c.aliases, numeric=c.numeric)
        for c in campaign.statistics.columns
    )


def without_addresses(campaign: Campaign) -> Campaign:
    """The campaign with no registered sender addresses: every unit found by content only.
    Labels stay the same, so mails only their address identifies become unassigned (fine),
    and any wrong-unit assignment shows a content rule guessing."""
    units = tuple(u.model_copy(update={"emails": ()}) for u in campaign.units)
    return campaign.model_copy(update={"units": units})


def read_all(campaign: Campaign, samples: list[Sample]) -> list[MailFacts]:
    """Every sample through the real parsers (the slow part: legacy files go to LibreOffice)."""
    fields = stats_fields(campaign)
    min_matched = campaign.statistics.min_matched if campaign.statistics else 3
    return [read_facts(read_mail(s.raw), fields, stats_min_matched=min_matched) for s in samples]


def evaluate(
    campaign: Campaign,
    samples: list[Sample] | None = None,
    facts: list[MailFacts] | None = None,
) -> Report:
    """Run the rules over every sample (parsed unless `facts` are given) against the labels."""
    report = Report()
    samples = samples if samples is not None else build_corpus(campaign)
    facts = facts if facts is not None else read_all(campaign, samples)
    for sample, mail_facts in zip(samples, facts, strict=True):
        verdict = judge(mail_facts, campaign, Known())
        report.mails += 1
        got = verdict.unit.unit_id
        if got == sample.unit:
            report.unit_right += 1
        elif got is None:
            report.unassigned.append(
                f"{sample.name}: expected {sample.unit}, unassigned ({verdict.unit.rule}: "
                f"{'; '.join(verdict.unit.evidence)})"
            )
        else:
            report.wrong_unit.append(
                f"{sample.name}: expected {sample.unit}, got {got} ({verdict.unit.rule}: "
                f"{'; '.join(verdict.unit.evidence)})"
            )
        # Labels name files as a person sees them; zip members keep their folder path in
        # Attachment.filename, so compare base names.
        decided = {
            _base(mail_facts.files[d.index].attachment.filename): d.category for d in verdict.files
        }
        for filename, expected in sample.categories.items():
            report.files += 1
            got_cat = decided.get(filename)
            if got_cat is not None and str(got_cat.category) == expected:
                report.category_right += 1
            else:
                why = "; ".join(got_cat.evidence) if got_cat else f"not among {sorted(decided)}"
                got_name = got_cat.category if got_cat else "missing"
                report.category_misses.append(
                    f"{sample.name}: {filename} expected {expected}, got {got_name} ({why})"
                )
    return report


def main(argv: list[str] | None = None) -> int:
    from intake.config import load_config

    args = sys.argv[1:] if argv is None else argv
    campaign = load_config(ROOT / "config.toml").campaign
    samples = build_corpus(campaign)
    facts = read_all(campaign, samples)
    report = evaluate(campaign, samples, facts)
    if "--quiet" not in args:
        for line in report.wrong_unit:
            print("WRONG UNIT  ", line)
        for line in report.unassigned:
            print("UNASSIGNED  ", line)
        for line in report.category_misses:
            print("CATEGORY    ", line)
    print(f"corpus: {report.mails} mails, {report.files} labelled files")
    print(f"unit accuracy: {report.unit_accuracy:.1f} % ({report.unit_right}/{report.mails})")
    print(
        f"category accuracy: {report.category_accuracy:.1f} % "
        f"({report.category_right}/{report.files})"
    )
    print(f"wrong-unit assignments: {len(report.wrong_unit)}")
    stress = evaluate(without_addresses(campaign), samples, facts)
    print(
        "stress, no registered addresses (content rules only): "
        f"unit accuracy {stress.unit_accuracy:.1f} %, "
        f"wrong-unit assignments {len(stress.wrong_unit)}, unassigned {len(stress.unassigned)}"
    )
    for line in stress.wrong_unit:
        print("STRESS WRONG", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
