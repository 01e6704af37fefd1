"""What is collected while one message is walked; turned into a frozen `Mail` at the end."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.mail.skeleton import Cut
from parsers.model import Attachment, MailFlag


@dataclass
class Reader:
    """Mutable state of one read: flags, problems, files, body parts, forwards.

    `plain` and `html` hold the decoded text of the body parts (HTML already flattened to
    text); `html_source` the decoded HTML itself (for `Mail.body_html`); `reports` the
    content types of report parts seen (message/delivery-status, ...).
    """

    flags: set[MailFlag] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    html_source: list[str] = field(default_factory=list)
    reports: set[str] = field(default_factory=set)
    forwarded_bodies: list[str] = field(default_factory=list)
    forwarded_from: str = ""
    forwarded_subject: str = ""
    blobs: dict[int, Cut] = field(default_factory=dict)  # id(part) -> its body, see parse

    def problem(self, text: str, flag: MailFlag | None = None) -> None:
        """Record a problem once (and its flag, when given)."""
        if text not in self.problems:
            self.problems.append(text)
        if flag is not None:
            self.flags.add(flag)

    def body(self) -> str:
        """The body text: the plain parts, else the HTML parts' text."""
        plain = "\n".join(t for t in self.plain if t.strip())
        return plain or "\n".join(t for t in self.html if t.strip())
