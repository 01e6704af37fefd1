"""Read one raw RFC 822 message into a `Mail` value; never raises.

How it is parsed (chosen for speed, see the benchmark figures in the report/README):

- The MIME tree is built once by the stdlib bytes parser with `policy=compat32`, which keeps
  raw header bytes (surrogate-escaped) so that we can decode them ourselves.
- Header words, file names (RFC 2047 and RFC 2231) and bodies are decoded by
  `parsers.names`: gb2312/gbk are read as GB18030, undecodable bytes become U+FFFD and the
  mail is flagged `DECODE_ERROR`. mail-parser's own file-name decoding drops characters.
- mail-parser provides the address parsing (`mailparser.utils.get_addresses`, which recovers
  from broken address lists) and the date parsing (`mailparser.dates.parse_mail_date`,
  obsolete and odd date forms). A full `mailparser.parse_from_bytes` would parse the
  message a second time and decode every attachment twice, so it is not called.
- Base64 bodies of 2 KB or more are cut out before parsing (`_skeleton`), because the
  stdlib parser spends most of its time on their lines one by one and holds a big body
  several times over (a 25 MB attachment about eight times). After parsing, each part's
  payload is put back as the text it would have had, so the tree is the one the stdlib
  makes of the whole message (`_parse`); a body of 512 KB or more in a part the stdlib
  would decode as base64 stays cut out and is decoded straight from the raw bytes, to the
  same bytes and defects (`_decode_cut`).

Shape::

    read_mail(raw) -> Mail(subject="关于报送活动周方案的函", from_addr="zs@school.cn",
                           attachments=(Attachment(filename="方案.docx", ...),), flags=...)
"""

from __future__ import annotations

import binascii
import hashlib
import logging
import mimetypes
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email import errors, message_from_bytes
from email import policy as email_policy
from email._encoded_words import decode_b  # what Message.get_payload(decode=True) calls
from email.message import Message
from html.parser import HTMLParser

from mailparser.dates import parse_mail_date
from mailparser.utils import get_addresses

from parsers.model import Attachment, Mail, MailFlag
from parsers.names import Decoded, decode_bytes, decode_header_value, mime_filename

log = logging.getLogger(__name__)

FORWARD_SEPARATOR = "-------- Forwarded message --------"
_MAX_DEPTH = 20  # nesting of multiparts/messages we follow; deeper parts are reported

_EXTENSIONS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/msword": ".doc",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
    "application/x-zip-compressed": ".zip",
    "application/x-rar-compressed": ".rar",
    "application/vnd.rar": ".rar",
    "application/octet-stream": ".bin",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "text/plain": ".txt",
    "text/html": ".html",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "application/wps-office.wps": ".wps",
    "application/wps-office.et": ".et",
}

_AUTO_SUBJECT = re.compile(
    r"自动回复|自動回復|auto[- ]?reply|auto[- ]?response|automatic reply|out of (the )?office"
    r"|autoreply|自动答复|不在办公室",
    re.IGNORECASE,
)
# X-Notice-Intake marks mail that notice-intake itself composed (acknowledgements,
# reminders, digests): another instance must never answer it, even when a relay has
# dropped its Auto-Submitted header.
_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Autoresponse", "X-Notice-Intake")
_AUTH_FAIL = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*fail\b", re.IGNORECASE)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)


@dataclass
class _Reader:
    """Mutable state while walking one message; turned into a frozen `Mail` at the end."""

    flags: set[MailFlag] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    forwarded_bodies: list[str] = field(default_factory=list)
    forwarded_from: str = ""
    forwarded_subject: str = ""
    blobs: dict[int, _Cut] = field(default_factory=dict)  # id(part) -> its body, see _parse

    def problem(self, text: str, flag: MailFlag | None = None) -> None:
        if text not in self.problems:
            self.problems.append(text)
        if flag is not None:
            self.flags.add(flag)


