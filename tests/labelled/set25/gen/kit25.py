"""set25's small constructors: a labelled file from a document of gen/texts.py."""

from __future__ import annotations

from typing import Any

from . import texts as T
from .build import F
from .docs import Doc


def art(name: str, unit: str, topic: str, s: str, d: int, x: str, producer: str = "python-docx",
        **kw: Any) -> F:  # fmt: skip
    """An article file (its headline labelled: file names repeat)."""
    head, blocks = T.article(topic, s, d, x, **kw)
    return F(name, T.doc(producer, blocks), "article", unit, headline=head)


def paper(name: str, unit: str, category: str, blocks: list[list[Any]],
          producer: str = "python-docx", **kw: Any) -> F:  # fmt: skip
    """A plan, summary, 回执, statistics table or other paper written as blocks."""
    return F(name, T.doc(producer, blocks), category, unit, **kw)


def sheet(name: str, unit: str, category: str, spec: dict[str, Any], producer: str = "openpyxl",
          **kw: Any) -> F:  # fmt: skip
    return F(name, Doc(producer, spec), category, unit, **kw)


def pic(name: str, unit: str, seed: int) -> F:
    """A photo from the week: other (a picture is not an article)."""
    return F(name, T.photo(seed), "other", unit, note="a photo")


def zipped(name: str, members: list[F], gbk: bool = False) -> F:
    """A zip of labelled files (the zip itself carries no label)."""
    inner = tuple((m.name, m.doc) for m in members)
    return F(name, Doc("zip-gbk" if gbk else "zip", name, inner), "", "", label=False)
