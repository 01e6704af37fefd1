"""PDF reader (pypdf): the text layer of every page; no text at all means a scan.

pypdf is pure Python, maintained, and has bounds against decompression bombs in streams;
an encrypted PDF is tried with the empty user password (owner-only protection is common).
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

from parsers.documents.common import DEFAULT_LIMITS, Limits, failed
from parsers.model import Document, ReadStatus

log = logging.getLogger(__name__)


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a PDF's text layer; IMAGE_ONLY without text, ENCRYPTED behind a password."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # e.g. AES without a crypto library
                log.info("pdf decryption failed: %s", exc)
                opened = 0
            if not opened:
                return failed(ReadStatus.ENCRYPTED, "pdf", "the PDF is password-protected")
        pages = reader.pages
        count = len(pages)
        texts = []
        for number in range(min(count, limits.max_pdf_pages)):
            try:
                texts.append(pages[number].extract_text() or "")
            except Exception as exc:  # one broken page should not lose the others
                log.info("pdf page %d unreadable: %s", number + 1, exc)
    except Exception as exc:
        log.info("pdf unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, "pdf", f"not a valid pdf: {type(exc).__name__}: {exc}")
    text = "\n".join(t.strip("\n") for t in texts if t.strip())
    if not text.strip():
        return Document(
            status=ReadStatus.IMAGE_ONLY, kind="pdf", reason=f"no text layer in {count} page(s)"
        )
    reason = f"only the first {limits.max_pdf_pages} pages read" if count > len(texts) else ""
    return Document(status=ReadStatus.OK, kind="pdf", text=text, reason=reason)
