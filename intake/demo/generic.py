"""Sample mail for any campaign: made from its own units, deliverables and dates.

    samples = campaign_samples(campaign)   # [Sample(at=…, unit_id="qfzz", note=…), …]
    first, last = demo_span(campaign)      # the campaign start .. a day after its last due

Units behave in turn (by their order in the config): on time, one requirement late,
partly (half a count, one requirement left out), nothing at all; each requirement gets
what its deliverable is: a document titled with the deliverable's keyword (the head noun
comes last), a table in the statistics template's layout, a file of the deliverable's
`file_kinds`, a news-style article, a column URL in the body, the contact fields the
campaign asks for in prose. One unknown personal address that names no unit. Deterministic:
the same campaign gives the same mail.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta

from intake.demo.samples import Sample, docx, message, xlsx
from rules.campaign import Campaign, Deliverable, Requirement, Unit

_PROFILES = ("on time", "one late", "partly", "nothing")
_PEOPLE = (
    ("刘建国", "职成科科长"),
    ("王丽", "办公室主任"),
    ("孙鹏", "教务处副处长"),
    ("赵敏", "招生就业处干事"),
)
_MOBILES = ("13805381266", "13953881702", "15805386677", "13562800913")
# what an mp4, a jpg or any other file a deliverable takes as it is begins with
_MAGIC = {
    "mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
    "mov": b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
    "png": b"\x89PNG\r\n\x1a\n",
}


def demo_span(campaign: Campaign) -> tuple[datetime, datetime]:
    """From the campaign's start to 23:00 on the day after its last deadline."""
    tz = campaign.tz
    last = max((r.due for r in campaign.requirements), default=campaign.start_at())
    end = datetime.combine((last.astimezone(tz) + timedelta(days=1)).date(), time(23, 0), tz)
    return campaign.start_at(), end


def _address(unit: Unit) -> str:
    return unit.emails[0] if unit.emails else f"{unit.id}@{unit.id}.example.cn"


def _keyword(campaign: Campaign, spec: Deliverable) -> str:
    """A word that classifies a document as `spec`: its own first keyword, else the
    built-in one, else its title."""
    rule = campaign.classify.get(spec.id)
    words = (*spec.keywords, *(rule.keywords if rule else ()))
    return next((w for w in words if len(w) >= 2), spec.title)


def _times(req: Requirement, campaign: Campaign, count: int, late: bool) -> list[datetime]:
    """When a unit sends `count` items for `req`: spread over its window (or the days before
    its deadline), or the day after the deadline when `late`."""
    tz = campaign.tz
    due = req.due.astimezone(tz)
    if late:
        return [
            due + timedelta(days=1, hours=-(due.hour - 10), minutes=7 * i) for i in range(count)
        ]
    start = (
        req.opens.astimezone(tz) if req.opens else max(due - timedelta(days=4), campaign.start_at())
    )
    span = max((due - start).total_seconds(), 3600.0)
    out = []
    for i in range(count):
        moment = start + timedelta(seconds=span * (i + 1) / (count + 1))
        out.append(moment.replace(hour=max(8, min(moment.hour, 17)), minute=(11 * i + 5) % 60))
    return [t if t < due else due - timedelta(hours=2) for t in out]


def _document(campaign: Campaign, unit: Unit, spec: Deliverable, n: int) -> tuple[str, bytes]:
    """A file of deliverable `spec` as `unit` would send it (its n-th)."""
    word = _keyword(campaign, spec)
    if spec.file_kinds:
        ext = spec.file_kinds[0]
        body = _MAGIC.get(ext, b"") + hashlib.sha256(f"{unit.id}{spec.id}{n}".encode()).digest()
        return f"{unit.name}{spec.title}{n}.{ext}", body * 8
    template = next(
        (t for t in campaign.stats_templates if campaign.template_deliverable(t.id) == spec.id),
        None,
    )
    if template is not None:
        headers = [c.header for c in template.columns]
        row: list[object] = [unit.name] + [3 + n + i for i in range(len(headers) - 1)]
        return f"{template.title}（{unit.name}）.xlsx", xlsx([headers, row], title=template.title)
    if spec.news:
        title = f"{unit.name}举办{campaign.name}主题活动（{n}）"
        return f"{unit.name}{word}{n}.docx", docx(
            title,
            f"近日，{unit.name}围绕“{campaign.name}”举办主题活动，师生、家长和社区群众三百余人参加。",
            "活动中，师生现场展示了专业技能和实训成果，得到参加活动群众的好评。",
            f"下一步，{unit.name}将继续做好相关工作。（通讯员 办公室）",
        )
    number = "" if n == 1 else f"（之{n}）"  # a second item is a document of its own
    return f"{unit.name}{word}{'' if n == 1 else n}.docx", docx(
        f"{unit.name}{campaign.name}{number}{word}",
        f"根据{campaign.notice or '通知'}要求，结合我单位实际，现将第{n}份材料报送如下。",
        "一、基本情况：我单位高度重视，成立工作专班，精心组织实施。",
        "二、主要做法：明确责任分工，细化工作措施，确保各项任务落到实处。",
    )


