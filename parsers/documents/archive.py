"""Archives: zip (stdlib), rar and 7z (7z or bsdtar in a subprocess) become their member files.

Members become `Attachment`s with `origin="<archive name>/"`; zips inside zips are expanded
in place (flattened) up to `Limits.max_depth`. Every bound (member count, total uncompressed
size, per-member ratio, depth) is checked on the bytes actually read, so a zip bomb is
stopped after at most `max_total_bytes` of output, whatever its headers claim.
Member names without the UTF-8 flag are decoded the way Chinese Windows wrote them (GBK).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import mimetypes
import os
import re
import resource
import shutil
import signal
import struct
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
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
    """The members of a zip (nested zips flattened) as a CONTAINER, or why not. Members
    under a password are listed by name (`Attachment.locked`), the others read."""
    budget = Budget(remaining=limits.max_total_bytes)
    members: list[Attachment] = []
    try:
        _expand(att.data, f"{att.origin}{att.filename}/", 1, limits, budget, members)
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, "zip", str(exc))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        return failed(ReadStatus.UNREADABLE, "zip", f"not a valid zip: {exc}")
    except NotImplementedError as exc:
        return failed(ReadStatus.UNSUPPORTED, "zip", f"unsupported zip: {exc}")
    return Document(status=ReadStatus.CONTAINER, kind="zip", members=tuple(members))


def locked_member(name: str, origin: str, identity: str) -> Attachment:
    """A member of a password-protected archive: its name, never its bytes. `identity`
    (the member's CRC and size, as the archive lists them) tells two locked members apart."""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    digest = hashlib.sha256(f"locked:{origin}{name}:{identity}".encode()).hexdigest()
    return Attachment(name, content_type, b"", digest, origin=origin, locked=True)


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
            name = member_name(info)
            if info.flag_bits & 0x1:  # listed by name: staff see what the unit sent
                out.append(locked_member(name, origin, f"{info.CRC}:{info.file_size}"))
                continue
            content = read_member(zf, info, limits, budget)
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
    lowered = {n.replace("\\", "/").lower() for n in names}
    return "[content_types].xml" not in lowered and "mimetype" not in lowered


_NO_PASSWORD = "-pnotice-intake-no-password"  # a password is never asked for on stdin


def archive_tool() -> str | None:
    """A program that lists and extracts rar and 7z archives (7z, else bsdtar), or None."""
    for name in ("7z", "7zz", "bsdtar"):
        if path := shutil.which(name):
            return path
    return None


def _extractor(kind: str) -> list[str] | None:
    """The extraction command prefix for a kind. Debian's 7z has no RAR decompressor (it is
    not free software), so rar goes to bsdtar (libarchive: RAR 4 and RAR 5); 7z to 7z."""
    sevenzip = shutil.which("7z") or shutil.which("7zz")
    bsdtar = shutil.which("bsdtar")
    if kind == "rar" and bsdtar:
        return [bsdtar, "--no-same-owner", "-x", "-f"]
    if sevenzip:
        return [sevenzip, "x", "-y", "-bd", "-bb0", _NO_PASSWORD]
    if bsdtar:
        return [bsdtar, "--no-same-owner", "-x", "-f"]
    return None


@dataclass(frozen=True, slots=True)
class _Listing:
    files: int
    size: int
    encrypted: bool
    names: tuple[tuple[str, str], ...] = ()  # (member path, its CRC and size) of each file


def read_archive(att: Attachment, kind: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """The members of a rar or 7z archive, extracted in a subprocess with a timeout, an
    address-space cap and a file-size cap, bounded like zips: 7z's listing is checked first
    (member count, total size, ratio, encryption), then what was written. An extractor that
    fails on any member makes the archive UNREADABLE: a partly written member is no file."""
    prefix = _extractor(kind)
    if prefix is None:
        return failed(
            ReadStatus.UNSUPPORTED, kind, f"no {kind} extractor (7z or bsdtar) is installed"
        )
    lister = shutil.which("7z") or shutil.which("7zz")
    with tempfile.TemporaryDirectory(prefix="notice-archive-") as tmp:
        source = Path(tmp) / f"input.{kind}"
        source.write_bytes(att.data)
        target = Path(tmp) / "out"
        target.mkdir()
        if lister:
            listing = _list_7z(lister, source, limits)
            if isinstance(listing, Document):
                return listing
            refused = _refuse(listing, att, kind, limits)
            if refused is not None:
                return refused
        if Path(prefix[0]).name == "bsdtar":
            command = [*prefix, str(source), "-C", str(target)]
        else:
            command = [*prefix, f"-o{target}", "--", str(source)]
        done = _run(command, limits)
        if done is None:
            return failed(ReadStatus.UNREADABLE, kind, f"{kind} extraction timed out")
        if re.search(r"passphrase|encrypt|wrong password", done.stderr + done.stdout, re.I):
            return failed(ReadStatus.ENCRYPTED, kind, f"the {kind} is password-protected")
        if done.returncode != 0:
            lines = [
                ln
                for ln in (done.stderr + "\n" + done.stdout).splitlines()
                if ": " in ln and "Error exit delayed" not in ln
            ]
            reason = (lines or ["the extractor failed"])[0].removeprefix("bsdtar: ").strip()
            return failed(
                ReadStatus.UNREADABLE, kind, f"the {kind} could not be extracted: {reason[:200]}"
            )
        return _collect(target, att, kind, limits, done.stderr)


def _list_7z(tool: str, source: Path, limits: Limits) -> _Listing | Document:
    done = _run([tool, "l", "-slt", "-ba", _NO_PASSWORD, "--", str(source)], limits)
    kind = source.suffix.lstrip(".")
    if done is None:
        return failed(ReadStatus.UNREADABLE, kind, f"listing the {kind} timed out")
    if "Cannot open encrypted archive" in done.stdout + done.stderr:
        return failed(ReadStatus.ENCRYPTED, kind, f"the {kind} is password-protected")
    files = size = 0
    encrypted = False
    names: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", done.stdout):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        if "Path" not in fields:
            continue
        attributes = fields.get("Attributes", "")
        if fields.get("Folder") == "+" or attributes.startswith("D") or "d" in attributes[:2]:
            continue
        files += 1
        size += int(fields["Size"]) if fields.get("Size", "").isdigit() else 0
        encrypted = encrypted or fields.get("Encrypted") == "+"
        names.append((fields["Path"], f"{fields.get('CRC', '')}:{fields.get('Size', '')}"))
    if files == 0 and done.returncode != 0:
        message = (done.stderr.strip().splitlines() or ["no member could be listed"])[-1]
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid {kind}: {message[:200]}")
    return _Listing(files=files, size=size, encrypted=encrypted, names=tuple(names))


def _refuse(listing: _Listing, att: Attachment, kind: str, limits: Limits) -> Document | None:
    """Why the archive is not extracted, or (password-protected) its members by name."""
    if listing.files > limits.max_members:
        return failed(ReadStatus.UNREADABLE, kind, f"more than {limits.max_members} members")
    if listing.encrypted:  # every member listed as locked: a mixed archive is not unpacked
        origin = f"{att.origin}{att.filename}/"
        members = [locked_member(name, origin, identity) for name, identity in listing.names]
        if not members:
            return failed(ReadStatus.ENCRYPTED, kind, f"the {kind} is password-protected")
        return Document(status=ReadStatus.CONTAINER, kind=kind, members=tuple(members))
    packed = len(att.data)
    if listing.size > limits.max_total_bytes:
        return failed(
            ReadStatus.UNREADABLE, kind, f"uncompressed size exceeds {limits.max_total_bytes} bytes"
        )
    if listing.size > limits.ratio_floor and listing.size > limits.max_ratio * max(packed, 1):
        return failed(
            ReadStatus.UNREADABLE, kind, f"compression ratio exceeds {limits.max_ratio:g}:1"
        )
    return None


@dataclass(frozen=True, slots=True)
class _Done:
    returncode: int
    stdout: str
    stderr: str


def _run(command: list[str], limits: Limits) -> _Done | None:
    """Run an extractor in its own process group under rlimits; None when it timed out."""

    def bounded() -> None:  # in the child, before exec
        resource.setrlimit(resource.RLIMIT_AS, (limits.archive_memory_bytes,) * 2)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.max_total_bytes,) * 2)

    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=bounded,  # setrlimit only: safe between fork and exec
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    try:
        out, err = process.communicate(timeout=limits.archive_timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None
    return _Done(process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))


def _collect(target: Path, att: Attachment, kind: str, limits: Limits, errors: str) -> Document:
    """The regular files written under `target` (links and anything resolving outside it
    are skipped), re-checked against the bounds."""
    members: list[Attachment] = []
    total = 0
    root = target.resolve()
    for folder, _dirs, names in os.walk(target, followlinks=False):
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(root):
                continue
            total += path.stat().st_size
            if len(members) >= limits.max_members:
                return failed(
                    ReadStatus.UNREADABLE, kind, f"more than {limits.max_members} members"
                )
            if total > limits.max_total_bytes:
                return failed(
                    ReadStatus.UNREADABLE,
                    kind,
                    f"uncompressed size exceeds {limits.max_total_bytes} bytes",
                )
            relative = path.relative_to(target).as_posix()
            members.append(_attachment(relative, path.read_bytes(), f"{att.origin}{att.filename}/"))
    if not members:
        message = (errors.strip().splitlines() or ["no member could be extracted"])[-1]
        return failed(ReadStatus.UNREADABLE, kind, f"no member could be extracted: {message[:200]}")
    members.sort(key=lambda a: a.filename)
    return Document(status=ReadStatus.CONTAINER, kind=kind, members=tuple(members))
