"""An IMAP folder as a mailbox source (imapclient).

Implicit TLS (`imaps://`), STARTTLS (`imap+starttls://`), plain only on loopback
(`imap://127.0.0.1`). After login it turns on COMPRESS=DEFLATE (RFC 4978) when the server
offers it (fewer bytes on the wire; `compress=False` never asks), then sends the IMAP ID
command, which 163/126 mail servers require before SELECT. New mail is found with
`UID SEARCH UID n:*`; bodies are fetched with `BODY.PEEK[]` in batches of at most 200, so
staff's unread marks stay as they were.
"""

from __future__ import annotations

import contextlib
import functools
import imaplib
import logging
import select
import socket
import ssl
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from intake.errors import SourceError
from intake.sources.base import Clues, RawMessage
from parsers.names import param_value

log = logging.getLogger(__name__)

CLIENT_ID = {"name": "notice-intake", "version": "0.1.0", "vendor": "notice-intake"}
_BATCH = 200
BIG_MESSAGE = 8 * 1024 * 1024  # fetched one at a time
_HEADERS = "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT MESSAGE-ID)]"
_HEADERS_KEY = b"BODY[HEADER.FIELDS (FROM SUBJECT MESSAGE-ID)]"

# imaplib refuses commands it has no entry for (imapclient adds IDLE, ID, MOVE ... this way)
imaplib.Commands.setdefault("COMPRESS", ("AUTH", "SELECTED"))
_RECV = 64 * 1024  # compressed bytes asked of the socket at a time
_INFLATE = 256 * 1024  # decompressed bytes made from them at a time (a deflate bomb waits)
_MAXLINE = 1_000_000  # as imaplib: a longer response line is an error


class _Deflate:
    """One IMAP connection's bytes under COMPRESS=DEFLATE (RFC 4978): raw deflate both ways,
    a sync flush after every write. `install` puts its read/readline/send in place of
    imaplib's on the connection; it reads the socket (TLS or not) itself.

    Lines already inflated here are invisible to poll/select on the socket, which is how
    imapclient's `idle_check` waits: `ready` tells `_Client` so that it does not wait."""

    def __init__(self, imap: imaplib.IMAP4) -> None:
        self.imap = imap
        self.sock = imap.sock
        self._inflater = zlib.decompressobj(-15)
        self._deflater = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        self._buf = bytearray()  # inflated, not yet read
        self._scanned = 0  # no newline in _buf before this

    def install(self) -> None:
        """Switch the connection over, right after the server's OK to COMPRESS."""
        leftover = _already_buffered(self.imap)  # compressed bytes imaplib read ahead
        if leftover:
            self._inflate(leftover)
        self.imap.read = self.read  # type: ignore[method-assign]
        self.imap.readline = self.readline  # type: ignore[method-assign]
        self.imap.send = self.send  # type: ignore[method-assign]

    def ready(self) -> bool:
        """A whole line is waiting here (or input not yet inflated), not on the socket."""
        pending = getattr(self.sock, "pending", None)  # TLS: decrypted, not yet read
        return (
            b"\n" in self._buf
            or bool(self._inflater.unconsumed_tail)
            or bool(pending and pending())
        )

    def readline(self) -> bytes:
        while True:
            end = self._buf.find(b"\n", self._scanned)
            if end >= 0:
                line = bytes(self._buf[: end + 1])
                del self._buf[: end + 1]
                self._scanned = 0
                return line
            self._scanned = len(self._buf)
            if len(self._buf) > _MAXLINE:
                raise self.imap.error(f"got more than {_MAXLINE} bytes")
            if not self._fill():  # end of stream: what there is, as imaplib's readline
                line = bytes(self._buf)
                self._buf.clear()
                self._scanned = 0
                return line

    def read(self, size: int) -> bytes:
        while len(self._buf) < size and self._fill():
            pass
        with memoryview(self._buf) as view:  # one copy of a large literal, not two
            data = bytes(view[:size])
        del self._buf[:size]
        self._scanned = 0
        return data

    def send(self, data: bytes) -> None:
        self.sock.sendall(self._deflater.compress(data) + self._deflater.flush(zlib.Z_SYNC_FLUSH))

    def _fill(self) -> bool:
        """Inflate some more; False when the server closed the connection. A socket
        error (timeout, or would-block while idle_check polls) leaves everything read
        so far in place."""
        data = self._inflater.unconsumed_tail
        if not data:
            data = self.sock.recv(_RECV)
            if not data:
                return False
        self._inflate(data)
        return True

    def _inflate(self, data: bytes) -> None:
        try:
            self._buf += self._inflater.decompress(data, _INFLATE)
        except zlib.error as exc:
            raise self.imap.abort(f"COMPRESS: bad deflate data from the server ({exc})") from None
        if self._inflater.eof:
            raise self.imap.abort("COMPRESS: the server ended its deflate stream")