def read_mail(raw: bytes, *, max_bytes: int | None = None) -> Mail:
    """Decode `raw` into a `Mail`; over `max_bytes` only the headers are read. Never raises."""
    reader = _Reader()
    try:
        return _read(raw, max_bytes, reader)
    except Exception as exc:  # a reader must never stop the pipeline: report and go on
        log.warning("read_mail failed: %s: %s", type(exc).__name__, exc)
        log.debug("read_mail failure", exc_info=True)
        reader.problem(f"could not parse the message: {type(exc).__name__}: {exc}")
        reader.flags.add(MailFlag.MALFORMED)
        return _fallback_mail(raw, reader)


def _read(raw: bytes, max_bytes: int | None, reader: _Reader) -> Mail:
    too_large = max_bytes is not None and len(raw) > max_bytes
    if too_large:
        reader.problem(f"message is {len(raw)} bytes, over the cap of {max_bytes}")
        reader.flags.add(MailFlag.TOO_LARGE)
        raw = _header_block(raw)
        msg = message_from_bytes(raw, policy=email_policy.compat32)
    else:
        msg, reader.blobs = _parse(raw)
    mail_headers = _headers(msg, reader)
    if not too_large:
        _walk(msg, reader, origin="", depth=0)
        _collect_defects(msg, reader)
    body = "\n".join(t for t in reader.plain if t.strip())
    if not body:
        body = "\n".join(t for t in reader.html if t.strip())
    if not reader.forwarded_from:
        quoted = find_quoted_forward(body)
        if quoted is not None:
            reader.forwarded_from, quoted_subject = quoted
            reader.forwarded_subject = reader.forwarded_subject or quoted_subject
            reader.flags.add(MailFlag.FORWARDED)
    for forwarded in reader.forwarded_bodies:
        body = f"{body}\n\n{FORWARD_SEPARATOR}\n{forwarded}" if body else forwarded
    _flags_from_headers(msg, mail_headers, reader)
    return Mail(
        **mail_headers,
        body_text=body,
        attachments=tuple(reader.attachments),
        flags=frozenset(reader.flags),
        problems=tuple(reader.problems),
        forwarded_from=reader.forwarded_from,
        forwarded_subject=reader.forwarded_subject,
    )


# The stdlib parser holds a big body several times over (the message as str, its lines, the
# joined payload, the encoded and decoded bytes): about 8x a 25 MB attachment, and it spends
# most of its time on base64 lines one by one. Base64 bodies are therefore cut out before
# parsing, replaced by a short token line, and put back after parsing (`_parse`); big ones
# are decoded straight from the raw bytes instead (`_decode_cut`). Nothing here copies a
# whole big message: it is searched and checked a window at a time.
_CUT_MIN = 2048  # bodies cut out for parsing
_BLOB_MIN = 512 * 1024  # bodies left cut out and decoded from the raw bytes
_WINDOW = 1024 * 1024
_BASE64_HEADER = re.compile(rb"^content-transfer-encoding:[ \t]*base64[ \t]*\r?$", re.I | re.M)
_CTE_NAME = b"content-transfer-encoding:"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_BASE64_LINES = _ALPHABET + b"=\r\n"
_BASE64_BYTES = _BASE64_LINES + b" \t\f\v"
_BLOB_PREFIX = "notice-intake-blob-"


@dataclass(frozen=True, slots=True)
class _Cut:
    """A base64 body cut out of the raw message by `_skeleton`: raw[start:end], a run of
    base64 characters and whitespace (line breaks included)."""

    raw: bytes
    start: int
    end: int

    def view(self) -> memoryview:
        return memoryview(self.raw)[self.start : self.end]


class _LowerFinder:
    """Finds a lower-case needle in `raw` case-insensitively, lowering one window at a time
    (a lowered copy of a whole 34 MB message was most of read_mail's peak memory)."""

    def __init__(self, raw: bytes, needle: bytes) -> None:
        self.raw = raw
        self.needle = needle
        self.start = 0
        self.text = b""

    def _load(self, at: int) -> None:
        self.start = at
        self.text = self.raw[at : at + _WINDOW + len(self.needle)].lower()

    def find(self, at: int) -> int:
        """The first match at or after `at`, or -1."""
        if not self.start <= at <= self.start + len(self.text) - len(self.needle):
            self._load(at)
        while True:
            found = self.text.find(self.needle, at - self.start)
            if found >= 0:
                return self.start + found
            if self.start + len(self.text) >= len(self.raw):
                return -1
            # none starts before the last len(needle) - 1 bytes of the window: go on there
            at = self.start + len(self.text) - len(self.needle) + 1
            self._load(at)


