"""A labelled corpus of realistic campaign mail, built in code (deterministic).

    samples = build_corpus(campaign)
    samples[0].raw         # bytes of an RFC 822 message
    samples[0].unit        # "fczz", or None when a careful human could not tell either
    samples[0].categories  # {"活动周方案.docx": "plan", ...} for every file a reader sees

Labels are what a person at 职成高教科 would decide reading the mail, not what the rules
happen to do. Senders vary between registered addresses and personal QQ/163/126/sina/
foxmail mailboxes; subjects between none, 转发：/Fw:/Re:/回复： and free text; headers and
bodies between UTF-8, GB2312 and GBK (RFC 2047 B and Q, RFC 2231 and quoted-RFC-2047 file
names as Chinese clients write them); attachments between docx, xlsx, legacy doc/xls,
scanned pdf, zip, images, and none (contacts or links in the body).
"""

from __future__ import annotations

import base64
import hashlib
import io
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import docx
import openpyxl

from rules.campaign import Campaign, Unit

TZ = ZoneInfo("Asia/Shanghai")
CITY = "jyj-zcjk01@ta.shandong.cn"

# Schools and the county bureau they belong to (an article names its bureau).
COUNTY_OF = {"fczz": "feicheng", "xtzz": "xintai", "nyzz": "ningyang", "dpzz": "dongping",
             "dyzjzx": "daiyue"}  # fmt: skip
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明")
POSITIONS = ("办公室主任", "教务处主任", "招生就业处副主任", "宣传干事", "职成科科长", "团委书记")
PINYIN = ("zhang", "wang", "li", "zhao", "liu", "chen", "yang", "huang", "zhou", "wu")


@dataclass(frozen=True)
class Sample:
    name: str
    raw: bytes
    unit: str | None
    categories: dict[str, str] = field(default_factory=dict)
    note: str = ""


# --------------------------------------------------------------------------- files


def docx_bytes(
    title: str,
    paragraphs: list[str],
    tables: list[list[list[str]]] | None = None,
    *,
    heading: bool = True,
    preface: str = "",
) -> bytes:
    d = docx.Document()
    if preface:
        d.add_paragraph(preface)
    if title:
        if heading:
            d.add_heading(title, level=0)
        else:
            d.add_paragraph(title)
    for p in paragraphs:
        d.add_paragraph(p)
    for rows in tables or []:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    fixed = datetime(2020, 11, 1, 8, 0)
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    buf = io.BytesIO()
    d.save(buf)
    return _stable(buf.getvalue())


def xlsx_bytes(rows: list[list[object]], *, title: str = "", sheet: str = "Sheet1") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(rows[0]), 1))
    for row in rows:
        ws.append(row)
    wb.properties.created = wb.properties.modified = datetime(2020, 11, 1, 8, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return _stable(buf.getvalue())


def png_bytes(seed: int) -> bytes:
    """A valid 8x8 RGB PNG whose pixels depend on `seed`."""
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(24)) for _ in range(8))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def legacy_office_bytes(seed: int) -> bytes:
    """An OLE2 compound file header followed by junk: what a reader without LibreOffice
    sees of a .doc/.xls (it cannot read it)."""
    rnd = random.Random(seed)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rnd.randrange(256) for _ in range(2040))


