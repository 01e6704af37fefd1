"""Header fields of a parsed message: bounded, decoded, addresses and ids split out.

Header values are decoded by `parsers.names` (RFC 2047 words, raw 8-bit text); addresses
by mail-parser's `get_addresses` (which recovers from broken lists) and dates by its
`parse_mail_date` (obsolete and odd forms). Before any of that, every header of every part
is cut to a bound (`bound_headers`): a 5 MB Subject would otherwise cost seconds to decode
here and more in every rule that reads it.

Shape::

    headers(msg, reader) -> {"message_id": "<id@host>", "subject": "...", "from_addr": "...",
                             "from_name": "...", "to": (...), "cc": (...), "reply_to": "",
                             "date": datetime | None, "in_reply_to": "", "references": (...)}
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime
from email.message import Message

from mailparser.dates import parse_mail_date
from mailparser.utils import get_addresses

from parsers.mail.state import Reader
from parsers.model import MailFlag
from parsers.names import decode_header_value

log = logging.getLogger(__name__)

# Characters of a raw header value kept (compat32 holds 8-bit bytes as one surrogate each).
# Real subjects stay under 1 KB (Outlook allows 255 characters); long recipient lists and
# References of long threads reach tens of KB.
MAX_HEADER_CHARS = 64 * 1024
MAX_SUBJECT_CHARS = 8 * 1024
_LIMITS = {"subject": MAX_SUBJECT_CHARS}
_MAX_DEPTH = 20
_CONTINUATION = range(0xDC80, 0xDCC0)  # a surrogate-escaped UTF-8 continuation byte


def bound_headers(msg: Message, reader: Reader) -> None:
    """Cut every over-long header value of every part, in place, flagging MALFORMED."""
    for part in _parts(msg, 0):
        # compat32 keeps the header list in `_headers`; the public API can only replace
        # the first header of a name, and a hostile message repeats names.
        fields = getattr(part, "_headers", None)
        if not isinstance(fields, list):
            continue
        for index, item in enumerate(fields):
            name, value = item
            if not isinstance(value, str):
                continue
            limit = _LIMITS.get(str(name).lower(), MAX_HEADER_CHARS)
            if len(value) > limit:
                fields[index] = (name, cut_value(value, limit))
                reader.problem(
                    f"{name}: header of {len(value)} characters cut to {limit}", MailFlag.MALFORMED
                )


def cut_value(value: str, limit: int) -> str:
    """The first `limit` characters of a raw header value, ending where a word or a
    UTF-8 character ends (a cut encoded-word or character would decode to garbage)."""
    cut = limit
    space = value.rfind(" ", limit - 256, limit)
    if space > 0:
        cut = space
    while cut > 0 and ord(value[cut]) in _CONTINUATION:
        cut -= 1
    return value[:cut]


def _parts(part: Message, depth: int) -> Iterator[Message]:
    yield part
    payload = part.get_payload()
    if depth < _MAX_DEPTH and isinstance(payload, list):
        for child in payload:
            if isinstance(child, Message):
                yield from _parts(child, depth + 1)


def raw(msg: Message, name: str) -> str | None:
    """A header's raw value (compat32 keeps 8-bit bytes surrogate-escaped)."""
    lname = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lname:
            return value if isinstance(value, str) else str(value)
    return None


def text(msg: Message, name: str, reader: Reader) -> str:
    """A header's decoded text ("" when absent); decoding problems are recorded."""
    value = raw(msg, name)
    if value is None:
        return ""
    decoded = decode_header_value(value)
    if decoded.problem:
        reader.problem(
            f"{name}: {decoded.problem}", MailFlag.DECODE_ERROR if decoded.lossy else None
        )
    return decoded.text


def addresses(msg: Message, name: str, reader: Reader) -> list[tuple[str, str]]:
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
            reader.problem(f"{name}: unparsable address list: {type(exc).__name__}")
            pairs = []
        for display, addr in pairs:
            addr = addr.strip().strip("<>").lower()
            if addr or display:
                found.append((display.strip().strip('"').strip(), addr))
    return found


def _ids(value: str) -> tuple[str, ...]:
    return tuple(re.findall(r"<[^<>\s]+>", value)) or tuple(value.split())


def headers(msg: Message, reader: Reader) -> dict[str, object]:
    """The header fields of `Mail`, decoded (see the module docstring for the shape)."""
    sender = addresses(msg, "From", reader)
    from_name, from_addr = sender[0] if sender else ("", "")
    if not from_addr:
        reader.problem("no sender address in From")
    reply = addresses(msg, "Reply-To", reader)
    date_raw = text(msg, "Date", reader)
    date: datetime | None = None
    if date_raw:
        try:
            date = parse_mail_date(date_raw).value
        except Exception as exc:
            log.debug("unparsable date %r: %s", date_raw[:80], exc)
        if date is None:
            reader.problem(f"Date: unparsable {date_raw[:80]!r}")
    message_ids = _ids(text(msg, "Message-ID", reader))
    in_reply_to = _ids(text(msg, "In-Reply-To", reader))
    return {
        "message_id": message_ids[0] if message_ids else "",
        "subject": text(msg, "Subject", reader),
        "from_addr": from_addr,
        "from_name": from_name,
        "to": tuple(a for _, a in addresses(msg, "To", reader) if a),
        "cc": tuple(a for _, a in addresses(msg, "Cc", reader) if a),
        "reply_to": next((a for _, a in reply if a), ""),
        "date": date,
        "in_reply_to": in_reply_to[0] if in_reply_to else "",
        "references": _ids(text(msg, "References", reader)),
    }
