"""IMAP COMPRESS=DEFLATE (RFC 4978) against a real Dovecot (imap_zlib).

With compression the same mail is filed as without it, from fewer bytes read off the
socket; a server without COMPRESS, or one that refuses it, is read as before; with
`compress = false` the command is never sent; IDLE still wakes on new mail, also when the
announcement came in with the line before it and sits inflated in our buffer (those two:
test_imap_idle.py).

Bytes are counted as `bench/child.py` counts them: on socket.socket's recv/recv_into (and
sendall for what we send), so plain `imap://` connections only.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import socket
import ssl
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from intake import jobs
from intake.config import Settings, parse_config
from intake.feed.screening import SCREEN_MIN
from intake.idle import is_new_mail
from intake.pipeline import Context
from intake.sources import open_source
from intake.sources.imap import ImapSource
from tests.fixtures.servers import Dovecot, make_dovecot
from tests.intake.helpers import PASSWORD_ENV, TZ, docx_bytes, mail, settings_for
from tests.reliability.common import Db

NOW = datetime(2020, 11, 20, 12, 0, tzinfo=TZ)
PLAN = docx_bytes("2020年职业教育活动周实施方案", "一、活动目的", "二、活动内容……")
PLAN_2 = docx_bytes("东平县职业中等专业学校活动周方案", "一、活动目的")
ARTICLE = docx_bytes("宁阳县职业中专开展职业教育活动周宣传", "活动周期间，我校……")
IMAP_LOG = "intake.sources.imap"


# --- the wire ----------------------------------------------------------------------------


@dataclass
class Wire:
    """What this process read from and wrote to sockets since the last reset."""

    received: int = 0
    sent: bytearray = field(default_factory=bytearray)

    def reset(self) -> None:
        self.received = 0
        self.sent.clear()


@pytest.fixture()
def wire(monkeypatch: pytest.MonkeyPatch) -> Wire:
    counted = Wire()
    recv, recv_into, sendall = socket.socket.recv, socket.socket.recv_into, socket.socket.sendall

    def counting_recv(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        data = recv(self, *args, **kwargs)
        counted.received += len(data)
        return data

    def counting_recv_into(self, buffer, *args, **kwargs):  # type: ignore[no-untyped-def]
        n = recv_into(self, buffer, *args, **kwargs)
        counted.received += n
        return n

    def recording_sendall(self, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        counted.sent += bytes(data)
        return sendall(self, data, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "recv", counting_recv)
    monkeypatch.setattr(socket.socket, "recv_into", counting_recv_into)
    monkeypatch.setattr(socket.socket, "sendall", recording_sendall)
    return counted


# --- servers and mail --------------------------------------------------------------------


@pytest.fixture()
def dovecot_without_compress() -> Iterator[Dovecot]:
    """A Dovecot of its own that does not offer COMPRESS=DEFLATE."""
    root = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))  # short: socket path length
    server = make_dovecot(root, compress=False)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _campaign() -> list:
    return [
        mail(
            sender="fczz@ta.shandong.cn",
            subject="肥城职专活动周方案",
            files=[("方案.docx", PLAN)],
            message_id="<plan@fczz>",
        ),
        mail(
            sender="someone@qq.com",
            subject="东平县职业中等专业学校活动周方案",
            files=[("东平职专方案.docx", PLAN_2)],
            message_id="<plan@qq>",
        ),
        mail(
            sender="teacher@163.com",
            subject="材料请查收",
            body="我校（宁阳县职业中专）的宣传材料见附件。",
            files=[("宣传材料.docx", ARTICLE)],
            message_id="<article@163>",
        ),
    ]


def _office(i: int):
    return mail(
        sender=f"colleague{i}@office.example.cn",
        subject=f"食堂下周菜单 {i}",
        body="各位同事：请于周五前提交部门工作总结。" * 5,
        message_id=f"<office{i}@example.cn>",
    )


def _shared_mailbox(dovecot: Dovecot) -> None:
    """Campaign mail among enough other mail for the server to be asked which is ours."""
    msgs = [_office(i) for i in range(SCREEN_MIN + 5)]
    msgs[3:3] = _campaign()
    with dovecot.client() as c:
        for msg in msgs:
            c.append("INBOX", msg.as_bytes(), msg_time=datetime(2020, 11, 4, 9, 0, tzinfo=TZ))


def _settings(path: Path, dovecot: Dovecot, *, compress: bool) -> Settings:
    """The shipped config (it says `compress = true`) at `dovecot`, compress as given."""
    path.mkdir(parents=True, exist_ok=True)
    settings_for(path, mailbox_url=dovecot.url)
    config = path / "config.toml"
    text = config.read_text(encoding="utf-8")
    assert "\ncompress = true\n" in text
    text = text.replace("\ncompress = true\n", f"\ncompress = {str(compress).lower()}\n")
    config.write_text(text, encoding="utf-8")
    return parse_config(text, base=path, source=str(config))


@dataclass
class Run:
    stored: tuple
    received: int
    sent: bytes
    compressed_logged: bool


def _poll(
    path: Path, dovecot: Dovecot, wire: Wire, caplog: pytest.LogCaptureFixture, compress: bool
) -> Run:
    ctx = Context.open(_settings(path, dovecot, compress=compress))
    caplog.clear()
    wire.reset()
    report = jobs.poll_once(ctx, now=NOW)
    received, sent = wire.received, bytes(wire.sent)
    assert report.count("done") == len(_campaign())
    assert report.count("ignored") == SCREEN_MIN + 5
    logged = any("COMPRESS=DEFLATE on" in r.getMessage() for r in caplog.records)
    return Run(_stored(ctx), received, sent, logged)


def _stored(ctx: Context) -> tuple:
    """The rows and files a poll left, without what differs between two runs anyway
    (row ids, claim times, the data folder)."""
    ctx.store.engine.dispose()
    with Db(ctx.settings) as db:
        messages = sorted(
            db.execute(
                "select uid, state, message_id, sha256, size, raw_path, subject, from_addr,"
                " unit_id, unit_rule, relevance, problems from messages"
            )
        )
        attachments = sorted(
            db.execute(
                "select m.uid, a.idx, a.filename, a.sha256, a.size, a.category, a.path"
                " from attachments a join messages m on m.id = a.message_pk"
            )
        )
        items = db.execute("select count(*) from items").fetchone()
    root = ctx.archive.root
    files = sorted(
        (p.relative_to(root).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest())
        for p in root.rglob("*")
        if p.is_file()
    )
    return messages, attachments, items, files


# --- polls -------------------------------------------------------------------------------


def _poll_both_ways(
    tmp_path: Path,
    dovecot: Dovecot,
    wire: Wire,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Run, Run]:
    """The same shared mailbox polled compressed, then uncompressed."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    caplog.set_level(logging.INFO, logger=IMAP_LOG)
    _shared_mailbox(dovecot)
    on = _poll(tmp_path / "on", dovecot, wire, caplog, compress=True)
    off = _poll(tmp_path / "off", dovecot, wire, caplog, compress=False)
    return on, off


