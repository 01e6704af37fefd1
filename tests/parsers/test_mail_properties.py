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
