"""Extract liaison contact data (单位、姓名、职务、邮箱、手机) from tables, prose and signatures.

Three layouts are read, all into `Contact` values with per-field validity:

- header-row tables, the header possibly under a title row, possibly two rows deep::

      联络员信息表
      单位 | 姓名 | 职务 | 电子邮箱 | 联系电话
      岱岳区职教中心 | 张三 | 办公室主任 | zs@163.com | 13805381234 / 0538-6991449

- key/value tables, two or four columns wide (姓名 | 张三 | 职务 | 主任);
- prose and mail signatures: ``联系人：张三，职务：办公室主任，手机：138 0538 1234``, one key
  per line, or an unlabelled block (name, position, unit on their own lines, then numbers).

A field that is absent becomes ``FieldValue("", False, "缺少XX")``; one that is present but
wrong keeps its value with ``valid=False`` and a Chinese problem ("手机号码无效"), because
units and staff read these. The optional landline (`phone`) carries no problem when absent.
Nothing here raises on arbitrary input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from parsers.model import Contact, Document, FieldValue, Table
from parsers.normalize import (
    compact,
    is_email,
    is_mobile,
    is_phone,
    nfkc,
    normalize_email,
    normalize_mobile,
    normalize_phone,
)

__all__ = ["contacts_in_document", "contacts_in_tables", "contacts_in_text"]

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

_MISSING = {
    "unit": "缺少单位",
    "name": "缺少姓名",
    "position": "缺少职务",
    "email": "缺少邮箱",
    "mobile": "缺少手机号码",
}
_PLACEHOLDERS = {"", "无", "暂无", "没有", "空", "/", "-", "--", "—", "n/a", "na", "none", "略"}

_HAN = "\u4e00-\u9fff"
_NAME_RE = re.compile(
    rf"[{_HAN}]{{2,5}}|[{_HAN}]{{1,6}}·[{_HAN}·]{{1,10}}|[A-Za-z][A-Za-z .'\-]{{1,40}}"
)

# Common surnames: an unlabelled 2-4 character line is taken for a name only when it starts
# with one of these, which keeps greetings and short phrases ("特此报送") out.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗"
    "燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索"
    "宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危"
    "玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
_COMPOUND_SURNAMES = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
}
_NOT_NAMES = {
    "谢谢",
    "此致",
    "敬礼",
    "您好",
    "你好",
    "大家好",
    "领导",
    "老师",
    "附件",
    "收到",
    "请查收",
    "辛苦了",
    "祝好",
    "顺祝",
    "商祺",
    "为盼",
    "特此",
    "方案",
    "总结",
    "通知",
    "报告",
    "时间",
    "地点",
    "主题",
    "内容",
    "备注",
}
# Words that follow a label in titles and prose ("联络员信息表", "联系人名单").
_AFTER_LABEL_WORDS = (
    "信息",
    "名单",
    "情况",
    "登记",
    "汇总",
    "一览",
    "工作",
    "须知",
    "要求",
    "报送",
)
_POSITION_SUFFIXES = (
    "主任",
    "科长",
    "校长",
    "干事",
    "老师",
    "教师",
    "书记",
    "处长",
    "部长",
    "局长",
    "负责人",
    "科员",
    "主管",
    "院长",
    "秘书",
    "专员",
    "组长",
    "馆长",
    "所长",
    "站长",
    "主席",
    "办事员",
    "职员",
    "助理",
    "经理",
    "股长",
    "队长",
)
_UNIT_SUFFIXES = (
    "学校",
    "学院",
    "中心",
    "教育和体育局",
    "教体局",
    "教育局",
    "职专",
    "中专",
    "中学",
    "技校",
    "大学",
    "社会事业局",
    "职教中心",
    "办公室",
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

    def add(self, kind: str, value: str, line: int = 0, labelled: bool = True) -> None:
        if not value.strip():
            return
        if not self.values:
            self.line = line
        self.values.setdefault(kind, []).append(value)
        self.last_line = line
        self.labelled += int(labelled)

    def has(self, kind: str) -> bool:
        return bool(self.values.get(kind))

    @property
    def has_reach(self) -> bool:
        """Some way to reach the person was given (mobile, email or landline)."""
        return any(self.has(k) for k in ("mobile", "email", "tel", "phone"))


def _text_field(values: Sequence[str], kind: str) -> FieldValue:
    for raw in values:
        if not _is_placeholder(raw):
            return FieldValue(value=_clean(raw), valid=True)
    return FieldValue(problem=_MISSING[kind])


def _name_field(values: Sequence[str]) -> FieldValue:
    for raw in values:
        if _is_placeholder(raw):
            continue
        name = _clean(raw)
        if re.fullmatch(rf"[{_HAN}\s]+", name):
            name = re.sub(r"\s+", "", name)
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


def _to_contact(draft: _Draft, source: str) -> Contact:
    for raw in draft.values.pop("mixed", []):
        for kind, values in _split_mixed(raw).items():
            draft.values.setdefault(kind, []).extend(values)
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
        unit=_text_field(draft.values.get("unit", ()), "unit"),
        name=_name_field(draft.values.get("name", ())),
        position=_text_field(draft.values.get("position", ()), "position"),
        email=_email_field(draft.values.get("email", ())),
        mobile=mobile,
        phone=phone,
        source=source,
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


# --- tables ---------------------------------------------------------------------------------


def _table_label(table: Table, index: int) -> str:
    return table.name or f"table {index + 1}"


def _is_header_row(kinds: dict[int, str]) -> bool:
    distinct = set(kinds.values())
    return len(distinct) >= 2 and bool(distinct & {"name", "mobile", "tel", "email"})


def _header_contacts(table: Table, source: str) -> tuple[list[Contact], set[int]]:
    """Contacts of a table with a header row (possibly under titles, possibly two rows)."""
    rows = table.rows
    header_at = None
    kinds: dict[int, str] = {}
    for r, row in enumerate(rows[:12]):
        found = {i: k for i, cell in enumerate(row) if (k := _label_kind(cell))}
        if "name" not in found.values() and set(found.values()) & {"unit", "position", "email"}:
            # "负责人"/"填表人" name the liaison in a liaison table, but only there: in a
            # schedule ("时间 | 内容 | 负责人 | 电话") they are people in charge.
            for i, cell in enumerate(row):
                if compact(cell).strip(":") in _PERSON_WORDS:
                    found[i] = "name"
        if _is_header_row(found):
            header_at, kinds = r, found
            break
    if header_at is None:
        return [], set()
    used = {header_at}
    data_start = header_at + 1
    # A second header row under merged parents ("联系方式" over "手机" and "邮箱") refines
    # the columns it names; columns it leaves blank keep the parent's kind.
    while data_start < len(rows):
        row = rows[data_start]
        sub = {i: k for i, cell in enumerate(row) if (k := _label_kind(cell))}
        filled = [c for c in row if c.strip()]
        if len(sub) >= 2 and len(sub) * 2 >= len(filled):
            kinds.update(sub)
            used.add(data_start)
            data_start += 1
        else:
            break
    contacts: list[Contact] = []
    for r in range(data_start, len(rows)):
        row = rows[r]
        draft = _Draft()
        for col, kind in sorted(kinds.items()):
            if col < len(row) and not _label_kind(row[col]):
                draft.add(kind, row[col], r)
        if not any(draft.has(k) for k in ("name", "mobile", "tel", "email", "phone")):
            continue
        # A full-width merged note row ("填表人：…") repeats one text across every column.
        if len({c.strip() for c in row if c.strip()}) == 1 and len(kinds) > 2:
            continue
        used.add(r)
        where = f"{source}#{_table_label(table, 0)} row {table.first_row + r}"
        contacts.append(_to_contact(draft, where))
    return contacts, used


def _kv_pairs(row: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, value) pairs of a key/value row: 姓名 | 张三 | 职务 | 主任."""
    pairs: list[tuple[str, str]] = []
    i, n = 0, len(row)
    while i < n:
        kind = _label_kind(row[i])
        if kind is None:
            i += 1
            continue
        j = i + 1
        while j < n and row[j] == row[i]:  # a merged label cell repeats itself
            j += 1
        if j < n and row[j].strip() and _label_kind(row[j]) is None:
            pairs.append((kind, row[j]))
            k = j + 1
            while k < n and row[k] == row[j]:  # a merged value cell too
                k += 1
            i = k
        else:
            i = j
    return pairs


