"""Decisions from facts: relevance, unit, category, requirement status (pure, no I/O)."""

from rules.categories import CATEGORY_RULES, classify
from rules.judge import judge
from rules.relevance import relevance
from rules.status import campaign_status, unit_status
from rules.units import UNIT_RULES, identify_unit

__all__ = [
    "CATEGORY_RULES",
    "UNIT_RULES",
    "campaign_status",
    "classify",
    "identify_unit",
    "judge",
    "relevance",
    "unit_status",
]
