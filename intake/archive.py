"""The on-disk archive: raw mail by content hash, attachments per unit and category.

    data/archive/_raw/<sha256>.eml
    data/archive/<unit id>/<category>/<YYYYMMDD-HHMM>_<file name>
    data/archive/_unassigned/<category>/<YYYYMMDD-HHMM>_<file name>

Every write is atomic (temporary file in the same folder, fsync, rename), so a crash
leaves either the whole file or nothing under its final name. Names from mail are
untrusted: `safe_name` keeps them inside the archive.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path, PurePosixPath

UNASSIGNED = "_unassigned"
RAW = "_raw"
_MAX_NAME_BYTES = 180
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder: the last path component, no control or
    reserved characters, no leading dots, not a Windows device name, at most 180 bytes
    (extension kept)."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = _BAD_CHARS.sub("_", name).strip(" .")
    if not name:
        name = "attachment"
    if _RESERVED.match(name):
        name = "_" + name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    ext = f".{ext}" if ext else ""
    while len((stem + ext).encode("utf-8")) > _MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem or "attachment") + ext


def synced_temp(folder: Path, data: bytes) -> Path:
    """`data` in a new fsynced temporary file in `folder`, named as `sweep` knows it: the
    writer's pid in the name lets a sweep tell an abandoned write from a live one."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".tmp-{os.getpid()}-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all (a synced temporary file renamed over it)."""
    tmp = synced_temp(path.parent, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Archive:
    """Files under one root folder; paths handed out are relative to it (POSIX style)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._resolved = root.resolve()

    def abs(self, rel: str) -> Path:
        """The absolute path of `rel`; ValueError when ".." or an absolute path would lead
        out of the archive. Checked on the text of the path, with no system calls (a
        symbolic link staff put inside the archive, a unit folder on another disk, is
        followed)."""
        path = Path(os.path.normpath(self._resolved / rel))
        if not path.is_relative_to(self._resolved):
            raise ValueError(f"{rel!r} is outside the archive")
        return path

    def write_raw(self, data: bytes, sha256: str) -> str:
        """Store a raw message under its hash (once); returns the relative path."""
        rel = f"{RAW}/{sha256}.eml"
        path = self.root / rel
        if not path.exists():
            atomic_write(path, data)
        return rel

    def read(self, rel: str) -> bytes:
        return self.abs(rel).read_bytes()

    def target(
        self, unit_id: str | None, category: str, received_at: datetime, filename: str, sha256: str
    ) -> str:
        """Where a file belongs; a different file already there gets a hash suffix."""
        folder = PurePosixPath(unit_id or UNASSIGNED, category)
        name = f"{received_at:%Y%m%d-%H%M}_{safe_name(filename)}"
        rel = str(folder / name)
        existing = self.root / rel
        if existing.exists() and _sha256_file(existing) != sha256:
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}_{sha256[:8]}.{ext}" if dot else f"{name}_{sha256[:8]}"
            rel = str(folder / name)
        return rel

    def put(self, rel: str, data: bytes) -> None:
        path = self.abs(rel)
        if not path.exists():
            atomic_write(path, data)

    def move(self, rel: str, new_rel: str) -> None:
        src, dst = self.abs(rel), self.abs(new_rel)
        if src == dst:
            return
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.exists():
            os.replace(src, dst)

    def partial_files(self) -> list[Path]:
        """Leftover temporary files of interrupted writes (should be none after a sweep)."""
        return sorted(self.root.rglob(".tmp-*.part")) if self.root.exists() else []

    def sweep(self, *, abandoned_only: bool = False) -> int:
        """Remove leftovers of interrupted writes; returns how many. With `abandoned_only`,
        files still being written by a live process (another command, the daemon) stay."""
        leftovers = self.partial_files()
        if abandoned_only:
            leftovers = [p for p in leftovers if not _writer_alive(p)]
        for p in leftovers:
            p.unlink(missing_ok=True)
        return len(leftovers)


def _writer_alive(partial: Path) -> bool:
    """Whether the process named in a ".tmp-<pid>-XXXX.part" file is still running."""
    pid = partial.name.removeprefix(".tmp-").split("-", 1)[0]
    if not pid.isdigit() or int(pid) == 0:
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by another user
        return True
    return True


def _sha256_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
