"""The labels that name contact fields in headers, key/value cells and prose, and the role
words that tell a leader or a form's filler from the liaison.

    _label_kind("电子邮箱（必填）：") -> "email"      label_kind("联系人及电话") -> "mixed"
    label_role("分管领导")            -> "leader"     label_role("填表人") -> "filler"
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.normalize import compact

# --- labels ---------------------------------------------------------------------------------

# Field kinds: "tel" is a generic telephone column whose values decide mobile vs landline.
_LABELS: dict[str, tuple[str, ...]] = {
    "unit": (
        "工作单位",
        "单位名称",
        "所在单位",
        "学校名称",
        "报送单位",
        "填报单位",
        "单位全称",
        "单位",
        "学校",
    ),
    "name": ("联系人姓名", "联络员姓名", "联系人", "联络员", "姓名", "名字"),
    "position": ("职务职称", "职务", "职称", "职位", "岗位"),
    "email": (
        "电子邮箱地址",
        "电子邮箱",
        "邮箱地址",
        "电子邮件",
        "邮件地址",
        "qq邮箱",
        "邮箱",
        "邮件",
        "e-mail",
        "email",
        "mail",
    ),
    "mobile": ("手机号码", "手机号", "移动电话", "手机", "mobile", "mob"),
    "tel": ("联系电话", "电话号码", "联系方式", "联系方法", "电话", "tel", "phone"),
    "phone": ("办公室电话", "办公电话", "固定电话", "座机", "固话"),
}
_LABEL_KIND: dict[str, str] = {label: kind for kind, labels in _LABELS.items() for label in labels}
_ALL_LABELS = sorted(_LABEL_KIND, key=len, reverse=True)
# ASCII labels must not be part of a longer word ("gmail", "iphone", "hotel").
# The leading lookahead on the labels' first characters changes no match, but lets most
# positions fail at once instead of trying every label in turn (6x faster on prose).
_LABEL_RE = re.compile(
    "(?=["
    + "".join(sorted({re.escape(lb[0]) for lb in _ALL_LABELS}))
    + "])(?:"
    + "|".join(
        rf"(?<![A-Za-z0-9]){re.escape(lb)}(?![A-Za-z])" if lb.isascii() else re.escape(lb)
        for lb in _ALL_LABELS
    )
    + ")",
    re.IGNORECASE,
)

# Words whose presence in a longer header names a field ("联系人及电话", "E-mail地址").
_CONTAINED: tuple[tuple[str, str], ...] = (
    ("姓名", "name"),
    ("联系人", "name"),
    ("联络员", "name"),
    ("邮箱", "email"),
    ("邮件", "email"),
    ("mail", "email"),
    ("手机", "mobile"),
    ("移动电话", "mobile"),
    ("电话", "tel"),
    ("联系方式", "tel"),
    ("职务", "position"),
    ("职称", "position"),
    ("职位", "position"),
    ("单位", "unit"),
    ("学校", "unit"),
)


_PERSON_WORDS = frozenset({"负责人", "填表人", "填报人", "经办人", "责任人"})

# Delimiters that end a free-text value (unit, position) in prose.
_DELIMS = ",;，；、。!?！？\n\t"


@lru_cache(maxsize=8192)
def _label_kind(cell: str) -> str | None:
    """The field kind a header/label cell names ("电子邮箱（必填）：" -> "email"), else None."""
    if len(cell) > 60 or not cell.strip() or cell.strip().isdigit():
        return None  # long text or a bare number never names a field
    c = compact(cell).lower()
    if not c or len(c) > 30:
        return None
    c = re.sub(r"\([^)]*\)|\[[^\]]*\]|[*:：#]", "", c)
    for part in re.split(r"[/|、]", c):
        kind = _LABEL_KIND.get(part)
        if kind:
            return kind
    if len(c) <= 10:
        kinds = {kind for word, kind in _CONTAINED if word in c}
        if kinds == {"unit", "name"}:
            return "name"  # "单位联系人": the unit's contact person
        if kinds and kinds <= {"mobile", "tel"}:
            return "mobile" if kinds == {"mobile"} else "tel"
        if len(kinds) == 1:
            return kinds.pop()
        if len(kinds) > 1 and kinds <= {"name", "position", "email", "mobile", "tel"}:
            return "mixed"  # "联系人及电话", "手机/邮箱": the values say which is which
    return None
