"""Prose and key-per-line text: ``联系人：张三，职务：办公室主任，手机：138 0538 1234``.

Labelled values first, then what signatures give (`signatures`), grouped into people.
Schools also write the position after the name without a label (``联络员：刘晓燕，职业与
成人教育科科员``, ``联络员：周婷 职成股工作人员``, ``我校联络员宋佳（办公室主任）``) and
a note before the colon (``填表人（联络员）：``); such a guessed position is kept only when
it reads as one, and a labelled value later in the text replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from parsers.contacts.fields import (
    _ADDRESS_START_RE,
    _DOTTED_START_RE,
    _EMAIL_FIND_RE,
    _SEP_RE,
    _VALUE_NUMBER_RE,
    _dedupe,
    _Draft,
    _Item,
    _to_contact,
)
from parsers.contacts.labels import (
    _DELIMS,
    _LABEL_KIND,
    _LABEL_RE,
    _ROLE_OF,
    _WEAK_LABELS,
    _label_role,
)
from parsers.contacts.people import _group, _mark_liaison
from parsers.contacts.sentences import appointed_sentences
from parsers.contacts.signatures import _guessed_items, _unlabelled_items
from parsers.contacts.words import (
    _AFTER_LABEL_WORDS,
    _COMPOUND_SURNAMES,
    _DEPARTMENT_RE,
    _HAN,
    _NOT_NAMES,
    _POSITION_SUFFIXES,
    _is_name_guess,
    _is_unit_guess,
    _looks_like_position,
    _split_name_run,
    unit_before_position,
    without_department,
)
from parsers.model import Contact
from parsers.normalize import nfkc


def _free_value(text: str, start: int, stop: int, limit: int) -> str:
    """A unit/position value: up to a delimiter, the next label, or `limit` characters."""
    end = start
    while end < stop and text[end] not in _DELIMS:
        end += 1
    value = text[start:end].strip()
    return value if len(value) <= limit else ""


# A bracketed note between a label and its colon: "电子邮箱(必填):", "填表人(联络员):".
_NOTE_RE = re.compile(r"[ \t]*\(([^()\n:]{1,12})\)(?=[ \t]*:)")
# Verbs between a person label and the name, without a colon: "联络员变更为彭丽".
_NAME_LEAD_RE = re.compile(r"(?:已|现)?(?:变更|调整|更换|更改|改|确定|定)为[ \t]*")
# ... and a colon after that verb, the name possibly on the next line ("变更为：\n邱志强").
_LEAD_COLON_RE = re.compile(r"[ \t]*:[ \t]*\n?[ \t]*")
# What a person label's sentence says before its colon: "补充联络员信息：钱晓东".
_ABOUT_RE = re.compile(
    r"(?:的)?(?=[信情如名报])(?:信息|情况|名单)?(?:报告|报送|上报|汇报|告知)?(?:如下)?(?=[ \t]*:)"
)
# Honorifics written after a name: "马振华同志".
_HONORIFIC_END = ("同志",)
# Person labels that name someone even glued to the words before them ("我校联络员宋佳").
_PERSON_LABELS = frozenset({"联络员", "联系人", "联络人", "信息员"})

# A short Han word standing alone: at the end, before a delimiter or before the next label.
_STANDALONE_RE = re.compile(rf"[{_HAN}]{{2,4}}(?:$|[\s,;，；、。]|(?={_LABEL_RE.pattern}))", re.I)


def _labelled_items(t: str, line_of: Sequence[int]) -> tuple[list[_Item], list[tuple[int, int]]]:
    """Values that follow a label, and the spans they cover (labels included)."""
    # label start, value start, kind, colon, role, guarded (a name that must stand alone)
    accepted: list[tuple[int, int, str, bool, str, bool]] = []
    label_spans: list[tuple[int, int]] = []
    for m in _LABEL_RE.finditer(t):
        label = m.group(0).lower()
        kind = _LABEL_KIND[label]
        # "电子邮箱(必填):", "填表人(联络员):": a bracketed note between label and colon
        note = _NOTE_RE.match(t, m.end())
        about = _ABOUT_RE.match(t, m.end()) if kind == "name" and not note else None
        sep = _SEP_RE.match(t, note.end() if note else about.end() if about else m.end())
        vstart = sep.end() if sep else m.end()
        colon = bool(sep and sep.group(0).strip())
        lead = None if colon or kind != "name" else _NAME_LEAD_RE.match(t, vstart)
        if lead:
            vstart = lead.end()  # "联络员变更为彭丽": a verb before the name, no colon
            after_verb = _LEAD_COLON_RE.match(t, vstart)
            if after_verb and after_verb.group(0).strip(" \t"):
                vstart, colon, lead = after_verb.end(), True, None  # "变更为：\n邱志强"
        if label in _WEAK_LABELS and not (colon and ":" in sep.group(0)):
            continue  # "校长" without a colon is a position ("王五 副校长"), not a label
        spaced = vstart > m.end()
        nxt = t[vstart : vstart + 1]
        prev = t[m.start() - 1 : m.start()]
        han_before = bool(prev) and bool(re.match(rf"[{_HAN}]", prev))
        if kind in ("mobile", "tel", "phone"):
            ok = bool(nxt) and (nxt.isdigit() or nxt in "+(")
        elif kind == "email":
            # "邮箱 zs163.com": an address-like token after a space is kept (and flagged).
            ok = colon or bool(_ADDRESS_START_RE.match(t, vstart))
            ok = ok or (spaced and bool(_DOTTED_START_RE.match(t, vstart)))
        elif kind == "name":
            # "我校活动周联络员宋佳(办公室主任)": a person label glued to the words before
            # it still names the person when a real-looking name stands alone after it
            glued = han_before and label not in _PERSON_LABELS
            ok = colon or (not glued and bool(re.match(rf"[{_HAN}]", nxt)))
        else:
            ok = colon or (not han_before and spaced and nxt not in _DELIMS)
        # A label followed by another label is a header line, not a value.
        ok = ok and not (kind not in ("mobile", "tel", "phone") and _LABEL_RE.match(t, vstart))
        # a name glued to what precedes its label must stand alone ("联络员宋佳,")
        guarded = kind == "name" and not colon and (han_before or bool(lead))
        if ok:
            role = _ROLE_OF.get(label) or _ROLE_OF.get(label.removesuffix("姓名"), "")
            # "填表人(联络员)": the note says which role the person has
            role = (_label_role(note.group(1)) if note else "") or role
            accepted.append((m.start(), vstart, kind, colon, role, guarded))
        if (ok and not (guarded and han_before)) or colon or not han_before:
            # Hide the label from the signature guesses, unless it ends a longer word
            # ("泰安市文化艺术学校" must stay whole to be recognised as a unit).
            label_spans.append((m.start(), m.end()))
    items: list[_Item] = []
    spans = list(label_spans)
    for idx, (lstart, vstart, kind, colon, role, guarded) in enumerate(accepted):
        stop = accepted[idx + 1][0] if idx + 1 < len(accepted) else len(t)
        nl = t.find("\n", vstart)
        stop = min(stop, nl) if nl >= 0 else stop
        line = line_of[lstart]
        vend = vstart
        if kind in ("mobile", "tel", "phone"):
            m = _VALUE_NUMBER_RE.match(t, vstart, stop)
            if m:
                items.append(_Item(vstart, line, kind, m.group(0), True))
                vend = m.end()
        elif kind == "email":
            m = re.match(r"[^\s,;，；、]+", t[vstart:stop])
            if m:
                # "zs@qq.com(常用)": keep the address, not what is glued to it.
                address = _EMAIL_FIND_RE.search(m.group(0))
                value = address.group(0) if address else m.group(0)
                items.append(_Item(vstart, line, kind, value, True))
                vend = vstart + m.end()
        elif kind == "name":
            # "姓名 阎健": after 姓名 a short word standing alone is the name, whatever the
            # surname; after 联系人 it must look like one ("联系人名单" is not).
            strong = label.endswith(("姓名", "名字")) and bool(_STANDALONE_RE.match(t, vstart))
            vend = _name_value(t, vstart, stop, colon or strong, line, items, role, guarded)
        else:
            value = _free_value(t, vstart, stop, 20 if kind == "position" else 50)
            if value:
                items.append(_Item(vstart, line, kind, value, True))
                vend = vstart + len(t[vstart:stop]) - len(t[vstart:stop].lstrip()) + len(value)
        if guarded and vend == vstart:
            continue  # no name stood alone after it: the label stays part of its words
        spans.append((lstart, max(vend, vstart)))
    return items, spans


def _name_value(
    t: str,
    vstart: int,
    stop: int,
    colon: bool,
    line: int,
    items: list[_Item],
    role: str = "",
    guarded: bool = False,
) -> int:
    """Read a name after its label (and a position after it); return the end.

    `guarded`: the label had no colon and was glued to the words before it ("我校联络员宋佳"),
    so the name must stand alone (a word, a bracket or a number follows it, not more Han).
    """
    segment = t[vstart:stop]
    m = re.match(rf"[{_HAN}](?:[ ]{{0,3}}[{_HAN}·])*", segment)
    if m:
        run = m.group(0)
        # "泰山区教育和体育局职成科  王丽娟  科长": words apart by one space or a few
        lead = _leading_words([(w.group(1), len(w.group(0))) for w in re.finditer(r"(\S+) *", run)])
        if lead:
            # "变更为：山东泰山技工学校 孟庆军 教务科副科长", "联系人：肥城职专 办公室 孔德胜",
            # "联络员：泰山区职专 办公室主任 褚红梅": the unit (department, position) first
            items.extend(_Item(vstart, line, k, value, False) for k, value, _ in lead if k)
            skip = sum(width for _, _, width in lead)
            before = len(items)
            end = _name_value(t, vstart + skip, stop, colon, line, items, role, guarded)
            department = next((v for k, v, _ in lead if not k and v), "")
            for n in range(before, len(items)):
                it = items[n]
                if (
                    department
                    and it.kind == "position"
                    and not _names_department(it.value, department)
                ):
                    # "职成科 孙海燕 副科长": the title after the name is the department's
                    items[n] = replace(it, value=department + it.value)
                    break
            return end
        whole = run.split(" ")[0]
        glued = _unit_then_name(whole) if len(whole) >= 6 else None
        if glued:  # "…职业中等专业学校办公室主任冯雪": 学校 inside is no label
            run = whole
        # the next label ends the name; a weak one ("科长" in "宣传科科长") is a position
        cut = (
            None
            if glued
            else next((c for c in _LABEL_RE.finditer(run) if c.group(0) not in _WEAK_LABELS), None)
        )
        if cut:
            run = run[: cut.start()]
        words = [w for w in run.split(" ") if w]
        if len(words) > 1 and len(words[0]) >= 2 and len(words[1]) >= 2:
            run = words[0]  # "周婷 职成股工作人员": a space ends a name (not "王 小明")
        name = run.replace(" ", "")
        if name.endswith(_HONORIFIC_END) and len(name) >= 4:
            name = name[:-2]  # "马振华同志": the name without its honorific
        if name.endswith("老师") and 2 <= len(name) - 2 <= 3 and _is_name_guess(name[:-2]):
            name = name[:-2]  # "赵刚老师（教务处副主任）": an address, the position follows
        if name.endswith("的") and len(name) >= 3:
            name = name[:-1]  # "联络员周蕾的邮箱是…": the name, not its possessive
        if guarded and not cut and re.match(rf"[{_HAN}]", segment[len(run) : len(run) + 1]):
            return vstart  # "联络员应及时报送": no name stands alone after the label
        glued = glued or _unit_then_name(name)
        if glued:  # "联络员：东平职教中心冯雪，教务处主任": the unit glued to the name
            unit, position, person = glued
            items.append(_Item(vstart, line, "unit", unit, False))
            if position:  # "…职业中等专业学校办公室主任冯雪"
                items.append(_Item(vstart, line, "position", position, False))
            items.append(_Item(vstart + len(name) - len(person), line, "name", person, True, role))
            return _after_name(t, vstart + len(run), stop, line, items)
        split = _split_name_run(name) if len(name) >= 4 and "·" not in name else None
        if split:
            # "联络员为办公室刘洋老师", "联系人：张三办公室主任": name and position glued.
            items.append(_Item(vstart, line, "name", split[0], True, role))
            end = vstart + len(run)
            bracketed = _BRACKETED_RE.match(t, end, stop)
            if bracketed and _looks_like_position(bracketed.group(1).strip()):
                # "赵明主任（县教体局职成教股股长）": the title addresses him, the bracket says it
                items.append(_Item(end, line, "position", bracketed.group(1).strip(), True))
                return bracketed.end()
            if split[1]:
                items.append(_Item(vstart, line, "position", split[1], True))
            return end
        if not (2 <= len(name) <= 5 or (colon and "·" in name)) or name in _NOT_NAMES:
            return vstart
        if len(name) >= 4 and name.endswith(_POSITION_SUFFIXES) and not _is_name_guess(name):
            return vstart  # "成员：各处室主任": a title, nobody's name
        # Without a colon ("联络员信息表", "联系人名单") only a real-looking name counts.
        if not colon and (not _is_name_guess(name) or name.startswith(_AFTER_LABEL_WORDS)):
            return vstart
        if guarded and len(name) > 3 and name[:2] not in _COMPOUND_SURNAMES:
            return vstart  # "学校联系人张三负责": a name glued to a verb, not a 4-letter name
        items.append(_Item(vstart, line, "name", name, True, role))
        return _after_name(t, vstart + len(run), stop, line, items)
    if colon:
        latin = re.match(r"[A-Za-z][A-Za-z .'\-]{1,40}", segment)
        if latin:
            value = latin.group(0).strip()
            items.append(_Item(vstart, line, "name", value, True, role))
            return vstart + len(value)
    return vstart


def _unit_then_name(run: str) -> tuple[str, str, str] | None:
    """ "东平职教中心冯雪" -> ("东平职教中心", "", "冯雪"): a unit's name, then a person's;
    "…学校办公室主任冯雪" -> (unit, "办公室主任", "冯雪") with the position between."""
    for n in (2, 3):
        unit, person = run[:-n], run[-n:]
        if len(unit) < 4 or not _is_name_guess(person):
            continue
        if _is_unit_guess(unit):
            return unit, "", person
        titled = unit_before_position(unit)
        if titled is not None:
            return titled[0], titled[1], person
    return None


def _names_department(position: str, department: str) -> bool:
    """Whether a position already names the department (党委宣传部 + "宣传部副部长")."""
    return any(position.startswith(department[i:]) for i in range(len(department) - 1))


def _leading_words(spaced: Sequence[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """The unit, department and position words written before the name, space separated
    ((word, width with its spaces) each), as (kind, value, width); [] unless a name follows
    them. A department right before a position is part of it ("宣传部 干事" -> 宣传部干事);
    one alone is no field ("肥城职专 办公室 孔德胜（副主任）"): it is skipped (kind "")."""
    words = [w for w, _ in spaced]
    if len(words) < 2:
        return []
    lead: list[tuple[str, str, int]] = []
    used = 0  # words read
    for word, width in spaced[:-1]:
        if _is_name_guess(word):
            break
        unit = without_department(word)
        if _DEPARTMENT_RE.fullmatch(word):  # "党政办公室": a department, not a unit
            lead.append(("", word, width))
        elif not lead and (_is_unit_guess(word) or (unit != word and _is_unit_guess(unit))):
            lead.append(("unit", unit, width))
            if unit != word:  # "宁阳职专教务处": the department stays for the position
                lead.append(("", word[len(unit) :], 0))
        elif not lead and (glued := unit_before_position(word)):
            lead += [("unit", glued[0], width), ("position", glued[1], 0)]
        elif _looks_like_position(word):
            value = word
            if lead and lead[-1][0] == "" and lead[-1][1]:  # "宣传部 干事": one position
                value = lead[-1][1] + word
                lead[-1] = ("", "", lead[-1][2])
            lead.append(("position", value, width))
        else:
            return []
        used += 1
        if used == 3:
            break
    if not lead or used >= len(words) or not _is_name_guess(words[used]):
        return []
    return lead


# What may follow a name before its unlabelled position: "张三(办公室主任)", "张三,办公室主任",
# "张三 职成股工作人员".
_BRACKETED_RE = re.compile(r"\s*\(([^()\d]{2,20})\)")
_AFTER_NAME_RE = re.compile(rf"[ \t]*[,、 ][ \t]*([{_HAN}]+)")


def _after_name(t: str, end: int, stop: int, line: int, items: list[_Item]) -> int:
    """Read the position (or unit) written right after a name without a label; return the end.

    Nothing labels it, so it is a guess: kept only when it reads as a position (ends like
    one, `_looks_like_position`) or, in brackets, as a unit; a labelled value later wins.
    """
    bracketed = _BRACKETED_RE.match(t, end, stop)
    if bracketed:
        value = bracketed.group(1).strip()
        if re.search(r"联络员|联络人", value) and items and items[-1].kind == "name":
            # "填表人：周敏（活动周联络员）": the filler says it is the liaison
            items[-1] = replace(items[-1], role="liaison")
            return bracketed.end()
        if _looks_like_position(value):
            items.append(_Item(end, line, "position", value, False))
            return bracketed.end()
        if _is_unit_guess(value):
            items.append(_Item(end, line, "unit", value, False))
            return bracketed.end()
        return end
    after = _AFTER_NAME_RE.match(t, end, stop)
    if after and after.group(1) in ("男", "女"):
        after = _AFTER_NAME_RE.match(t, after.end(), stop)  # "李明，男，教务处副主任"
    if not after:
        return end
    run = after.group(1)
    if not _looks_like_position(run):
        # "张三,职成股工作人员邮箱…": the position runs into the next label
        cut = next((c for c in _LABEL_RE.finditer(run) if c.group(0) not in _WEAK_LABELS), None)
        run = run[: cut.start()] if cut else ""
    if not run or not _looks_like_position(run):
        return end
    items.append(_Item(after.start(1), line, "position", run, False))
    return after.start(1) + len(run)


# "请与我校张三老师联系，电话…": the person to contact, named in the sentence itself.
_CONTACT_ME_RE = re.compile(
    rf"(?:与|找)(?:我校|我院|我局|我单位|本校|本单位|学校)?(?:的)?([{_HAN}]{{2,20}}?)"
    r"(?:老师|同志)?(?:联系|联络|对接)"
)


def _contact_me_items(t: str, line_of: Sequence[int], covered: Sequence[bool]) -> list[_Item]:
    """The name in "请与我校张三老师联系" (a common surname, nothing labelled there)."""
    if "联" not in t and "对接" not in t:
        return []
    items = []
    for m in _CONTACT_ME_RE.finditer(t):
        run, at = m.group(1), m.start(1)
        if any(covered[at : m.end(1)]):
            continue
        if _is_name_guess(run):  # "请与张三联系"
            items.append(_Item(at, line_of[at], "name", run, False, "liaison"))
            continue
        split = _split_name_run(run)  # "请与我院宣传部张立新老师联系": position, then name
        if split:
            items.append(_Item(at, line_of[at], "name", split[0], False, "liaison"))
            if split[1]:
                items.append(_Item(at, line_of[at], "position", split[1], False))
    return items


def _keep(draft: _Draft, labelled_only: bool = False) -> bool:
    """Emit only name-ish text with a way to reach the person (or a labelled name + more)."""
    if not draft.has("name") or (labelled_only and not draft.labelled):
        return False
    return draft.has_reach or draft.labelled >= 2


# Where a reply's quoted original begins: what follows is someone else's mail.
_REPLY_MARKER_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:原始邮件|original message)\s*-{2,}|.{0,80}(?:写道|wrote)\s*:\s*$)",
    re.IGNORECASE,
)
# Header lines of a quoted or forwarded mail carry the addresses of senders and recipients,
# not liaison data.
_HEADER_LINE_RE = re.compile(
    r"^\s*(?:>|(?:发件人|收件人|抄送|密送|主题|发送时间|日期|时间|from|to|cc|bcc|sent|date|subject)"
    r"\s*:)",
    re.IGNORECASE,
)


def _without_quoted_mail(t: str) -> str:
    """Cut a reply's quoted original and blank mail-header lines (line count kept)."""
    lines = t.split("\n")
    for i, line in enumerate(lines):
        # the patterns only on lines that hold what they need (most lines: none of it)
        if ("-" in line or "写道" in line or "wrote" in line.lower()) and _REPLY_MARKER_RE.match(
            line
        ):
            lines = lines[:i]
            break
    return "\n".join(
        "" if (":" in line or ">" in line) and _HEADER_LINE_RE.match(line) else line
        for line in lines
    )


