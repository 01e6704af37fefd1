"""Downloads and previews: an attachment as filed, its text, a PDF of it, a raw message.

Downloads are always `Content-Disposition: attachment` with a safe name (the archive's
`safe_name`, as RFC 6266/5987 `filename*=UTF-8''…` plus an ASCII fallback) and
`X-Content-Type-Options: nosniff`, so a file from mail never runs as a page of the
console. The preview is the text the parsers read (escaped, in <pre>); the PDF is the file
itself when it is a PDF, else LibreOffice's conversion (cached under data/previews/).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.archive import atomic_write, safe_name
from intake.store import AttachmentRow, MessageRow
from intake.web.app import console_of
from intake.web.render import page
from parsers.documents import read_document, sniff
from parsers.documents.legacy import convert, soffice_path
from parsers.model import Attachment

log = logging.getLogger(__name__)

PREVIEW_CHARS = 100_000
CONVERT_TIMEOUT = 120.0
_CONVERTIBLE = frozenset({"docx", "xlsx", "doc", "xls", "wps", "et", "rtf", "odt", "ods", "pptx"})
# the PDF itself is shown by the browser's viewer; nothing else may load or run
PDF_CSP = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'"


def disposition(kind: str, filename: str) -> str:
    """`attachment; filename="…"; filename*=UTF-8''…` for any name from mail."""
    name = safe_name(filename)
    fallback = re.sub(r"[^A-Za-z0-9._-]", "_", name.encode("ascii", "replace").decode())
    if set(fallback.rsplit(".", 1)[0]) <= {"_"}:
        ext = name.rsplit(".", 1)[-1] if "." in name else ""
        fallback = "file" + (f".{re.sub(r'[^A-Za-z0-9]', '', ext)}" if ext else "")
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _attachment(request: Request) -> tuple[AttachmentRow, bytes]:
    """The attachment named in the path (a31) and its bytes; 404 if there is none."""
    ref = request.path_params["ref"]
    key = ref.removeprefix("a")
    if not key.isdigit():
        raise HTTPException(404, "没有这个附件。")
    ctx = console_of(request).ctx
    with ctx.store.session() as s:
        att = s.get(AttachmentRow, int(key))
        if att is None:
            raise HTTPException(404, "没有这个附件。")
        path, seen = att.path, {att.id}
        original = att
        while not path and original.duplicate_of and original.duplicate_of not in seen:
            seen.add(original.duplicate_of)
            original = s.get(AttachmentRow, original.duplicate_of) or original
            path = original.path
    if not path:
        raise HTTPException(404, "这个附件没有单独归档（压缩包的内容另列）。")
    try:
        data = ctx.archive.read(path)
    except (OSError, ValueError):
        raise HTTPException(404, "归档中找不到这个文件。") from None
    return att, data


def download(request: Request) -> Response:
    """GET /file/a31: the attachment as filed, as a download."""
    att, data = _attachment(request)
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": disposition("attachment", att.filename)},
    )


def preview(request: Request) -> Response:
    """GET /file/a31/preview: the text and tables the parsers read from it."""
    att, data = _attachment(request)
    doc = read_document(
        Attachment(
            filename=att.filename, content_type=att.content_type, data=data, sha256=att.sha256
        )
    )
    text = doc.text if len(doc.text) <= PREVIEW_CHARS else doc.text[:PREVIEW_CHARS] + "\n…"
    kind = sniff(data, att.filename)
    return page(
        request,
        "preview.html",
        active="mail",
        a=att,
        text=text,
        status=doc.status.value,
        reason=doc.reason,
        tables=doc.tables[:5],
        pdf=kind == "pdf" or (kind in _CONVERTIBLE and soffice_path() is not None),
    )


def _pdf_bytes(request: Request, att: AttachmentRow, data: bytes) -> bytes:
    kind = sniff(data, att.filename)
    if kind == "pdf":
        return data
    if kind not in _CONVERTIBLE:
        raise HTTPException(404, "这种文件不能转为 PDF 预览，请下载查看。")
    cache = console_of(request).ctx.settings.data_dir / "previews" / f"{att.sha256}.pdf"
    if cache.exists():
        return cache.read_bytes()
    converted, error = convert(data, kind, "pdf", CONVERT_TIMEOUT)
    if converted is None:
        log.warning("PDF preview of a%s failed: %s", att.id, error)
        raise HTTPException(404, f"无法转为 PDF：{error}")
    atomic_write(Path(cache), converted)
    return converted


async def pdf(request: Request) -> Response:
    """GET /file/a31/pdf: the file as a PDF, shown by the browser."""
    att, data = await run_in_threadpool(_attachment, request)
    body = await run_in_threadpool(_pdf_bytes, request, att, data)
    name = safe_name(att.filename).rsplit(".", 1)[0] + ".pdf"
    return Response(
        body,
        media_type="application/pdf",
        headers={
            "Content-Disposition": disposition("inline", name),
            "Content-Security-Policy": PDF_CSP,
        },
    )


def raw_mail(request: Request) -> Response:
    """GET /mail/12/raw: the message as received, as a download."""
    key = request.path_params["message_id"]
    ctx = console_of(request).ctx
    if not key.isdigit():
        raise HTTPException(404, "没有这封邮件。")
    with ctx.store.session() as s:
        row = s.get(MessageRow, int(key))
        raw_path = row.raw_path if row is not None else ""
    if not raw_path:
        raise HTTPException(404, "这封邮件的原文没有保存。")
    try:
        data = ctx.archive.read(raw_path)
    except (OSError, ValueError):
        raise HTTPException(404, "归档中找不到这封邮件的原文。") from None
    return Response(
        data,
        media_type="message/rfc822",
        headers={"Content-Disposition": disposition("attachment", f"message-{key}.eml")},
    )


routes = [
    Route("/file/{ref}", download, name="download"),
    Route("/file/{ref}/preview", preview, name="preview"),
    Route("/file/{ref}/pdf", pdf, name="pdf"),
    Route("/mail/{message_id}/raw", raw_mail, name="raw_mail"),
]
