"""Realistic sample submissions for the default campaign, the same every time.

    samples = build_samples(campaign)    # [Sample(at=..., unit_id="daiyue", note=..., ...)]
    deliver(Path("data/mail"), samples[0], 0)   # into Maildir new/, stamped with its arrival

Eight senders over 2020-11-02..16: units that finish on time, late, partly or not at all;
plans as docx; column URLs in mail bodies; contact forms as a docx table, an xlsx, a vertical
(key/value) table, prose in the body and a mail signature; 5+ articles from some units and
fewer from others; summaries; statistics tables in the config's [statistics] layout; one
broken (truncated) docx; one personal 163.com sender that names no unit. Reusable by the
benchmark and the hostile-input suites: only the campaign's statistics columns are read.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

from rules.campaign import Campaign

TZ = ZoneInfo("Asia/Shanghai")
MAILBOX = "jyj-zcjk01@ta.shandong.cn"
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
_FIXED = datetime(2020, 11, 1, 8, 0)  # document metadata time: keeps the content stable
_MODIFIED = re.compile(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)")


@dataclass(frozen=True, slots=True)
class Sample:
    """One mail as a unit sends it, and when it reaches the mailbox."""

    at: datetime
    unit_id: str | None  # the unit the demo means it to come from; None: an unknown sender
    note: str  # what it shows, for people reading the demo
    message: EmailMessage


# --- documents ---------------------------------------------------------------------------


def _stable_zip(data: bytes) -> bytes:
    """The same OOXML package with fixed member times, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = _MODIFIED.sub(rb"\g<1>2020-11-01T00:00:00Z\g<2>", body)
            dst.writestr(fixed, body)
    return out.getvalue()


def docx(title: str, *paragraphs: str, table: Sequence[Sequence[str]] | None = None) -> bytes:
    """A Word document: a title, paragraphs, optionally one table (rows of cells)."""
    from docx import Document

    doc = Document()
    doc.core_properties.created = _FIXED
    doc.core_properties.modified = _FIXED
    doc.core_properties.author = "办公室"
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return _stable_zip(out.getvalue())


def xlsx(
    rows: Sequence[Sequence[object]], *, title: str | None = None, sheet: str = "Sheet1"
) -> bytes:
    """A workbook with one sheet: an optional merged title row, then `rows`."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    wb.properties.created = _FIXED
    wb.properties.modified = _FIXED
    if title:
        ws.append([title])
        width = max(len(r) for r in rows)
        if width > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return _stable_zip(out.getvalue())


def statistics_xlsx(campaign: Campaign, unit_name: str, values: Sequence[int]) -> bytes:
    """The statistics table in the template layout of the config's [statistics]."""
    template = campaign.statistics
    if template is None:
        headers = ["单位名称", "线上活动（场次）", "线下活动（场次）", "参与师生（人次）"]
        title = "职业教育活动周情况统计表"
    else:
        headers = [c.header for c in template.columns]
        title = template.title
    row: list[object] = [unit_name]
    numbers = list(values) + [0] * len(headers)
    row += numbers[: len(headers) - 1]
    return xlsx([headers, row], title=title, sheet="统计表")


def article(unit_short: str, unit_name: str, day: int, topic: str, place: str) -> bytes:
    """A news-style publicity article (headline, dateline lead, two paragraphs)."""
    return docx(
        f"{unit_short}举办职业教育活动周{topic}活动",
        f"11月{day}日，{unit_name}在{place}举办“技能成就出彩人生”{topic}活动，"
        f"吸引了学生、家长和社区群众三百余人参加。",
        f"活动中，师生现场展示了专业技能和实训成果，企业代表介绍了校企合作和就业情况。"
        f"参加活动的家长表示，通过{topic}活动更加了解了职业教育，对孩子的发展更有信心。",
        f"下一步，{unit_short}将持续做好职业教育宣传，营造全社会关心支持职业教育的良好氛围。"
        f"（通讯员 {unit_short}办公室）",
    )


def plan(unit_name: str) -> bytes:
    return docx(
        f"{unit_name}2020年职业教育活动周实施方案",
        "根据《泰安市教育局关于举办2020年职业教育活动周的通知》要求，结合我单位实际，制定本方案。",
        "一、活动时间：2020年11月8日至14日。",
        "二、活动主题：技能成就出彩人生。",
        "三、活动内容：（一）举办校园开放日；（二）开展技能展示和技术技能服务；"
        "（三）组织职业体验；（四）做好宣传报道。",
        "四、工作要求：各部门高度重视，精心组织，确保活动周各项工作取得实效。",
    )


