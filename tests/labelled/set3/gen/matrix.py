"""The matrix as the bureau would fill it in on 2020-11-17 12:00, written by hand from the
story of each unit (README.md tells it); check_labels.py re-derives it from the message labels."""

C, L, P, M = "complete", "late", "partial", "missing"
REQ = ("plan", "column_url", "contact", "articles", "summary", "statistics")

_ROWS = {
    #          plan column contact articles summary statistics
    "taishan": (C, C, C, C, C, C),
    "daiyue": (C, C, C, C, L, L),
    "xintai": (C, C, C, P, C, C),
    "feicheng": (L, L, L, C, C, C),
    "ningyang": (C, C, C, C, M, M),
    "dongping": (P, P, P, L, C, P),
    "gaoxin": (C, C, C, C, C, C),
    "tsvtc": (C, C, C, C, C, C),
    "tavtc": (C, C, C, C, C, C),
    "sdfzxy": (C, C, C, P, C, C),
    "tshlxy": (C, C, C, C, L, C),
    "tajsxy": (C, C, C, C, C, C),
    "dyzjzx": (C, C, P, C, M, L),
    "xtzz": (C, C, C, L, C, C),
    "fczz": (C, P, C, P, C, M),
    "nyzz": (M, M, M, P, M, C),
    "dpzz": (C, C, C, C, C, C),
    "tawhys": (L, C, C, C, C, P),
}

MATRIX = {uid: dict(zip(REQ, row, strict=True)) for uid, row in _ROWS.items()}
