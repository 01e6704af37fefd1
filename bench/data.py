"""Realistic campaign mail for the benchmark, built fast and deterministically.

    units = campaign_units(settings)               # (id, name, alias, email) of each unit
    mails = campaign_mails(2000, units, seed=7)     # list[bytes], ~60 KB each
    other = unrelated_mails(20000, seed=7)          # list[bytes], newsletters and chatter

Each campaign mail has a Chinese subject, a text body with the liaison's contact data and
a column URL, and one ~40 KB attachment: a docx (plan/summary/article), an xlsx (the
statistics table) or a pdf. Attachment templates are built once; each mail's copy differs
by a sequence number so that no two files share a hash (no resend shortcut in the bench).
"""

from __future__ import annotations

import base64
import io
import random
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from tests.fixtures.pdf import pdf_file

TZ = ZoneInfo("Asia/Shanghai")
SEQ = "BENCHSEQ000000"  # placeholder replaced by the mail's number in every attachment
MAILBOX = "jyj-zcjk01@ta.shandong.cn"
START = datetime(2020, 11, 2, 8, 0, tzinfo=TZ)

_HANZI = (
    "职业教育活动周期间各单位要精心组织开展形式多样的宣传展示活动充分展示职业教育改革发展"
    "成果营造全社会关心支持职业教育发展的良好氛围学校开放日技能展示体验活动校企合作成果"
    "展览优秀毕业生事迹宣讲专业技能竞赛家长进校园社区服务志愿者活动线上直播网络展播报道"
)
_OFFICE = (  # everyday office words: none of them forms a unit name or a campaign keyword
    "各位同事请于本周五前提交部门工作总结会议室已预订请准时参加食堂菜单调整如下设备采购"
    "报价单已收到请财务处审核安全检查通知冬季取暖注意事项图书馆开放时间调整工资条已发放"
)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
_TITLES = ("办公室主任", "教务处副主任", "宣传干事", "职成科科长", "团委书记")
_KINDS = (  # (category word in subject, attachment kind)
    ("活动周实施方案", "docx"),
    ("宣传稿件", "docx"),
    ("活动周总结报告", "docx"),
    ("情况统计表", "xlsx"),
    ("宣传材料", "pdf"),
)


@dataclass(frozen=True)
class BenchUnit:
    id: str
    name: str
    alias: str
    email: str


def campaign_units(settings) -> list[BenchUnit]:
    """Every configured unit with a registered sender address."""
    out = []
    for u in settings.campaign.units:
        if u.emails:
            alias = u.aliases[0] if u.aliases else u.name
            out.append(BenchUnit(u.id, u.name, alias, str(u.emails[0])))
    return out


def _sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HANZI) for _ in range(n)) + "。"


def _chatter(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_OFFICE) for _ in range(n)) + "。"


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(("", *_GIVEN))


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


# --- attachment templates (built once) ----------------------------------------------------


def _docx_template(rng: random.Random, target: int = 40_000) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(f"2020年职业教育活动周实施方案 {SEQ}", level=0)
    doc.add_paragraph("一、活动目的")
    table = doc.add_table(rows=2, cols=5)
    for c, v in enumerate(("单位", "姓名", "职务", "邮箱", "手机号码")):
        table.cell(0, c).text = v
    row = ("联络单位", _person(rng), "办公室主任", "liaison@example.cn", "13805381234")
    for c, v in enumerate(row):
        table.cell(1, c).text = v
    while True:
        for _ in range(20):
            doc.add_paragraph(_sentence(rng, rng.randint(40, 90)))
        out = io.BytesIO()
        doc.save(out)
        if len(out.getvalue()) >= target:
            return out.getvalue()


def _xlsx_template(rng: random.Random, target: int = 40_000) -> bytes:
    """The statistics table (a title, a header row, ~30 unit rows) and a picture (a logo
    or a scanned seal, as sheets people send often carry) that brings it to `target`."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "统计表"
    ws.append(["2020年职业教育活动周情况统计表"])
    headers = [
        "单位名称",
        "线上活动（场次）",
        "线下活动（场次）",
        "校园开放日（次）",
        "技术技能服务（场次）",
        "参与师生（人次）",
        "服务群众（人次）",
        "宣传报道（篇）",
        "网络浏览量（人次）",
    ]
    ws.append(headers)
    for row in range(30):
        ws.append([f"{_sentence(rng, 6)[:-1]}学校{row}", *(rng.randint(0, 5000) for _ in range(8))])
    out = io.BytesIO()
    wb.save(out)
    return _with_picture(out.getvalue(), "xl/media/image1.png", rng, target)


def _with_picture(data: bytes, name: str, rng: random.Random, target: int) -> bytes:
    """An Office zip plus an incompressible picture member up to about `target` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, b"\x89PNG\r\n\x1a\n" + rng.randbytes(max(0, target - len(data) - 200)))
    return out.getvalue()


