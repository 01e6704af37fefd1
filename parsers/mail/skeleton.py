"""The MIME tree of a raw message, built by the stdlib parser with base64 bodies kept out.

The stdlib bytes parser (`policy=compat32`, which keeps raw header bytes surrogate-escaped so
that `parsers.names` can decode them) spends most of its time on base64 lines one by one and
holds a big body several times over (a 25 MB attachment about eight times). Base64 bodies of
2 KB or more are therefore cut out before parsing (`skeleton`), and after parsing each part's
payload is put back as the text it would have had, so the tree is the one the stdlib makes
of the whole message (`parse`); a body of 512 KB or more in a part the stdlib would decode
as base64 stays cut out and is decoded straight from the raw bytes, to the same bytes and
defects (`decode_cut`).

Shape::

    msg, blobs = parse(raw)        # blobs: id(part) -> Cut, for decode_cut(part, blobs[id])
"""

from __future__ import annotations

import binascii
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import errors, message_from_bytes
from email import policy as email_policy
from email._encoded_words import decode_b  # what Message.get_payload(decode=True) calls
from email.message import Message

log = logging.getLogger(__name__)

# The stdlib parser holds a big body several times over (the message as str, its lines, the
# joined payload, the encoded and decoded bytes): about 8x a 25 MB attachment, and it spends
# most of its time on base64 lines one by one. Base64 bodies are therefore cut out before
# parsing, replaced by a short token line, and put back after parsing (`parse`); big ones
# are decoded straight from the raw bytes instead (`decode_cut`). Nothing here copies a
# whole big message: it is searched and checked a window at a time.
CUT_MIN = 2048  # bodies cut out for parsing
BLOB_MIN = 512 * 1024  # bodies left cut out and decoded from the raw bytes
WINDOW = 1024 * 1024
_BASE64_HEADER = re.compile(rb"^content-transfer-encoding:[ \t]*base64[ \t]*\r?$", re.I | re.M)
CTE_NAME = b"content-transfer-encoding:"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_BASE64_LINES = _ALPHABET + b"=\r\n"
_BASE64_BYTES = _BASE64_LINES + b" \t\f\v"
BLOB_PREFIX = "notice-intake-blob-"


@dataclass(frozen=True, slots=True)
class Cut:
    """A base64 body cut out of the raw message by `skeleton`: raw[start:end], a run of
    base64 characters and whitespace (line breaks included)."""

    raw: bytes
    start: int
    end: int

    def view(self) -> memoryview:
        return memoryview(self.raw)[self.start : self.end]


class LowerFinder:
    """Finds a lower-case needle in `raw` case-insensitively, lowering one window at a time
    (a lowered copy of a whole 34 MB message was most of read_mail's peak memory)."""

    def __init__(self, raw: bytes, needle: bytes) -> None:
        self.raw = raw
        self.needle = needle
        self.start = 0
        self.text = b""

    def _load(self, at: int) -> None:
        self.start = at
        self.text = self.raw[at : at + WINDOW + len(self.needle)].lower()

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
        raw[at : min(at + WINDOW, end)].translate(None, allowed) for at in range(start, end, WINDOW)
    )


def skeleton(raw: bytes, minimum: int) -> tuple[bytes, list[Cut]]:
    """`raw` with base64 bodies of `minimum` bytes or more replaced by token lines, and those
    bodies. A body runs from the blank line after a "Content-Transfer-Encoding: base64"
    header line to the next line starting with "--" (or the end), and must hold base64
    characters and whitespace only."""
    view = memoryview(raw)
    pieces: list[bytes | memoryview] = []
    cuts: list[Cut] = []
    pos = 0
    names = LowerFinder(raw, CTE_NAME)  # the header name is matched case-insensitively
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
            pieces.append(f"{BLOB_PREFIX}{len(cuts)}\r\n".encode("ascii"))
            cuts.append(Cut(raw, start, end))
            pos = end
        at = names.find(max(header.end(), pos))
    if not cuts:
        return raw, []
    pieces.append(view[pos:])
    return b"".join(pieces), cuts


