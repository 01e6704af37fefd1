"""Migrations: a whole demo campaign stored at schema 1 (before migrations) is upgraded on
SQLite and on PostgreSQL with every row found again, and what the migrations make is
what intake/store/schema.py declares (Alembic's autogenerate comparison), so a table or
column added to schema.py without a migration fails here.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect, select
from sqlalchemy.engine import Engine

from intake.cli import main
from intake.errors import StoreError
from intake.store import ItemRow, OutboxRow, Store, migrations
from intake.store.opening import upgrade
from intake.store.schema import AttachmentRow, Base, MessageRow
from tests.intake.helpers import ROOT

DUMP = ROOT / "tests" / "samples" / "store" / "demo-schema1.sql.gz"
BASELINE_TABLES = ("messages", "attachments", "items", "senders", "outbox", "audit", "meta")
# schema 1's SQLite expression index cannot be reflected (0003 replaces it)
pytestmark = pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")
COUNTS = {"messages": 31, "attachments": 40, "items": 48, "outbox": 226, "meta": 3}


def _schema1(path: Path) -> Path:
    """The demo campaign's SQLite database as schema 1 left it."""
    con = sqlite3.connect(path)
    con.executescript(gzip.decompress(DUMP.read_bytes()).decode())
    con.close()
    return path


def _rows(engine: Engine, table: str, columns: list[str]) -> list[tuple]:
    """Every row of `table` (these columns), comparable across engines."""
    meta = MetaData()
    meta.reflect(engine, only=[table])
    t = meta.tables[table]
    with engine.connect() as conn:
        rows = conn.execute(select(*(t.c[c] for c in columns)).order_by(*t.primary_key)).all()
    return sorted(tuple(_plain(v) for v in row) for row in rows)


def _plain(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == " ":
        return datetime.fromisoformat(value).isoformat(sep=" ")
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _copy_rows(source: Engine, target: Engine) -> None:
    """Every row of the schema-1 tables from `source` into the same tables in `target`."""
    src, dst = MetaData(), MetaData()
    src.reflect(source, only=list(BASELINE_TABLES))
    dst.reflect(target, only=list(BASELINE_TABLES))
    order = ("messages", "attachments", "items", "senders", "outbox", "audit", "meta")
    with source.connect() as read, target.begin() as write:
        write.exec_driver_sql("DELETE FROM meta")  # 0001 wrote schema_version; the dump has it
        for name in order:
            rows = [dict(r._mapping) for r in read.execute(select(src.tables[name]))]
            if name == "messages":  # duplicate_of points at rows inserted in the same go
                rows.sort(key=lambda r: r["id"])
            for row in rows:
                for key, value in row.items():
                    if isinstance(value, str) and key in _json_columns(dst.tables[name]):
                        row[key] = json.loads(value)
            if rows:
                write.execute(dst.tables[name].insert(), rows)
        if target.dialect.name == "postgresql":  # ids were given: move the sequences on
            for name in ("messages", "attachments", "items", "outbox", "audit"):
                write.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {name}))"
                )


def _json_columns(table: Any) -> set[str]:
    return {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}


