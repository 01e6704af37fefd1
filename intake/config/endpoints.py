"""Mailbox and outbox URLs: `maildir:data/mail`, `imaps://user@host/INBOX`,
`smtp+starttls://user@host:587` … parsed into an `Endpoint`.

A URL never carries a password, and plain IMAP or SMTP (no TLS) is allowed only on
loopback.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A parsed mailbox or outbox URL.

    scheme: "maildir" | "file" | "imap" | "imaps" | "imap+starttls" | "smtp" | "smtps"
    | "smtp+starttls"; `path` is the folder (IMAP) or the local path (maildir/file).
    """

    scheme: str
    host: str = ""
    port: int = 0
    user: str = ""
    path: str = ""

    @property
    def local(self) -> bool:
        return self.scheme in ("maildir", "file")

    def __str__(self) -> str:  # never shows a password: URLs here carry none
        if self.local:
            return f"{self.scheme}:{self.path}"
        user = f"{self.user}@" if self.user else ""
        return f"{self.scheme}://{user}{self.host}:{self.port}/{self.path}".rstrip("/")


_DEFAULT_PORTS = {
    "imap": 143,
    "imap+starttls": 143,
    "imaps": 993,
    "smtp": 25,
    "smtp+starttls": 587,
    "smtps": 465,
}


def parse_endpoint(value: str, *, kinds: tuple[str, ...]) -> Endpoint:
    """Parse 'maildir:data/mail', 'imaps://user@host/INBOX', 'smtp+starttls://u@h:587' ..."""
    if ":" not in value:
        raise ValueError(f"{value!r} is not a URL like {kinds[0]}:...")
    scheme, rest = value.split(":", 1)
    scheme = scheme.lower()
    if scheme not in kinds:
        raise ValueError(f"scheme {scheme!r} is not one of {', '.join(kinds)}")
    if scheme in ("maildir", "file"):
        path = rest[2:] if rest.startswith("//") else rest
        if not path:
            raise ValueError("a path is needed after the scheme")
        return Endpoint(scheme=scheme, path=path)
    parts = urlsplit(value)
    if parts.password:
        raise ValueError("put no password in the URL; use password_env or password_file")
    if not parts.hostname:
        raise ValueError(f"{value!r} names no host")
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError as exc:
        raise ValueError(f"bad port in {value!r}") from exc
    if scheme in ("imap", "smtp") and parts.hostname not in _LOOPBACK:
        raise ValueError(
            f"plain {scheme} without TLS is allowed only on loopback; "
            f"use {scheme}s:// or {scheme}+starttls://"
        )
    return Endpoint(
        scheme=scheme,
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        path=unquote(parts.path.lstrip("/")) or ("INBOX" if scheme.startswith("imap") else ""),
    )


def mailbox_url(value: str) -> Endpoint:
    """A mailbox's URL: Maildir or IMAP."""
    return parse_endpoint(value, kinds=("maildir", "imap", "imaps", "imap+starttls"))


def outbox_url(value: str) -> Endpoint:
    """The outbox's URL: a folder of .eml files or SMTP."""
    return parse_endpoint(value, kinds=("file", "smtp", "smtps", "smtp+starttls"))
