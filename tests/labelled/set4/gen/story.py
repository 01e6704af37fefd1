"""The vocabulary the stories are written in: labelled files (`F`), zips (`Z`), messages
(`Msg`) and small builders for the documents units send."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from . import texts
from .people import LIAISON, email, name
from .producers import EXT, Doc

TZ = ZoneInfo("Asia/Shanghai")


@dataclass
class F:
    """One attachment with its label."""

    name: str
    category: str  # plan article summary statistics contact other
    doc: Doc
    unit: str | None = None  # None: the message's unit
    readable: bool = True
    count: int = 1  # articles inside (a 材料汇编)
    note: str = ""


@dataclass
class Z:
    """A zip attachment; its members are what is labelled."""

    name: str
    members: list[F]
    note: str = ""

    @property
    def doc(self) -> Doc:
        return Doc("zip", self.name, members=[(m.name, m.doc) for m in self.members])


@dataclass
class Msg:
    """One message and its label."""

    slug: str
    when: str  # "11-03 09:12"
    client: str
    frm: tuple[str, str]
    subject: str | None
    text: str = ""
    html: str | None = None
    files: list[F | Z] = field(default_factory=list)
    unit: str | None = None
    kind: str = "submission"
    unit_unassigned_ok: bool = False
    body_article: bool | int = False
    article_links: list[str] = field(default_factory=list)
    column_url: str | None = None
    wechat_only: bool = False
    channel_only: str = ""
    liaison: dict[str, str] | None = None
    liaisons: list[dict[str, str]] = field(default_factory=list)
    note: str = ""
    to: list[tuple[str, str]] | None = None
    cc: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    inline: list[tuple[str, str, Doc]] = field(default_factory=list)
    forward: Msg | None = None
    in_reply_to: str = ""
    tnef: bool = False
    html_only: bool = False
    raw: bytes | None = None  # a message written byte by byte (reports, receipts)
    delay_min: int = 2
    shapes: list[str] = field(default_factory=list)

    def dt(self) -> datetime:
        md, hm = self.when.split(" ")
        m, d = md.split("-")
        h, mi = hm.split(":")
        return datetime(2020, int(m), int(d), int(h), int(mi), tzinfo=TZ)

    def received(self) -> datetime:
        return self.dt() + timedelta(minutes=self.delay_min)

    def all_files(self) -> list[F]:
        """Labelled files, zip members and forwarded files flattened."""
        out: list[F] = []
        for f in self.files:
            out += f.members if isinstance(f, Z) else [f]
        if self.forward is not None:
            out += self.forward.all_files()
        return out


def fn(stem: str, producer: str) -> str:
    return f"{stem}.{EXT.get(producer, producer)}"


def article(
    uid: str,
    short: str,
    i: int,
    date: str,
    producer: str = "lo-docx",
    title: str | None = None,
    stem: str | None = None,
    note: str = "",
) -> F:
    """The i-th article of a unit as a document."""
    t = title or texts.article_title(short, i, uid)
    src: Any
    if producer.startswith("pandoc"):
        src = texts.article_md(name(uid), short, t, date, f"{uid}{i}")
    elif producer == "python-docx":
        paras = texts.article_paras(name(uid), short, t[len(short) :], date, f"{uid}{i}")
        src = [["h", t], *[["p", x] for x in paras]]
    else:
        src = texts.article_html(
            name(uid), short, t, date, f"{uid}{i}", source_line=f"（供稿：{short}）"
        )
    return F(fn(stem or t, producer), "article", Doc(producer, src), note=note)


def body_article(
    uid: str, short: str, i: int, date: str, title: str | None = None
) -> tuple[str, str]:
    """(headline, text) of an article pasted into a mail body."""
    t = title or texts.article_title(short, i, uid)
    paras = texts.article_paras(name(uid), short, t[len(short) :], date, f"{uid}{i}b")
    return t, t + "\n\n" + "\n\n".join("　　" + x for x in paras)


def contact_rows(
    li: dict[str, str],
    labels: tuple[str, ...] = ("单位", "姓名", "职务", "邮箱", "手机号码"),
    keys: tuple[str, ...] = ("unit", "name", "position", "email", "mobile"),
) -> list[list[str]]:
    return [[lab, li[k]] for lab, k in zip(labels, keys, strict=True)]


def liaison(uid: str, **changes: str) -> dict[str, str]:
    return {**LIAISON[uid], **changes}


def frm(uid: str, who: str = "", i: int = 0) -> tuple[str, str]:
    return (who or name(uid), email(uid, i))


def stats(
    uid: str,
    producer: str,
    stem: str,
    headers: str = "std",
    title: bool = True,
    footer: list[str] | None = None,
    extra: list[str] | None = None,
) -> F:
    rows = texts.stats_rows(name(uid), uid, headers, title, footer, extra)
    if producer == "openpyxl":
        src: Any = {"rows": rows, "merges": ["A1:I1"] if title else [], "sheet": "统计表"}
    else:
        src = rows
    return F(fn(stem, producer), "statistics", Doc(producer, src))


def summary(
    uid: str,
    short: str,
    producer: str,
    stem: str,
    title: str = "",
    extra_html: list[str] | None = None,
    extra_text: str = "",
) -> F:
    paras = texts.summary_paras(short, uid)
    t = title or f"{short}2020年职业教育活动周工作总结"
    if producer.startswith("pandoc"):
        src: Any = (
            f"# {t}\n\n"
            + "\n\n".join(paras)
            + (f"\n\n{extra_text}" if extra_text else "")
            + f"\n\n{name(uid)}\n\n2020年11月15日\n"
        )
    elif producer == "python-docx":
        src = [["h", t], *[["p", x] for x in paras]] + ([["p", extra_text]] if extra_text else [])
    else:
        blocks = [texts.p(x) for x in paras] + list(extra_html or [])
        if extra_text:
            blocks += [texts.p(x) for x in extra_text.split("\n")]
        src = texts.html_doc(t, [*blocks, texts.p(name(uid)), texts.p("2020年11月15日")])
    return F(fn(stem, producer), "summary", Doc(producer, src))


def plan(
    uid: str,
    short: str,
    producer: str,
    stem: str,
    leader: str,
    office: str,
    title: str = "",
    tail_html: list[str] | None = None,
    tail_text: str = "",
) -> F:
    t = title or f"{short}2020年职业教育活动周实施方案"
    if producer.startswith("pandoc"):
        src: Any = texts.plan_md(name(uid), short, t, leader, office, uid, tail_text)
    elif producer == "python-docx":
        src = [["h", t]]
        for h, x in texts.plan_blocks(name(uid), short, leader, office, uid):
            src += [["h", h, 2], ["p", x]]
        if tail_text:
            src += [["p", line] for line in tail_text.split("\n")]
    else:
        tail = list(tail_html or []) + (
            [texts.p(x) for x in tail_text.split("\n")] if tail_text else []
        )
        src = texts.plan_html(name(uid), short, t, leader, office, uid, tail)
    return F(fn(stem, producer), "plan", Doc(producer, src))


def photo(stem: str, seed: int, caption: str = "", jpg: bool = False) -> F:
    if jpg:
        html = texts.html_doc(
            caption, [f'<table><tr><td style="background:#8ab">{caption}</td></tr></table>']
        )
        return F(f"{stem}.jpg", "other", Doc("jpg", html))
    return F(f"{stem}.png", "other", Doc("png", str(seed)))


def sig(*lines: str) -> str:
    return "\n\n" + "\n".join(lines)


SUBJECTS = [
    "{short}职业教育活动周宣传材料{k}",
    "【职教活动周】{title}",
    "报送：{title}",
    "{short}—活动周稿件（{k}）",
    "{title}",
    "{short}宣传报道{n}篇",
    "职教活动周信息报送-{short}",
    "{short}活动周宣传稿件第{k}批",
    "回复：职教活动周材料",
    "{short}：{title}",
]
BODIES = [
    "市教育局职成高教科：\n\n    现报送{short}职业教育活动周宣传材料{n}篇，请审阅。\n",
    "田科长、董老师：\n\n您好！附件是我们{short}的活动周信息，请查收。\n",
    "老师好，{title}，稿件见附件。\n",
    "职成科：\n  {short}今日活动信息一篇，请审核。谢谢！\n",
    "您好：\n\n附件为{short}活动周宣传稿件，共{n}篇。\n\n此致\n敬礼！\n",
    "附件请查收。\n",
    "各位领导好，报送{short}职教活动周宣传信息{n}篇，如需修改请联系。\n",
]


def day(when: str) -> str:
    m, d = when.split(" ")[0].split("-")
    return f"{int(m)}月{int(d)}日"


def article_mails(
    uid: str,
    short: str,
    client: str,
    sender: tuple[str, str],
    plan: list[tuple[str, list[str]]],
    start: int = 0,
    style: int = 0,
    signature: str = "",
    slug: str = "articles",
) -> list[Msg]:
    """One message per entry of `plan` (when, producers of the articles it carries)."""
    out, i = [], start
    for k, (when, producers) in enumerate(plan):
        fs = [article(uid, short, i + j, day(when), p) for j, p in enumerate(producers)]
        i += len(producers)
        fmt = {"short": short, "title": fs[0].name.rsplit(".", 1)[0], "n": len(fs), "k": k + 1}
        subject = SUBJECTS[(style + k) % len(SUBJECTS)].format(**fmt)
        text = BODIES[(style + k) % len(BODIES)].format(**fmt) + signature
        out.append(
            Msg(f"{uid}-{slug}-{k + 1}", when, client, sender, subject, text, files=fs, unit=uid)
        )
    return out


CITY_REMINDER_ID = "20201112090012.reminder.zcgjk@ta.shandong.cn"
CITY_REMINDER = (
    "各县市区教体局、各职业院校：\n"
    "    截至11月12日上午，泰山区教体局、宁阳县教体局、泰安交通职专、东平职专东校区、泰安艺校"
    "报送的活动周宣传材料不足5篇，请抓紧报送。活动周总结报告和统计表请于11月16日前报送。\n"
    "泰安市教育局职成高教科\n2020年11月12日"
)
