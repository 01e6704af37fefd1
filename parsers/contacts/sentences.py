"""Sentences that name the liaison after the person, the way official letters do, rewritten
into the labelled form the prose reader knows::

    由我校教务处副主任李明担任活动周联络员，联系电话…   ->  联络员：教务处副主任李明，联系电话…
    我局确定职成科科长王刚同志为活动周联络员（电话：…） ->  联络员：职成科科长王刚（电话：…）
    联络员由市教体局职成科干事郑昇同志担任（手机：…）   ->  联络员：市教体局职成科干事郑昇（…）
    学校办公室主任韩冬梅同志负责与市局对接，电话…       ->  联络员：学校办公室主任韩冬梅，电话…
    原联络员张三因工作调整，现由李四（团委书记，…）担任
        -> 原任张三因工作调整，联络员：李四（团委书记，…）
    昨天漏写了职务，赵国庆是我局职成科副科长   ->  …，联络员：赵国庆，职务：职成科副科长
    联络员由袁立波同志变更为张慧同志（职成科副科长），手机…
        -> 原任袁立波变更，联络员：张慧（职成科副科长），手机…
    联络员由县教体局职成股股长\n马晓东  手机：…\n担任。
        -> 联络员：县教体局职成股股长马晓东  手机：…

The former liaison of a change (原联络员) is no contact: its label is neutralised.
"""

from __future__ import annotations

import re

from parsers.contacts.words import _HAN, _is_name_guess, _looks_like_position

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
    re.compile(rf"{_WHO}(?:同志|老师){_NOTE}(?:担任|作为|为|任){_FOR}"),
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
# a change in one sentence: "联络员由袁立波同志变更为张慧同志（职成科副科长）"
_CHANGED_TO = re.compile(
    rf"(?:{_ROLE})?由(?P<old>[{_HAN}]{{2,4}}?)(?:同志|老师)?(?:变更|更换|调整|更改|改)为"
    rf"{_OWN}?的?{_WHO}(?:同志|老师)?{_NOTE}(?=[,，。;；\s(（]|$)"
)
# a follow-up giving the position it left out: "昨天漏写了职务，赵国庆是我局职成科副科长"
_LEFT_OUT = re.compile(
    r"(?:漏写|漏填|漏报|漏了|补充|补报|更正|忘记|忘了|没写|未填)[^。\n]{0,6}职务"
)
_POSITION_OF = re.compile(
    rf"(?P<who>[{_HAN}]{{2,4}})(?:同志|老师)?(?:是|为|任){_OWN}?的?(?P<pos>[{_HAN}]{{2,15}})"
    r"(?=[,，。;；\s]|$)"
)
# "漏了职务：吴倩，教务处科员": the name, then the position it left out
_POSITION_AFTER = re.compile(
    rf"职务[:：]\s*(?P<who>[{_HAN}]{{2,4}})[,，、\s]+(?P<pos>[{_HAN}]{{2,15}})(?=[,，。;；\s]|$)"
)
_FORMER_RE = re.compile(rf"(?:原|前任|之前的)(?:活动周)?{_ROLE}")


_OWN_START = re.compile(rf"^{_OWN}的?")


def _labelled(m: re.Match[str]) -> str:
    who = _OWN_START.sub("", m.group("who")) or m.group("who")  # "学校办公室主任韩冬梅"
    note = m.group("note") or ""
    # "（党委宣传部干事，手机…，邮箱…）": the position in brackets, the numbers after it
    first, sep, rest = note[1:-1].partition("，") if note else ("", "", "")
    if not sep:
        first, sep, rest = note[1:-1].partition(",")
    if sep and first and not re.search(r"[\d@:：]", first):
        note = f"({first}),{rest}"
    return f"联络员:{who}{note}"  # the text is NFKC already: ASCII colon


def _position_given(m: re.Match[str]) -> str:
    who, position = m.group("who"), m.group("pos")
    if _is_name_guess(who) and _looks_like_position(position) and not position.endswith("老师"):
        return f"联络员:{who},职务:{position}"  # both labelled: a follow-up of two fields
    return m.group(0)


# "联络员由县教体局职成股股长\n马晓东  手机：…  邮箱：…\n担任。": one sentence broken over
# three lines around the person's numbers
_BROKEN_BY = re.compile(
    rf"{_ROLE}由{_OWN}?的?(?P<who>[{_HAN}]{{2,20}})[ \t]*\n(?P<rest>[^\n]{{2,120}})\n[ \t]*"
    r"(?:担任|负责)(?=[。.，,\s]|$)"
)


def _joined(m: re.Match[str]) -> str:
    return f"联络员:{m.group('who')}{m.group('rest')}\n\n"  # the line count kept


def _changed(m: re.Match[str]) -> str:
    return f"原任{m.group('old')}变更，{_labelled(m)}"


def appointed_sentences(text: str) -> str:
    """`text` with "由X担任联络员" sentences in the "联络员：X" form, and 原联络员 neutralised."""
    if "联" not in text and "信息员" not in text and "对接" not in text and "职务" not in text:
        return text
    had_role = re.search(_ROLE, text) is not None
    text = _FORMER_RE.sub("原任", text)
    if had_role:
        text = _CHANGED_TO.sub(_changed, text)
        text = _BROKEN_BY.sub(_joined, text)
    for pattern in _PATTERNS:
        text = pattern.sub(_labelled, text)
    if had_role:
        text = _NOW_BY.sub(_labelled, text)
    if _LEFT_OUT.search(text):
        text = _POSITION_OF.sub(_position_given, text)
        text = _POSITION_AFTER.sub(_position_given, text)
    return text
