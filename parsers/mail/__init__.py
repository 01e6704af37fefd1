"""Read raw RFC 822 mail into `Mail` values (see `parsers.mail.reader` for the order).

Modules, one concern each: `skeleton` (the MIME tree, base64 bodies kept out of the
stdlib's line loop), `headers` (bounded, decoded header fields), `parts` (bodies,
attachments, forwards), `bodies` (body text, HTML to text, quoted forwards), `flags`
(auto-replies, read receipts, bounces, list mail), `reader` (read_mail itself).

Shape::

    from parsers.mail import read_mail
    read_mail(raw) -> Mail(subject=..., from_addr=..., attachments=(...), flags=...)
"""

from __future__ import annotations

from parsers.mail.bodies import FORWARD_SEPARATOR, find_quoted_forward, html_to_text
from parsers.mail.parts import generated_name
from parsers.mail.reader import read_mail

__all__ = [
    "FORWARD_SEPARATOR",
    "find_quoted_forward",
    "generated_name",
    "html_to_text",
    "read_mail",
]