def summary(unit_name: str) -> bytes:
    return docx(
        f"{unit_name}2020年职业教育活动周总结报告",
        "按照市教育局统一部署，我单位于11月8日至14日组织开展了职业教育活动周系列活动，"
        "现将有关情况总结如下。",
        "一、主要做法：加强组织领导，制定实施方案，线上线下相结合开展宣传展示。",
        "二、取得成效：共举办各类活动十余场，参与师生两千余人次，服务群众三千余人次。",
        "三、下一步打算：总结经验，建立职业教育宣传长效机制。",
    )


# --- mail --------------------------------------------------------------------------------


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2020, 11, day, hour, minute, tzinfo=TZ)


def message(
    *,
    sender: tuple[str, str],
    subject: str,
    body: str,
    when: datetime,
    ident: str,
    files: Sequence[tuple[str, bytes]] = (),
) -> EmailMessage:
    """A mail the way a unit's office sends it: display name, date, plain body, files."""
    msg = EmailMessage()
    msg["From"] = formataddr(sender)
    msg["To"] = MAILBOX
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    domain = sender[1].split("@", 1)[1]
    msg["Message-ID"] = f"<{ident}@{domain}>"
    msg["X-Mailer"] = "Foxmail 7.2.19"
    msg.set_content(body)
    for name, data in files:
        maintype, subtype = XLSX if name.endswith(".xlsx") else DOCX
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"=_demo_{ident}")  # not random: the same sample, the same bytes
    return msg


_TOPICS = (
    ("校园开放日", "学校实训楼"),
    ("技能展示", "市民广场"),
    ("职业体验", "实训基地"),
    ("技术技能服务进社区", "社区服务中心"),
    ("非遗技艺传承", "学校文化长廊"),
    ("优秀毕业生报告会", "学校报告厅"),
)