def _only(raw: bytes, start: int, end: int, allowed: bytes) -> bool:
    """Whether raw[start:end] holds bytes of `allowed` only (a window at a time: a slice or
    a translate of a 34 MB body would copy it)."""
    return not any(
        raw[at : min(at + _WINDOW, end)].translate(None, allowed)
        for at in range(start, end, _WINDOW)
    )


def _skeleton(raw: bytes, minimum: int) -> tuple[bytes, list[_Cut]]:
    """`raw` with base64 bodies of `minimum` bytes or more replaced by token lines, and those
    bodies. A body runs from the blank line after a "Content-Transfer-Encoding: base64"
    header line to the next line starting with "--" (or the end), and must hold base64
    characters and whitespace only."""
    view = memoryview(raw)
    pieces: list[bytes | memoryview] = []
    cuts: list[_Cut] = []
    pos = 0
    names = _LowerFinder(raw, _CTE_NAME)  # the header name is matched case-insensitively
    at = names.find(0)
    while at >= 0:
        header = _BASE64_HEADER.match(raw, at)  # "^" holds only at a line start
        if header is None:
            at = names.find(at + 1)
            continue
        blank = _BLANK_LINE.search(raw, header.end())
        if blank is None:
            break
        start = blank.end()
        end = raw.find(b"\n--", start)  # a boundary line; "-" is not in base64
        end = len(raw) if end < 0 else end + 1
        if end - start >= minimum and _only(raw, start, end, _BASE64_BYTES):
            pieces.append(view[pos:start])
            pieces.append(f"{_BLOB_PREFIX}{len(cuts)}\r\n".encode("ascii"))
            cuts.append(_Cut(raw, start, end))
            pos = end
        at = names.find(max(header.end(), pos))
    if not cuts:
        return raw, []
    pieces.append(view[pos:])
    return b"".join(pieces), cuts


def _parse(raw: bytes) -> tuple[Message, dict[int, _Cut]]:
    """What `message_from_bytes(raw)` gives, with base64 bodies kept away from its line loop,
    and the bodies left cut out (by id of their part, for `_decode_cut`).

    The bodies are cut out (`_skeleton`), the rest is parsed, and each token line is put back
    as the text the part would have had, or left in place for a big body in a part that
    `get_payload(decode=True)` decodes as base64. That is the same tree only when every token
    is the whole body of a part with its own Content-Transfer-Encoding header (then the token
    and the base64 lines it replaced were read in the same state, as body lines, neither able
    to end the part): otherwise the whole message is parsed as it is.
    """
    if _BLOB_PREFIX.encode("ascii") not in raw:
        skeleton, cuts = _skeleton(raw, _CUT_MIN)
        if cuts:
            try:
                msg = message_from_bytes(skeleton, policy=email_policy.compat32)
                kept = _put_back(msg, cuts, _BLOB_MIN)
                if kept is not None:
                    return msg, kept
            except Exception as exc:  # e.g. RecursionError: the plain parse decides
                log.debug("parsing without base64 bodies failed: %s", exc)
    return message_from_bytes(raw, policy=email_policy.compat32), {}


