"""What a notice asks each unit to send, read from its sentences: every deadline sentence's
object phrase split into items, each item mapped to a deliverable, with its count.

    asked(notice, dated, tz, window, kinds)
    # [Asked(text="活动周方案", deliverable="plan", due=datetime(2020, 11, 5, 18, 0), …),
    #  Asked(text="宣传材料（不少于5篇）", deliverable="article", min_count=5,
    #        opens=…11-08 00:00, due=…11-14 23:59, …), …]

"将X报Y" / "于…前报送X" / "X…请于…前报送" / "形成X，于…前报送" / "同时报送X" all give X; X is
split at 、 和 与 及 outside brackets, where both sides name something (学校教学诊断与改进
自我诊断报告 stays one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from intake.notice.finders import Deadline, Found, KindGuess, deadlines, kinds_in
from intake.notice.reading import Notice

# item words -> (deliverable id, kind, title, measure, news, file kinds); first match wins
_DELIVERABLES: tuple[tuple[str, str, str, str, str, bool, tuple[str, ...]], ...] = (
    (r"联络员|联系人|联系方式|名单", "contact", "contact", "联络员信息", "份", False, ()),
    (r"网址|网站|地址|专栏|链接|网页", "column_url", "url", "宣传专栏地址", "个", False, ()),
    (r"报名表|申报表|登记表|推荐表", "signup", "file", "报名表", "份", False, ()),
    (r"统计表|汇总表|数据表|情况表|一览表", "statistics", "file", "统计表", "份", False, ()),
    (r"视频", "video", "file", "视频", "段", False, ("mp4", "mov", "avi", "wmv", "flv", "m4v")),
    (r"照片|图片", "photo", "file", "照片", "张", False, ("jpg", "jpeg", "png", "heic")),
    (r"案例", "case", "file", "案例", "篇", False, ()),
    (r"宣传材料|宣传稿|稿件|报道|新闻|简报", "article", "file", "宣传材料", "篇", True, ()),
    (r"方案|计划", "plan", "file", "方案", "份", False, ()),
    (r"总结|报告", "summary", "file", "总结报告", "份", False, ()),
)
BUILTIN_IDS = {"plan", "article", "summary", "statistics", "contact", "column_url"}
_VERB = re.compile(r"(?:一并)?(?:报送|上报|提交|发送|报(?=[市省县区至到给]))")
_VERB_FIRST = re.compile(r"^(?:通过[^，。；]{1,10}?)?(?:一并)?(?:报送|上报|提交|发送)(?![至到])")
_FORMS = re.compile(r"^(?:盖章)?(?:扫描件|电子版|纸质版|原件|复印件|电子文档)$")
_COUNT = re.compile(r"(?:不少于|至少|不低于)\s*(\d+)\s*(篇|份|个|段|张|项|件)")
_FIELD_KEYS: tuple[tuple[str, str], ...] = (
    (r"单位", "unit"),
    (r"姓名|联系人|领队|负责人", "name"),
    (r"职务|职称", "position"),
    (r"邮箱|e-?mail", "email"),
    (r"手机", "mobile"),
    (r"电话|座机", "phone"),
)


@dataclass(frozen=True, slots=True)
class Asked:
    """One thing a notice asks for: as written, its deliverable, count, window, who."""

    text: str
    deliverable: str
    kind: str
    title: str
    measure: str
    news: bool
    file_kinds: tuple[str, ...]
    due: datetime | None
    sentence: str
    min_count: int = 1
    opens: datetime | None = None
    kinds: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    keywords: tuple[str, ...] = field(default=())
    count_sentence: str = ""


def deliverable_of(text: str) -> tuple[str, str, str, str, bool, tuple[str, ...]] | None:
    """(id, kind, title, measure, news, file kinds) of the deliverable an item names."""
    for pattern, ident, kind, title, measure, news, kinds in _DELIVERABLES:
        if re.search(pattern, text, re.IGNORECASE):
            return ident, kind, title, measure, news, kinds
    return None


def _top_split(phrase: str, marks: str) -> list[str]:
    """`phrase` cut at the characters of `marks` (and 以及/及) outside brackets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(phrase):
        ch = phrase[i]
        if ch in "（(《“[":
            depth += 1
        elif ch in "）)》”]" and depth:
            depth -= 1
        elif depth == 0 and (ch in marks or phrase.startswith("以及", i)):
            parts.append(phrase[start:i])
            i += 2 if phrase.startswith("以及", i) else 1
            start = i
            continue
        i += 1
    parts.append(phrase[start:])
    return [p.strip() for p in parts if p.strip()]


def split_items(phrase: str) -> list[str]:
    """The items of an object phrase: 、 always; 和/与/及 only where the left side names
    something on its own."""
    out: list[str] = []
    for piece in _top_split(phrase, "、，"):
        joined: list[str] = []
        for part in _top_split(piece, "和与及"):
            if joined and deliverable_of(joined[-1]) is None and "《" not in joined[-1]:
                joined[-1] = joined[-1] + "与" + part  # 教学诊断与改进…报告: one thing
            else:
                joined.append(part)
        out.extend(joined)
    return [c for c in (_clean(p) for p in out) if c and not _FORMS.match(c)]


def _clean(item: str) -> str:
    item = re.sub(r"[（(]附件\s*\d*[）)]", "", item)
    item = re.sub(r"(?:电子版|纸质版|电子文档|各一份)$", "", item)
    item = re.sub(r"^(?:本区域|本地区|本单位|本校|本县区|各自|相关)", "", item)
    item = re.sub(r"^(?:并|同时|将|形成|填写|制定|报送|上报|提交)", "", item)
    item = re.sub(r"(?:一并|请|并)$", "", item)
    return item.strip(" ，,。；")


