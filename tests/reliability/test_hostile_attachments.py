"""Hostile attachments through the real pipeline (`intake poll` in a subprocess): each is
bounded (peak memory measured with wait4), recorded with its reason, nothing is written
outside the archive, and the next message is processed."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake.corrections import problems
from intake.pipeline import Context
from tests.fixtures.servers import Dovecot
from tests.intake.helpers import PASSWORD_ENV, TZ, deliver_maildir, docx_bytes, mail
from tests.reliability.common import (
    archive_files,
    db,
    intake_env,
    report_figures,
    run_measured,
    start_cli,
    write_config,
)
from tests.reliability.hostile import (
    BILLION_LAUGHS,
    DOCX_TYPE,
    XLSX_TYPE,
    build_pdf,
    docx_with_xml,
    nested_multipart,
    pdf_bomb_page,
    poi_shared_string_bomb,
    rar_symlink_traversal,
    raw_message,
    xlsx_entity_bomb,
    zip_bomb_nested,
    zip_bomb_ratio,
    zip_of,
)

SENDER = "fczz@ta.shandong.cn"  # 肥城市职业中等专业学校, registered
WHEN = datetime(2020, 11, 4, 10, 0, tzinfo=TZ)
NOW = "2020-11-05T09:00"
MEMORY_BOUND_MB = 1024  # generous: the point is "bounded", not a benchmark
XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
TOKEN = "evil-7f3a"  # marks files a path escape would have written
HOSTILE_NAMES = [
    f"/tmp/{TOKEN}-abs.docx",
    f"../../../../../../tmp/{TOKEN}-dots.docx",
    f"..\\..\\..\\{TOKEN}-backslash.docx",
    f"方案\x00{TOKEN}.docx",
    "CON",
    "aux.docx",
    "LPT1.txt",
    "..",
    ".",
    " .. ",
    "活" * 100 + ".docx",  # 300 bytes of UTF-8 in the stem
    "a" * 300 + ".docx",
    f"C:\\Windows\\System32\\{TOKEN}-drive.docx",
]


@dataclass
class Run:
    settings: object
    ctx: Context
    rss_mb: float
    status: int
    log: str

    def rows(self) -> list[sqlite3.Row]:
        with db(self.settings) as con:
            con.row_factory = sqlite3.Row
            return list(con.execute("SELECT * FROM messages ORDER BY id"))

    def attachments(self, message_id: str) -> list[sqlite3.Row]:
        with db(self.settings) as con:
            con.row_factory = sqlite3.Row
            return list(
                con.execute(
                    "SELECT a.* FROM attachments a JOIN messages m ON a.message_pk = m.id "
                    "WHERE m.message_id = ? ORDER BY a.idx",
                    (message_id,),
                )
            )

    def by_mid(self, message_id: str) -> sqlite3.Row:
        [row] = [r for r in self.rows() if r["message_id"] == message_id]
        return row


def poll_subprocess(cfg: Path, tmp_path: Path, env: dict[str, str], tag: str) -> tuple[int, float]:
    """`intake -v poll` in a child; (exit status, the child's peak RSS in MB)."""
    return run_measured(
        ["-v", "--config", str(cfg), "--now", NOW, "poll"], env, tmp_path / "logs", tag
    )


def follow_up() -> bytes:
    plan = docx_bytes("肥城市职业中等专业学校2020年职业教育活动周实施方案", "一、活动目的")
    return mail(
        sender=SENDER,
        subject="肥城职专活动周方案",
        files=[("肥城职专方案.docx", plan)],
        when=WHEN + timedelta(minutes=5),
        message_id="<next@fczz>",
    ).as_bytes()


def files_outside_archive(tmp_path: Path) -> list[Path]:
    """Files a run wrote somewhere it should not: anything but the store, the archive, the
    outbox, digests, the ledger, the lock, the Maildir and our logs."""
    allowed = (
        "data/archive/",
        "data/outbox/",
        "data/digests/",
        "data/mail/",
        "data/ledger/",
        "data/intake.lock",
        "logs/",
    )
    out = []
    for p in tmp_path.rglob("*"):
        rel = p.relative_to(tmp_path).as_posix()
        expected = rel.startswith(allowed) or rel.startswith("data/intake.db")
        if p.is_file() and not expected and rel != "config.toml":
            out.append(p)
    return out


def escaped(tmp_path: Path) -> list[Path]:
    found = [p for p in Path("/tmp").glob(f"{TOKEN}*")]
    found += [p for p in tmp_path.parent.rglob(f"*{TOKEN}*") if "data/archive" not in str(p)]
    return found + files_outside_archive(tmp_path)


def take_in(tmp_path: Path, hostile: bytes, tag: str, **mailbox: str) -> Run:
    cfg, settings = write_config(tmp_path, mailbox_extra=mailbox)
    inbox = settings.path("data/mail")
    deliver_maildir(inbox, hostile, WHEN)
    deliver_maildir(inbox, follow_up(), WHEN + timedelta(minutes=5))
    status, rss = poll_subprocess(cfg, tmp_path, intake_env(), tag)
    log = (tmp_path / "logs" / f"{tag}.err").read_text(errors="replace")
    return Run(settings, Context.open(settings), rss, status, log)


def check_bounded(run: Run, tmp_path: Path, case: str, mid: str) -> sqlite3.Row:
    """The checks every case shares; returns the hostile message's row."""
    assert run.status == 0, run.log[-2000:]
    nxt = run.by_mid("<next@fczz>")
    assert nxt["state"] == "done" and nxt["unit_id"] == "fczz"
    [plan] = run.attachments("<next@fczz>")
    assert plan["category"] == "plan" and (run.settings.archive_dir / plan["path"]).is_file()
    row = run.by_mid(mid)
    assert row["state"] in ("done", "failed")
    assert (run.settings.archive_dir / row["raw_path"]).is_file()  # raw kept
    assert escaped(tmp_path) == []
    assert run.ctx.archive.partial_files() == []
    report_figures("hostile attachment", case=case, peak_rss_mb=round(run.rss_mb, 1))
    assert run.rss_mb < MEMORY_BOUND_MB
    return row


def unreadable_problem(run: Run, mid: str) -> list[str]:
    ids = {f"a{a['id']}" for a in run.attachments(mid)}
    return [p.text for p in problems(run.ctx) if p.kind == "unreadable" and p.ref in ids]


BOMBS = {
    "zip bomb: one member of 64 MB zeros": (
        lambda: [("活动周材料.zip", "application/zip", zip_bomb_ratio(64))],
        "compression ratio",
    ),
    "zip bomb: zips nested 12 deep": (
        lambda: [("活动周材料.zip", "application/zip", zip_bomb_nested(12))],
        "nested deeper",
    ),
    "docx entity bomb (billion laughs)": (
        lambda: [
            (
                "活动周方案.docx",
                DOCX_TYPE,
                docx_with_xml(BILLION_LAUGHS.replace("lolz", "w:document"), "&lol9;"),
            )
        ],
        "DTD",
    ),
    "xlsx entity bomb (billion laughs)": (
        lambda: [("活动周情况统计表.xlsx", XLSX_TYPE, xlsx_entity_bomb())],
        "DTD",
    ),
    "pdf whose content stream inflates to 1.2 GB": (
        lambda: [("活动周总结.pdf", "application/pdf", build_pdf([pdf_bomb_page(1200)]))],
        "PDF reader ended while reading it",
    ),
    "docx external entity file:///etc/passwd": (
        lambda: [("活动周方案.docx", DOCX_TYPE, docx_with_xml(XXE, "&xxe;"))],
        "DTD",
    ),
    "xlsx shared strings expanding to gigabytes (Apache POI)": (
        lambda: [("活动周情况统计表.xlsx", XLSX_TYPE, poi_shared_string_bomb())],
        "expands beyond",
    ),
    "rar with a symlink traversal (rarfile)": (
        lambda: [("活动周材料.rar", "application/vnd.rar", rar_symlink_traversal())],
        "could not be extracted",
    ),
}


@pytest.mark.parametrize("case", sorted(BOMBS))
def test_bombs_are_refused_with_a_reason(tmp_path: Path, case: str) -> None:
    parts, reason = BOMBS[case]
    mid = "<bomb@fczz>"
    run = take_in(tmp_path, raw_message(SENDER, "活动周材料", parts(), message_id=mid), "bomb")
    row = check_bounded(run, tmp_path, case, mid)
    assert row["state"] == "done"
    texts = unreadable_problem(run, mid)
    assert texts and all(reason in t for t in texts), texts


def test_external_entity_content_appears_nowhere(tmp_path: Path) -> None:
    passwd = Path("/etc/passwd").read_text()
    secret = "root:x:0:0"
    assert secret in passwd
    mid = "<xxe@fczz>"
    xxe = docx_with_xml(XXE, "&xxe;")
    run = take_in(
        tmp_path,
        raw_message(SENDER, "活动周方案", [("活动周方案.docx", DOCX_TYPE, xxe)], message_id=mid),
        "xxe",
    )
    check_bounded(run, tmp_path, "xxe grep", mid)
    cfg = tmp_path / "config.toml"
    for cmd in (["digest"], ["export", str(tmp_path / "logs" / "book.xlsx")], ["problems"]):
        proc = start_cli(
            ["-v", "--config", str(cfg), "--now", NOW, *cmd],
            intake_env(),
            tmp_path / "logs",
            cmd[0],
        )
        assert proc.wait(timeout=120) == 0
    assert list((tmp_path / "data" / "digests").glob("*.html"))
    assert list((tmp_path / "data" / "outbox").glob("*.eml"))  # the ack and the digest
    # archive (raw mail and the docx as sent carry only the reference), store with its
    # WAL, digest HTML, outbox .eml files, workbook, every log line (-v, DEBUG)
    leaks = [p for p in tmp_path.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]
    assert leaks == []
    [att] = run.attachments(mid)
    assert att["doc_status"] == "unreadable" and "DTD" in att["doc_reason"]


def test_hostile_file_names_stay_inside_the_archive(tmp_path: Path) -> None:
    mid = "<names@fczz>"
    parts = [
        (name, DOCX_TYPE, docx_bytes(f"活动周宣传稿件 {i}", f"第{i}篇"))
        for i, name in enumerate(HOSTILE_NAMES)
    ]
    run = take_in(tmp_path, raw_message(SENDER, "活动周宣传稿件", parts, message_id=mid), "names")
    row = check_bounded(run, tmp_path, "hostile attachment names", mid)
    assert row["state"] == "done"
    atts = run.attachments(mid)
    assert len(atts) == len(HOSTILE_NAMES)
    root = run.settings.archive_dir.resolve()
    for a in atts:
        path = (root / a["path"]).resolve()
        assert path.is_relative_to(root / "fczz") and path.is_file(), a["path"]
        name = path.name
        assert "\x00" not in name and "/" not in name and "\\" not in name
        assert len(name.encode()) <= 255
        stem = name.split("_", 1)[1].split(".")[0].upper()
        assert stem not in {"CON", "AUX", "PRN", "NUL", "LPT1"}
    assert len({a["path"] for a in atts}) == len(atts)  # none overwrote another


def test_hostile_zip_member_names_stay_inside_the_archive(tmp_path: Path) -> None:
    mid = "<zipnames@fczz>"
    members = [
        (n, f"稿件 {i}".encode()) for i, n in enumerate(HOSTILE_NAMES) if n not in (".", "..")
    ]
    members.append((f"sub/../../../{TOKEN}-member.txt", b"x"))
    zipped = zip_of([(n if not n.endswith(".docx") else n[:-5] + ".txt", d) for n, d in members])
    run = take_in(
        tmp_path,
        raw_message(
            SENDER, "活动周宣传稿件", [("稿件.zip", "application/zip", zipped)], message_id=mid
        ),
        "zipnames",
    )
    row = check_bounded(run, tmp_path, "hostile zip member names", mid)
    assert row["state"] == "done"
    atts = [a for a in run.attachments(mid) if a["path"]]
    assert len(atts) >= len(members) - 1  # a NUL name is cut by zipfile at the NUL
    root = run.settings.archive_dir.resolve()
    for a in atts:
        path = (root / a["path"]).resolve()
        assert path.is_relative_to(root / "fczz") and path.is_file(), a["path"]


def test_a_thousand_attachments(tmp_path: Path) -> None:
    mid = "<thousand@fczz>"
    parts = [(f"稿件{i:04d}.txt", "text/plain", f"宣传稿件第{i}篇".encode()) for i in range(1000)]
    run = take_in(tmp_path, raw_message(SENDER, "活动周宣传稿件", parts, message_id=mid), "many")
    row = check_bounded(run, tmp_path, "1,000 attachments", mid)
    assert row["state"] == "done"
    atts = run.attachments(mid)
    assert len(atts) == 1000
    assert len([p for p in archive_files(run.settings.archive_dir) if "稿件" in p.name]) == 1000


def test_multiparts_nested_100_deep(tmp_path: Path) -> None:
    mid = "<deep@fczz>"
    run = take_in(tmp_path, nested_multipart(SENDER, 100, mid), "deep")
    row = check_bounded(run, tmp_path, "multiparts nested 100 deep", mid)
    assert row["state"] == "done"
    assert "malformed" in row["flags"]
    assert "MIME nesting deeper than" in row["problems"]


@pytest.mark.slow
def test_a_50_mb_attachment(tmp_path: Path) -> None:
    mid = "<big@fczz>"
    data = os.urandom(50 * 1024 * 1024)
    run = take_in(
        tmp_path,
        raw_message(SENDER, "活动周宣传视频", [("宣传视频.docx", DOCX_TYPE, data)], message_id=mid),
        "big",
        max_message_mb="80",
    )
    row = check_bounded(run, tmp_path, "50 MB attachment", mid)
    assert row["state"] == "done"
    [att] = run.attachments(mid)
    assert att["size"] == len(data) and att["doc_status"] == "unreadable"
    assert (run.settings.archive_dir / att["path"]).stat().st_size == len(data)
    assert unreadable_problem(run, mid)


def _over_the_cap(tmp_path: Path, dovecot: Dovecot, megabytes: int, cap: str) -> None:
    mid = f"<huge{megabytes}@fczz>"
    cfg, settings = write_config(
        tmp_path, mailbox_url=dovecot.url, mailbox_extra={"max_message_mb": cap}
    )
    data = os.urandom(megabytes * 1024 * 1024 * 3 // 4)  # base64 makes it `megabytes` long
    hostile = raw_message(SENDER, "活动周材料", [("材料.docx", DOCX_TYPE, data)], message_id=mid)
    assert len(hostile) > float(cap) * 1024 * 1024
    with dovecot.client() as c:
        c.append("INBOX", hostile, msg_time=WHEN)
        c.append("INBOX", follow_up(), msg_time=WHEN + timedelta(minutes=5))
    status, rss = poll_subprocess(
        cfg, tmp_path, intake_env(**{PASSWORD_ENV: dovecot.password}), "huge"
    )
    run = Run(
        settings,
        Context.open(settings),
        rss,
        status,
        (tmp_path / "logs" / "huge.err").read_text(errors="replace"),
    )
    row = check_bounded(run, tmp_path, f"{megabytes} MB message over a {cap} MB cap", mid)
    assert row["state"] == "done"
    assert "too-large" in row["flags"] and "over the cap" in row["problems"]
    assert run.attachments(mid) == []  # not parsed
    raw = (settings.archive_dir / row["raw_path"]).read_bytes()
    assert raw == hostile  # stored raw, whole
    assert [p for p in problems(run.ctx) if p.kind == "too-large" and p.ref == f"#{row['id']}"]


@pytest.mark.server
def test_message_over_the_size_cap_is_stored_raw_flagged_not_parsed(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    _over_the_cap(tmp_path, dovecot, 6, "5")


@pytest.mark.slow
@pytest.mark.server
def test_a_100_mb_message(tmp_path: Path, dovecot: Dovecot) -> None:
    _over_the_cap(tmp_path, dovecot, 100, "60")