def _pdf_template(rng: random.Random, target: int = 40_000) -> bytes:
    """A two-page text PDF (Helvetica, ASCII: no CJK font needed to write or read it),
    compressed content streams, and a photo (an image XObject) that brings it to `target`."""
    words = ["activity", "week", "vocational", "education", "plan", "summary", "school"]
    pages: list[bytes] = []
    for number in range(2):
        lines = [f"Vocational education activity week report {SEQ}"] if number == 0 else []
        lines += [
            " ".join(rng.choice(words) for _ in range(12)) + f" {rng.randint(0, 99999)}"
            for _ in range(45)
        ]
        ops = ["q 200 0 0 150 50 600 cm /Im1 Do Q", "BT /F1 10 Tf 50 780 Td 14 TL"]
        ops += [f"({line}) '" for line in lines]
        ops.append("ET")
        pages.append("\n".join(ops).encode("latin-1"))
    photo = rng.randbytes(max(0, target - 6000))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R 7 0 R] /Count 2 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width 120 /Height 90 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /DCTDecode /Length "
        + str(len(photo)).encode()
        + b" >>\nstream\n"
        + photo
        + b"\nendstream",
    ]
    for i, stream in enumerate(pages):
        packed = zlib.compress(stream) if i else stream  # page 1 plain: SEQ is replaced in it
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            f"<< /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> "
            f"/Contents {6 + 2 * i} 0 R >>".encode()
        )
        flate = b" /Filter /FlateDecode" if i else b""
        objects.append(
            b"<< /Length "
            + str(len(packed)).encode()
            + flate
            + b" >>\nstream\n"
            + packed
            + b"\nendstream"
        )
    return pdf_file(objects)


_CORE = "docProps/core.xml"


def _restamp(data: bytes) -> tuple[bytes, list[int], tuple[int, int]]:
    """Rewrite an Office zip with SEQ as the document title, in a stored (uncompressed)
    core.xml: a variant is then a same-length byte replacement plus a new CRC-32.
    Returns (zip, CRC offsets, (start, end) of core.xml's data)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == _CORE:
                continue
            dst.writestr(info.filename, body, compress_type=zipfile.ZIP_DEFLATED)
        core = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{SEQ}</dc:title></cp:coreProperties>"
        ).encode()
        dst.writestr(_CORE, core, compress_type=zipfile.ZIP_STORED)
    blob = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        info = zf.getinfo(_CORE)
    at = info.header_offset
    name_len = int.from_bytes(blob[at + 26 : at + 28], "little")
    extra_len = int.from_bytes(blob[at + 28 : at + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    central = blob.rindex(b"PK\x01\x02", 0, blob.rindex(_CORE.encode()))
    return blob, [info.header_offset + 14, central + 16], (start, start + info.file_size)


class Attachments:
    """The three templates and a cheap per-mail variant of each."""

    def __init__(self, seed: int = 7, target: int = 40_000) -> None:
        rng = random.Random(seed)
        self.templates = {
            "docx": _restamp(_docx_template(rng, target)),
            "xlsx": _restamp(_xlsx_template(rng, target)),
        }
        self.pdf = _pdf_template(rng, target)

    def variant(self, kind: str, number: int) -> bytes:
        tag = f"BENCHSEQ{number:06d}".encode()
        if kind == "pdf":
            return self.pdf.replace(SEQ.encode(), tag)  # same length: the xref holds
        blob, crcs, (start, end) = self.templates[kind]
        out = bytearray(blob.replace(SEQ.encode(), tag))
        crc = zlib.crc32(out[start:end]).to_bytes(4, "little")
        for at in crcs:
            out[at : at + 4] = crc
        return bytes(out)


_MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def _word(text: str) -> str:
    """An RFC 2047 encoded word (base64, UTF-8), as mail clients write Chinese headers."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode()).decode() + "?="


