"""Limits and helpers shared by the document readers: bounded zip reading, DTD refusal, text.

Office files (docx/xlsx) are zip files, so they get the same size and ratio bounds as
archives. Members are read in chunks and the bounds are checked on the bytes actually
produced, never on the sizes the zip header claims.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time

from parsers.model import Document, ReadStatus
from parsers.names import decode_bytes

_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds for hostile input; the defaults suit mail attachments of schools."""

    max_members: int = 200
    max_total_bytes: int = 200 * 1024 * 1024
    max_ratio: float = 100.0  # uncompressed : compressed, checked for members above ratio_floor
    ratio_floor: int = 1024 * 1024
    max_depth: int = 3
    soffice_timeout: float = 60.0  # one legacy file's conversion (LibreOffice's start apart)
    soffice_memory_bytes: int = 2 * 1024 * 1024 * 1024  # address space of the kept LibreOffice
    max_pdf_pages: int = 2000
    pdf_memory_bytes: int = 1024 * 1024 * 1024  # address space of the PDF helper process
    pdf_timeout: float = 60.0
    # What one document may expand to once read: characters of text (cell values counted
    # in every cell they fill, merged and repeated ones included) and cells of its tables
    # (empty ones included). A real school document is far below both: 100 pages are
    # about 100 000 characters, a statistics table a few thousand cells. Beyond either the
    # document is UNREADABLE ("expands beyond ..."), not truncated: a truncated table
    # could be read as complete.
    max_text_chars: int = 20_000_000
    max_cells: int = 2_000_000
    archive_timeout: float = 60.0  # a rar/7z extraction
    archive_memory_bytes: int = 1024 * 1024 * 1024  # address space of the extractor
    # Address space of a reading worker process (intake.reading): a reader bug or a bomb
    # that gets past the bounds above ends in a MemoryError in that worker, not in a
    # machine out of memory.
    worker_memory_bytes: int = 4 * 1024 * 1024 * 1024


DEFAULT_LIMITS = Limits()


class LimitExceeded(Exception):
    """A bound of `Limits` was exceeded while reading; the message names the bound."""


@dataclass(slots=True)
class Budget:
    """Uncompressed bytes still allowed across a zip and the zips nested in it."""

    remaining: int
    members: int = 0
    reasons: list[str] = field(default_factory=list)


def read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: Budget
) -> bytes:
    """The bytes of one zip member, stopping as soon as a size or ratio bound is exceeded."""
    chunks: list[bytes] = []
    size = 0
    compressed = max(info.compress_size, 1)
    with zf.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > budget.remaining:
                raise LimitExceeded(
                    f"uncompressed size exceeds {limits.max_total_bytes} bytes at {info.filename!r}"
                )
            if size > limits.ratio_floor and size > limits.max_ratio * compressed:
                raise LimitExceeded(
                    f"compression ratio of {info.filename!r} exceeds {limits.max_ratio:g}:1"
                )
            chunks.append(chunk)
    budget.remaining -= size
    return b"".join(chunks)


_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), b"<!doctype")


def has_dtd(content: bytes) -> bool:
    """Whether XML bytes carry a DTD or entity declaration (UTF-8 or UTF-16LE)."""
    # Every marker contains "!", which XML parts rarely do: one memchr-fast scan settles
    # most parts without the four slower substring searches.
    return b"!" in content and any(marker in content for marker in _DTD_MARKERS)


def check_office_zip(data: bytes, limits: Limits) -> str | None:
    """Why an Office zip must not be parsed (bounds, DTDs), or None when it looks sane."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_members * 50:
                return f"too many parts ({len(infos)})"
            budget = Budget(remaining=limits.max_total_bytes)
            for info in infos:
                if info.is_dir():
                    continue
                if info.flag_bits & 0x1:
                    return "an encrypted zip member"
                content = read_member(zf, info, limits, budget)
                name = info.filename.lower()
                if name.endswith((".xml", ".rels", ".vml")) and has_dtd(content):
                    return "XML with a DTD/entity declarations is refused"
    except LimitExceeded as exc:
        return str(exc)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        return f"broken zip: {exc}"
    except NotImplementedError as exc:  # an unsupported compression method
        return f"unsupported zip: {exc}"
    return None


class Expansion:
    """Counts what a document expands to while it is read; raises LimitExceeded past the
    bounds of `Limits` (checked before the text or the grid is built, not after)."""

    __slots__ = ("cells", "chars", "limits")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.chars = 0
        self.cells = 0

    def text(self, count: int) -> None:
        """`count` more characters of text."""
        self.chars += count
        if self.chars > self.limits.max_text_chars:
            raise LimitExceeded(f"expands beyond {self.limits.max_text_chars} characters")

    def grid(self, count: int) -> None:
        """`count` more table cells (empty ones included)."""
        self.cells += count
        if self.cells > self.limits.max_cells:
            raise LimitExceeded(f"expands beyond {self.limits.max_cells} cells")


_REPR = re.compile(r"<(?:class |_io\.|[\w.]+ object at )[^<>]*>")


def describe(exc: BaseException) -> str:
    """An exception as a reason staff can read: its type and message, object reprs
    ("<_io.BytesIO object at 0x..>", "<class 'x.Y'>") replaced by what they stand for."""
    if isinstance(exc, MemoryError):
        return "reading it needs more memory than allowed"
    message = _REPR.sub(_repr_name, str(exc)).strip()
    name = type(exc).__name__
    return f"{name}: {message}"[:300] if message else name


def _repr_name(match: re.Match[str]) -> str:
    text = match.group(0)
    if text.startswith("<class "):
        return text[len("<class ") : -1].strip("'\"").rsplit(".", 1)[-1]
    return "the file"


def no_text(kind: str, runs: int, pictures: int) -> Document:
    """The status of a document read without text: IMAGE_ONLY when it holds pictures
    only, UNREADABLE when its format shows text that was not read (a reader gap, not the
    sender's fault), EMPTY when there is nothing at all."""
    if runs:
        return failed(
            ReadStatus.UNREADABLE, kind, f"no text read from a {kind} that has {runs} text runs"
        )
    if pictures:
        return failed(
            ReadStatus.IMAGE_ONLY, kind, f"the {kind} holds {pictures} pictures and no text"
        )
    return failed(ReadStatus.EMPTY, kind, f"the {kind} has no text")


def failed(status: ReadStatus, kind: str, reason: str) -> Document:
    """A Document for a file that could not be read, with its reason."""
    return Document(status=status, kind=kind, reason=reason)


def text_of(data: bytes) -> str:
    """Text of a plain text file: BOMs honoured, then UTF-8, then GB18030, else U+FFFD."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return decode_bytes(data).text


def cell_text(value: object) -> str:
    """A spreadsheet value as text: integers without ".0", dates in ISO form, None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def trim_rows(rows: list[list[str]], first_row: int) -> tuple[list[list[str]], int]:
    """Drop leading/trailing empty rows and trailing empty columns; adjust the first row."""
    while rows and not any(rows[-1]):
        rows.pop()
    start = 0
    while start < len(rows) and not any(rows[start]):
        start += 1
    rows = rows[start:]
    width = max((max((i + 1 for i, v in enumerate(r) if v), default=0) for r in rows), default=0)
    return [r[:width] + [""] * (width - len(r)) for r in rows], first_row + start