def _put_back(msg: Message, cuts: list[_Cut], keep: int) -> dict[int, _Cut] | None:
    """Replace each token payload by the body it stands for, except bodies of `keep` bytes or
    more in base64 parts: those are returned by id(part). None if a token is elsewhere."""
    restored: set[int] = set()
    kept: dict[int, _Cut] = {}
    for part in msg.walk():
        payload = part.get_payload()
        if not isinstance(payload, str) or _BLOB_PREFIX not in payload:
            continue
        core = payload.removesuffix("\r\n")
        number = core.removeprefix(_BLOB_PREFIX)
        if (
            not core.startswith(_BLOB_PREFIX)
            or not number.isdigit()
            or not number.isascii()
            or int(number) >= len(cuts)
            or int(number) in restored
            or part.get("Content-Transfer-Encoding") is None
        ):
            return None
        cut = cuts[int(number)]
        restored.add(int(number))
        if cut.end - cut.start >= keep and _cte(part) == "base64":  # as get_payload tests it
            kept[id(part)] = cut
            continue
        body = bytes(cut.view()).decode("ascii")
        if core == payload:  # the parser dropped the line break before a boundary: here too
            body = body[:-2] if body.endswith("\r\n") else body.removesuffix("\n")
        part.set_payload(body)
    return kept if len(restored) == len(cuts) else None


def _cte(part: Message) -> str:
    """The transfer encoding as `Message.get_payload` reads it (first header, not stripped)."""
    return str(part.get("content-transfer-encoding", "")).lower()


def _decode_cut(part: Message, cut: _Cut) -> bytes:
    """`part.get_payload(decode=True)` for a base64 part whose body `_parse` left cut out:
    the same bytes, the same defects added to the part, without the text copies."""
    value, defects = _base64(cut)
    for defect in defects:
        part.policy.handle_defect(part, defect)
    return value


def _base64(cut: _Cut) -> tuple[bytes, list[errors.MessageDefect]]:
    """`decode_b` of the body without its line breaks, which is what `get_payload` decodes
    (`b"".join(body.splitlines())`: bytes split at CR and LF only).

    `decode_b` tries a strict decode with the missing padding added (a padding defect if it
    had to), then a lenient one that skips other characters (a characters defect), then more.
    The usual shapes are decoded by one lenient `a2b_base64` over the raw body, which skips
    line breaks exactly as if they had been removed: base64 characters with "=" only at the
    end as the padding a strict decode accepts (no defect), or with the padding missing (a
    padding defect; the last partial group is decoded apart, with its padding). A body with
    spaces or tabs fails the strict decode whatever else it holds, so the lenient decode
    decides (a characters defect). Anything else goes to `decode_b` itself, on a copy.
    """
    raw, start, end = cut.raw, cut.start, cut.end
    if _only(raw, start, end, _BASE64_LINES):
        pad = raw.find(b"=", start, end)
        stop = end if pad < 0 else pad
        chars = stop - start - raw.count(b"\n", start, stop) - raw.count(b"\r", start, stop)
        pads = 0 if pad < 0 else raw.count(b"=", pad, end)
        if pad < 0 or _only(raw, pad, end, b"=\r\n"):
            shape = (chars % 4, pads)
            if shape in ((0, 0), (2, 2), (3, 1)):
                return binascii.a2b_base64(cut.view()), []
            if shape in ((2, 0), (3, 0), (2, 1)):
                return _padded(raw, start, stop, chars % 4), [errors.InvalidBase64PaddingDefect()]
    else:
        try:
            return binascii.a2b_base64(cut.view()), [errors.InvalidBase64CharactersDefect()]
        except binascii.Error:
            pass
    encoded = b"".join(
        raw[at : min(at + _WINDOW, end)].translate(None, b"\r\n")
        for at in range(start, end, _WINDOW)
    )
    value, defects = decode_b(encoded)
    return value, list(defects)


def _padded(raw: bytes, start: int, stop: int, rest: int) -> bytes:
    """The decoded base64 characters of raw[start:stop] (and line breaks) whose count is
    `rest` (2 or 3) more than a multiple of 4: decoded as if the padding were there."""
    tail = bytearray()
    at = stop
    while len(tail) < rest:
        at -= 1
        if raw[at] not in b"\r\n":
            tail[:0] = raw[at : at + 1]
    head = binascii.a2b_base64(memoryview(raw)[start:at])
    return head + binascii.a2b_base64(bytes(tail) + b"=" * (4 - rest))


def _header_block(raw: bytes) -> bytes:
    """The header lines of a message (used when the whole message is too large to parse)."""
    crlf = raw.find(b"\r\n\r\n")
    # an LF-only blank line counts only before the CRLF one (no scan of a whole big message)
    lf = raw.find(b"\n\n", 0, crlf + 2) if crlf >= 0 else raw.find(b"\n\n")
    ends = [i for i in (crlf, lf) if i >= 0]
    return raw[: min(ends)] + b"\r\n\r\n" if ends else raw[:65536]


