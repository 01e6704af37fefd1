"""Two daemons opening one new SQLite database at the same moment: one creates the
schema, the other waits and finds it made. Before, both looked, both saw no tables and
the second stopped with `database busy or unavailable: table messages already exists`
(seen once in the two-daemon crash test). Here the first is paused on purpose inside
create_all, after it looked and before its first CREATE."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import create_engine, inspect

from intake.store import Store, migrations
from intake.store.opening import revision_of
from tests.reliability.common import ROOT, intake_env

_OPEN = "import sys; from intake.store import Store; Store.open(sys.argv[1]).close()"


def test_a_second_first_open_waits_for_the_first_and_finds_the_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    marker = tmp_path / "paused"
    first = subprocess.Popen(
        [sys.executable, "-c", _OPEN, url],
        cwd=ROOT,
        env=intake_env(
            INTAKE_PAUSE_AT="store:schema-create",
            INTAKE_PAUSE_FILE=str(marker),
            INTAKE_PAUSE_SECONDS="120",
        ),
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert first.poll() is None and time.monotonic() < deadline, first.stderr
        time.sleep(0.01)

    errors: list[BaseException] = []

    def second_open() -> None:
        try:
            Store.open(url).close()
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    second = threading.Thread(target=second_open)
    second.start()
    second.join(timeout=3)  # with the lock it waits here; without, it makes the tables now
    marker.unlink()
    _, stderr = first.communicate(timeout=120)
    second.join(timeout=120)

    assert first.returncode == 0, stderr
    assert not second.is_alive() and errors == []
    engine = create_engine(url)
    with engine.connect() as conn:
        assert revision_of(conn) == migrations.head()
        assert "messages" in inspect(conn).get_table_names()
    engine.dispose()