def _kv_contacts(table: Table, source: str) -> tuple[list[Contact], set[int]]:
    """Contacts of a vertical key/value table; a repeated field starts the next person."""
    drafts: list[_Draft] = []
    current = _Draft()
    used: set[int] = set()
    for r, row in enumerate(table.rows):
        for kind, value in _kv_pairs(row):
            used.add(r)
            if current.has(kind) and current.values[kind][0] != value:
                drafts.append(current)
                unit = current.values.get("unit")
                current = _Draft()
                if unit and kind != "unit":
                    current.add("unit", unit[0], r)  # one unit row serves every liaison
            current.add(kind, value, r)
    drafts.append(current)
    contacts = []
    for d in drafts:
        if sum(len(v) for v in d.values.values()) >= 2 and (d.has("name") or d.has_reach):
            where = f"{source}#{_table_label(table, 0)} row {table.first_row + d.line}"
            contacts.append(_to_contact(d, where))
    return contacts, used


def _transposed_contacts(table: Table, source: str) -> tuple[list[Contact], set[int]]:
    """Several liaisons side by side: labels down the first column, one person per column."""
    label_rows = [
        (r, kind)
        for r, row in enumerate(table.rows)
        if len(row) >= 3
        and (kind := _label_kind(row[0]))
        and not any(_label_kind(c) for c in row[1:])
    ]
    if len(label_rows) < 2:
        return [], set()
    width = max(len(table.rows[r]) for r, _ in label_rows)
    drafts = [_Draft() for _ in range(width)]
    for r, kind in label_rows:
        row = table.rows[r]
        for col in range(1, len(row)):
            drafts[col].add(kind, row[col], r)
    people = [d for d in drafts[1:] if d.has("name") or d.has_reach]
    # Distinct people only: a merged value repeated across every column is one person.
    distinct = {tuple(sorted((k, tuple(v)) for k, v in d.values.items())) for d in people}
    if len(distinct) < 2:
        return [], set()
    where = f"{source}#{_table_label(table, 0)} row {table.first_row + label_rows[0][0]}"
    contacts = [_to_contact(d, where) for d in people]
    return contacts, {r for r, _ in label_rows}


