"""Word .docx reader (python-docx): paragraphs, headings, tables, headers/footers, text boxes,
footnotes, endnotes and comments; .docm/.dotx/.dotm and Strict files via `ooxml.normalized`.

The body is walked on the XML directly (`docx_body`), which is both faster than python-docx's
object API and the only way to see merged cells (gridSpan, vMerge), nested tables and text
boxes.

Opening: `docx.Document` loads and parses every part of the package (styles, numbering,
settings, theme, ...) and `check_office_zip` inflates every member, which together cost
several times the reading itself. So the package is first opened lightly: the relationships
are followed the way python-docx follows them, and only the parts read here (the main
document, its styles, headers and footers) are inflated, with the bounds of `read_member`,
checked for DTDs, and parsed with python-docx's parser (no entity resolution). Parts never
read cannot hurt, so they are neither inflated nor checked, except for what the zip
directory tells for free (encryption, claimed sizes, compression methods). Anything unusual
or wrong in what is read sends the file down the full path (`check_office_zip`, then
python-docx), which reads or refuses it as before, with the same reason. Only damage confined
to parts never read (a DTD, bad XML or a bad CRC in settings.xml, say) no longer makes a
file unreadable.
"""

from __future__ import annotations

import io
import logging
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import parse_xml as parse_opc_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.oxml.parser import parse_xml

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Budget,
    Expansion,
    LimitExceeded,
    Limits,
    check_office_zip,
    describe,
    failed,
    has_dtd,
    no_text,
    read_member,
)
from parsers.documents.docx_body import (
    HEADING_NAME,
    TXBX,
    VAL,
    Out,
    P,
    T,
    W,
    block,
    guess_title,
    para_text,
)
from parsers.documents.ooxml import normalized
from parsers.model import Document, ReadStatus

log = logging.getLogger(__name__)


