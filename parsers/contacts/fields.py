"""Field values: telephone numbers, cleaned text, the per-contact draft and validation.

A draft gathers raw values by kind (unit, name, position, email, mobile, tel, phone,
mixed); `to_contact` validates them into a `Contact`::

    draft.add("tel", "13805381234 / 0538-7251234") -> mobile 13805381234, phone 0538-7251234
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parsers.contacts.labels import _DELIMS, _LABEL_RE
from parsers.contacts.words import (
    _HAN,
    _POSITION_SUFFIXES,
    split_unit_position,
    without_department,
)
from parsers.model import Contact, FieldValue, Table
from parsers.normalize import (
    is_email,
    is_mobile,
    is_phone,
    nfkc,
    normalize_email,
    normalize_mobile,
    normalize_phone,
)

_MISSING = {
    "unit": "缺少单位",
    "name": "缺少姓名",
    "position": "缺少职务",
    "email": "缺少邮箱",
    "mobile": "缺少手机号码",
}
_PLACEHOLDERS = {"", "无", "暂无", "没有", "空", "/", "-", "--", "—", "n/a", "na", "none", "略"}


_NAME_RE = re.compile(
    rf"[{_HAN}]{{2,5}}|[{_HAN}]{{1,6}}·[{_HAN}·]{{1,10}}|[A-Za-z][A-Za-z .'\-]{{1,40}}"
)


# --- field values ---------------------------------------------------------------------------

_NUMBER_RUN_RE = re.compile(r"\+?\(?\d(?:[\d \t\-()]|转|分机)*\d|\d")


def _split_run(run: str) -> list[str]:
    """Split a run like "13805381234 0538 6991449" that holds several numbers."""
    digits = re.sub(r"\D", "", run)
    tokens = run.split()
    if len(digits) <= 13 or len(tokens) < 2:
        return [run]
    pieces: list[str] = []
    acc = ""
    for tok in tokens:
        acc = f"{acc} {tok}".strip()
        if is_mobile(acc) or is_phone(acc):
            pieces.append(acc)
            acc = ""
    if acc:
        pieces.append(acc)
    return pieces


def _classify_number(piece: str, prefer: str) -> tuple[str, str]:
    """("mobile" | "phone", normalised value) for one telephone number as written."""
    if is_mobile(piece):
        return "mobile", normalize_mobile(piece)
    landline = normalize_phone(piece)
    if is_phone(piece):
        return "phone", landline
    stripped = piece.strip().lstrip("(")
    if stripped.startswith("0") and not stripped.startswith("00"):
        return "phone", landline
    mobile = normalize_mobile(piece)
    if len(mobile) >= 9 and mobile.startswith("1"):
        return "mobile", mobile
    if 7 <= len(mobile) <= 8:
        return "phone", landline  # a local landline without its area code
    return ("mobile" if prefer == "mobile" or len(mobile) >= 9 else "phone"), mobile


def _numbers(value: str, prefer: str) -> list[tuple[str, str]]:
    """Every telephone number in a cell or prose value, classified."""
    out: list[tuple[str, str]] = []
    for part in re.split(r"[/,;|、\n]|或|及", nfkc(value)):
        for run in _NUMBER_RUN_RE.finditer(part):
            for piece in _split_run(run.group(0)):
                out.append(_classify_number(piece, prefer))
    return out


def _clean(text: str) -> str:
    """NFKC, trimmed, with the padding spaces word processors put between Han characters."""
    s = nfkc(text).strip().strip(_DELIMS + " :")
    s = re.sub(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])", "", s)
    return re.sub(r"\s+", " ", s)


def _is_placeholder(text: str) -> bool:
    return _clean(text).lower() in _PLACEHOLDERS


@dataclass
class _Draft:
    """Raw values gathered for one contact before validation."""

    values: dict[str, list[str]] = field(default_factory=dict)
    line: int = 0  # first line (or row) where this contact's data appeared
    last_line: int = 0
    labelled: int = 0  # how many values came with an explicit label
    role: str = ""  # "leader", "filler", "liaison" when a label said so
    guessed: set[str] = field(default_factory=set)  # kinds holding only unlabelled values

    def add(
        self, kind: str, value: str, line: int = 0, labelled: bool = True, role: str = ""
    ) -> None:
        if not value.strip():
            return
        if role and not self.role:
            self.role = role
        if not self.values:
            self.line = line
        if labelled and kind in self.guessed:
            # A labelled value beats a guessed one ("我是…团委唐晓" before "职务 团委书记").
            self.values[kind] = []
            self.guessed.discard(kind)
        elif not labelled and not self.values.get(kind):
            self.guessed.add(kind)
        self.values.setdefault(kind, []).append(value)
        self.last_line = line
        self.labelled += int(labelled)

    def has(self, kind: str) -> bool:
        return bool(self.values.get(kind))

    @property
    def has_reach(self) -> bool:
        """Some way to reach the person was given (mobile, email or landline)."""
        return any(self.has(k) for k in ("mobile", "email", "tel", "phone"))


# "我校办公室副主任": the writer's "our school" is not part of a position
# "现任学校办公室主任", "男,教务处副主任": what a sentence says before the position
_OWN_PREFIX_RE = re.compile(
    r"^(?:[男女][,，、 ]+)?(?:现任|担任|任|系)?"
    r"(?:我校|我院|我局|我单位|本校|本院|本单位|学校|学院)?的?"
    r"(?:[市区县]?(?:教体局|教育局|教育和体育局)(?=..))?"
)


def _text_field(values: Sequence[str], kind: str) -> FieldValue:
    for raw in values:
        if not _is_placeholder(raw):
            value = _clean(raw)
            if kind == "position":
                value = _OWN_PREFIX_RE.sub("", value) or value
                glued = split_unit_position(value)
                if glued:  # "区教体局职成教科科长": the unit is its own field
                    value = glued[1]
            return FieldValue(value=value, valid=True)
    return FieldValue(problem=_MISSING[kind])


def _name_field(values: Sequence[str]) -> FieldValue:
    for raw in values:
        if _is_placeholder(raw):
            continue
        name = _clean(raw)
        if re.fullmatch(rf"[{_HAN}\s]+", name):
            name = re.sub(r"\s+", "", name)
            if len(name) >= 3 and name.endswith("的"):
                name = name[:-1]  # "陈晓的邮箱是…": the name, not its possessive
        if _NAME_RE.fullmatch(name):
            return FieldValue(value=name, valid=True)
        return FieldValue(value=name, valid=False, problem="姓名格式不正确")
    return FieldValue(problem=_MISSING["name"])


def _email_field(values: Sequence[str]) -> FieldValue:
    candidates = [normalize_email(v) for v in values if not _is_placeholder(v)]
    for c in candidates:
        if is_email(c):
            return FieldValue(value=c, valid=True)
    if candidates:
        return FieldValue(value=candidates[0], valid=False, problem="邮箱格式不正确")
    return FieldValue(problem=_MISSING["email"])


def _number_fields(draft: _Draft) -> tuple[FieldValue, FieldValue]:
    """(mobile, phone) from every number-bearing value of the draft."""
    numbers: list[tuple[str, str]] = []
    for kind in ("mobile", "tel", "phone"):
        for raw in draft.values.get(kind, ()):
            if _is_placeholder(raw):
                continue
            found = _numbers(
                raw, "phone" if kind == "phone" else "mobile" if kind == "mobile" else ""
            )
            if not found and re.search(r"\w", raw):
                # Words where a number belongs ("见上", "电话同上"): keep them, flagged.
                found = [("phone" if kind == "phone" else "mobile", _clean(raw))]
            numbers.extend(found)
    mobiles = [v for k, v in numbers if k == "mobile"]
    phones = [v for k, v in numbers if k == "phone"]
    mobile = next(
        (FieldValue(value=m, valid=True) for m in mobiles if is_mobile(m)),
        FieldValue(value=mobiles[0], valid=False, problem="手机号码无效")
        if mobiles
        else FieldValue(problem=_MISSING["mobile"]),
    )
    phone = next((FieldValue(value=p, valid=True) for p in phones if is_phone(p)), None)
    if phone is None:
        if phones:
            bare = re.fullmatch(r"\d{7,8}", phones[0])
            problem = "固定电话缺少区号" if bare else "固定电话号码无效"
            phone = FieldValue(value=phones[0], valid=False, problem=problem)
        else:
            phone = FieldValue()
    return mobile, phone


def _split_mixed(value: str) -> dict[str, list[str]]:
    """Sort the parts of a cell like "张三 13805381234 zs@qq.com" into fields."""
    out: dict[str, list[str]] = {}
    rest = nfkc(value)
    for m in _EMAIL_FIND_RE.finditer(rest):
        out.setdefault("email", []).append(m.group(0))
    rest = _EMAIL_FIND_RE.sub(" ", rest)
    if re.search(r"\d", rest):
        out.setdefault("tel", []).append(rest)
    for token in re.findall(rf"[{_HAN}·]+", rest):
        if token.endswith(_POSITION_SUFFIXES) and len(token) > 2:
            out.setdefault("position", []).append(token)
        elif 2 <= len(token) <= 5 and not _LABEL_RE.search(token):
            out.setdefault("name", []).append(token)
    return out


# a line break inside a number or an address (the cell was too narrow for it)
_WRAPPED_RE = re.compile(r"(?<=[\d\-])[ \t]*\n[ \t]*(?=[\d\-])")


def _table_label(table: Table, index: int) -> str:
    return table.name or f"table {index + 1}"


def _to_contact(draft: _Draft, source: str, role: str = "liaison") -> Contact:
    """Validate a draft; `role` is the role when no label gave one."""
    # a narrow PDF cell wraps "1390538123\n4" and "zs_ta@tazz.\ncn"
    for kind in ("tel", "mobile", "phone"):
        if kind in draft.values:
            draft.values[kind] = [_WRAPPED_RE.sub("", v) for v in draft.values[kind]]
    if "email" in draft.values:
        draft.values["email"] = [
            part
            for v in draft.values["email"]
            for part in ([re.sub(r"[ \t]*\n[ \t]*", "", v)] if v.count("@") < 2 else v.split())
        ]  # two addresses in one cell are two values, the first valid one wins
    for raw in draft.values.pop("mixed", []):
        for kind, values in _split_mixed(raw).items():
            draft.values.setdefault(kind, []).extend(values)
    # Numbers typed into an email column ("13805381234 zs@qq.com") are still numbers.
    for i, raw in enumerate(list(draft.values.get("email", ()))):
        text = nfkc(raw)
        address = _EMAIL_FIND_RE.search(text)
        rest = _EMAIL_FIND_RE.sub(" ", text)
        if address and sum(ch.isdigit() for ch in rest) >= 7:
            draft.values["email"][i] = address.group(0)
            draft.values.setdefault("tel", []).append(rest)
    # Emails typed into a telephone column (merged "联系方式" headers) are still emails.
    for kind in ("tel", "mobile"):
        for i, raw in enumerate(list(draft.values.get(kind, ()))):
            text = nfkc(raw)
            emails = _EMAIL_FIND_RE.findall(text)
            if emails:
                draft.values.setdefault("email", []).extend(emails)
                draft.values[kind][i] = _EMAIL_FIND_RE.sub(" ", text)
    mobile, phone = _number_fields(draft)
    return Contact(
        unit=_text_field([without_department(u) for u in draft.values.get("unit", ())], "unit"),
        name=_name_field(draft.values.get("name", ())),
        position=_text_field(draft.values.get("position", ()), "position"),
        email=_email_field(draft.values.get("email", ())),
        mobile=mobile,
        phone=phone,
        source=source,
        role=draft.role or role,
    )


def _dedupe(contacts: Iterable[Contact]) -> tuple[Contact, ...]:
    """Drop contacts whose every given value is already carried by an earlier contact."""
    kept: list[Contact] = []
    kept_values: list[dict[str, str]] = []
    # (field, value) -> indexes of kept contacts carrying it, so a long liaison list is not
    # compared pairwise.
    postings: dict[tuple[str, str], list[int]] = {}
    for c in contacts:
        mine = _key_values(c)
        if not mine:
            continue
        lists = [postings.get(item, []) for item in mine.items()]
        shortest = min(lists, key=len)
        if any(all(kept_values[i].get(k) == v for k, v in mine.items()) for i in shortest):
            continue
        for item in mine.items():
            postings.setdefault(item, []).append(len(kept))
        kept.append(c)
        kept_values.append(mine)
    return tuple(kept)


def _key_values(c: Contact) -> dict[str, str]:
    fields = {"unit": c.unit, "name": c.name, "position": c.position, "email": c.email}
    fields.update(mobile=c.mobile, phone=c.phone)
    return {k: f.value for k, f in fields.items() if f.value}


# --- prose and signatures -------------------------------------------------------------------

# The look-behind makes a match start only where a run of address characters starts, so a
# long run without "@" is scanned once, not once per character.
_EMAIL_FIND_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)
# A mobile number (optionally +86 / 86 first) and a landline, not glued to a digit or dot
# before them. Each alternative starts with the literal first character of a match and
# checks what precedes it only then: Python's regex engine skips straight to those
# characters (a pattern starting with a look-around is tried at every position, 2-3x
# slower). As `(?<![\d.])(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d){8}(?![\d@])` and
# `(?<![\d.])\(?0\d{2,3}\)?[ \-]?[2-9]\d{6,7}(?:(?:转|-)\d{1,6})?(?!\d)`.
_MOBILE_FIND_RE = re.compile(
    r"(?:\+(?<![\d.]\+)86[ \-]?1|8(?<![\d.]8)6[ \-]?1|1(?<![\d.]1))[3-9]\d(?:[ \-]?\d){8}(?![\d@])"
)
_LANDLINE_FIND_RE = re.compile(
    r"(?:\((?<![\d.]\()0|0(?<![\d.]0))\d{2,3}\)?[ \-]?[2-9]\d{6,7}(?:(?:转|-)\d{1,6})?(?!\d)"
)
_VALUE_NUMBER_RE = re.compile(r"[+(]?\d(?:[\d \t\-()/]|转|分机)*\d|\d")
_ADDRESS_START_RE = re.compile(r"[A-Za-z0-9._%+\-]+@")
_DOTTED_START_RE = re.compile(r"[A-Za-z0-9._%+\-]+\.[A-Za-z]")
_SEP_RE = re.compile(r"[ \t]*(?::|是|为)?[ \t]*")


@dataclass(frozen=True)
class _Item:
    pos: int
    line: int
    kind: str
    value: str
    labelled: bool
    role: str = ""  # for a name: the role its label names