def scanned_pdf_bytes() -> bytes:
    """A one-page PDF with no text layer (a scan of a stamped document, text-free)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    ]
    stream = b"0.9 g 50 50 495 742 re f"
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    )
    return out.getvalue()


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 11, 9, 10, 0, 0)), data)
    return buf.getvalue()


# --------------------------------------------------------------------------- texts


class Writer:
    """Deterministic people, numbers and texts for one corpus."""

    def __init__(self, campaign: Campaign, seed: int = 72) -> None:
        self.c = campaign
        self.rnd = random.Random(seed)
        self.units = {u.id: u for u in campaign.units}

    def person(self) -> tuple[str, str, str, str]:
        name = self.rnd.choice(SURNAMES) + self.rnd.choice(GIVEN) + self.rnd.choice(("", *GIVEN))
        mobile = self.rnd.choice(("138", "139", "158", "186", "135", "151")) + "".join(
            str(self.rnd.randrange(10)) for _ in range(8)
        )
        return name, self.rnd.choice(POSITIONS), mobile, self.rnd.choice(PINYIN)

    def personal_address(self, kind: str, pinyin: str) -> str:
        n = self.rnd.randrange(10**7, 10**10)
        return {
            "qq": f"{n}@qq.com",
            "163": f"{pinyin}{n % 10000}@163.com",
            "126": f"{pinyin}_{n % 1000}@126.com",
            "sina": f"{pinyin}{n % 100}@sina.com",
            "foxmail": f"{pinyin}.{n % 1000}@foxmail.com",
        }[kind]

    def short(self, unit: Unit) -> str:
        return unit.aliases[0] if unit.aliases else unit.name

    def plan_paragraphs(self, unit: Unit) -> list[str]:
        county = COUNTY_OF.get(unit.id)
        lead = (
            f"在{self.units[county].name}的统一部署下，"
            if county
            else "按照市教育局等9部门通知要求，"
        )
        return [
            f"为深入贯彻落实《泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知》"
            f"（泰教函〔2020〕72号）精神，{lead}结合{unit.name}实际，制定本方案。",
            "一、活动目的",
            "以习近平新时代中国特色社会主义思想为指导，全面宣传职业教育改革发展成果，大力弘扬劳动光荣、"
            "技能宝贵、创造伟大的时代风尚，营造全社会关心支持职业教育的良好氛围。",
            "二、活动时间和主题",
            "时间：2020年11月8日至14日。主题：人人出彩 技能强国。",
            "三、活动内容",
            "（一）举办“云上活动周”和网络校园开放日，面向学生、家长和社区居民展示办学成果、校园文化和实训教学。",
            "（二）开展技术技能服务进社区、技能下乡等活动，为群众提供家电维修、健康护理、法律咨询等服务。",
            "（三）做好宣传报道，设立活动周宣传专栏，活动周期间报送宣传材料不少于5篇。",
            "四、工作要求",
            "各部门要高度重视，精心组织，严格落实疫情防控要求，确保活动安全有序开展，活动结束后及时总结。",
        ]

    def article(
        self, unit: Unit, day: int, topic: int, others: list[Unit]
    ) -> tuple[str, list[str]]:
        short = self.short(unit)
        topics = [
            (
                f"{short}开展技能服务进社区活动",
                "组织师生走进社区，开展家电维修、健康护理、理发等技能服务",
            ),
            (
                f"{short}举办网络校园开放日",
                "通过网络直播向家长和社会各界展示实训基地和专业建设成果",
            ),
            (
                f"{short}开展“技能下乡”志愿服务",
                "组织农学、汽修专业师生走到田间地头，为农户提供农机维修和种植指导",
            ),
            (
                f"{short}举行职业教育活动周启动仪式",
                "举行活动周启动仪式，全体师生参加，校长作动员讲话",
            ),
            (
                f"{short}开展职业体验日活动",
                "邀请附近初中学生走进校园，体验烹饪、电子商务、无人机等专业课程",
            ),
            (f"匠心筑梦 技能报国——{short}技能大赛获奖选手事迹", "分享技能大赛获奖选手的成长故事"),
        ]
        headline, what = topics[topic % len(topics)]
        opening = self.rnd.choice(
            [f"11月{day}日，{unit.name}{what}，受到群众广泛好评。",
             f"本报讯（通讯员 {self.person()[0]}）11月{day}日，{unit.name}{what}。",
             f"近日，{unit.name}{what}，活动周各项工作有序推进。"]
        )  # fmt: skip
        body = [
            opening,
            "活动现场气氛热烈，师生们认真细致的服务赢得了居民的称赞。大家纷纷表示，职业院校的学生技术过硬、"
            "服务热情，身边的职业教育让人看得见、摸得着。",
        ]
        if others:
            names = "、".join(o.name if i % 2 else self.short(o) for i, o in enumerate(others))
            body.append(
                f"{names}的师生代表也应邀参加了交流活动，共同分享了专业建设和技能培养的经验。"
            )
        county = COUNTY_OF.get(unit.id)
        if county:
            body.append(f"{self.units[county].name}有关负责同志到场指导，对活动给予充分肯定。")
        body.append(
            "据悉，活动周期间学校还将陆续开展校园开放日、职业体验等系列活动，持续扩大职业教育影响力。"
        )
        return headline, body

    def summary_paragraphs(self, unit: Unit) -> list[str]:
        return [
            f"根据泰教函〔2020〕72号文件要求，{unit.name}于11月8日至14日组织开展了2020年职业教育活动周系列活动，"
            "现将有关情况总结如下。",
            "一、加强领导，周密部署。成立了以主要负责同志为组长的活动周领导小组，制定了活动方案，明确了责任分工。",
            f"二、活动丰富，成效明显。活动周期间共开展线上活动{self.rnd.randint(3, 12)}场、线下活动"
            f"{self.rnd.randint(3, 12)}场，服务群众{self.rnd.randint(300, 3000)}人次，发布宣传报道"
            f"{self.rnd.randint(5, 15)}篇。",
            "三、存在的不足和下一步打算。受疫情影响部分活动改为线上进行，今后将进一步创新活动形式，扩大社会影响。",
        ]

    def stats_rows(self, unit: Unit, *, aliases: bool = False) -> list[list[object]]:
        if aliases:
            header: list[object] = ["学校名称", "线上活动场次", "现场活动", "开放日活动",
                                    "技能服务活动", "参与人数", "受益群众", "报道篇数",
                                    "点击量"]  # fmt: skip
        else:
            header = [col.header for col in self.c.statistics.columns] if self.c.statistics else []
        values: list[object] = [unit.name] + [self.rnd.randint(1, 3000) for _ in header[1:]]
        return [header, values]

    def contact_rows(
        self, unit: Unit, who: tuple[str, str, str, str], email: str
    ) -> list[list[str]]:
        name, position, mobile, _ = who
        return [
            ["单位", "姓名", "职务", "邮箱", "手机号码"],
            [unit.name, name, position, email, mobile],
        ]

    def signature(self, unit: Unit, who: tuple[str, str, str, str], *, short: bool = False) -> str:
        name, position, mobile, _ = who
        label = self.short(unit) if short else unit.name
        return f"\n\n{label}\n{position} {name}\n手机：{mobile}"


# --------------------------------------------------------------------------- messages


def _date(day: int, hour: int) -> datetime:
    return datetime(2020, 11, day, hour, 17, tzinfo=TZ)


def message(
    *,
    subject: str | None,
    from_name: str,
    from_addr: str,
    body: str,
    files: Sequence[tuple[str, bytes]] = (),
    charset: str = "utf-8",
    date: datetime,
    headers: dict[str, str] | None = None,
    embedded: bytes | None = None,
    name_style: str = "2231",
) -> bytes:
    """One message. charset utf-8 uses EmailMessage; gb2312/gbk write headers, bodies and
    file names the way Chinese desktop clients do (RFC 2047 B, quoted RFC 2047 names)."""
    if charset == "utf-8":
        msg = EmailMessage()
        if subject is not None:
            msg["Subject"] = subject
        msg["From"] = formataddr((from_name, from_addr))
        msg["To"] = CITY
        msg["Date"] = format_datetime(date)
        msg["Message-ID"] = _message_id(subject, from_addr, date)
        for k, v in (headers or {}).items():
            msg[k] = v
        msg.set_content(body)
        for name, data in files:
            maintype, subtype = _mime(name)
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        if embedded is not None:
            from email import message_from_bytes, policy

            msg.add_attachment(message_from_bytes(embedded, policy=policy.default))
        _fix_boundaries(msg, _message_id(subject, from_addr, date)[1:9])
        return msg.as_bytes()
    # Clients fall back to a wider charset when the text does not fit (—, “” in GB2312).
    texts = [subject or "", from_name, body, *(n for n, _ in files)]
    for wider in (charset, "gbk", "gb18030"):
        try:
            for t in texts:
                t.encode(wider)
        except UnicodeEncodeError:
            continue
        charset = wider
        break
    outer = MIMEMultipart()
    if subject is not None:
        outer["Subject"] = encoded_words(subject, charset, "Q" if len(subject) % 3 == 0 else "B")
    outer["From"] = formataddr((encoded_words(from_name, charset), from_addr))
    outer["To"] = CITY
    outer["Date"] = format_datetime(date)
    outer["Message-ID"] = _message_id(subject, from_addr, date)
    for k, v in (headers or {}).items():
        outer[k] = v
    outer.attach(MIMEText(body, "plain", charset))
    for name, data in files:
        maintype, subtype = _mime(name)
        part = (
            MIMEApplication(data, subtype)
            if maintype == "application"
            else MIMEBase(maintype, subtype)
        )
        if maintype != "application":
            part.set_payload(data)
            from email import encoders

            encoders.encode_base64(part)
        if name_style == "2047":
            encoded = encoded_words(name, charset)
            part.add_header("Content-Disposition", "attachment", filename=encoded)
            part.set_param("name", encoded)
        else:
            part.add_header("Content-Disposition", "attachment", filename=(charset, "", name))
        outer.attach(part)
    _fix_boundaries(outer, _message_id(subject, from_addr, date)[1:9])
    return outer.as_bytes()


def encoded_words(text: str, charset: str, mode: str = "B") -> str:
    """RFC 2047 words as Chinese clients write them ("=?gb2312?B?...?="), split between
    characters so that no word exceeds 75 characters."""
    if text.isascii():
        return text
    words: list[str] = []
    chunk = ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > 36:
            words.append(_word(chunk, charset, mode))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(_word(chunk, charset, mode))
    return " ".join(words)


def _word(text: str, charset: str, mode: str) -> str:
    data = text.encode(charset)
    if mode == "Q":
        body = "".join(
            chr(b) if (chr(b).isalnum() and b < 128) else "_" if b == 32 else f"={b:02X}"
            for b in data
        )
    else:
        body = base64.b64encode(data).decode()
    return f"=?{charset}?{mode}?{body}?="


def _stable(data: bytes) -> bytes:
    """Re-zip an Office file with fixed member times (the writers stamp the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2020-11-01T08:00:00Z",
                    content,
                )
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2020, 11, 1, 8, 0, 0)), content)
    return buf.getvalue()


def _fix_boundaries(msg: Message, seed: str) -> None:
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i}_{seed}")


def _message_id(subject: str | None, from_addr: str, date: datetime) -> str:
    digest = hashlib.sha1(f"{subject}|{from_addr}|{date.isoformat()}".encode()).hexdigest()
    return f"<{digest[:16]}@corpus.test>"