def _score(contacts: Sequence[Contact]) -> int:
    return sum(
        f.valid for c in contacts for f in (c.unit, c.name, c.position, c.email, c.mobile, c.phone)
    )


def _one_table(table: Table, label: str, source: str) -> list[Contact]:
    named = Table(rows=table.rows, name=label, first_row=table.first_row)
    by_header, used_h = _header_contacts(named, source)
    by_pairs, used_kv = _kv_contacts(named, source)
    by_columns, used_t = _transposed_contacts(named, source)
    # The layout that yields the most valid fields wins; on a tie, header rows first.
    contacts, used = max(
        ((by_header, used_h), (by_pairs, used_kv), (by_columns, used_t)),
        key=lambda pair: _score(pair[0]),
    )
    # Rows no layout used may still hold prose ("联系人：张三，手机：…" in one cell).
    for r, row in enumerate(table.rows):
        if r in used:
            continue
        text = " ".join(dict.fromkeys(c for c in row if c.strip()))
        if not text or not _LABEL_RE.search(nfkc(text)):
            continue  # no label, so no labelled prose: skip the full pass
        where = f"{source}#{label} row {table.first_row + r}"
        # Only labelled prose here: an unlabelled "张三 13805381234" row is a schedule's
        # person in charge far more often than the liaison.
        contacts.extend(_text_contacts(text, where, labelled_only=True))
    return contacts


def contacts_in_tables(tables: Sequence[Table], source: str) -> tuple[Contact, ...]:
    """Contacts in header-row or key/value tables; source "<file>#<table> row <n>"."""
    contacts: list[Contact] = []
    for i, table in enumerate(tables):
        contacts.extend(_one_table(table, _table_label(table, i), source))
    return _dedupe(contacts)


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


def _is_name_guess(token: str) -> bool:
    if not re.fullmatch(rf"[{_HAN}]{{2,4}}", token) or token in _NOT_NAMES:
        return False
    if token.endswith(_UNIT_SUFFIXES) or _LABEL_RE.search(token):
        return False
    if token.endswith(_POSITION_SUFFIXES) and not token.endswith("老师"):
        return False
    return token[0] in _SURNAMES or token[:2] in _COMPOUND_SURNAMES


def _is_position_guess(token: str) -> bool:
    return (
        2 <= len(token) <= 15 and token.endswith(_POSITION_SUFFIXES) and not _is_name_guess(token)
    )


