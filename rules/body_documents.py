"""A plan or summary written into the mail body instead of attached ("我市活动周总结直接写在
邮件里了"): the body is that deliverable, titled by its own title line.

    body_documents(facts, campaign, files)
    # (BodyDocument(category="summary", title="肥城市2020年职业教育活动周工作总结",
    #               key="body:<sha256>"),)

A body is such a document when a line of its own text is a title (no sentence, 6 to 40
characters) whose head keyword names a document deliverable other than news (a plan, a
summary), and prose of its own follows: at least `MIN_PROSE` characters in three
sentences or more. Never when a file of the mail is already that deliverable (the body is
then a cover note), and never a reply's quoted mail.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from parsers.model import MailFacts
from rules.campaign import OTHER, Campaign
from rules.doctext import head_category
from rules.model import BodyDocument, FileDecision
from rules.text import nfkc, split_quoted

MIN_PROSE = 200
_SENTENCE = re.compile(r"[。！？!?；;]")
_TITLE_END = re.compile(r"[。！？!?；;：:，,]$")


def body_documents(
    facts: MailFacts, campaign: Campaign, files: Sequence[FileDecision]
) -> tuple[BodyDocument, ...]:
    """The plan or summary the body itself is, or () (see the module docstring)."""
    own, _ = split_quoted(facts.mail.body_text or "")
    lines = [ln.strip() for ln in nfkc(own).splitlines() if ln.strip()]
    attached = {d.category.category for d in files}
    for n, line in enumerate(lines):
        if not 6 <= len(line) <= 40 or _TITLE_END.search(line) or _SENTENCE.search(line):
            continue
        head = head_category(line, campaign)
        if head is None or head[0] in attached or head[0] == OTHER:
            continue
        spec = campaign.deliverable(head[0])
        if spec is None or spec.news or spec.kind != "file":
            continue
        prose = "".join(lines[n + 1 :])
        if len(prose) < MIN_PROSE or len(_SENTENCE.findall(prose)) < 3:
            continue
        digest = hashlib.sha256("".join(prose.split()).encode("utf-8", "surrogatepass"))
        return (BodyDocument(head[0], line, f"body:{digest.hexdigest()}"),)
    return ()
