"""The MIME tree walked into body parts, attachments and forwarded messages.

A part is a body when it is text/plain or text/html without a file name and not marked
as an attachment; report parts (delivery status, disposition notifications) are noted
and skipped; every other leaf is an attachment. A message/rfc822 part is a forward: its
files become attachments with origin "forwarded", its body is appended to the body text.
Its content may be encoded as base64 (nodemailer writes forwards so, though RFC 2046 allows
only 7bit, 8bit or binary there): the parser then reads the encoded lines as the body of a
message without headers, so they are decoded and parsed as a message of their own. (A
quoted-printable one keeps its header lines readable, so the parser takes those for the
message's headers: it is read as it is, its files most likely lost as before.)
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from email import errors
from email._encoded_words import decode_b  # what Message.get_payload(decode=True) calls
from email.message import Message

from parsers.mail.bodies import html_to_text
from parsers.mail.headers import addresses, bound_headers, raw, text
from parsers.mail.skeleton import decode_cut, is_encoded_message, parse
from parsers.mail.state import Reader
from parsers.model import Attachment, MailFlag
from parsers.names import Decoded, decode_bytes, mime_filename

MAX_DEPTH = 20  # nesting of multiparts/messages we follow; deeper parts are reported

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
    "application/x-7z-compressed": ".7z",
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
    "message/rfc822": ".eml",
}


def walk(part: Message, reader: Reader, origin: str, depth: int) -> None:
    """Collect the bodies, attachments and forwards of `part` and everything inside it."""
    if depth > MAX_DEPTH:
        reader.problem(f"MIME nesting deeper than {MAX_DEPTH} levels ignored", MailFlag.MALFORMED)
        return
    content_type = part.get_content_type()
    if content_type in ("message/rfc822", "message/global"):
        _forwarded(part, reader, depth)
        return
    if content_type.startswith("message/") or content_type == "text/rfc822-headers":
        reader.reports.add(content_type)  # delivery-status and friends: not a file, not a body
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for child in payload:
                if isinstance(child, Message):
                    walk(child, reader, origin, depth + 1)
        return
    disposition = raw(part, "Content-Disposition")
    name = mime_filename(disposition, raw(part, "Content-Type"))
    is_attachment = (disposition or "").strip().lower().startswith("attachment")
    if name is None and not is_attachment and content_type in ("text/plain", "text/html"):
        _body(part, content_type, reader)
        return
    _attachment(part, name, content_type, disposition, reader, origin)


def _payload(part: Message, reader: Reader) -> bytes:
    cut = reader.blobs.get(id(part))
    if cut is not None:
        return decode_cut(part, cut)
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # a malformed RFC 2231 charset parameter
        return None


_LINE_BREAK_RE = re.compile(r"\r+\n|\r")


def _body(part: Message, content_type: str, reader: Reader) -> None:
    decoded = decode_bytes(_payload(part, reader), _charset(part))
    if decoded.problem:
        reader.problem(
            f"body ({content_type}): {decoded.problem}",
            MailFlag.DECODE_ERROR if decoded.lossy else None,
        )
    # "\r\r\n": a client that turned \n into \r\n twice; one line break, not two
    body = _LINE_BREAK_RE.sub("\n", decoded.text)
    if content_type == "text/html":
        reader.html_source.append(body)
        reader.html.append(html_to_text(body))
    else:
        reader.plain.append(unflow(body, part) if _flowed(part) else body)


def _flowed(part: Message) -> bool:
    return str(part.get_param("format", "") or "").lower() == "flowed"


def unflow(text: str, part: Message) -> str:
    """A format=flowed body (RFC 3676; Thunderbird, Apple Mail, mutt) with its soft line
    breaks undone: a line ending in a space continues on the next one (delsp=yes: the
    space was added by the writer), a leading space stuffed before ">", "From " or " "
    is removed; the signature separator "-- " stays a line of its own."""
    delsp = str(part.get_param("delsp", "") or "").lower() == "yes"
    out: list[str] = []
    joining = False
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffed
        if joining and out:
            out[-1] += line
        else:
            out.append(line)
        joining = line.endswith(" ") and line != "-- " and not line.startswith(">")
        if joining and delsp:
            out[-1] = out[-1][:-1]
    return "\n".join(out)


def content_id(part: Message) -> str:
    """The part's Content-ID without its angle brackets ("" when none)."""
    value = raw(part, "Content-ID") or ""
    return "".join(value.split()).strip("<>")


def _attachment(
    part: Message,
    name: Decoded | None,
    content_type: str,
    disposition: str | None,
    reader: Reader,
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
            # Shown in the body: a picture. Apple Mail marks PDFs and Office files inline
            # too; they are attachments like any other (an iPhone's plan with no text
            # must not read as an empty mail).
            inline=(disposition or "").strip().lower().startswith("inline")
            and content_type.startswith("image/"),
            content_id=content_id(part),
        )
    )


def generated_name(content_type: str, number: int) -> str:
    """A file name for a part that carries none, e.g. "attachment-2.docx"."""
    if content_type == "application/ms-tnef":
        return "winmail.dat"
    ext = _EXTENSIONS.get(content_type) or mimetypes.guess_extension(content_type) or ".bin"
    return f"attachment-{number}{ext}"


def _forwarded(part: Message, reader: Reader, depth: int) -> None:
    reader.flags.add(MailFlag.FORWARDED)
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        reader.problem("message/rfc822 part without a message", MailFlag.MALFORMED)
        return
    encoded = is_encoded_message(part, inner)
    if encoded:
        inner = _decoded_message(part, inner, reader)
    sender = addresses(inner, "From", reader)
    if sender and not reader.forwarded_from:
        reader.forwarded_from = sender[0][1] or sender[0][0]
        reader.forwarded_subject = text(inner, "Subject", reader)
    sub = Reader(blobs=reader.blobs)
    walk(inner, sub, origin="forwarded", depth=depth + 1)
    if encoded:  # a tree of its own: the top-level collection does not reach it
        collect_defects(inner, sub)
    reader.attachments.extend(sub.attachments)
    for problem in sub.problems:
        reader.problem(problem)
    reader.flags |= sub.flags
    reader.html_source.extend(sub.html_source)
    body = sub.body()
    if body:
        reader.forwarded_bodies.append(body)
    reader.forwarded_bodies.extend(sub.forwarded_bodies)


def _decoded_message(part: Message, inner: Message, reader: Reader) -> Message:
    """The message a base64 message/rfc822 part carries, parsed."""
    encoded = inner.get_payload()
    body = encoded.encode("ascii", "surrogateescape") if isinstance(encoded, str) else b""
    data, defects = decode_b(b"".join(body.splitlines()))
    if defects:
        reader.problem("forwarded message: broken base64", MailFlag.MALFORMED)
    # the parser reported the encoded text as a message missing its headers: it is not
    inner.defects = [d for d in inner.defects if not isinstance(d, errors.MessageDefect)]
    msg, blobs = parse(data)
    reader.blobs.update(blobs)
    bound_headers(msg, reader)
    return msg


def collect_defects(msg: Message, reader: Reader) -> None:
    """Record the parser's structural defects of every part as problems (MALFORMED)."""
    for part in _all_parts(msg, 0):
        for defect in getattr(part, "defects", ()):
            reader.problem(f"MIME defect: {type(defect).__name__}", MailFlag.MALFORMED)


def _all_parts(part: Message, depth: int) -> list[Message]:
    found = [part]
    payload = part.get_payload()
    if depth < MAX_DEPTH and isinstance(payload, list):
        for child in payload:
            if isinstance(child, Message):
                found.extend(_all_parts(child, depth + 1))
    return found