def _fallback_mail(raw: bytes, reader: _Reader) -> Mail:
    """A best-effort `Mail` from the header block alone, after the full parse failed."""
    try:
        msg = message_from_bytes(_header_block(raw), policy=email_policy.compat32)
        return Mail(
            **_headers(msg, reader),
            flags=frozenset(reader.flags),
            problems=tuple(reader.problems),
        )
    except Exception as exc:
        log.warning("read_mail fallback failed: %s", exc)
        reader.problem(f"headers unreadable: {type(exc).__name__}: {exc}")
        return Mail(
            message_id="",
            subject="",
            from_addr="",
            flags=frozenset(reader.flags),
            problems=tuple(reader.problems),
        )


# --- headers -----------------------------------------------------------------------------


def _raw(msg: Message, name: str) -> str | None:
    """A header's raw value (compat32 keeps 8-bit bytes surrogate-escaped)."""
    lname = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lname:
            return value if isinstance(value, str) else str(value)
    return None


def _text(msg: Message, name: str, reader: _Reader) -> str:
    value = _raw(msg, name)
    if value is None:
        return ""
    decoded = decode_header_value(value)
    if decoded.problem:
        reader.problem(
            f"{name}: {decoded.problem}", MailFlag.DECODE_ERROR if decoded.lossy else None
        )
    return decoded.text


def _addresses(msg: Message, name: str, reader: _Reader) -> list[tuple[str, str]]:
    """(decoded display name, lower-cased address) pairs of an address header."""
    values = [v for k, v in msg.raw_items() if k.lower() == name.lower()]
    found: list[tuple[str, str]] = []
    for value in values:
        decoded = decode_header_value(value)
        if decoded.problem:
            reader.problem(
                f"{name}: {decoded.problem}", MailFlag.DECODE_ERROR if decoded.lossy else None
            )
        try:
            pairs = get_addresses(decoded.text)
        except Exception as exc:  # mail-parser's recovery can still give up on odd input
            reader.problem(f"{name}: unparsable address list: {exc}")
            pairs = []
        for display, addr in pairs:
            addr = addr.strip().strip("<>").lower()
            if addr or display:
                found.append((display.strip().strip('"').strip(), addr))
    return found


def _ids(value: str) -> tuple[str, ...]:
    return tuple(re.findall(r"<[^<>\s]+>", value)) or tuple(value.split())


def _headers(msg: Message, reader: _Reader) -> dict[str, object]:
    sender = _addresses(msg, "From", reader)
    from_name, from_addr = sender[0] if sender else ("", "")
    if not from_addr:
        reader.problem("no sender address in From")
    reply = _addresses(msg, "Reply-To", reader)
    date_raw = _text(msg, "Date", reader)
    date: datetime | None = None
    if date_raw:
        try:
            date = parse_mail_date(date_raw).value
        except Exception as exc:
            log.debug("unparsable date %r: %s", date_raw, exc)
        if date is None:
            reader.problem(f"Date: unparsable {date_raw[:80]!r}")
    message_ids = _ids(_text(msg, "Message-ID", reader))
    in_reply_to = _ids(_text(msg, "In-Reply-To", reader))
    return {
        "message_id": message_ids[0] if message_ids else "",
        "subject": _text(msg, "Subject", reader),
        "from_addr": from_addr,
        "from_name": from_name,
        "to": tuple(a for _, a in _addresses(msg, "To", reader) if a),
        "cc": tuple(a for _, a in _addresses(msg, "Cc", reader) if a),
        "reply_to": next((a for _, a in reply if a), ""),
        "date": date,
        "in_reply_to": in_reply_to[0] if in_reply_to else "",
        "references": _ids(_text(msg, "References", reader)),
    }


