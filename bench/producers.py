"""Documents as different producers write them, for the realistic bench mix (bench/mix.py).

    pool = Producers.build(cache_dir, legacy=100, pdfs=200)   # soffice once, then cached
    data = pool.docx(rng, unit_name, person, phone)           # a .docx of its own

A school's plan is written by its own Word, WPS or LibreOffice, from its own template: the
styles and theme parts differ from school to school, and so does every other part. Here
each .docx/.xlsx takes its body from one of a few bodies (python-docx, and the same
re-saved by LibreOffice), its styles and theme parts from one of several real producers
(python-docx's template, LibreOffice, Word files from Apache POI and python-docx's test
data) and then varies them as an installation does (East Asian and Latin fonts, sizes,
colours, a number of styles of its own): no two documents share a styles or theme part.
Legacy .doc/.xls and the PDFs are written by LibreOffice (PDFs with its CJK fonts
embedded) into a pool built once per cache folder; a pooled PDF is made unique per mail by
a trailing comment after %%EOF (readers take the last startxref), a legacy file is reused
as a resent file would be once the pool is exhausted.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "samples" / "public"
UNIT, PERSON, PHONE = "UNITNAMEPLACEHOLDER", "PERSONPLACEHOLDER", "PHONEPLACEHOLDER"
_EAST_ASIAN = ("宋体", "仿宋_GB2312", "仿宋", "黑体", "楷体_GB2312", "微软雅黑", "方正小标宋简体")
_LATIN = ("Times New Roman", "Calibri", "Arial", "Cambria", "Liberation Serif", "等线")
_WORD_DONORS = (  # Word files from public test suites: styles and theme as Word writes them
    SAMPLES / "poi" / "endnotes.docx",
    SAMPLES / "poi" / "footnotes.docx",
    SAMPLES / "python-docx" / "comments-rich-para.docx",
    SAMPLES / "python-docx" / "having-images.docx",
)
_HANZI = "职业教育活动周期间各单位要精心组织开展形式多样的宣传展示活动充分展示职业教育改革发展成果"


def _sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HANZI) for _ in range(n)) + "。"


def _soffice(sources: list[Path], target: str, outdir: Path) -> None:
    """Convert many files in one soffice run (its start paid once)."""
    program = shutil.which("soffice")
    if program is None:
        raise SystemExit("bench: the realistic mix needs LibreOffice (soffice)")
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        for i in range(0, len(sources), 50):
            subprocess.run(
                [
                    program,
                    "--headless",
                    "--norestore",
                    f"-env:UserInstallation={Path(profile).as_uri()}",
                    "--convert-to",
                    target,
                    "--outdir",
                    str(outdir),
                    *map(str, sources[i : i + 50]),
                ],
                check=True,
                capture_output=True,
                timeout=1800,
            )


def _docx_body(rng: random.Random, paragraphs: int, tables: int) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(f"{UNIT}2020年职业教育活动周实施方案", level=0)
    doc.add_paragraph(f"联络员：{PERSON}，手机号码：{PHONE}")
    for t in range(tables):
        doc.add_heading(f"{'一二三四五六'[t % 6]}、活动安排", level=1)
        table = doc.add_table(rows=6, cols=5)
        table.style = "Table Grid"
        for r in range(6):
            for c in range(5):
                table.cell(r, c).text = _sentence(rng, 4)[:-1]
    for _ in range(paragraphs):
        doc.add_paragraph(_sentence(rng, rng.randint(40, 120)))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _xlsx_body(rng: random.Random, rows: int) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "统计表"
    ws.append([f"{UNIT}2020年职业教育活动周情况统计表"])
    ws["A1"].font = Font(name=rng.choice(_EAST_ASIAN), size=16, bold=True)
    ws.append(
        [
            "单位名称",
            "线上活动（场次）",
            "线下活动（场次）",
            "校园开放日（次）",
            "参与师生（人次）",
            "服务群众（人次）",
            "宣传报道（篇）",
            "网络浏览量（人次）",
        ]
    )
    for cell in ws[2]:
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    for _ in range(rows):
        ws.append([UNIT, *(rng.randint(0, 5000) for _ in range(7))])
    ws.append(["填表人", PERSON, "联系电话", PHONE])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _theme_name(parts: dict[str, bytes], folder: str) -> str | None:
    names = [n for n in parts if n.startswith(f"{folder}/theme/") and n.endswith(".xml")]
    return names[0] if names else None


@dataclass(frozen=True)
class _Base:
    """One producer's file split in parts; `styles`/`theme` name the parts varied."""

    parts: dict[str, bytes]
    styles: str
    theme: str | None


