"""Sentences that name the liaison after the person, the way official letters do, rewritten
into the labelled form the prose reader knows::

    由我校教务处副主任李明担任活动周联络员，联系电话…   ->  联络员：教务处副主任李明，联系电话…
    我局确定职成科科长王刚同志为活动周联络员（电话：…） ->  联络员：职成科科长王刚（电话：…）
    原联络员张三因工作调整，现由李四（团委书记，…）担任联络员
        -> 原任张三因工作调整，联络员：李四（团委书记，…）

The former liaison of a change (原联络员) is no contact: its label is neutralised.
"""

from __future__ import annotations

import re

from parsers.contacts.words import _HAN

# who: a position and a name (or a name alone), a bracketed note may follow it
_APPOINTED_RE = re.compile(
    rf"(?:现由|改由|由|确定|指定|安排|明确|推荐|委派|请)"
    rf"(?:我校|我院|我局|我单位|本校|本单位|学校|单位)?(?:的)?"
    rf"(?P<who>[{_HAN}]{{2,20}}?)(?:同志|老师)?"
    rf"(?P<note>[(（][^()（）\n]{{0,80}}[)）])?"
    rf"(?:担任|作为|为|任)(?:我校|我院|我局|我单位|本校|本单位|学校)?(?:本次|今年)?"
    rf"(?:20\d\d年)?(?:职业教育)?(?:活动周)?(?:工作)?的?(?:联络员|联系人|联络人|信息员)"
)
_FORMER_RE = re.compile(r"(?:原|前任|之前的)(?:活动周)?(?:联络员|联系人|联络人)")


def appointed_sentences(text: str) -> str:
    """`text` with "由X担任联络员" sentences in the "联络员：X" form, and 原联络员 neutralised."""
    if "联" not in text and "信息员" not in text:
        return text
    text = _FORMER_RE.sub("原任", text)

    def labelled(m: re.Match[str]) -> str:
        return f"联络员：{m.group('who')}{m.group('note') or ''}"

    return _APPOINTED_RE.sub(labelled, text)
