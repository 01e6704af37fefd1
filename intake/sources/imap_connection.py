"""The connection under `ImapSource`: an IMAPClient that can run COMPRESS=DEFLATE
(RFC 4978) and whose IDLE wait sees lines already buffered on our side.

    client = ImapConnection(host, port=993, ssl=True, ssl_context=ctx, timeout=30)
    ...                                   # the server said OK to COMPRESS DEFLATE
    client.start_deflate()                # every byte from now on is raw deflate
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import select
import zlib
from collections.abc import Iterator
from typing import Any

from imapclient import IMAPClient

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
    imapclient's `idle_check` waits: `ready` tells `ImapConnection` so that it does not wait."""

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


class ImapConnection(IMAPClient):
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
