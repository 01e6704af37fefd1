"""A minimal TNEF (winmail.dat) writer, the way Outlook in Rich Text mode wraps attachments.

Layout (MS-OXTNEF): signature 0x223E9F78, a legacy key, then attributes, each
level(1) id(4) length(4) data checksum(2). Attachments carry attAttachRenddata,
attAttachTitle (8.3-ish name in the OEM code page), attAttachData and attAttachment
(MAPI properties with the long Unicode file name). Debian's `tnef -t` lists the result.
"""

from __future__ import annotations

import struct

SIGNATURE = 0x223E9F78
LVL_MESSAGE, LVL_ATTACHMENT = 1, 2
ATT_TNEF_VERSION = 0x00089006
ATT_OEM_CODEPAGE = 0x00069007
ATT_MESSAGE_CLASS = 0x00078008
ATT_SUBJECT = 0x00018004
ATT_ATTACH_RENDDATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005
PT_UNICODE = 0x001F
PR_ATTACH_LONG_FILENAME = 0x3707
PR_DISPLAY_NAME = 0x3001


def _attr(level: int, attr_id: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attr_id, len(data)) + data + struct.pack("<H", checksum)


def _unicode_prop(tag: int, text: str) -> bytes:
    raw = text.encode("utf-16-le") + b"\x00\x00"
    pad = (-len(raw)) % 4
    return struct.pack("<HHII", PT_UNICODE, tag, 1, len(raw)) + raw + b"\x00" * pad


def winmail_dat(subject: str, files: list[tuple[str, bytes]], codepage: str = "gbk") -> bytes:
    """The bytes of a winmail.dat holding `files` (name, data)."""
    out = struct.pack("<IH", SIGNATURE, 0x1A2B)
    out += _attr(LVL_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    out += _attr(LVL_MESSAGE, ATT_OEM_CODEPAGE, struct.pack("<II", 936, 0))
    out += _attr(LVL_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\x00")
    out += _attr(LVL_MESSAGE, ATT_SUBJECT, subject.encode(codepage, "replace") + b"\x00")
    for name, data in files:
        rend = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0)
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_RENDDATA, rend)
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_TITLE, name.encode(codepage, "replace") + b"\x00")
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_DATA, data)
        props = struct.pack("<I", 2)
        props += _unicode_prop(PR_ATTACH_LONG_FILENAME, name)
        props += _unicode_prop(PR_DISPLAY_NAME, name)
        out += _attr(LVL_ATTACHMENT, ATT_ATTACHMENT, props)
    return out
