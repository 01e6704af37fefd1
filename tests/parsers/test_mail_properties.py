"""Property test: read_mail never raises, whatever the bytes."""

from __future__ import annotations

import base64
from unittest import mock

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


# --- base64 bodies kept away from the stdlib parser's line loop (parsers.mail.skeleton.parse) -----

_B64_LINE = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3"


def _body(nl: bytes, lines: int, lead: bytes, tail: bytes) -> bytes:
    return lead + nl.join([_B64_LINE] * lines) + tail


@st.composite
def base64_bodies(draw: st.DrawFn, nl: bytes) -> bytes:
    """Base64 text as clients write it and as they get it wrong: lines of any width, padding
    missing or doubled, "=" inside, spaces, tabs, lone CR or LF, blank lines, one character
    too many."""
    text = base64.b64encode(draw(st.binary(max_size=400)))
    width = draw(st.sampled_from([76, 64, 5, 1000]))
    body = bytearray(nl.join(text[i : i + width] for i in range(0, len(text), width)))
    if draw(st.booleans()):
        body = bytearray(body.rstrip(b"="))
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, len(body)))
        if draw(st.booleans()) and pos < len(body):
            del body[pos]
        else:
            body[pos:pos] = draw(
                st.sampled_from([b"=", b"==", b" ", b"\t", b"\r", b"\n", b"\r\n", b"A", b"\x0b"])
            )
    return bytes(body) + draw(st.sampled_from([b"", nl, nl + nl, b"==" + nl, b" " + nl]))


@st.composite
def mails_with_base64(draw: st.DrawFn, malformed: bool = False) -> bytes:
    """Multipart mails whose base64 bodies sit where cutting them out could go wrong: after
    an odd header, inside rfc822 and delivery-status parts, in a preamble, in a text part
    that quotes a header, in nested multiparts, without a closing boundary, with spaces and
    blank lines around (and with `malformed`, broken base64 of any kind)."""
    nl = draw(st.sampled_from([b"\r\n", b"\n"]))

    def body() -> bytes:
        if malformed and draw(st.booleans()):
            return draw(base64_bodies(nl))
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
                    b"Content-Transfer-Encoding: 7bit" + nl + b"Content-Transfer-Encoding: base64",
                    b"Content-Disposition: attachment; filename=x.bin" + nl
                    + b"content-transfer-encoding:base64\t",
                    b"",
                ]
            )
        )  # fmt: skip
        return head + nl + nl + body()

    def multipart(boundary: bytes, depth: int) -> bytes:
        parts = []
        for _ in range(draw(st.integers(1, 3))):
            if depth < 2 and draw(st.integers(0, 3)) == 0:
                inner = boundary + b"x"
                parts.append(
                    b"Content-Type: multipart/related; boundary=" + inner + nl + nl
                    + multipart(inner, depth + 1)
                )  # fmt: skip
            elif depth < 2 and draw(st.integers(0, 5)) == 0:
                inner = boundary + b"m"
                parts.append(
                    b"Content-Type: message/rfc822" + nl + nl + b"From: c@d.cn" + nl
                    + b"Content-Type: multipart/mixed; boundary=" + inner + nl + nl
                    + multipart(inner, depth + 1)
                )  # fmt: skip
            else:
                parts.append(leaf())
        preamble = draw(st.sampled_from([b"", body() + nl]))
        end = b"--" + boundary + b"--"
        close = draw(st.sampled_from([end + nl, b"", end]))
        return preamble + b"".join(b"--" + boundary + nl + p + nl for p in parts) + close

    head = b"From: a@b.cn" + nl + b"Content-Type: multipart/mixed; boundary=B" + nl
    if draw(st.booleans()):
        head += b"Content-Transfer-Encoding: base64" + nl
    return head + nl + multipart(b"B", 0)


