"""A draft `config.toml` from what the finders read: every value with a comment quoting the
sentence it came from, `TODO` where the notice does not say, and the summary rows.

    draft = draft_config(read_notice(Path("通知.docx")))
    draft.text      # the TOML, loadable once its "TODO…" values are replaced
    draft.rows      # [Row("文号", "泰教函〔2020〕72号", "泰教函〔2020〕72号"), ...]
    draft.todos     # how many values are left to fill

A TODO is a string value starting with "TODO" where the config wants something else (an id,
a datetime, an address), so `intake doctor` refuses the draft until each is filled.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from intake.notice import finders
from intake.notice.finders import Found, KindGuess
from intake.notice.items import BUILTIN_IDS, Asked, asked
from intake.notice.reading import Notice

TZ = ZoneInfo("Asia/Shanghai")
_QUOTE = 90  # characters of a sentence quoted in a comment


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the summary: what, the value drafted ("TODO" if none), where from."""

    what: str
    value: str
    sentence: str


@dataclass
class Draft:
    """The draft config's text and what it says."""

    lines: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    todos: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"

    def comment(self, text: str) -> None:
        self.lines.append(f"# {text}" if text else "#")

    def source(self, sentence: str) -> None:
        """A comment quoting the sentence the next value came from."""
        if sentence:
            quoted = sentence if len(sentence) <= _QUOTE else sentence[: _QUOTE - 1] + "…"
            self.lines.append(f"# 《通知》：{quoted}")

    def value(self, key: str, value: object, *, what: str = "", sentence: str = "") -> None:
        """`key = value`, with its source sentence above it and a summary row."""
        self.source(sentence)
        self.lines.append(f"{key} = {toml(value)}")
        if what:
            self.rows.append(Row(what, _shown(value), sentence))

    def todo(self, key: str, hint: str, *, what: str = "") -> None:
        """`key = "TODO: hint"`: the notice does not say; a person must."""
        self.lines.append(f"{key} = {toml('TODO: ' + hint)}")
        self.todos += 1
        if what:
            self.rows.append(Row(what, "TODO", ""))


