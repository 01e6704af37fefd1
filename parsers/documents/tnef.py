"""Outlook's winmail.dat (application/ms-tnef) via tnefparse: its files become members."""

from __future__ import annotations

import hashlib
import logging
import mimetypes

import tnefparse

from parsers.documents.common import failed, text_of
from parsers.model import Attachment, Document, ReadStatus

log = logging.getLogger(__name__)

TNEF_MAGIC = b"\x78\x9f\x3e\x22"


def _name(packed: object) -> str:
    """The attachment's long file name; tnefparse assumes UTF-8, Chinese Outlook wrote GBK."""
    try:
        name = packed.long_filename()  # type: ignore[attr-defined]
    except UnicodeDecodeError:
        name = getattr(packed, "_name", b"")
    if isinstance(name, bytes):
        name = text_of(name)
    return str(name or "").strip("\x00").strip()


def read_tnef(att: Attachment) -> Document:
    """A CONTAINER with the files packed in a TNEF blob, and its plain body as text."""
    try:
        tnef = tnefparse.TNEF(att.data, do_checksum=False)
        members = []
        for number, packed in enumerate(tnef.attachments, start=1):
            name = _name(packed) or f"attachment-{number}.bin"
            data = bytes(packed.data or b"")
            members.append(
                Attachment(
                    filename=name,
                    content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                    data=data,
                    sha256=hashlib.sha256(data).hexdigest(),
                    origin=f"{att.origin}{att.filename}/",
                )
            )
        body = tnef.body or ""
        text = text_of(body) if isinstance(body, bytes) else str(body)
    except Exception as exc:  # tnefparse raises assorted errors on corrupt input
        log.info("tnef unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, "tnef", f"not a valid TNEF file: {exc}")
    return Document(
        status=ReadStatus.CONTAINER, kind="tnef", text=text.strip("\x00"), members=tuple(members)
    )
