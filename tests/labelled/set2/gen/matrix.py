"""The status matrix a person at the bureau writes at evaluate_at, by hand (c = complete,
l = late, p = partial, m = missing), in the requirement order of config.toml:
plan, column_url, contact, articles, summary, statistics."""

from __future__ import annotations

HAND = {
    "taishan": "c c c c c c",
    "daiyue": "c c c c c l",
    "xintai": "c c c p c c",
    "feicheng": "c c l c c c",
    "ningyang": "c c c p c c",
    "dongping": "c c c c l p",
    "gaoxin": "l m p p m c",
    "tsvtc": "c c c c c c",
    "tavtc": "c c c c m c",
    "tshlxy": "c c c c l p",
    "lmkj": "c c c p c c",
    "tajsxy": "c c c l c c",
    "dyzjzx": "c c c c p m",
    "xtzz": "c c c c c c",
    "xtjg": "c l c p p m",
    "fczz": "c c c c c c",
    "nyzj": "c p c c c c",
    "dpzjzx": "c c c c c c",
    "talgzz": "c c c p c l",
    "tagczz": "c c m p m m",
}

STATES = {"c": "complete", "l": "late", "p": "partial", "m": "missing"}
REQS = ["plan", "column_url", "contact", "articles", "summary", "statistics"]


def hand_matrix() -> dict[str, dict[str, str]]:
    """The hand-written matrix as {unit: {requirement: state}}."""
    return {
        u: dict(zip(REQS, (STATES[x] for x in row.split()), strict=True)) for u, row in HAND.items()
    }
