"""Text helpers for matching unit names and keywords: normalisation and longest-match search.

    canon("泰安市 肥城市职业中等专业学校")   # "泰安市肥城市职专"
    canon("ＡＢＣ　教育和体育局")           # "abc教体局"
    find_names("肥城市职专与肥城市教体局", {"肥城市职专": "fczz", "肥城市教体局": "feicheng"})
    # [Match(start=0, end=5, key="fczz", pattern="肥城市职专"), Match(start=6, ...)]

Rules use only these pure functions; no I/O, no parsers' functions. How names are written
is the campaign's (`[names]`: `Campaign.names`); the defaults below are the 2020 activity
week's, for callers that have no campaign at hand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Equivalent spellings of the same institution type, longest first so that the longer
# official form is rewritten before a shorter one inside it could be (the default of
# `[names] shortenings`).
SHORTENINGS: tuple[tuple[str, str], ...] = (
    ("教育和体育局", "教体局"),
    ("教育体育局", "教体局"),
    ("教育局", "教体局"),
    ("职业中等专业学校", "职专"),
    ("职业中专学校", "职专"),
    ("职业中专", "职专"),
    ("职业技术学院", "职院"),
)
_SPACE = re.compile(r"\s+")
REGION: tuple[str, ...] = ("泰安市",)  # a prefix names may leave out (`[names] region`)


def nfkc(text: str) -> str:
    """Full-width letters, digits and punctuation to their ordinary forms."""
    return unicodedata.normalize("NFKC", text)


def canon(text: str, shortenings: tuple[tuple[str, str], ...] = SHORTENINGS) -> str:
    """NFKC, no whitespace, lower case, and one spelling per institution suffix."""
    out = _SPACE.sub("", nfkc(text)).lower()
    for long, short in shortenings:
        if long in out:
            out = out.replace(long, short)
    return out


def name_variants(
    name: str,
    shortenings: tuple[tuple[str, str], ...] = SHORTENINGS,
    region: tuple[str, ...] = REGION,
) -> set[str]:
    """The canonical spellings a unit name may be written in.

    The region prefix (泰安市) is optional, but only when what remains still names a place
    (区/县/市): "泰安市泰山区教体局" may be written "泰山区教体局", while "泰安市技师学院"
    must not shrink to the generic "技师学院".
    """
    base = canon(name, shortenings)
    out = {base} if base else set()
    for prefix in region:
        prefix = canon(prefix, shortenings)
        if prefix and base.startswith(prefix):
            rest = base[len(prefix) :]
            if re.search(r"[区县市]", rest):
                out.add(rest)
    return out


@dataclass(frozen=True, slots=True)
class Match:
    """One accepted occurrence of a pattern in canonical text."""

    start: int
    end: int
    key: str
    pattern: str


def find_names(text: str, patterns: Mapping[str, str]) -> list[Match]:
    """Occurrences of `patterns` (canonical pattern -> key) in canonical `text`, longest first.

    Overlapping occurrences are resolved in favour of the longer pattern, so a school name
    that contains its county's name is one mention of the school, not also one of the county.
    """
    found: list[Match] = []
    for pattern, key in patterns.items():
        if not pattern:
            continue
        start = text.find(pattern)
        while start >= 0:
            found.append(Match(start, start + len(pattern), key, pattern))
            start = text.find(pattern, start + 1)
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[Match] = []
    for m in found:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken


def keyword_hits(
    text: str, keywords: Iterable[str], shortenings: tuple[tuple[str, str], ...] = SHORTENINGS
) -> list[Match]:
    """Occurrences of `keywords` in `text` (both canonicalised), longest match winning."""
    return find_names(canon(text, shortenings), {canon(k, shortenings): k for k in keywords})


_QUOTE_MARKERS = re.compile(
    r"^\s*(?:"
    r"-{2,}\s*(?:原始邮件|original message|original|forwarded message|转发邮件信息|"
    r"回复的原邮件|邮件原文)\s*-{2,}"
    r"|发件人\s*[:：]"
    r"|from\s*:\s*\S"
    r"|在\s*.{0,60}写道\s*[:：]\s*$"
    r"|on\s.{0,80}wrote\s*:\s*$"
    r")",
    re.IGNORECASE,
)
_SIG_DELIM = re.compile(r"^\s*(?:--\s*|—{2,}|_{3,}|-{3,})\s*$")
# a sentence of prose, not a signature line: 40 characters or more ending like a sentence
_PROSE_LINE = re.compile(r"^.{39,}[。！？!?][”’」』）)\"']*\s*$")


def split_quoted(body: str) -> tuple[str, str]:
    """The sender's own text and the quoted/forwarded text that follows it."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if _QUOTE_MARKERS.match(line):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    own: list[str] = []
    quoted: list[str] = []
    for line in lines:
        (quoted if line.lstrip().startswith(">") else own).append(line)
    return "\n".join(own), "\n".join(quoted)


def split_signature(text: str, max_lines: int = 5) -> tuple[str, str]:
    """Free text and signature: the lines after a '--' delimiter (a few short ones: a rule
    before prose is no delimiter), else the trailing run of short lines that do not end
    like a sentence (at most `max_lines`)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for i in range(len(lines) - 1, -1, -1):
        if _SIG_DELIM.match(lines[i]):
            after = lines[i + 1 :]
            if len(after) > 8 or any(_PROSE_LINE.search(ln) for ln in after):
                break  # a rule between two pieces of prose ("——————" between articles)
            return "\n".join(lines[:i]), "\n".join(after)
    # Without a delimiter, the signature is the trailing run of short lines (sign-offs such
    # as "肥城市职业中等专业学校" / "张三 13805381234" / "2020年11月3日"), at most max_lines.
    # A line ending like a sentence (。！？，；：) is prose, not a sign-off.
    cut = len(lines)
    while cut > 0 and len(lines) - cut < max_lines and is_signoff(lines[cut - 1]):
        cut -= 1
    return "\n".join(lines[:cut]), "\n".join(lines[cut:])


_PREFIX = re.compile(r"^\s*(re|回复|答复|回覆|fw|fwd|转发|轉寄)\s*[:：]", re.IGNORECASE)


def subject_prefix(subject: str) -> str:
    """ "reply", "forward" or "" by the first Re:/回复：/Fw:/转发： prefix of a subject."""
    m = _PREFIX.match(nfkc(subject))
    if not m:
        return ""
    return "reply" if m.group(1).lower() in ("re", "回复", "答复", "回覆") else "forward"


def is_signoff(line: str) -> bool:
    """Whether `line` reads as a sign-off (a unit, a name, a date), not as a sentence."""
    line = nfkc(line).strip()
    # a closing quote or bracket after the stop still ends a sentence (“…真不错！”)
    return len(line) <= 30 and not re.search(r"[。！？，；：!?,;:…][”’」』）)\"']*$", line)


def digits(text: str) -> str:
    """Only the digits of `text` (after NFKC), for comparing phone numbers."""
    return "".join(ch for ch in nfkc(text) if ch.isdigit())
