"""Logging set-up: English lines to stderr, plain text or JSON (`--log-format json`).

Python warnings are routed into logging and shown only with --verbose, so library
warnings never reach staff-facing output.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the moment (tests and rich swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info and record.levelno >= logging.ERROR:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


class _NoTraceback(logging.Formatter):
    """Text lines; tracebacks only at --verbose (they are for developers, not staff)."""

    def __init__(self, verbose: bool) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if not self.verbose and record.exc_info:
            record = logging.makeLogRecord(record.__dict__)
            exc = record.exc_info[1] if record.exc_info else None
            record.msg = f"{record.getMessage()} ({exc.__class__.__name__}: {exc})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return super().format(record)


def setup_logging(*, verbose: bool = False, fmt: str = "text", quiet: bool = False) -> None:
    handler = _StderrHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else _NoTraceback(verbose))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else (logging.WARNING if quiet else logging.INFO))
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").setLevel(logging.DEBUG if verbose else logging.ERROR)
    for noisy in (
        "imapclient",
        "aiosmtpd",
        "mail.log",
        "apscheduler.executors",
        "sqlalchemy",
        "mailparser",
    ):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    if not verbose:
        logging.getLogger("mailparser").setLevel(logging.ERROR)