@contextlib.contextmanager
def _without_waiting(sock: Any) -> Iterator[None]:
    """The socket non-blocking for a look at what is there, its timeout restored after."""
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        yield
    finally:
        sock.settimeout(timeout)


def _already_buffered(imap: imaplib.IMAP4) -> bytes:
    """What imaplib's buffered reader took from the socket beyond the last line it gave
    out, without waiting for more."""
    with _without_waiting(imap.sock):
        try:
            return imap.file.read1(1 << 20) or b""  # buffered bytes first, else one raw read
        except OSError:  # nothing there (TLS says "want read")
            return b""


class _Client(IMAPClient):
    """IMAPClient that can run COMPRESS=DEFLATE; its `idle_check` does not wait on the
    socket while a line is already buffered on our side (inflated, decrypted, or read
    ahead by imaplib's reader): such a line would wait for the next packet. Mail that
    arrived before IDLE is announced right after `+ idling`, in the same packet."""

    deflate: _Deflate | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # IMAPClient sets imaplib's debug level to 5 so that imaplib logs through it;
        # imaplib then formats every response, message literals included, with %r before
        # the logger drops the line: ~1 ms of CPU per 56 KB message and a 34 MB message
        # held several times over. Only when that logger would print anything.
        if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
            self._imap.debug = 0

    def start_deflate(self) -> None:
        self.deflate = _Deflate(self._imap)
        self.deflate.install()

    def _buffered(self) -> bool:
        if self.deflate is not None:
            return self.deflate.ready()
        return _read_ahead(self._imap)

    def _poll_socket(self, sock: Any, timeout: float | None = None) -> Any:
        if self._buffered():
            return [(sock.fileno(), select.POLLIN)]
        return super()._poll_socket(sock, timeout)

    def _select_poll_socket(self, sock: Any, timeout: float | None = None) -> Any:
        if self._buffered():
            return [sock]
        return super()._select_poll_socket(sock, timeout)


def _read_ahead(imap: imaplib.IMAP4) -> bool:
    """Whether imaplib's buffered reader (or TLS) holds bytes not yet read, looked at
    without waiting."""
    pending = getattr(imap.sock, "pending", None)  # TLS: decrypted, not yet read
    if pending is not None and pending():
        return True
    with _without_waiting(imap.sock):
        try:
            return bool(imap.file.peek(1))  # the buffer, else one read that does not wait
        except OSError:  # nothing there (would block; TLS wants more)
            return False


