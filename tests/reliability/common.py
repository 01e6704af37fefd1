"""Shared helpers of the fault and attack suite: configs, campaign mail, the CLI in a
subprocess, archive and store inspection, and the figures the suite reports."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from intake.config import Settings, parse_config
from tests.intake.helpers import PASSWORD_ENV, ROOT, TZ, docx_bytes, mail, with_test_store

FIGURES_ENV = "INTAKE_RELIABILITY_FIGURES"


def write_config(
    tmp_path: Path,
    *,
    mailbox_url: str | None = None,
    outbox_url: str | None = None,
    mailbox_extra: dict[str, str] | None = None,
    outbox_extra: dict[str, str] | None = None,
    store_url: str | None = None,
) -> tuple[Path, Settings]:
    """The shipped config with data under tmp_path; keys of [mailbox]/[outbox] replaced or
    added (values are TOML literals); the store of this pass's engine, or `store_url`.
    Returns (config path, parsed settings)."""
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    mailbox = dict(mailbox_extra or {})
    outbox = dict(outbox_extra or {})
    if mailbox_url:
        mailbox["url"] = f'"{mailbox_url}"'
        mailbox.setdefault("password_env", f'"{PASSWORD_ENV}"')
    if outbox_url:
        outbox["url"] = f'"{outbox_url}"'
    text = _set_keys(text, "[[mailboxes]]", mailbox)  # the first mailbox
    text = _set_keys(text, "[outbox]", outbox)
    if store_url is not None:
        text = _set_keys(text, "[store]", {"url": f'"{store_url}"'})
    else:
        text = with_test_store(text, tmp_path)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path, parse_config(text, base=tmp_path, source=str(path))


def _set_keys(text: str, section: str, keys: dict[str, str]) -> str:
    lines = text.splitlines()
    start = lines.index(section)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
    body = lines[start + 1 : end]
    for key, value in keys.items():
        for i, line in enumerate(body):
            if line.split("=", 1)[0].strip() == key:
                body[i] = f"{key} = {value}"
                break
        else:
            body.append(f"{key} = {value}")
    return "\n".join(lines[: start + 1] + body + lines[end:]) + "\n"


def units(settings: Settings) -> list[tuple[str, str, str]]:
    """(id, name, first registered address) of every unit with an address."""
    return [(u.id, u.name, u.emails[0]) for u in settings.campaign.units if u.emails]


KINDS = (
    ("活动周方案", "{name}2020年职业教育活动周实施方案", "方案"),
    ("活动周宣传稿件", "{name}职业教育活动周宣传报道第{i}篇", "宣传稿件"),
    ("活动周总结", "{name}2020年职业教育活动周总结报告", "总结报告"),
    ("联络员信息", "{name}职业教育活动周联络员", "联络员"),
)


@functools.cache
def _files(uid: str, name: str, n: int) -> list[tuple[str, bytes]]:
    """The files of message `n` of a unit, built once: a resend carries the same bytes
    (python-docx stamps the zip entries with the current second)."""
    _, title, label = KINDS[n % len(KINDS)]
    files = [(f"{label}{n}.docx", docx_bytes(title.format(name=name, i=n), f"正文 {uid}-{n}"))]
    if n % 7 == 3:
        files.append((f"宣传稿件{n}b.docx", docx_bytes(f"{name}宣传报道 {n}b", f"附 {uid}-{n}-b")))
    return files


def campaign_message(
    i: int, unit: tuple[str, str, str], when: datetime, *, resend_of: int | None = None
) -> tuple[EmailMessage, list[tuple[str, bytes]]]:
    """Message number `i` of a campaign backlog from `unit`: one or two docx files whose
    content is unique to (unit, i); `resend_of` repeats the files of an earlier message."""
    uid, name, addr = unit
    n = resend_of if resend_of is not None else i
    subject = KINDS[n % len(KINDS)][0]
    files = _files(uid, name, n)
    msg = mail(
        sender=addr,
        subject=f"{name}{subject}（{i}）",
        body=f"{name}报送{subject}，请查收。",
        files=files,
        when=when,
        message_id=f"<backlog-{i}@{addr.split('@')[1]}>",
    )
    return msg, files


def deliver_raw(folder: Path, data: bytes, when: datetime) -> None:
    """Put bytes into a Maildir exactly as given (helpers.deliver_maildir re-serialises
    the message through the email package, which changes malformed input)."""
    import mailbox

    folder.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(folder, create=True)
    key = box.add(data)
    path = Path(box._path) / box._lookup(key)  # type: ignore[attr-defined]
    os.utime(path, (when.timestamp(), when.timestamp()))
    assert path.read_bytes() == data


def intake_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def start_cli(
    args: list[str], env: dict[str, str], log_dir: Path, tag: str
) -> subprocess.Popen[bytes]:
    """`python -m intake ARGS` in its own process group, output to log files."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out = (log_dir / f"{tag}.out").open("wb")
    err = (log_dir / f"{tag}.err").open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "intake", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=out,
        stderr=err,
        start_new_session=True,
    )


