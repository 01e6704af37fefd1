"""The sentence finders: what a notice says about its campaign, each with the sentence it
came from (`Found.sentence`), or None when the notice does not say it.

    number(notice)      # Found("泰教函〔2020〕72号", "泰教函〔2020〕72号")
    title(notice)       # Found("关于做好2020年泰安市职业教育活动周相关工作的通知", …)
    campaign_name(t)    # "2020年泰安市职业教育活动周"
    issuer(notice)      # Found("泰安市教育局", "泰安市教育局")
    notice_date(notice) # Found(date(2020, 11, 5), "2020年11月5日")
    window(notice, y)   # Found((date(2020, 11, 8), date(2020, 11, 14)), "…11月8日至14日…")
    deadlines(s, d)     # [Deadline(datetime(2020, 11, 5, 18, 0), start, end, "11月5日前")]
    mailboxes(notice)   # [Found(("市教育局", "jyj-zcjk01@ta.shandong.cn"), "市教育局：…")]
    unit_kinds(notice)  # Found((KindGuess("county", "县市区", True, …), …), "各县市区…：")

Items (what each deadline asks for) are `intake.notice.items`'s.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from intake.notice.reading import Notice

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\d+号")
_TITLE = re.compile(r"关于.{4,80}?(?:的通知|的函|通知)$")
_DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_ANY_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_ORGAN = re.compile(r"(?:局|厅|委|部|办公室|委员会|政府|总工会|团市委|中心|学院)$")
_WINDOW = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:至|到|-|—|–|～|~)+\s*(?:(\d{1,2})月)?(\d{1,2})日"
)
_WEEKDAY = r"(?:[（(]星期[一二三四五六日天][）)])?"
_DEADLINE = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日" + _WEEKDAY + r"\s*"
    r"(?:(\d{1,2})[:：](\d{2})|(下班|中午|上午|下午))?\s*(?:前|之前|以前)"
)
_MONTH_END = re.compile(r"(本月|(\d{1,2})月)(?:底|末)(?:前|之前|以前)")
_LEADING_VERBS = ("组织开展", "认真做好", "做好", "开展", "组织", "举办", "征集", "报送", "推荐")
_TRAILING = ("相关工作", "有关工作", "有关事项", "工作")
DEFAULT_HOUR = time(18, 0)  # "11月5日前": the end of that working day, as the 2020 config
CLOSE_OF_WORK = time(17, 30)  # 下班前


@dataclass(frozen=True, slots=True)
class Found:
    """A value the notice gives, and the sentence (or line) it was read from."""

    value: Any
    sentence: str


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline written in a sentence: when, and where in the sentence it is written."""

    due: datetime
    start: int
    end: int
    written: str


@dataclass(frozen=True, slots=True)
class KindGuess:
    """A kind of unit the notice is addressed to: "各县市区教育和体育局" -> county."""

    id: str
    title: str
    bureau: bool
    written: str


def number(notice: Notice) -> Found | None:
    """The notice's 文号 (泰教函〔2020〕72号)."""
    for line in notice.lines:
        m = _NUMBER.match(line.replace(" ", ""))
        if m:
            return Found(m.group(0), line)
    for line in notice.lines:
        m = _NUMBER.search(line.replace(" ", ""))
        if m:
            return Found(m.group(0), line)
    return None


def title(notice: Notice) -> Found | None:
    """The notice's title: the line "…关于…的通知" (the issuers before 关于 left out)."""
    for line in notice.lines[:40]:
        compact = line.replace(" ", "")
        m = _TITLE.search(compact)
        if m and not compact.startswith(("根据", "按照", "为")):
            return Found(m.group(0), line)
    return None


