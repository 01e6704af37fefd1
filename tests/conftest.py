"""Shared fixtures: real servers (tests/fixtures/servers.py) and the default settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.config import Settings, load_config

pytest_plugins = ["tests.fixtures.servers", "tests.fixtures.postgres"]

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def default_settings() -> Settings:
    """The shipped config.toml (the default campaign)."""
    return load_config(ROOT / "config.toml")


@pytest.fixture()
def campaign(default_settings: Settings):
    return default_settings.campaign