class ImapSource:
    """One IMAP folder. The connection is kept open between polls by the daemon."""

    def __init__(
        self,
        *,
        scheme: str,
        host: str,
        port: int,
        user: str,
        password: str | None,
        folder: str = "INBOX",
        batch_size: int = _BATCH,
        timeout: float = 30,
        readonly: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        compress: bool = True,
    ) -> None:
        self.scheme, self.host, self.port, self.user = scheme, host, port, user
        self._password = password
        self.folder = folder
        self.batch_size = min(batch_size, _BATCH)
        self.timeout = timeout
        self.readonly = readonly
        self._ssl_context = ssl_context  # made when first needed: plain loopback has none
        self.compress = compress  # COMPRESS=DEFLATE when the server offers it
        self._told_compressed = False
        self.name = f"imap://{user}@{host}:{port}/{folder}"
        self.client: _Client | None = None
        self.label = self.name  # open_source sets the configured name
        self.mailbox: Any = None  # its MailboxSettings, set by open_source
        self.uidvalidity = 0

    @property
    def compressed(self) -> bool:
        """The open connection runs COMPRESS=DEFLATE."""
        return self.client is not None and self.client.deflate is not None

    @property
    def ssl_context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = _default_ssl_context()
        return self._ssl_context

    # --- connection --------------------------------------------------------------------

    def open(self) -> int:
        if self.client is not None:
            try:
                self.client.noop()
                return self.uidvalidity
            except (IMAPClientError, OSError):
                self.close()
        where = f"{self.host}:{self.port}"
        try:
            client = _Client(
                self.host,
                port=self.port,
                ssl=self.scheme == "imaps",
                ssl_context=self.ssl_context if self.scheme != "imap" else None,
                timeout=self.timeout,
            )
        except (OSError, IMAPClientError) as exc:
            raise SourceError(f"IMAP server {where} unreachable: {_reason(exc)}") from None
        try:
            if self.scheme == "imap+starttls":
                client.starttls(self.ssl_context)
            if self._password is None:
                raise SourceError(
                    "mailbox: no password configured (set mailbox.password_env or password_file)",
                    permanent=True,
                )
            client.login(self.user, self._password)
        except LoginError:
            _quiet_logout(client)
            raise SourceError(
                f"IMAP login refused for {self.user} at {where} (check the password or "
                "the app password / 授权码)",
                permanent=True,
            ) from None
        except (OSError, IMAPClientError) as exc:
            _quiet_logout(client)
            raise SourceError(f"IMAP server {where}: {_reason(exc)}") from None
        client.normalise_times = False
        if self.compress:
            self._start_compression(client, where)
        try:
            if client.has_capability("ID"):
                client.id_(CLIENT_ID)
        except (IMAPClientError, OSError) as exc:
            log.debug("IMAP ID command refused: %s", exc)
        try:
            info = client.select_folder(self.folder, readonly=self.readonly)
        except (IMAPClientError, OSError) as exc:
            _quiet_logout(client)
            raise SourceError(
                f"mailbox.url: cannot select folder {self.folder!r} at {where}: {_reason(exc)}",
                permanent=True,
            ) from None
        self.client = client
        self.uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        return self.uidvalidity

    def _start_compression(self, client: _Client, where: str) -> None:
        """COMPRESS DEFLATE if the server offers it. A refusal (NO/BAD) leaves the connection
        as it was, with a warning; a broken connection is a SourceError like any other."""
        refusal = ""
        try:
            if not client.has_capability("COMPRESS=DEFLATE"):
                return
            typ, data = client._imap._simple_command("COMPRESS", "DEFLATE")
            if typ == "OK":
                client.start_deflate()
            else:
                said = (d.decode("utf-8", "replace") for d in data if isinstance(d, bytes))
                refusal = " ".join([typ, *said])
        except (IMAPClientAbortError, OSError) as exc:
            _quiet_logout(client)
            raise SourceError(f"IMAP server {where}: {_reason(exc)}") from None
        except IMAPClientError as exc:  # imaplib raises on BAD
            refusal = str(exc)
        if refusal:
            log.warning(
                "IMAP server %s refused COMPRESS DEFLATE, going on uncompressed: %s",
                where,
                _one_line(refusal),
            )
            return
        level = logging.DEBUG if self._told_compressed else logging.INFO  # once per source
        self._told_compressed = True
        log.log(level, "IMAP COMPRESS=DEFLATE on for %s", self.name)

    def close(self) -> None:
        if self.client is not None:
            _quiet_logout(self.client)
            self.client = None

    def _require(self) -> _Client:
        if self.client is None:
            self.open()
        assert self.client is not None
        return self.client

    # --- reading ---------------------------------------------------------------------

    def new_uids(self, after: int, recorded: Callable[[], set[str]]) -> list[str]:
        client = self._require()
        try:
            uids = client.search(["UID", f"{after + 1}:*"])
        except (IMAPClientError, OSError) as exc:
            self.close()
            raise SourceError(f"IMAP search failed: {_reason(exc)}") from None
        # `UID n:*` also returns the highest UID when it is below n (RFC 3501 6.4.8)
        return [str(u) for u in sorted(uids) if u > after]

    def fetch(self, uids: Sequence[str]) -> Iterator[RawMessage]:
        """Whole messages in batches; a message over BIG_MESSAGE bytes is fetched on its
        own, so several huge ones never sit in memory together."""
        for start in range(0, len(uids), self.batch_size):
            batch = [int(u) for u in uids[start : start + self.batch_size]]
            sizes = self._fetch(batch, ["RFC822.SIZE"]) if len(batch) > 1 else {}
            big = [
                u for u in batch if int((sizes.get(u) or {}).get(b"RFC822.SIZE") or 0) > BIG_MESSAGE
            ]
            small = [u for u in batch if u not in set(big)]
            for group in ([small] if small else []) + [[u] for u in big]:
                yield from self._whole(group)

    def _fetch(self, uids: list[int], items: list[str]) -> dict:
        try:
            return self._require().fetch(uids, items)
        except (IMAPClientError, OSError) as exc:
            self.close()
            raise SourceError(f"IMAP fetch failed: {_reason(exc)}") from None

    def _whole(self, batch: list[int]) -> Iterator[RawMessage]:
        data = self._fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
        for uid in batch:
            item = data.get(uid)
            if not item or b"BODY[]" not in item:
                log.warning("IMAP message UID %s vanished before it was fetched", uid)
                continue
            yield RawMessage(
                uid=str(uid),
                data=item[b"BODY[]"],
                received_at=_aware(item.get(b"INTERNALDATE")),
            )

    def screen(self, uids: Sequence[str], clues: Clues) -> set[str]:
        """The UIDs among `uids` whose headers or text carry one of the clues, by one
        `UID SEARCH CHARSET UTF-8 ... TEXT ...` on the server: nothing is downloaded.

        Raises SourceError when the server cannot be reached, ValueError when it refuses
        the search (then the caller downloads everything, as without screening).
        """
        if not uids:
            return set()
        client = self._require()
        numbers = sorted(int(u) for u in uids)
        terms = [("TEXT", w) for w in (*clues.words, *clues.addresses) if w]
        criteria: list[Any] = ["UID", f"{numbers[0]}:{numbers[-1]}", "SINCE", clues.since]
        for term in terms[:-1]:  # prefix notation: OR a OR b c
            criteria += ["OR", *term]
        if terms:
            criteria += list(terms[-1])
        try:
            found = client.search(criteria, charset="UTF-8")
        except (IMAPClientAbortError, OSError) as exc:
            self.close()
            raise SourceError(f"IMAP search failed: {_reason(exc)}") from None
        except IMAPClientError as exc:  # BAD/NO: e.g. no CHARSET UTF-8 on this server
            raise ValueError(f"the server refused the search: {_reason(exc)}") from None
        wanted = set(numbers)
        return {str(u) for u in found if u in wanted}

    def fetch_headers(self, uids: Sequence[str]) -> Iterator[RawMessage]:
        """From, Subject and Message-ID of each message (with its arrival time and size):
        enough to record mail that is not ours without downloading it."""
        client = self._require()
        for start in range(0, len(uids), self.batch_size * 5):
            batch = [int(u) for u in uids[start : start + self.batch_size * 5]]
            try:
                data = client.fetch(
                    batch, [_HEADERS, "INTERNALDATE", "RFC822.SIZE", "BODYSTRUCTURE"]
                )
            except (IMAPClientError, OSError) as exc:
                self.close()
                raise SourceError(f"IMAP fetch failed: {_reason(exc)}") from None
            for uid in batch:
                item = data.get(uid)
                if not item or _HEADERS_KEY not in item:
                    log.warning("IMAP message UID %s vanished before it was fetched", uid)
                    continue
                yield RawMessage(
                    uid=str(uid),
                    data=item[_HEADERS_KEY] or b"",
                    received_at=_aware(item.get(b"INTERNALDATE")),
                    partial=True,
                    size=int(item.get(b"RFC822.SIZE") or 0),
                    names=file_names(item.get(b"BODYSTRUCTURE")),
                )

    def move(self, uids: Sequence[str], folder: str) -> None:
        client = self._require()
        ids = [int(u) for u in uids]
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            if client.has_capability("MOVE"):
                client.move(ids, folder)
            else:
                client.copy(ids, folder)
                client.delete_messages(ids)
                client.uid_expunge(ids) if client.has_capability("UIDPLUS") else client.expunge()
        except (IMAPClientError, OSError) as exc:
            raise SourceError(f"IMAP move to {folder!r} failed: {_reason(exc)}") from None


