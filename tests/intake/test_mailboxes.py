"""Several mailboxes, one campaign: [[mailboxes]] in the config, each polled with its own
UIDVALIDITY state, one IDLE watcher each, one matrix; the IMAP ID command 163/126 require."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from intake import jobs
from intake.cli import main
from intake.config import parse_config
from intake.daemon import Jobs
from intake.errors import ConfigError
from intake.pipeline import Context
from intake.sources import open_sources
from tests.fixtures.servers import Dovecot, free_port, make_dovecot
from tests.intake.helpers import PASSWORD_ENV, ROOT, TZ, deliver_maildir, docx_bytes, mail
from tests.intake.test_daemon import Daemon, start_daemon  # noqa: F401  (a fixture)

BASE = (ROOT / "config.toml").read_text(encoding="utf-8")
NOW = datetime(2020, 11, 4, 12, 0, tzinfo=TZ)
SENT = datetime(2020, 11, 4, 10, 0, tzinfo=TZ)
SCHOOL = "tajs@tajsxy.edu.cn"  # 泰安技师学院: a 技工院校, may write to 市人社局
COUNTY = "dyqjtj@ta.shandong.cn"  # 岱岳区教体局


def _parse(text: str, tmp_path: Path = ROOT):
    return parse_config(text, base=tmp_path, source="c.toml")


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        _parse(text)
    return str(info.value)


def _plan(sender: str, subject: str, n: int = 1) -> bytes:
    return mail(
        sender=sender,
        subject=subject,
        message_id=f"<mbox-{n}-{sender}>",
        files=[(f"活动周实施方案{n}.docx", docx_bytes(f"{subject}", "一、活动目的"))],
    ).as_bytes()


# --- the config ------------------------------------------------------------------------------


def test_default_config_reads_both_addresses_of_the_notice() -> None:
    settings = _parse(BASE)
    names = [settings.mailbox_name(b) for b in settings.all_mailboxes]
    assert names == ["市教育局", "市人社局"]
    assert [b.url for b in settings.all_mailboxes] == ["maildir:data/mail", "maildir:data/mail-rsj"]
    assert settings.mailbox is settings.all_mailboxes[0]
    assert set(settings.campaign.mailboxes) == {
        "jyj-zcjk01@ta.shandong.cn",
        "rsjzjk@ta.shandong.cn",
    }
    assert [settings.mailbox_section(b) for b in settings.all_mailboxes] == [
        "mailboxes[0]",
        "mailboxes[1]",
    ]


def _single(url: str = "maildir:data/mail", extra: str = "") -> str:
    start = BASE.index("\n[[mailboxes]]\n") + 1
    end = BASE.index("[store]")
    return BASE[:start] + f'[mailbox]\nurl = "{url}"\n{extra}\n' + BASE[end:]


def test_a_single_mailbox_table_is_still_accepted() -> None:
    settings = _parse(_single())
    assert len(settings.all_mailboxes) == 1
    assert settings.mailbox_section(settings.mailbox) == "mailbox"
    assert settings.mailbox.endpoint.path == "data/mail"


def test_both_forms_at_once_are_refused() -> None:
    text = _single() + '\n[[mailboxes]]\nurl = "maildir:data/other"\n'
    assert "use either [mailbox] (one mailbox) or [[mailboxes]] (several)" in _error(text)


def test_the_same_mailbox_twice_and_a_name_twice_are_named() -> None:
    twice = BASE.replace('url = "maildir:data/mail-rsj"', 'url = "maildir:data/mail"')
    assert "mailboxes[1].url: the same mailbox as mailboxes[0]" in _error(twice)
    named = BASE.replace('name = "市人社局"', 'name = "市教育局"')
    assert "mailboxes[1].name: '市教育局' is already the name of mailboxes[0]" in _error(named)


def test_an_address_of_a_mailbox_is_never_a_unit(tmp_path: Path) -> None:
    text = BASE.replace(
        'mailboxes = ["jyj-zcjk01@ta.shandong.cn", "rsjzjk@ta.shandong.cn"]', "mailboxes = []"
    )
    settings = _parse(text)
    assert set(settings.campaign.mailboxes) == {
        "jyj-zcjk01@ta.shandong.cn",
        "rsjzjk@ta.shandong.cn",
    }


def test_a_missing_password_names_the_mailbox_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace(
        'url = "maildir:data/mail-rsj"',
        'url = "imaps://rsjzjk@mail.example.cn/INBOX"\npassword_env = "INTAKE_TEST_NO_RSJ"',
    )
    monkeypatch.delenv("INTAKE_TEST_NO_RSJ", raising=False)
    with pytest.raises(ConfigError, match=r"^mailboxes\[1\]\.password_env: environment variable"):
        open_sources(_parse(text, tmp_path))


# --- two Maildirs, one matrix ------------------------------------------------------------------


def test_mail_in_either_maildir_feeds_one_matrix(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(BASE, encoding="utf-8")
    ctx = Context.open(_parse(BASE, tmp_path))
    deliver_maildir(tmp_path / "data" / "mail", _plan(COUNTY, "岱岳区教体局活动周实施方案"), SENT)
    deliver_maildir(
        tmp_path / "data" / "mail-rsj", _plan(SCHOOL, "泰安技师学院活动周实施方案"), SENT
    )
    report = jobs.poll_once(ctx, now=NOW)
    assert report.count("done") == 2
    assert {o.unit_id for o in report.outcomes} == {"daiyue", "tajsxy"}
    boxes = {s.name for s in open_sources(ctx.settings)}
    with ctx.store.session() as s:
        from sqlalchemy import select

        from intake.store import MessageRow

        rows = list(s.execute(select(MessageRow.mailbox, MessageRow.unit_id)))
    assert {(m, u) for m, u in rows} == {
        (f"maildir:{(tmp_path / 'data' / 'mail').resolve()}", "daiyue"),
        (f"maildir:{(tmp_path / 'data' / 'mail-rsj').resolve()}", "tajsxy"),
    }
    assert {m for m, _ in rows} == boxes
    plans = {
        st.unit_id: next(r for r in st.requirements if r.requirement_id == "plan").state
        for st in jobs.statuses(ctx, NOW)
    }
    assert plans["daiyue"] == "complete" and plans["tajsxy"] == "complete"
    assert plans["taishan"] == "missing"
    assert jobs.poll_once(ctx, now=NOW).outcomes == []  # nothing twice, from either


# --- two IMAP mailboxes on a real Dovecot --------------------------------------------------------


@pytest.fixture(scope="module")
def two_users() -> Iterator[Dovecot]:
    """A Dovecot with the two mailboxes of the notice as two users, logging IMAP ID."""
    root = Path(tempfile.mkdtemp(prefix="dc2-", dir="/tmp"))
    server = make_dovecot(root, users=("jyj", "rsj"), id_log=True)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _imap_config(tmp_path: Path, server: Dovecot, *, poll_every: str = "5m") -> Path:
    jyj, rsj = server, server.as_user("rsj")
    text = BASE.replace(
        'url = "maildir:data/mail"', f'url = "{jyj.url}"\npassword_env = "{PASSWORD_ENV}"'
    )
    text = text.replace(
        'url = "maildir:data/mail-rsj"', f'url = "{rsj.url}"\npassword_env = "{PASSWORD_ENV}"'
    )
    text = text.replace('poll_every = "5m"', f'poll_every = "{poll_every}"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _clear(server: Dovecot) -> None:
    for user in ("jyj", "rsj"):
        server.as_user(user).clear()


@pytest.mark.server
def test_two_imap_mailboxes_polled_each_with_its_own_state_and_the_id_command(
    tmp_path: Path,
    two_users: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _clear(two_users)
    monkeypatch.setenv(PASSWORD_ENV, "secret")
    path = _imap_config(tmp_path, two_users)
    ctx = Context.open(_parse(path.read_text(encoding="utf-8"), tmp_path))
    two_users.append(_plan(COUNTY, "岱岳区教体局活动周实施方案"))
    two_users.as_user("rsj").append(_plan(SCHOOL, "泰安技师学院活动周实施方案"))
    report = jobs.poll_once(ctx, now=NOW)
    assert sorted(o.unit_id or "" for o in report.outcomes) == ["daiyue", "tajsxy"]
    with ctx.store.session() as s:
        from sqlalchemy import select

        from intake.store import MessageRow

        rows = list(s.execute(select(MessageRow.mailbox, MessageRow.uidvalidity, MessageRow.uid)))
    assert {m for m, _, _ in rows} == {
        f"imap://jyj@127.0.0.1:{two_users.port}/INBOX",
        f"imap://rsj@127.0.0.1:{two_users.port}/INBOX",
    }
    assert all(v > 0 for _, v, _ in rows)  # each mailbox keeps its own UIDVALIDITY
    two_users.as_user("rsj").append(_plan(SCHOOL, "泰安技师学院活动周实施方案（修改稿）", 2))
    again = jobs.poll_once(ctx, now=NOW)
    assert [o.unit_id for o in again.outcomes] == ["tajsxy"]  # only the new one, once
    # doctor logs in to each, by its name
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        assert main(["--config", str(path), "doctor"]) == 0
    finally:  # main() sets up logging for a command line: leave it as the next test expects
        root.handlers[:] = handlers
        root.setLevel(level)
    lines = capsys.readouterr().out.splitlines()
    for name, user in (("市教育局", "jyj"), ("市人社局", "rsj")):
        [line] = [ln for ln in lines if ln[5:].startswith(f"IMAP login {name}:")]
        assert line.startswith("OK") and f"{user} at 127.0.0.1" in line and "IDLE supported" in line
    # Dovecot logs the ID each login sent (imap_id_log = *): both mailboxes identified
    log = two_users.log_text()
    ids = [ln for ln in log.splitlines() if "ID sent:" in ln and "name=notice-intake" in ln]
    assert {user for user in ("jyj", "rsj") for ln in ids if f"({user})" in ln} == {"jyj", "rsj"}


@pytest.mark.server
def test_one_mailbox_down_never_holds_up_the_other(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()  # nothing listens there
    text = BASE.replace(
        'url = "maildir:data/mail-rsj"',
        f'url = "imap://rsj@127.0.0.1:{port}/INBOX"\npassword_env = "{PASSWORD_ENV}"',
    )
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    settings = _parse(text, tmp_path)
    ctx = Context.open(settings)
    deliver_maildir(tmp_path / "data" / "mail", _plan(COUNTY, "岱岳区教体局活动周实施方案"))
    import os

    os.environ.setdefault(PASSWORD_ENV, "secret")
    box_jobs = Jobs(ctx, clock=lambda: NOW, progress=False)
    caplog.set_level(logging.INFO)
    report = box_jobs.poll()
    assert report is not None and [o.unit_id for o in report.outcomes] == ["daiyue"]
    assert box_jobs.mailboxes[1].health.down and not box_jobs.mailboxes[0].health.down
    deliver_maildir(
        tmp_path / "data" / "mail", _plan(COUNTY, "岱岳区教体局活动周实施方案（二稿）", 2)
    )
    report = box_jobs.poll()  # the IMAP one is backing off; the Maildir is read anyway
    assert report is not None and report.count("done") == 1
    down = [r.getMessage() for r in caplog.records if "retrying with backoff" in r.getMessage()]
    assert down == [
        f"IMAP server 127.0.0.1:{port} unreachable: connection refused; retrying with backoff"
    ]
    box_jobs.close()


@pytest.mark.server
@pytest.mark.slow
def test_the_daemon_idles_on_both_mailboxes(
    tmp_path: Path,
    two_users: Dovecot,
    start_daemon: Callable[..., Daemon],  # noqa: F811
) -> None:
    _clear(two_users)
    # an hour between polls: only IDLE can explain mail arriving in either mailbox
    d = start_daemon(_imap_config(tmp_path, two_users, poll_every="1h"))
    d.wait_for("two IDLE watchers", lambda: d.count("IMAP IDLE watching INBOX") == 2)
    assert d.count("mailboxes 市教育局") == 1 and "(IDLE on)" in d.text()
    time.sleep(1.0)  # the start-up polls are over
    assert d.done() == 0
    two_users.as_user("rsj").append(_plan(SCHOOL, "泰安技师学院活动周实施方案"))
    d.wait_for("mail of 市人社局 taken in by IDLE", lambda: d.done() == 1)
    two_users.append(_plan(COUNTY, "岱岳区教体局活动周实施方案"))
    d.wait_for("mail of 市教育局 taken in by IDLE", lambda: d.done() == 2)
    assert d.terminate() == 0
    assert "Traceback" not in d.text()
