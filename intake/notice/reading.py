"""A notice's text, however it came: a .txt (UTF-8 or GB18030), or a .docx/.pdf/.wps/.doc
read by `parsers.documents.read_document`; then lines and sentences as the finders want them.

    notice = read_notice(Path("通知.docx"))
    notice.lines        # ["泰安市教育局", "泰教函〔2020〕72号", ...]  (spaced-out 红头 joined)
    notice.sentences    # ["…并于2020年11月5日前将活动周方案、…报市教育局职成高教科，…", ...]

Reading never raises for the content: an unreadable file is a NoticeError naming why.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from intake.errors import UsageError

_SENTENCE_END = "。；！？"
_WRAP_MIN = 20  # a line this long without an ending mark was wrapped by the layout
# 11 月 16 日, 2020 年: the spaces some layouts put between digits and date words
_DATE_SPACES = re.compile(r"(?<=[\d年月日])[ \u3000]+(?=[\d年月日])")
# "（不少于 5 篇）", "2020 年": no space between Chinese and a number
_DIGIT_SPACES = re.compile(r"(?<=[\u4e00-\u9fff（《])[ ]+(?=\d)|(?<=\d)[ ]+(?=[\u4e00-\u9fff）》])")
_FULL_ALNUM = re.compile(r"[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")  # ０-９ ＠ Ａ-Ｚ ａ-ｚ
_SPACED_OUT = re.compile(r"^(?:\S[ \u3000]){3,}\S$")  # "泰 安 市 教 育 局"


class NoticeError(UsageError):
    """The notice cannot be read (missing, empty, encrypted, not a document)."""


@dataclass(frozen=True, slots=True)
class Notice:
    """The notice's text as lines (layout wraps joined) and as sentences."""

    source: str
    lines: tuple[str, ...]
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_notice(path: Path) -> Notice:
    """The notice at `path` (.txt, .docx, .pdf, .wps, .doc, .odt …)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NoticeError(f"NOTICE: cannot read {path}: {exc.strerror}") from None
    if not data.strip():
        raise NoticeError(f"NOTICE: {path} is empty")
    if path.suffix.lower() in (".txt", ".text", ""):
        text = _decode(data)
    else:
        text = _document_text(path.name, data)
    return notice_of(text, str(path))


def notice_of(text: str, source: str = "notice") -> Notice:
    """A Notice of plain text (what `read_notice` does after reading the file)."""
    lines = _lines(text)
    if not lines:
        raise NoticeError(f"NOTICE: {source} holds no text")
    return Notice(source=source, lines=tuple(lines), sentences=tuple(_sentences(lines)))


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _document_text(name: str, data: bytes) -> str:
    from parsers.documents import read_document
    from parsers.model import Attachment

    att = Attachment(
        filename=name,
        content_type="application/octet-stream",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    doc = read_document(att)
    if not doc.readable or not doc.text.strip():
        why = f"{doc.status}" + (f" ({doc.reason})" if doc.reason else "")
        raise NoticeError(f"NOTICE: {name} could not be read as a document: {why}")
    return doc.text


def _halfwidth(text: str) -> str:
    """Full-width letters and digits to ASCII (Ｈ２ -> H2); Chinese punctuation stays."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if _FULL_ALNUM.match(ch) else ch for ch in text
    )


def _clean(line: str) -> str:
    line = _halfwidth(line).strip()
    line = line.replace("\u3000", " ")
    if _SPACED_OUT.match(line):  # a 红头 organ name set letter-spaced
        line = re.sub(r"\s+", "", line)
    line = _DATE_SPACES.sub("", line)
    line = _DIGIT_SPACES.sub("", line)
    return re.sub(r"[ \t]{2,}", " ", line)


def _lines(text: str) -> list[str]:
    """Non-empty lines, a line the layout wrapped joined to its continuation."""
    out: list[str] = []
    pending = ""
    for raw in text.splitlines():
        line = _clean(raw)
        if not line:
            continue
        line = pending + line
        pending = ""
        if _wrapped(line):
            pending = line
            continue
        out.append(line)
    if pending:
        out.append(pending)
    return out


def _wrapped(line: str) -> bool:
    """A long line of prose (it has punctuation) that stops mid-sentence: the layout
    wrapped it. An organ name of the 红头 or a heading is never wrapped."""
    return (
        len(line) >= _WRAP_MIN
        and line[-1] not in _SENTENCE_END + "：:）)"
        and bool(re.search(r"[，、。；]", line))
        and not _heading(line)
    )


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])")


def _heading(line: str) -> bool:
    return bool(_HEADING.match(line)) and len(line) < 30 and "。" not in line


def _sentences(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        start = 0
        depth = 0
        for i, ch in enumerate(line):
            if ch in "（(《“":
                depth += 1
            elif ch in "）)》”" and depth:
                depth -= 1
            elif ch in _SENTENCE_END and depth == 0:
                piece = line[start : i + 1].strip()
                if piece:
                    out.append(piece)
                start = i + 1
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