_NAME_KEYS = (b"filename", b"name")


def file_names(structure: Any) -> tuple[str, ...]:
    """The decoded file names in an IMAP BODYSTRUCTURE (RFC 2047 and RFC 2231 forms).

    Parameters appear as flat tuples (key, value, key, value ...) at varying depths
    (content-type params, disposition params), so every such tuple is looked at.
    """
    found: list[str] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 60 or not isinstance(node, tuple | list):
            return
        items = list(node)
        if items and len(items) % 2 == 0 and all(isinstance(x, bytes) for x in items):
            pairs = [(items[i].lower(), items[i + 1]) for i in range(0, len(items), 2)]
            if any(k.split(b"*")[0] in _NAME_KEYS for k, _ in pairs):
                for key in ("filename", "name"):
                    value = param_value(pairs, key)
                    if value is not None and value.text:
                        found.append(value.text)
                        break
                return
        for child in items:
            walk(child, depth + 1)

    walk(structure, 0)
    return tuple(dict.fromkeys(found))


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """One verifying context per process: loading the system CAs takes ~25 ms, and a
    context is meant to be shared by connections."""
    return ssl.create_default_context()


def _aware(value: Any) -> datetime:
    """INTERNALDATE as an aware UTC datetime (imapclient's FixedOffset does not pickle)."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    return datetime.now(UTC)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "host name not found"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    return _one_line(str(exc) or exc.__class__.__name__)


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")[:200]


def _quiet_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()
