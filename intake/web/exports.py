"""Files the console makes on request (zips, the bulletin): written by the publishing
functions into a folder of their own under data/exports/, sent as a download, removed after.

    folder = workspace(ctx)                          # data/exports/web-k3j2…/
    report = bundle(ctx, "summary", folder / "x.zip")
    return send_file(folder / "x.zip", "活动周总结报告.zip", ZIP, folder)

The folder sits beside the archive (the same disk, not a RAM /tmp) because a requirement's
zip holds every file units sent for it. A folder a killed console left behind is removed
by the next export once it is `STALE_SECONDS` old.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from pathlib import Path

from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response

from intake.context import Context
from intake.web.pages.files import disposition

log = logging.getLogger(__name__)

EXPORTS = "exports"
STALE_SECONDS = 6 * 3600
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def _sweep(root: Path) -> None:
    cutoff = time.time() - STALE_SECONDS
    for old in root.iterdir():
        try:
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:  # gone meanwhile: another request swept it
            continue


def workspace(ctx: Context) -> Path:
    """A new empty folder under data/exports/ for one download."""
    root = ctx.settings.data_dir / EXPORTS
    root.mkdir(parents=True, exist_ok=True)
    _sweep(root)
    return Path(tempfile.mkdtemp(prefix="web-", dir=root))


def discard(folder: Path) -> None:
    """Remove a workspace (after its file was sent, or when making it failed)."""
    shutil.rmtree(folder, ignore_errors=True)


def send_file(path: Path, filename: str, media_type: str, folder: Path) -> Response:
    """`path` as an attachment named `filename` (a safe name); `folder` is removed once the
    response has been sent."""
    return FileResponse(
        path,
        media_type=media_type,
        headers={"Content-Disposition": disposition("attachment", filename)},
        background=BackgroundTask(discard, folder),
    )
