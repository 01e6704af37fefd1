"""Fixtures of the console tests: a store filled by the demo campaign, the app over it, a
staff account, a logged-in client, and (for the browser tests) the console served on a free
port with Debian's chromium driven by Playwright.

The demo runs once per session (about 10 s); every test gets its own copy of its folder.
"""

from __future__ import annotations

import io
import re
import shutil
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from intake.clock import parse_now
from intake.config import load_config
from intake.context import Context
from intake.demo import run_demo
from intake.users import add_user
from intake.web.app import create_app

OUT = Path(__file__).resolve().parent / "out"  # screenshots, kept as test output (git-ignored)
PASSWORD = "correct horse battery"
DEMO_END = "2020-11-17T23:00"


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A folder the demo campaign ran in, and what it printed (never modified)."""
    folder = tmp_path_factory.mktemp("console-demo") / "demo"
    out = io.StringIO()
    run_demo(folder, console=Console(file=out, width=200, highlight=False))
    return folder, out.getvalue()


@pytest.fixture()
def demo_ctx(demo_folder: tuple[Path, str], tmp_path: Path) -> Iterator[Context]:
    """A Context over a fresh copy of the demo's folder."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_folder[0], folder)
    ctx = Context.open(load_config(folder / "config.toml"))
    yield ctx
    ctx.store.engine.dispose()


@pytest.fixture()
def frozen(demo_ctx: Context) -> datetime:
    """The moment the demo's clock stopped."""
    return parse_now(DEMO_END, demo_ctx.settings.campaign.tz)


class Wall:
    """A wall clock for sessions and logins that tests move forward."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture()
def wall() -> Wall:
    return Wall()


@pytest.fixture()
def staff(demo_ctx: Context, wall: Wall) -> str:
    """A staff account ("wang", PASSWORD)."""
    add_user(demo_ctx.store, "wang", PASSWORD, now=wall())
    return "wang"


def make_client(
    ctx: Context, frozen: datetime, wall: Wall, base_url: str = "http://testserver", **kw: Any
):  # -> TestClient
    """An in-process HTTP client of the console (no redirects followed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx vs httpx2
        from starlette.testclient import TestClient

        app = create_app(ctx, clock=lambda: frozen, wall=wall, **kw)
        return TestClient(app, base_url=base_url, follow_redirects=False)


@pytest.fixture()
def anon(demo_ctx: Context, frozen: datetime, wall: Wall, staff: str):
    """A client that has not logged in."""
    return make_client(demo_ctx, frozen, wall)


def csrf_of(html: str) -> str:
    """The CSRF token written into a page's forms."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page carries no CSRF token"
    return found.group(1)


def login(client, name: str = "wang", password: str = PASSWORD):  # -> httpx.Response
    """Log `client` in through the login form; returns the form's answer."""
    page = client.get("/login")
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf": csrf_of(page.text), "next": "/"},
    )


@pytest.fixture()
def client(anon):
    """A logged-in client (user "wang")."""
    answer = login(anon)
    assert answer.status_code == 303, answer.text
    return anon
