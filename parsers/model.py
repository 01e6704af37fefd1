"""Plain values that `parsers` produces: a mail, its attachments, documents and the facts in them.

Nothing here knows about any campaign. Every value is frozen; layers pass these, never dicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class MailFlag(StrEnum):
    """Properties of a mail that change how it is handled downstream."""

    AUTO_REPLY = "auto-reply"  # Auto-Submitted, X-Autoreply, out-of-office subjects
    BOUNCE = "bounce"  # multipart/report DSN, MAILER-DAEMON
    LIST = "list"  # List-Id, Precedence: bulk|junk|list
    NULL_SENDER = "null-sender"  # Return-Path: <>
    DECODE_ERROR = "decode-error"  # undecodable bytes were replaced somewhere
    MALFORMED = "malformed"  # MIME structure defects (broken boundary, ...)
    AUTH_FAILED = "auth-failed"  # Authentication-Results shows spf/dkim/dmarc=fail
    FORWARDED = "forwarded"  # an original mail is embedded or quoted
    TOO_LARGE = "too-large"  # over the size cap: stored raw, not parsed
    READ_RECEIPT = "read-receipt"  # MDN or a plain "已读:"/"Read:" receipt


@dataclass(frozen=True, slots=True)
class Attachment:
    """One file carried by a mail, after flattening (forwarded parts, zip members).

    `filename` is the decoded original name as the sender wrote it (may contain anything);
    the archive sanitises it when filing. `origin` says where it came from:
    "" for a top-level part, "forwarded" for a part of an embedded message/rfc822,
    "<container name>/" for a member of a zip/rar/winmail.dat. `locked`: a member of a
    password-protected archive, listed by name only (`data` is empty, `sha256` identifies
    the member); the archive itself is filed in its place.
    """

    filename: str
    content_type: str
    data: bytes
    sha256: str
    origin: str = ""
    inline: bool = False
    content_id: str = ""
    locked: bool = False


@dataclass(frozen=True, slots=True)
class Mail:
    """A decoded mail: headers, text body and flattened attachments.

    `from_addr` is the lower-cased address of From; `forwarded_from` is the original sender
    of a forwarded mail when one could be found (embedded message/rfc822 or a quoted
    "From:/发件人:" header block), else "".
    """

    message_id: str
    subject: str
    from_addr: str
    from_name: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    reply_to: str = ""
    date: datetime | None = None
    body_text: str = ""
    body_html: str = ""
    attachments: tuple[Attachment, ...] = ()
    flags: frozenset[MailFlag] = frozenset()
    problems: tuple[str, ...] = ()
    forwarded_from: str = ""
    forwarded_subject: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()


class ReadStatus(StrEnum):
    """How well a document could be read."""

    OK = "ok"
    IMAGE_ONLY = "image-only"  # a scanned PDF: no text layer
    IMAGE = "image"  # a picture; kept as is
    CONTAINER = "container"  # zip/rar/TNEF: its members became attachments of their own
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"  # corrupt, truncated, hostile (bombs), over limits
    UNSUPPORTED = "unsupported"  # a format we cannot read here (e.g. .doc without LibreOffice)
    EMPTY = "empty"  # 0 bytes


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 0 for a title, 1.. for heading levels
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """A table as rows of cell texts; merged cells repeat their value in every covered cell.

    `name` is the sheet name for spreadsheets, "table N" for word-processor tables.
    `first_row` is the 1-based row number of rows[0] in the sheet (for coordinates).
    """

    rows: tuple[tuple[str, ...], ...]
    name: str = ""
    first_row: int = 1


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader made of one file. Readers never raise; they return a status and reason."""

    status: ReadStatus
    kind: str  # "docx", "xlsx", "pdf", "xls", "doc", "zip", "image", "text", ...
    reason: str = ""
    text: str = ""
    headings: tuple[Heading, ...] = ()
    tables: tuple[Table, ...] = ()
    members: tuple[Attachment, ...] = ()  # for CONTAINER: the files inside
    # HTML: (the URL a link shows, the longer address it points to): "www.x.cn" -> ".../zt/"
    links: tuple[tuple[str, str], ...] = ()

    @property
    def readable(self) -> bool:
        return self.status is ReadStatus.OK


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One contact field: its normalised value, whether it is valid, and why not."""

    value: str = ""
    valid: bool = False
    problem: str = ""  # "missing", "invalid mobile number", ...


@dataclass(frozen=True, slots=True)
class Contact:
    """A liaison's contact data as found in one place.

    `source` names the place: "body", "<file name>#table 2 row 3", "<file name>#text".
    `phone` holds a landline when one is given (kept apart from the mobile number).
    `role` says what the label that named the person calls them: "liaison" (联络员, 联系人,
    姓名 or no label), "leader" (分管领导, 负责人, 校长, 科长 ...) or "filler" (填表人,
    审核人 ... in the footer of a statistics sheet).
    """

    unit: FieldValue = field(default_factory=FieldValue)
    name: FieldValue = field(default_factory=FieldValue)
    position: FieldValue = field(default_factory=FieldValue)
    email: FieldValue = field(default_factory=FieldValue)
    mobile: FieldValue = field(default_factory=FieldValue)
    phone: FieldValue = field(default_factory=FieldValue)
    source: str = ""
    role: str = "liaison"

    @property
    def complete(self) -> bool:
        """Every field the notice asks for (unit, name, position, email, mobile) is valid."""
        return all(f.valid for f in (self.unit, self.name, self.position, self.email, self.mobile))


@dataclass(frozen=True, slots=True)
class FoundUrl:
    """A URL found in text or a table; `column_score` > 0 when its label suggests a column.

    `label` is the text that names it (a table row label or column header, or the column
    word before it in prose, NFKC); `structured` is True when that label came from table
    structure, whose scores (above 1.0) beat any prose score (at most 1.0). `site` is True
    when the label names the unit's own site or a published item (学校网站, 总结已发布在…):
    then the URL is no column.
    """

    url: str
    source: str = ""
    context: str = ""
    column_score: float = 0.0
    label: str = ""
    structured: bool = False
    site: bool = False


@dataclass(frozen=True, slots=True)
class StatsField:
    """A template column the statistics reader looks for (given by the caller, not a campaign)."""

    key: str
    header: str
    aliases: tuple[str, ...] = ()
    numeric: bool = True


@dataclass(frozen=True, slots=True)
class StatsRow:
    """One data row: the row's label (unit name cell), values by field key, its sheet row."""

    label: str
    values: dict[str, float | str | None]
    row: int


@dataclass(frozen=True, slots=True)
class StatsTable:
    """A statistics table read against a template.

    `missing_fields` lists template keys no column matched; `problems` names every cell
    that should be a number and is not, with its coordinate ("Sheet1!C5: '约20' is not a
    number").
    """

    sheet: str
    header_row: int
    columns: dict[str, int]  # field key -> 0-based column index
    rows: tuple[StatsRow, ...]
    missing_fields: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileFacts:
    """One attachment with everything read from it."""

    attachment: Attachment
    document: Document
    contacts: tuple[Contact, ...] = ()
    urls: tuple[FoundUrl, ...] = ()
    statistics: StatsTable | None = None
    wechat_accounts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MailFacts:
    """A mail and every fact read from it: per file, and from the body/signature.

    `body_document` is the HTML body read as a document (its headings, tables), when the
    mail has one; `wechat_accounts` names WeChat official accounts given where a column
    is asked for (微信公众号：XXX) in the body.
    """

    mail: Mail
    files: tuple[FileFacts, ...] = ()
    body_contacts: tuple[Contact, ...] = ()
    body_urls: tuple[FoundUrl, ...] = ()
    body_document: Document | None = None
    wechat_accounts: tuple[str, ...] = ()