def campaign_name(title_text: str) -> str:
    """The campaign a title names: 关于做好X相关工作的通知 -> X; 关于征集X的通知 -> X征集."""
    core = re.sub(r"^关于", "", title_text)
    core = re.sub(r"(?:的通知|的函|通知)$", "", core)
    verb = ""
    for word in _LEADING_VERBS:
        if core.startswith(word):
            verb, core = word, core[len(word) :]
            break
    for word in _TRAILING:
        if core.endswith(word) and len(core) > len(word) + 4:
            core = core[: -len(word)]
            break
    return core + "征集" if verb == "征集" else core


def issuer(notice: Notice) -> Found | None:
    """Who issued it: the first organ of the 红头, else the signature above the date."""
    first = notice.lines[0].replace(" ", "")
    if _ORGAN.search(first) and len(first) <= 30:
        return Found(first, notice.lines[0])
    dated = notice_date(notice)
    if dated is not None:
        index = notice.lines.index(dated.sentence)
        for line in reversed(notice.lines[:index]):
            name = line.split()[0] if line.split() else ""
            if _ORGAN.search(name) and len(name) <= 30:
                return Found(name, line)
    return None


def region(issuer_name: str) -> str:
    """The city or province an issuer names (泰安市 of 泰安市教育局), else ""."""
    m = re.match(r"^(.{2,4}?[市省])", issuer_name)
    return m.group(1) if m else ""


def notice_date(notice: Notice) -> Found | None:
    """The notice's date (成文日期): the last line that is only a date."""
    for line in reversed(notice.lines):
        m = _DATE_LINE.match(line.replace(" ", ""))
        if m:
            return Found(date(int(m[1]), int(m[2]), int(m[3])), line)
    for line in notice.lines:
        m = _ANY_DATE.search(line)
        if m:
            return Found(date(int(m[1]), int(m[2]), int(m[3])), line)
    return None


def window(notice: Notice, year: int) -> Found | None:
    """The activity window (11月8日至14日), as (first day, last day)."""
    for sentence in notice.sentences:
        m = _WINDOW.search(sentence)
        if not m:
            continue
        y = int(m[1]) if m[1] else year
        first = date(y, int(m[2]), int(m[3]))
        last = date(y, int(m[4] or m[2]), int(m[5]))
        if last >= first:
            return Found((first, last), sentence)
    return None


def _year_for(month: int, dated: date) -> int:
    """A date without its year is the notice's year, or the next one for a January
    deadline of a December notice."""
    return dated.year + 1 if month < dated.month - 6 else dated.year


