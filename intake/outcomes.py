"""What happened to messages, as the command line, the daemon and the logs report it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FiledFile:
    """One attachment of a message taken in: its category and where it was filed."""

    name: str
    category: str
    path: str  # relative to the archive; "" when not filed (containers)
    status: str
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one message."""

    uid: str
    state: str  # done | ignored | duplicate | failed
    ref: int = 0  # the message's number in the store (#12), for assign/ignore/reprocess
    subject: str = ""
    from_addr: str = ""
    unit_id: str | None = None
    unit_rule: str = ""
    evidence: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    files: tuple[FiledFile, ...] = ()
    reason: str = ""
    sha: str = ""  # sha256 of the raw message ("" when only its headers were read)
    # (unit id, contact json) of the contact items recorded: what `Known` learns from them
    liaisons: tuple[tuple[str | None, dict | None], ...] = field(default=(), repr=False)


@dataclass
class PollReport:
    """Every outcome of one poll of one mailbox."""

    mailbox: str = ""
    outcomes: list[Outcome] = field(default_factory=list)
    remaining: int = 0  # new messages left for the next run (per-run cap, or stopped)

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)
