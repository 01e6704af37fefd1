"""The PDF helper process: PDFium (pypdfium2) reading PDFs sent by `parsers.documents.pdf`.

    python -m parsers.pdf_helper MEMORY_BYTES

PDFium is native code with no bound on what a stream decompresses to (a 1 MB PDF can
ask for gigabytes), so it runs here, in a process of its own: its address space is
capped at MEMORY_BYTES before the first PDF, and a crash, an allocation failure or a
hang ends this process, not the one taking mail in.

Protocol on stdin/stdout, one request at a time, until stdin closes:
    request:  8-byte big-endian length, 4-byte max pages, the PDF's bytes
    response: 8-byte big-endian length, then JSON
              {"status": "ok" | "encrypted" | "unreadable", "pages": N, "texts": [...],
               "tables": [{"page": 1, "rows": [["单位", "姓名"], ...]}, ...],
               "reason": "..."}

Tables are rebuilt from the positions of the page's text segments and drawn rules
(`parsers.pdf_tables`); a page holding one gets its text rebuilt in reading order too, the
table as tab-joined rows (PDFium's own text scatters a table's wrapped cells over lines).
"""

from __future__ import annotations

import json
import re
import resource
import struct
import sys
from typing import Any, BinaryIO

REQUEST = struct.Struct(">QI")
RESPONSE = struct.Struct(">Q")


def read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    """`size` bytes, or None at end of input."""
    parts: list[bytes] = []
    while size:
        part = stream.read(size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def extract(data: bytes, max_pages: int) -> dict[str, Any]:
    """The text of each page (up to max_pages), or why there is none."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            return {"status": "encrypted", "reason": "the PDF is password-protected"}
        return {"status": "unreadable", "reason": f"not a valid pdf: {exc}"}
    texts: list[str] = []
    tables: list[dict[str, Any]] = []
    try:
        count = len(pdf)
        for n in range(min(count, max_pages)):
            text, found = _page(pdf, n)
            texts.append(text)
            tables.extend({"page": n + 1, "rows": rows} for rows in found)
    finally:
        pdf.close()
    return {"status": "ok", "pages": count, "texts": texts, "tables": tables}


def _clean(text: str) -> str:
    # PDFium ends lines with CRLF and marks a hyphen it added at a line break with U+0002
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "").strip()


def _page(pdf: Any, number: int) -> tuple[str, list[list[list[str]]]]:
    """One page's text with plain line ends, and its tables; ("", []) for a page PDFium
    cannot load (one broken page does not lose the others)."""
    import pypdfium2 as pdfium

    try:
        page = pdf[number]
    except pdfium.PdfiumError:
        return "", []
    try:
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_bounded()
            try:
                tables, rebuilt = _tables(page, textpage, text)
            except (ValueError, TypeError, IndexError, ArithmeticError):
                tables, rebuilt = [], ""  # a layout this code cannot handle: the text stays
        finally:
            textpage.close()
    except pdfium.PdfiumError:
        return "", []
    finally:
        page.close()
    return _clean(rebuilt if tables else text), tables


_MAX_SEGMENTS = 5000
_MAX_RULES = 4000


def _tables(page: Any, textpage: Any, text: str) -> tuple[list[list[list[str]]], str]:
    """The page's tables and its text rebuilt around them (see `parsers.pdf_tables`)."""
    import pypdfium2.raw as pdfium_c

    from parsers.pdf_tables import Rule, Segment, may_hold_table, page_layout

    if "\n" not in text.strip():
        return [], ""  # a page of one line holds no table
    count = textpage.count_rects()
    if count < 4 or count > _MAX_SEGMENTS:
        return [], ""
    rules = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=4):
        if len(rules) >= _MAX_RULES:
            break
        x0, y0, x1, y1 = obj.get_bounds()
        rule = Rule(x0, y0, x1, y1)
        if rule.horizontal or rule.vertical:
            rules.append(rule)
    boxes = [textpage.get_rect(i) for i in range(count)]
    if not may_hold_table(boxes, rules):
        return [], ""  # prose: PDFium's text as it is, no text read per segment
    segments = _char_segments(textpage, Segment)
    if segments is not None:
        return page_layout(segments, rules)
    segments = []
    for left, bottom, right, top in boxes:
        # inset: PDFium also returns characters that only touch a rectangle's edge (the
        # neighbour's last letter, a fake-bold copy drawn next to it)
        dx, dy = min(0.6, (right - left) / 10), (top - bottom) / 10
        piece = textpage.get_text_bounded(left + dx, bottom + dy, right - dx, top - dy)
        piece = piece.replace("\x02", "")
        # keep a trailing space: it tells a line wrapped at a word from one wrapped inside
        piece = re.sub(r"[\r\n]+", " ", piece).lstrip()
        if piece.strip():
            segments.append(Segment(left, bottom, right, top, piece))
    tables, rebuilt = page_layout(segments, rules)
    return tables, rebuilt


def _char_segments(textpage: Any, segment: Any) -> list[Any] | None:
    """Segments built from PDFium's characters: a run of characters on one line that
    PDFium's own text keeps together (no space, no line break between them) is one segment.

    Chromium and other producers position every glyph on its own, so PDFium's rectangles
    are single letters and the gaps between narrow ones ("i", ":") read as word breaks
    ("http: //www. dpzz. net"); PDFium's text knows better. None when the page has too many
    characters to look at one by one (the rectangles are used then)."""
    count = textpage.count_chars()
    if count > _MAX_SEGMENTS * 4:
        return None
    out: list[Any] = []
    run: list[tuple[float, float, float, float]] = []
    text: list[str] = []

    def close(space: bool) -> None:
        if run and "".join(text).strip():
            left = min(r[0] for r in run)
            bottom = min(r[1] for r in run)
            right = max(r[2] for r in run)
            top = max(r[3] for r in run)
            out.append(segment(left, bottom, right, top, "".join(text) + (" " if space else "")))
        run.clear()
        text.clear()

    for i in range(count):
        ch = textpage.get_text_range(i, 1).replace("\x02", "")
        if not ch or ch.isspace():
            close(space=ch == " ")
            continue
        box = textpage.get_charbox(i)
        if run:
            last = run[-1]
            height = max(last[3] - last[1], box[3] - box[1], 1.0)
            same_line = box[1] < last[3] and last[1] < box[3]
            if not same_line or box[0] - last[2] > height or box[0] < last[0] - 0.5:
                close(space=False)  # another line, or a gap wider than a letter: a new run
        run.append(box)
        text.append(ch)
    close(space=False)
    return out


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    while (head := read_exactly(stdin, REQUEST.size)) is not None:
        size, max_pages = REQUEST.unpack(head)
        data = read_exactly(stdin, size)
        if data is None:
            return
        try:
            answer = extract(data, max_pages)
        except MemoryError:
            answer = {"status": "unreadable", "reason": "reading it needs more memory than allowed"}
        del data
        body = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        stdout.write(RESPONSE.pack(len(body)) + body)
        stdout.flush()


def main() -> int:
    memory = int(sys.argv[1])
    import pypdfium2  # noqa: F401  (loaded before the cap: the library itself is not at stake)

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    serve(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
