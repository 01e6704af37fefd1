"""Time, injectable: every use case takes `now`; the command line's --now sets it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def now_in(tz: ZoneInfo) -> datetime:
    """The current time, aware, in `tz`."""
    return datetime.now(tz)


def parse_now(value: str, tz: ZoneInfo) -> datetime:
    """'2020-11-05T09:00' (taken in `tz`) or with an offset; raises ValueError."""
    dt = datetime.fromisoformat(value)
    return dt.replace(tzinfo=tz) if dt.tzinfo is None else dt
