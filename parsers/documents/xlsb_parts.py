"""The binary (BIFF12) records of an .xlsb that pyxlsb does not read, or misreads.

- The sheet list (BrtBundleSh records of ``xl/workbook.bin``) with each sheet's part, so
  that the drawings and comments of a sheet can be found from its relationships.
- Workbooks written by Excel 2007 beta (Apache POI's Simple.xlsb) carry 4 more bytes
  before the sheet's tab id; pyxlsb then reads a garbage relationship id and fails with
  ``KeyError``. Apache POI reads them by trying that layout when the standard one does not
  fit; `standard_workbook` rewrites such records into the standard layout for pyxlsb.
- Cell comments (``xl/commentsN.bin``, BrtCommentText records).

A record is a type and a size, both variable-length integers (7 bits a byte), then the
data; [MS-XLSB] 2.1.4.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

WORKBOOK = "xl/workbook.bin"
_BUNDLE_SH = 156  # BrtBundleSh: one sheet of the workbook
_COMMENT_TEXT = 637  # BrtCommentText: the text of one comment
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True, slots=True)
class SheetRef:
    """One sheet as the workbook part lists it."""

    name: str
    part: str  # the member name of its .bin part ("" when its relationship is missing)
    beta: bool  # stored in Excel 2007 beta's layout


def records(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The (type, data) records of a BIFF12 part; a truncated last record ends the list."""
    pos, end = 0, len(data)
    while pos < end:
        kind, pos = _varint(data, pos, 2)
        size, pos = _varint(data, pos, 4)
        if kind < 0 or size < 0 or pos + size > end:
            return
        yield kind, data[pos : pos + size]
        pos += size


def _varint(data: bytes, pos: int, width: int) -> tuple[int, int]:
    value = 0
    for index in range(width):
        if pos >= len(data):
            return -1, pos
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << (7 * index)
        if not byte & 0x80:
            break
    return value, pos


def _wide_string(data: bytes, pos: int) -> tuple[str, int]:
    """An XLWideString (a 4-byte character count, then UTF-16LE); ValueError if it does
    not fit in `data`."""
    if pos + 4 > len(data):
        raise ValueError("truncated string")
    (count,) = struct.unpack_from("<I", data, pos)
    start, stop = pos + 4, pos + 4 + 2 * count
    if stop > len(data):
        raise ValueError("string longer than its record")
    return data[start:stop].decode("utf-16-le", errors="replace"), stop


def _bundle_sh(data: bytes) -> tuple[str, str, bool]:
    """(relationship id, name, beta) of a BrtBundleSh: the standard layout (hsState,
    iTabID, strRelID, strName) when its tab id is in range and it fills the record, else
    Excel 2007 beta's, which has 8 bytes before the tab id."""
    for offset, beta in ((4, False), (8, True)):
        if offset + 4 > len(data):
            continue
        (tab_id,) = struct.unpack_from("<I", data, offset)
        if not 1 <= tab_id <= 0xFFFF:
            continue
        try:
            rel_id, pos = _wide_string(data, offset + 4)
            name, pos = _wide_string(data, pos)
        except ValueError:
            continue
        if pos == len(data):
            return rel_id, name, beta
    raise ValueError("a sheet record of an unknown layout")


def sheet_refs(zf: zipfile.ZipFile) -> list[SheetRef]:
    """The workbook's sheets in order, with their parts; ValueError for a record that
    neither layout explains."""
    targets: dict[str, str] = {}
    rels = "xl/_rels/workbook.bin.rels"
    if rels in zf.NameToInfo:
        for rel in etree.fromstring(zf.read(rels), _PARSER).iter(_REL):
            target = rel.get("Target") or ""
            member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            targets[rel.get("Id") or ""] = posixpath.normpath(member)
    found: list[SheetRef] = []
    for kind, data in records(zf.read(WORKBOOK)):
        if kind == _BUNDLE_SH:
            rel_id, name, beta = _bundle_sh(data)
            found.append(SheetRef(name=name, part=targets.get(rel_id, ""), beta=beta))
    return found


def standard_workbook(data: bytes) -> bytes:
    """The .xlsb with its beta-layout sheet records rewritten in the standard layout (the
    4 undocumented bytes dropped), every other member as it was."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == WORKBOOK:
                content = _standard_records(content)
            target.writestr(info.filename, content)
    return out.getvalue()


def _standard_records(data: bytes) -> bytes:
    parts: list[bytes] = []
    for kind, body in records(data):
        if kind == _BUNDLE_SH and _bundle_sh(body)[2]:
            body = body[:4] + body[8:]
        parts.append(_encode(kind, 2) + _encode(len(body), 4) + body)
    return b"".join(parts)


def _encode(value: int, width: int) -> bytes:
    out = bytearray()
    for _ in range(width):
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            break
    return bytes(out)


def comment_lines(data: bytes) -> Iterator[str]:
    """The non-blank texts of the comments in a ``commentsN.bin`` part."""
    for kind, body in records(data):
        if kind == _COMMENT_TEXT and len(body) > 1:
            try:
                text, _ = _wide_string(body, 1)  # a flags byte, then the string
            except ValueError:
                continue
            if text.strip():
                yield text.strip()
