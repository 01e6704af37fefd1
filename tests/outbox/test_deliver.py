"""Delivery against a real aiosmtpd server on 127.0.0.1, and into a folder of .eml files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from outbox.deliver import (
    DeliveryError,
    FileSender,
    SmtpSender,
    backoff,
    eml_name,
    open_sender,
)
from tests.fixtures.servers import SmtpSink, free_port, self_signed_tls, start_smtp

PASSWORD = "S3cret-pass-7731"


def message(n: int = 1, unit: str = "taishan") -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"【提醒】2020年泰安市职业教育活动周材料报送 {n}"
    msg["From"] = "泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>"
    msg["To"] = "tsqjtj@ta.shandong.cn, other@ta.shandong.cn"
    msg["Date"] = "Thu, 05 Nov 2020 01:00:00 +0000"
    msg["Message-ID"] = f"<remind.{n}@ta.shandong.cn>"
    msg["X-Notice-Intake"] = "reminder"
    msg["X-Notice-Intake-Unit"] = unit
    msg.set_content(f"泰安市泰山区教育和体育局：第{n}封")
    return msg


@pytest.fixture()
def auth_sink() -> Iterator[SmtpSink]:
    sink = start_smtp(auth=("staff", PASSWORD))
    try:
        yield sink
    finally:
        sink.controller.stop()  # type: ignore[union-attr]


def assert_no_password(err: DeliveryError) -> None:
    for text in (str(err), repr(err), *map(str, err.args)):
        assert PASSWORD not in text
    assert err.__cause__ is None and err.__suppress_context__


def test_send_to_the_sink(smtp_sink: SmtpSink) -> None:
    SmtpSender("smtp", "127.0.0.1", smtp_sink.port, timeout=10).send(message())
    (got,) = smtp_sink.received()
    assert got["Subject"] == "【提醒】2020年泰安市职业教育活动周材料报送 1"
    assert got.get_content().strip() == "泰安市泰山区教育和体育局：第1封"
    mail_from, rcpts = smtp_sink.envelopes[0]
    assert mail_from == "jyj-zcjk01@ta.shandong.cn"
    assert rcpts == ("tsqjtj@ta.shandong.cn", "other@ta.shandong.cn")


def test_one_connection_for_a_flush(smtp_sink: SmtpSink) -> None:
    sender = SmtpSender("smtp", "127.0.0.1", smtp_sink.port, timeout=10)
    with sender:
        conn = sender._conn
        for n in range(3):
            sender.send(message(n))
        assert sender._conn is conn and conn is not None
    assert sender._conn is None
    assert [m["Message-ID"] for m in smtp_sink.received()] == [
        "<remind.0@ta.shandong.cn>",
        "<remind.1@ta.shandong.cn>",
        "<remind.2@ta.shandong.cn>",
    ]


def test_auth_with_the_right_password(auth_sink: SmtpSink) -> None:
    sender = SmtpSender("smtp", "127.0.0.1", auth_sink.port, "staff", PASSWORD, timeout=10)
    sender.send(message())
    assert len(auth_sink.received()) == 1
    assert PASSWORD not in repr(sender)


def test_wrong_password_is_permanent_and_not_echoed(auth_sink: SmtpSink) -> None:
    wrong = PASSWORD + "x"
    sender = SmtpSender("smtp", "127.0.0.1", auth_sink.port, "staff", wrong, timeout=10)
    with pytest.raises(DeliveryError) as info:
        sender.send(message())
    assert info.value.permanent
    assert "535" in str(info.value) and "staff" in str(info.value)
    assert wrong not in str(info.value) and wrong not in repr(info.value)
    assert info.value.__cause__ is None
    assert auth_sink.received() == []


def test_5xx_is_permanent(smtp_sink: SmtpSink) -> None:
    sink = start_smtp(reject=["550 5.1.1 mailbox unavailable"], auth=("staff", PASSWORD))
    try:
        sender = SmtpSender("smtp", "127.0.0.1", sink.port, "staff", PASSWORD, timeout=10)
        with pytest.raises(DeliveryError) as info:
            sender.send(message())
    finally:
        sink.controller.stop()  # type: ignore[union-attr]
    assert info.value.permanent
    assert "550" in str(info.value) and "mailbox unavailable" in str(info.value)
    assert_no_password(info.value)


def test_4xx_is_temporary_and_a_later_retry_goes_through() -> None:
    reject = ["451 4.3.0 try again later"]
    sink = start_smtp(reject=reject)
    try:
        sender = SmtpSender("smtp", "127.0.0.1", sink.port, timeout=10)
        with pytest.raises(DeliveryError) as info:
            sender.send(message())
        assert not info.value.permanent and "451" in str(info.value)
        reject[0] = ""
        sender.send(message())
        assert len(sink.received()) == 1
    finally:
        sink.controller.stop()  # type: ignore[union-attr]


def test_server_down_is_temporary_then_up_delivers() -> None:
    port = free_port()
    sender = SmtpSender("smtp", "127.0.0.1", port, "staff", PASSWORD, timeout=5)
    with pytest.raises(DeliveryError) as info:
        sender.send(message())
    assert not info.value.permanent
    assert f"127.0.0.1:{port}" in str(info.value)
    assert_no_password(info.value)
    sink = start_smtp(port, auth=("staff", PASSWORD))
    try:
        sender.send(message())
        assert len(sink.received()) == 1
    finally:
        sink.controller.stop()  # type: ignore[union-attr]


def test_starttls_and_implicit_tls(tmp_path: Path) -> None:
    server_ctx, client_ctx = self_signed_tls(tmp_path)
    starttls = start_smtp(tls_context=server_ctx, auth=("staff", PASSWORD))
    smtps = start_smtp(implicit_tls=server_ctx)
    try:
        SmtpSender(
            "smtp+starttls", "127.0.0.1", starttls.port, "staff", PASSWORD,
            timeout=10, ssl_context=client_ctx,
        ).send(message(1))  # fmt: skip
        SmtpSender("smtps", "127.0.0.1", smtps.port, timeout=10, ssl_context=client_ctx).send(
            message(2)
        )
        assert [m["Message-ID"] for m in starttls.received()] == ["<remind.1@ta.shandong.cn>"]
        assert [m["Message-ID"] for m in smtps.received()] == ["<remind.2@ta.shandong.cn>"]
        # a certificate nobody vouches for is refused, as a TLS error
        with pytest.raises(DeliveryError) as info:
            SmtpSender("smtps", "127.0.0.1", smtps.port, timeout=10).send(message(3))
        assert "TLS" in str(info.value)
        assert len(smtps.received()) == 1
    finally:
        starttls.controller.stop()  # type: ignore[union-attr]
        smtps.controller.stop()  # type: ignore[union-attr]


def test_a_password_smtplib_cannot_send_is_permanent(smtp_sink: SmtpSink) -> None:
    sink = start_smtp(auth=("staff", "pässwörd-7731"))
    try:
        sender = SmtpSender("smtp", "127.0.0.1", sink.port, "staff", "pässwörd-7731", timeout=10)
        with pytest.raises(DeliveryError) as info:
            sender.send(message())
    finally:
        sink.controller.stop()  # type: ignore[union-attr]
    assert info.value.permanent and "ASCII" in str(info.value)
    assert "pässwörd" not in str(info.value)


def test_plain_smtp_only_on_loopback_and_password_needs_user() -> None:
    with pytest.raises(ValueError):
        SmtpSender("smtp", "mail.example.cn", 25)
    with pytest.raises(ValueError):
        SmtpSender("smtps", "mail.example.cn", 465, "", PASSWORD)
    with pytest.raises(ValueError):
        SmtpSender("ftp", "127.0.0.1", 21)


def test_file_sender_writes_eml_atomically(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    sender = FileSender(folder)
    first = sender.write(message(1))
    assert first.name == eml_name(message(1))
    assert first.name.startswith("20201105-0100_reminder_taishan_") and first.suffix == ".eml"
    sender.send(message(1))  # the same message again: the same file, not a second one
    sender.send(message(2, unit="../../etc"))
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and not any(n.startswith(".tmp") for n in names)
    assert all("/" not in n and ".." not in n for n in names)
    parsed = message_from_bytes(first.read_bytes(), policy=policy.default)
    assert parsed["Subject"] == "【提醒】2020年泰安市职业教育活动周材料报送 1"
    assert parsed.get_content().strip() == "泰安市泰山区教育和体育局：第1封"


def test_file_sender_error_when_the_folder_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "outbox"
    blocker.write_text("not a folder")
    with pytest.raises(DeliveryError) as info:
        FileSender(blocker).send(message())
    assert not info.value.permanent


def test_open_sender(tmp_path: Path) -> None:
    assert isinstance(open_sender("file", "", 0, "", None, tmp_path, 30), FileSender)
    smtp = open_sender("smtp+starttls", "mail.example.cn", 587, "u", PASSWORD, None, 30)
    assert isinstance(smtp, SmtpSender) and PASSWORD not in repr(smtp)
    with pytest.raises(ValueError):
        open_sender("file", "", 0, "", None, None, 30)


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n) for n in (0, 1, 2, 3, 4)] == [
        timedelta(minutes=1),
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=4),
        timedelta(minutes=8),
    ]
    assert backoff(7) == timedelta(hours=1)
    assert backoff(10_000) == timedelta(hours=1)
