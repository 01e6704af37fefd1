"""read_mail: one raw RFC 822 message into a `Mail` value; never raises.

The order: the MIME tree (`skeleton.parse`), every header cut to its bound
(`headers.bound_headers`), the header fields, the walk over the parts (`parts.walk`), the
parser's defects, the body text with forwards appended, then the flags that tell machine
mail apart (`flags.machine_flags`). Over `max_bytes`, only the header block is read.

Shape::

    read_mail(raw) -> Mail(subject="关于报送活动周方案的函", from_addr="zs@school.cn",
                           attachments=(Attachment(filename="方案.docx", ...),), flags=...)
"""

from __future__ import annotations

import logging
from email import message_from_bytes
from email import policy as email_policy

from parsers.mail.bodies import FORWARD_SEPARATOR, find_quoted_forward, join_html
from parsers.mail.flags import machine_flags
from parsers.mail.headers import bound_headers, headers
from parsers.mail.parts import collect_defects, walk
from parsers.mail.skeleton import header_block, parse
from parsers.mail.state import Reader
from parsers.model import Mail, MailFlag

log = logging.getLogger(__name__)


def read_mail(raw: bytes, *, max_bytes: int | None = None) -> Mail:
    """Decode `raw` into a `Mail`; over `max_bytes` only the headers are read. Never raises."""
    reader = Reader()
    try:
        return _read(raw, max_bytes, reader)
    except Exception as exc:  # a reader must never stop the pipeline: report and go on
        log.warning("read_mail failed: %s: %s", type(exc).__name__, exc)
        log.debug("read_mail failure", exc_info=True)
        reader.problem(f"could not parse the message: {type(exc).__name__}: {exc}")
        reader.flags.add(MailFlag.MALFORMED)
        return _fallback_mail(raw, reader)


def _no_surrogates(text: str) -> str:
    """Text a store and a hash can take: a lone surrogate (a forwarded part's raw byte
    kept by compat32) becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def _read(raw: bytes, max_bytes: int | None, reader: Reader) -> Mail:
    too_large = max_bytes is not None and len(raw) > max_bytes
    if too_large:
        reader.problem(f"message is {len(raw)} bytes, over the cap of {max_bytes}")
        reader.flags.add(MailFlag.TOO_LARGE)
        msg = message_from_bytes(header_block(raw), policy=email_policy.compat32)
    else:
        msg, reader.blobs = parse(raw)
    bound_headers(msg, reader)
    fields = headers(msg, reader)
    if not too_large:
        walk(msg, reader, origin="", depth=0)
        collect_defects(msg, reader)
    body = reader.body()
    if not reader.forwarded_from:
        quoted = find_quoted_forward(body)
        if quoted is not None:
            reader.forwarded_from, quoted_subject = quoted
            reader.forwarded_subject = reader.forwarded_subject or quoted_subject
            reader.flags.add(MailFlag.FORWARDED)
    machine_flags(msg, fields, reader)  # before forwards are appended: a receipt is short
    for forwarded in reader.forwarded_bodies:
        body = f"{body}\n\n{FORWARD_SEPARATOR}\n{forwarded}" if body else forwarded
    html, cut = join_html(reader.html_source)
    if cut:
        reader.problem("HTML body over 2 MB: cut")
    return Mail(
        **fields,
        body_text=_no_surrogates(body),
        body_html=_no_surrogates(html),
        attachments=tuple(reader.attachments),
        flags=frozenset(reader.flags),
        problems=tuple(reader.problems),
        forwarded_from=reader.forwarded_from,
        forwarded_subject=reader.forwarded_subject,
    )


def _fallback_mail(raw: bytes, reader: Reader) -> Mail:
    """A best-effort `Mail` from the header block alone, after the full parse failed."""
    try:
        msg = message_from_bytes(header_block(raw), policy=email_policy.compat32)
        bound_headers(msg, reader)
        return Mail(
            **headers(msg, reader),
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
