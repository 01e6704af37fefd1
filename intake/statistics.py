"""Statistics tables read against every template of the campaign, not only the first.

    facts = read_facts(mail, ctx.stats_fields, stats_min_matched=min_matched(ctx))
    facts = other_templates(facts, campaign)   # a table matching [[statistics]] #2 better

`parsers.facts.read_facts` reads one template (the first: it also tells the contact reader
where a table's footer starts). A campaign with several `[[statistics]]` templates reads
each table against the others too and keeps the table of the template that matched the
most columns; `rules.doctext.stats_template` tells from the matched column keys which
template that was.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from parsers.model import FileFacts, MailFacts, StatsField, StatsTable
from rules.campaign import Campaign, StatsTemplate


def stats_fields(template: StatsTemplate) -> tuple[StatsField, ...]:
    """A template's columns as the statistics reader wants them."""
    return tuple(
        StatsField(key=c.key, header=c.header, aliases=c.aliases, numeric=c.numeric)
        for c in template.columns
    )


@lru_cache(maxsize=8)
def _others(templates: tuple[StatsTemplate, ...]) -> tuple[tuple[tuple[StatsField, ...], int], ...]:
    return tuple((stats_fields(t), t.min_matched) for t in templates[1:])


def other_templates(facts: MailFacts, campaign: Campaign) -> MailFacts:
    """`facts` with each file's statistics read against every template after the first,
    the best match kept (the same `facts` when the campaign has one template or none)."""
    others = _others(campaign.stats_templates)
    if not others:
        return facts
    files = tuple(_best(f, others) for f in facts.files)
    return replace(facts, files=files)


def _best(file: FileFacts, others: tuple[tuple[tuple[StatsField, ...], int], ...]) -> FileFacts:
    doc = file.document
    if not doc.readable or not doc.tables:
        return file
    from parsers.statistics import read_statistics

    best: StatsTable | None = file.statistics
    for fields, minimum in others:
        try:
            found = read_statistics(doc, fields, min_matched=minimum)
        except Exception:  # a reader's failure costs this template only, as in read_facts
            continue
        if found is not None and (best is None or len(found.columns) > len(best.columns)):
            best = found
    return file if best is file.statistics else replace(file, statistics=best)
