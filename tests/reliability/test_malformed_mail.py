"""Malformed mail: a corpus of real-world broken shapes (tests/samples/malformed/) and a
hypothesis fuzz test that mutates valid messages in their headers, boundaries, charsets,
base64 and line endings. The pipeline never raises, never marks a message failed, and keeps
the raw bytes of every message it takes in."""

from __future__ import annotations

import base64
import hashlib
import itertools
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from intake import jobs
from intake.pipeline import Context, take_in
from intake.sources.base import RawMessage
from tests.intake.helpers import TZ, docx_bytes, mail
from tests.reliability.common import db, deliver_raw, report_figures, write_config

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "malformed"
WHEN = datetime(2020, 11, 4, 10, 0, tzinfo=TZ)
NOW = datetime(2020, 11, 5, 9, 0, tzinfo=TZ)
FUZZ_EXAMPLES = 400
LONG_FUZZ_EXAMPLES = 4000


def test_corpus_is_there() -> None:
    assert len(sorted(CORPUS.glob("*.eml"))) >= 20


@pytest.mark.parametrize("sample", sorted(p.name for p in CORPUS.glob("*.eml")))
def test_malformed_shape_is_taken_in_raw_kept(tmp_path: Path, sample: str) -> None:
    data = (CORPUS / sample).read_bytes()
    _, cfg = write_config(tmp_path)
    ctx = Context.open(cfg)
    deliver_raw(cfg.path("data/mail"), data, WHEN)
    report = jobs.poll_once(ctx, now=NOW)
    [outcome] = report.outcomes
    # taken in; a shape with nothing in it (headers only) is no submission, but kept too
    assert outcome.state in ("done", "ignored"), outcome.reason
    sha = hashlib.sha256(data).hexdigest()
    assert (cfg.archive_dir / "_raw" / f"{sha}.eml").read_bytes() == data
    with db(cfg) as con:
        [(state, raw_path)] = con.execute("SELECT state, raw_path FROM messages").fetchall()
    assert state == outcome.state and raw_path == f"_raw/{sha}.eml"


# --- fuzzing ---------------------------------------------------------------------------


def _seeds() -> list[bytes]:
    plan = docx_bytes("肥城市职业中等专业学校2020年职业教育活动周实施方案", "一、活动目的")
    first = mail(
        sender="肥城职专 <fczz@ta.shandong.cn>",
        subject="肥城职专活动周方案",
        body="您好，活动周方案见附件。宣传专栏：http://www.fczz.net/hdz/",
        files=[("活动周方案.docx", plan)],
        when=WHEN,
        message_id="<seed1@fczz>",
    ).as_bytes()
    gbk_body = "联络员：张三，职务：办公室主任，手机：13800000000".encode("gbk")
    second = (
        b"From: =?gb2312?B?" + base64.b64encode("岱岳区职教中心".encode("gb2312")) + b"?= "
        b"<dyzjzx@ta.shandong.cn>\r\nTo: jyj-zcjk01@ta.shandong.cn\r\n"
        b"Subject: =?GBK?Q?"
        + "".join(f"={b:02X}" for b in "活动周联络员".encode("gbk")).encode()
        + b"?=\r\nDate: Wed, 04 Nov 2020 10:00:00 +0800\r\nMessage-ID: <seed2@dyzjzx>\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="ALT"\r\n\r\n'
        b"--ALT\r\nContent-Type: text/plain; charset=gbk\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(gbk_body)
        + b"\r\n--ALT\r\nContent-Type: text/html; charset=gbk\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>"
        + "".join(f"={b:02X}" for b in gbk_body).encode()
        + b"</p>\r\n--ALT--\r\n"
    )
    inner = mail(
        sender="tszy@tsvtc.edu.cn",
        subject="泰山职院活动周总结",
        files=[("总结.docx", docx_bytes("泰山职业技术学院活动周总结报告"))],
        when=WHEN,
        message_id="<inner@tsvtc>",
    )
    outer = mail(
        sender="tszy@tsvtc.edu.cn", subject="Fw: 活动周总结", when=WHEN, message_id="<seed3@tsvtc>"
    )
    outer.add_attachment(inner)
    return [first, second, outer.as_bytes()]


SEEDS = _seeds()
CHARSETS = [b"utf-8", b"gbk", b"gb2312", b"x-unknown", b"", b"utf-7", b"\xff\xfe", b'"', b"utf-8''"]


def _positions(data: bytes, needle: bytes) -> list[int]:
    out, start = [], 0
    while (i := data.find(needle, start)) >= 0:
        out.append(i)
        start = i + 1
    return out


@st.composite
def header_mutation(draw, data: bytes) -> bytes:
    end = data.find(b"\n\n") if b"\n\n" in data else data.find(b"\r\n\r\n")
    head, body = (data[:end], data[end:]) if end > 0 else (data, b"")
    lines = head.split(b"\n")
    i = draw(st.integers(0, len(lines) - 1))
    name = lines[i].split(b":", 1)[0]
    op = draw(st.sampled_from(["delete", "duplicate", "garble", "encoded-word", "unfold"]))
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "garble":
        lines[i] = name + b": " + draw(st.binary(max_size=80))
    elif op == "encoded-word":
        cs = draw(st.sampled_from(CHARSETS))
        enc = draw(st.sampled_from([b"B", b"Q", b"X", b""]))
        lines[i] = name + b": =?" + cs + b"?" + enc + b"?" + draw(st.binary(max_size=40)) + b"?="
    else:
        lines.insert(i + 1, b" " + draw(st.binary(max_size=40)).replace(b"\n", b""))
    return b"\n".join(lines) + body


