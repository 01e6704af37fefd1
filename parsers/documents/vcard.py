"""vCard files (.vcf): the contact card phones and mail clients attach ("联络员名片见附件").

    read_vcard(data)  # Document(kind="vcard", text="姓名：杨帆\n单位：…", tables=(card,))

Each card becomes a two-column table of labelled rows (姓名, 单位, 职务, 手机, 电话, 邮箱)
and the same rows as text, so the contact layouts read it like any contact form. Parsed
with vobject (vCard 2.1, 3.0 and 4.0, folded lines, QUOTED-PRINTABLE); the bytes are decoded
as UTF-8, else GB18030 (phones exporting in the local code page). At most `MAX_CARDS`.
"""

from __future__ import annotations

import logging
from typing import Any

from parsers.documents.common import failed, text_of
from parsers.model import Document, ReadStatus, Table

log = logging.getLogger(__name__)

MAX_CARDS = 200
MAX_BYTES = 2 * 1024 * 1024  # a card is a few hundred bytes; a photo in one some kB


def _values(card: Any, name: str) -> list[tuple[str, str]]:
    """(value, TYPE parameters joined) of every `name` property of a card."""
    out = []
    for prop in card.contents.get(name, []):
        value = prop.value
        if name == "org" and isinstance(value, list):
            # ORG:name;unit;…: the organisation first, its departments after (RFC 6350)
            value = next((v for v in value if v), "")
        types = " ".join(prop.params.get("TYPE", [])).lower()
        text = str(value).strip()
        if text:
            out.append((text, types))
    return out


def _rows(card: Any) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for value, _ in _values(card, "fn")[:1]:
        rows.append(("姓名", value))
    for value, _ in _values(card, "org")[:1]:
        rows.append(("单位", value))
    for value, _ in _values(card, "title")[:1]:
        rows.append(("职务", value))
    for value, types in _values(card, "tel"):
        digits = "".join(ch for ch in value if ch.isdigit())
        cell = "cell" in types or (len(digits) in (11, 13) and digits.lstrip("86").startswith("1"))
        rows.append(("手机" if cell else "电话", value))
    for value, _ in _values(card, "email")[:1]:
        rows.append(("邮箱", value))
    return rows


def read_vcard(data: bytes) -> Document:
    """The cards of a .vcf file as contact tables; unreadable when there is none."""
    import vobject

    if len(data) > MAX_BYTES:
        return failed(ReadStatus.UNREADABLE, "vcard", "the vCard file is larger than 2 MB")
    text = text_of(data)
    tables: list[Table] = []
    try:
        for n, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True)):
            if n >= MAX_CARDS:
                break
            if card.name.upper() != "VCARD":
                continue
            rows = _rows(card)
            if rows:
                tables.append(Table(rows=tuple(rows), name=f"card {len(tables) + 1}"))
    except Exception as exc:  # vobject raises several kinds on malformed input
        log.debug("vCard parsing failed: %s", exc)
        if not tables:
            return failed(ReadStatus.UNREADABLE, "vcard", "the vCard file cannot be read")
    if not tables:
        return failed(ReadStatus.UNREADABLE, "vcard", "the vCard file holds no contact card")
    body = "\n\n".join("\n".join(f"{k}：{v}" for k, v in t.rows) for t in tables)
    return Document(status=ReadStatus.OK, kind="vcard", text=body, tables=tuple(tables))
