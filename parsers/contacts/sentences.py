"""Sentences that name the liaison after the person, the way official letters do, rewritten
into the labelled form the prose reader knows::

    由我校教务处副主任李明担任活动周联络员，联系电话…   ->  联络员：教务处副主任李明，联系电话…
    我局确定职成科科长王刚同志为活动周联络员（电话：…） ->  联络员：职成科科长王刚（电话：…）
    联络员由市教体局职成科干事郑昇同志担任（手机：…）   ->  联络员：市教体局职成科干事郑昇（…）
    学校办公室主任韩冬梅同志负责与市局对接，电话…       ->  联络员：学校办公室主任韩冬梅，电话…
    原联络员张三因工作调整，现由李四（团委书记，…）担任
        -> 原任张三因工作调整，联络员：李四（团委书记，…）

The former liaison of a change (原联络员) is no contact: its label is neutralised.
"""

from __future__ import annotations

import re

from parsers.contacts.words import _HAN

_ROLE = r"(?:联络员|联系人|联络人|信息员)"
_OWN = r"(?:我校|我院|我局|我区|我市|我县|我单位|本校|本单位|学校|单位)"
_WHO = rf"(?P<who>[{_HAN}]{{2,20}}?)"
_NOTE = r"(?P<note>[(（][^()（）\n]{0,80}[)）])?"
_FOR = rf"{_OWN}?(?:本次|今年)?(?:20\d\d年)?(?:职业教育)?(?:活动周)?(?:工作)?的?{_ROLE}"
_PATTERNS = (
    # 由/确定/指定 … 担任/为 … 联络员
    re.compile(
        rf"(?:现由|改由|由|确定|指定|安排|明确|推荐|委派|请){_OWN}?的?{_WHO}(?:同志|老师)?"
        rf"{_NOTE}(?:担任|作为|为|任){_FOR}"
    ),
    # … 同志担任联络员 (no verb before the person: 同志 or 老师 marks where the name ends)
    re.compile(rf"{_WHO}(?:同志|老师){_NOTE}(?:担任|作为|为){_FOR}"),
    # 联络员由 … 担任
    re.compile(rf"{_ROLE}(?:由){_OWN}?的?{_WHO}(?:同志|老师)?{_NOTE}(?:担任|负责)"),
    # … 同志负责与市局对接/联系
    re.compile(
        rf"{_WHO}(?:同志|老师){_NOTE}负责(?:与|同|和)?(?:市局|市教育局|贵科|您|你们)?"
        r"(?:的)?(?:对接|联系|联络)"
    ),
)
# a change: "现由陈静同志担任" with the role named earlier in the same text
_NOW_BY = re.compile(
    rf"(?:现由|改由|改为由|今后由){_OWN}?的?{_WHO}(?:同志|老师)?{_NOTE}(?:担任|负责)"
)
_FORMER_RE = re.compile(rf"(?:原|前任|之前的)(?:活动周)?{_ROLE}")


_OWN_START = re.compile(rf"^{_OWN}的?")


def _labelled(m: re.Match[str]) -> str:
    who = _OWN_START.sub("", m.group("who")) or m.group("who")  # "学校办公室主任韩冬梅"
    return f"联络员:{who}{m.group('note') or ''}"  # the text is NFKC already: ASCII colon


def appointed_sentences(text: str) -> str:
    """`text` with "由X担任联络员" sentences in the "联络员：X" form, and 原联络员 neutralised."""
    if "联" not in text and "信息员" not in text and "对接" not in text:
        return text
    had_role = re.search(_ROLE, text) is not None
    text = _FORMER_RE.sub("原任", text)
    for pattern in _PATTERNS:
        text = pattern.sub(_labelled, text)
    if had_role:
        text = _NOW_BY.sub(_labelled, text)
    return text