def _flags_from_headers(msg: Message, headers: dict[str, object], reader: _Reader) -> None:
    def has(name: str) -> bool:
        return _raw(msg, name) is not None

    def value(name: str) -> str:
        return (_raw(msg, name) or "").strip().lower()

    subject = str(headers["subject"])
    auto = value("Auto-Submitted")
    if (
        (auto and auto != "no")
        or any(has(h) for h in _AUTO_HEADERS)
        or _AUTO_SUBJECT.search(subject)
    ):
        reader.flags.add(MailFlag.AUTO_REPLY)
    content_type = value("Content-Type")
    if (
        "multipart/report" in content_type and "delivery-status" in content_type
    ) or _BOUNCE_SENDER.match(str(headers["from_addr"])):
        reader.flags.add(MailFlag.BOUNCE)
    if has("List-Id") or has("List-Unsubscribe") or value("Precedence") in ("bulk", "junk", "list"):
        reader.flags.add(MailFlag.LIST)
    return_path = _raw(msg, "Return-Path")
    if return_path is not None and re.fullmatch(r"\s*<\s*>\s*", return_path):
        reader.flags.add(MailFlag.NULL_SENDER)
    for key, val in msg.raw_items():
        if key.lower() == "authentication-results" and _AUTH_FAIL.search(str(val)):
            reader.flags.add(MailFlag.AUTH_FAILED)


# --- the MIME tree -----------------------------------------------------------------------


def _walk(part: Message, reader: _Reader, origin: str, depth: int) -> None:
    if depth > _MAX_DEPTH:
        reader.problem(f"MIME nesting deeper than {_MAX_DEPTH} levels ignored", MailFlag.MALFORMED)
        return
    content_type = part.get_content_type()
    if content_type == "message/rfc822":
        _forwarded(part, reader, depth)
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for child in payload:
                if isinstance(child, Message):
                    _walk(child, reader, origin, depth + 1)
        return
    if content_type.startswith("message/") or content_type == "text/rfc822-headers":
        return  # delivery-status and friends: not a file, not a body
    disposition = _raw(part, "Content-Disposition")
    name = mime_filename(disposition, _raw(part, "Content-Type"))
    is_attachment = (disposition or "").strip().lower().startswith("attachment")
    if name is None and not is_attachment and content_type in ("text/plain", "text/html"):
        _body(part, content_type, reader, origin)
        return
    _attachment(part, name, content_type, disposition, reader, origin)


def _payload(part: Message, reader: _Reader) -> bytes:
    cut = reader.blobs.get(id(part))
    if cut is not None:
        return _decode_cut(part, cut)
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # a malformed RFC 2231 charset parameter
        return None


def _body(part: Message, content_type: str, reader: _Reader, origin: str) -> None:
    decoded = decode_bytes(_payload(part, reader), _charset(part))
    if decoded.problem:
        reader.problem(
            f"body ({content_type}): {decoded.problem}",
            MailFlag.DECODE_ERROR if decoded.lossy else None,
        )
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if content_type == "text/html":
        reader.html.append(html_to_text(text))
    else:
        reader.plain.append(text)


def _attachment(
    part: Message,
    name: Decoded | None,
    content_type: str,
    disposition: str | None,
    reader: _Reader,
    origin: str,
) -> None:
    if isinstance(name, Decoded):
        if name.problem:
            reader.problem(
                f"file name: {name.problem}", MailFlag.DECODE_ERROR if name.lossy else None
            )
        filename = name.text
    else:
        filename = generated_name(content_type, len(reader.attachments) + 1)
    data = _payload(part, reader)
    reader.attachments.append(
        Attachment(
            filename=filename,
            content_type=content_type,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            origin=origin,
            inline=(disposition or "").strip().lower().startswith("inline"),
        )
    )


def generated_name(content_type: str, number: int) -> str:
    """A file name for a part that carries none, e.g. "attachment-2.docx"."""
    if content_type == "application/ms-tnef":
        return "winmail.dat"
    ext = _EXTENSIONS.get(content_type) or mimetypes.guess_extension(content_type) or ".bin"
    return f"attachment-{number}{ext}"