def _contact(campaign: Campaign, unit: Unit, i: int) -> str:
    """The contact fields the campaign asks for, in prose ("联络员：刘建国，职务：科长 …")."""
    name, position = _PEOPLE[i % len(_PEOPLE)]
    values = {
        "unit": unit.name,
        "name": name,
        "position": position,
        "email": f"{unit.id}.lly@163.com",
        "mobile": _MOBILES[i % len(_MOBILES)],
        "phone": "0538-8226" + f"{i:03d}"[-3:],
    }
    parts = [f"联络员：{name}"]
    labels = {
        "unit": "单位",
        "position": "职务",
        "email": "邮箱",
        "mobile": "手机",
        "phone": "电话",
    }
    for spec in campaign.contact.fields:
        if spec.key != "name":
            parts.append(f"{labels[spec.key]}：{values[spec.key]}")
    return "，".join(parts) + "。"


def campaign_samples(campaign: Campaign) -> list[Sample]:
    """The demo's mail for `campaign`, oldest first."""
    out: list[Sample] = []

    def add(unit: Unit | None, note: str, sender: str, subject: str, body: str, when: datetime,
            files: list[tuple[str, bytes]]) -> None:  # fmt: skip
        ident = f"demo{len(out) + 1:03d}.{when:%Y%m%d%H%M}"
        who = (unit.name if unit else "李华", sender)
        msg = message(sender=who, subject=subject, body=body, when=when, ident=ident, files=files)
        msg.replace_header(
            "To", campaign.mailboxes[0] if campaign.mailboxes else "intake@localhost"
        )
        out.append(Sample(at=when, unit_id=unit.id if unit else None, note=note, message=msg))

    for i, unit in enumerate(campaign.units):
        profile = _PROFILES[i % len(_PROFILES)]
        if profile == "nothing":
            continue
        reqs = campaign.requirements_for(unit)
        for j, req in enumerate(reqs):
            spec = campaign.deliverable(req.deliverable)
            if spec is None or (profile == "partly" and j == len(reqs) - 1 and j > 0):
                continue
            count = req.min_count if profile != "partly" else max(1, req.min_count // 2)
            late = profile == "one late" and j == 0
            note = f"{spec.title}: {profile}"
            subject = f"{unit.name}报送{req.title}"
            for n, when in enumerate(_times(req, campaign, count, late), start=1):
                if spec.kind == "contact":
                    add(unit, note, _address(unit), subject, _contact(campaign, unit, i), when, [])
                    break
                if spec.kind == "url":
                    body = f"您好，我单位{spec.title}网址：http://www.{unit.id}.example.cn/zl/\n"
                    add(unit, note, _address(unit), subject, body, when, [])
                    break
                files = [_document(campaign, unit, spec, n)]
                add(unit, note, _address(unit), f"{subject}（{n}）" if count > 1 else subject,
                    "您好，材料见附件，请查收。", when, files)  # fmt: skip
    if out and campaign.deliverables:
        spec = next((d for d in campaign.deliverables if d.kind == "file"), None)
        if spec is not None:
            first = min(s.at for s in out) + timedelta(days=1, hours=3)
            anyone = Unit(id="anyone", name="某学校", kind=campaign.unit_kinds[0].id)
            name, data = _document(campaign, anyone, spec, 1)
            add(None, "unknown sender: a personal 163.com address naming no unit",
                "lihua_1988@163.com", "转发：材料", "老师您好，这是我们学校的材料，麻烦查收。\n",
                first, [(name.replace("某学校", ""), data)])  # fmt: skip
    out.sort(key=lambda s: s.at)
    return out