def _mime(
    *,
    sender_name: str,
    sender: str,
    subject: str,
    when: datetime,
    msgid: str,
    body: str,
    files: list[tuple[str, str, bytes]] = (),
) -> bytes:
    """A mail written the way common clients write it (built by hand: EmailMessage is
    ~20 ms a mail, too slow for 20,000 of them)."""
    head = (
        f"From: {_word(sender_name)} <{sender}>\r\n"
        f"To: {MAILBOX}\r\n"
        f"Subject: {_word(subject)}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: {msgid}\r\n"
        "MIME-Version: 1.0\r\n"
    ).encode()
    text = base64.encodebytes(body.encode()).replace(b"\n", b"\r\n")
    text_part = (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + text
    )
    if not files:
        return head + text_part
    boundary = f"----=_Part_{msgid.strip('<>').split('@')[0]}".encode()
    out = [head, b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n']
    out += [b"--" + boundary + b"\r\n", text_part]
    for name, ctype, data in files:
        quoted = "".join(f"%{b:02X}" for b in name.encode())
        out += [
            b"--" + boundary + b"\r\n",
            f'Content-Type: {ctype}; name="{_word(name)}"\r\n'.encode(),
            b"Content-Transfer-Encoding: base64\r\n",
            f"Content-Disposition: attachment; filename*=UTF-8''{quoted}\r\n\r\n".encode(),
            base64.encodebytes(data).replace(b"\n", b"\r\n"),
        ]
    out.append(b"--" + boundary + b"--\r\n")
    return b"".join(out)


def campaign_mail(
    number: int,
    unit: BenchUnit,
    atts: Attachments,
    rng: random.Random,
    *,
    when: datetime,
    sender: str | None = None,
) -> bytes:
    """One unit's submission: Chinese subject, contact data in the body, one attachment."""
    word, kind = _KINDS[number % len(_KINDS)]
    person = _person(rng)
    body = (
        f"市教育局职成高教科：\n\n    现将{unit.name}2020年职业教育活动周{word}报送，请查收。"
        f"{_sentence(rng, 60)}\n\n"
        f"宣传专栏（网站）地址：http://www.{unit.id}.edu.cn/zjhdz/\n"
        f"联络员：{person}，职务：{rng.choice(_TITLES)}，"
        f"邮箱：{unit.id}{number}@ta.shandong.cn，手机号码：{_mobile(rng)}\n\n"
        f"{unit.name}\n{when:%Y年%m月%d日}\n"
    )
    return _mime(
        sender_name=unit.name,
        sender=sender or unit.email,
        subject=f"{unit.alias}报送2020年职业教育活动周{word}（{number}）",
        when=when,
        msgid=f"<b{number}.{rng.getrandbits(40):x}@bench.example.cn>",
        body=body,
        files=[(f"{unit.alias}{word}{number}.{kind}", _MIME[kind], atts.variant(kind, number))],
    )


def campaign_mails(
    count: int, units: list[BenchUnit], *, seed: int = 7, atts: Attachments | None = None
) -> list[bytes]:
    rng = random.Random(seed)
    atts = atts or Attachments(seed)
    return [
        campaign_mail(i, units[i % len(units)], atts, rng, when=START + timedelta(seconds=37 * i))
        for i in range(count)
    ]


_OTHER_SUBJECTS = (
    "关于做好冬季校园安全工作的通知",
    "会议纪要",
    "Weekly newsletter",
    "食堂下周菜单",
    "工资条",
    "请假申请",
    "Re: 设备采购报价",
    "党支部学习材料",
)


def unrelated_mail(number: int, rng: random.Random, *, when: datetime) -> bytes:
    """Office mail with nothing of the campaign: a short note, sometimes a small file."""
    files = []
    if number % 5 == 0:
        files.append((f"附件{number}.bin", "application/octet-stream", rng.randbytes(20_000)))
    return _mime(
        sender_name=f"同事{number % 97}",
        sender=f"staff{number % 97}@office.example.cn",
        subject=f"{rng.choice(_OTHER_SUBJECTS)} {number}",
        when=when,
        msgid=f"<o{number}.{rng.getrandbits(40):x}@office.example.cn>",
        body="各位同事：\n\n" + "".join(_chatter(rng, 50) for _ in range(rng.randint(2, 20))),
        files=files,
    )


def unrelated_mails(count: int, *, seed: int = 11) -> list[bytes]:
    rng = random.Random(seed)
    return [unrelated_mail(i, rng, when=START + timedelta(seconds=11 * i)) for i in range(count)]


def big_mail(unit: BenchUnit, size: int, *, seed: int = 5) -> bytes:
    """A submission carrying one attachment of `size` random bytes (a video)."""
    rng = random.Random(seed)
    return _mime(
        sender_name=unit.name,
        sender=unit.email,
        subject=f"{unit.alias}报送活动周宣传视频",
        when=START,
        msgid="<big@bench.example.cn>",
        body=f"{unit.name}活动周宣传材料见附件。",
        files=[(f"{unit.alias}活动周宣传视频.mp4", "video/mp4", rng.randbytes(size))],
    )