def _vary_word_styles(xml: bytes, rng: random.Random) -> bytes:
    text = xml.decode("utf-8")
    text = re.sub(r'w:eastAsia="[^"]*"', lambda _: f'w:eastAsia="{rng.choice(_EAST_ASIAN)}"', text)
    text = re.sub(r'w:ascii="[^"]*"', lambda _: f'w:ascii="{rng.choice(_LATIN)}"', text)
    text = re.sub(r'<w:sz w:val="\d+"/>', lambda _: f'<w:sz w:val="{rng.randint(18, 44)}"/>', text)
    own = "".join(  # styles an installation's Normal.dotm or a school's template adds
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="s{rng.getrandbits(32):x}">'
        f'<w:name w:val="{_sentence(rng, 4)[:-1]}"/><w:basedOn w:val="Normal"/><w:rPr>'
        f'<w:rFonts w:eastAsia="{rng.choice(_EAST_ASIAN)}"/><w:sz w:val="{rng.randint(18, 44)}"/>'
        f"</w:rPr></w:style>"
        for _ in range(rng.randint(1, 40))
    )
    return text.replace("</w:styles>", own + "</w:styles>", 1).encode("utf-8")


def _vary_cell_styles(xml: bytes, rng: random.Random) -> bytes:
    text = xml.decode("utf-8")
    text = re.sub(
        r'<name val="[^"]*"/>', lambda _: f'<name val="{rng.choice(_EAST_ASIAN)}"/>', text
    )
    text = re.sub(r'<sz val="[\d.]+"/>', lambda _: f'<sz val="{rng.randint(9, 16)}"/>', text)
    return text.replace("</fonts>", "</fonts>" + " " * rng.randint(0, 64), 1).encode("utf-8")


def _vary_theme(xml: bytes, rng: random.Random) -> bytes:
    text = xml.decode("utf-8")
    text = re.sub(
        r'<a:latin typeface="[^"]*"', lambda _: f'<a:latin typeface="{rng.choice(_LATIN)}"', text
    )
    text = re.sub(
        r'<a:ea typeface="[^"]*"', lambda _: f'<a:ea typeface="{rng.choice(_EAST_ASIAN)}"', text
    )
    return re.sub(
        r'srgbClr val="[0-9A-Fa-f]{6}"', lambda _: f'srgbClr val="{rng.getrandbits(24):06X}"', text
    ).encode()


def _fill(parts: dict[str, bytes], unit: str, person: str, phone: str) -> dict[str, bytes]:
    swap = ((UNIT, unit), (PERSON, person), (PHONE, phone))
    out = {}
    for name, body in parts.items():
        if name.endswith(".xml") and (b"PLACEHOLDER" in body):
            text = body.decode("utf-8")
            for old, new in swap:
                text = text.replace(old, new)
            body = text.encode("utf-8")
        out[name] = body
    return out


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    return out.getvalue()


class Producers:
    """Bodies, styles donors and the LibreOffice-written pools (see the module docstring)."""

    def __init__(
        self,
        docx: list[_Base],
        xlsx: list[_Base],
        donors: list[dict[str, bytes]],
        legacy: list[tuple[str, bytes]],
        pdfs: list[bytes],
    ) -> None:
        self.docx_bases, self.xlsx_bases, self.donors = docx, xlsx, donors
        self.legacy, self.pdfs = legacy, pdfs
        self._legacy_next = 0

    @classmethod
    def build(cls, cache: Path, *, legacy: int, pdfs: int, seed: int = 31) -> Producers:
        """Make (or load from `cache`) the bodies and the LibreOffice pools."""
        rng = random.Random(seed)
        cache.mkdir(parents=True, exist_ok=True)
        bodies = [_docx_body(rng, rng.randint(8, 60), rng.randint(0, 4)) for _ in range(4)]
        sheets = [_xlsx_body(rng, rng.randint(5, 80)) for _ in range(3)]
        src = cache / "src"
        src.mkdir(exist_ok=True)
        for i, b in enumerate(bodies):
            (src / f"body{i}.docx").write_bytes(b)
        for i, b in enumerate(sheets):
            (src / f"sheet{i}.xlsx").write_bytes(b)
        lo = cache / "lo"
        if not lo.exists():
            (lo_tmp := cache / "lo.tmp").mkdir(exist_ok=True)
            _soffice(sorted(src.glob("body*.docx")), "odt", lo_tmp)
            _soffice(sorted(lo_tmp.glob("*.odt")), "docx:MS Word 2007 XML", lo_tmp)
            _soffice(sorted(src.glob("sheet*.xlsx")), "ods", lo_tmp)
            _soffice(sorted(lo_tmp.glob("*.ods")), "xlsx:Calc MS Excel 2007 XML", lo_tmp)
            lo_tmp.rename(lo)
        docx_files = bodies + [p.read_bytes() for p in sorted(lo.glob("*.docx"))]
        xlsx_files = sheets + [p.read_bytes() for p in sorted(lo.glob("*.xlsx"))]
        docx_bases = [
            _Base(p, "word/styles.xml", _theme_name(p, "word")) for p in map(_parts, docx_files)
        ]
        xlsx_bases = [
            _Base(p, "xl/styles.xml", _theme_name(p, "xl")) for p in map(_parts, xlsx_files)
        ]
        donors = [_parts(p.read_bytes()) for p in _WORD_DONORS if p.exists()]
        return cls(
            docx_bases,
            xlsx_bases,
            donors,
            legacy_pool(cache, rng, legacy),
            _pdf_pool(cache, rng, pdfs),
        )

    def docx(self, rng: random.Random, unit: str, person: str, phone: str) -> bytes:
        """A .docx of its own: a body, a donor's (or its own) styles and theme, varied."""
        base = rng.choice(self.docx_bases)
        parts = _fill(base.parts, unit, person, phone)
        donor = rng.choice([None, *self.donors])
        if donor is not None and "word/styles.xml" in donor:
            parts["word/styles.xml"] = donor["word/styles.xml"]
            theme = _theme_name(donor, "word")
            if theme and base.theme:
                parts[base.theme] = donor[theme]
        parts["word/styles.xml"] = _vary_word_styles(parts["word/styles.xml"], rng)
        if base.theme:
            parts[base.theme] = _vary_theme(parts[base.theme], rng)
        return _zip(parts)

    def xlsx(self, rng: random.Random, unit: str, person: str, phone: str) -> bytes:
        """A .xlsx of its own: one of the tables, its styles and theme varied."""
        base = rng.choice(self.xlsx_bases)
        parts = _fill(base.parts, unit, person, phone)
        parts[base.styles] = _vary_cell_styles(parts[base.styles], rng)
        if base.theme:
            parts[base.theme] = _vary_theme(parts[base.theme], rng)
        return _zip(parts)

    def pdf(self, rng: random.Random, number: int) -> bytes:
        """A LibreOffice PDF of the pool, unique by a trailing comment."""
        return rng.choice(self.pdfs) + f"%bench {number}\n".encode()

    def legacy_file(self) -> tuple[str, bytes]:
        """(extension, bytes) of the next legacy file (the pool cycles: resends)."""
        found = self.legacy[self._legacy_next % len(self.legacy)]
        self._legacy_next += 1
        return found