def _is_unit_guess(token: str) -> bool:
    return 4 <= len(token) <= 40 and token.endswith(_UNIT_SUFFIXES) and not re.search(r"\d", token)


def _free_value(text: str, start: int, stop: int, limit: int) -> str:
    """A unit/position value: up to a delimiter, the next label, or `limit` characters."""
    end = start
    while end < stop and text[end] not in _DELIMS:
        end += 1
    value = text[start:end].strip()
    return value if len(value) <= limit else ""


def _labelled_items(t: str, line_of: Sequence[int]) -> tuple[list[_Item], list[tuple[int, int]]]:
    """Values that follow a label, and the spans they cover (labels included)."""
    accepted: list[tuple[int, int, str, bool]] = []  # label start, value start, kind, colon
    label_spans: list[tuple[int, int]] = []
    for m in _LABEL_RE.finditer(t):
        kind = _LABEL_KIND[m.group(0).lower()]
        sep = _SEP_RE.match(t, m.end())
        vstart = sep.end() if sep else m.end()
        colon = bool(sep and sep.group(0).strip())
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
            ok = colon or (not han_before and bool(re.match(rf"[{_HAN}]", nxt)))
        else:
            ok = colon or (not han_before and spaced and nxt not in _DELIMS)
        # A label followed by another label is a header line, not a value.
        ok = ok and not (kind not in ("mobile", "tel", "phone") and _LABEL_RE.match(t, vstart))
        if ok:
            accepted.append((m.start(), vstart, kind, colon))
        if ok or colon or not han_before:
            # Hide the label from the signature guesses, unless it ends a longer word
            # ("泰安市文化艺术学校" must stay whole to be recognised as a unit).
            label_spans.append((m.start(), m.end()))
    items: list[_Item] = []
    spans = list(label_spans)
    for idx, (lstart, vstart, kind, colon) in enumerate(accepted):
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
            vend = _name_value(t, vstart, stop, colon, line, items)
        else:
            value = _free_value(t, vstart, stop, 20 if kind == "position" else 50)
            if value:
                items.append(_Item(vstart, line, kind, value, True))
                vend = vstart + len(t[vstart:stop]) - len(t[vstart:stop].lstrip()) + len(value)
        spans.append((lstart, max(vend, vstart)))
    return items, spans


# Words a position starts with when it is glued to a name ("张三办公室主任").
_POSITION_STARTS = (
    "办公室",
    "教务处",
    "教务科",
    "学生处",
    "招生办",
    "招就处",
    "团委",
    "党办",
    "校办",
    "宣传部",
    "宣传科",
    "职成科",
    "职教科",
    "综合科",
    "信息中心",
    "副",
    *_POSITION_SUFFIXES,
)


def _split_name_run(run: str) -> tuple[str, str] | None:
    """Split a Han run into (name, position) when they are glued, else None.

    "张三办公室主任" -> ("张三", "办公室主任"); "办公室主任王林红" -> ("王林红", "办公室主任");
    "办公室刘洋老师" -> ("刘洋", "办公室老师"). Both parts must look the part: the name starts
    with a common surname, the position starts (name first) or ends (name last) with a
    position or department word.
    """
    if not re.fullmatch(rf"[{_HAN}]{{4,16}}", run):
        return None
    for n in (2, 3):
        name, rest = run[:n], run[n:]
        if len(rest) >= 2 and rest.startswith(_POSITION_STARTS) and _is_name_guess(name):
            return name, rest
    honorific = "老师" if run.endswith("老师") else ""
    core = run[: len(run) - len(honorific)]
    for n in (2, 3):
        name, rest = core[-n:], core[:-n]
        ends_well = rest.endswith((*_POSITION_STARTS, *_POSITION_SUFFIXES))
        if len(rest) >= 2 and ends_well and _is_name_guess(name):
            return name, rest + honorific
    return None