def read_docx(data: bytes, kind: str = "docx", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx (or .docm/.dotx/.dotm, Strict or transitional); `kind` is kept in the
    result (e.g. "doc" after LibreOffice conversion)."""
    try:
        data = normalized(data, limits) or data
    except (LimitExceeded, ValueError) as exc:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid docx: {exc}")
    try:
        parts = _open_light(data, limits)
        return _walk(
            parts.body, parts.levels, parts.headers_footers, kind, limits, parts.notes, parts.links
        )
    except LimitExceeded as exc:
        if str(exc).startswith("expands beyond"):
            return failed(ReadStatus.UNREADABLE, kind, str(exc))
        log.debug("docx read on the full path: %s", exc)
    except Exception as exc:  # unusual or broken: the full path reads or refuses it
        log.debug("docx read on the full path: %s: %s", type(exc).__name__, exc)
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid docx: {refused}")
    try:
        document = docx.Document(io.BytesIO(data))
        return _read(document, kind, limits)
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, kind, str(exc))
    except Exception as exc:  # python-docx raises many types on corrupt parts
        log.info("docx unreadable: %s", exc)
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid docx: {describe(exc)}")


# --- the light open -----------------------------------------------------------------------

_ZIP_METHODS = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)


class _Unusual(Exception):
    """Something the light open does not handle; the full path decides."""


@dataclass(frozen=True, slots=True)
class _Rel:
    rid: str | None
    reltype: str | None
    target: str  # a PackURI for an internal target, the reference as written otherwise
    external: bool


@dataclass(frozen=True, slots=True)
class _Parts:
    body: Any
    levels: Mapping[str, int]
    headers_footers: tuple[Any, ...]
    notes: tuple[Any, ...] = ()  # footnotes, endnotes, comments
    links: Mapping[str, str] = field(default_factory=dict)  # hyperlink rId -> address


# Relationships to pictures, sounds and embedded objects: nothing of the text is in them.
_MEDIA_RELS = frozenset(
    {
        RT.IMAGE,
        RT.VIDEO,
        RT.AUDIO,
        RT.OLE_OBJECT,
        RT.PACKAGE,
        RT.THUMBNAIL,
        "http://schemas.microsoft.com/office/2007/relationships/hdphoto",
        "http://schemas.microsoft.com/office/2007/relationships/media",
    }
)


@dataclass(slots=True)
class _Package:
    zf: zipfile.ZipFile
    limits: Limits
    budget: Budget
    overrides: dict[str, str] = field(default_factory=dict)  # lower-cased partname -> type
    defaults: dict[str, str] = field(default_factory=dict)  # lower-cased extension -> type
    reached_by: dict[str, str | None] = field(default_factory=dict)  # partname -> reltype
    rels: dict[str, list[_Rel]] = field(default_factory=dict)  # source partname -> rels

    def xml(self, member: str) -> bytes:
        """A member's bytes, bounded; a DTD sends the file down the full path."""
        try:
            info = self.zf.getinfo(member)
        except KeyError:
            raise _Unusual(f"no part {member!r}") from None
        content = read_member(self.zf, info, self.limits, self.budget)
        if has_dtd(content):
            raise _Unusual(f"a DTD in {member!r}")
        return content

    def content_type(self, partname: str) -> str:
        """As python-docx looks it up: the override, else the extension's default."""
        found = self.overrides.get(partname.lower())
        if found is None:
            found = self.defaults.get(PackURI(partname).ext.lower())
        if found is None:
            raise _Unusual(f"no content type for {partname!r}")
        return found

    def load_rels(self, source: PackURI) -> list[_Rel]:
        rels_uri = source.rels_uri
        if rels_uri.membername not in self.zf.NameToInfo:
            return []
        found: list[_Rel] = []
        for element in parse_opc_xml(self.xml(rels_uri.membername)).Relationship_lst:
            external = element.target_mode == RTM.EXTERNAL
            ref = element.target_ref
            target = ref if external else PackURI.from_rel_ref(source.baseURI, ref)
            found.append(_Rel(element.rId, element.reltype, target, external))
        return found

    def walk(self, rels: list[_Rel]) -> None:
        """Every part reachable from `rels`, in python-docx's order: each must exist and
        have a content type (python-docx refuses the package otherwise)."""
        for rel in rels:
            if rel.external or rel.target in self.reached_by:
                continue
            part = PackURI(rel.target)
            if part.membername not in self.zf.NameToInfo and rel.reltype in _MEDIA_RELS:
                # a picture the writer left out: python-docx refuses the whole package,
                # but the text does not need it
                log.debug("docx names a missing %s part %s; read without it", rel.reltype, part)
                continue
            self.reached_by[rel.target] = rel.reltype
            part_rels = self.load_rels(part)
            if part.membername not in self.zf.NameToInfo:
                raise _Unusual(f"no part {part!r}")
            self.content_type(part)
            self.rels[part] = part_rels
            self.walk(part_rels)

    def related(self, source: str, reltype: str) -> list[_Rel]:
        """Rels of a type, keyed by id as python-docx keeps them (a repeated id: the last)."""
        by_id = {rel.rid: rel for rel in self.rels.get(source, ())}
        return [rel for rel in by_id.values() if rel.reltype == reltype]

    def only(self, source: str, reltype: str, content_type: str) -> str:
        """The one internal target of a type, of the content type python-docx needs."""
        found = self.related(source, reltype)
        if len(found) != 1 or found[0].external:
            raise _Unusual(f"{len(found)} relationship(s) of type {reltype}")
        return self.xml_part(found[0].target, content_type)

    def xml_part(self, partname: str, *content_types: str) -> str:
        if self.content_type(partname) not in content_types:
            raise _Unusual(f"{partname!r} is not {content_types}")
        if self.reached_by.get(partname) == RT.IMAGE:  # python-docx makes it an image
            raise _Unusual(f"{partname!r} is reached as an image")
        return partname


def _open_light(data: bytes, limits: Limits) -> _Parts:
    """The main document, its style levels and its headers/footers, reading nothing else."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members * 50:
            raise _Unusual("too many parts")
        claimed = 0
        for info in infos:
            if info.flag_bits & 0x1 or info.compress_type not in _ZIP_METHODS:
                raise _Unusual(f"{info.filename!r} is encrypted or oddly compressed")
            size = info.file_size
            if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
                raise _Unusual(f"{info.filename!r} claims a bomb's ratio")
            claimed += size
        if claimed > limits.max_total_bytes:
            raise _Unusual("the parts claim too many bytes")
        package = _Package(zf, limits, Budget(remaining=limits.max_total_bytes))
        types = parse_opc_xml(package.xml(CONTENT_TYPES_URI.membername))
        for override in types.overrides:
            package.overrides[override.partname.lower()] = override.content_type
        for default in types.defaults:
            package.defaults[default.extension.lower()] = default.content_type
        package.rels[PACKAGE_URI] = package.load_rels(PACKAGE_URI)
        package.walk(package.rels[PACKAGE_URI])

        main = package.only(PACKAGE_URI, RT.OFFICE_DOCUMENT, CT.WML_DOCUMENT_MAIN)
        styles = package.only(main, RT.STYLES, CT.WML_STYLES)
        elements: dict[str, Any] = {}
        headers_footers: list[Any] = []
        for rel in {rel.rid: rel for rel in package.rels[main]}.values():
            if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.external:
                part = package.xml_part(rel.target, CT.WML_HEADER, CT.WML_FOOTER)
                if part not in elements:
                    elements[part] = parse_xml(package.xml(PackURI(part).membername))
                headers_footers.append(elements[part])
        notes: list[Any] = []
        for rel in {rel.rid: rel for rel in package.rels[main]}.values():
            if rel.reltype in _NOTE_RELS and not rel.external:
                part = package.xml_part(rel.target, *_NOTE_TYPES)
                notes.append(parse_xml(package.xml(PackURI(part).membername)))
        body = parse_xml(package.xml(PackURI(main).membername)).body
        if body is None:
            raise _Unusual("no body")
        levels = _styles_levels(package, PackURI(styles).membername)
        links = {
            rel.rid: rel.target
            for rel in package.rels[main]
            if rel.reltype == RT.HYPERLINK and rel.external and rel.rid
        }
    return _Parts(
        body=body,
        levels=levels,
        headers_footers=tuple(headers_footers),
        notes=tuple(notes),
        links=links,
    )


# --- reading --------------------------------------------------------------------------------


def _read(document: Any, kind: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a document python-docx opened (the full path)."""
    levels = _style_levels(document)
    body = document.element.body
    headers_footers = (  # lazy: header parts are looked at after the body, as always
        rel.target_part.element
        for rel in document.part.rels.values()
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external
    )
    notes = tuple(
        parse_xml(rel.target_part.blob)
        for rel in document.part.rels.values()
        if rel.reltype in _NOTE_RELS and not rel.is_external
    )
    links = {
        rid: rel.target_ref
        for rid, rel in document.part.rels.items()
        if rel.reltype == RT.HYPERLINK and rel.is_external
    }
    return _walk(body, levels, headers_footers, kind, limits, notes, links)


_NOTE_RELS = frozenset({RT.FOOTNOTES, RT.ENDNOTES, RT.COMMENTS})
_NOTE_TYPES = (CT.WML_FOOTNOTES, CT.WML_ENDNOTES, CT.WML_COMMENTS)
_PICTURES = frozenset({f"{W}drawing", f"{W}pict", f"{W}object"})


def _walk(
    body: Any,
    levels: Mapping[str, int],
    headers_footers: Iterable[Any],
    kind: str,
    limits: Limits = DEFAULT_LIMITS,
    notes: Iterable[Any] = (),
    links: Mapping[str, str] | None = None,
) -> Document:
    """The document: body (paragraphs, tables), title guess, text boxes, headers/footers,
    then footnotes, endnotes and comments. Without any text: see `no_text`."""
    out = Out(budget=Expansion(limits), links=dict(links or {}))
    block(body, levels, out)
    if not any(h.level == 0 for h in out.headings):
        guess_title(body, out)
    boxes = dict.fromkeys(
        "\n".join(t for p in box.iter(P) if (t := para_text(p)).strip()) for box in body.iter(TXBX)
    )
    out.lines.extend(text for text in boxes if text)
    parts = list(headers_footers)
    for element in [*parts, *notes]:
        for p in element.iter(P):
            text = para_text(p)
            if text.strip():
                out.budget.text(len(text))
                out.lines.append(text)
    tables = tuple(t for t in out.tables if t is not None)
    if not any(line.strip() for line in out.lines):
        elements = [body, *parts]
        runs = sum(1 for e in elements for t in e.iter(T) if (t.text or "").strip())
        pictures = sum(1 for e in elements for x in e.iter() if x.tag in _PICTURES)
        return no_text(kind, runs, pictures)
    return Document(
        status=ReadStatus.OK,
        kind=kind,
        text="\n".join(out.lines),
        headings=tuple(out.headings),
        tables=tables,
    )


def _style_levels(document: Any) -> Mapping[str, int]:
    """Heading level by paragraph style id (Title → 0, Heading N / 标题 N / outline level)."""
    try:
        styles = document.styles.element
    except Exception:  # a docx without a styles part
        return {}
    return _levels(styles)


_CACHED_STYLES_BYTES = 1024 * 1024  # larger styles parts are not kept in the cache
_CACHED_STYLES = 16
_styles_cache: OrderedDict[tuple[object, ...], tuple[int, Mapping[str, int]]] = OrderedDict()
_styles_lock = threading.Lock()


def _styles_levels(package: _Package, member: str) -> Mapping[str, int]:
    """`_levels(parse_xml(package.xml(member)))`, the levels of the styles part.

    Documents from one producer or template mostly carry the same styles part (python-docx's
    is 350 KB, 12 KB deflated, 3 ms to parse), so its levels are kept. The key is what
    decides what reading the member gives: the bytes zipfile inflates (read from where it
    reads them), the method, the size the output is cut to and the CRC-32 it is checked
    against. Equal keys inflate to equal bytes or fail alike, so a hit gives what reading
    would, without inflating (and hashing) 350 KB again. Only reads that succeeded are kept
    (bounded, no DTD, parsed), and read_member's bounds, which also depend on what this
    document read before, are checked again on a hit: it refuses what a read would refuse.
    """
    try:
        info = package.zf.getinfo(member)
    except KeyError:
        raise _Unusual(f"no part {member!r}") from None
    if max(info.file_size, info.compress_size) > _CACHED_STYLES_BYTES:
        return _levels(parse_xml(package.xml(member)))
    with package.zf.open(info) as stream:  # the local header checks of every read
        source = getattr(stream, "_fileobj", None)  # where stream.read() takes its input
        if source is None:
            return _levels(parse_xml(package.xml(member)))
        stored = source.read(info.compress_size)
    key = (info.compress_type, info.compress_size, info.file_size, info.CRC, stored)
    with _styles_lock:
        hit = _styles_cache.get(key)
        if hit is not None:
            _styles_cache.move_to_end(key)
    if hit is not None:
        size, levels = hit
        _spend(package, info, size)
        return levels
    content = package.xml(member)
    levels = MappingProxyType(_levels(parse_xml(content)))  # shared: read-only
    with _styles_lock:
        _styles_cache[key] = (len(content), levels)
        while len(_styles_cache) > _CACHED_STYLES:
            _styles_cache.popitem(last=False)
    return levels


def _spend(package: _Package, info: zipfile.ZipInfo, size: int) -> None:
    """read_member's bounds for a member that inflates to `size` bytes. It checks them on
    the growing output, and both only grow with it: it refuses iff the whole size fails."""
    limits, budget = package.limits, package.budget
    if size > budget.remaining:
        raise LimitExceeded(f"uncompressed size exceeds the budget at {info.filename!r}")
    if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
        raise LimitExceeded(f"compression ratio of {info.filename!r} exceeds the bound")
    budget.remaining -= size


def _levels(styles: Any) -> dict[str, int]:
    """Heading level by style id in a parsed styles part."""
    levels: dict[str, int] = {}
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = (name_el.get(VAL) if name_el is not None else "") or ""
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if name.strip().lower() == "title" or style_id.lower() == "title":
            levels[style_id] = 0
        elif match := HEADING_NAME.match(name.strip()):
            levels[style_id] = int(match.group(1))
        elif outline is not None and (outline.get(VAL) or "").isdigit():
            level = int(outline.get(VAL) or 9)
            if level < 9:
                levels[style_id] = level + 1
    return levels
