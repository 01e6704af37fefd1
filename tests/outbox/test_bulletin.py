"""The progress bulletin (通报): what it says, the docx read back (page, margins, fonts named
in the styles), the WeChat text, and LibreOffice's PDF rendered to PNG."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from docx.oxml.ns import qn

from outbox.bulletin import Bulletin, bulletin_docx, bulletin_facts, render_bulletin_text
from rules.campaign import Campaign
from tests.fixtures.servers import require_binary
from tests.outbox.conftest import statuses_at

TZ = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2020, 11, 10, 17, 0, tzinfo=TZ)
HEADINGS = ("一、总体情况", "二、按时完成的单位", "三、尚未完成的单位", "四、下一步工作要求")


def t(day: int, hour: int = 10) -> datetime:
    return datetime(2020, 11, day, hour, tzinfo=TZ)


def facts(campaign: Campaign, now: datetime = AS_OF, **kw: str) -> Bulletin:
    early = {"plan": [t(4)], "column_url": [t(4)], "contact": [t(4)]}
    schedule = {
        "taishan": {**early, "articles": [t(9, h) for h in range(9, 14)]},  # all done on time
        "daiyue": {"plan": [t(6)], "column_url": [t(4)], "contact": [t(4)], "articles": [t(9)]},
        "tsvtc": early,
        "xintai": {"plan": [t(4)], "column_url": [t(4)], "contact": [t(4)]},
    }
    details = {"xintai": {"contact": "联络员手机号码无效"}}
    return bulletin_facts(
        campaign,
        statuses_at(campaign, schedule, now, details),
        now,
        notice_title="关于…的通知",
        **kw,
    )


def test_what_the_bulletin_says(campaign: Campaign) -> None:
    b = facts(campaign, number="泰教职成通〔2020〕1号")
    assert b.title == "关于2020年泰安市职业教育活动周工作进展情况的通报"
    assert b.number == "泰教职成通〔2020〕1号"
    assert "《关于…的通知》（泰教函〔2020〕72号）" in b.opening
    assert "截至2020年11月10日17:00" in b.opening
    assert b.unit_total == len(campaign.units)
    assert dict(b.kind_counts) == {"县市区": 7, "职业院校": 11}
    plan, _column, contact, articles, summary, _stats = b.requirements
    assert (plan.on_time, plan.late, plan.phase) == (3, 1, "due")
    assert plan.sentence == "18个单位中已完成4个，其中按时完成3个、逾期补交1个；14个单位尚未完成。"
    assert contact.complete == 3 and contact.partial == 1
    assert articles.phase == "open" and articles.items == 6 and articles.complete == 1
    assert "共收到6篇" in articles.sentence and "其中1个单位已部分报送" in articles.sentence
    assert summary.phase == "open"
    # on time with everything due: taishan and tsvtc (daiyue's plan was late, xintai's
    # liaison has an invalid mobile number)
    assert b.on_time_units == ("泰安市泰山区教育和体育局", "泰山职业技术学院")
    owing = {o.unit: o.what for o in b.owing}
    assert owing["新泰市教育和体育局"] == ("联络员联系方式（联络员手机号码无效）",)
    assert owing["东平县教育和体育局"] == (
        "活动周方案未报送",
        "宣传专栏地址未报送",
        "联络员联系方式未报送",
    )
    assert "泰安市岱岳区教育和体育局" not in owing  # late, but nothing due is missing
    assert b.complete_units == 3  # taishan, tsvtc and daiyue (late); not xintai
    assert b.table[0] == (
        "单位",
        "活动周方案",
        "宣传专栏地址",
        "联络员联系方式",
        "活动周宣传材料",
        "活动周总结报告",
        "2020年职业教育活动周情况统计表",
        "已完成",
    )
    rows = {r[0]: r for r in b.table[1:]}
    assert rows["泰安市岱岳区教育和体育局"][1:5] == ("逾期补交", "完成", "完成", "部分（1/5）")
    assert rows["东平县教育和体育局"][1] == "逾期"
    # counties first, then schools, in the config's order
    assert [r[0] for r in b.table[1:8]] == [u.name for u in campaign.units if u.kind == "county"]


def test_before_the_week_the_articles_have_not_started(campaign: Campaign) -> None:
    b = facts(campaign, now=t(6, 9))
    articles = b.requirements[3]
    assert articles.phase == "upcoming"
    assert articles.sentence.startswith("截止时间为11月14日") and "尚未开始" in articles.sentence
    assert "活动周宣传材料（不少于5篇）请于11月14日（星期六）23:59前报送" in b.closing


def _east_asian(style) -> str:  # type: ignore[no-untyped-def]
    return style.element.rPr.rFonts.get(qn("w:eastAsia"))


def test_the_docx_has_the_gongwen_layout(campaign: Campaign) -> None:
    doc = Document(io.BytesIO(bulletin_docx(facts(campaign, number="泰教职成通〔2020〕1号"))))
    section = doc.sections[0]
    measured = [
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    ]
    assert [round(v.mm) for v in measured] == [210, 297, 37, 35, 28, 26]
    styles = doc.styles
    assert _east_asian(styles["Normal"]) == "仿宋_GB2312"
    assert styles["Normal"].font.size.pt == 16
    assert styles["Normal"].paragraph_format.line_spacing.pt == 29
    assert _east_asian(styles["公文标题"]) == "方正小标宋简体"
    assert styles["公文标题"].font.size.pt == 22
    assert _east_asian(styles["一级标题"]) == "黑体"
    assert _east_asian(styles["二级标题"]) == "楷体_GB2312"
    for name in ("Normal", "公文标题", "一级标题", "二级标题"):
        rfonts = styles[name].element.rPr.rFonts
        assert rfonts.get(qn("w:asciiTheme")) is None  # a theme font would override the names
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    assert paragraphs[0].style.name == "公文标题"
    assert paragraphs[0].text == "关于2020年泰安市职业教育活动周工作进展情况的通报"
    assert paragraphs[1].text == "泰教职成通〔2020〕1号"
    assert paragraphs[2].text == "各县市区教育和体育局，各职业院校："
    headings = [p.text for p in paragraphs if p.style.name == "一级标题"]
    assert headings == [
        "一、总体情况",
        "二、按时完成的单位",
        "三、尚未完成的单位",
        "四、下一步工作要求",
    ]
    lead = next(p for p in paragraphs if p.text.startswith("（一）活动周方案。"))
    assert lead.runs[0].element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    owing = next(p for p in paragraphs if p.text.startswith("新泰市教育和体育局："))
    assert "联络员手机号码无效" in owing.text
    assert (
        paragraphs[-2].text == "泰安市教育局职成高教科" and paragraphs[-1].text == "2020年11月10日"
    )
    [table] = doc.tables
    assert len(table.rows) == len(campaign.units) + 1
    assert table.rows[0].cells[0].text == "单位"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated header
    footer = doc.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer


def test_the_text_version_for_wechat(campaign: Campaign) -> None:
    text = render_bulletin_text(facts(campaign))
    assert text.startswith("关于2020年泰安市职业教育活动周工作进展情况的通报\n")
    for heading in (
        "一、总体情况",
        "二、按时完成的单位",
        "三、尚未完成的单位",
        "四、下一步工作要求",
    ):
        assert f"\n{heading}\n" in text
    assert "（一）活动周方案：18个单位中已完成4个" in text
    assert "泰安市泰山区教育和体育局、泰山职业技术学院（共2个）。" in text
    assert "新泰市教育和体育局：联络员联系方式（联络员手机号码无效）。" in text
    assert "<" not in text and "&" not in text and "**" not in text
    assert text.rstrip().endswith("2020年11月10日")


def test_nothing_from_mail_reaches_the_text_unescaped(campaign: Campaign) -> None:
    odd = campaign.model_copy(update={"name": "{{ 7*7 }}<b>活动周</b>"})
    text = render_bulletin_text(facts(odd))
    assert "{{ 7*7 }}<b>活动周</b>" in text and "49" not in text


@pytest.mark.server
@pytest.mark.slow
def test_libreoffice_renders_the_bulletin(campaign: Campaign, tmp_path: Path) -> None:
    require_binary("soffice", "/usr/bin/soffice")
    pdftoppm = require_binary("pdftoppm", "/usr/bin/pdftoppm")
    from pypdf import PdfReader

    from parsers.documents.legacy import convert

    pdf, error = convert(bulletin_docx(facts(campaign)), "docx", "pdf", 180)
    assert pdf is not None, error
    reader = PdfReader(io.BytesIO(pdf))
    assert 2 <= len(reader.pages) <= 8
    box = reader.pages[0].mediabox
    assert (
        round(float(box.width) / 72 * 25.4) == 210 and round(float(box.height) / 72 * 25.4) == 297
    )
    first = reader.pages[0].extract_text()
    assert "工作进展情况的通报" in first.replace("\n", "") and "— 1 —" in first
    (tmp_path / "b.pdf").write_bytes(pdf)
    page = ["-f", "1", "-l", "1", str(tmp_path / "b.pdf"), str(tmp_path / "p")]
    subprocess.run([pdftoppm, "-png", "-gray", "-r", "40", *page], check=True, timeout=60)
    [png] = list(tmp_path.glob("p*.png"))
    width, height, pixels = read_gray_png(png.read_bytes())
    assert (width, height) == (331, 468)  # A4 at 40 dpi
    ink = sum(1 for v in pixels if v < 128) / len(pixels)
    assert 0.01 < ink < 0.3  # text on the page, not a blank or a black page
    # the top margin (37 mm, about 58 px at 40 dpi) has no ink
    assert all(v >= 200 for v in pixels[: width * 50])


def read_gray_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the gray levels of an 8-bit grayscale or RGB PNG (pdftoppm's)."""
    import struct
    import zlib

    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, width, height, bpp = 8, b"", 0, 0, 1
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (0, 2)
            bpp = 1 if colour == 0 else 3
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    stride = width * bpp
    raw, gray, prev = zlib.decompress(idat), bytearray(), bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            paeth = min((a, b, c), key=lambda x: abs(a + b - c - x))
            line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth)[kind]) & 0xFF
        gray += bytes(min(line[i : i + bpp]) for i in range(0, stride, bpp))
        prev = line
    return width, height, bytes(gray)
