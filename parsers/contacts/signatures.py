"""Mail signatures: values nobody labelled (emails, numbers) and name, position and unit
guessed from short lines::

    张三
    办公室主任
    泰安市岱岳区职业教育中心
    13805381234
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

from parsers.contacts.fields import _EMAIL_FIND_RE, _LANDLINE_FIND_RE, _MOBILE_FIND_RE, _Item
from parsers.contacts.words import (
    _DEPARTMENT_RE,
    _is_name_guess,
    _is_position_guess,
    _is_unit_guess,
    _split_name_run,
    split_unit_position,
)


def _unlabelled_items(
    t: str, line_of: Sequence[int], covered: list[bool]
) -> tuple[list[_Item], list[tuple[int, int]]]:
    """Emails and numbers nobody labelled (signatures, "张三 13805381234")."""
    items: list[_Item] = []
    spans: list[tuple[int, int]] = []
    for regex, kind in ((_EMAIL_FIND_RE, "email"), (_MOBILE_FIND_RE, "mobile")):
        if kind == "email" and "@" not in t:
            continue  # no address without one; scanning for them costs as much as the rest
        for m in regex.finditer(t):
            if any(covered[m.start() : m.end()]):
                continue
            items.append(_Item(m.start(), line_of[m.start()], kind, m.group(0), False))
            spans.append((m.start(), m.end()))
            for p in range(m.start(), m.end()):
                covered[p] = True
    for m in _LANDLINE_FIND_RE.finditer(t):
        if not any(covered[m.start() : m.end()]):
            items.append(_Item(m.start(), line_of[m.start()], "phone", m.group(0), False))
            spans.append((m.start(), m.end()))
    return items, spans


# How a mail addresses its reader in its first words: "王老师，", "各位领导，".
_ADDRESSED = ("老师", "领导", "同志", "主任", "科长", "处长", "局长", "校长")


def _masked(t: str, covered: Sequence[bool]) -> str:
    """`t` with every covered character a space, built run by run (not a character at a
    time: this ran over every character of every body)."""
    out: list[str] = []
    pos = 0
    for flag, run in groupby(covered[: len(t)]):
        n = len(list(run))
        out.append(" " * n if flag else t[pos : pos + n])
        pos += n
    return "".join(out) + t[pos:]


def _guessed_items(t: str, covered: Sequence[bool]) -> list[_Item]:
    """Name, position and unit guessed from short lines (a signature block)."""
    items: list[_Item] = []
    offset = 0
    lines = t.split("\n")
    opening = next((n for n, line in enumerate(lines) if line.strip()), -1)
    hidden = _masked(t, covered)
    for line_no, line in enumerate(lines):
        masked = hidden[offset : offset + len(line)]
        if line_no == opening and line.rstrip().endswith((":", "：")):
            offset += len(line) + 1
            continue  # "郝科长、田科长：": the salutation names the recipients
        department = ""  # "综合科 科员": a department, then its title, is one position
        # short once its labelled values are hidden: "职成科干事  赵倩  手机… 邮箱…"
        if len(line.strip()) <= 40 or len("".join(masked.split())) <= 24:
            for tok in re.finditer(r"[^\s,;:|/()<>\[\]“”\"'。，；：、!?！？]+", masked):
                token = tok.group(0)
                if token.endswith(("同志", "老师")) and _is_name_guess(token[:-2]):
                    token = token[:-2]  # "王晓东同志手机…": the name before its honorific
                kind = (
                    "name"
                    if _is_name_guess(token)
                    else "position"
                    if _is_position_guess(token)
                    else "unit"
                    if _is_unit_guess(token)
                    else None
                )
                after = line[tok.end() :].lstrip()
                if after.startswith((":", "您好", "你好", "好")):
                    continue  # a salutation ("王老师：", "张主任您好") names the recipient
                if line_no == opening and after.startswith(",") and token.endswith(_ADDRESSED):
                    continue  # the mail's opening words ("职成高教科老师，上午漏写了…")
                pos = offset + tok.start()
                split = _split_name_run(token) if kind != "unit" else None
                glued = split_unit_position(token) if kind != "name" and not split else None
                if glued:  # "泰山职业技术学院党委宣传部副部长": unit and position
                    items.append(_Item(pos, line_no, "unit", glued[0], False))
                    items.append(_Item(pos, line_no, "position", glued[1], False))
                elif split:
                    items.append(_Item(pos, line_no, "name", split[0], False))
                    if split[1]:
                        items.append(_Item(pos, line_no, "position", split[1], False))
                elif (
                    kind == "position" and department and line[: tok.start()].strip() == department
                ):
                    items.append(_Item(offset, line_no, kind, department + token, False))
                elif kind:
                    items.append(_Item(pos, line_no, kind, token, False))
                department = token if kind is None and _DEPARTMENT_RE.fullmatch(token) else ""
        offset += len(line) + 1
    return items