_MEASURED = (
    "import atexit, sys\n"
    "def _hwm():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(sys.argv[1], 'w').write(line.split()[1])\n"
    "atexit.register(_hwm)\n"
    "from intake.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def run_measured(
    args: list[str], env: dict[str, str], log_dir: Path, tag: str, timeout: float = 900
) -> tuple[int, float]:
    """`intake ARGS` in a child; (exit status, the child's own peak RSS in MB, read from
    VmHWM, which exec resets, unlike getrusage's maxrss)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    hwm = log_dir / f"{tag}.hwm"
    with (log_dir / f"{tag}.out").open("wb") as out, (log_dir / f"{tag}.err").open("wb") as err:
        status = subprocess.run(
            [sys.executable, "-c", _MEASURED, str(hwm), *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            timeout=timeout,
        ).returncode
    return status, int(hwm.read_text()) / 1024 if hwm.exists() else float("nan")


def run_cli(
    args: list[str], env: dict[str, str], log_dir: Path, tag: str, timeout: float = 600
) -> int:
    proc = start_cli(args, env, log_dir, tag)
    return proc.wait(timeout=timeout)


def archive_files(root: Path) -> list[Path]:
    """Every regular file under the unit and _unassigned folders (not _raw)."""
    if not root.exists():
        return []
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] != "_raw"
    )


def _not_ready() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [sqlite3.OperationalError]
    try:
        import psycopg
    except ImportError:
        return tuple(errors)
    return (*errors, psycopg.errors.UndefinedTable, psycopg.OperationalError)


DB_NOT_READY = _not_ready()  # a store not made yet (no tables), or busy


class _Row(tuple):
    """A result row that reads by position and by column name, as sqlite3.Row does."""

    _names: dict[str, int]

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


class _Rows(list):
    def fetchall(self) -> list[_Row]:
        return list(self)

    def fetchone(self) -> _Row | None:
        return self[0] if self else None


class Db:
    """Raw SQL on a test's store, SQLite or PostgreSQL alike: `with db(settings) as con:
    con.execute("SELECT … WHERE x = ?", (x,))`; rows read by position or name."""

    def __init__(self, settings: Settings) -> None:
        self.url = settings.store_url
        self.row_factory = None  # sqlite3's attribute, accepted and unused

    def __enter__(self) -> Db:
        if self.url.startswith("sqlite:///"):
            self._sqlite = sqlite3.connect(self.url.removeprefix("sqlite:///"))
        else:
            import psycopg
            from sqlalchemy.engine import make_url

            url = make_url(self.url)
            self._sqlite = None
            self._pg = psycopg.connect(
                host=url.query.get("host") or url.host,
                port=url.port,
                user=url.username,
                password=url.password,
                dbname=url.database,
            )
        return self

    def execute(self, sql: str, params: tuple = ()) -> _Rows:
        if self._sqlite is not None:
            cur = self._sqlite.execute(sql, params)
        else:
            cur = self._pg.execute(sql.replace("?", "%s"), params)
        if cur.description is None:
            return _Rows()
        names = {d[0]: i for i, d in enumerate(cur.description)}
        rows = _Rows()
        for values in cur.fetchall():
            if self._sqlite is None:  # JSON as SQLite hands it over: the text SQLAlchemy wrote
                values = [json.dumps(v) if isinstance(v, list | dict) else v for v in values]
            row = _Row(values)
            row._names = names
            rows.append(row)
        return rows

    def __exit__(self, *exc: object) -> None:
        con = self._sqlite if self._sqlite is not None else self._pg
        con.commit()
        con.close()


def db(settings: Settings) -> Db:
    return Db(settings)


def store_rows(settings: Settings) -> bytes:
    """Every row of every table of the store, as bytes (text, and binary columns as they
    are): what a scan for leaked secrets reads where the database is no file."""
    out: list[bytes] = []
    with db(settings) as con:
        tables = [
            t
            for (t,) in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        ]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    out.append(value if isinstance(value, bytes) else str(value).encode())
    return b"\n".join(out)


def missing_store(settings: Settings) -> bool:
    """No database yet (a SQLite file not made yet); PostgreSQL's always exists."""
    url = settings.store_url
    return url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()


def duplicates(values) -> dict:
    return {k: n for k, n in Counter(values).items() if n > 1}


def report_figures(name: str, **figures: object) -> None:
    """Print the figures (pytest -s shows them) and append them to $INTAKE_RELIABILITY_FIGURES."""
    line = json.dumps({"test": name, **figures}, ensure_ascii=False, default=str)
    print(line)
    target = os.environ.get(FIGURES_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as f:
            f.write(line + "\n")


__all__ = ["PASSWORD_ENV", "TZ"]