@pytest.mark.server
def test_compressed_poll_files_the_same_mail_as_an_uncompressed_one(
    tmp_path: Path,
    dovecot: Dovecot,
    wire: Wire,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on, off = _poll_both_ways(tmp_path, dovecot, wire, caplog, monkeypatch)
    assert on.compressed_logged and not off.compressed_logged
    messages, attachments, items, files = on.stored
    assert items[0] > 0
    assert len(messages) == len(_campaign()) + SCREEN_MIN + 5
    assert len(attachments) == len(_campaign()) and files
    assert on.stored == off.stored


@pytest.mark.server
def test_compressed_poll_reads_fewer_bytes(
    tmp_path: Path,
    dovecot: Dovecot,
    wire: Wire,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on, off = _poll_both_ways(tmp_path, dovecot, wire, caplog, monkeypatch)
    assert on.compressed_logged
    assert 0 < on.received < off.received, (on.received, off.received)
    # what we send is compressed too: only the COMPRESS command itself reads as text
    assert b"UID SEARCH" in off.sent and b"UID SEARCH" not in on.sent
    assert on.sent.count(b"COMPRESS DEFLATE") == 1


@pytest.mark.server
def test_compress_false_never_sends_the_command(
    tmp_path: Path, dovecot: Dovecot, wire: Wire, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    for compress, expected in ((False, False), (True, True)):
        source = open_source(_settings(tmp_path / str(compress), dovecot, compress=compress))
        assert isinstance(source, ImapSource)
        wire.reset()
        try:
            source.open()
            assert source.new_uids(0, set) == []
            assert source.compressed is expected
        finally:
            source.close()
        assert (b"COMPRESS" in wire.sent) is expected


def test_compress_is_on_by_default(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, mailbox_url="imap://staff@127.0.0.1:1/INBOX")
    assert settings.mailbox.compress is True


@pytest.mark.server
def test_server_without_compress_is_read_as_before(
    tmp_path: Path,
    dovecot_without_compress: Dovecot,
    wire: Wire,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = dovecot_without_compress
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    caplog.set_level(logging.INFO, logger=IMAP_LOG)
    _shared_mailbox(server)
    run = _poll(tmp_path / "plain", server, wire, caplog, compress=True)
    assert not run.compressed_logged
    assert b"COMPRESS" not in run.sent
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.server
def test_server_refusing_compress_bad_is_read_uncompressed_with_a_warning(
    tmp_path: Path,
    dovecot_without_compress: Dovecot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server advertises COMPRESS=DEFLATE but has no such command (BAD)."""
    server = dovecot_without_compress
    server.stop()
    server.conf.write_text(server.conf.read_text() + "imap_capability = +COMPRESS=DEFLATE\n")
    server.start()
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    caplog.set_level(logging.INFO, logger=IMAP_LOG)
    server.append(_campaign()[0])
    ctx = Context.open(_settings(tmp_path, server, compress=True))
    source = open_source(ctx.settings)
    assert isinstance(source, ImapSource)
    try:
        report = jobs.poll_once(ctx, now=NOW, source=source)
        assert source.client is not None and source.client.has_capability("COMPRESS=DEFLATE")
        assert not source.compressed
    finally:
        source.close()
    assert [o.state for o in report.outcomes] == ["done"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "refused COMPRESS DEFLATE" in warnings[0], warnings
    assert "\n" not in warnings[0]


@pytest.mark.server
def test_compress_answered_no_leaves_the_connection_usable(
    tmp_path: Path,
    dovecot: Dovecot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second COMPRESS is answered NO [COMPRESSIONACTIVE]: a warning, nothing breaks."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    caplog.set_level(logging.INFO, logger=IMAP_LOG)
    dovecot.append(_campaign()[0])
    source = open_source(_settings(tmp_path, dovecot, compress=True))
    assert isinstance(source, ImapSource)
    try:
        source.open()
        assert source.client is not None and source.compressed
        source._start_compression(source.client, f"127.0.0.1:{dovecot.port}")
        [uid] = source.new_uids(0, set)
        [raw] = source.fetch([uid])
    finally:
        source.close()
    assert b"<plan@fczz>" in raw.data
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "COMPRESSIONACTIVE" in warnings[0], warnings


@pytest.mark.server
@pytest.mark.parametrize("scheme", ["imaps", "imap+starttls"])
def test_compression_over_tls(dovecot: Dovecot, scheme: str) -> None:
    """The deflate stream runs inside TLS: messages arrive byte for byte, IDLE wakes."""
    dovecot.append(_campaign()[0])
    dovecot.append(_office(1))
    context = ssl.create_default_context(cafile=str(dovecot.root / "ssl" / "cert.pem"))
    context.check_hostname = False  # the test certificate names localhost only
    port = dovecot.ssl_port if scheme == "imaps" else dovecot.port

    def source(compress: bool) -> ImapSource:
        return ImapSource(
            scheme=scheme,
            host="127.0.0.1",
            port=port,
            user=dovecot.user,
            password=dovecot.password,
            ssl_context=context,
            compress=compress,
        )

    fetched = {}
    for compress in (False, True):  # IDLE appends one more each time
        src = source(compress)
        try:
            src.open()
            assert src.compressed is compress
            uids = src.new_uids(0, set)
            fetched[compress] = [(m.uid, m.data) for m in src.fetch(uids)]
            assert _idle_wakes_on_append(src, dovecot), compress
        finally:
            src.close()
    plain = fetched[False]
    assert len(plain) >= 2 and fetched[True][: len(plain)] == plain
    assert len(fetched[True]) == len(plain) + 1


# --- IDLE (the watcher and buffered announcements: test_imap_idle.py) ----------------------


def _idle_wakes_on_append(source: ImapSource, dovecot: Dovecot) -> bool:
    client = source.client
    assert client is not None
    client.idle()
    try:
        dovecot.append(_office(99))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(is_new_mail(r) for r in client.idle_check(timeout=1)):
                return True
        return False
    finally:
        client.idle_done()


def _plain_source(dovecot: Dovecot, compress: bool) -> ImapSource:
    """The test Dovecot's INBOX over plain IMAP on loopback."""
    return ImapSource(
        scheme="imap",
        host="127.0.0.1",
        port=dovecot.port,
        user=dovecot.user,
        password=dovecot.password,
        compress=compress,
    )


@pytest.mark.server
def test_large_and_highly_compressible_messages_arrive_byte_for_byte(dovecot: Dovecot) -> None:
    """Megabytes that deflate to kilobytes come out of one read in many pieces (the
    inflater's output per call is capped): the messages are the same as uncompressed."""
    line = b"x" * 998 + b"\r\n"
    big = b"From: a@example.cn\r\nSubject: big\r\n\r\n" + line * 3000  # 3 MB
    dovecot.append(big)
    dovecot.append(_campaign()[0])
    fetched = {}
    for compress in (True, False):
        source = _plain_source(dovecot, compress)
        try:
            source.open()
            assert source.compressed is compress
            fetched[compress] = [m.data for m in source.fetch(source.new_uids(0, set))]
        finally:
            source.close()
    assert fetched[True] == fetched[False]
    assert fetched[True][0] == big
