"""Read any attachment into a `Document`: sniff the content, dispatch to one small reader.

The file type is taken from the content first (magic bytes, zip member names, OLE stream
names, see `sniff`) and from the file-name extension second, because senders rename files
and mail clients mislabel content types. An Office or OpenDocument package is a zip that is
read as a document, never unpacked as an archive. `read_document` never raises; every
failure is a status with a reason (a MemoryError, when the worker's memory cap is reached,
included).

Shape::

    read_document(Attachment(filename="方案.docx", data=...))
        -> Document(status=ReadStatus.OK, kind="docx", text="...", headings=(...), tables=(...))
"""

from __future__ import annotations

import importlib
import io
import logging
from collections.abc import Callable

import msoffcrypto

from parsers.documents.common import DEFAULT_LIMITS, Limits, describe, failed, text_of
from parsers.documents.sniff import EXCEL_KINDS, WORD_KINDS, extension, ole_streams, sniff
from parsers.model import Attachment, Document, ReadStatus

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_LIMITS", "READER_MODULES", "Limits", "ole_streams", "read_document", "sniff"]

# The readers are imported when a file first needs one, not with this package: a process
# that mostly hands reading to workers (the poll) then never loads python-docx, openpyxl
# and the numpy openpyxl pulls in, about 20 MB of its RSS. A forkserver that should share
# them with its workers preloads these modules.
READER_MODULES = tuple(
    f"parsers.documents.{name}"
    for name in ("archive", "docx", "image", "legacy", "odf", "pdf", "tnef", "vcard", "xls",
                 "xlsb", "xlsx")
)  # fmt: skip


def _reader(module: str, name: str) -> Callable[..., Document]:
    """The function `name` of `parsers.documents.<module>`, imported on first use."""
    return getattr(importlib.import_module(f"parsers.documents.{module}"), name)


_UNSUPPORTED = {
    "ppt": "presentations are not read",
    "odp": "presentations are not read",
    "odg": "drawings are not read",
    "epub": "e-books are not read",
    "ooxml": "this kind of Office file is not read",
}


def read_document(att: Attachment, limits: Limits = DEFAULT_LIMITS) -> Document:
    """What `att` contains, as a Document with a status; never raises."""
    try:
        return _dispatch(att, limits)
    except MemoryError:  # the worker's address-space cap: this file, not the message
        log.warning("reading %r ran out of memory", att.filename)
        return failed(
            ReadStatus.UNREADABLE,
            extension(att.filename),
            "reading it needs more memory than allowed",
        )
    except Exception as exc:  # a reader bug must not stop the pipeline
        log.exception("reading %r failed", att.filename)
        return failed(
            ReadStatus.UNREADABLE, extension(att.filename), f"reader error: {describe(exc)}"
        )


def _encrypted_ole(data: bytes) -> bool:
    """Whether a .doc/.xls/.ppt is password-protected (msoffcrypto reads the FIB flag of
    Word, the FILEPASS record of Excel, the encryption atom of PowerPoint)."""
    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception as exc:  # not a file msoffcrypto knows, or damaged: the reader decides
        log.debug("encryption not determined: %s", exc)
        return False


def _dispatch(att: Attachment, limits: Limits) -> Document:
    data = att.data
    if att.locked:
        return failed(
            ReadStatus.ENCRYPTED,
            extension(att.filename),
            "inside a password-protected archive (its password was not sent)",
        )
    if not data:
        return failed(ReadStatus.EMPTY, extension(att.filename), "the file is empty (0 bytes)")
    kind = sniff(data, att.filename)
    log.debug("%r sniffed as %r", att.filename, kind)
    if kind in ("doc", "xls", "ppt", "wps", "et") and _encrypted_ole(data):
        return failed(ReadStatus.ENCRYPTED, kind, "the Office file is password-protected")
    if kind in WORD_KINDS:
        return _reader("docx", "read_docx")(data, kind=kind, limits=limits)
    if kind in EXCEL_KINDS:
        return _reader("xlsx", "read_xlsx")(data, kind=kind, limits=limits)
    if kind == "xlsb":
        return _reader("xlsb", "read_xlsb")(data, limits=limits)
    if kind == "pptx":
        return _reader("slides", "read_slides")(data, kind, limits=limits)
    if kind in ("odt", "ods"):
        return _reader("odf", "read_odf")(data, kind, limits=limits)
    if kind == "pdf":
        return _reader("pdf", "read_pdf")(data, limits=limits)
    if kind == "zip":
        return _reader("archive", "read_zip")(att, limits=limits)
    if kind in ("rar", "7z"):
        return _reader("archive", "read_archive")(att, kind, limits=limits)
    if kind == "tnef" or att.content_type == "application/ms-tnef":
        return _reader("tnef", "read_tnef")(att)
    if kind == "encrypted-office":
        return failed(ReadStatus.ENCRYPTED, extension(att.filename) or "office",
                      "the Office file is password-protected")  # fmt: skip
    if kind in ("xls", "et"):
        document = _reader("xls", "read_xls")(data, kind=kind, limits=limits)
        if document.status is ReadStatus.UNREADABLE and kind == "et":
            return _reader("legacy", "read_legacy")(data, kind, limits=limits)
        return document
    if kind in ("doc", "wps", "rtf"):
        return _reader("legacy", "read_legacy")(data, kind, limits=limits)
    if kind == "image":
        return _reader("image", "read_image")(data)
    if kind == "vcard":
        return _reader("vcard", "read_vcard")(data)
    if kind == "html":  # its tables too: a statistics table an OA system exported as .xls
        from parsers.html import read_html

        return read_html(text_of(data))
    if kind == "text":
        return Document(status=ReadStatus.OK, kind="text", text=text_of(data))
    if kind in _UNSUPPORTED:
        return failed(ReadStatus.UNSUPPORTED, kind, _UNSUPPORTED[kind])
    return failed(ReadStatus.UNSUPPORTED, kind or extension(att.filename), "unknown file type")