def _object(sentence: str, d: Deadline) -> tuple[str, str]:
    """The object phrase of a deadline sentence, and what follows it (for 同时报送)."""
    after = sentence[d.end :].lstrip()
    if after.startswith("将"):
        m = _VERB.search(after)
        if m:
            return after[1 : m.start()], after[m.end() :]
    m = _VERB_FIRST.match(after)
    if m:
        rest = after[m.end() :]
        stop = re.search(r"[，。；]", rest)
        phrase = rest[: stop.start()] if stop else rest
        if phrase and not re.match(r"^[市省县区至到给]|^.{0,12}(?:科|处|室|组委会)$", phrase):
            return phrase, rest[len(phrase) :]
    before = sentence[: d.start].rstrip(" ，,请并于")
    clause = re.split(r"[，；：]", before)[-1]
    clause = re.sub(r"^.*?各[^，、]{2,20}?要", "", clause)  # 各中等职业学校要填写…
    return clause, after


def _counted(item: str, notice: Notice) -> tuple[int, str, str]:
    """(min_count, measure, the sentence) for an item: 宣传材料（不少于5篇）, 典型案例不少于2篇,
    视频1段; (1, "", "") when the notice gives no count."""
    m = _COUNT.search(item)
    if m:
        return int(m[1]), m[2], ""
    core = re.sub(r"[（(].*?[）)]|《|》", "", item)
    word = next((w for w in (core[-4:], core[-2:]) if len(w) >= 2), core)
    for sentence in notice.sentences:
        if word and word in sentence:
            near = re.search(re.escape(word) + r"[^，。；]{0,6}?" + _COUNT.pattern, sentence)
            if near:
                return int(near[1]), near[2], sentence
            one = re.search(re.escape(word) + r"(\d+)\s*(篇|段|个|份|张)", sentence)
            if one:
                return int(one[1]), one[2], sentence
    return 1, "", ""


def _fields(item: str) -> tuple[tuple[str, str], ...]:
    """The contact fields listed in an item: 联系方式（单位、姓名、职务、邮箱、手机号码）."""
    m = re.search(r"[（(]([^（）()]+)[）)]", item)
    if not m:
        return ()
    out: list[tuple[str, str]] = []
    for label in re.split(r"[、，,]", m.group(1)):
        label = label.strip()
        key = next((k for p, k in _FIELD_KEYS if re.search(p, label, re.IGNORECASE)), None)
        if key is not None and key not in [k for k, _ in out]:
            out.append((key, label))
    return tuple(out)


def _asked(
    text: str, notice: Notice, due: datetime | None, sentence: str, **extra: object
) -> Asked:
    found = deliverable_of(text)
    if found is None:
        ident, kind, title, measure, news, file_kinds = "", "file", text, "份", False, ()
    else:
        ident, kind, title, measure, news, file_kinds = found
    count, written_measure, count_sentence = _counted(text, notice)
    core = re.sub(r"[（(].*?[）)]", "", text).strip("《》")
    keywords: tuple[str, ...] = ()
    if ident not in BUILTIN_IDS:
        keywords = tuple(dict.fromkeys(w for w in (core if len(core) <= 12 else "", title) if w))
    return Asked(
        text=text,
        deliverable=ident,
        kind=kind,
        title=title,
        measure=written_measure or measure,
        news=news,
        file_kinds=file_kinds,
        due=due,
        sentence=sentence,
        min_count=count,
        fields=_fields(text) if kind == "contact" else (),
        keywords=keywords,
        count_sentence=count_sentence,
        **extra,  # type: ignore[arg-type]
    )


def asked(
    notice: Notice,
    dated: date,
    tz: ZoneInfo,
    week: Found | None,
    known: tuple[KindGuess, ...],
) -> list[Asked]:
    """Everything the notice asks units to send, in the order it asks."""
    out: list[Asked] = []
    for sentence in notice.sentences:
        found = deadlines(sentence, dated, tz)
        kinds = kinds_in(sentence, known)
        for d in found[:1]:  # a sentence's first deadline is its own; others are quoted
            phrase, rest = _object(sentence, d)
            texts = split_items(phrase)
            also = re.search(r"同时(?:报送|提交|上报)([^。；]+)", rest)
            if also:
                texts += split_items(also.group(1))
            out.extend(_asked(t, notice, d.due, sentence, kinds=kinds) for t in texts)
        if not found and week is not None and re.search(r"期间", sentence):
            m = re.search(r"(?:报送|上报|提交)([^，。；]+)", sentence)
            if m:
                first, last = week.value
                opens = datetime.combine(first, time(0, 0), tzinfo=tz)
                due = datetime.combine(last, time(23, 59), tzinfo=tz)
                for text in split_items(m.group(1)):
                    out.append(_asked(text, notice, due, sentence, opens=opens, kinds=kinds))
    return _named(out)


def _named(items: list[Asked]) -> list[Asked]:
    """Items without a known deliverable get ids item1, item2 …"""
    n = 0
    out: list[Asked] = []
    for item in items:
        if not item.deliverable:
            n += 1
            item = Asked(**{**_fields_of(item), "deliverable": f"item{n}"})
        out.append(item)
    return out


def _fields_of(item: Asked) -> dict[str, object]:
    return {name: getattr(item, name) for name in Asked.__dataclass_fields__}