def toml(value: object) -> str:
    """A TOML literal (strings as JSON-escaped basic strings, which TOML reads the same)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return value.isoformat() if isinstance(value, date) else str(value)


def draft_config(notice: Notice) -> Draft:
    """The draft of a config for the campaign `notice` announces."""
    d = Draft()
    d.comment(f"notice-intake: a draft config drafted from {notice.source}.")
    d.comment("Every value drafted from the notice has the sentence it came from above it;")
    d.comment('values the notice does not give say "TODO: …". Fill them, put in the units')
    d.comment("(`intake units import FILE.xlsx`), then run `intake --config FILE doctor`.")
    d.comment("Every key is explained in docs/configuration.md.")
    d.lines.append("")
    dated = finders.notice_date(notice)
    when = dated.value if dated is not None else None
    kinds = finders.unit_kinds(notice)
    guesses: tuple[KindGuess, ...] = kinds.value if kinds is not None else ()
    week = finders.window(notice, when.year) if when is not None else None
    items = asked(notice, when, TZ, week, guesses) if when is not None else []
    issued_by = finders.issuer(notice)
    _campaign(d, notice, dated, issued_by, items, week)
    _names(d, issued_by)
    _unit_kinds(d, kinds)
    _deliverables(d, items)
    _contact(d, items)
    _statistics(d, items)
    _requirements(d, items, guesses)
    _units(d, guesses)
    _mailboxes(d, notice, issued_by)
    _bulletin(d, notice, kinds)
    return d


def _bulletin(d: Draft, notice: Notice, kinds: Found | None) -> None:
    """The progress bulletin (通报) addresses whom the notice addressed, and quotes it."""
    heading = finders.title(notice)
    if kinds is None and heading is None:
        return
    d.lines += ["", "[bulletin]"]
    if heading is not None:
        d.value("notice_title", heading.value, sentence=heading.sentence)
    if kinds is not None:
        d.value("recipients", kinds.sentence.replace(" ", ""), sentence=kinds.sentence)


def _campaign(
    d: Draft,
    notice: Notice,
    dated: Found | None,
    issued_by: Found | None,
    items: list[Asked],
    week: Found | None,
) -> None:
    d.lines.append("[campaign]")
    heading = finders.title(notice)
    if heading is not None:
        name = finders.campaign_name(heading.value)
        d.value("name", name, what="活动名称", sentence=heading.sentence)
    else:
        d.todo("name", "活动名称，如 2020年职业教育活动周", what="活动名称")
    number = finders.number(notice)
    if number is not None:
        d.value("notice", number.value, what="文号", sentence=number.sentence)
    else:
        d.comment("TODO: the notice's 文号 (none found)")
        d.value("notice", "")
    if issued_by is not None:
        d.value("issuer", issued_by.value, what="发文单位", sentence=issued_by.sentence)
    else:
        d.todo("issuer", "发文单位", what="发文单位")
    d.value("timezone", "Asia/Shanghai")
    if dated is not None:
        d.comment(
            "mail from the notice's date on is taken in (earlier if it was circulated before)"
        )
        d.value("start", dated.value, what="成文日期", sentence=dated.sentence)
    else:
        d.todo("start", "开始收件日期，如 2020-11-01", what="成文日期")
    boxes = [f.value[1] for f in finders.mailboxes(notice)]
    d.value("mailboxes", boxes)
    keywords: list[str] = []
    if heading is not None:
        name = finders.campaign_name(heading.value)
        keywords.append(name)
        bare = re.sub(r"^\d{4}年(?:度)?", "", name)
        if bare != name and len(bare) >= 4:
            keywords.append(bare)
    if number is not None:
        keywords.append(number.value)
    d.comment("mail from an unknown sender is taken in when it carries one of these")
    d.value("keywords", keywords)
    if week is not None:
        first, last = week.value
        d.comment(f"the activity window: {first.isoformat()} .. {last.isoformat()}")
        d.rows.append(Row("活动时间", f"{first:%m-%d} 至 {last:%m-%d}", week.sentence))
    d.lines.append("")


def _names(d: Draft, issued_by: Found | None) -> None:
    place = finders.region(issued_by.value) if issued_by is not None else ""
    d.lines.append("[names]")
    d.comment("a prefix unit names may leave out, and the shortenings of institution names;")
    d.comment("the shortenings are the usual ones: add this region's own")
    d.value("region", [place] if place else [])
    d.lines.append(
        "shortenings = ["
        '["教育和体育局", "教体局"], ["教育体育局", "教体局"], ["教育局", "教体局"], '
        '["职业中等专业学校", "职专"], ["职业中专学校", "职专"], ["职业中专", "职专"], '
        '["职业技术学院", "职院"]]'
    )
    if place:
        d.rows.append(Row("地区前缀", place, issued_by.sentence if issued_by else ""))
    d.lines.append("")


def _unit_kinds(d: Draft, kinds: Found | None) -> None:
    if kinds is None:
        d.comment("TODO: the kinds of unit (the notice's addressee line was not found)")
        d.lines += ["[[unit_kinds]]", 'id = "TODO: 类型标识，如 school"', 'title = "单位"', ""]
        d.todos += 1
        d.rows.append(Row("单位类型", "TODO", ""))
        return
    d.source(kinds.sentence)
    for guess in kinds.value:
        d.lines.append("[[unit_kinds]]")
        d.value("id", guess.id)
        d.value("title", guess.title)
        if guess.bureau:
            d.value("bureau", True)
        d.lines.append("")
    d.rows.append(Row("单位类型", "、".join(g.title for g in kinds.value), kinds.sentence))


def _distinct(items: list[Asked]) -> list[Asked]:
    seen: dict[str, Asked] = {}
    for item in items:
        seen.setdefault(item.deliverable, item)
    return list(seen.values())


def _deliverables(d: Draft, items: list[Asked]) -> None:
    if not items:
        d.comment("TODO: what units send (no deadline sentence found): [[deliverables]]")
        d.lines += ["[[deliverables]]", 'id = "plan"', ""]
        return
    for item in _distinct(items):
        d.source(item.sentence)
        d.lines.append("[[deliverables]]")
        d.value("id", item.deliverable)
        if item.deliverable.startswith("item"):
            d.comment("TODO: give this deliverable a short ascii id and keywords")
        if item.deliverable not in BUILTIN_IDS:
            d.value("title", item.title)
            if item.kind != "file":
                d.value("kind", item.kind)
            if item.keywords:
                d.value("keywords", list(item.keywords))
            if item.file_kinds:
                d.value("file_kinds", list(item.file_kinds))
            d.value("measure", item.measure)
        if item.deliverable == "statistics" or (item.deliverable == "signup" and "《" in item.text):
            d.value("statistics", item.deliverable)
        d.lines.append("")


def _contact(d: Draft, items: list[Asked]) -> None:
    contact = next((i for i in items if i.kind == "contact" and i.fields), None)
    if contact is None:
        return
    d.source(contact.sentence)
    d.lines.append("[contact]")
    fields = ", ".join(
        f"{{ key = {toml(k)}, label = {toml(label)} }}" for k, label in contact.fields
    )
    d.lines.append(f"fields = [{fields}]")
    d.rows.append(
        Row("联系人信息", "、".join(label for _, label in contact.fields), contact.sentence)
    )
    d.lines.append("")


def _statistics(d: Draft, items: list[Asked]) -> None:
    tables = [
        i
        for i in _distinct(items)
        if i.deliverable == "statistics" or (i.deliverable == "signup" and "《" in i.text)
    ]
    for table in tables:
        title = re.sub(r"[《》]", "", table.text)
        d.source(table.sentence)
        d.comment("TODO: the template's columns (the notice names the table, prints none):")
        d.comment("a table is read as this template when min_matched headers match")
        d.lines.append("[[statistics]]")
        d.value("id", table.deliverable)
        d.value("title", title)
        d.value("min_matched", 2)
        d.lines += [
            "[[statistics.columns]]",
            'key = "unit"',
            'header = "单位名称"',
            'aliases = ["单位", "学校名称", "填报单位"]',
            "numeric = false",
            "",
        ]


def _requirements(d: Draft, items: list[Asked], kinds: tuple[KindGuess, ...]) -> None:
    used: dict[str, int] = {}
    all_kinds = {k.id for k in kinds}
    for item in items:
        n = used.get(item.deliverable, 0) + 1
        used[item.deliverable] = n
        ident = item.deliverable + ("" if n == 1 else f"_{n}")
        d.source(item.sentence)
        d.lines.append("[[requirements]]")
        d.value("id", ident)
        d.value("title", item.text)
        d.value("deliverable", item.deliverable)
        if item.opens is not None:
            d.value("opens", item.opens)
        if item.due is not None:
            d.lines.append(f"due = {item.due.isoformat()}")
            when = f"{item.due:%m-%d %H:%M}"
            d.rows.append(Row(f"截止：{item.text}", when, item.sentence))
        else:
            d.todo("due", "截止时间，如 2020-11-05T18:00:00+08:00", what=f"截止：{item.text}")
        if item.min_count > 1:
            d.source(item.count_sentence)
            d.value("min_count", item.min_count)
            d.rows.append(Row(f"数量：{item.text}", f"不少于{item.min_count}{item.measure}", ""))
        if item.kinds and set(item.kinds) != all_kinds:
            d.value("kinds", list(item.kinds))
        if item.opens is not None:
            d.comment("during the window: nudges at 09:00 (an offset from 23:59 lands at night)")
            d.value("remind_before", ["3d@09:00", "1d@09:00", "09:00"])
        else:
            d.value("remind_before", ["3d", "1d", "09:00"])
            d.value("overdue_after", "1d")
        d.lines.append("")


def _units(d: Draft, kinds: tuple[KindGuess, ...]) -> None:
    d.comment("TODO: the units. A notice names their kinds, not the units themselves: list")
    d.comment("them here or in a workbook read by `intake units import 单位.xlsx`.")
    for guess in kinds or (KindGuess("school", "单位", False, ""),):
        d.lines.append("[[units]]")
        d.todo("id", "短ascii标识，如 fczz")
        d.todo("name", f"{guess.title}单位全称")
        d.value("kind", guess.id)
        d.lines.append("aliases = []")
        d.lines.append("emails = []")
        d.lines.append("")
    d.rows.append(Row("单位名单", "TODO", ""))


def _mailboxes(d: Draft, notice: Notice, issued_by: Found | None) -> None:
    found = finders.mailboxes(notice)
    if not found:
        d.comment("TODO: the mailbox units write to (no address found in the notice)")
        d.lines += ["[[mailboxes]]", 'url = "maildir:data/mail"', ""]
        d.rows.append(Row("报送邮箱", "TODO", ""))
    for i, box in enumerate(found):
        name, address = box.value
        name = name or (issued_by.value if issued_by is not None else f"邮箱{i + 1}")
        d.source(box.sentence)
        d.lines.append("[[mailboxes]]")
        d.value("name", name)
        d.value("address", address, what=f"报送邮箱（{name}）", sentence=box.sentence)
        d.value("url", "maildir:data/mail" + ("" if i == 0 else f"-{i + 1}"))
        host = address.partition("@")[2]
        d.comment(f'url = "imaps://{address}@mail.{host}:993/INBOX"   # the real server')
        d.comment(f'password_env = "INTAKE_IMAP_PASSWORD{"" if i == 0 else f"_{i + 1}"}"')
        d.lines.append("")
    sender = found[0].value[1] if found else ""
    d.lines.append("[outbox]")
    d.value("url", "file:data/outbox")
    who = issued_by.value if issued_by is not None else "notice-intake"
    if sender:
        d.value("from", f"{who} <{sender}>")
        d.value("staff", [sender])
    else:
        d.todo("from", "发件人，如 某某局 <address@example.cn>")
    d.lines.append("")
    d.lines += ["[schedule]", 'poll_every = "5m"', 'digest_at = "17:30"', "idle = true"]
