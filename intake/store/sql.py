"""SQL that differs between SQLite and PostgreSQL, behind one name each.

    select(facts_without_rows(AttachmentRow.facts), stats_row_count(AttachmentRow.facts))
    serialize(session, "ack:zs@school.cn")   # one transaction at a time for this name

SQLite reads a statistics table's row count with its JSON functions and leaves the rows
out of the facts it hands over; PostgreSQL counts them the same way and hands over only
the parts a receipt reads (`json_build_object`: removing a key would need `jsonb`). A
NUL escape (\u0000, which `json` keeps) stops PostgreSQL's JSON operators on the whole
value, so they read it with NUL as U+FFFD, as PostgreSQL's text columns store it.
"""

from __future__ import annotations

import zlib
from typing import Any

from sqlalchemy import JSON, Integer, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

_SERIALIZE = text("SELECT pg_advisory_xact_lock(CAST(:ns AS integer), CAST(:key AS integer))")
SERIALIZE_NAMESPACE = 0x1A7F  # second key of intake's transaction locks (pg_locks.classid)


class facts_without_rows(FunctionElement[Any]):
    """An attachment's facts without its statistics rows: what a receipt reads of them
    (contacts, urls, the statistics' problems and missing fields) and no table."""

    type = JSON()
    inherit_cache = True


class stats_row_count(FunctionElement[int]):
    """How many rows an attachment's statistics table has (NULL: no table)."""

    type = Integer()
    inherit_cache = True


@compiles(facts_without_rows)
def _facts_sqlite(element: facts_without_rows, compiler: Any, **kw: Any) -> str:
    return f"json_remove({compiler.process(element.clauses, **kw)}, '$.statistics.rows')"


def _pg_json(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    """The JSON value as PostgreSQL's JSON operators can read it: NUL escapes as U+FFFD
    (else "unsupported Unicode escape sequence" for any operator on the value)."""
    value = compiler.process(element.clauses, **kw)
    return f"(replace(CAST({value} AS text), '\\u0000', '\\ufffd')::json)"


@compiles(facts_without_rows, "postgresql")
def _facts_postgres(element: facts_without_rows, compiler: Any, **kw: Any) -> str:
    facts = _pg_json(element, compiler, **kw)
    stats = f"({facts} -> 'statistics')"
    # a missing list reads as an empty one, as `facts.get("contacts", [])` does
    return (
        "json_build_object("
        f"'contacts', COALESCE({facts} -> 'contacts', '[]'::json), "
        f"'urls', COALESCE({facts} -> 'urls', '[]'::json), "
        f"'statistics', CASE WHEN json_typeof({stats}) = 'object' THEN json_build_object("
        f"'problems', {stats} -> 'problems', 'missing_fields', {stats} -> 'missing_fields') END)"
    )


@compiles(stats_row_count)
def _count_sqlite(element: stats_row_count, compiler: Any, **kw: Any) -> str:
    return f"json_array_length({compiler.process(element.clauses, **kw)}, '$.statistics.rows')"


@compiles(stats_row_count, "postgresql")
def _count_postgres(element: stats_row_count, compiler: Any, **kw: Any) -> str:
    rows = f"({_pg_json(element, compiler, **kw)} -> 'statistics' -> 'rows')"
    return f"CASE WHEN json_typeof({rows}) = 'array' THEN json_array_length({rows}) END"


def serialize(session: Session, name: str) -> None:
    """Hold a lock named `name` until the session's transaction ends, so that daemons
    sharing a PostgreSQL database do one such transaction at a time (SQLite has one
    writer at a time already: nothing to do)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    key = zlib.crc32(name.encode()) & 0x7FFFFFFF
    session.execute(_SERIALIZE, {"ns": SERIALIZE_NAMESPACE, "key": key})
