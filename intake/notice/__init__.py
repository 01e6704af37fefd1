"""Drafting a campaign's config from the notice that announces it.

    draft = draft_from_notice(Path("通知.docx"))   # .txt, .docx, .pdf, .wps, .doc
    Path("config.toml").write_text(draft.text)    # values quoted from their sentences, TODOs
    draft.rows                                    # the summary `intake init` prints

`reading` turns the file into lines and sentences, `finders` reads what the notice says
(文号, title, dates, mailboxes, addressees), `items` what it asks each unit to send, and
`draft` writes the TOML.
"""

from __future__ import annotations

from pathlib import Path

from intake.notice.draft import Draft, Row, draft_config
from intake.notice.reading import Notice, NoticeError, notice_of, read_notice

__all__ = [
    "Draft",
    "Notice",
    "NoticeError",
    "Row",
    "draft_config",
    "draft_from_notice",
    "notice_of",
    "read_notice",
]


def draft_from_notice(path: Path) -> Draft:
    """The draft config of the campaign the notice at `path` announces."""
    return draft_config(read_notice(path))