def parse(raw: bytes) -> tuple[Message, dict[int, Cut]]:
    """What `message_from_bytes(raw)` gives, with base64 bodies kept away from its line loop,
    and the bodies left cut out (by id of their part, for `decode_cut`).

    The bodies are cut out (`skeleton`), the rest is parsed, and each token line is put back
    as the text the part would have had, or left in place for a big body in a part that
    `get_payload(decode=True)` decodes as base64. That is the same tree only when every token
    is the whole body of a part with its own Content-Transfer-Encoding header (then the token
    and the base64 lines it replaced were read in the same state, as body lines, neither able
    to end the part), or when the token is the whole of a message encoded as base64 in a
    message/rfc822 part (as nodemailer writes forwards: the parser reads the encoded lines as
    the body of a message without headers, the token alike): otherwise the whole message is
    parsed as it is.
    """
    if BLOB_PREFIX.encode("ascii") not in raw:
        stripped, cuts = skeleton(raw, CUT_MIN)
        if cuts:
            try:
                msg = message_from_bytes(stripped, policy=email_policy.compat32)
                kept = put_back(msg, cuts, BLOB_MIN)
                if kept is not None:
                    return msg, kept
            except Exception as exc:  # e.g. RecursionError: the plain parse decides
                log.debug("parsing without base64 bodies failed: %s", exc)
    return message_from_bytes(raw, policy=email_policy.compat32), {}


def put_back(msg: Message, cuts: list[Cut], keep: int) -> dict[int, Cut] | None:
    """Replace each token payload by the body it stands for, except bodies of `keep` bytes or
    more in base64 parts: those are returned by id(part). None if a token is elsewhere."""
    restored: set[int] = set()
    kept: dict[int, Cut] = {}
    for part, parent in _with_parents(msg, None):
        payload = part.get_payload()
        if not isinstance(payload, str) or BLOB_PREFIX not in payload:
            continue
        encoded_message = parent is not None and is_encoded_message(parent, part)
        core = payload.removesuffix("\r\n")
        number = core.removeprefix(BLOB_PREFIX)
        if (
            not core.startswith(BLOB_PREFIX)
            or not number.isdigit()
            or not number.isascii()
            or int(number) >= len(cuts)
            or int(number) in restored
            or (part.get("Content-Transfer-Encoding") is None and not encoded_message)
        ):
            return None
        cut = cuts[int(number)]
        if encoded_message and cut.raw[cut.start] not in _ALPHABET:
            return None  # a first line that is blank or folded is read as a header line
        restored.add(int(number))
        if cut.end - cut.start >= keep and _cte(part) == "base64":  # as get_payload tests it
            kept[id(part)] = cut
            continue
        body = bytes(cut.view()).decode("ascii")
        if core == payload:  # the parser dropped the line break before a boundary: here too
            body = body[:-2] if body.endswith("\r\n") else body.removesuffix("\n")
        part.set_payload(body)
    return kept if len(restored) == len(cuts) else None


def _with_parents(
    part: Message, parent: Message | None
) -> Iterator[tuple[Message, Message | None]]:
    """Every part of the tree with the part it sits in, in `Message.walk` order."""
    yield part, parent
    payload = part.get_payload()
    if isinstance(payload, list):
        for child in payload:
            if isinstance(child, Message):
                yield from _with_parents(child, part)


def is_encoded_message(part: Message, inner: Message) -> bool:
    """Whether `inner` is what the parser made of a message/rfc822 `part` whose body is
    base64 text: a message without headers holding the encoded lines (base64 has no ":"
    and no leading blank, so no line of it can be read as a header)."""
    return (
        part.get_content_type() in ("message/rfc822", "message/global")
        and _cte(part).strip() == "base64"
        and not inner.keys()
    )


def _cte(part: Message) -> str:
    """The transfer encoding as `Message.get_payload` reads it (first header, not stripped)."""
    return str(part.get("content-transfer-encoding", "")).lower()


def decode_cut(part: Message, cut: Cut) -> bytes:
    """`part.get_payload(decode=True)` for a base64 part whose body `parse` left cut out:
    the same bytes, the same defects added to the part, without the text copies."""
    value, defects = base64_body(cut)
    for defect in defects:
        part.policy.handle_defect(part, defect)
    return value


def base64_body(cut: Cut) -> tuple[bytes, list[errors.MessageDefect]]:
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
        raw[at : min(at + WINDOW, end)].translate(None, b"\r\n") for at in range(start, end, WINDOW)
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


def header_block(raw: bytes) -> bytes:
    """The header lines of a message (used when the whole message is too large to parse)."""
    crlf = raw.find(b"\r\n\r\n")
    # an LF-only blank line counts only before the CRLF one (no scan of a whole big message)
    lf = raw.find(b"\n\n", 0, crlf + 2) if crlf >= 0 else raw.find(b"\n\n")
    ends = [i for i in (crlf, lf) if i >= 0]
    return raw[: min(ends)] + b"\r\n\r\n" if ends else raw[:65536]
