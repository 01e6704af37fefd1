"""The labels that name contact fields in headers, key/value cells and prose, and the role
words that tell a leader or a form's filler from the liaison.

    _label_kind("电子邮箱（必填）：") -> "email"      label_kind("联系人及电话") -> "mixed"
    label_role("分管领导")            -> "leader"     label_role("填表人") -> "filler"
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from parsers.normalize import compact

# --- labels ---------------------------------------------------------------------------------

# Field kinds: "tel" is a generic telephone column whose values decide mobile vs landline.
_LABELS: dict[str, tuple[str, ...]] = {
    "unit": (
        "工作单位",
        "单位名称",
        "所在单位",
        "所在学校",
        "所属学校",
        "所属单位",
        "学校名称",
        "报送单位",
        "填报单位",
        "单位全称",
        "单位",
        "学校",
    ),
    "name": (
        "联系人姓名",
        "联络员姓名",
        "联络人姓名",
        "联系人",
        "联络员",
        "联络人",
        "姓名",
        "名字",
    ),
    "position": ("职务职称", "职务", "职称", "职位", "岗位"),
    "email": (
        "电子邮箱地址",
        "电子邮箱",
        "邮箱地址",
        "电子信箱",
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
# Role words. Strong ones are never a position value, so they are labels anywhere (a name
# follows them). Weak ones are positions too ("校长" in a 职务 cell): they are labels only
# with a colon in prose, or as a row label in a table.
_LEADER_LABELS = (
    "分管领导",
    "主管领导",
    "分管校领导",
    "分管校长",
    "分管副校长",
    "分管局长",
    "分管副局长",
    "分管负责人",
    "主要负责人",
    "单位负责人",
    "学校负责人",
    "主管负责人",
)
_FILLER_LABELS = ("填表人", "填报人", "审核人", "制表人", "统计人")
_WEAK_LEADER_LABELS = (
    "负责人",
    "校长",
    "副校长",
    "局长",
    "副局长",
    "科长",
    "副科长",
    "股长",
    "院长",
    "副院长",
    "书记",
    "领导",
)
# A working group's roles (领导小组: 组长, 副组长, 成员): its members are no liaison. Weak
# labels like the titles above; in a 职务 cell they name the role, not a position.
GROUP_LABELS = ("组长", "副组长", "成员", "组员")
_WEAK_LEADER_LABELS = (*_WEAK_LEADER_LABELS, *GROUP_LABELS)
_ROLE_OF: dict[str, str] = {
    **{w: "leader" for w in (*_LEADER_LABELS, *_WEAK_LEADER_LABELS)},
    **{w: "filler" for w in _FILLER_LABELS},
    "联络员": "liaison",
    "联络人": "liaison",
    "信息员": "liaison",
}
_ROLE_WORDS = sorted(_ROLE_OF, key=len, reverse=True)
_WEAK_LABELS = frozenset(_WEAK_LEADER_LABELS)
_LABELS["name"] = (
    *_LABELS["name"],
    *_LEADER_LABELS,
    *_FILLER_LABELS,
    *_WEAK_LEADER_LABELS,
    *(f"{w}姓名" for w in (*_LEADER_LABELS, *_FILLER_LABELS, "联络员")),
)
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
    ("联络人", "name"),
    ("邮箱", "email"),
    ("邮件", "email"),
    ("信箱", "email"),
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


_WEB_LABEL = re.compile(r"网址|网站|主页|网页|专栏|链接|公众号")

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
        if kind and part not in _WEAK_LABELS:
            return kind
    for word in _ROLE_WORDS:
        # "分管领导手机", "联络员邮箱": the field is what follows the role word
        if c.startswith(word) and len(c) > len(word) and word not in _WEAK_LABELS:
            return _label_kind(c[len(word) :])
    if _WEB_LABEL.search(c):
        return None  # "学校网址", "单位主页": the unit's web address, no contact field
    if len(c) <= 10:
        # 单位/学校 name a field only at the start ("学校名称"); at the end they end a unit's
        # own name ("泰安市文化艺术学校"), a value.
        kinds = {
            kind
            for word, kind in _CONTAINED
            if word in c and (kind != "unit" or c.startswith(word) or "联系人" in c)
        }
        if kinds == {"unit", "name"}:
            return "name"  # "单位联系人": the unit's contact person
        if kinds and kinds <= {"mobile", "tel"}:
            return "mobile" if kinds == {"mobile"} else "tel"
        if len(kinds) == 1:
            return kinds.pop()
        if len(kinds) > 1 and kinds <= {"name", "position", "email", "mobile", "tel"}:
            return "mixed"  # "联系人及电话", "手机/邮箱": the values say which is which
    return None


@lru_cache(maxsize=8192)
def _label_role(cell: str) -> str:
    """The role a label or row-label cell names: "leader", "filler", "liaison" or ""."""
    if len(cell) > 30:
        return ""
    c = re.sub(r"\([^)]*\)|\[[^\]]*\]|[*:：#]|\d", "", compact(cell))
    if not c:
        return ""
    if c in _ROLE_OF:
        return _ROLE_OF[c]
    named = {_ROLE_OF[w] for w in _ROLE_WORDS if w in c and w not in _WEAK_LABELS}
    if len(named) > 1:
        return ""  # "分管领导及联络员信息表": a title naming both, not one person's label
    for word in _ROLE_WORDS:
        if c.startswith(word) and word not in _WEAK_LABELS:
            return _ROLE_OF[word]
    return ""


def _row_role(cells: Sequence[str]) -> str:
    """The role a table row's label cells name (the first one found), else ""."""
    for cell in cells:
        role = _label_role(cell)
        if role:
            return role
    return ""
