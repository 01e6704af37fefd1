"""Presentations (.pptx, .ppsx, .potx) read with python-pptx: a plan sent as slides.

The package is checked like every Office zip first (`check_office_zip`: bounds, DTDs).
Each slide's shapes are read top to bottom, left to right: text frames as lines (the
first slide's title placeholder is the document's title), tables as `Table`s named
"slide N table M", groups opened. Speaker notes are left out (they are the speaker's,
not the document's).

Shape::

    read_slides(data) -> Document(status=OK, kind="pptx", text="…", headings=(Heading(0, "…"),))
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from parsers.documents.common import (
    DEFAULT_LIMITS,
    Expansion,
    LimitExceeded,
    Limits,
    check_office_zip,
    describe,
    failed,
    no_text,
)
from parsers.model import Document, Heading, ReadStatus, Table

log = logging.getLogger(__name__)

_PICTURE = 13  # MSO_SHAPE_TYPE.PICTURE


def read_slides(data: bytes, kind: str = "pptx", limits: Limits = DEFAULT_LIMITS) -> Document:
    """The text and tables of a presentation, or why not."""
    refused = check_office_zip(data, limits)
    if refused:
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid {kind}: {refused}")
    try:
        from pptx import Presentation

        deck = Presentation(io.BytesIO(data))
        return _read(deck, kind, Expansion(limits))
    except LimitExceeded as exc:
        return failed(ReadStatus.UNREADABLE, kind, str(exc))
    except Exception as exc:  # a broken package: python-pptx raises many kinds
        log.debug("presentation not read: %s", describe(exc))
        return failed(ReadStatus.UNREADABLE, kind, f"not a valid {kind}: {describe(exc)}")


def _read(deck: Any, kind: str, budget: Expansion) -> Document:
    lines: list[str] = []
    tables: list[Table] = []
    headings: list[Heading] = []
    pictures = 0
    for n, slide in enumerate(deck.slides, start=1):
        title = slide.shapes.title
        if n == 1 and title is not None and title.has_text_frame and title.text_frame.text.strip():
            headings.append(Heading(0, " ".join(title.text_frame.text.split())))
        for shape in _in_reading_order(slide.shapes):
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = tuple(
                    tuple(cell.text.strip() for cell in row.cells) for row in shape.table.rows
                )
                budget.grid(sum(len(r) for r in rows))
                tables.append(Table(rows=rows, name=f"slide {n} table {len(tables) + 1}"))
                lines.extend("\t".join(r) for r in rows)
            elif shape.shape_type == _PICTURE:
                pictures += 1
            elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    text = "".join(run.text for run in paragraph.runs).strip()
                    if text:
                        budget.text(len(text))
                        lines.append(text)
    text = "\n".join(lines)
    if not text.strip():
        return no_text(kind, 0, pictures)  # slides of pictures: a scan, IMAGE_ONLY
    return Document(
        status=ReadStatus.OK, kind=kind, text=text, headings=tuple(headings), tables=tuple(tables)
    )


def _in_reading_order(shapes: Iterable[Any]) -> Iterator[Any]:
    """Shapes top to bottom, then left to right; a group's shapes in its place."""
    placed = sorted(shapes, key=lambda s: (s.top or 0, s.left or 0))
    for shape in placed:
        if getattr(shape, "shape_type", None) is not None and hasattr(shape, "shapes"):
            yield from _in_reading_order(shape.shapes)  # a group
        else:
            yield shape