def _tree(msg: object, kept: dict[int, object] | None = None) -> list[object]:
    """Each part's headers, decoded payload, defects (after decoding), preamble, epilogue;
    a part whose body `parse` left cut out is decoded as read_mail decodes it."""
    from email.message import Message

    from parsers.mail.skeleton import Cut, decode_cut

    def payload(part: Message) -> object:
        if part.is_multipart():
            return None
        cut = (kept or {}).get(id(part))
        return decode_cut(part, cut) if isinstance(cut, Cut) else part.get_payload(decode=True)

    assert isinstance(msg, Message)
    return [
        (
            part.items(),
            payload(part),
            [type(d).__name__ for d in part.defects],
            part.preamble,
            part.epilogue,
        )
        for part in msg.walk()
    ]


def _plain(raw: bytes) -> object:
    from email import message_from_bytes
    from email import policy as email_policy

    return message_from_bytes(raw, policy=email_policy.compat32)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mails_with_base64())
def test_cutting_base64_bodies_out_changes_no_parse(raw: bytes) -> None:
    from parsers.mail.skeleton import parse

    msg, kept = parse(raw)
    assert _tree(msg, kept) == _tree(_plain(raw))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mails_with_base64(malformed=True),
    st.sampled_from([0, 1, 200, 2048, 10**9]),
    st.sampled_from([1, 3, 64, 1024 * 1024]),
)
def test_bodies_left_cut_out_give_the_plain_parse(raw: bytes, keep: int, window: int) -> None:
    """Any base64 body, well formed or not, cut out and decoded from the raw bytes (down to
    bodies of one byte, searched and checked a few bytes at a time): the same tree, bytes
    and defects as the stdlib's parse, and the same Mail as read_mail without cutting."""
    import parsers.mail.skeleton as pm

    with mock.patch.multiple(pm, CUT_MIN=16, BLOB_MIN=keep, WINDOW=window):
        msg, kept = pm.parse(raw)
        ours = _tree(msg, kept)
        mail = read_mail(raw)
    assert ours == _tree(_plain(raw))
    with mock.patch.object(pm, "CUT_MIN", 10**12):  # nothing is cut out: the plain parse
        assert mail == read_mail(raw)


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from([b"\r\n", b"\n"]).flatmap(base64_bodies),
    st.sampled_from([1, 2, 5, 64, 1024 * 1024]),
)
def test_base64_from_raw_bytes_is_what_get_payload_decodes(body: bytes, window: int) -> None:
    """`_base64` against the stdlib's own steps: `decode_b` of the lines joined."""
    from email._encoded_words import decode_b

    import parsers.mail.skeleton as pm

    raw = b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"--B--\r\n"
    start = raw.index(b"\r\n\r\n") + 4
    with mock.patch.object(pm, "WINDOW", window):
        value, defects = pm.base64_body(pm.Cut(raw, start, start + len(body)))
    want, want_defects = decode_b(b"".join(body.splitlines()))
    assert value == want
    assert [type(d) for d in defects] == [type(d) for d in want_defects]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"content-transfer-encoding:", b"Content-Transfer-", b"ENCODING:", b"x"]),
        max_size=12,
    ).map(b"".join),
    st.integers(1, 40),
    st.integers(0, 60),
)
def test_windowed_search_finds_what_a_lowered_copy_finds(raw: bytes, window: int, at: int) -> None:
    import parsers.mail.skeleton as pm

    with mock.patch.object(pm, "WINDOW", window):
        finder = pm.LowerFinder(raw, pm.CTE_NAME)
        found = [finder.find(at), finder.find(at + 1), finder.find(0)]
    lowered = raw.lower()
    assert found == [lowered.find(pm.CTE_NAME, i) for i in (at, at + 1, 0)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\r\n", b"\n", b"\r", b"a: b", b"\n\n"]), max_size=20))
def test_header_block_ends_at_the_first_blank_line_of_either_kind(pieces: list[bytes]) -> None:
    from parsers.mail.skeleton import header_block

    raw = b"".join(pieces)
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    assert header_block(raw) == (raw[: min(ends)] + b"\r\n\r\n" if ends else raw[:65536])
