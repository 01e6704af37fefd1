"""Secrets: the IMAP and SMTP passwords (and wrong ones typed by mistake) appear in no log
line, no command output, no exception message, no file of the data folder and not in the
store, across a full cycle with a real Dovecot and an aiosmtpd server that requires AUTH,
a wrong-password run and a server-down run."""

from __future__ import annotations

import base64
import os
import shutil
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.postgres import on_postgres
from tests.fixtures.servers import Dovecot, free_port, start_smtp
from tests.intake.helpers import TZ, docx_bytes, mail
from tests.reliability.common import intake_env, run_cli, store_rows, write_config

IMAP_PW = "Imap-Pw-7c1q-Zx9"
SMTP_PW = "Smtp-Pw-9f3k-Qw2"
WRONG_IMAP = "Wrong-Imap-4hd8"
WRONG_SMTP = "Wrong-Smtp-6ty1"
SECRETS = [IMAP_PW, SMTP_PW, WRONG_IMAP, WRONG_SMTP]


def _forms(secret: str) -> list[bytes]:
    """The password as it could leak: plain, and inside SMTP AUTH PLAIN/LOGIN base64."""
    raw = secret.encode()
    return [
        raw,
        base64.b64encode(raw),
        base64.b64encode(b"\0mailer\0" + raw),
        base64.b64encode(b"\0leaktest\0" + raw),
    ]


def _add_imap_user(dovecot: Dovecot) -> str:
    """A second Dovecot user with a distinctive password (the fixture's is a plain word)."""
    home = dovecot.root / "mail" / "leaktest"
    home.mkdir(parents=True, exist_ok=True)
    shutil.chown(home, "nobody", "nogroup")
    users = dovecot.root / "users"
    if "leaktest:" not in users.read_text():
        with users.open("a") as f:
            f.write(f"leaktest:{{PLAIN}}{IMAP_PW}:65534:65534::{home}::\n")
        time.sleep(1.1)  # passwd-file is re-read when its mtime changes
    return f"imap://leaktest@127.0.0.1:{dovecot.port}/INBOX"


@pytest.mark.server
def test_no_password_anywhere_in_a_full_run(tmp_path: Path, dovecot: Dovecot) -> None:
    from imapclient import IMAPClient

    url = _add_imap_user(dovecot)
    smtp = start_smtp(auth=("mailer", SMTP_PW))
    try:
        with IMAPClient("127.0.0.1", port=dovecot.port, ssl=False, timeout=10) as c:
            c.login("leaktest", IMAP_PW)
            for i, sender in enumerate(("fczz@ta.shandong.cn", "someone@163.com")):
                m = mail(
                    sender=sender,
                    subject=f"活动周方案 {i}",
                    files=[("方案.docx", docx_bytes("肥城职专活动周方案"))],
                    message_id=f"<leak{i}@x>",
                )
                c.append("INBOX", m.as_bytes(), msg_time=datetime(2020, 11, 4, 9, i, tzinfo=TZ))
        cfg, settings = write_config(
            tmp_path,
            mailbox_url=url,
            outbox_url=f"smtp://mailer@127.0.0.1:{smtp.port}",
            mailbox_extra={"password_env": '"NI_IMAP_PW"'},
            outbox_extra={"password_env": '"NI_SMTP_PW"'},
        )
        good = intake_env(NI_IMAP_PW=IMAP_PW, NI_SMTP_PW=SMTP_PW)
        logs = tmp_path / "logs"
        now = ["--now", "2020-11-05T09:00"]

        def run(tag: str, args: list[str], env: dict[str, str], fmt: str = "text") -> int:
            return run_cli(
                ["-v", "--log-format", fmt, "--config", str(cfg), *now, *args],
                env,
                logs,
                tag,
                timeout=300,
            )

        assert run("poll", ["poll"], good) == 0
        kinds = [m["X-Notice-Intake"] for m in smtp.received()]
        assert kinds and set(kinds) == {"ack"}  # acknowledgements went out over AUTH
        for tag, args in (
            ("status", ["status", "--json"]),
            ("status-table", ["status"]),
            ("problems", ["problems"]),
            ("remind", ["remind"]),
            ("digest", ["digest"]),
            ("export", ["export", str(logs / "b.xlsx")]),
            ("flush", ["flush"]),
        ):
            assert run(tag, args, good) == 0, (logs / f"{tag}.err").read_text()
        run("doctor", ["doctor"], good)
        run("poll-json", ["poll"], good, fmt="json")
        # wrong passwords: both servers refuse; the commands fail with a message
        bad = intake_env(NI_IMAP_PW=WRONG_IMAP, NI_SMTP_PW=WRONG_SMTP)
        run("poll-wrong", ["poll"], bad)
        run("remind-wrong", ["remind", "--now", "2020-11-06T18:00"], bad)
        run("flush-wrong", ["flush", "--now", "2020-11-07T09:00"], bad)
        run("doctor-wrong", ["doctor"], bad)
        run("poll-wrong-json", ["poll"], bad, fmt="json")
        wrong_out = (logs / "poll-wrong.err").read_text() + (logs / "poll-wrong.out").read_text()
        assert "login" in wrong_out.lower() or "auth" in wrong_out.lower()
    finally:
        smtp.controller.stop()  # type: ignore[union-attr]
    # servers down: nothing listens on either port
    (tmp_path / "down").mkdir()
    down_cfg, _ = write_config(
        tmp_path / "down",
        mailbox_url=f"imap://leaktest@127.0.0.1:{free_port()}/INBOX",
        outbox_url=f"smtp://mailer@127.0.0.1:{free_port()}",
        mailbox_extra={"password_env": '"NI_IMAP_PW"'},
        outbox_extra={"password_env": '"NI_SMTP_PW"'},
    )
    for tag, args in (
        ("poll-down", ["poll"]),
        ("doctor-down", ["doctor"]),
        ("flush-down", ["flush"]),
    ):
        run_cli(
            ["-v", "--config", str(down_cfg), "--now", "2020-11-05T09:00", *args],
            good,
            logs,
            tag,
            timeout=300,
        )
    down = (logs / "poll-down.err").read_text() + (logs / "poll-down.out").read_text()
    assert "refused" in down.lower() or "connect" in down.lower(), down[-500:]
    # copy the sent acknowledgement into the scanned folder too
    (logs / "sent.eml").write_bytes(b"\n".join(m.as_bytes() for m in smtp.received()))
    if on_postgres():  # the database is no file there: every row of it is scanned instead
        (tmp_path / "intake.db.rows").write_bytes(store_rows(settings))
    scanned = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name in ("intake.db", "intake.db.rows") for p in scanned)
    assert any(p.suffix == ".html" for p in scanned)  # the digest
    leaks = [
        (str(p.relative_to(tmp_path)), secret)
        for p in scanned
        for secret in SECRETS
        if any(form in p.read_bytes() for form in _forms(secret))
    ]
    assert leaks == []
    assert os.environ.get("NI_IMAP_PW") is None  # the test never leaked it to itself either