def _forwarded(part: Message, reader: _Reader, depth: int) -> None:
    reader.flags.add(MailFlag.FORWARDED)
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        reader.problem("message/rfc822 part without a message", MailFlag.MALFORMED)
        return
    sender = _addresses(inner, "From", reader)
    if sender and not reader.forwarded_from:
        reader.forwarded_from = sender[0][1] or sender[0][0]
        reader.forwarded_subject = _text(inner, "Subject", reader)
    sub = _Reader(blobs=reader.blobs)
    _walk(inner, sub, origin="forwarded", depth=depth + 1)
    reader.attachments.extend(sub.attachments)
    for text in sub.problems:
        reader.problem(text)
    reader.flags |= sub.flags
    body = "\n".join(t for t in sub.plain if t.strip()) or "\n".join(
        t for t in sub.html if t.strip()
    )
    if body:
        reader.forwarded_bodies.append(body)
    reader.forwarded_bodies.extend(sub.forwarded_bodies)


def _collect_defects(msg: Message, reader: _Reader) -> None:
    for part in _all_parts(msg, 0):
        for defect in getattr(part, "defects", ()):
            reader.problem(f"MIME defect: {type(defect).__name__}", MailFlag.MALFORMED)


def _all_parts(part: Message, depth: int) -> Iterable[Message]:
    yield part
    payload = part.get_payload()
    if depth < _MAX_DEPTH and isinstance(payload, list):
        for child in payload:
            if isinstance(child, Message):
                yield from _all_parts(child, depth + 1)


# --- quoted forwards and HTML ------------------------------------------------------------

_FORWARD_MARKER = re.compile(
    r"^\s*[-—_=]{2,}\s*(forwarded message|original message|转发的邮件|转发邮件信息|原始邮件"
    r"|转发邮件|原邮件|邮件原文)\s*[-—_=]{2,}\s*$|^\s*-+\s*original message\s*-+\s*$"
    r"|^\s*begin forwarded message\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_FROM = re.compile(r"^\s*>?\s*(?:from|发件人|寄件者|發件人)\s*[:：]\s*(.+?)\s*$", re.I)
_QUOTED_SUBJECT = re.compile(r"^\s*>?\s*(?:subject|主题|主旨|主題)\s*[:：]\s*(.*?)\s*$", re.I)
_QUOTED_META = re.compile(
    r"^\s*>?\s*(?:date|sent|to|cc|发送时间|发送日期|时间|日期|收件人|抄送)\s*[:：]", re.I
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_quoted_forward(body: str) -> tuple[str, str] | None:
    """(original sender, original subject) of a forward quoted in the body text, or None."""
    lines = body.splitlines()
    starts: list[int] = []
    for match in _FORWARD_MARKER.finditer(body):
        starts.append(body.count("\n", 0, match.start()) + 1)
    # Outlook (and 163 replies) quote a header block with no marker line: a From/发件人 line
    # followed closely by date/recipient/subject lines.
    for i, line in enumerate(lines):
        if _QUOTED_FROM.match(line) and any(
            _QUOTED_META.match(x) or _QUOTED_SUBJECT.match(x) for x in lines[i + 1 : i + 4]
        ):
            starts.append(i)
    for start in sorted(set(starts)):
        block = lines[start : start + 10]
        sender = ""
        subject = ""
        for line in block:
            if not sender and (m := _QUOTED_FROM.match(line)):
                value = m.group(1)
                email = _EMAIL.search(value)
                sender = email.group(0).lower() if email else value.strip("\"'; ")
            elif not subject and (m := _QUOTED_SUBJECT.match(line)):
                subject = m.group(1)
        if sender:
            return sender, subject
    return None


_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "pre", "hr", "section", "article", "header", "footer", "title"}
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_SKIP_TAGS = frozenset({"script", "style", "head", "noscript", "template"})


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: tags stripped, block breaks kept, entities unescaped."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # HTMLParser is lenient; keep what was read so far
        log.debug("HTML body not fully parsed: %s", exc)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{2,}", "\n", text).strip()


__all__ = [
    "FORWARD_SEPARATOR",
    "find_quoted_forward",
    "generated_name",
    "html_to_text",
    "read_mail",
]
