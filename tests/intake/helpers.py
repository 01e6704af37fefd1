"""Test helpers: settings pointing at a test server, and realistic mails built in code."""

from __future__ import annotations

import io
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from intake.config import Settings, parse_config

ROOT = Path(__file__).resolve().parents[2]
TZ = ZoneInfo("Asia/Shanghai")
PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"


def settings_for(
    tmp_path: Path,
    *,
    mailbox_url: str | None = None,
    outbox_url: str | None = None,
    extra_mailbox: str = "",
    extra_outbox: str = "",
) -> Settings:
    """The default campaign with data under tmp_path and the given mailbox/outbox."""
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    if mailbox_url:
        text = text.replace(
            'url = "maildir:data/mail"',
            f'url = "{mailbox_url}"\npassword_env = "{PASSWORD_ENV}"'
            + (f"\n{extra_mailbox}" if extra_mailbox else ""),
        )
    if outbox_url:
        text = text.replace(
            'url = "file:data/outbox"',
            f'url = "{outbox_url}"' + (f"\n{extra_outbox}" if extra_outbox else ""),
        )
    text = with_test_store(text, tmp_path)
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    return parse_config(text, base=tmp_path, source=str(tmp_path / "config.toml"))


def with_test_store(text: str, tmp_path: Path) -> str:
    """config.toml's text with [store] on this pass's engine: with INTAKE_TEST_DB=postgresql
    a PostgreSQL database of tmp_path's own (tests/fixtures/postgres.py), else unchanged."""
    from tests.fixtures.postgres import database_url, on_postgres

    if not on_postgres():
        return text
    sqlite = 'url = "sqlite:///data/intake.db"'
    assert sqlite in text, "config.toml's [store] url moved: update with_test_store"
    return text.replace(sqlite, f'url = "{database_url(str(tmp_path.resolve()))}"')


def docx_bytes(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    doc = Document()
    for i, p in enumerate(paragraphs):
        if i == 0:
            doc.add_heading(p, level=0)
        else:
            doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def mail(
    *,
    sender: str,
    subject: str,
    body: str = "",
    files: list[tuple[str, bytes]] = (),
    when: datetime | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "jyj-zcjk01@ta.shandong.cn"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2020, 11, 4, 10, 0, tzinfo=TZ))
    if message_id:
        msg["Message-ID"] = message_id
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body or "您好，材料见附件。")
    for name, data in files:
        maintype, subtype = DOCX if name.endswith(".docx") else ("application", "octet-stream")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def deliver_maildir(folder: Path, msg: EmailMessage | bytes, when: datetime | None = None) -> None:
    """Deliver into a Maildir with a given delivery time (the file's mtime)."""
    import mailbox
    from email.utils import parsedate_to_datetime

    folder.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(folder, create=True)
    data = msg.as_bytes() if isinstance(msg, EmailMessage) else msg
    if when is None and isinstance(msg, EmailMessage) and msg["Date"]:
        when = parsedate_to_datetime(str(msg["Date"]))
    entry = mailbox.MaildirMessage(data)
    if when is not None:
        entry.set_date(when.timestamp())
    box.add(entry)
