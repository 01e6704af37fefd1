"""Small helpers the publishing modules share: meta keys, the template folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from intake.pipeline import Context


def meta_key(prefix: str, text: str) -> str:
    """A meta-table key for `text` of any length: "<prefix><sha1 hex>"."""
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()


def templates_dir(ctx: Context) -> Path | None:
    """The deployment's template folder (`outbox.templates`), if it has one."""
    t = ctx.settings.outbox.templates
    return ctx.settings.path(t) if t else None
