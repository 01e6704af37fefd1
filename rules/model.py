"""Decisions that `rules` produces, and the plain inputs it needs from the store.

Every decision carries the name of the rule that made it and its evidence, so staff can
see why and tests can assert it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from parsers.model import Contact
from rules.articles import BodyArticle


@dataclass(frozen=True, slots=True)
class Relevance:
    """Whether a mail belongs to the campaign, and why.

    `keep`: not a submission, but it carries a sign of the campaign (an auto-reply from a
    unit, a spoofed unit address): its raw copy is kept so staff can rescue it.
    `look_inside`: nothing in sender, subject or body, but documents are attached: read
    them before deciding (`relevance_of_documents`).
    """

    relevant: bool
    reason: str
    keep: bool = False
    look_inside: bool = False


@dataclass(frozen=True, slots=True)
class UnitVerdict:
    """Which unit sent a mail.

    `unit_id` is None when no rule decided or when `candidates` tie (never a guess).
    `rule` names the deciding rule ("sender-address", "name-in-subject", ...);
    `new_sender` is True when the unit was found by content and the From address is not
    registered for it (staff should confirm); `trusted_sender` is False when the
    sender's authentication failed.
    """

    unit_id: str | None
    rule: str
    evidence: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    new_sender: bool = False


@dataclass(frozen=True, slots=True)
class CategoryVerdict:
    """What one attachment is: a category of the campaign (`Campaign.categories`)."""

    category: str
    rule: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileDecision:
    """The category of one attachment (by index into MailFacts.files), and the unit it
    belongs to when that is not the mail's (`unit`: a school's file a bureau forwarded)."""

    index: int
    category: CategoryVerdict
    unit: UnitVerdict | None = None
    articles: tuple[str, ...] = ()  # the headlines of a compilation's articles (汇编)
    # per article, the school a bureau's compilation credits it to (None: the file's unit)
    article_units: tuple[str | None, ...] = ()


@dataclass(frozen=True, slots=True)
class BodyDocument:
    """A plan or summary written into the mail body (rules.body_documents)."""

    category: str
    title: str
    key: str  # "body:<sha256 of the text>"


@dataclass(frozen=True, slots=True)
class Judgement:
    """Everything rules decided about one relevant mail.

    `column_urls` are URLs counted for the column_url requirement; `article_links` are
    links counted as articles (an article sent as a link); `body_articles` articles pasted
    into the body; `external_files` download links of files too big to attach (listed for
    staff); `wechat_accounts` WeChat accounts given instead of a column URL;
    `liaison_change` says the mail announces a change of liaison (联络员变更);
    `column_change` that its column URL corrects an earlier one (更正…以此为准);
    `unit_columns` (URL, unit id) of other units' columns it names (a county's list);
    `body_documents` a plan or summary written into the body instead of attached.
    `may_reply` is False for auto-replies, bounces, list mail, null senders and
    unrecognised senders.
    """

    unit: UnitVerdict
    files: tuple[FileDecision, ...] = ()
    column_urls: tuple[str, ...] = ()
    article_links: tuple[str, ...] = ()
    may_reply: bool = False
    notes: tuple[str, ...] = ()
    body_articles: tuple[BodyArticle, ...] = ()
    external_files: tuple[str, ...] = ()
    wechat_accounts: tuple[str, ...] = ()
    liaison_change: bool = False
    column_change: bool = False
    unit_columns: tuple[tuple[str, str], ...] = ()
    body_documents: tuple[BodyDocument, ...] = ()


@dataclass(frozen=True, slots=True)
class Known:
    """What the store has learned that rules may use: addresses staff assigned to units,
    and liaison emails/mobile numbers already seen for a unit (lower-cased / digits only)."""

    sender_units: dict[str, str] = field(default_factory=dict)
    liaison_emails: dict[str, str] = field(default_factory=dict)
    liaison_mobiles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Item:
    """One thing a unit delivered, as the store remembers it.

    `key` identifies the content (sha256 of a file, or the normalised URL) so a resent
    identical file counts once. `contact` is set for contact data (from any source).
    """

    unit_id: str
    deliverable: str  # a deliverable id of the campaign
    received_at: datetime
    key: str
    label: str
    message_ref: str = ""
    contact: Contact | None = None
    readable: bool = True  # False: an unreadable, encrypted or empty file staff did not accept
    source: str = "file"  # file | body | link | offline
    # a contact sent as a change of liaison (联络员变更), a column URL as a correction (更正)
    supersedes: bool = False


class State(StrEnum):
    COMPLETE = "complete"
    PARTIAL = "partial"
    MISSING = "missing"
    LATE = "late"  # complete, but only thanks to items received after the due time
    EXEMPT = "exempt"  # staff exempted the unit from the requirement (免报)
    NOT_DUE = "not-applicable"  # the requirement does not apply to this unit's kind


@dataclass(frozen=True, slots=True)
class Override:
    """A staff decision about one unit and requirement: exempt it (免报), or give the unit
    its own deadline (延期)."""

    unit_id: str
    requirement_id: str
    exempt: bool = False
    due: datetime | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class RequirementStatus:
    """Where one unit stands on one requirement at a given moment.

    `count` counts distinct readable items (deduplicated); `early` and `late` how many of
    them came before the window opened (提前) or after `due` (逾期); `unreadable` distinct
    files received that could not be read (they never count: 待补正). `due` is the unit's
    own deadline (an extension) when staff gave one. `detail` explains partial/missing in
    Chinese for staff and units, e.g. "手机号码无效".
    """

    unit_id: str
    requirement_id: str
    state: State
    count: int
    min_count: int
    due: datetime
    items: tuple[Item, ...] = ()
    detail: str = ""
    early: int = 0
    late: int = 0
    unreadable: int = 0

    @property
    def owed(self) -> bool:
        return self.state in (State.PARTIAL, State.MISSING)


@dataclass(frozen=True, slots=True)
class UnitStatus:
    unit_id: str
    requirements: tuple[RequirementStatus, ...]

    @property
    def owed(self) -> tuple[RequirementStatus, ...]:
        return tuple(r for r in self.requirements if r.owed)

    @property
    def complete(self) -> bool:
        return not self.owed