@contextmanager
def _schema1_store(url: str, tmp_path: Path) -> Iterator[Engine]:
    """An engine on `url` holding the demo campaign at schema 1 (SQLite: the dump itself;
    PostgreSQL: revision 0001 made by the migration, rows copied from the dump)."""
    old = _schema1(tmp_path / "schema1.db")
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        Path(url.removeprefix("sqlite:///")).write_bytes(old.read_bytes())
        engine = create_engine(url)
    else:
        engine = create_engine(url)
        with engine.begin() as conn:
            migrations.upgrade(conn, migrations.BASELINE)
        _copy_rows(create_engine(f"sqlite:///{old}"), engine)
    try:
        yield engine
    finally:
        engine.dispose()


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def test_a_demo_campaign_at_schema_1_is_upgraded_with_every_row(
    any_store_url: str, tmp_path: Path
) -> None:
    url = any_store_url
    with _schema1_store(url, tmp_path) as engine:
        columns = {t: [c["name"] for c in inspect(engine).get_columns(t)] for t in BASELINE_TABLES}
        before = {t: _rows(engine, t, columns[t]) for t in BASELINE_TABLES}
        assert {t: len(before[t]) for t in COUNTS} == COUNTS
        if engine.dialect.name == "postgresql":  # shared: upgraded on purpose only
            with pytest.raises(StoreError, match=r"run `intake db upgrade`") as refused:
                Store.open(url)
            assert "\n" not in str(refused.value)
            assert "revision 0001" in str(refused.value)
            upgrade(engine)
        store = Store.open(url)  # SQLite: upgraded here, after a backup copy
        assert store.revision() == migrations.head()
        after = {t: _rows(engine, t, columns[t]) for t in BASELINE_TABLES}
        # every row, every column of schema 1, as it was
        assert after["meta"] == before["meta"]
        for table in BASELINE_TABLES:
            assert after[table] == before[table], table
        # the new columns hold what the program would have written
        with store.session() as s:
            atts = list(s.scalars(select(AttachmentRow)))
            assert {(a.review, a.review_note, a.own_unit_id) for a in atts} == {("", "", None)}
            assert all(a.unit_evidence == [] for a in atts)
            items = list(s.scalars(select(ItemRow)))
            assert {(i.readable, i.source, i.supersedes) for i in items} == {(True, "file", False)}
            messages = list(s.scalars(select(MessageRow)))
            assert {(m.claimed_by, m.uid_number) for m in messages} == {("", None)}  # Maildir
            assert len(list(s.scalars(select(OutboxRow)))) == COUNTS["outbox"]
        # and the store reads them as the program does
        assert len(store.items()) == COUNTS["items"]
        assert store.known().liaison_emails
        assert _differences(engine) == []
        store.close()
    if url.startswith("sqlite:///"):
        db = Path(url.removeprefix("sqlite:///"))
        [copy] = list(db.parent.glob(f"{db.name}.rev0001-before-*.bak"))
        con = sqlite3.connect(copy)  # the copy is the database as it was, whole
        assert con.execute("SELECT count(*) FROM messages").fetchone() == (COUNTS["messages"],)
        assert con.execute("SELECT name FROM sqlite_master WHERE name='alembic_version'")
        assert "claimed_by" not in {r[1] for r in con.execute("PRAGMA table_info(messages)")}
        con.close()


def test_the_migrations_make_exactly_what_schema_py_declares(any_store_url: str) -> None:
    """From an empty database, migrations alone (what `intake db upgrade` does): no table,
    column, index, constraint or type of schema.py may be missing or different."""
    engine = create_engine(any_store_url.replace("/data/intake.db", "/data/migrated.db"))
    if engine.dialect.name == "sqlite":
        Path(engine.url.database or "").parent.mkdir(parents=True, exist_ok=True)
    assert upgrade(engine) == ("none", migrations.head())
    assert _differences(engine) == []
    with engine.connect() as conn:
        assert migrations.current(conn) == migrations.head()
    engine.dispose()


def test_a_new_database_is_made_at_the_newest_revision(any_store_url: str) -> None:
    store = Store.open(any_store_url)
    assert store.revision() == migrations.head()
    assert _differences(store.engine) == []
    store.close()


def test_a_database_of_the_versions_between_schema_1_and_migrations(tmp_path: Path) -> None:
    """Those versions added new tables with create_all at start (and no columns): the
    migration adds what is missing and leaves what is there."""
    url = f"sqlite:///{_schema1(tmp_path / 'between.db')}"
    engine = create_engine(url)
    later = [Base.metadata.tables[t] for t in ("recommendations", "overrides", "file_moves")]
    Base.metadata.create_all(engine, tables=later)
    engine.dispose()
    store = Store.open(url)
    assert store.revision() == migrations.head()
    assert _differences(store.engine) == []
    store.close()


def test_a_revision_this_version_does_not_know_is_refused(any_store_url: str) -> None:
    store = Store.open(any_store_url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    with pytest.raises(StoreError, match="does not know") as refused:
        Store.open(any_store_url)
    assert "\n" not in str(refused.value)


def test_intake_db_current_and_upgrade(
    any_store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        text.replace('url = "sqlite:///data/intake.db"', f'url = "{any_store_url}"'),
        encoding="utf-8",
    )
    with _schema1_store(any_store_url, tmp_path):
        assert main(["db", "current", "--config", str(config)]) == 0
        out = capsys.readouterr().out
        assert f"revision 0001, this version needs {migrations.head()}" in out
        assert main(["db", "upgrade", "--config", str(config)]) == 0
        out = capsys.readouterr().out
        assert f"upgraded from schema revision 0001 to {migrations.head()}" in out
        assert ("backup copy:" in out) == any_store_url.startswith("sqlite:")
        assert main(["db", "current", "--config", str(config)]) == 0
        assert "(current)" in capsys.readouterr().out
        assert main(["db", "upgrade", "--config", str(config)]) == 0
        assert "already at schema revision" in capsys.readouterr().out
    if any_store_url.startswith("sqlite:"):
        db = Path(any_store_url.removeprefix("sqlite:///"))
        assert len(list(db.parent.glob("intake.db.rev0001-*.bak"))) == 1