def _name_value(t: str, vstart: int, stop: int, colon: bool, line: int, items: list[_Item]) -> int:
    """Read a name after its label (and a bracketed position after it); return the end."""
    segment = t[vstart:stop]
    m = re.match(rf"[{_HAN}](?:[ ]?[{_HAN}·])*", segment)
    if m:
        run = m.group(0)
        cut = _LABEL_RE.search(run)
        if cut:
            run = run[: cut.start()]
        name = run.replace(" ", "")
        split = _split_name_run(name) if len(name) >= 4 and "·" not in name else None
        if split:
            # "联络员为办公室刘洋老师", "联系人：张三办公室主任": name and position glued.
            items.append(_Item(vstart, line, "name", split[0], True))
            items.append(_Item(vstart, line, "position", split[1], True))
            return vstart + len(run)
        if not (2 <= len(name) <= 5 or (colon and "·" in name)):
            return vstart
        # Without a colon ("联络员信息表", "联系人名单") only a real-looking name counts.
        if not colon and (not _is_name_guess(name) or name.startswith(_AFTER_LABEL_WORDS)):
            return vstart
        items.append(_Item(vstart, line, "name", name, True))
        end = vstart + len(run)
        paren = re.match(r"\s*\(([^()\d]{2,20})\)", t[end:stop])
        if paren:
            items.append(_Item(end, line, "position", paren.group(1).strip(), True))
            end += paren.end()
        return end
    if colon:
        latin = re.match(r"[A-Za-z][A-Za-z .'\-]{1,40}", segment)
        if latin:
            value = latin.group(0).strip()
            items.append(_Item(vstart, line, "name", value, True))
            return vstart + len(value)
    return vstart


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


def _guessed_items(t: str, covered: Sequence[bool]) -> list[_Item]:
    """Name, position and unit guessed from short lines (a signature block)."""
    items: list[_Item] = []
    offset = 0
    for line_no, line in enumerate(t.split("\n")):
        if len(line.strip()) <= 40:
            masked = "".join(" " if covered[offset + i] else ch for i, ch in enumerate(line))
            for tok in re.finditer(r"[^\s,;:|/()<>\[\]“”\"'。，；：、!?！？]+", masked):
                token = tok.group(0)
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
                pos = offset + tok.start()
                split = _split_name_run(token) if kind != "unit" else None
                if split:
                    items.append(_Item(pos, line_no, "name", split[0], False))
                    items.append(_Item(pos, line_no, "position", split[1], False))
                elif kind:
                    items.append(_Item(pos, line_no, kind, token, False))
        offset += len(line) + 1
    return items


def _group(items: Sequence[_Item]) -> list[_Draft]:
    """Group items into people: a gap of lines or a repeated field starts the next one."""
    drafts: list[_Draft] = []
    current = _Draft()
    for it in sorted(items, key=lambda i: i.pos):
        if current.values and it.line - current.last_line > 3:
            drafts.append(current)
            current = _Draft()
        if current.has(it.kind) and it.value not in current.values[it.kind]:
            complete_enough = current.has_reach or (current.labelled >= 2 and it.labelled)
            if current.has("name") and complete_enough:
                drafts.append(current)
                unit = current.values.get("unit")
                current = _Draft()
                if unit and it.kind != "unit":
                    current.add("unit", unit[0], it.line)
            elif it.kind == "name" and (it.labelled or current.labelled == 0):
                # A salutation ("张老师：") or a stray name before the real one: replace it.
                del current.values["name"]
        current.add(it.kind, it.value, it.line, it.labelled)
    drafts.append(current)
    return drafts


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


def _text_contacts(text: str, source: str, labelled_only: bool = False) -> tuple[Contact, ...]:
    t = _without_quoted_mail(nfkc(text).replace("\r\n", "\n").replace("\r", "\n"))
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
    guessed = _guessed_items(t, covered)
    drafts = _group([*labelled, *unlabelled, *guessed])
    return _dedupe(_to_contact(d, source) for d in drafts if _keep(d, labelled_only))


def contacts_in_document(doc: Document, source: str) -> tuple[Contact, ...]:
    """Contacts in a document's tables first, then in its text; duplicates dropped."""
    from_tables = contacts_in_tables(doc.tables, source)
    # Readers also put every table row into the text (cells joined by tabs); those rows were
    # read as tables already, and as prose they would turn schedules into "contacts".
    rows = {_row_key(row) for table in doc.tables for row in table.rows}
    prose = "\n".join(
        "" if rows and _row_key(line.split("\t")) in rows else line for line in doc.text.split("\n")
    )
    from_text = contacts_in_text(prose, f"{source}#text") if prose.strip() else ()
    return _dedupe((*from_tables, *from_text))


def _row_key(cells: Sequence[str]) -> tuple[str, ...]:
    """A table row compared by its distinct non-empty cells (merged cells repeat)."""
    return tuple(dict.fromkeys(c.strip() for c in cells if c.strip()))
