"""Read any attachment into a `Document`: sniff the content, dispatch to one small reader.

The file type is taken from the content first (magic bytes, zip member names, OLE stream
names) and from the file-name extension second, because senders rename files and mail
clients mislabel content types. `read_document` never raises; every failure is a status
with a reason.

Shape::

    read_document(Attachment(filename="方案.docx", data=...))
        -> Document(status=ReadStatus.OK, kind="docx", text="...", headings=(...), tables=(...))
"""

from __future__ import annotations

import io
import logging
import struct
import zipfile

from parsers.documents.archive import read_rar, read_zip
from parsers.documents.common import DEFAULT_LIMITS, Limits, failed, text_of
from parsers.documents.docx import read_docx
from parsers.documents.image import image_format, read_image
from parsers.documents.legacy import read_legacy
from parsers.documents.pdf import read_pdf
from parsers.documents.tnef import TNEF_MAGIC, read_tnef
from parsers.documents.xls import read_xls
from parsers.documents.xlsx import read_xlsx
from parsers.model import Attachment, Document, ReadStatus

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_LIMITS", "Limits", "read_document", "sniff"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LEGACY_EXTENSIONS = {
    "doc": "doc",
    "dot": "doc",
    "wps": "wps",
    "wpt": "wps",
    "et": "et",
    "ett": "et",
    "rtf": "rtf",
    "odt": "odt",
    "ods": "ods",
}
_TEXT_EXTENSIONS = frozenset({"txt", "csv", "text", "md", "log"})
_HTML_EXTENSIONS = frozenset({"htm", "html", "xhtml", "mht"})


def _extension(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower().strip() if "." in base else ""


def ole_streams(data: bytes) -> set[str]:
    """Names of the directory entries of an OLE compound file (found where entries can sit).

    Directory entries are 128 bytes long and start on 128-byte boundaries; the name is
    UTF-16LE with its byte length (including the terminating NUL) at offset 64.
    """
    names: set[str] = set()
    for wanted in (
        "EncryptionInfo",
        "EncryptedPackage",
        "WordDocument",
        "Workbook",
        "Book",
        "PowerPoint Document",
    ):
        encoded = wanted.encode("utf-16-le") + b"\x00\x00"
        start = 0
        while (pos := data.find(encoded, start)) >= 0:
            start = pos + 2
            if pos % 128 == 0 and pos + 66 <= len(data):
                (length,) = struct.unpack_from("<H", data, pos + 64)
                if length == len(encoded):
                    names.add(wanted)
                    break
    return names


def sniff(data: bytes, filename: str = "") -> str:
    """The kind of a file: "docx", "xlsx", "zip", "pdf", "xls", "doc", "encrypted-office", ..."""
    ext = _extension(filename)
    head = data[:8]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            names = set()
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "ppt/presentation.xml" in names:
            return "pptx"
        if "mimetype" in names and "content.xml" in names:
            return "ods" if ext == "ods" else "odt"
        if not names and ext in ("docx", "xlsx", "docm", "xlsm"):
            return "docx" if ext.startswith("doc") else "xlsx"  # truncated: report as such
        return "zip"
    if data.startswith(OLE_MAGIC):
        streams = ole_streams(data)
        if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
            return "encrypted-office"
        if "WordDocument" in streams:
            return "wps" if ext == "wps" else "doc"
        if "Workbook" in streams or "Book" in streams:
            return "et" if ext == "et" else "xls"
        if "PowerPoint Document" in streams:
            return "ppt"
        return _LEGACY_EXTENSIONS.get(ext, "ole")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if data.startswith(TNEF_MAGIC):
        return "tnef"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if image_format(data):
        return "image"
    if ext in ("docx", "docm", "xlsx", "xlsm", "pdf", "zip"):
        return ext[:4] if ext != "zip" else "zip"  # claimed but not that: unreadable
    if ext in _LEGACY_EXTENSIONS:
        return _LEGACY_EXTENSIONS[ext]
    if ext == "xls":
        return "xls"
    start = data[:512].lstrip().lower()
    if ext in _HTML_EXTENSIONS or start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if ext in _TEXT_EXTENSIONS or ext == "":
        sample = data[:4096]
        if b"\x00" not in sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "text"
    return ""


def read_document(att: Attachment, limits: Limits = DEFAULT_LIMITS) -> Document:
    """What `att` contains, as a Document with a status; never raises."""
    try:
        return _dispatch(att, limits)
    except Exception as exc:  # a reader bug must not stop the pipeline
        log.exception("reading %r failed", att.filename)
        return failed(ReadStatus.UNREADABLE, _extension(att.filename), f"reader error: {exc}")


def _dispatch(att: Attachment, limits: Limits) -> Document:
    data = att.data
    if not data:
        return failed(ReadStatus.EMPTY, _extension(att.filename), "the file is empty (0 bytes)")
    kind = sniff(data, att.filename)
    log.debug("%r sniffed as %r", att.filename, kind)
    if kind == "docx":
        return read_docx(data, limits=limits)
    if kind == "xlsx":
        return read_xlsx(data, limits=limits)
    if kind == "pdf":
        return read_pdf(data, limits=limits)
    if kind == "zip":
        return read_zip(att, limits=limits)
    if kind == "rar":
        return read_rar(att, limits=limits)
    if kind == "tnef" or att.content_type == "application/ms-tnef":
        return read_tnef(att)
    if kind == "encrypted-office":
        return failed(ReadStatus.ENCRYPTED, _extension(att.filename) or "office",
                      "the Office file is password-protected")  # fmt: skip
    if kind in ("xls", "et"):
        document = read_xls(data, kind=kind)
        if document.status is ReadStatus.UNREADABLE and kind == "et":
            return read_legacy(data, kind, limits=limits)
        return document
    if kind in ("doc", "wps", "rtf", "odt", "ods"):
        return read_legacy(data, kind, limits=limits)
    if kind == "image":
        return read_image(data)
    if kind == "html":
        from parsers.mail import html_to_text

        return Document(status=ReadStatus.OK, kind="html", text=html_to_text(text_of(data)))
    if kind == "text":
        return Document(status=ReadStatus.OK, kind="text", text=text_of(data))
    if kind in ("pptx", "ppt"):
        return failed(ReadStatus.UNSUPPORTED, kind, "presentations are not read")
    return failed(ReadStatus.UNSUPPORTED, kind or _extension(att.filename), "unknown file type")
