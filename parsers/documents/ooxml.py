"""Office packages from every producer made readable by the transitional readers.

ISO 29500 Strict documents (Word and Excel "Strict Open XML" save options) use the same
elements as transitional ones under other namespace URIs (http://purl.oclc.org/ooxml/...),
and macro-enabled or template Word files (.docm, .dotx, .dotm) differ from .docx only in
the content type of the main part, which python-docx refuses. `normalized` rewrites such a
package into its transitional .docx/.xlsx equivalent (namespaces and main content type);
every member is read with the bounds of `read_member` and checked for DTDs first.

Shape::

    normalized(strict_docx_bytes, limits) -> transitional docx bytes   (None: nothing to do)
"""

from __future__ import annotations

import io
import re
import zipfile

from parsers.documents.common import Budget, LimitExceeded, Limits, has_dtd, read_member

_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(\w+)/(\w+)")
_RENAMED = {
    b"extendedProperties": b"extended-properties",
    b"customProperties": b"custom-properties",
}
_WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_VARIANTS = re.compile(
    rb"application/vnd\.ms-word\.document\.macroEnabled\.main\+xml"
    rb"|application/vnd\.openxmlformats-officedocument\.wordprocessingml\.template\.main\+xml"
    rb"|application/vnd\.ms-word\.template\.macroEnabledTemplate\.main\+xml",
    re.IGNORECASE,
)
_XML = (".xml", ".rels", ".vml")


def _transitional(match: re.Match[bytes]) -> bytes:
    group, name = match.group(1), match.group(2)
    return b"http://schemas.openxmlformats.org/" + group + b"/2006/" + _RENAMED.get(name, name)


def _needs_rewrite(zf: zipfile.ZipFile) -> bool:
    for name in ("[Content_Types].xml", "_rels/.rels"):
        if name in zf.NameToInfo and zf.getinfo(name).file_size < 1024 * 1024:
            content = zf.read(name)
            if b"purl.oclc.org/ooxml" in content or _WORD_VARIANTS.search(content):
                return True
    return False


def normalized(data: bytes, limits: Limits) -> bytes | None:
    """The package rewritten as transitional .docx/.xlsx, or None when it already is one
    (or is no readable zip: the reader then says why). Raises LimitExceeded past the bounds
    and ValueError for a DTD."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    with source:
        try:
            if not _needs_rewrite(source):
                return None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
            return None
        budget = Budget(remaining=limits.max_total_bytes)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            infos = source.infolist()
            if len(infos) > limits.max_members * 50:
                raise LimitExceeded(f"too many parts ({len(infos)})")
            for info in infos:
                if info.is_dir():
                    continue
                content = read_member(source, info, limits, budget)
                if info.filename.lower().endswith(_XML):
                    if has_dtd(content):
                        raise ValueError("XML with a DTD/entity declarations is refused")
                    content = _STRICT.sub(_transitional, content)
                    if info.filename == "[Content_Types].xml":
                        content = _WORD_VARIANTS.sub(_WORD_MAIN, content)
                target.writestr(info.filename, content)
    return out.getvalue()
