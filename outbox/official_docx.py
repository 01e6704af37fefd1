"""Word documents in 公文 layout (GB/T 9704-2012), for the bulletin and the article list.

    doc = new_document()
    add_title(doc, "关于……的通报")
    add_body(doc, "各县市区教育和体育局，各职业院校：", align="left", indent=False)
    add_table(doc, rows, widths_mm=(30, 18, 18, 12))

A4 with 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm); the styles name
the East Asian fonts (方正小标宋简体 title 22 pt, 仿宋_GB2312 body 16 pt, 黑体 first-level and
楷体_GB2312 second-level headings, 29 pt line pitch), so Word shows it as the standard asks
and LibreOffice substitutes what it has. Kept apart from what the documents say so that
importing those (the poll process does) never loads python-docx.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document as new_docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import BaseStyle

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING1_FONT = "黑体"
HEADING2_FONT = "楷体_GB2312"
LATIN_FONT = "Times New Roman"
LINE_PITCH = Pt(29)


# --- the document: 公文 page and styles -------------------------------------------------


def _fonts(style: BaseStyle, east_asian: str, size: float, *, bold: bool = False) -> None:
    """Name the Latin and East Asian fonts of a style (w:rFonts ascii/hAnsi and eastAsia)."""
    font = style.font  # type: ignore[attr-defined]
    font.name = LATIN_FONT
    font.size = Pt(size)
    font.bold = bold
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asian)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)


def _paragraph_style(doc: Document, name: str, font: str, size: float, level: int | None) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    _fonts(style, font, size)
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH if size <= 16 else Pt(36)
    if level is not None:  # shows in Word's navigation pane
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level))
        style.element.get_or_add_pPr().append(outline)


def _page_number_footer(doc: Document) -> None:
    """ "— 1 —" centred in the footer (a PAGE field), 宋体 四号 as the standard has it."""
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    paragraph._p.append(field)
    paragraph.add_run(" —")
    for run in paragraph.runs:
        run.font.size = Pt(14)
        run.font.name = LATIN_FONT
        run.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")


def new_document() -> Document:
    """An empty docx in 公文 layout: A4 portrait, GB/T 9704 margins, the styles 公文标题,
    一级标题, 二级标题 and Normal (仿宋_GB2312 三号, 29 pt exact line pitch), page numbers."""
    doc = new_docx()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    normal = doc.styles["Normal"]
    _fonts(normal, BODY_FONT, 16)
    fmt = normal.paragraph_format  # type: ignore[attr-defined]
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH
    fmt.space_before = fmt.space_after = Pt(0)
    _paragraph_style(doc, "公文标题", TITLE_FONT, 22, 0)
    _paragraph_style(doc, "一级标题", HEADING1_FONT, 16, 1)
    _paragraph_style(doc, "二级标题", HEADING2_FONT, 16, 2)
    _page_number_footer(doc)
    return doc


def add_title(doc: Document, text: str) -> None:
    """The centred title (方正小标宋简体 二号), followed by an empty line."""
    doc.add_paragraph(text, style="公文标题").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("")


def add_body(
    doc: Document,
    text: str,
    *,
    lead: str = "",
    align: str = "justify",
    indent: bool = True,
) -> None:
    """A body paragraph indented two characters; `lead` starts it in 楷体 (an inline
    second-level heading such as "（一）活动周方案。")."""
    paragraph = doc.add_paragraph()
    if lead:
        run = paragraph.add_run(lead)
        run.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), HEADING2_FONT)
    paragraph.add_run(text)
    paragraph.alignment = {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
    }[align]
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)
        ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
        ind.set(qn("w:firstLineChars"), "200")  # two characters, whatever the font size


def add_heading(doc: Document, text: str, level: int) -> None:
    """A first-level (黑体) or second-level (楷体_GB2312) heading, indented like the body."""
    paragraph = doc.add_paragraph(text, style="一级标题" if level == 1 else "二级标题")
    paragraph.paragraph_format.first_line_indent = Pt(32)


def add_table(
    doc: Document, rows: Sequence[Sequence[str]], *, widths_mm: Sequence[float] = ()
) -> None:
    """A grid table in 仿宋 小五 (9 pt), its first row bold and repeated on every page."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        # Word reads the cells' widths, LibreOffice the grid's: set both, and no autofit
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=False):
            column.width = Mm(width)
    for r, values in enumerate(rows):
        row = table.rows[r]
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.text = ""
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else WD_ALIGN_PARAGRAPH.LEFT
            fmt = paragraph.paragraph_format
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(13)
            run = paragraph.add_run(value)
            run.font.size = Pt(9)
            run.font.bold = r == 0
            if widths_mm and c < len(widths_mm):
                cell.width = Mm(widths_mm[c])
        if r == 0:  # the header row repeats on every page
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(header)