@st.composite
def boundary_mutation(draw, data: bytes) -> bytes:
    spots = _positions(data, b"\n--") + _positions(data, b"boundary=")
    if not spots:
        return data
    i = draw(st.sampled_from(spots))
    op = draw(st.sampled_from(["cut", "alter", "drop-rest", "repeat"]))
    if op == "cut":
        return data[: i + 3] + data[i + 3 + draw(st.integers(1, 12)) :]
    if op == "alter":
        return data[: i + 3] + draw(st.binary(min_size=1, max_size=8)) + data[i + 3 :]
    if op == "drop-rest":
        return data[:i]
    return data[:i] + data[i : i + 40] * draw(st.integers(2, 30)) + data[i:]


@st.composite
def charset_mutation(draw, data: bytes) -> bytes:
    spots = _positions(data, b"charset=")
    if not spots:
        return data
    i = draw(st.sampled_from(spots)) + len(b"charset=")
    j = i
    while j < len(data) and data[j : j + 1] not in (b"\r", b"\n", b";"):
        j += 1
    return data[:i] + draw(st.sampled_from(CHARSETS)) + data[j:]


@st.composite
def base64_mutation(draw, data: bytes) -> bytes:
    spots = _positions(data, b"base64")
    if not spots:
        return data
    start = draw(st.sampled_from(spots))
    body = data.find(b"\n\n", start)
    body = body if body >= 0 else data.find(b"\r\n\r\n", start)
    if body < 0:
        return data
    pos = body + draw(st.integers(2, 400))
    junk = draw(st.sampled_from([b"!", b"=", b"==", b"\x00", b"-", b"\xff", b"A", b" ", b"\n"]))
    op = draw(st.sampled_from(["insert", "delete", "truncate"]))
    if op == "insert":
        return data[:pos] + junk * draw(st.integers(1, 5)) + data[pos:]
    if op == "delete":
        return data[:pos] + data[pos + draw(st.integers(1, 7)) :]
    return data[:pos]


@st.composite
def line_ending_mutation(draw, data: bytes) -> bytes:
    op = draw(st.sampled_from(["lf", "cr", "crlf", "mixed", "strip"]))
    plain = data.replace(b"\r\n", b"\n")
    if op == "lf":
        return plain
    if op == "cr":
        return plain.replace(b"\n", b"\r")
    if op == "crlf":
        return plain.replace(b"\n", b"\r\n")
    if op == "strip":
        return plain.replace(b"\n", b"", draw(st.integers(1, 20)))
    seps = draw(st.lists(st.sampled_from([b"\n", b"\r", b"\r\n", b"\n\r"]), min_size=1, max_size=8))
    parts = plain.split(b"\n")
    cycle = itertools.cycle(seps)
    return b"".join(p + next(cycle) for p in parts)


@st.composite
def byte_flips(draw, data: bytes) -> bytes:
    out = bytearray(data)
    if not out:
        return data
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(out) - 1))
        out[i] = draw(st.integers(0, 255))
    return bytes(out)


MUTATIONS = [
    header_mutation,
    boundary_mutation,
    charset_mutation,
    base64_mutation,
    line_ending_mutation,
    byte_flips,
]


@st.composite
def mutated_message(draw) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        data = draw(mutation(data))
    return data


def _fuzz(tmp_path: Path, examples: int, name: str, seed_value: int | None) -> None:
    _, cfg = write_config(tmp_path)
    ctx = Context.open(cfg)
    known = ctx.store.known()
    counter = itertools.count()
    states: dict[str, int] = {}

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=seed_value is None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated_message())
    def one(data: bytes) -> None:
        uid = str(next(counter))
        ctx.store.claim("fuzz", 0, [uid], NOW)
        raw = RawMessage(uid=uid, data=data, received_at=WHEN + timedelta(seconds=int(uid)))
        outcome = take_in(ctx, "fuzz", 0, raw, now=NOW, known=known)  # must not raise
        states[outcome.state] = states.get(outcome.state, 0) + 1
        assert outcome.state != "failed", outcome.reason
        if outcome.state in ("done", "duplicate"):
            sha = hashlib.sha256(data).hexdigest()
            assert (cfg.archive_dir / "_raw" / f"{sha}.eml").read_bytes() == data

    if seed_value is not None:
        one = seed(seed_value)(one)
    one()
    ran = next(counter)
    report_figures(name, examples=ran, outcomes=states)
    assert ran >= examples // 2
    assert states.get("done", 0) > ran // 2  # most mutants are still campaign mail


def test_fuzzed_mail_never_breaks_the_pipeline_and_raw_is_kept(tmp_path: Path) -> None:
    _fuzz(tmp_path, FUZZ_EXAMPLES, "malformed mail fuzz", None)


@pytest.mark.slow
def test_fuzzed_mail_long_run(tmp_path: Path) -> None:
    _fuzz(tmp_path, LONG_FUZZ_EXAMPLES, "malformed mail fuzz (long)", 20201105)