def _mime(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower()
    return {
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "doc": ("application", "msword"),
        "xls": ("application", "vnd.ms-excel"),
        "pdf": ("application", "pdf"),
        "zip": ("application", "zip"),
        "jpg": ("image", "jpeg"),
        "png": ("image", "png"),
    }.get(ext, ("application", "octet-stream"))


# --------------------------------------------------------------------------- the corpus


def build_corpus(campaign: Campaign) -> list[Sample]:
    """Every sample, in a fixed order; the same bytes on every run."""
    w = Writer(campaign)
    units = list(campaign.units)
    by_id = {u.id: u for u in units}
    out: list[Sample] = []
    senders = ("registered", "qq", "163", "registered", "126", "sina", "foxmail")
    charsets = ("utf-8", "gb2312", "gbk", "utf-8", "gbk")

    def sender(unit: Unit, i: int, who: tuple[str, str, str, str]) -> tuple[str, bool]:
        kind = senders[i % len(senders)]
        if kind == "registered" and unit.emails:
            return unit.emails[0], True
        return w.personal_address(kind if kind != "registered" else "qq", who[3]), False

    # A. Plans (one per unit), with column URL, sometimes contacts, every sender kind.
    for i, unit in enumerate(units):
        who = w.person()
        addr, registered = sender(unit, i, who)
        short = w.short(unit)
        url = f"http://www.{unit.emails[0].split('@')[0]}.cn/hdz2020/" if unit.emails else ""
        style = i % 6
        subject = [
            f"{short}职业教育活动周方案",
            f"{unit.name}关于报送2020年职业教育活动周方案的函",
            "活动周方案",
            f"转发：{short}活动周方案及宣传专栏地址",
            f"【{short}】活动周实施方案",
            None,
        ][style]
        fname = [
            f"{short}2020年职业教育活动周实施方案.docx",
            "附件1：活动周实施方案.docx",
            f"{unit.name}活动周方案.docx",
            "活动周宣传方案.docx",
            "实施方案（定稿）.docx",
            f"{short}活动周方案.docx",
        ][style]
        title = f"{unit.name}2020年职业教育活动周实施方案"
        tables = None
        cats = {fname: "plan"}
        files = []
        body = f"您好！\n现将我单位活动周方案报上，请审阅。\n宣传专栏网址：{url}"
        if i % 4 == 1:
            tables = [w.contact_rows(unit, who, w.personal_address("163", who[3]))]
        if i % 5 == 2:
            cname = "联络员信息表.xlsx"
            files.append((cname, xlsx_bytes(w.contact_rows(unit, who, addr))))
            cats[cname] = "contact"
        files.insert(
            0, (fname, docx_bytes(title, w.plan_paragraphs(unit), tables, heading=i % 2 == 0))
        )
        # A careful reader finds the unit in the subject, file name, signature or the
        # plan's own title -- every plan names its unit in its title.
        if not registered and style in (2, 5) and i % 3 == 0:
            body += w.signature(unit, who, short=True)
        elif not registered and i % 2:
            body += w.signature(unit, who)
        out.append(
            Sample(
                f"plan-{unit.id}",
                message(
                    subject=subject,
                    from_name=who[0] if not registered else unit.name,
                    from_addr=addr,
                    body=body,
                    files=files,
                    charset=charsets[i % len(charsets)],
                    date=_date(2 + i % 4, 9 + i % 8),
                    name_style="2047" if i % 3 == 0 else "2231",
                ),
                unit.id,
                cats,
            )
        )

    # B. Articles during the week: two per unit for the first twelve units, some with
    #    photos, some naming other schools, some from personal mailboxes without a unit
    #    name in the subject (the article's own headline and dateline name the unit).
    schools = [u for u in units if u.kind == "school"]
    for i, unit in enumerate(units[:12]):
        for k in range(2):
            n = i * 2 + k
            who = w.person()
            addr, registered = sender(unit, n + 1, who)
            others = [schools[(n + j) % len(schools)] for j in (3, 5)]
            others = [o for o in others if o.id != unit.id][: n % 3]
            headline, paragraphs = w.article(unit, 8 + n % 7, n, others)
            short = w.short(unit)
            subject = [
                f"{short}活动周宣传稿件",
                f"宣传材料：{headline}",
                f"Fw: {headline}",
                f"{short}投稿（{k + 1}）",
                "活动周宣传报道",
            ][n % 5]
            fname = [
                f"{headline}.docx",
                "稿件.docx",
                f"{short}宣传稿{k + 1}.docx",
                f"{headline}.docx",
            ][n % 4]
            files = [(fname, docx_bytes(headline, paragraphs, heading=n % 2 == 0))]
            cats = {fname: "article"}
            if n % 3 == 0:
                for p in range(1 + n % 3):
                    pname = f"IMG_202011{n % 10}_{p}.jpg" if p % 2 == 0 else f"活动照片{p}.png"
                    files.append((pname, png_bytes(n * 10 + p)))
                    cats[pname] = "other"
            body = "您好，附件是我校活动周宣传稿件，请审阅。" if n % 2 else "稿件见附件。"
            if not registered and n % 4 == 1:
                body += w.signature(unit, who)
            out.append(
                Sample(
                    f"article-{unit.id}-{k}",
                    message(
                        subject=subject,
                        from_name=who[0],
                        from_addr=addr,
                        body=body,
                        files=files,
                        charset=charsets[n % len(charsets)],
                        date=_date(8 + n % 7, 8 + n % 10),
                    ),
                    unit.id,
                    cats,
                )
            )

    # C. Summary and statistics at the end (the last ten units), legacy formats too.
    for i, unit in enumerate(units[-10:]):
        who = w.person()
        addr, registered = sender(unit, i + 2, who)
        short = w.short(unit)
        sname = [
            f"{short}活动周工作总结.docx",
            "活动周总结报告.docx",
            "附件1.docx",
            f"{short}总结.doc",
        ][i % 4]
        tname = [
            "2020年职业教育活动周情况统计表.xlsx",
            "附件2.xlsx",
            "统计表.xlsx",
            f"{short}统计表.xls",
        ][i % 4]
        if sname.endswith(".doc"):
            sdata = legacy_office_bytes(i)
        else:
            title = (
                f"{unit.name}2020年职业教育活动周工作总结"
                if i % 4 != 2
                else "关于职业教育活动周开展情况的报告"
            )
            sdata = docx_bytes(title, w.summary_paragraphs(unit), heading=i % 2 == 1)
        if tname.endswith(".xls"):
            tdata = legacy_office_bytes(100 + i)
        else:
            tdata = xlsx_bytes(
                w.stats_rows(unit, aliases=i % 3 == 1),
                title="2020年职业教育活动周情况统计表" if i % 2 == 0 else "",
            )
        subject = [
            f"{short}活动周总结及统计表",
            "报送活动周总结报告和统计表",
            "回复：关于报送活动周总结的通知",
            None,
        ][i % 4]
        body = "总结报告和统计表见附件。" + (w.signature(unit, who) if not registered else "")
        if subject and subject.startswith("回复"):
            body += (
                "\n\n------------------ 原始邮件 ------------------\n"
                f'发件人: "职成高教科"<{CITY}>;\n发送时间: 2020年11月14日(星期六) 上午9:00\n'
                "主题: 关于报送活动周总结的通知\n\n"
                "各县市区教育和体育局、各职业院校：请于11月16日前报送活动周总结报告与统计表。"
            )
        out.append(
            Sample(
                f"summary-{unit.id}",
                message(
                    subject=subject,
                    from_name=who[0],
                    from_addr=addr,
                    body=body,
                    files=[(sname, sdata), (tname, tdata)],
                    charset=charsets[(i + 1) % len(charsets)],
                    date=_date(15 + i % 2, 10 + i),
                    name_style="2047" if i % 2 else "2231",
                ),
                unit.id,
                {sname: "summary", tname: "statistics"},
            )
        )

    # D. Contacts alone: xlsx, vertical docx table, body only, scanned pdf with a name.
    for i, uid in enumerate(("taishan", "tsvtc", "nyzz", "tawhys", "gaoxin", "xtzz")):
        unit = by_id[uid]
        who = w.person()
        addr, registered = sender(unit, i + 1, who)
        email = w.personal_address("163", who[3])
        short = w.short(unit)
        style = i % 4
        files: list[tuple[str, bytes]] = []
        cats: dict[str, str] = {}
        body = "联络员信息见附件。"
        if style == 0:
            files = [("联络员信息.xlsx", xlsx_bytes(w.contact_rows(unit, who, email)))]
            cats = {"联络员信息.xlsx": "contact"}
        elif style == 1:
            rows = [
                ["单位", unit.name],
                ["姓名", who[0]],
                ["职务", who[1]],
                ["邮箱", email],
                ["手机号码", who[2]],
            ]
            files = [("附件3.docx", docx_bytes("活动周联络员登记表", [], [rows]))]
            cats = {"附件3.docx": "contact"}
        elif style == 2:
            body = (
                f"市教育局职成高教科：\n我单位活动周联络员信息如下：\n单位：{unit.name}\n姓名：{who[0]}\n"
                f"职务：{who[1]}\n邮箱：{email}\n手机号码：{who[2]}"
            )
        else:
            files = [(f"{short}联络员回执（盖章）.pdf", scanned_pdf_bytes())]
            cats = {f"{short}联络员回执（盖章）.pdf": "contact"}
        subject = [f"{short}联络员信息", "联络员", f"Re: {short}活动周联络员", "报送联络员回执"][
            style
        ]
        if not registered and style != 2:
            body += w.signature(unit, who)
        out.append(
            Sample(
                f"contact-{uid}",
                message(
                    subject=subject,
                    from_name=who[0],
                    from_addr=addr,
                    body=body,
                    files=files,
                    charset=charsets[i % len(charsets)],
                    date=_date(3 + i % 3, 14),
                ),
                uid,
                cats,
            )
        )

    # E. Forwards: a teacher's QQ forwards the school's registered mail as an attachment
    #    (message/rfc822), a quoted forward in the body, staff forwarding from our mailbox.
    for i, uid in enumerate(("dpzz", "tshlxy", "sdfzxy", "dongping")):
        unit = by_id[uid]
        who = w.person()
        headline, paragraphs = w.article(unit, 10 + i, i + 2, [])
        fname = f"{headline}.docx"
        inner = message(
            subject=f"{w.short(unit)}宣传稿件",
            from_name=unit.name,
            from_addr=unit.emails[0],
            body="请审阅。",
            files=[(fname, docx_bytes(headline, paragraphs))],
            date=_date(10 + i, 9),
        )
        if i % 2 == 0:
            raw = message(
                subject=f"Fw: {w.short(unit)}宣传稿件",
                from_name=who[0],
                from_addr=w.personal_address("qq", who[3]),
                body="转发学校的稿件，请查收。",
                embedded=inner,
                date=_date(10 + i, 11),
            )
        else:
            raw = message(
                subject=f"转发：{w.short(unit)}宣传稿件",
                from_name="职成高教科" if i == 3 else who[0],
                from_addr=CITY if i == 3 else w.personal_address("foxmail", who[3]),
                body=(
                    "请查收\n\n---------- Forwarded message ---------\n"
                    f"From: {unit.name} <{unit.emails[0]}>\nDate: 2020年11月{10 + i}日\n"
                    f"Subject: {w.short(unit)}宣传稿件\nTo: <{CITY}>\n\n请审阅。"
                ),
                files=[(fname, docx_bytes(headline, paragraphs))],
                charset="gbk",
                date=_date(10 + i, 11),
            )
        out.append(Sample(f"forward-{uid}", raw, uid, {fname: "article"}))

    # F. Counties: a bureau's plan names its schools; bureau sending its schools' articles
    #    from a personal mailbox names two units equally (unassigned); an article sent
    #    as a link only; an image sent alone as publicity; a poster; a zip.
    fc, fz, xz = by_id["feicheng"], by_id["fczz"], by_id["xtzz"]
    plan_para = [
        *w.plan_paragraphs(fc),
        "五、参与学校：肥城市职业中等专业学校、肥城市高级技工学校及各乡镇成人文化技术学校。",
    ]
    out.append(
        Sample(
            "county-plan-names-schools",
            message(
                subject="肥城市教体局职业教育活动周实施方案",
                from_name="刘敏",
                from_addr="liumin_fc@126.com",
                body="请审阅。\n肥城市教育和体育局职成科",
                files=[
                    (
                        "肥城市职业教育活动周实施方案.docx",
                        docx_bytes("肥城市2020年职业教育活动周实施方案", plan_para),
                    )
                ],
                charset="gb2312",
                date=_date(4, 16),
            ),
            "feicheng",
            {"肥城市职业教育活动周实施方案.docx": "plan"},
        )
    )
    h1, p1 = w.article(fz, 9, 0, [])
    h2, p2 = w.article(fz, 11, 2, [])
    out.append(
        Sample(
            "county-forwards-school-articles-from-qq",
            message(
                subject="肥城市教体局转报肥城职专宣传稿件",
                from_name="小刘",
                from_addr="55501234@qq.com",
                body="两篇稿件，请查收。",
                files=[(f"{h1}.docx", docx_bytes(h1, p1)), (f"{h2}.docx", docx_bytes(h2, p2))],
                date=_date(12, 10),
            ),
            "fczz",
            {f"{h1}.docx": "article", f"{h2}.docx": "article"},
            "a bureau relaying its school's articles (转报): every file is the school's, so the "
            "mail is the school's (a county forwarding a school's file credits the school)",
        )
    )
    _h3, p3 = w.article(fz, 12, 3, [xz])
    out.append(
        Sample(
            "two-schools-joint-event",
            message(
                subject="肥城职专、新泰职专联合开展技能下乡活动",
                from_name="",
                from_addr="jiaoyan2020@163.com",
                body="稿件见附件",
                files=[
                    ("联合活动稿件.docx", docx_bytes("肥城职专、新泰职专联合开展技能下乡活动", p3))
                ],
                date=_date(12, 15),
            ),
            None,
            {"联合活动稿件.docx": "article"},
        )
    )
    for i, uid in enumerate(("tavtc", "dyzjzx", "ningyang")):
        unit = by_id[uid]
        who = w.person()
        body = (
            f"{w.short(unit)}活动周宣传报道链接：https://mp.weixin.qq.com/s/Ab{i}Xy7Kq{i}Lm\n"
            f"宣传专栏网址：http://www.{unit.emails[0].split('@')[0]}.cn/zt/hdz/"
        )
        out.append(
            Sample(
                f"link-only-{uid}",
                message(
                    subject=["宣传报道链接", f"{w.short(unit)}宣传报道", None][i],
                    from_name=who[0],
                    from_addr=unit.emails[0] if i != 1 else w.personal_address("sina", who[3]),
                    body=body + ("" if i != 1 else w.signature(unit, who)),
                    date=_date(9 + i, 20),
                ),
                uid,
                {},
            )
        )
    out.append(
        Sample(
            "image-alone-as-article",
            message(
                subject="岱岳区职教中心活动周宣传报道",
                from_name="",
                from_addr="dyzjzx@ta.shandong.cn",
                body="见图",
                files=[("微信图片_20201110153012.jpg", png_bytes(9001))],
                date=_date(10, 16),
            ),
            "dyzjzx",
            {"微信图片_20201110153012.jpg": "article"},
        )
    )
    out.append(
        Sample(
            "poster",
            message(
                subject="泰安艺校活动周宣传海报",
                from_name="美术组",
                from_addr="art_tawhys@126.com",
                body="海报请参考。\n泰安市文化艺术学校",
                files=[("活动周宣传海报.png", png_bytes(9002))],
                date=_date(7, 10),
            ),
            "tawhys",
            {"活动周宣传海报.png": "other"},
        )
    )
    members = [
        (
            "肥城职专/活动周实施方案.docx",
            docx_bytes(f"{fz.name}活动周实施方案", w.plan_paragraphs(fz)),
        ),
        ("肥城职专/联络员.xlsx", xlsx_bytes(w.contact_rows(fz, w.person(), "fc_zz@163.com"))),
    ]
    out.append(
        Sample(
            "zip-plan-and-contact",
            message(
                subject="肥城职专活动周材料",
                from_name="",
                from_addr="fczz@ta.shandong.cn",
                body="材料打包发送。",
                files=[("肥城职专活动周材料.zip", zip_bytes(members))],
                date=_date(4, 11),
            ),
            "fczz",
            {
                "肥城职专活动周材料.zip": "other",
                "活动周实施方案.docx": "plan",
                "联络员.xlsx": "contact",
            },
        )
    )

    # G. Traps for categories and names.
    who = w.person()
    h, p = w.article(by_id["xtzz"], 9, 1, [])
    out.append(
        Sample(
            "article-titled-plan-interpretation",
            message(
                subject="新泰职专宣传稿件",
                from_name=who[0],
                from_addr="xtzz@ta.shandong.cn",
                body="稿件一篇。",
                files=[
                    (
                        "活动周实施方案解读.docx",
                        docx_bytes("一图读懂：新泰职专活动周实施方案解读", p),
                    )
                ],
                date=_date(9, 10),
            ),
            "xtzz",
            {"活动周实施方案解读.docx": "article"},
        )
    )
    h, p = w.article(by_id["nyzz"], 14, 3, [])
    p = [*p, "校长在总结讲话中要求全体师生认真总结经验，把活动周成果转化为育人实效。"]
    out.append(
        Sample(
            "article-with-summary-word",
            message(
                subject="Re: 宁阳职专稿件",
                from_name="宁阳职专",
                from_addr="nyzz@ta.shandong.cn",
                body="补充一篇",
                files=[(f"{h}.docx", docx_bytes(h, p))],
                date=_date(14, 17),
            ),
            "nyzz",
            {f"{h}.docx": "article"},
        )
    )
    unit = by_id["tshlxy"]
    who = w.person()
    out.append(
        Sample(
            "plan-and-contact-subject-lists-both",
            message(
                subject="泰山护理职业学院活动周方案及联络员信息",
                from_name=who[0],
                from_addr=w.personal_address("126", who[3]),
                body="请查收两个附件。",
                files=[
                    (
                        "附件1.docx",
                        docx_bytes(f"{unit.name}职业教育活动周实施方案", w.plan_paragraphs(unit)),
                    ),
                    ("附件2.xlsx", xlsx_bytes(w.contact_rows(unit, who, "tshl_lly@163.com"))),
                ],
                charset="gbk",
                date=_date(5, 10),
            ),
            "tshlxy",
            {"附件1.docx": "plan", "附件2.xlsx": "contact"},
        )
    )
    out.append(
        Sample(
            "school-mentions-its-county-everywhere",
            message(
                subject="肥城市职业中等专业学校活动周方案",
                from_name="",
                from_addr="fcxx_office@163.com",
                body="在肥城市教育和体育局指导下，我校制定了活动周方案，请审阅。\n地址：肥城市新城街道龙山路",
                files=[
                    ("方案.docx", docx_bytes(f"{fz.name}活动周实施方案", w.plan_paragraphs(fz)))
                ],
                charset="gb2312",
                date=_date(3, 9),
            ),
            "fczz",
            {"方案.docx": "plan"},
        )
    )
    out.append(
        Sample(
            "spoofed-registered-sender",
            message(
                subject="活动周方案",
                from_name="肥城职专",
                from_addr="fczz@ta.shandong.cn",
                body="见附件",
                files=[
                    (
                        "方案.docx",
                        docx_bytes("活动周实施方案", w.plan_paragraphs(by_id["taishan"])[1:]),
                    )
                ],
                headers={
                    "Authentication-Results": (
                        "mx.ta.shandong.cn; spf=fail smtp.mailfrom=fczz@ta.shandong.cn; dkim=none"
                    )
                },
                date=_date(4, 3),
            ),
            None,
            {"方案.docx": "plan"},
            "From is forged: nothing else names a unit",
        )
    )
    out.append(
        Sample(
            "auto-reply-from-registered",
            message(
                subject="自动回复：关于报送活动周方案的通知",
                from_name="",
                from_addr="dpxjtj@ta.shandong.cn",
                body="您好，您的邮件已收到，我会尽快处理。",
                headers={"Auto-Submitted": "auto-replied"},
                date=_date(2, 9),
            ),
            "dongping",
            {},
        )
    )
    out.append(
        Sample(
            "no-subject-no-name",
            message(
                subject=None,
                from_name="",
                from_addr="88812345@qq.com",
                body="",
                files=[
                    (
                        "新建 Microsoft Word 文档.docx",
                        docx_bytes("", ["一、活动目的", "开展宣传活动。"]),
                    )
                ],
                date=_date(5, 22),
            ),
            None,
            {"新建 Microsoft Word 文档.docx": "other"},
            "nothing says who or what",
        )
    )
    out.append(
        Sample(
            "scanned-plan-pdf",
            message(
                subject="东平职专活动周方案（盖章版）",
                from_name="东平职专",
                from_addr="dpzz@ta.shandong.cn",
                body="盖章扫描件。",
                files=[("活动周方案（盖章）.pdf", scanned_pdf_bytes())],
                date=_date(5, 17),
            ),
            "dpzz",
            {"活动周方案（盖章）.pdf": "plan"},
        )
    )
    out.append(
        Sample(
            "county-statistics-from-bureau-with-school-rows",
            message(
                subject="宁阳县教体局报送活动周统计表",
                from_name="",
                from_addr="nyxjtj@ta.shandong.cn",
                body="统计表见附件，含宁阳县职业中等专业学校数据。",
                files=[
                    (
                        "宁阳县活动周情况统计表.xlsx",
                        xlsx_bytes(
                            [*w.stats_rows(by_id["ningyang"]), w.stats_rows(by_id["nyzz"])[1]],
                            title="2020年职业教育活动周情况统计表",
                        ),
                    )
                ],
                date=_date(16, 11),
            ),
            "ningyang",
            {"宁阳县活动周情况统计表.xlsx": "statistics"},
        )
    )
    out.extend(_harder(w, by_id))
    out.extend(_third(w, by_id))
    out.extend(_fourth(w, by_id))
    return out


class _GbkZipInfo(zipfile.ZipInfo):
    """A zip member whose name is written in GBK without the UTF-8 flag (Windows tools)."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.filename.encode("gbk"), self.flag_bits


def gbk_zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(_GbkZipInfo(name, date_time=(2020, 11, 12, 9, 0, 0)), data)
    return buf.getvalue()


def html_message(
    *,
    subject: str,
    from_name: str,
    from_addr: str,
    html: str,
    files: list[tuple[str, bytes]],
    date: datetime,
) -> bytes:
    """An HTML-only mail as QQ webmail sends it."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = formataddr((from_name, from_addr))
    msg["To"] = CITY
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = _message_id(subject, from_addr, date)
    msg.set_content(html, subtype="html")
    for name, data in files:
        maintype, subtype = _mime(name)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    _fix_boundaries(msg, _message_id(subject, from_addr, date)[1:9])
    return msg.as_bytes()


def _harder(w: Writer, by_id: dict[str, Unit]) -> list[Sample]:
    """Second batch, labelled before the rules were run on it: HTML mail, replies to
    reminders that name other units, GBK zip names, WPS/ET files, odd aliases, bounces."""
    out: list[Sample] = []
    fz, xz, nz, dz = by_id["fczz"], by_id["xtzz"], by_id["nyzz"], by_id["dpzz"]

    # 1. HTML-only QQ mail with the school in an HTML signature.
    who = w.person()
    html = (
        "<div>您好！附件是我校活动周方案，请审阅。</div><div><br></div>"
        f"<div style='color:#909090'>--</div><div>{xz.name}</div>"
        f"<div>{who[1]} {who[0]}</div><div>{who[2]}</div>"
    )
    out.append(
        Sample(
            "html-only-qq",
            html_message(
                subject="活动周方案",
                from_name=who[0],
                from_addr="30012345@qq.com",
                html=html,
                files=[
                    (
                        "活动周方案.docx",
                        docx_bytes("职业教育活动周实施方案", w.plan_paragraphs(xz)[1:]),
                    )
                ],
                date=_date(4, 20),
            ),
            "xtzz",
            {"活动周方案.docx": "plan"},
        )
    )

    # 2. Reply to the city's reminder that names several units; the replier signs.
    who = w.person()
    quoted = (
        "\n\n------------------ 原始邮件 ------------------\n"
        f'发件人: "职成高教科"<{CITY}>;\n发送时间: 2020年11月5日(星期四) 上午8:30\n'
        "主题: 提醒：尚未报送活动周方案的单位\n\n"
        "截至目前，肥城职专、新泰职专、宁阳职专、东平县教体局尚未报送活动周方案，请于今天下午6点前报送。"
    )
    out.append(
        Sample(
            "reply-to-reminder-signed",
            message(
                subject="回复：提醒：尚未报送活动周方案的单位",
                from_name=who[0],
                from_addr=w.personal_address("qq", who[3]),
                body="已补报，请查收。\n宁阳县职业中等专业学校 " + who[0] + quoted,
                files=[("方案.docx", docx_bytes("活动周实施方案", w.plan_paragraphs(nz)[1:]))],
                charset="gbk",
                date=_date(5, 11),
            ),
            "nyzz",
            {"方案.docx": "plan"},
        )
    )

    # 3. Same reminder answered without a signature: the plan's own title names the school.
    who = w.person()
    out.append(
        Sample(
            "reply-to-reminder-unsigned",
            message(
                subject="Re: 提醒：尚未报送活动周方案的单位",
                from_name=who[0],
                from_addr=w.personal_address("163", who[3]),
                body="补报" + quoted,
                files=[
                    (
                        "活动周方案.docx",
                        docx_bytes(f"{dz.name}2020年职业教育活动周实施方案", w.plan_paragraphs(dz)),
                    )
                ],
                date=_date(5, 15),
            ),
            "dpzz",
            {"活动周方案.docx": "plan"},
        )
    )

    # 4. A school teacher's article about the county bureau's event, signed by the school.
    who = w.person()
    county = by_id["feicheng"]
    paras = [
        f"11月8日，{county.name}在{fz.name}举行全市职业教育活动周启动仪式。",
        "启动仪式上，师生代表进行了技能展示，现场观众纷纷为同学们精湛的技艺点赞。活动周期间，全市职业院校将"
        "陆续开展校园开放日、技能服务进社区等系列活动。",
    ]
    out.append(
        Sample(
            "school-article-about-bureau-event",
            message(
                subject="稿件",
                from_name=who[0],
                from_addr=w.personal_address("126", who[3]),
                body="投稿一篇\n\n肥城职专 宣传办\n" + who[0],
                files=[
                    ("启动仪式.docx", docx_bytes("肥城市教体局举办职业教育活动周启动仪式", paras))
                ],
                date=_date(8, 18),
            ),
            "fczz",
            {"启动仪式.docx": "article"},
            "signed by the school; the article is about the bureau's event",
        )
    )

    # 5. Contact data as prose in a short docx.
    who = w.person()
    email = w.personal_address("163", who[3])
    out.append(
        Sample(
            "contact-prose-docx",
            message(
                subject="岱岳区职教中心联络员",
                from_name=who[0],
                from_addr=w.personal_address("sina", who[3]),
                body="联络员信息见附件。",
                files=[
                    (
                        "联络员.docx",
                        docx_bytes(
                            "",
                            [
                                f"单位：{by_id['dyzjzx'].name}",
                                f"联络员：{who[0]}，职务：{who[1]}，手机：{who[2]}，邮箱：{email}",
                            ],
                        ),
                    )
                ],
                date=_date(4, 9),
            ),
            "dyzjzx",
            {"联络员.docx": "contact"},
        )
    )

    # 6. A county bureau's zip of its schools' articles with GBK member names (registered).
    h1, p1 = w.article(dz, 9, 1, [])
    h2, p2 = w.article(dz, 10, 4, [])
    members = [
        (f"{h1}.docx", docx_bytes(h1, p1)),
        (f"{h2}.docx", docx_bytes(h2, p2)),
        ("活动照片.jpg", png_bytes(7001)),
    ]
    out.append(
        Sample(
            "county-gbk-zip-of-articles",
            message(
                subject="东平县报送活动周宣传材料",
                from_name="东平县教体局",
                from_addr="dpxjtj@ta.shandong.cn",
                body="宣传材料打包报送。",
                files=[("东平县宣传材料.zip", gbk_zip_bytes(members))],
                charset="gbk",
                date=_date(12, 16),
            ),
            "dpzz",
            {
                "东平县宣传材料.zip": "other",
                f"{h1}.docx": "article",
                f"{h2}.docx": "article",
                "活动照片.jpg": "other",
            },
        )
    )

    # 7. WPS and ET files (Kingsoft Office) that cannot be read here: named for what they are.
    who = w.person()
    out.append(
        Sample(
            "wps-and-et-files",
            message(
                subject="泰安技师学院活动周总结和统计表",
                from_name=who[0],
                from_addr="tajs@tajsxy.edu.cn",
                body="请查收。",
                files=[
                    ("活动周总结.wps", legacy_office_bytes(31)),
                    ("情况统计表.et", legacy_office_bytes(32)),
                ],
                date=_date(16, 9),
            ),
            "tajsxy",
            {"活动周总结.wps": "summary", "情况统计表.et": "statistics"},
        )
    )

    # 8. The 高新区 bureau under its other name, from a personal mailbox.
    who = w.person()
    gx = by_id["gaoxin"]
    out.append(
        Sample(
            "gaoxin-social-affairs-bureau",
            message(
                subject="高新区社会事业局关于报送职业教育活动周方案的报告",
                from_name=who[0],
                from_addr=w.personal_address("163", who[3]),
                body="请审阅。",
                files=[
                    (
                        "高新区活动周方案.docx",
                        docx_bytes("泰安高新区2020年职业教育活动周实施方案", w.plan_paragraphs(gx)),
                    )
                ],
                date=_date(5, 16),
            ),
            "gaoxin",
            {"高新区活动周方案.docx": "plan"},
        )
    )

    # 9. 市文化艺术学校 under a short alias, article as the second attachment with a poster.
    who = w.person()
    art = by_id["tawhys"]
    h, p = w.article(art, 11, 1, [])
    out.append(
        Sample(
            "art-school-article-and-poster",
            message(
                subject="市文化艺术学校宣传稿件及海报",
                from_name=who[0],
                from_addr="tawhys@ta.shandong.cn",
                body="稿件和海报各一份。",
                files=[("海报.jpg", png_bytes(7101)), (f"{h}.docx", docx_bytes(h, p))],
                date=_date(11, 14),
            ),
            "tawhys",
            {"海报.jpg": "other", f"{h}.docx": "article"},
        )
    )

    # 10. Body-only submission: column URL and liaison in the body, no files.
    who = w.person()
    out.append(
        Sample(
            "body-only-column-and-contact",
            message(
                subject="山东服装职业学院宣传专栏地址及联络员",
                from_name=who[0],
                from_addr=w.personal_address("foxmail", who[3]),
                body=(
                    f"宣传专栏网址：http://www.sdfzxy.edu.cn/hdz/\n联络员：{who[0]}\n职务：{who[1]}\n"
                    f"手机：{who[2]}\n邮箱：{w.personal_address('163', who[3])}"
                ),
                date=_date(4, 17),
            ),
            "sdfzxy",
            {},
        )
    )

    # 11. Article docx with an "附件2" line, a title, a byline, then paragraphs; sent from a
    #     college teacher's mailbox on the college's domain (not registered).
    who = w.person()
    ts = by_id["tsvtc"]
    paras = [
        f"（通讯员 {who[0]}）",
        f"11月10日，{ts.name}机电工程学院师生走进泰安高新区企业，开展设备维护技能服务。",
        f"服务中，师生们还与{by_id['tavtc'].name}、山东服装职业学院的同行交流了校企合作经验，"
        "企业负责人对学生的专业素养给予高度评价。",
    ]
    out.append(
        Sample(
            "college-article-preface",
            message(
                subject="稿件",
                from_name=who[0],
                from_addr="jdxy@tsvtc.edu.cn",
                body="",
                files=[
                    (
                        "3.docx",
                        docx_bytes(
                            "泰山职院师生走进企业开展技能服务",
                            paras,
                            heading=False,
                            preface="附件2",
                        ),
                    )
                ],
                date=_date(10, 21),
            ),
            "tsvtc",
            {"3.docx": "article"},
        )
    )

    # 12. Image of the statistics table and an xlsx of it, from a bureau.
    out.append(
        Sample(
            "statistics-photo-and-sheet",
            message(
                subject="新泰市教体局统计表",
                from_name="",
                from_addr="xtsjtj@ta.shandong.cn",
                body="统计表电子版及盖章扫描件。",
                files=[
                    ("统计表（盖章）.jpg", png_bytes(7201)),
                    (
                        "统计表.xlsx",
                        xlsx_bytes(
                            w.stats_rows(by_id["xintai"]), title="2020年职业教育活动周情况统计表"
                        ),
                    ),
                ],
                date=_date(16, 17),
            ),
            "xintai",
            {"统计表（盖章）.jpg": "statistics", "统计表.xlsx": "statistics"},
        )
    )

    # 13. Bounce from the mailer daemon about a mail to a unit: nobody's submission.
    out.append(
        Sample(
            "bounce",
            message(
                subject="Undelivered Mail Returned to Sender",
                from_name="Mail Delivery System",
                from_addr="MAILER-DAEMON@ta.shandong.cn",
                body=(
                    "This is the mail system at host ta.shandong.cn.\n\n"
                    "I'm sorry to have to inform you that your message could not be delivered "
                    "to fczz@ta.shandong.cn."
                ),
                headers={"Auto-Submitted": "auto-replied"},
                date=_date(3, 2),
            ),
            None,
            {},
        )
    )

    # 14. Out-of-office reply from a personal address.
    out.append(
        Sample(
            "out-of-office-personal",
            message(
                subject="自动回复: 关于报送活动周总结的通知",
                from_name="",
                from_addr="wangjing@126.com",
                body="您好，我正在休假，回来后尽快回复。",
                headers={"Auto-Submitted": "auto-replied"},
                date=_date(14, 10),
            ),
            None,
            {},
        )
    )

    # 15. Week's fifth article together with the summary, from the registered address.
    h, p = w.article(xz, 14, 5, [nz])
    out.append(
        Sample(
            "article-and-summary-together",
            message(
                subject="新泰职专：第5篇稿件及活动周总结",
                from_name="新泰职专",
                from_addr="xtzz@ta.shandong.cn",
                body="请查收。",
                files=[
                    (f"{h}.docx", docx_bytes(h, p)),
                    (
                        "活动周总结.docx",
                        docx_bytes(f"{xz.name}2020年职业教育活动周总结", w.summary_paragraphs(xz)),
                    ),
                ],
                charset="gb2312",
                date=_date(14, 22),
            ),
            "xtzz",
            {f"{h}.docx": "article", "活动周总结.docx": "summary"},
        )
    )

    # 16. Nested forward prefixes from a registered county address with a legacy .doc plan.
    out.append(
        Sample(
            "nested-prefixes-doc",
            message(
                subject="Fw:Fw: 回复：活动周方案",
                from_name="",
                from_addr="tsqjtj@ta.shandong.cn",
                body="",
                files=[("泰山区活动周方案.doc", legacy_office_bytes(41))],
                date=_date(5, 17),
            ),
            "taishan",
            {"泰山区活动周方案.doc": "plan"},
        )
    )

    # 17. A county's contact table listing its own liaison and its school's, from the bureau
    #     via a personal mailbox, signed by the bureau.
    who, who2 = w.person(), w.person()
    county = by_id["ningyang"]
    rows = [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        [county.name, who[0], "职成科科长", w.personal_address("163", who[3]), who[2]],
        [nz.name, who2[0], who2[1], w.personal_address("126", who2[3]), who2[2]],
    ]
    out.append(
        Sample(
            "county-contacts-with-school-row",
            message(
                subject="联络员信息",
                from_name=who[0],
                from_addr=w.personal_address("qq", who[3]),
                body="县教体局及县职专联络员信息见附件。\n\n宁阳县教育和体育局职成科\n" + who[0],
                files=[("联络员信息.xlsx", xlsx_bytes(rows))],
                date=_date(4, 10),
            ),
            "ningyang",
            {"联络员信息.xlsx": "contact"},
        )
    )

    # 18. A mail that only says who by the sender's domain and a doc title.
    who = w.person()
    tav = by_id["tavtc"]
    out.append(
        Sample(
            "college-domain-and-title",
            message(
                subject="职业教育活动周总结",
                from_name=who[0],
                from_addr="xcb@tavtc.edu.cn",
                body="总结报告见附件，谢谢！",
                files=[
                    (
                        "总结.docx",
                        docx_bytes(
                            f"{tav.name}2020年职业教育活动周工作总结", w.summary_paragraphs(tav)
                        ),
                    )
                ],
                date=_date(16, 15),
            ),
            "tavtc",
            {"总结.docx": "summary"},
        )
    )

    # 19. Article whose headline names two schools of different counties, sent from one of
    #     them (registered): the sender decides.
    h, p = w.article(nz, 13, 2, [dz])
    out.append(
        Sample(
            "joint-article-registered",
            message(
                subject="宁阳职专与东平职专开展联合技能服务",
                from_name="",
                from_addr="nyzz@ta.shandong.cn",
                body="稿件。",
                files=[("联合技能服务.docx", docx_bytes("宁阳职专与东平职专开展联合技能服务", p))],
                date=_date(13, 9),
            ),
            "nyzz",
            {"联合技能服务.docx": "article"},
        )
    )

    # 20. A staff member's own note to the mailbox (from the campaign mailbox, not forwarded).
    out.append(
        Sample(
            "staff-note",
            message(
                subject="活动周材料汇总情况",
                from_name="职成高教科",
                from_addr=CITY,
                body="肥城职专、新泰职专方案已收到，宁阳职专待补。",
                date=_date(5, 19),
            ),
            None,
            {},
        )
    )

    # 21. Summary sent as PDF scan with a name, from a personal mailbox, signed.
    who = w.person()
    out.append(
        Sample(
            "summary-scan-pdf",
            message(
                subject="活动周总结（盖章版）",
                from_name=who[0],
                from_addr=w.personal_address("qq", who[3]),
                body="盖章版总结报告请查收。\n\n泰山护理职业学院 " + who[1] + "\n" + who[2],
                files=[("泰山护理职业学院活动周总结.pdf", scanned_pdf_bytes())],
                date=_date(16, 11),
            ),
            "tshlxy",
            {"泰山护理职业学院活动周总结.pdf": "summary"},
        )
    )

    # 22. A plan whose file name says 宣传方案 and whose doc ends with a 联络员 table, from
    #     the bureau of 岱岳区 (registered).
    who = w.person()
    dy = by_id["daiyue"]
    out.append(
        Sample(
            "plan-with-contact-table-bureau",
            message(
                subject="岱岳区活动周宣传方案",
                from_name="",
                from_addr="dyqjtj@ta.shandong.cn",
                body="",
                files=[
                    (
                        "岱岳区职业教育活动周宣传方案.docx",
                        docx_bytes(
                            "岱岳区2020年职业教育活动周宣传方案",
                            [*w.plan_paragraphs(dy), "五、联络员"],
                            [w.contact_rows(dy, who, w.personal_address("163", who[3]))],
                        ),
                    )
                ],
                date=_date(3, 15),
            ),
            "daiyue",
            {"岱岳区职业教育活动周宣传方案.docx": "plan"},
        )
    )
    return out


def _third(w: Writer, by_id: dict[str, Unit]) -> list[Sample]:
    """Third batch, also labelled before any run: visits between schools, pinyin subjects,
    summaries that open like news, videos, a bureau relaying a school's registered mail."""
    out: list[Sample] = []
    fz, xz, nz, dz = by_id["fczz"], by_id["xtzz"], by_id["nyzz"], by_id["dpzz"]

    # 1. Visit article: the host school is named first in the headline; sender signs.
    who = w.person()
    paras = [
        f"11月11日，{xz.name}一行20人到{fz.name}参观交流，双方就专业建设、技能大赛等进行了座谈。",
        "交流中，两校教师分别介绍了各自在产教融合、校企合作方面的做法，并参观了实训基地。" * 2,
    ]
    out.append(
        Sample(
            "visit-article-signed",
            message(
                subject="稿件",
                from_name=who[0],
                from_addr=w.personal_address("163", who[3]),
                body="投稿一篇，请审阅。\n\n肥城职专办公室\n" + who[0],
                files=[("交流.docx", docx_bytes("新泰职专师生到肥城职专交流学习", paras))],
                charset="gbk",
                date=_date(11, 19),
            ),
            "fczz",
            {"交流.docx": "article"},
        )
    )

    # 2. Pinyin subject and file name; the plan's title names the school.
    who = w.person()
    out.append(
        Sample(
            "pinyin-subject",
            message(
                subject="NYZZ huodongzhou fangan",
                from_name=who[3],
                from_addr=w.personal_address("qq", who[3]),
                body="",
                files=[
                    (
                        "nyzz_fangan.docx",
                        docx_bytes(f"{nz.name}2020年职业教育活动周实施方案", w.plan_paragraphs(nz)),
                    )
                ],
                date=_date(4, 23),
            ),
            "nyzz",
            {"nyzz_fangan.docx": "plan"},
        )
    )

    # 3. Summary named 附件1 whose first sentence is a dateline.
    who = w.person()
    paras = [
        "11月8日，2020年泰安市职业教育活动周正式启动，我校按照活动方案组织开展了系列活动，现总结如下。",
        *w.summary_paragraphs(dz)[1:],
    ]
    out.append(
        Sample(
            "summary-opening-dateline",
            message(
                subject="东平职专报送材料",
                from_name="",
                from_addr="dpzz@ta.shandong.cn",
                body="请查收",
                files=[("附件1.docx", docx_bytes(f"{dz.name}职业教育活动周工作总结", paras))],
                date=_date(16, 10),
            ),
            "dpzz",
            {"附件1.docx": "summary"},
        )
    )

    # 4. Untitled "开展情况" summary; the subject says it is the summary.
    out.append(
        Sample(
            "summary-untitled-subject-says",
            message(
                subject="宁阳职专活动周总结",
                from_name="",
                from_addr="nyzz@ta.shandong.cn",
                body="",
                files=[
                    (
                        "活动周开展情况.docx",
                        docx_bytes("职业教育活动周开展情况", w.summary_paragraphs(nz)),
                    )
                ],
                date=_date(15, 18),
            ),
            "nyzz",
            {"活动周开展情况.docx": "summary"},
        )
    )

    # 5. A third article with a short video clip.
    h, p = w.article(by_id["tshlxy"], 12, 4, [])
    out.append(
        Sample(
            "article-with-video",
            message(
                subject="泰山护理职业学院第3篇宣传稿件",
                from_name="",
                from_addr="tshl@tshlxy.edu.cn",
                body="稿件及视频。",
                files=[
                    (f"{h}.docx", docx_bytes(h, p)),
                    ("活动视频.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(512)),
                ],
                date=_date(12, 17),
            ),
            "tshlxy",
            {f"{h}.docx": "article", "活动视频.mp4": "other"},
        )
    )

    # 6. A county bureau relays its school's registered mail as an attachment (from QQ).
    h, p = w.article(fz, 13, 1, [])
    inner = message(
        subject="肥城职专宣传稿件",
        from_name=fz.name,
        from_addr="fczz@ta.shandong.cn",
        body="请审阅。",
        files=[(f"{h}.docx", docx_bytes(h, p))],
        date=_date(13, 9),
    )
    out.append(
        Sample(
            "bureau-relays-school-rfc822",
            message(
                subject="Fw: 肥城职专宣传稿件",
                from_name="肥城市教体局 小王",
                from_addr="44401234@qq.com",
                body="转发肥城职专稿件。",
                embedded=inner,
                date=_date(13, 10),
            ),
            "fczz",
            {f"{h}.docx": "article"},
            "the original sender is the school's registered address",
        )
    )

    # 7. Two attachments: plan and a document that only holds the column URL.
    who = w.person()
    tav = by_id["tavtc"]
    out.append(
        Sample(
            "plan-and-url-document",
            message(
                subject="泰安职院活动周方案及宣传专栏网址",
                from_name=who[0],
                from_addr=w.personal_address("126", who[3]),
                body="",
                files=[
                    (
                        "附件1：活动周方案.docx",
                        docx_bytes(f"{tav.name}职业教育活动周实施方案", w.plan_paragraphs(tav)),
                    ),
                    (
                        "附件2：宣传专栏网址.docx",
                        docx_bytes("", ["宣传专栏网址：http://www.tavtc.edu.cn/hdz2020/"]),
                    ),
                ],
                date=_date(5, 9),
            ),
            "tavtc",
            {"附件1：活动周方案.docx": "plan", "附件2：宣传专栏网址.docx": "other"},
        )
    )

    # 8. Plan titled 活动安排, sent by the bureau from its registered address.
    xt = by_id["xintai"]
    out.append(
        Sample(
            "plan-called-arrangement",
            message(
                subject="新泰市职业教育活动周活动安排",
                from_name="",
                from_addr="xtsjtj@ta.shandong.cn",
                body="",
                files=[
                    (
                        "活动安排.docx",
                        docx_bytes("新泰市2020年职业教育活动周活动安排", w.plan_paragraphs(xt)),
                    )
                ],
                date=_date(5, 12),
            ),
            "xintai",
            {"活动安排.docx": "plan"},
        )
    )

    # 9. Article without any dateline or 讯, plain headline and paragraphs, subject 投稿.
    paras = [
        "为展示学生风采，学校举办了技能作品展，展出学生作品200余件，涵盖服装设计、工艺美术等专业。",
        "前来参观的家长和市民纷纷驻足欣赏，对学生的作品赞不绝口。",
    ]
    out.append(
        Sample(
            "plain-article",
            message(
                subject="投稿",
                from_name="",
                from_addr="sdfz@sdfzxy.edu.cn",
                body="",
                files=[("作品展.docx", docx_bytes("山东服装职业学院举办学生技能作品展", paras))],
                date=_date(13, 15),
            ),
            "sdfzxy",
            {"作品展.docx": "article"},
        )
    )

    # 10. Mail naming only the campaign, from a stranger with a signature naming no unit.
    out.append(
        Sample(
            "stranger-no-unit",
            message(
                subject="咨询职业教育活动周",
                from_name="家长",
                from_addr="parent2020@163.com",
                body="请问活动周期间学校开放参观吗？\n一位家长",
                date=_date(9, 20),
            ),
            None,
            {},
        )
    )

    # 11. A school with a statistics sheet whose header has a title row and a merged
    #     two-row header; sent by a teacher with a signature.
    who = w.person()
    rows: list[list[object]] = [
        ["单位名称", "活动开展情况", "", "", "", "参与及服务情况", "", "宣传情况", ""],
        [
            "",
            "线上活动（场次）",
            "线下活动（场次）",
            "校园开放日（次）",
            "技术技能服务（场次）",
            "参与师生（人次）",
            "服务群众（人次）",
            "宣传报道（篇）",
            "网络浏览量（人次）",
        ],
        [dz.name, 3, 5, 1, 4, 820, 1500, 9, 12000],
    ]
    out.append(
        Sample(
            "statistics-two-row-header",
            message(
                subject="统计表",
                from_name=who[0],
                from_addr=w.personal_address("foxmail", who[3]),
                body="统计表见附件\n东平县职业中等专业学校\n" + who[0],
                files=[
                    ("活动周统计.xlsx", xlsx_bytes(rows, title="2020年职业教育活动周情况统计表"))
                ],
                date=_date(16, 16),
            ),
            "dpzz",
            {"活动周统计.xlsx": "statistics"},
        )
    )

    # 12. A reply from a registered address quoting the whole notice (names no unit).
    out.append(
        Sample(
            "reply-quoting-notice",
            message(
                subject="回复：关于做好2020年泰安市职业教育活动周相关工作的通知",
                from_name="",
                from_addr="tsqjtj@ta.shandong.cn",
                body=(
                    "收到，按要求报送。\n\n-----原始邮件-----\n发件人: 职成高教科\n"
                    "各县市区教育和体育局，泰安高新区有关部门，各职业院校：请按照实施方案做好活动周相关工作。"
                ),
                date=_date(2, 10),
            ),
            "taishan",
            {},
        )
    )
    return out


def _fourth(w: Writer, by_id: dict[str, Unit]) -> list[Sample]:
    """Fourth batch, labelled before any run: document kinds by title wording."""
    out: list[Sample] = []
    tz, ys = by_id["taishan"], by_id["tawhys"]

    # 1. A minimal statistics sheet: exactly three template headers, written as aliases.
    rows: list[list[object]] = [["填报单位", "线上活动场次", "参与人次"], [ys.name, 4, 600]]
    out.append(
        Sample(
            "statistics-three-alias-headers",
            message(
                subject="统计表",
                from_name="",
                from_addr="tawhys@ta.shandong.cn",
                body="",
                files=[("Book1.xlsx", xlsx_bytes(rows))],
                date=_date(16, 12),
            ),
            "tawhys",
            {"Book1.xlsx": "statistics"},
        )
    )

    # 2. A bureau's activity-week bulletin (简报) as publicity material.
    paras = [
        "11月9日至10日，全区各职业院校陆续开展校园开放日活动，累计接待家长和市民1200余人次。",
        "泰山区教体局组织专人到各校督导，确保活动安全有序。",
    ]
    out.append(
        Sample(
            "bulletin",
            message(
                subject="泰山区职业教育活动周简报第1期",
                from_name="",
                from_addr="tsqjtj@ta.shandong.cn",
                body="",
                files=[
                    ("简报第1期.docx", docx_bytes("泰山区职业教育活动周工作简报（第1期）", paras))
                ],
                date=_date(10, 17),
            ),
            "taishan",
            {"简报第1期.docx": "article"},
        )
    )

    # 3. Plan whose title sits in a plain paragraph after "附件", named 附件.docx.
    out.append(
        Sample(
            "plan-title-after-attachment-label",
            message(
                subject="方案",
                from_name="",
                from_addr="tsqjtj@ta.shandong.cn",
                body="",
                files=[
                    (
                        "附件.docx",
                        docx_bytes(
                            "2020年职业教育活动周实施方案",
                            w.plan_paragraphs(tz)[1:],
                            heading=False,
                            preface="附件",
                        ),
                    )
                ],
                date=_date(5, 8),
            ),
            "taishan",
            {"附件.docx": "plan"},
        )
    )

    # 4. Summary titled 开展情况汇报 in a mail whose subject says the same.
    out.append(
        Sample(
            "summary-called-report",
            message(
                subject="泰安艺校活动周开展情况汇报",
                from_name="",
                from_addr="tawhys@ta.shandong.cn",
                body="",
                files=[
                    (
                        "情况汇报.docx",
                        docx_bytes(
                            "泰安市文化艺术学校职业教育活动周开展情况汇报", w.summary_paragraphs(ys)
                        ),
                    )
                ],
                date=_date(16, 14),
            ),
            "tawhys",
            {"情况汇报.docx": "summary"},
        )
    )

    # 5. Contact form titled 推荐表.
    who = w.person()
    out.append(
        Sample(
            "contact-recommendation-form",
            message(
                subject="联络员推荐表",
                from_name=who[0],
                from_addr="tsqjtj@ta.shandong.cn",
                body="",
                files=[
                    (
                        "联络员推荐表.docx",
                        docx_bytes(
                            "活动周联络员推荐表", [], [w.contact_rows(tz, who, "ts_lly@163.com")]
                        ),
                    )
                ],
                date=_date(4, 16),
            ),
            "taishan",
            {"联络员推荐表.docx": "contact"},
        )
    )

    # 6. A screenshot of the publicity column.
    out.append(
        Sample(
            "column-screenshot",
            message(
                subject="宣传专栏截图",
                from_name="",
                from_addr="tawhys@ta.shandong.cn",
                body="宣传专栏网址：http://www.tawhys.cn/hdz/",
                files=[("宣传专栏截图.png", png_bytes(8101))],
                date=_date(5, 15),
            ),
            "tawhys",
            {"宣传专栏截图.png": "other"},
        )
    )

    # 7. A letter to parents sent as publicity material.
    paras = [
        "尊敬的家长朋友：您好！11月8日至14日是我市职业教育活动周，学校诚挚邀请您走进校园，了解职业教育。",
        "活动周期间，学校将举办校园开放日、技能展示等活动，欢迎您和孩子一同参加。",
    ]
    out.append(
        Sample(
            "letter-to-parents",
            message(
                subject="宣传材料",
                from_name="",
                from_addr="tawhys@ta.shandong.cn",
                body="",
                files=[("致家长的一封信.docx", docx_bytes("致家长的一封信", paras))],
                date=_date(9, 9),
            ),
            "tawhys",
            {"致家长的一封信.docx": "article"},
        )
    )

    # 8. A personal mail whose only clue is an image signature: a human opening the picture
    #    might tell, the text does not.
    out.append(
        Sample(
            "image-signature-only",
            message(
                subject="方案",
                from_name="",
                from_addr="77701234@qq.com",
                body="请查收",
                files=[
                    (
                        "活动周方案.docx",
                        docx_bytes("职业教育活动周实施方案", w.plan_paragraphs(tz)[1:]),
                    ),
                    ("签名.png", png_bytes(8201)),
                ],
                date=_date(5, 21),
            ),
            None,
            {"活动周方案.docx": "plan", "签名.png": "other"},
        )
    )
    return out
