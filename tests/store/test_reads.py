"""Whole-table reads on SQLite and on PostgreSQL: items come in chunks, oldest first, one
unit's or all; equal contacts are one object; an acknowledgement reads of an attachment's
facts what a receipt shows (no statistics rows) on either engine (issue 22)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event, insert, select

from intake.store import _CHUNK, AttachmentRow, ItemRow, MessageRow, Store
from intake.store.sql import facts_without_rows, stats_row_count

NOW = datetime(2020, 11, 5, 1, 0, tzinfo=UTC)
BOX, VALIDITY = "INBOX", 7


def _contact(name: str) -> dict[str, Any]:
    field = {"value": "", "valid": False, "problem": "missing"}
    return {
        "unit": {"value": "肥城市职业中等专业学校", "valid": True, "problem": ""},
        "name": {"value": name, "valid": True, "problem": ""},
        "position": field,
        "email": {"value": "ls@fczz.cn", "valid": True, "problem": ""},
        "mobile": field,
        "phone": field,
        "source": "body",
        "role": "liaison",
    }


def _message(store: Store, uid: str) -> int:
    [got] = store.claim(BOX, VALIDITY, [uid], NOW)
    return store.row_id(BOX, VALIDITY, got)


def test_items_are_read_in_chunks_oldest_first_all_or_one_units(any_store_url: str) -> None:
    store = Store.open(any_store_url)
    pk = _message(store, "1")
    n = _CHUNK * 2 + 17  # more than two chunks
    rows = [
        {
            "message_pk": pk,
            "unit_id": ("fczz", "taishan")[i % 2],
            "deliverable": "contact" if i % 3 == 0 else "article",
            # in reverse order of insertion: the read orders by time, not by id
            "received_at": NOW - timedelta(minutes=i),
            "key": f"k{i}",
            "label": f"稿件{i}.docx",
            "contact": _contact("李四" if i % 6 == 0 else "王五") if i % 3 == 0 else None,
        }
        for i in range(n)
    ]
    with store.transaction() as conn:
        conn.execute(insert(ItemRow), rows)
    options: list[dict[str, Any]] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM items" in statement:
            options.append(dict(args[1].execution_options))

    items = store.items()
    assert [i.key for i in items] == [f"k{i}" for i in reversed(range(n))]
    assert options and all(o.get("yield_per") == _CHUNK for o in options)  # paged
    fczz = store.items("fczz")
    assert fczz == [i for i in items if i.unit_id == "fczz"] and len(fczz) == (n + 1) // 2
    contacts = [i.contact for i in items if i.contact is not None]
    assert len(contacts) == len(range(0, n, 3))
    # a contact sent again is one object, and so is each repeated field value
    assert len({id(c) for c in contacts}) == 2
    assert contacts[0].position is contacts[0].mobile is contacts[-1].phone
    assert {c.name.value for c in contacts} == {"李四", "王五"}
    store.close()


def test_an_acknowledgement_reads_the_facts_a_receipt_shows_on_either_engine(
    any_store_url: str,
) -> None:
    store = Store.open(any_store_url)
    pk = _message(store, "1")
    table = {
        "sheet": "Sheet1",
        "header_row": 1,
        "columns": {"online": 2},
        "rows": [{"label": f"校区{i}", "values": {"online": i}, "row": i + 2} for i in range(3)],
        "missing_fields": ["offline"],
        "problems": ["B4: 'abc'"],
    }
    url = {"url": "http://www.fczz.cn/hdz/", "column_score": 3, "source": "body"}
    facts = [
        {"contacts": [_contact("张\u0000三")], "urls": [url], "statistics": table, "articles": []},
        {"urls": [], "statistics": None},  # no contacts key, no table
    ]
    with store.transaction() as conn:
        conn.execute(
            insert(AttachmentRow),
            [
                {"message_pk": pk, "idx": i, "filename": f"f{i}", "sha256": "0", "facts": f}
                for i, f in enumerate(facts)
            ],
        )
        conn.execute(MessageRow.__table__.update().values(state="done"))
    with store.session() as s:
        got = s.execute(
            select(facts_without_rows(AttachmentRow.facts), stats_row_count(AttachmentRow.facts))
            .where(AttachmentRow.message_pk == pk)
            .order_by(AttachmentRow.idx)
        ).all()
    (full, count), (bare, none) = got
    assert count == 3 and none is None
    # a NUL (kept in SQLite's JSON) reads as U+FFFD on PostgreSQL, as its text columns hold
    # it: before, any JSON operator there refused the whole value (the pass failed)
    nul = "\ufffd" if store.engine.dialect.name == "postgresql" else "\u0000"
    assert full["contacts"][0]["name"]["value"] == f"张{nul}三"
    assert full["urls"] == [url]
    assert "rows" not in full["statistics"]
    assert full["statistics"]["problems"] == ["B4: 'abc'"]
    assert full["statistics"]["missing_fields"] == ["offline"]
    assert bare.get("contacts", []) == [] and bare.get("urls") == []
    assert not bare.get("statistics")
    store.close()
