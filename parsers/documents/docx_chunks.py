"""Word "alternative format import" chunks (``w:altChunk``): body content kept in another
format in a part of its own, which Word converts when it opens the file.

Report generators (docx4j, the Open XML SDK, many web systems' "export to Word") write a
body that is only ``<w:altChunk r:id="..."/>`` pointing at an HTML or MHT part; read from
the WordprocessingML alone such a document has no text. Read here:

- HTML and XHTML parts: with the project's HTML reader (`parsers.html.read_html`: text,
  headings, tables), decoded by the charset the part declares, else as other text files;
- MHT (``message/rfc822``, ``multipart/related``; a MIME message, read with `email`): its
  first HTML part, else its first plain-text part;
- plain text.

Other chunk formats (RTF, a nested .docx) are not read: logged, and their place is empty;
a document with no other text is then UNREADABLE, not EMPTY (see `docx._walk`).

Shape::

    read_chunk(b"<html>...<p>Simple paragraph</p>...", "text/html")
        -> Document(status=ok, kind="html", text="Simple paragraph ...", tables=(...))
"""

from __future__ import annotations

import codecs
import email
import email.policy
import logging
import re
from collections.abc import Iterable
from email.message import EmailMessage
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI

from parsers.documents.common import LimitExceeded, Limits, describe, read_member, text_of
from parsers.html import read_html
from parsers.model import Document, ReadStatus

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MIME_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_chunk(content: bytes, content_type: str, partname: str = "") -> Document | None:
    """The document an altChunk part holds, or None for a format that is not read or a
    part that cannot be read (the rest of the document is read all the same)."""
    try:
        return _read(content, content_type, partname)
    except Exception as exc:  # email and codecs raise many types on damaged parts
        log.info("altChunk %s not read: %s", partname, describe(exc))
        return None


def _read(content: bytes, content_type: str, partname: str) -> Document | None:
    kind = content_type.split(";", 1)[0].strip().lower()
    name = partname.lower()
    if kind in _MIME_TYPES or name.endswith((".mht", ".mhtml")):
        return _mime(content)
    if kind in _HTML_TYPES or name.endswith((".html", ".htm", ".xhtml")):
        return read_html(_html_text(content))
    if kind == "text/plain" or name.endswith(".txt"):
        text = text_of(content)
        return Document(status=ReadStatus.OK, kind="text", text=text) if text.strip() else None
    log.info("altChunk %s of type %r not read", partname, content_type)
    return None


def _html_text(content: bytes) -> str:
    """HTML bytes as text: a BOM, else the charset its <meta> declares, else `text_of`."""
    if not content.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        match = _CHARSET.search(content[:4096])
        if match:
            try:
                codec = codecs.lookup(match.group(1).decode("ascii"))
            except LookupError:
                codec = None
            if codec is not None:
                return content.decode(codec.name, errors="replace")
    return text_of(content)


def _mime(content: bytes) -> Document | None:
    message = email.message_from_bytes(content, policy=email.policy.default)
    plain: str | None = None
    for part in message.walk():
        if part.is_multipart() or not isinstance(part, EmailMessage):
            continue
        kind = part.get_content_type()
        if kind not in ("text/html", "text/plain"):
            continue
        try:
            text = part.get_content()
        except (LookupError, ValueError, AssertionError) as exc:  # unknown charset, bad CTE
            log.info("MHT part not decoded: %s", exc)
            payload = part.get_payload(decode=True)
            text = text_of(payload) if isinstance(payload, bytes) else ""
        if not isinstance(text, str):
            continue
        if kind == "text/html":
            return read_html(text)
        if plain is None and text.strip():
            plain = text
    if plain is not None:
        return Document(status=ReadStatus.OK, kind="text", text=plain)
    return None


def light_chunks(package: Any, rels: Iterable[Any]) -> dict[str, Document]:
    """The altChunk parts among `rels` (the main document's, as docx's light open keeps
    them), read with its bounds; HTML may carry a DOCTYPE, so no DTD check: the HTML reader
    resolves no entities."""
    chunks: dict[str, Document] = {}
    for rel in {rel.rid: rel for rel in rels}.values():
        if rel.reltype != RT.A_F_CHUNK or rel.external or not rel.rid:
            continue
        info = package.zf.getinfo(PackURI(rel.target).membername)
        content = read_member(package.zf, info, package.limits, package.budget)
        chunk = read_chunk(content, package.content_type(rel.target), rel.target)
        if chunk is not None:
            chunks[rel.rid] = chunk
    return chunks


def full_chunk(part: Any, limits: Limits) -> Document | None:
    """An altChunk part python-docx loaded, read; bounded by the document's text limit."""
    blob: bytes = part.blob
    if len(blob) > limits.max_text_chars:
        raise LimitExceeded(f"expands beyond {limits.max_text_chars} characters")
    return read_chunk(blob, part.content_type, str(part.partname))
