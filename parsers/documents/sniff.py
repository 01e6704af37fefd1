"""What kind of file an attachment is, told from its content first and its name second.

Senders rename files and mail clients mislabel content types, so the kind comes from the
magic bytes, the members of a zip (an Office or OpenDocument package is a zip that is never
unpacked as an archive) and the top-level streams of an OLE compound file; the extension
only settles what the content leaves open.

Shape::

    sniff(data, "方案.docm") -> "docm"      # also "xlsx", "xlsb", "odt", "zip", "7z", "doc", ...
"""

from __future__ import annotations

import io
import logging
import struct
import zipfile

import olefile

from parsers.documents.image import image_format
from parsers.documents.tnef import TNEF_MAGIC

log = logging.getLogger(__name__)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SEVEN_ZIP_MAGIC = b"7z\xbc\xaf\x27\x1c"
WORD_KINDS = frozenset({"docx", "docm", "dotx", "dotm"})
EXCEL_KINDS = frozenset({"xlsx", "xlsm", "xltx", "xltm"})
_ODF_TYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.text-template": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.spreadsheet-template": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
    "application/vnd.oasis.opendocument.presentation-template": "odp",
    "application/vnd.oasis.opendocument.graphics": "odg",
    "application/epub+zip": "epub",
}
_OFFICE_EXTENSIONS = WORD_KINDS | EXCEL_KINDS | {"xlsb", "pptx", "odt", "ods", "odp", "epub"}
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


def extension(name: str) -> str:
    """The lower-cased extension of a file name, without the dot ("" when none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower().strip() if "." in base else ""


def ole_streams(data: bytes) -> set[str]:
    """Names of the directory entries of an OLE compound file (found where entries can sit).

    Directory entries are 128 bytes long and start on 128-byte boundaries; the name is
    UTF-16LE with its byte length (including the terminating NUL) at offset 64. Used when
    olefile cannot open a damaged file.
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


def _top_streams(data: bytes) -> set[str]:
    """Lower-cased names of the top-level entries of an OLE file (an embedded Word document
    inside a workbook sits deeper and does not make it a .doc)."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {path[0].lower() for path in ole.listdir(streams=True, storages=True)}
    except Exception as exc:  # olefile raises assorted errors on damaged files
        log.debug("olefile could not list streams: %s", exc)
        return {name.lower() for name in ole_streams(data)}


def _ole_kind(data: bytes, ext: str) -> str:
    streams = _top_streams(data)
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        return "encrypted-office"
    if "workbook" in streams or "book" in streams:
        return "et" if ext in ("et", "ett") else "xls"
    if "worddocument" in streams:
        return "wps" if ext in ("wps", "wpt") else "doc"
    if "powerpoint document" in streams:
        return "ppt"
    return _LEGACY_EXTENSIONS.get(ext, "ole")


def _zip_kind(data: bytes, ext: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            # some producers write "xl\\workbook.xml" and "[content_types].xml"
            names = {n.replace("\\", "/").lower() for n in zf.namelist()}
            mimetype = ""
            info = zf.NameToInfo.get("mimetype")
            if info is not None and info.file_size < 256:
                mimetype = zf.read(info).decode("ascii", "replace").strip()
    except Exception:  # a damaged zip: the extension says what it claims to be
        return ext if ext in _OFFICE_EXTENSIONS else "zip"
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return ext if ext in WORD_KINDS else "docx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        return ext if ext in EXCEL_KINDS else "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if mimetype in _ODF_TYPES:
        return _ODF_TYPES[mimetype]
    if "content.xml" in names and "mimetype" in names:
        return "ods" if ext in ("ods", "ots") else "odt"
    if "[content_types].xml" in names:
        return "ooxml"  # some other Office package (Visio, XPS, ...): never an archive
    if not names and ext in _OFFICE_EXTENSIONS:
        return ext  # truncated: the reader reports it as such
    return "zip"


def _html_start(data: bytes) -> bool:
    """Whether the file is a web page by its first bytes (a BOM and blank lines aside)."""
    start = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith((b"<meta", b"<head", b"<body", b"<table")) and b"</" in start
    )


def sniff(data: bytes, filename: str = "") -> str:
    """The kind of a file: "docx", "xlsx", "xlsb", "odt", "zip", "pdf", "xls", "doc", ..."""
    ext = extension(filename)
    head = data[:8]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(data, ext)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data, ext)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if data.startswith(SEVEN_ZIP_MAGIC):
        return "7z"
    if data.startswith(TNEF_MAGIC):
        return "tnef"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if image_format(data):
        return "image"
    if _html_start(data):
        return "html"  # an OA system's "Word"/"Excel" export: a web page under .doc/.xls
    if ext in _OFFICE_EXTENSIONS or ext in ("pdf", "zip", "xls"):
        return ext  # claimed but not that: unreadable
    if ext in _LEGACY_EXTENSIONS:
        return _LEGACY_EXTENSIONS[ext]
    start = data[:512].lstrip().lower()
    if ext == "vcf" or start.startswith((b"begin:vcard", b"\xef\xbb\xbfbegin:vcard")):
        return "vcard"
    if ext in _HTML_EXTENSIONS or start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if ext in _TEXT_EXTENSIONS or ext == "":
        sample = data[:4096]
        if b"\x00" not in sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "text"
    return ""
