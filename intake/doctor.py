"""`intake doctor`: a checklist of the set-up, one line per check, never a password.

    for check in run_checks(Path("config.toml")):
        print(check.line())   # "OK   database: sqlite:///…/intake.db … schema revision 0003 …"
                              # "FAIL SMTP login: … refused: 535 … : check outbox.password_env …"

Checks: the config (and where it came from), the data folders, the database and its schema,
each mailbox (IMAP login and folder, or the Maildir folder), the outbox (SMTP connect, TLS and
AUTH without sending anything, or the .eml folder), the PDF reader's helper process (it
reads one blank page), LibreOffice (a warning only: it is needed just for legacy
.doc/.wps/.et files).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from intake.config import MailboxSettings, Settings, load_config
from intake.errors import ConfigError, IntakeError, SourceError, StoreCorrupt, StoreError


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the checklist. `fix` says what to do when it is not OK."""

    name: str
    status: str  # "ok" | "warn" | "fail"
    detail: str
    fix: str = ""

    @property
    def failed(self) -> bool:
        return self.status == "fail"

    def line(self) -> str:
        head = {"ok": "OK  ", "warn": "WARN", "fail": "FAIL"}[self.status]
        text = f"{head} {self.name}: {self.detail}"
        return f"{text} : {self.fix}" if self.fix else text


def _ok(name: str, detail: str) -> Check:
    return Check(name, "ok", detail)


def _fail(name: str, detail: str, fix: str) -> Check:
    return Check(name, "fail", detail, fix)


