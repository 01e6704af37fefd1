"""Text of the text boxes and shapes of a BIFF8 .xls (TXO records), which xlrd skips.

xlrd keeps the text of cell comments (notes) and drops every other text object, so an .xls
whose answer sits in a text box read as empty. A text object is a TXO record followed by
CONTINUE records with its characters ([MS-XLS] 2.4.329): each CONTINUE starts with one
byte saying whether its characters are 8-bit (the high bytes omitted) or UTF-16LE. The
workbook stream is walked sheet by sheet from the offsets of the BOUNDSHEET records; the
text objects of charts embedded in a sheet (a nested BOF..EOF) are not taken.

Shape::

    text_objects(data) -> [["宁阳县第一中学回执\\n联系人：赵六", "活动周已完成"], [], ...]
                          (one list per worksheet, in the workbook's order; notes included)
"""

from __future__ import annotations

import io
import logging
import struct
from collections.abc import Iterator

import olefile

from parsers.documents.common import describe

log = logging.getLogger(__name__)

_BOF, _EOF, _BOUNDSHEET, _TXO, _CONTINUE = 0x0809, 0x000A, 0x0085, 0x01B6, 0x003C
_BIFF8 = 0x0600
_TXO_ID = struct.pack("<H", _TXO)
_WORKSHEET = 0  # BOUNDSHEET dt: the only sheets xlrd reads


def text_objects(data: bytes) -> list[list[str]] | None:
    """The texts of each worksheet's text objects, or None when the file has none or is
    not a BIFF8 workbook this walk understands (the cells are read anyway)."""
    if _TXO_ID not in data:  # cheap: most workbooks have no text objects at all
        return None
    try:
        stream = _workbook_stream(data)
        if stream is None:
            return None
        return [_sheet_texts(stream, offset) for offset in _worksheet_offsets(stream)]
    except Exception as exc:  # olefile and a damaged stream raise many types; cells are read
        log.info("xls text objects not read: %s", describe(exc))
        return None


def _workbook_stream(data: bytes) -> bytes | None:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("Workbook"):
            return None  # BIFF5 ("Book") and older: xlrd's cells only
        stream: bytes = ole.openstream("Workbook").read()
    return stream


def _records(stream: bytes, pos: int) -> Iterator[tuple[int, bytes]]:
    end = len(stream)
    while pos + 4 <= end:
        kind, size = struct.unpack_from("<HH", stream, pos)
        pos += 4
        if pos + size > end:
            return
        yield kind, stream[pos : pos + size]
        pos += size


def _worksheet_offsets(stream: bytes) -> list[int]:
    """Stream offsets of the worksheets' BOF records, from the globals' BOUNDSHEETs."""
    records = _records(stream, 0)
    kind, body = next(records, (0, b""))
    if kind != _BOF or len(body) < 2 or struct.unpack_from("<H", body)[0] != _BIFF8:
        raise ValueError("not a BIFF8 workbook stream")
    offsets: list[int] = []
    for kind, body in records:
        if kind == _EOF:
            break
        if kind == _BOUNDSHEET and len(body) >= 6 and body[5] == _WORKSHEET:
            offsets.append(struct.unpack_from("<I", body)[0])
    return offsets


def _sheet_texts(stream: bytes, offset: int) -> list[str]:
    texts: list[str] = []
    depth = 0
    pos, end = offset, len(stream)
    while pos + 4 <= end:
        kind, size = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + size]
        pos += 4 + size
        if kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                break
        elif kind == _TXO and depth == 1 and len(body) >= 12:
            (count,) = struct.unpack_from("<H", body, 10)  # cchText
            text, pos = _characters(stream, pos, count)
            if text.strip():
                texts.append(text)
        if depth <= 0:
            raise ValueError(f"no worksheet BOF at offset {offset}")
    return texts


def _characters(stream: bytes, pos: int, count: int) -> tuple[str, int]:
    """`count` characters from the CONTINUE records at `pos` after a TXO, and where they
    end (the formatting runs that follow are CONTINUE records too: the walk skips them)."""
    parts: list[str] = []
    remaining = count
    while remaining > 0 and pos + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + size]
        if kind != _CONTINUE or not body:
            break
        pos += 4 + size
        if body[0] & 0x01:
            chunk = body[1:].decode("utf-16-le", errors="replace")
        else:
            chunk = body[1:].decode("latin-1")
        parts.append(chunk[:remaining])
        remaining -= len(chunk)
    return "".join(parts).replace("\r\n", "\n").replace("\r", "\n"), pos
