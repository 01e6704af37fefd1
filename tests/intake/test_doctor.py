"""`intake doctor` against a real Dovecot and a real aiosmtpd with AUTH."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.cli import main
from intake.doctor import check_pdf_reader
from intake.store import Store
from parsers.documents.pdf import stop_helpers
from tests.fixtures.servers import Dovecot, SmtpSink, free_port, start_smtp
from tests.intake.helpers import PASSWORD_ENV, settings_for

SMTP_USER, SMTP_PASSWORD = "intake", "smtp-Secret-42"
SMTP_ENV = "INTAKE_TEST_SMTP_PASSWORD"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() sets up logging on the root logger; leave it as the next test expects."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture()
def smtp_auth() -> Iterator[SmtpSink]:
    sink = start_smtp(auth=(SMTP_USER, SMTP_PASSWORD))
    try:
        yield sink
    finally:
        sink.controller.stop()  # type: ignore[union-attr]


def _config(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink) -> Path:
    settings_for(
        tmp_path,
        mailbox_url=dovecot.url,
        outbox_url=f"smtp://{SMTP_USER}@127.0.0.1:{smtp.port}",
        extra_outbox=f'password_env = "{SMTP_ENV}"',
    )
    return tmp_path / "config.toml"


def _doctor(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    status = main(["--config", str(config), "doctor"])
    out = capsys.readouterr()
    return status, out.out.splitlines(), out.err


def _line(lines: list[str], name: str) -> str:
    found = [line for line in lines if line[5:].startswith(name + ":")]
    assert len(found) == 1, lines
    return found[0]


@pytest.mark.server
def test_all_ok_against_real_servers(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_auth: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    monkeypatch.setenv(SMTP_ENV, SMTP_PASSWORD)
    status, lines, err = _doctor(_config(tmp_path, dovecot, smtp_auth), capsys)
    assert status == 0, lines
    assert all(line.startswith(("OK ", "WARN ")) for line in lines), lines
    assert _line(lines, "config").startswith("OK")
    assert str(tmp_path / "config.toml") in _line(lines, "config")
    imap = _line(lines, "IMAP login 市教育局")
    assert imap.startswith("OK") and "INBOX" in imap and "IDLE supported" in imap
    assert "COMPRESS=DEFLATE on" in imap  # the test Dovecot offers it (imap_zlib)
    smtp = _line(lines, "SMTP login")
    assert smtp.startswith("OK") and f"logged in as {SMTP_USER}" in smtp
    assert _line(lines, "database").startswith("OK")
    assert _line(lines, "PDF reader").startswith("OK")
    assert smtp_auth.received() == []  # nothing was sent
    text = "\n".join(lines) + err
    assert SMTP_PASSWORD not in text and dovecot.password not in text


@pytest.mark.server
def test_wrong_smtp_password_fails_that_line(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_auth: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    monkeypatch.setenv(SMTP_ENV, "wrong-password-99")
    status, lines, err = _doctor(_config(tmp_path, dovecot, smtp_auth), capsys)
    assert status == 1
    smtp = _line(lines, "SMTP login")
    assert smtp.startswith("FAIL")
    assert "refused" in smtp and "password" in smtp.split(" : ", 1)[1]
    assert _line(lines, "IMAP login 市教育局").startswith("OK")
    assert [line for line in lines if line.startswith("FAIL")] == [smtp]
    assert "1 check(s) failed" in err
    assert "wrong-password-99" not in "\n".join(lines) + err
    assert "Traceback" not in err


@pytest.mark.server
def test_wrong_imap_password_and_unreachable_smtp(
    tmp_path: Path,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")
    monkeypatch.setenv(SMTP_ENV, SMTP_PASSWORD)
    nobody = SmtpSink(host="127.0.0.1", port=free_port())  # nothing listens there
    status, lines, _ = _doctor(_config(tmp_path, dovecot, nobody), capsys)
    assert status == 1
    imap = _line(lines, "IMAP login 市教育局")
    assert imap.startswith("FAIL") and "refused" in imap and "授权码" in imap
    smtp = _line(lines, "SMTP login")
    assert smtp.startswith("FAIL") and "connection refused" in smtp.lower()
    assert "not-the-password" not in "\n".join(lines)


def test_bad_config_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings_for(tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('poll_every = "5m"', 'poll_every = "often"'),
        encoding="utf-8",
    )
    status, lines, _ = _doctor(config, capsys)
    assert status == 1
    assert len(lines) == 1
    assert lines[0].startswith("FAIL config:") and "schedule.poll_every" in lines[0]


def test_offline_defaults_and_an_old_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path)  # Maildir + file outbox: no server
    config = tmp_path / "config.toml"
    status, lines, _ = _doctor(config, capsys)
    assert status == 0, lines
    assert "not created yet" in _line(lines, "database")
    assert _line(lines, "mailbox 市教育局").startswith("OK   mailbox 市教育局: Maildir")
    assert _line(lines, "mailbox 市人社局").startswith("OK   mailbox 市人社局: Maildir")
    assert _line(lines, "outbox").startswith("OK   outbox: file mode")
    assert _line(lines, "LibreOffice").startswith(("OK", "WARN"))

    store = Store.open(settings.store_url)
    with store.engine.begin() as conn:  # a revision only a newer version knows
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.engine.dispose()
    status, lines, _ = _doctor(config, capsys)
    assert status == 1
    db = _line(lines, "database")
    assert db.startswith("FAIL") and "revision 9999, newer than this version" in db


def test_unwritable_archive_is_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_for(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "archive").write_text("a file where the folder should be")
    status, lines, _ = _doctor(tmp_path / "config.toml", capsys)
    assert status == 1
    line = _line(lines, "archive folder")
    assert line.startswith("FAIL") and " : " in line


def test_a_broken_pdf_library_fails_the_pdf_reader_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken installation, for real: the helper process imports a pypdfium2 that
    raises. Every PDF would be unreadable; doctor says so and how to fix it."""
    broken = tmp_path / "site" / "pypdfium2"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('libpdfium.so: cannot open')\n")
    stop_helpers()  # this process may hold a working helper from an earlier test
    monkeypatch.setenv("PYTHONPATH", str(broken.parent))
    try:
        check = check_pdf_reader()
    finally:
        stop_helpers()
    assert check.failed
    assert "PDF reader ended while reading it" in check.detail
    assert "pip install pypdfium2" in check.fix
