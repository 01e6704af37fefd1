"""Archives: zip (stdlib) and rar (a system extractor) become their member files.

Members become `Attachment`s with `origin="<archive name>/"`; zips inside zips are expanded
in place (flattened) up to `Limits.max_depth`. Every bound (member count, total uncompressed
size, per-member ratio, depth) is checked on the bytes actually read, so a zip bomb is
stopped after at most `max_total_bytes` of output, whatever its headers claim.
Member names without the UTF-8 flag are decoded the way Chinese Windows wrote them (GBK).
"""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Budget,
    LimitExceeded,
    Limits,
    failed,
    read_member,
)
from parsers.model import Attachment, Document, ReadStatus
from parsers.names import decode_bytes

log = logging.getLogger(__name__)

_UNICODE_PATH = 0x7075  # Info-ZIP Unicode Path extra field


def member_name(info: zipfile.ZipInfo) -> str:
    """The decoded name of a zip member (UTF-8 flag, Info-ZIP unicode path, else GBK)."""
    if info.flag_bits & 0x800:
        return info.filename
    extra = info.extra
    pos = 0
    while pos + 4 <= len(extra):
        header_id, size = struct.unpack_from("<HH", extra, pos)
        if header_id == _UNICODE_PATH and size > 5:
            try:
                return extra[pos + 9 : pos + 4 + size].decode("utf-8")
            except UnicodeDecodeError:
                break
        pos += 4 + size
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    return decode_bytes(raw).text


def _attachment(name: str, data: bytes, origin: str) -> Attachment:
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Attachment(
        filename=name,
        content_type=content_type,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        origin=origin,
    )


def read_zip(att: Attachment, limits: Limits = DEFAULT_LIMITS) -> Document:
    """The members of a zip (nested zips flattened) as a CONTAINER, or why not."""
    budget = Budget(remaining=limits.max_total_bytes)
    members: list[Attachment] = []
    try:
        _expand(att.data, f"{att.origin}{att.filename}/", 1, limits, budget, members)
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, "zip", str(exc))
    except _Encrypted:
        return failed(ReadStatus.ENCRYPTED, "zip", "the zip is password-protected")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        return failed(ReadStatus.UNREADABLE, "zip", f"not a valid zip: {exc}")
    except NotImplementedError as exc:
        return failed(ReadStatus.UNSUPPORTED, "zip", f"unsupported zip: {exc}")
    return Document(status=ReadStatus.CONTAINER, kind="zip", members=tuple(members))


class _Encrypted(Exception):
    pass


def _expand(
    data: bytes, origin: str, depth: int, limits: Limits, budget: Budget, out: list[Attachment]
) -> None:
    if depth > limits.max_depth:
        raise LimitExceeded(f"zip nested deeper than {limits.max_depth} levels")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            budget.members += 1
            if budget.members > limits.max_members:
                raise LimitExceeded(f"more than {limits.max_members} members")
            if info.flag_bits & 0x1:
                raise _Encrypted
            content = read_member(zf, info, limits, budget)
            name = member_name(info)
            if content.startswith(b"PK\x03\x04") and _is_plain_zip(content):
                _expand(content, f"{origin}{name}/", depth + 1, limits, budget, out)
            else:
                out.append(_attachment(name, content, origin))


def _is_plain_zip(data: bytes) -> bool:
    """A zip archive, not an Office document (which is a zip too)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
    return "[Content_Types].xml" not in names and "mimetype" not in names


def rar_tool() -> str | None:
    """A program that can extract rar archives (unrar, 7z, bsdtar), or None."""
    for name in ("unrar", "7z", "7zz", "bsdtar"):
        if path := shutil.which(name):
            return path
    return None


def read_rar(att: Attachment, limits: Limits = DEFAULT_LIMITS) -> Document:
    """The members of a rar archive via a system extractor, bounded like zips."""
    tool = rar_tool()
    if tool is None:
        return failed(
            ReadStatus.UNSUPPORTED, "rar", "no rar extractor (unrar, 7z or bsdtar) is installed"
        )
    with tempfile.TemporaryDirectory(prefix="notice-rar-") as tmp:
        source = Path(tmp) / "input.rar"
        source.write_bytes(att.data)
        target = Path(tmp) / "out"
        target.mkdir()
        program = Path(tool).name
        if program == "unrar":
            command = [tool, "x", "-y", "-p-", "-idq", str(source), f"{target}/"]
        elif program.startswith("7z"):
            command = [tool, "x", "-y", "-p", f"-o{target}", str(source)]
        else:
            command = [tool, "-xf", str(source), "-C", str(target)]
        try:
            subprocess.run(
                command, capture_output=True, timeout=limits.soffice_timeout, check=False
            )
        except subprocess.TimeoutExpired:
            return failed(ReadStatus.UNREADABLE, "rar", "rar extraction timed out")
        members: list[Attachment] = []
        total = 0
        for path in sorted(target.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            total += path.stat().st_size
            if len(members) >= limits.max_members:
                return failed(
                    ReadStatus.UNREADABLE, "rar", f"more than {limits.max_members} members"
                )
            if total > limits.max_total_bytes:
                return failed(
                    ReadStatus.UNREADABLE,
                    "rar",
                    f"uncompressed size exceeds {limits.max_total_bytes} bytes",
                )
            name = os.path.relpath(path, target)
            members.append(_attachment(name, path.read_bytes(), f"{att.origin}{att.filename}/"))
    if not members:
        return failed(ReadStatus.UNREADABLE, "rar", "no member could be extracted")
    return Document(status=ReadStatus.CONTAINER, kind="rar", members=tuple(members))
