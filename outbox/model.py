"""Plain values the outbox composes from: who sends, what arrived, who the liaisons are.

`intake` builds these from its store and passes them in; the outbox never reads the store.
Every text field that came from a mail (subjects, file names, names) is untrusted: the
templates escape it for HTML and the workbook writes it as text, never as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr

from parsers.model import Contact


@dataclass(frozen=True, slots=True)
class Sender:
    """The `From` and `Reply-To` of everything the outbox sends.

    `from_` is a full address, e.g. "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>";
    `reply_to` an address or None.
    """

    from_: str
    reply_to: str | None = None

    @property
    def address(self) -> str:
        """The bare address of `from_`: "jyj-zcjk01@ta.shandong.cn"."""
        return parseaddr(self.from_)[1]

    @property
    def domain(self) -> str:
        """The domain used for generated Message-IDs ("localhost" when there is none)."""
        _, _, domain = self.address.rpartition("@")
        return domain or "localhost"


@dataclass(frozen=True, slots=True)
class ReceiptFile:
    """One attachment of a taken-in message and how it was understood.

    `category` is a category of the campaign ("plan", "article", ...: `Campaign.categories`);
    `read_status` a `parsers.model.ReadStatus` value ("ok", "encrypted", "unreadable", ...);
    `contacts` the liaison data found in it; `urls` the URLs counted from it;
    `stats_rows` how many statistics rows were read (None when it is no statistics table);
    `problems` extra findings in Chinese for the unit, e.g. "第5行“线上活动”不是数字".
    """

    name: str
    category: str
    read_status: str = "ok"
    contacts: tuple[Contact, ...] = ()
    urls: tuple[str, ...] = ()
    stats_rows: int | None = None
    problems: tuple[str, ...] = ()
    credited_to: str = ""  # the unit it counts for when not the mail's (a school's file)


@dataclass(frozen=True, slots=True)
class Receipt:
    """One taken-in message, for the acknowledgement (回执).

    `message_id` is the message's Message-ID ("<abc@host>", brackets optional);
    `body_contacts`/`body_urls` are what was found in the body text itself;
    `problems` concern the message as a whole, in Chinese.
    """

    message_id: str
    subject: str
    received_at: datetime
    files: tuple[ReceiptFile, ...] = ()
    body_contacts: tuple[Contact, ...] = ()
    body_urls: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Liaison:
    """A unit's liaison (联络员) as last received: the unit and the contact data."""

    unit_id: str
    contact: Contact
    received_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that needs a human, for the digest and the workbook's 问题 sheet.

    `kind` is a short label ("未识别单位", "文件无法读取", "投递失败", ...); `text` says what
    and why; `unit_id` is the unit concerned, if known; `message_ref` names the message
    (its subject or store id) so staff can find it; `since` is when it was noticed.
    """

    kind: str
    text: str
    since: datetime
    unit_id: str | None = None
    message_ref: str = ""


@dataclass(frozen=True, slots=True)
class Arrival:
    """One message taken in (for the digest's "今日收到"): who, when, what.

    `unit_id` is None when the sender is not yet assigned to a unit; `files` are
    "name（category label）" texts or plain file names.
    """

    unit_id: str | None
    received_at: datetime
    subject: str
    files: tuple[str, ...] = ()
    sender: str = ""
