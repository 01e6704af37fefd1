"""Foundation end to end: a real Dovecot mailbox to the unit's folder, exactly once."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path

import pytest

from intake import jobs
from intake.cli import main
from intake.pipeline import Context
from intake.sources import open_source
from tests.fixtures.servers import Dovecot
from tests.intake.helpers import PASSWORD_ENV, TZ, docx_bytes, mail, settings_for
from tests.reliability.common import db

NOW = datetime(2020, 11, 4, 12, 0, tzinfo=TZ)
PLAN = docx_bytes("泰安市岱岳区职业教育中心2020年职业教育活动周实施方案", "一、活动目的……")


@pytest.fixture()
def ctx(tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Context:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    return Context.open(settings_for(tmp_path, mailbox_url=dovecot.url))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _raw(
    subject_header: str, name_params: str, body: bytes, charset: str = "utf-8", cte: str = "8bit"
) -> bytes:
    """A mail built byte by byte, the way mail clients write these encodings."""
    return (
        b"From: =?gb2312?B?" + base64.b64encode("岱岳区职教中心".encode("gb2312")) + b"?= "
        b"<dyzjzx@ta.shandong.cn>\r\n"
        b"To: jyj-zcjk01@ta.shandong.cn\r\n"
        b"Subject: " + subject_header.encode("ascii") + b"\r\n"
        b"Date: Wed, 04 Nov 2020 10:00:00 +0800\r\n"
        b"Message-ID: <" + _b64(subject_header.encode())[:20].encode() + b"@client>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="BOUND"\r\n\r\n'
        b"--BOUND\r\n"
        b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n"
        b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n\r\n" + body + b"\r\n"
        b"--BOUND\r\n"
        b"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
        b"Content-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: attachment; "
        + name_params.encode("ascii")
        + b"\r\n\r\n"
        + base64.encodebytes(PLAN)
        + b"\r\n--BOUND--\r\n"
    )


def _q(text: str, charset: str) -> str:
    return "".join(f"={b:02X}" for b in text.encode(charset))


SUBJECT = "岱岳区职教中心活动周方案"
NAME = "活动周实施方案.docx"
GBK_NAME = _b64(NAME.encode("gbk"))
CASES = {
    "gb2312-B": (
        f"=?gb2312?B?{_b64(SUBJECT.encode('gb2312'))}?=",
        f'filename="=?gb2312?B?{_b64(NAME.encode("gb2312"))}?="',
    ),
    "gb2312-Q": (
        f"=?GB2312?Q?{_q(SUBJECT, 'gb2312')}?=",
        f'filename="=?GB2312?Q?{_q(NAME, "gb2312")}?="',
    ),
    "gbk-B": (f"=?GBK?B?{_b64(SUBJECT.encode('gbk'))}?=", f'filename="=?GBK?B?{GBK_NAME}?="'),
    "rfc2231-utf8": (
        f"=?UTF-8?B?{_b64(SUBJECT.encode())}?=",
        "filename*=UTF-8''" + "".join(f"%{b:02X}" for b in NAME.encode()),
    ),
    "rfc2231-gbk": (
        f"=?UTF-8?B?{_b64(SUBJECT.encode())}?=",
        "filename*=gbk''" + "".join(f"%{b:02X}" for b in NAME.encode("gbk")),
    ),
}


@pytest.mark.server
@pytest.mark.parametrize("case", sorted(CASES))
def test_chinese_encodings_arrive_decoded_and_filed(
    ctx: Context, dovecot: Dovecot, case: str
) -> None:
    subject, params = CASES[case]
    body = "请查收附件。".encode("gbk")
    dovecot.append(_raw(subject, params, body, charset="gbk"))
    report = jobs.poll_once(ctx, now=NOW)
    [outcome] = report.outcomes
    assert outcome.state == "done"
    assert outcome.subject == SUBJECT
    assert outcome.unit_id == "dyzjzx"
    [filed] = outcome.files
    assert filed.name == NAME
    assert filed.path.startswith("dyzjzx/plan/") and filed.path.endswith("_" + NAME)
    assert (ctx.archive.root / filed.path).read_bytes() == PLAN


@pytest.mark.server
def test_second_poll_takes_nothing_and_seen_flags_stay(ctx: Context, dovecot: Dovecot) -> None:
    dovecot.append(
        mail(sender="dyzjzx@ta.shandong.cn", subject="活动周方案", files=[("方案.docx", PLAN)]),
        flags=[b"\\Seen"],
    )
    dovecot.append(
        mail(
            sender="fczz@ta.shandong.cn", subject="活动周方案", files=[("肥城职专方案.docx", PLAN)]
        )
    )
    with dovecot.client() as c:
        before = {uid: set(v[b"FLAGS"]) for uid, v in c.fetch(c.search("ALL"), ["FLAGS"]).items()}
    first = jobs.poll_once(ctx, now=NOW)
    assert [o.state for o in first.outcomes] == ["done", "done"]
    assert jobs.poll_once(ctx, now=NOW).outcomes == []
    with dovecot.client() as c:
        after = {uid: set(v[b"FLAGS"]) for uid, v in c.fetch(c.search("ALL"), ["FLAGS"]).items()}
    assert after == before
    assert b"\\Seen" not in after[max(after)]


@pytest.mark.server
def test_crash_after_commit_before_move_duplicates_nothing(
    tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    ctx = Context.open(
        settings_for(tmp_path, mailbox_url=dovecot.url, extra_mailbox='move_to = "Campaign"')
    )
    dovecot.append(
        mail(sender="dyzjzx@ta.shandong.cn", subject="活动周方案", files=[("方案.docx", PLAN)])
    )
    source = open_source(ctx.settings)

    def crash(uids, folder):  # the process dies between the commit and the move
        raise KeyboardInterrupt

    monkeypatch.setattr(source, "move", crash)
    with pytest.raises(KeyboardInterrupt):
        jobs.poll_once(ctx, now=NOW, source=source)
    source.close()
    again = jobs.poll_once(ctx, now=NOW)  # a fresh process: the real move now works
    assert again.outcomes == []
    with db(ctx.settings) as con:
        assert con.execute("select count(*) from messages where state='done'").fetchone() == (1,)
        assert con.execute("select count(*) from attachments").fetchone() == (1,)
    assert len(list((ctx.archive.root / "dyzjzx" / "plan").iterdir())) == 1


@pytest.mark.server
def test_changed_uidvalidity_duplicates_nothing(ctx: Context, dovecot: Dovecot) -> None:
    msg = mail(
        sender="dyzjzx@ta.shandong.cn",
        subject="活动周方案",
        files=[("方案.docx", PLAN)],
        message_id="<fixed-1@client>",
    )
    dovecot.append(msg)
    assert jobs.poll_once(ctx, now=NOW).count("done") == 1
    dovecot.recreate_inbox()  # the server renumbers: new UIDVALIDITY, same message
    dovecot.append(msg)
    second = jobs.poll_once(ctx, now=NOW)
    assert [o.state for o in second.outcomes] == ["duplicate"]
    assert len(list((ctx.archive.root / "dyzjzx" / "plan").iterdir())) == 1


@pytest.mark.server
def test_unrelated_mail_is_ignored_and_its_content_not_kept(ctx: Context, dovecot: Dovecot) -> None:
    secret = "UNRELATED-CONTENT-7f3a"
    dovecot.append(
        mail(
            sender="friend@example.com",
            subject="周末聚餐",
            body=f"周六见 {secret}",
            files=[("menu.txt", secret.encode())],
        )
    )
    report = jobs.poll_once(ctx, now=NOW)
    assert [o.state for o in report.outcomes] == ["ignored"]
    db_path = Path(ctx.settings.store_url.removeprefix("sqlite:///"))
    ctx.store.engine.dispose()
    for path in [db_path, *ctx.settings.data_dir.rglob("*")]:
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    with db(ctx.settings) as con:
        row = con.execute("select state, subject, raw_path from messages")
    assert row.fetchone() == ("ignored", "周末聚餐", "")


MALFORMED = [
    # broken MIME boundary: the closing delimiter never comes
    b"From: dyzjzx@ta.shandong.cn\r\nSubject: =?utf-8?B?5rS75Yqo5ZGo5pa55qGI?=\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n'
    b"--XX\r\nContent-Type: text/plain\r\n\r\nbody\r\n--XX\r\n"
    b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
    b'filename="a.docx"\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBAo=\r\n',
    # unknown charset and a 0-byte attachment named ../../etc/passwd
    b"From: dyzjzx@ta.shandong.cn\r\nSubject: =?x-unknown?B?5rS75Yqo?=\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="YY"\r\n\r\n'
    b"--YY\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n\xb6\xab\xc6\xbd\r\n--YY\r\n"
    b"Content-Type: application/octet-stream\r\n"
    b'Content-Disposition: attachment; filename="../../etc/passwd"\r\n\r\n\r\n--YY\r\n'
    b"Content-Type: application/octet-stream\r\n"
    b'Content-Disposition: attachment; filename="C:\\\\x\\\\y.docx"\r\n\r\n'
    b"not a docx\r\n--YY--\r\n",
]


@pytest.mark.server
def test_malformed_mail_is_kept_listed_and_does_not_stop_the_poll(
    ctx: Context, dovecot: Dovecot, tmp_path: Path
) -> None:
    for raw in MALFORMED:
        dovecot.append(raw)
    dovecot.append(
        mail(sender="dyzjzx@ta.shandong.cn", subject="活动周方案", files=[("方案.docx", PLAN)])
    )
    before = {p for p in Path("/").glob("etc/*")}
    report = jobs.poll_once(ctx, now=NOW)
    assert len(report.outcomes) == 3
    assert report.outcomes[-1].state == "done"
    for outcome in report.outcomes[:2]:
        assert outcome.state in ("done", "failed")
    raws = list((ctx.archive.root / "_raw").glob("*.eml"))
    assert len(raws) == 3
    # every file written lies inside the archive or the data folder
    assert {p for p in Path("/").glob("etc/*")} == before
    for p in tmp_path.rglob("*"):
        assert p.resolve().is_relative_to(tmp_path.resolve())
    names = [p.name for p in ctx.archive.root.rglob("*") if p.is_file()]
    assert any(n.endswith("_passwd") for n in names) and any(n.endswith("_y.docx") for n in names)
    from intake.corrections import problems

    kinds = {p.kind for p in problems(ctx)}
    assert "unreadable" in kinds  # the broken docx is listed for staff


@pytest.mark.server
def test_wrong_password_is_one_clear_line(
    tmp_path: Path,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings_for(tmp_path, mailbox_url=dovecot.url)
    monkeypatch.setenv(PASSWORD_ENV, "wrong-password-xyz")
    assert main(["--config", str(tmp_path / "config.toml"), "poll", "--once"]) == 1
    err = capsys.readouterr().err
    assert "IMAP login refused for staff" in err
    assert "Traceback" not in err and "wrong-password-xyz" not in err


def test_unreachable_host_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.fixtures.servers import free_port

    settings_for(tmp_path, mailbox_url=f"imap://staff@127.0.0.1:{free_port()}/INBOX")
    monkeypatch.setenv(PASSWORD_ENV, "x")
    assert main(["--config", str(tmp_path / "config.toml"), "poll"]) == 1
    err = capsys.readouterr().err
    assert "unreachable: connection refused" in err and "Traceback" not in err


def test_maildir_default_runs_with_no_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The embedded defaults: no config file, a Maildir under ./data, file outbox."""
    import mailbox

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INTAKE_CONFIG", raising=False)
    (tmp_path / "data").mkdir()
    box = mailbox.Maildir(tmp_path / "data" / "mail", create=True)
    box.add(
        mail(
            sender="fczz@ta.shandong.cn", subject="肥城职专活动周方案", files=[("方案.docx", PLAN)]
        ).as_bytes()
    )
    assert main(["--now", "2020-11-04T12:00", "poll", "--once"]) == 0
    out = capsys.readouterr().out
    assert "unit: fczz (sender-address" in out and "1 taken in" in out
    assert list((tmp_path / "data" / "archive" / "fczz" / "plan").glob("*_方案.docx"))
    assert main(["--now", "2020-11-04T12:00", "poll", "--once"]) == 0
    assert "0 message(s)" in capsys.readouterr().out