def build_samples(campaign: Campaign) -> list[Sample]:
    """The demo's mail, oldest first. Deterministic: same input, same mail."""
    out: list[Sample] = []

    def add(
        unit_id: str | None,
        note: str,
        sender: tuple[str, str],
        subject: str,
        body: str,
        when: datetime,
        files: Sequence[tuple[str, bytes]] = (),
    ) -> None:
        ident = f"demo{len(out) + 1:03d}.{when:%Y%m%d%H%M}"
        out.append(
            Sample(
                at=when,
                unit_id=unit_id,
                note=note,
                message=message(
                    sender=sender, subject=subject, body=body, when=when, ident=ident, files=files
                ),
            )
        )

    def articles(
        unit_id: str, sender: tuple[str, str], short: str, name: str, days: Sequence[int]
    ) -> None:
        for i, day in enumerate(days):
            topic, place = _TOPICS[i % len(_TOPICS)]
            add(
                unit_id,
                f"article {i + 1}",
                sender,
                f"{short}活动周宣传稿件：{topic}",
                "您好，报送我单位职业教育活动周宣传稿件一篇，请审阅。",
                at(day, 10 + i % 6, 12 + 7 * i % 40),
                [(f"{short}{topic}活动新闻稿.docx", article(short, name, day, topic, place))],
            )

    # 岱岳区教体局: everything on time; contact form as a docx table with a header row.
    dy = ("岱岳区教体局职成科", "dyqjtj@ta.shandong.cn")
    dy_name = "泰安市岱岳区教育和体育局"
    add(
        "daiyue",
        "plan on time, column URL in the body",
        dy,
        "岱岳区教体局报送2020年职业教育活动周实施方案",
        "市教育局职成高教科：\n\n现将我区职业教育活动周实施方案报送，请审阅。\n"
        "我区活动周宣传专栏网址：http://www.dyjyj.gov.cn/zjhdz/\n\n岱岳区教体局职成科",
        at(3, 9, 42),
        [("岱岳区2020年职业教育活动周实施方案.docx", plan(dy_name))],
    )
    add(
        "daiyue",
        "contact form: docx table with a header row",
        dy,
        "岱岳区教体局活动周联络员信息",
        "您好，联络员信息见附件。",
        at(4, 15, 10),
        [
            (
                "岱岳区活动周联络员信息表.docx",
                docx(
                    "职业教育活动周联络员信息表",
                    table=[
                        ["单位", "姓名", "职务", "电子邮箱", "手机号码"],
                        [dy_name, "刘建国", "职成科科长", "liujg@dyjyj.gov.cn", "13805381266"],
                    ],
                ),
            )
        ],
    )
    articles("daiyue", dy, "岱岳区教体局", dy_name, (8, 9, 10, 11, 12, 13))
    add(
        "daiyue",
        "summary and statistics table",
        dy,
        "岱岳区教体局活动周总结报告及统计表",
        "您好，现报送活动周总结报告和情况统计表。",
        at(15, 10, 20),
        [
            ("岱岳区2020年职业教育活动周总结报告.docx", summary(dy_name)),
            (
                "2020年职业教育活动周情况统计表（岱岳区）.xlsx",
                statistics_xlsx(campaign, dy_name, (12, 30, 6, 9, 2800, 4100, 16, 52000)),
            ),
        ],
    )

    # 岱岳区职业教育中心: complete; contact as a vertical (key/value) table.
    zx = ("岱岳区职教中心办公室", "dyzjzx@ta.shandong.cn")
    zx_name = "泰安市岱岳区职业教育中心"
    add(
        "dyzjzx",
        "plan, column URL, contact as a vertical table",
        zx,
        "岱岳区职教中心活动周方案和联络员",
        "您好！附件为我校活动周实施方案和联络员信息。\n学校活动周宣传专栏：www.dyzjzx.com/hdz\n",
        at(4, 16, 35),
        [
            ("活动周实施方案.docx", plan(zx_name)),
            (
                "联络员信息.docx",
                docx(
                    "联络员信息",
                    table=[
                        ["单位", zx_name],
                        ["姓名", "王丽"],
                        ["职务", "办公室主任"],
                        ["邮箱", "wangli@dyzjzx.com"],
                        ["手机", "13953881702"],
                    ],
                ),
            ),
        ],
    )
    articles("dyzjzx", zx, "岱岳区职教中心", zx_name, (9, 10, 11, 12, 13))
    add(
        "dyzjzx",
        "summary and statistics on the last day",
        zx,
        "岱岳区职教中心活动周总结和统计表",
        "您好，总结报告和统计表见附件。",
        at(16, 16, 40),
        [
            ("岱岳区职教中心活动周总结报告.docx", summary(zx_name)),
            (
                "活动周情况统计表.xlsx",
                statistics_xlsx(campaign, zx_name, (5, 12, 2, 4, 1500, 800, 7, 9800)),
            ),
        ],
    )

    # 泰山区教体局: plan late, contact as prose in the mail body, three articles only.
    ts = ("泰山区教体局", "tsqjtj@ta.shandong.cn")
    ts_name = "泰安市泰山区教育和体育局"
    add(
        "taishan",
        "plan a day late; contact in prose; column URL in the body",
        ts,
        "泰山区职业教育活动周实施方案",
        "市局职成科：\n\n我区活动周方案见附件，报送较晚，敬请谅解。\n"
        "我区联络员：赵敏，单位：泰安市泰山区教育和体育局，职务：职成科副科长，邮箱：zhaomin@tsjy.gov.cn，手机：13562800913。\n"
        "宣传专栏地址：http://www.tsjy.gov.cn/zthd/zjhdz.html\n",
        at(6, 10, 15),
        [("泰山区2020年职业教育活动周方案.docx", plan(ts_name))],
    )
    articles("taishan", ts, "泰山区教体局", ts_name, (10, 12, 14))

    # 新泰市教体局: contact form as an xlsx; five articles in one mail; no statistics.
    xt = ("新泰市教体局职教科", "xtsjtj@ta.shandong.cn")
    xt_name = "新泰市教育和体育局"
    add(
        "xintai",
        "plan and contact xlsx before the deadline",
        xt,
        "新泰市教体局：活动周方案、联络员信息",
        "您好，方案和联络员信息表请查收。活动周专栏网址：http://www.xtjy.net/zjzl/\n",
        at(5, 17, 20),
        [
            ("新泰市职业教育活动周实施方案.docx", plan(xt_name)),
            (
                "联络员信息表.xlsx",
                xlsx(
                    [
                        ["单位名称", "姓名", "职务", "电子邮箱", "手机号码"],
                        [xt_name, "孙鹏", "职教科科长", "sunpeng@xtjy.net", "15805386677"],
                    ],
                    sheet="联络员",
                ),
            ),
        ],
    )
    add(
        "xintai",
        "five articles in one mail",
        xt,
        "新泰市活动周宣传稿件5篇",
        "您好，报送宣传稿件5篇。",
        at(12, 9, 5),
        [
            (
                f"新泰宣传稿{i + 1}-{_TOPICS[i][0]}.docx",
                article("新泰市", xt_name, 8 + i, *_TOPICS[i]),
            )
            for i in range(5)
        ],
    )
    add(
        "xintai",
        "summary without the statistics table",
        xt,
        "新泰市活动周总结",
        "您好，总结报告见附件，统计表随后报送。",
        at(16, 11, 0),
        [("新泰市2020年职业教育活动周总结.docx", summary(xt_name))],
    )

    # 泰山职业技术学院: contact in the signature; two articles; a broken summary file.
    tv = ("泰山职业技术学院 党政办", "tszy@tsvtc.edu.cn")
    tv_name = "泰山职业技术学院"
    add(
        "tsvtc",
        "plan; contact in the mail signature",
        tv,
        "泰山职业技术学院活动周实施方案",
        "您好，我院活动周实施方案见附件。活动周专题网页：https://www.tsvtc.edu.cn/zjhdz/\n\n"
        "--\n张强\n党政办副主任\n泰山职业技术学院\n手机：18853870155\n"
        "邮箱：zhangqiang@tsvtc.edu.cn\n",
        at(5, 11, 30),
        [("泰山职业技术学院活动周实施方案.docx", plan(tv_name))],
    )
    articles("tsvtc", tv, "泰山职院", tv_name, (11, 13))
    broken = summary(tv_name)
    add(
        "tsvtc",
        "a broken file: the summary docx is truncated",
        tv,
        "泰山职业技术学院活动周总结报告和统计表",
        "您好，总结报告和统计表见附件。",
        at(16, 17, 50),
        [
            ("泰山职业技术学院活动周总结报告.docx", broken[: len(broken) // 3]),
            (
                "职业教育活动周情况统计表.xlsx",
                statistics_xlsx(campaign, tv_name, (8, 15, 3, 6, 3200, 2600, 11, 31000)),
            ),
        ],
    )

    # 肥城市教体局: answers the 09:00 reminder on the due day; contact in the signature.
    fc = ("肥城市教体局", "fcsjtj@ta.shandong.cn")
    fc_name = "肥城市教育和体育局"
    add(
        "feicheng",
        "plan after the reminder on the due day",
        fc,
        "肥城市教体局职业教育活动周方案",
        "您好，收到提醒，现报送活动周方案。宣传专栏：http://www.fcjy.gov.cn/hdz/\n\n"
        "联系人：陈晓燕  职务：职成教科科员\n电话：13854829931  邮箱：chenxy@fcjy.gov.cn\n",
        at(5, 10, 5),
        [("肥城市2020年职业教育活动周实施方案.docx", plan(fc_name))],
    )
    articles("feicheng", fc, "肥城市教体局", fc_name, (12,))

    # 宁阳县职业中专: a plan only, early.
    ny = ("宁阳职专", "nyzz@ta.shandong.cn")
    add(
        "nyzz",
        "plan only",
        ny,
        "宁阳县职业中专活动周方案",
        "附件为我校活动周方案。",
        at(2, 14, 48),
        [("宁阳县职业中等专业学校活动周方案.docx", plan("宁阳县职业中等专业学校"))],
    )

    # An unknown personal address that names no unit: waits for staff (intake assign).
    add(
        None,
        "unknown sender: a personal 163.com address naming no unit",
        ("李华", "lihua_1988@163.com"),
        "转发：活动周宣传稿件",
        "老师您好，这是我们学校的活动周宣传稿件，麻烦查收。\n",
        at(10, 21, 13),
        [
            (
                "宣传稿件.docx",
                docx(
                    "我校举办职业教育活动周校园开放日活动",
                    "11月10日，我校举办校园开放日活动，邀请家长和初中学生走进实训室，"
                    "体验智能制造、电子商务等专业的实训项目。",
                ),
            )
        ],
    )
    out.sort(key=lambda s: s.at)
    return out


def deliver(maildir: Path, sample: Sample, seq: int) -> Path:
    """Put `sample` into `maildir`/new as a delivery agent would at its arrival time: the
    time in the file name and as the file's mtime (what the Maildir source reads),
    atomically via tmp/."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    stamp = sample.at.timestamp()
    name = f"{int(stamp)}.M{seq:06d}P0.intake-demo"
    tmp = maildir / "tmp" / name
    tmp.write_bytes(sample.message.as_bytes())
    os.utime(tmp, (stamp, stamp))
    target = maildir / "new" / name
    os.replace(tmp, target)
    return target
