"""The poll process loads no document library until it reads or writes a document.

Most reading happens in worker processes, and the digest, workbook and bulletin are written
once a day: python-docx, openpyxl and the numpy openpyxl pulls in are about 20 MB of the
poll process's RSS (issue 22), so the modules the poll imports defer them to first use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("docx", "openpyxl", "numpy")


def _loaded_after(code: str) -> list[str]:
    names = "sorted({m.split('.')[0] for m in sys.modules})"
    probe = f"{code}\nimport json, sys\nprint(json.dumps({names}))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout
    return [name for name in HEAVY if name in json.loads(out)]


def test_the_poll_and_the_daemon_import_no_document_library() -> None:
    assert _loaded_after("import intake.jobs, intake.outgoing, intake.feed.workers") == []
    assert _loaded_after("import intake.daemon") == []


def test_reading_a_docx_loads_its_library_on_first_use() -> None:
    code = (
        "import io, zipfile\n"
        "from parsers.documents import read_document\n"
        "from parsers.model import Attachment\n"
        "buf = io.BytesIO(); zipfile.ZipFile(buf, 'w').writestr('word/document.xml', '<x/>')\n"
        "data = buf.getvalue()\n"
        "read_document(Attachment('a.docx', 'application/octet-stream', data, 'x' * 64))"
    )
    assert "docx" in _loaded_after(code)


def test_writing_the_workbook_and_the_bulletin_loads_their_libraries() -> None:
    loaded = _loaded_after("import outbox.workbook, outbox.official_docx")
    assert {"docx", "openpyxl"} <= set(loaded)