# Forms pad short labels to one width: "姓    名：", "职  务:".
_SPACED_LABEL_RE = re.compile(rf"[{_HAN}](?:[ \t]+[{_HAN}]){{1,4}}(?=[ \t]*:)")
# What every such label holds, found from its rarer character (a space between two Han
# characters): most text has none, and _SPACED_LABEL_RE would be tried at every Han one.
_HAN_GAP_RE = re.compile(rf"[ \t](?<=[{_HAN}][ \t])[ \t]*[{_HAN}]")


def _join_label(m: re.Match[str]) -> str:
    joined = re.sub(r"[ \t]+", "", m.group(0))
    return joined if joined in _LABEL_KIND else m.group(0)


def contacts_in_text(text: str, source: str) -> tuple[Contact, ...]:
    """Contacts in prose, key-per-line text, a mail body or a signature; all get `source`."""
    return _text_contacts(text, source)


def _text_contacts(
    text: str, source: str, labelled_only: bool = False, role: str = "liaison"
) -> tuple[Contact, ...]:
    """Contacts in `text`; `role` for people no label gave a role (a form's footer: filler)."""
    t = _without_quoted_mail(nfkc(text).replace("\r\n", "\n").replace("\r", "\n"))
    t = appointed_sentences(t)
    if not t.isascii() and _HAN_GAP_RE.search(t):
        t = _SPACED_LABEL_RE.sub(_join_label, t)
    line_of: list[int] = []
    for n, line in enumerate(t.split("\n")):
        line_of.extend([n] * (len(line) + 1))
    line_of.append(line_of[-1] if line_of else 0)
    labelled, spans = _labelled_items(t, line_of)
    if labelled_only and not labelled:
        return ()
    covered = [False] * (len(t) + 1)
    for start, end in spans:
        for p in range(start, min(end, len(t))):
            covered[p] = True
    unlabelled, more = _unlabelled_items(t, line_of, covered)
    for start, end in more:
        for p in range(start, end):
            covered[p] = True
    guessed = _guessed_items(t, covered) + _contact_me_items(t, line_of, covered)
    drafts = _mark_liaison(t, _group([*labelled, *unlabelled, *guessed]))
    found = (_to_contact(d, source, role) for d in drafts if _keep(d, labelled_only))
    return _dedupe(c for c in found if c.name.value)  # a name that cleaned away: nobody