def deadlines(sentence: str, dated: date, tz: ZoneInfo) -> list[Deadline]:
    """Every deadline in a sentence: 于11月5日前, 11月20日（星期五）下班前, 于本月底前,
    2020年12月1日17:00前 (18:00 when no time is written: the end of that working day)."""
    out: list[Deadline] = []
    for m in _DEADLINE.finditer(sentence):
        month, day = int(m[2]), int(m[3])
        year = int(m[1]) if m[1] else _year_for(month, dated)
        if m[4]:
            at = time(int(m[4]), int(m[5]))
        elif m[6] == "下班":
            at = CLOSE_OF_WORK
        elif m[6] in ("中午", "上午"):
            at = time(12, 0)
        else:
            at = DEFAULT_HOUR
        try:
            due = datetime.combine(date(year, month, day), at, tzinfo=tz)
        except ValueError:
            continue
        out.append(Deadline(due, m.start(), m.end(), m.group(0)))
    for m in _MONTH_END.finditer(sentence):
        month = dated.month if m[1] == "本月" else int(m[2])
        year = dated.year if m[1] == "本月" else _year_for(month, dated)
        last = calendar.monthrange(year, month)[1]
        due = datetime.combine(date(year, month, last), DEFAULT_HOUR, tzinfo=tz)
        out.append(Deadline(due, m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda d: d.start)


_CONTACT_LABELS = ("联系人", "联系电话", "电话", "邮箱", "电子邮箱", "联系方式", "传真")


def mailboxes(notice: Notice) -> list[Found]:
    """(name, address) of every address the notice gives, those of its contacts section
    (联系人/联系方式) when it has one; the name is the office the line names (市教育局)."""
    section = _contacts_section(notice)
    found: list[Found] = []
    seen: set[str] = set()
    for line in section or notice.lines:
        for m in EMAIL.finditer(line):
            address = m.group(0).lower().rstrip(".")
            if address in seen:
                continue
            seen.add(address)
            head = re.split(r"[：:]", line, maxsplit=1)[0].strip()
            head = re.sub(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", "", head)
            name = head if head and head not in _CONTACT_LABELS and len(head) <= 20 else ""
            found.append(Found((name, address), line))
    return found


def _contacts_section(notice: Notice) -> list[str]:
    lines = list(notice.lines)
    for i, line in enumerate(lines):
        if re.search(r"联系(?:人|方式)", line) and len(line) <= 20 and not EMAIL.search(line):
            rest = lines[i + 1 : i + 12]
            if any(EMAIL.search(r) for r in rest):
                return rest
    return []


# addressee terms -> (kind id, title, bureau): the first that matches wins
_KIND_TERMS: tuple[tuple[str, str, str, bool], ...] = (
    (r"技工院校|技工学校|技师学院", "technical", "技工院校", False),
    (r"中等职业学校|中职学校", "secondary", "中等职业学校", False),
    (r"高等职业院校|高职院校", "college", "高等职业院校", False),
    (r"教育和体育局|教育体育局|教体局|教育局|社会事业局|教育管理部门", "county", "", True),
    (r"职业院校|职业学校|院校|学校", "school", "职业院校", False),
)
_ADDRESSEE = re.compile(r"^各.{2,300}[：:]$")


def kind_of(term: str) -> KindGuess | None:
    """The unit kind an addressee term names (各县市区教育和体育局 -> county), or None."""
    if re.fullmatch(r"各?(?:县市区|区县|县区|县市|市县区|县\(市、区\))", term):
        return KindGuess("county", term.lstrip("各"), True, term)  # 各县市区、各职业院校
    for pattern, kind, label, bureau in _KIND_TERMS:
        m = re.search(pattern, term)
        if m:
            if bureau:
                place = re.sub(r"^各", "", term[: m.start()]).strip("、，") or "县市区"
                label = place if len(place) <= 6 else "县市区"
            return KindGuess(kind, label, bureau, term)
    return None


def unit_kinds(notice: Notice) -> Found | None:
    """The kinds of unit the addressee line (主送机关: 各县市区教育和体育局，…，各职业院校：)
    names; organs that do not submit (宣传部, 团委) are left out."""
    for line in notice.lines[:30]:
        compact = line.replace(" ", "")
        if not _ADDRESSEE.match(compact):
            continue
        kinds: dict[str, KindGuess] = {}
        for term in re.split(r"[，,、；;]", compact.rstrip("：:")):
            guess = kind_of(term)
            if guess is not None and guess.id not in kinds:
                kinds[guess.id] = guess
        if kinds:
            return Found(tuple(kinds.values()), line)
    return None


def kinds_in(sentence: str, known: tuple[KindGuess, ...]) -> tuple[str, ...]:
    """The unit kinds a sentence's subject names (各中等职业学校…要), among `known`."""
    ids = {k.id for k in known}
    found: list[str] = []
    for m in re.finditer(r"各([^，、；。：\s]{2,20}?)(?=[、，要于将]|报送|$)", sentence):
        guess = kind_of(m.group(1))
        if guess is not None and guess.id in ids and guess.id not in found:
            found.append(guess.id)
        if guess is not None and guess.id == "school":  # 各参赛学校: every school kind
            found.extend(k for k in ids if k not in found and not _bureau(k, known))
    return tuple(found)


def _bureau(kind: str, known: tuple[KindGuess, ...]) -> bool:
    return any(k.id == kind and k.bureau for k in known)
