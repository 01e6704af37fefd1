"""People out of the fields prose gives: items grouped into drafts, one per person, and
the liaison told from the people listed beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.contacts.fields import _Draft, _Item


def _group(items: Sequence[_Item]) -> list[_Draft]:
    """Group items into people: a gap of lines or a repeated field starts the next one."""
    drafts: list[_Draft] = []
    current = _Draft()
    for it in sorted(items, key=lambda i: i.pos):
        if current.values and it.line - current.last_line > 3:
            drafts.append(current)
            current = _Draft()
        if (
            it.kind == "name"
            and set(current.values) == {"position"}
            and "position" in current.guessed
            and it.line > current.last_line
        ):
            current = _Draft()  # a title guessed on a line above ("成员：各处室主任") is not theirs
        # a labelled value where only a guess stood replaces the guess (`_Draft.add`)
        replaces = it.labelled and it.kind != "name" and it.kind in current.guessed
        if current.has(it.kind) and it.value not in current.values[it.kind] and not replaces:
            # "分管领导：张三 联络员：李四": a name under another role is another person
            other_role = it.kind == "name" and it.role != current.role
            complete_enough = current.has_reach or (current.labelled >= 2 and it.labelled)
            if current.has("name") and (complete_enough or other_role):
                drafts.append(current)
                unit = current.values.get("unit")
                current = _Draft()
                if unit and it.kind != "unit":
                    current.add("unit", unit[0], it.line)
            elif it.kind == "name" and (it.labelled or current.labelled == 0):
                # A salutation ("张老师：") or a stray name before the real one: replace it.
                del current.values["name"]
                current.role = ""
        current.add(it.kind, it.value, it.line, it.labelled, it.role)
    drafts.append(current)
    return drafts


# "赵倩 手机… 邮箱…（联络员）": a person's line marked as the liaison's, among others.
_LIAISON_MARK_RE = re.compile(r"\((?:联络员|信息员)\)(?![ \t]*:)")


def _mark_liaison(t: str, drafts: list[_Draft]) -> list[_Draft]:
    """When lines mark one person as the liaison, that person is, and the others listed
    beside them without a role are not (a 科长 above the 干事 who is the liaison). In a
    list of leaders (组长：书记 郑永刚 院长 田丰) beside a named liaison, the people of the
    list without a role of their own are leaders too."""
    roles = {d.role for d in drafts}
    if {"liaison", "leader"} <= roles:
        for d in drafts:
            if not d.role:
                d.role = "leader"
        return drafts
    if "(" not in t or len(drafts) < 2:
        return drafts
    marked = {t.count("\n", 0, m.start()) for m in _LIAISON_MARK_RE.finditer(t)}
    if not marked:
        return drafts
    chosen = [
        d for d in drafts if d.has("name") and any(d.line <= n <= d.last_line for n in marked)
    ]
    if len(chosen) != 1:
        return drafts
    for d in drafts:
        if d is chosen[0]:
            d.role = "liaison"
        elif not d.role:
            d.role = "leader"
    return drafts
