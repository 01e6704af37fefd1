"""Extract liaison contact data (单位、姓名、职务、邮箱、手机) from tables, prose and signatures.

One module per layout, all into `Contact` values with per-field validity:

- `header`: header-row tables, the header possibly under a title row, two rows deep;
- `keyvalue`: key/value tables, two or four columns wide (姓名 | 张三 | 职务 | 主任);
- `vertical`: labels down the first column, one person per column;
- `flattened`: tables that reached us as text (an HTML body flattened to ``姓名 阎健`` lines,
  tab- or space-separated rows, one cell per line);
- `prose` and `signatures`: ``联系人：张三，职务：办公室主任，手机：138 0538 1234``, one key
  per line, or an unlabelled block (name, position, unit on their own lines, then numbers);
  `people` groups what they find into one draft per person and tells the liaison apart;
- `fields` and `labels`: what every layout shares (labels, roles, values, validation).

A field that is absent becomes ``FieldValue("", False, "缺少XX")``; one that is present but
wrong keeps its value with ``valid=False`` and a Chinese problem ("手机号码无效"), because
units and staff read these. The optional landline (`phone`) carries no problem when absent.
`Contact.role` tells the liaison from a leader (分管领导, 负责人 ...) or a form's filler
(填表人), by the label that named the person. Nothing here raises on arbitrary input.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

# The scans the tests check are re-exported (importable from the package, as before the split).
from parsers.contacts.fields import _EMAIL_FIND_RE as _EMAIL_FIND_RE
from parsers.contacts.fields import _LANDLINE_FIND_RE as _LANDLINE_FIND_RE
from parsers.contacts.fields import _MOBILE_FIND_RE as _MOBILE_FIND_RE
from parsers.contacts.fields import _dedupe
from parsers.contacts.flattened import text_tables
from parsers.contacts.labels import _ALL_LABELS as _ALL_LABELS
from parsers.contacts.labels import _LABEL_RE as _LABEL_RE
from parsers.contacts.prose import _HAN_GAP_RE as _HAN_GAP_RE
from parsers.contacts.prose import _REPLY_MARKER_RE, _text_contacts, _without_quoted_mail
from parsers.contacts.prose import _SPACED_LABEL_RE as _SPACED_LABEL_RE
from parsers.contacts.tables import contacts_in_tables
from parsers.contacts.words import _HAN, _is_name_guess, _looks_like_position
from parsers.model import Contact, Document, FieldValue
from parsers.normalize import nfkc

__all__ = [
    "contacts_in_body",
    "contacts_in_document",
    "contacts_in_forward",
    "contacts_in_tables",
    "contacts_in_text",
    "with_sender_mailbox",
]

# "活动周方案及联络员（钱志刚 职成教科科长）": a subject that names the liaison
_SUBJECT_PERSON_RE = re.compile(
    rf"(?:联络员|联系人|联络人)[:\s]*\(?\s*([{_HAN}]{{2,4}})(?:[\s,，、(]+([{_HAN}]{{2,15}}))?"
)
_REACH_RE = re.compile(r"1\d{2}[ -]?\d{4}[ -]?\d{4}|@")


def contacts_in_body(body: str, subject: str, source: str) -> tuple[Contact, ...]:
    """Contacts of a mail body; when the body gives numbers but no liaison's name and the
    subject names one ("…及联络员（钱志刚 职成教科科长）"), that name joins the numbers."""
    found = contacts_in_text(body, source)
    if any(c.name.valid and c.role == "liaison" for c in found):
        return found
    m = _SUBJECT_PERSON_RE.search(nfkc(subject or ""))
    if m is None or not _is_name_guess(m.group(1)):
        return found
    lines = nfkc(body).split("\n")
    at = next((i for i, line in enumerate(lines) if _REACH_RE.search(line)), None)
    if at is None:
        return found
    position = m.group(2) if m.group(2) and _looks_like_position(m.group(2)) else ""
    lead = f"联络员：{m.group(1)}" + (f"，职务：{position}" if position else "")
    joined = contacts_in_text("\n".join([*lines[:at], lead, *lines[at:]]), source)
    return joined if any(c.name.value == m.group(1) for c in joined) else found


def contacts_in_forward(body: str, source: str) -> tuple[Contact, ...]:
    """Contacts of the mail a forward quotes ("---原始邮件---" and below): in a forward the
    quoted mail is what is passed on (a school's liaison), in a reply only what is answered,
    so `contacts_in_text` cuts it and this reads it, for forwards only."""
    lines = body.split("\n")
    at = next((i for i, line in enumerate(lines) if _REPLY_MARKER_RE.match(nfkc(line))), None)
    if at is None:
        return ()
    return contacts_in_text("\n".join(lines[at + 1 :]), source)


# "邮箱：同本邮箱", "邮箱即发件邮箱", "电子邮箱为本邮件地址": the liaison's address is the one
# the mail came from
_SENDER_MAILBOX_RE = re.compile(
    r"(?:邮箱|e-?mail|邮件地址)[^\n@]{0,4}?(?:同|即|为|是|就是|用)?[ \t]*"
    r"(?:本|此|该|这个|发件|来信|发信)人?的?(?:邮箱|邮件地址|邮件|地址|账号)",
    re.IGNORECASE,
)


def with_sender_mailbox(contacts: Sequence[Contact], body: str, sender: str) -> tuple[Contact, ...]:
    """Contacts whose email the body says is the mail's own address ("邮箱同本邮箱") get
    `sender` as their email (marked "sender"). The caller passes a sender it trusts."""
    own = _without_quoted_mail(nfkc(body))
    if not sender or "@" not in sender or not _SENDER_MAILBOX_RE.search(own):
        return tuple(contacts)
    address = FieldValue(value=sender.lower(), valid=True, problem="sender")
    # "邮箱：即本邮箱" was read as an (invalid) address: it is replaced too
    return tuple(
        replace(c, email=address)
        if not c.email.value or _SENDER_MAILBOX_RE.match(f"邮箱{c.email.value}")
        else c
        for c in contacts
    )


# A business-card signature puts fields on one line between bars: 手机 139… | 邮箱 …
_CARD_BAR_RE = re.compile(r"[ \t]+\|[ \t]+")
# A two-character name spaced to align with three-character ones (张  伟), alone on its
# line or after a label
_SPACED_NAME_RE = re.compile(
    r"(^|[:：]|姓名|联络员|联系人)[ \t]*([\u4e00-\u9fff])[ \t]{1,4}([\u4e00-\u9fff])"
    r"[ \t]*(?=$|[，,；;(（\t])",
    re.MULTILINE,
)


def _card_lines(text: str) -> str:
    """Signature lines as one field a line, spaced two-character names closed up."""
    if " |" in text or "| " in text:
        text = _CARD_BAR_RE.sub("\n", text)
    return _SPACED_NAME_RE.sub(r"\1\2\3", text)


def contacts_in_text(text: str, source: str) -> tuple[Contact, ...]:
    """Contacts in prose, key-per-line text, a mail body or a signature, and in tables
    flattened into text (see `flattened`); all get `source`."""
    t = _without_quoted_mail(nfkc(text).replace("\r\n", "\n").replace("\r", "\n"))
    t = _card_lines(t)
    lines = t.split("\n")
    tables, used = text_tables(lines)
    if not tables:
        return _text_contacts(t, source)
    from_tables = [
        replace(c, source=source) for c in contacts_in_tables(tables, source) if c.name.value
    ]  # text read as a table names someone, or it is no contact
    rest = "\n".join("" if i in used else line for i, line in enumerate(lines))
    return _dedupe((*from_tables, *_text_contacts(rest, source)))


def contacts_in_document(
    doc: Document, source: str, footers: Mapping[str, int] | None = None
) -> tuple[Contact, ...]:
    """Contacts in a document's tables first, then in its text; duplicates dropped.

    `footers` (table name -> sheet row) marks statistics footers, as in `contacts_in_tables`.
    """
    from_tables = contacts_in_tables(doc.tables, source, footers)
    # Readers also put every table row into the text (cells joined by tabs); those rows were
    # read as tables already, and as prose they would turn schedules into "contacts".
    rows = {_row_key(row) for table in doc.tables for row in table.rows}
    prose = "\n".join(
        "" if rows and _row_key(line.split("\t")) in rows else line for line in doc.text.split("\n")
    )
    from_text = contacts_in_text(prose, f"{source}#text") if prose.strip() else ()
    return _dedupe(_one_person_each((*from_tables, *from_text)))


_FIELDS = ("unit", "position", "email", "mobile", "phone")


def _one_person_each(contacts: Sequence[Contact]) -> list[Contact]:
    """A liaison named in the text ("欧阳明月同志为活动周联络员，邮箱…") who is also a row of
    the document's table under another role (成员 | 欧阳明月 | 职成科科员 | 139…): one
    person, the liaison, with the fields the row gives."""
    liaisons = {c.name.value for c in contacts if c.role == "liaison" and c.name.value}
    out: list[Contact] = []
    for c in contacts:
        if c.role != "liaison" and c.name.value in liaisons:
            continue  # folded into the liaison below
        if c.role == "liaison" and c.name.value:
            for other in contacts:
                if other is c or other.name.value != c.name.value or other.role == "liaison":
                    continue
                filled = {
                    k: getattr(other, k)
                    for k in _FIELDS
                    if not getattr(c, k).value and getattr(other, k).value
                }
                c = replace(c, **filled)
        out.append(c)
    return out


def _row_key(cells: Sequence[str]) -> tuple[str, ...]:
    """A table row compared by its distinct non-empty cells (merged cells repeat)."""
    return tuple(dict.fromkeys(c.strip() for c in cells if c.strip()))