@pytest.mark.server
def test_big_messages_are_fetched_one_at_a_time(
    ctx: Context, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.sources import imap

    monkeypatch.setattr(imap, "BIG_MESSAGE", 100_000)
    big = docx_bytes("肥城职专活动周稿件", "图片" * 10) + bytes(range(256)) * 400  # ~140 KB mail
    for i in range(3):
        dovecot.append(
            mail(sender="fczz@ta.shandong.cn", subject=f"稿件{i}", files=[(f"稿件{i}.docx", PLAN)])
        )
    for i in range(2):
        dovecot.append(
            mail(
                sender="fczz@ta.shandong.cn",
                subject=f"大附件{i}",
                files=[(f"大{i}.docx", big + bytes([i]))],
            )
        )
    source = open_source(ctx.settings)
    groups: list[list[int]] = []
    original = source._whole

    def spy(batch: list[int]):
        groups.append(list(batch))
        return original(batch)

    monkeypatch.setattr(source, "_whole", spy)
    report = jobs.poll_once(ctx, now=NOW, source=source)
    source.close()
    assert report.count("done") == 5
    assert sorted(len(g) for g in groups) == [1, 1, 3]


@pytest.mark.server
def test_imaplib_formats_responses_only_when_its_debug_log_is_on(
    ctx: Context, caplog: pytest.LogCaptureFixture
) -> None:
    """imaplib at debug level 5 (as IMAPClient sets it) builds a %r text of every response,
    message literals included, even when nothing logs it: off unless the log is on."""
    source = open_source(ctx.settings)
    try:
        source.open()
        assert source.client is not None and source.client._imap.debug == 0
    finally:
        source.close()
    caplog.set_level("DEBUG", logger="imapclient.imaplib")
    source = open_source(ctx.settings)
    try:
        source.open()
        assert source.client is not None and source.client._imap.debug == 5
        assert any(r.name == "imapclient.imaplib" for r in caplog.records)
    finally:
        source.close()
