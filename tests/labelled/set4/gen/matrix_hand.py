"""The status matrix at 2020-11-17 12:00, written by hand unit by unit (check_labels.py
re-derives it from the message labels and must agree).

Columns: plan, column_url, contact, articles, summary, statistics.
"""

from __future__ import annotations

REQUIREMENTS = ("plan", "column_url", "contact", "articles", "summary", "statistics")
C, L, P, M = "complete", "late", "partial", "missing"

_ROWS = {
    # counties
    "taishan": (C, C, C, C, C, C),
    "daiyue": (C, C, C, C, L, C),  # summary mailed at 20:30 on the 16th
    "xintai": (C, C, C, C, C, C),  # one article sent twice: five distinct
    "feicheng": (L, P, C, C, C, P),  # plan on the 6th; WeChat only; table encrypted
    "ningyang": (C, C, C, P, C, C),  # three articles
    "dongping": (C, C, C, C, C, M),  # two articles before the week count
    "gaoxin": (
        L,
        P,
        L,
        P,
        L,
        M,
    ),  # 视频号 only; the liaison's email only in the summary on the 17th
    # schools
    "talgzz": (C, C, C, C, C, C),  # liaison changed on the 5th, before the deadline
    "tajtzz": (C, C, C, L, C, C),  # the fifth article on the 15th
    "xtyzz": (C, C, C, C, C, C),  # plan and liaison in the county's bundle
    "xtezz": (C, P, C, C, L, L),  # only a Douyin account; summary on the 17th
    "fczjzx": (C, C, C, C, P, C),  # the summary is truncated
    "dpzz": (C, C, C, C, C, C),  # five articles in one 汇编 docx
    "dpzzdx": (P, C, C, P, M, M),  # encrypted plan; two articles forwarded by the county
    "nyzz": (C, C, C, C, C, C),  # five WeChat forwards; summary forwarded by the county
    "sdlm": (C, C, C, C, C, C),
    "tsxyjj": (C, L, L, C, C, C),  # position only on the 8th; column URL only in the summary
    "tsvtc": (C, C, C, C, C, C),
    "tajsxy": (C, C, C, P, C, C),  # four articles
    "tshlxy": (C, P, C, C, L, L),  # WeChat only; summary and table at 19:30 on the 16th
    "tawhys": (C, M, M, M, M, M),  # a plan at 17:50 on the 5th and nothing else
}

MATRIX = {unit: dict(zip(REQUIREMENTS, row, strict=True)) for unit, row in _ROWS.items()}