def _writable(folder: Path) -> str | None:
    """None if files can be created in `folder` (made if missing), else the reason."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".doctor-", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def check_folders(settings: Settings) -> Iterator[Check]:
    folders = {
        "data folder": settings.data_dir,
        "archive folder": settings.archive_dir,
        "digest folder": settings.data_dir / "digests",
    }
    for name, folder in folders.items():
        problem = _writable(folder)
        if problem:
            yield _fail(
                name,
                f"{folder} is not writable ({problem})",
                "create it and give the daemon's user write access (chown/chmod)",
            )
        else:
            yield _ok(name, f"{folder} writable")


def _safe_url(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is reported by the open below
        return url.split("@")[-1]


def check_database(settings: Settings) -> Check:
    from intake.store import Store
    from intake.store.migrations import head, known

    url = settings.store_url
    shown = _safe_url(url)
    prefix = "sqlite:///"
    sqlite = url.startswith(prefix)
    if sqlite and ":memory:" not in url:
        path = Path(url.removeprefix(prefix))
        if not path.exists():
            problem = _writable(path.parent)
            if problem:
                return _fail(
                    "database",
                    f"{shown}: folder {path.parent} not writable ({problem})",
                    "give the daemon's user write access to that folder",
                )
            return _ok("database", f"{shown} not created yet; the first run creates it")
    try:
        store = Store.open(url, create=False)
        try:
            revision = store.revision()
        finally:
            store.engine.dispose()
    except StoreCorrupt as exc:
        return _fail(
            "database",
            str(exc).split(": restore")[0],
            "restore a backup, or move the file aside and run `intake rebuild` (sends nothing)",
        )
    except StoreError as exc:
        return _fail(
            "database",
            f"{shown}: {exc}",
            "check store.url, that the server runs and the user may connect",
        )
    current = head()
    if revision is None:
        return _ok("database", f"{shown} is empty; the first run creates the tables")
    if revision == current:
        return _ok("database", f"{shown} reachable, schema revision {revision} (current)")
    if not known(revision):
        return _fail(
            "database",
            f"{shown} is at schema revision {revision}, newer than this version ({current})",
            "use the program version that made it",
        )
    if sqlite:
        return Check(
            "database",
            "warn",
            f"{shown} is at schema revision {revision}, this version needs {current}",
            "the next start upgrades it, after a backup copy next to the file",
        )
    return _fail(
        "database",
        f"{shown} is at schema revision {revision}, this version needs {current}",
        "back it up (pg_dump), then run `intake db upgrade`",
    )


def check_integrity(settings: Settings) -> Check:
    """SQLite's quick_check over the whole file, and whether the database lost the history
    the data folder holds (which `intake rebuild` re-derives)."""
    from intake.context import Context
    from intake.store.maintenance import quick_check

    url = settings.store_url
    sqlite = url.startswith("sqlite:///")
    if sqlite and not Path(url.removeprefix("sqlite:///")).exists():
        return _ok("database integrity", "nothing to check yet")
    findings = quick_check(url) if sqlite else []  # PostgreSQL checks its own pages
    if findings:
        return _fail(
            "database integrity",
            f"PRAGMA quick_check: {'; '.join(findings[:3])}",
            "restore a backup, or move the file aside and run `intake rebuild`",
        )
    try:
        ctx = Context.open(settings, rebuilding=True)
        try:
            ctx.refuse_lost_history()
        finally:
            ctx.store.engine.dispose()
    except StoreError as exc:
        return _fail(
            "database integrity",
            str(exc).split("; starting")[0],
            "run `intake rebuild` (sends nothing) or restore a backup",
        )
    checked = "PRAGMA quick_check ok; " if sqlite else ""
    return _ok("database integrity", f"{checked}history matches the data folder")


def check_mailbox(settings: Settings, box: MailboxSettings | None = None) -> Check:
    """One mailbox (the first when `box` is None): the Maildir folder, or IMAP login,
    folder, IDLE and COMPRESS. With several mailboxes the check names which one."""
    from intake.sources import ImapSource, open_source

    box = box if box is not None else settings.mailbox
    section = settings.mailbox_section(box)
    several = len(settings.all_mailboxes) > 1
    suffix = f" {settings.mailbox_name(box)}" if several else ""
    ep = box.endpoint
    if ep.local:
        folder = settings.path(ep.path)
        problem = _writable(folder)
        if problem:
            return _fail(
                "mailbox" + suffix,
                f"Maildir {folder} not usable ({problem})",
                f"create the folder or fix {section}.url",
            )
        return _ok(
            "mailbox" + suffix, f"Maildir {folder} (no server; mail is read from this folder)"
        )
    name = "IMAP login" + suffix
    try:
        source = open_source(settings, box)
    except ConfigError as exc:
        return _fail(name, str(exc), f"set the variable or file named in [{section}]")
    assert isinstance(source, ImapSource)
    try:
        uidvalidity = source.open()
        client = source.client
        idle = bool(client and client.has_capability("IDLE"))
        compressed = source.compressed
    except SourceError as exc:
        fix = (
            "check the password (for 163/QQ mail: the app password / 授权码) in "
            f"{section}.password_env or password_file"
            if exc.permanent and "login" in str(exc)
            else f"check {section}.url (host, port, TLS scheme, folder) and that the server runs"
        )
        return _fail(name, str(exc), fix)
    finally:
        source.close()
    idle_text = "IDLE supported" if idle else "no IDLE: polling only"
    if compressed:
        deflate = "COMPRESS=DEFLATE on"
    elif box.compress:
        deflate = "uncompressed: the server offers no COMPRESS=DEFLATE"
    else:
        deflate = f"uncompressed ({section}.compress = false)"
    return _ok(
        name,
        f"{ep.user} at {ep.host}:{ep.port}, folder {ep.path!r} selected "
        f"(UIDVALIDITY {uidvalidity}; {idle_text}; {deflate})",
    )


def check_mailboxes(settings: Settings) -> Iterator[Check]:
    """Every configured mailbox, in config order."""
    for box in settings.all_mailboxes:
        try:
            yield check_mailbox(settings, box)
        except IntakeError as exc:
            yield _fail("mailbox", str(exc), "see the message")


def check_outbox(settings: Settings) -> Check:
    from outbox.deliver import DeliveryError, SmtpSender

    ep = settings.outbox.endpoint
    if ep.local:
        folder = settings.path(ep.path)
        problem = _writable(folder)
        if problem:
            return _fail(
                "outbox",
                f"{folder} not writable ({problem})",
                "create the folder or fix outbox.url",
            )
        return _ok("outbox", f"file mode: emails are written as .eml files to {folder}")
    try:
        password = settings.outbox.password(settings.base)
    except ConfigError as exc:
        return _fail("SMTP login", str(exc), "set the variable or file named in [outbox]")
    try:
        sender = SmtpSender(
            ep.scheme,
            ep.host,
            ep.port,
            ep.user,
            password,
            timeout=min(settings.outbox.timeout, 15),
        )
        sender.open()
        sender.close()
    except DeliveryError as exc:
        fix = (
            "check outbox.password_env / password_file (an app password / 授权码 for 163/QQ)"
            if "login" in str(exc)
            else "check outbox.url (host, port, smtps:// or smtp+starttls://) and the server"
        )
        return _fail("SMTP login", str(exc), fix)
    except ValueError as exc:
        return _fail("SMTP login", str(exc), "fix outbox.url")
    auth = f"logged in as {ep.user}" if password is not None else "no AUTH (no password set)"
    return _ok("SMTP login", f"{ep.scheme}://{ep.host}:{ep.port} connected, {auth}; nothing sent")


# A one-page PDF without text (offsets in the xref table counted by hand: a probe needs
# neither a file on disk nor a PDF writer).
_BLANK_PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>\nendobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
    b"0000000115 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n"
)


def check_pdf_reader() -> Check:
    from parsers.documents.pdf import read_pdf
    from parsers.model import ReadStatus

    doc = read_pdf(_BLANK_PDF)
    if doc.status is ReadStatus.IMAGE_ONLY:
        return _ok("PDF reader", "the PDFium helper process read a test page")
    return _fail(
        "PDF reader",
        f"a test page was not read: {doc.reason}",
        "reinstall the package's dependencies (pip install pypdfium2): until then every PDF "
        "attachment is listed as unreadable",
    )


def check_libreoffice() -> Check:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return _ok("LibreOffice", f"{found} (legacy .doc/.wps/.et files can be read)")
    return Check(
        "LibreOffice",
        "warn",
        "soffice not found: legacy .doc/.wps/.et attachments will be listed as unreadable",
        "install it (Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)",
    )


def run_checks(config: Path | None) -> Iterator[Check]:
    """Every check in order; stops after the config check if the config is invalid."""
    try:
        settings = load_config(config)
    except ConfigError as exc:
        for line in str(exc).splitlines():
            yield _fail("config", line, "fix the named key and run doctor again")
        return
    yield _ok("config", f"valid ({settings.source}; paths relative to {settings.base})")
    yield from check_folders(settings)
    database = check_database(settings)
    yield database
    if not database.failed:
        yield check_integrity(settings)
    yield from check_mailboxes(settings)
    try:
        yield check_outbox(settings)
    except IntakeError as exc:
        yield _fail("outbox", str(exc), "see the message")
    yield check_pdf_reader()
    yield check_libreoffice()
