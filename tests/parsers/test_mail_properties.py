"""Property test: read_mail never raises, whatever the bytes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.mail import read_mail
from parsers.model import Mail

SEED = (
    b"From: =?gb2312?B?1cXI/Q==?= <zs@163.com>\r\n"
    b"Subject: =?gbk?Q?=B7=BD=B0=B8?=\r\n"
    b"Content-Type: multipart/mixed; boundary=B\r\n\r\n"
    b"--B\r\nContent-Type: text/plain; charset=gbk\r\n\r\n\xb7\xbd\xb0\xb8\r\n"
    b"--B\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y.cn\r\nSubject: in\r\n\r\nbody\r\n"
    b"--B\r\nContent-Disposition: attachment; filename*0*=utf-8''%E6%96%B9; filename*1=.doc\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nUEsDBA==\r\n--B--\r\n"
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED)
    for _ in range(draw(st.integers(0, 12))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos : pos + draw(st.integers(1, 40))]
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from([b"=?", b"?=", b"--B", b"\r\n", b"*", b"'", b'"']))
        else:
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 60))]
    return bytes(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_read_mail_never_raises_on_mutated_mail(raw: bytes) -> None:
    mail = read_mail(raw)
    assert isinstance(mail, Mail)
    assert all(isinstance(a.data, bytes) for a in mail.attachments)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.one_of(st.none(), st.integers(0, 3000)))
def test_read_mail_never_raises_on_random_bytes(raw: bytes, cap: int | None) -> None:
    assert isinstance(read_mail(raw, max_bytes=cap), Mail)


# --- base64 bodies kept away from the stdlib parser's line loop (parsers.mail._parse_small) --

_B64_LINE = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3"


def _body(nl: bytes, lines: int, lead: bytes, tail: bytes) -> bytes:
    return lead + nl.join([_B64_LINE] * lines) + tail


@st.composite
def mails_with_base64(draw: st.DrawFn) -> bytes:
    """Multipart mails whose base64 bodies sit where cutting them out could go wrong: after
    an odd header, inside rfc822 and delivery-status parts, in a preamble, in a text part
    that quotes a header, without a closing boundary, with spaces and blank lines around."""
    nl = draw(st.sampled_from([b"\r\n", b"\n"]))

    def body() -> bytes:
        lines = draw(st.integers(20, 60))
        lead = draw(st.sampled_from([b"", b" ", nl, b"\t"]))
        tail = draw(st.sampled_from([b"", nl, nl + nl, b"==", b" "]))
        return _body(nl, lines, lead, tail)

    def leaf() -> bytes:
        head = draw(
            st.sampled_from(
                [
                    b"Content-Type: application/pdf; name=a.pdf" + nl
                    + b"Content-Transfer-Encoding: base64",
                    b"Content-Type: text/plain; charset=utf-8" + nl
                    + b"Content-Transfer-Encoding: BASE64 ",
                    b"Content-Type: message/rfc822" + nl + b"Content-Transfer-Encoding: base64",
                    b"Content-Type: message/delivery-status" + nl
                    + b"Content-Transfer-Encoding: base64",
                    b"Content-Type: text/plain" + nl + b"X-Note: Content-Transfer-Encoding: base64",
                    b"Content-Type: text/plain" + nl + nl + b"Content-Transfer-Encoding: base64",
                    b"Content-Transfer-Encoding: base64" + nl + b" continued",
                    b"",
                ]
            )
        )  # fmt: skip
        return head + nl + nl + body()

    parts = [leaf() for _ in range(draw(st.integers(1, 3)))]
    preamble = draw(st.sampled_from([b"", body() + nl]))
    close = draw(st.sampled_from([b"--B--" + nl, b"", b"--B--"]))
    head = b"From: a@b.cn" + nl + b"Content-Type: multipart/mixed; boundary=B" + nl
    if draw(st.booleans()):
        head += b"Content-Transfer-Encoding: base64" + nl
    return head + nl + preamble + b"".join(b"--B" + nl + p + nl for p in parts) + close


def _tree(msg: object) -> list[object]:
    from email.message import Message

    assert isinstance(msg, Message)
    return [
        (
            part.items(),
            None if part.is_multipart() else part.get_payload(decode=True),
            [type(d).__name__ for d in part.defects],
            part.preamble,
            part.epilogue,
        )
        for part in msg.walk()
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mails_with_base64())
def test_cutting_base64_bodies_out_changes_no_parse(raw: bytes) -> None:
    from email import message_from_bytes
    from email import policy as email_policy

    from parsers.mail import _parse_small

    plain = message_from_bytes(raw, policy=email_policy.compat32)
    assert _tree(_parse_small(raw)) == _tree(plain)
