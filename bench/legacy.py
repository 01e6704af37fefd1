"""The legacy section: seconds a .doc/.wps/.xls costs, LibreOffice started per file
(the old path, `convert_once`) against the kept-alive one (`convert`, bench's own
process), on the realistic mix's LibreOffice-written pool and Apache POI's Word 97 files.

    figures = measure_legacy(per_file=8)   # medians, the first kept file (start) apart
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from bench.backlog import CACHE, legacy_pool_size
from bench.producers import legacy_pool
from parsers.documents import read_document
from parsers.documents.converter import stop_offices
from parsers.documents.legacy import convert, convert_once, soffice_path
from parsers.model import Attachment


def _read_seconds(name: str, data: bytes) -> tuple[float, str]:
    """Seconds to read one file through parsers.documents (as the pipeline reads it)."""
    import hashlib

    att = Attachment(name, "application/octet-stream", data, hashlib.sha256(data).hexdigest())
    started = time.perf_counter()
    doc = read_document(att)
    return time.perf_counter() - started, doc.status.value


def measure_legacy(per_file: int = 8, kept: int = 60) -> dict[str, Any]:
    """Median seconds a file, per-file soffice on `per_file` files and the kept-alive
    LibreOffice on `kept` (its start reported apart)."""
    program = soffice_path()
    if program is None:
        raise SystemExit("bench: the legacy section needs LibreOffice (soffice)")
    # the pool the realistic section makes at 2,000 messages (at 20 for a handful of files)
    size = legacy_pool_size(2000 if kept > 12 else 20)
    pool = [(e, d) for e, d in legacy_pool(CACHE, random.Random(31), size) if e in ("doc", "wps")]
    once: list[float] = []
    for ext, data in pool[:per_file]:
        started = time.perf_counter()
        converted, error = convert_once(program, data, ext, "docx", 120.0)
        once.append(time.perf_counter() - started)
        assert converted, error
    stop_offices()
    kept_s: list[float] = []
    statuses: dict[str, int] = {}
    for i, (ext, data) in enumerate(pool[:kept]):
        seconds, status = _read_seconds(f"方案{i}.{ext}", data)
        kept_s.append(seconds)
        statuses[status] = statuses.get(status, 0) + 1
    first, rest = kept_s[0], kept_s[1:]
    convert_only = []
    for ext, data in pool[:kept]:
        started = time.perf_counter()
        convert(data, ext, "docx", 60.0)
        convert_only.append(time.perf_counter() - started)
    stop_offices()
    return {
        "files_per_file": len(once),
        "per_file_median_s": statistics.median(once),
        "per_file_max_s": max(once),
        "files_kept": len(kept_s),
        "kept_first_s": first,  # LibreOffice's start included
        "kept_read_median_s": statistics.median(rest),  # conversion + reading the docx
        "kept_read_max_s": max(rest),
        "kept_convert_median_s": statistics.median(convert_only),
        "statuses": statuses,
    }