def legacy_pool(cache: Path, rng: random.Random, count: int) -> list[tuple[str, bytes]]:
    """(extension, bytes) of `count` LibreOffice-written .doc and .xls (a third of the
    .doc named .wps, as WPS users send them), plus the Word 97 files from Apache POI."""
    out = cache / f"legacy-{count}"
    if not out.exists():
        tmp = cache / f"legacy-{count}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        docs, sheets = [], []
        for i in range(count):
            name = f"{'十里八乡'[i % 4]}学校{i}"
            if i % 3 == 2:
                p = tmp / f"l{i:04d}.xlsx"
                p.write_bytes(
                    _zip(
                        _fill(
                            _parts(_xlsx_body(rng, rng.randint(5, 40))), name, "张伟", "13905381234"
                        )
                    )
                )
                sheets.append(p)
            else:
                p = tmp / f"l{i:04d}.docx"
                p.write_bytes(
                    _zip(
                        _fill(
                            _parts(_docx_body(rng, rng.randint(5, 30), rng.randint(0, 2))),
                            name,
                            "李娜",
                            "13805381234",
                        )
                    )
                )
                docs.append(p)
        _soffice(docs, "doc:MS Word 97", tmp)
        _soffice(sheets, "xls:MS Excel 97", tmp)
        for p in [*docs, *sheets]:
            p.unlink()
        tmp.rename(out)
    pool = []
    for i, p in enumerate(sorted(out.iterdir())):
        ext = p.suffix[1:]
        pool.append(("wps" if ext == "doc" and i % 3 == 1 else ext, p.read_bytes()))
    for name in ("SampleDoc.doc", "simple-table.doc", "HeaderFooterUnicode.doc"):
        if (SAMPLES / "poi" / name).exists():
            pool.append(("doc", (SAMPLES / "poi" / name).read_bytes()))
    random.Random(5).shuffle(pool)
    return pool


def _pdf_pool(cache: Path, rng: random.Random, count: int) -> list[bytes]:
    """PDFs LibreOffice wrote from Chinese documents (its CJK fonts embedded)."""
    out = cache / f"pdf-{count}"
    if not out.exists():
        tmp = cache / f"pdf-{count}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        sources = []
        for i in range(count):
            p = tmp / f"p{i:04d}.docx"
            body = _docx_body(rng, rng.randint(4, 40), rng.randint(0, 2))
            p.write_bytes(_zip(_fill(_parts(body), f"第{i}中学", "王芳", "13605381234")))
            sources.append(p)
        _soffice(sources, "pdf:writer_pdf_Export", tmp)
        for p in sources:
            p.unlink()
        tmp.rename(out)
    return [p.read_bytes() for p in sorted(out.iterdir())]
