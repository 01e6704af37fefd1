"""Delivery: SMTP (implicit TLS, STARTTLS, plain on loopback) or `.eml` files in a folder.

    sender = open_sender("smtp+starttls", "mail.example.cn", 587, "user", password,
                         None, timeout=30)
    with sender:                      # one connection for a whole flush
        for msg in queued:
            sender.send(msg)          # raises DeliveryError(permanent=True|False)

    open_sender("file", "", 0, "", None, Path("data/outbox"), 30).send(msg)

A permanent error (a 5xx reply, refused credentials) will not get better by retrying; a
temporary one (4xx, connection refused or dropped, timeout, TLS failure) is retried after
`backoff(attempts)`. No error message ever contains the password.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import smtplib
import ssl
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
SMTP_SCHEMES = ("smtp", "smtps", "smtp+starttls")


class DeliveryError(Exception):
    """A message could not be delivered. `permanent` is True when retrying will not help."""

    def __init__(self, message: str, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class Sender(Protocol):
    """Anything that delivers composed messages; usable as a context manager for a flush."""

    def send(self, msg: EmailMessage) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def backoff(attempts: int) -> timedelta:
    """The wait before the next try after `attempts` failures: 1, 2, 4 … minutes, at most 1 h."""
    exponent = min(max(attempts, 1) - 1, 10)
    return min(timedelta(minutes=2**exponent), timedelta(hours=1))


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class SmtpSender:
    """Sends through one SMTP server; connects on `__enter__` (or per message outside `with`).

    scheme "smtps" is implicit TLS (465), "smtp+starttls" upgrades (587), "smtp" is plain and
    allowed only to a loopback host. AUTH is used when a password is given.
    """

    def __init__(
        self,
        scheme: str,
        host: str,
        port: int,
        user: str = "",
        password: str | None = None,
        *,
        timeout: float = 30,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        if scheme not in SMTP_SCHEMES:
            raise ValueError(f"scheme {scheme!r} is not one of {', '.join(SMTP_SCHEMES)}")
        if scheme == "smtp" and host not in LOOPBACK:
            raise ValueError("plain smtp without TLS is allowed only on loopback")
        if password is not None and not user:
            raise ValueError("a password needs a user name")
        self.scheme = scheme
        self.host = host
        self.port = port
        self.user = user
        self.timeout = timeout
        self._password = password
        self._context = ssl_context
        self._local_hostname = local_hostname
        self._conn: smtplib.SMTP | None = None

    def __repr__(self) -> str:  # the password stays out of reprs and logs
        auth = f"{self.user}@" if self.user else ""
        return f"SmtpSender({self.scheme}://{auth}{self.host}:{self.port})"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def _scrub(self, text: str) -> str:
        if self._password:
            text = text.replace(self._password, "***")
        return text

    def _error(self, what: str, permanent: bool) -> DeliveryError:
        return DeliveryError(self._scrub(f"SMTP {self.where}: {what}"), permanent)

    def _connect(self) -> smtplib.SMTP:
        context = self._context or ssl.create_default_context()
        conn: smtplib.SMTP
        if self.scheme == "smtps":
            conn = smtplib.SMTP_SSL(
                self.host,
                self.port,
                local_hostname=self._local_hostname,
                timeout=self.timeout,
                context=context,
            )
        else:
            conn = smtplib.SMTP(
                self.host, self.port, local_hostname=self._local_hostname, timeout=self.timeout
            )
        try:
            conn.ehlo()
            if self.scheme == "smtp+starttls":
                conn.starttls(context=context)
                conn.ehlo()
            if self._password is not None:
                conn.login(self.user, self._password)
        except BaseException:
            conn.close()
            raise
        return conn

    def open(self) -> None:
        """Connect (and log in); raises DeliveryError."""
        if self._conn is None:
            self._conn = self._guard(self._connect)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            conn.close()

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _guard(self, action: Callable[[], T]) -> T:
        """Run `action`, turning every SMTP/socket failure into a DeliveryError."""
        try:
            return action()
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            detail = "; ".join(
                f"{rcpt}: {code} {_text(text)}" for rcpt, (code, text) in exc.recipients.items()
            )
            raise self._error(
                f"recipients refused: {detail}", all(c >= 500 for c in codes)
            ) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise self._error(
                f"login as {self.user} refused: {exc.smtp_code} {_text(exc.smtp_error)}",
                exc.smtp_code >= 500,
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise self._error(
                f"{exc.smtp_code} {_text(exc.smtp_error)}", exc.smtp_code >= 500
            ) from None
        except UnicodeError:
            # smtplib sends AUTH and envelope addresses as ASCII only
            raise self._error(
                "the user name, password or an address has characters SMTP cannot send"
                " (ASCII only)",
                True,
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise self._error(f"not supported by the server: {exc}", True) from None
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPException) as exc:
            raise self._error(f"{type(exc).__name__}: {exc}", False) from None
        except ssl.SSLError as exc:
            raise self._error(f"TLS failed: {exc.reason or exc}", False) from None
        except TimeoutError:
            raise self._error(f"timed out after {self.timeout:g}s", False) from None
        except OSError as exc:
            raise self._error(f"cannot connect: {exc.strerror or exc}", False) from None

    def _refused(self, msg: EmailMessage, refused: dict[str, tuple[int, bytes]]) -> None:
        # some recipients took it: retrying would send it to them twice, so only log
        if refused:
            log.warning(
                "%s: message %s refused for %s",
                self,
                msg["Message-ID"],
                ", ".join(sorted(refused)),
            )

    def send(self, msg: EmailMessage) -> None:
        """Deliver one message to its To/Cc/Bcc; raises DeliveryError."""
        if self._conn is not None:
            conn = self._conn
            try:
                self._refused(msg, self._guard(lambda: conn.send_message(msg)))
            except DeliveryError:
                self.close()  # the connection may be unusable now; reconnect next time
                raise
            return
        conn = self._guard(self._connect)
        try:
            self._refused(msg, self._guard(lambda: conn.send_message(msg)))
        finally:
            try:
                conn.quit()
            except (smtplib.SMTPException, OSError):
                conn.close()


_UNSAFE = re.compile(r"[^A-Za-z0-9_\-]+")


def eml_name(msg: EmailMessage) -> str:
    """ "20201105-0900_reminder_taishan_3f2a9c1d.eml" from the Date, X-Notice-Intake,
    X-Notice-Intake-Unit and Message-ID headers; the same message gets the same name."""
    try:
        when = parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
    except (TypeError, ValueError):
        when = None
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%d-%H%M")
    kind = _UNSAFE.sub("", str(msg["X-Notice-Intake"] or "mail"))[:20] or "mail"
    unit = _UNSAFE.sub("", str(msg["X-Notice-Intake-Unit"] or "staff"))[:40] or "staff"
    ident = str(msg["Message-ID"] or "") or msg.as_string()
    short = hashlib.sha256(ident.encode("utf-8", "replace")).hexdigest()[:10]
    return f"{stamp}_{kind}_{unit}_{short}.eml"


class FileSender:
    """Writes each message as an .eml file into `folder` (file mode: no SMTP server).

    The write is atomic (temporary file, fsync, rename, fsync of the folder): a crash
    leaves either the whole file or none. Sending the same message again rewrites the same
    file name, so a retried send does not produce a second file.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def __repr__(self) -> str:
        return f"FileSender({self.folder})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def send(self, msg: EmailMessage) -> None:
        """Write the message; raises DeliveryError (temporary) on I/O errors."""
        self.write(msg)

    def write(self, msg: EmailMessage) -> Path:
        """Write the message and return its path."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / eml_name(msg)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".eml", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(msg.as_bytes())
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            dir_fd = os.open(self.folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise DeliveryError(
                f"cannot write to {self.folder}: {exc.strerror or exc}", False
            ) from None
        return target


def open_sender(
    scheme: str,
    host: str,
    port: int,
    user: str,
    password: str | None,
    path: Path | str | None,
    timeout: float = 30,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> SmtpSender | FileSender:
    """The sender for an outbox endpoint: "file" (with `path`) or one of the SMTP schemes."""
    if scheme == "file":
        if not path:
            raise ValueError("file mode needs a folder")
        return FileSender(Path(path))
    return SmtpSender(scheme, host, port, user, password, timeout=timeout, ssl_context=ssl_context)
