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
        """The body text: the plain parts, else the HTML parts' text. A plain part that is
        a stub of the HTML ("请用支持HTML的客户端查看", only the headline of a 秀米 article)
        gives way to the HTML's text: it holds far less of it."""
        plain = "\n".join(t for t in self.plain if t.strip())
        html = "\n".join(t for t in self.html if t.strip())
        if plain and html and _letters(html) >= 2 * _letters(plain) + 30:
            return html
        return plain or html


def _letters(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())
