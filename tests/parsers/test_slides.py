"""Presentations: a plan sent as slides is read (text, tables, the first slide's title),
whoever wrote it: python-pptx, LibreOffice Impress, Microsoft PowerPoint (python-pptx's own
test file); a deck of pictures only is image-only, a broken one unreadable."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from parsers.documents import read_document, sniff
from parsers.model import Attachment, Document, ReadStatus
from tests.fixtures.office import convert

PUBLIC = Path(__file__).resolve().parent.parent / "samples" / "public" / "python-pptx"


def read(name: str, data: bytes) -> Document:
    return read_document(Attachment(name, "", data, ""))


def plan_deck() -> bytes:
    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = "新泰市2020年职业教育活动周方案"
    first.placeholders[1].text = "新泰市教育和体育局 职成科"
    second = deck.slides.add_slide(deck.slide_layouts[5])
    second.shapes.title.text = "活动安排"
    rows = [("日期", "活动"), ("11月8日", "启动仪式"), ("11月9日", "云上开放日")]
    table = second.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_a_plan_as_slides_is_read_with_its_title_and_table() -> None:
    data = plan_deck()
    assert sniff(data, "方案.pptx") == "pptx"
    doc = read("方案.pptx", data)
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.headings[0].text == "新泰市2020年职业教育活动周方案"
    assert doc.text.splitlines()[:3] == [
        "新泰市2020年职业教育活动周方案",
        "新泰市教育和体育局 职成科",
        "活动安排",
    ]
    assert doc.tables[0].rows == (
        ("日期", "活动"),
        ("11月8日", "启动仪式"),
        ("11月9日", "云上开放日"),
    )


@pytest.mark.server
def test_slides_saved_by_libreoffice_impress_are_read(tmp_path: Path) -> None:
    source = tmp_path / "方案.pptx"
    source.write_bytes(plan_deck())
    resaved = convert(tmp_path, source, "pptx:Impress MS PowerPoint 2007 XML")
    assert resaved != source.read_bytes()
    doc = read("方案.pptx", resaved)
    assert doc.status is ReadStatus.OK, doc.reason
    assert "新泰市2020年职业教育活动周方案" in doc.text and "云上开放日" in doc.text


def test_powerpoints_own_file_is_read() -> None:
    doc = read("test.pptx", (PUBLIC / "test.pptx").read_bytes())
    assert doc.status is ReadStatus.OK, doc.reason
    assert doc.headings[0].text == "Presentation Title Text"
    assert doc.text == "Presentation Title Text\nSubtitle Text"


def test_a_deck_of_pictures_only_is_image_only_and_a_broken_one_unreadable(tmp_path: Path) -> None:
    from PIL import Image

    picture = tmp_path / "p.png"
    Image.new("RGB", (40, 30), "red").save(picture)
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    slide.shapes.add_picture(str(picture), Inches(1), Inches(1))
    out = io.BytesIO()
    deck.save(out)
    assert read("方案.pptx", out.getvalue()).status is ReadStatus.IMAGE_ONLY
    broken = read("方案.pptx", plan_deck()[:5000])
    assert broken.status is ReadStatus.UNREADABLE and "object at 0x" not in broken.reason
