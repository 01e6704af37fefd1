"""Decoding of header words, MIME parameters and raw bytes as Chinese mailers write them.

Chinese mail clients label text gb2312 while writing GBK characters, fold encoded-words in
the middle, split one multi-byte character across two encoded-words and put raw 8-bit bytes
into headers. Everything here decodes bytes to text without ever dropping a byte silently:
what cannot be decoded becomes U+FFFD and the caller gets `lossy=True` to flag it.

Shapes::

    decode_bytes(b"\\xd5\\xc5\\xc8\\xfd", "gb2312")      -> Decoded("张三", lossy=False, ...)
    decode_header_value("=?gb2312?B?1cXI/Q==?= <a@b.cn>")  -> Decoded("张三 <a@b.cn>", ...)
    mime_filename(content_disposition, content_type)    -> Decoded("方案.docx", ...) or None
"""

from __future__ import annotations

import binascii
import codecs
import logging
import re
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

log = logging.getLogger(__name__)

# Labels that mean "some GB encoding": GB18030 is a superset of all of them.
_GB_ALIASES = frozenset(
    {
        "gb2312",
        "gbk",
        "gb_2312-80",
        "gb2312-80",
        "gb_2312",
        "x-gbk",
        "cp936",
        "ms936",
        "windows-936",
        "euc-cn",
        "euccn",
        "csgb2312",
        "x-euc-cn",
        "chinese",
        "gb18030",
    }
)
_NO_CHARSET = frozenset({"", "unknown-8bit", "us-ascii", "ascii", "us_ascii", "646"})


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text; `lossy` when bytes were replaced, `problem` says what happened."""

    text: str
    lossy: bool = False
    problem: str = ""


def normalize_charset(charset: str | None) -> str:
    """The Python codec name to use for a MIME charset label ("" when none or unusable)."""
    label = (charset or "").strip().strip("\"'").lower()
    if label in _GB_ALIASES:
        return "gb18030"
    if label in _NO_CHARSET:
        return ""
    if label in ("utf8", "utf-8", "unicode-1-1-utf-8"):
        return "utf-8"
    if label in ("big5", "big5-hkscs", "x-big5", "cn-big5"):
        return "big5hkscs"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "?" + label


def decode_bytes(data: bytes, charset: str | None = None) -> Decoded:
    """Decode bytes labelled with `charset`, falling back to UTF-8 then GB18030, else U+FFFD."""
    if not data:
        return Decoded("")
    codec = normalize_charset(charset)
    problem = ""
    if codec.startswith("?"):
        problem = f"unknown charset {codec[1:]!r}"
        codec = ""
    if codec:
        try:
            return Decoded(data.decode(codec), problem=problem)
        except (UnicodeDecodeError, LookupError):
            pass
    elif data.isascii():
        return Decoded(data.decode("ascii"), problem=problem)
    for fallback in ("utf-8", "gb18030"):
        if fallback == codec:
            continue
        try:
            return Decoded(data.decode(fallback), problem=problem)
        except UnicodeDecodeError:
            continue
    label = codec or charset or "no charset"
    text = data.decode(codec or "utf-8", errors="replace")
    reason = f"undecodable bytes ({label}) replaced by U+FFFD"
    return Decoded(text, lossy=True, problem=f"{problem}; {reason}" if problem else reason)


def raw_header_bytes(value: object) -> bytes:
    """The bytes of a header value as stored by the compat32 parser (surrogate-escaped str)."""
    if isinstance(value, bytes):
        return value
    text = str(value)
    try:
        return text.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape")


# An encoded-word; the encoded text may contain folding whitespace (broken mailers fold
# in the middle of a word), which is removed before decoding.
_ENCODED_WORD = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?]*?)\?=")
_FOLD = re.compile(rb"\r?\n(?=[ \t])")
_SPACE = re.compile(rb"\s+")
_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/]")
_Q_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")


def _decode_b(text: bytes) -> bytes:
    text = _NOT_B64.sub(b"", text)
    if len(text) % 4 == 1:  # one stray character cannot be decoded: drop it
        text = text[:-1]
    return binascii.a2b_base64(text + b"=" * (-len(text) % 4))


def _decode_q(text: bytes) -> bytes:
    text = _SPACE.sub(b"", text).replace(b"_", b" ")
    return _Q_HEX.sub(lambda m: bytes((int(m.group(1), 16),)), text)


def decode_header_value(value: object) -> Decoded:
    """Decode a header value: every RFC 2047 word (B and Q, adjacent, folded) and raw 8-bit."""
    raw = _FOLD.sub(b"", raw_header_bytes(value))
    # Chunks of (charset, bytes); adjacent encoded-words in one charset are joined before
    # decoding, so a character split across two words survives.
    chunks: list[tuple[str | None, bytes]] = []
    pos = 0
    last_was_word = False
    problems: list[str] = []
    for match in _ENCODED_WORD.finditer(raw):
        between = raw[pos : match.start()]
        if between and not (last_was_word and between.isspace()):
            chunks.append((None, between))
        charset = match.group(1).split(b"*", 1)[0].decode("ascii", "replace").lower()
        try:
            if match.group(2) in b"bB":
                data = _decode_b(match.group(3))
            else:
                data = _decode_q(match.group(3))
        except (binascii.Error, ValueError) as exc:
            problems.append(f"bad encoded-word {match.group(0)[:60]!r}: {exc}")
            data = match.group(0)
            charset = ""
        if chunks and chunks[-1][0] == charset and last_was_word:
            chunks[-1] = (charset, chunks[-1][1] + data)
        else:
            chunks.append((charset, data))
        pos = match.end()
        last_was_word = True
    if pos < len(raw):
        chunks.append((None, raw[pos:]))
    parts: list[str] = []
    lossy = False
    for charset, data in chunks:
        decoded = decode_bytes(data, charset)
        parts.append(decoded.text)
        lossy = lossy or decoded.lossy
        if decoded.problem:
            problems.append(decoded.problem)
    text = "".join(parts).replace("\r", "").replace("\n", "").strip()
    return Decoded(text, lossy=lossy, problem="; ".join(dict.fromkeys(problems)))


def split_params(raw: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """Split a structured header (Content-Type, Content-Disposition) into value and params."""
    raw = _FOLD.sub(b"", raw)
    items: list[bytes] = []
    current = bytearray()
    quoted = False
    escaped = False
    for byte in raw:
        ch = bytes((byte,))
        if escaped:
            current += ch
            escaped = False
        elif ch == b"\\" and quoted:
            current += ch
            escaped = True
        elif ch == b'"':
            quoted = not quoted
            current += ch
        elif ch == b";" and not quoted:
            items.append(bytes(current))
            current = bytearray()
        else:
            current += ch
    items.append(bytes(current))
    params: list[tuple[bytes, bytes]] = []
    for item in items[1:]:
        name, sep, val = item.partition(b"=")
        if not sep:
            continue
        val = val.strip()
        if len(val) >= 2 and val[:1] == b'"' and val[-1:] == b'"':
            val = re.sub(rb"\\(.)", rb"\1", val[1:-1])
        elif val[:1] == b'"':
            val = val[1:]  # an unterminated quote: keep what there is
        params.append((name.strip().lower(), val))
    return items[0].strip(), params


_CONTINUATION = re.compile(rb"^(?P<name>[^*]+)(?:\*(?P<index>\d+))?(?P<star>\*)?$")


def param_value(params: list[tuple[bytes, bytes]], wanted: str) -> Decoded | None:
    """The decoded value of one parameter, honouring RFC 2231 (charset, continuations)."""
    key = wanted.encode("ascii")
    plain: bytes | None = None
    segments: dict[int, tuple[bool, bytes]] = {}
    for name, value in params:
        match = _CONTINUATION.match(name)
        if not match or match.group("name") != key:
            continue
        index, star = match.group("index"), match.group("star")
        if index is None and not star:
            plain = value if plain is None else plain
        else:
            segments.setdefault(int(index or 0), (bool(star), value))
    if segments:
        charset = ""
        data = bytearray()
        for number in sorted(segments):
            extended, value = segments[number]
            if extended:
                if number == min(segments) and value.count(b"'") >= 2:
                    cs, _lang, value = value.split(b"'", 2)
                    charset = cs.decode("ascii", "replace")
                data += unquote_to_bytes(value)
            else:
                data += value
        decoded = decode_bytes(bytes(data), charset or None)
        if _ENCODED_WORD.search(bytes(data)):
            decoded = decode_header_value(bytes(data))
        return decoded
    if plain is not None:
        return decode_header_value(plain)
    return None


def mime_filename(disposition: object | None, content_type: object | None) -> Decoded | None:
    """The file name of a MIME part from raw Content-Disposition / Content-Type values."""
    for header, param in ((disposition, "filename"), (content_type, "name")):
        if header is None:
            continue
        _, params = split_params(raw_header_bytes(header))
        found = param_value(params, param)
        if found is not None and found.text.strip():
            return found
    return None
