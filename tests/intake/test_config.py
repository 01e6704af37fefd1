"""Config: the shipped file is valid; each kind of mistake names its key; exit status 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake.cli import main
from intake.config import embedded_default_text, load_config, parse_config
from intake.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
BASE = (ROOT / "config.toml").read_text(encoding="utf-8")


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(text, base=ROOT, source="c.toml")
    return str(info.value)


def test_shipped_config_is_the_embedded_default_and_valid() -> None:
    assert embedded_default_text() == BASE
    settings = load_config(ROOT / "config.toml")
    campaign = settings.campaign
    assert campaign.notice == "泰教函〔2020〕72号"
    counties = [u for u in campaign.units if u.kind == "county"]
    assert len(counties) == 7
    assert any("岱岳区教体局" in u.aliases for u in counties)
    assert [r.id for r in campaign.requirements] == [
        "plan",
        "column_url",
        "contact",
        "articles",
        "summary",
        "statistics",
    ]
    articles = next(r for r in campaign.requirements if r.id == "articles")
    assert articles.min_count == 5 and articles.opens is not None
    assert settings.mailbox.endpoint.scheme == "maildir"
    assert settings.outbox.endpoint.scheme == "file"
    assert settings.store_url.startswith("sqlite:////")


def test_bad_email_names_the_unit_and_index() -> None:
    text = BASE.replace('emails = ["nyxjtj@ta.shandong.cn"]', 'emails = ["not-an-address"]')
    assert "c.toml: units[4].emails[0]: not an email address" in _error(text)


def test_unknown_key_is_named() -> None:
    text = BASE.replace(
        'kind = "county"\naliases = ["泰山区教体局"',
        'kind = "county"\ncolour = "red"\naliases = ["泰山区教体局"',
        1,
    )
    assert "units[0].colour: unknown key" in _error(text)


def test_wrong_type_is_named() -> None:
    text = BASE.replace("min_count = 5", 'min_count = "five"')
    assert re.search(r"requirements\[3\]\.min_count: .*integer", _error(text))


def test_duplicate_unit_id_is_named() -> None:
    text = BASE.replace('id = "daiyue"', 'id = "taishan"')
    assert "units[1].id: duplicate id 'taishan'" in _error(text)


def test_deadline_without_timezone_is_named() -> None:
    text = BASE.replace("due = 2020-11-05T18:00:00+08:00", "due = 2020-11-05T18:00:00", 1)
    assert "requirements[0].due: needs a timezone offset" in _error(text)


def test_password_in_url_is_refused() -> None:
    text = BASE.replace('url = "maildir:data/mail"', 'url = "imaps://u:pw@mail.example.cn/INBOX"')
    err = _error(text)
    assert "mailboxes[0].url" in err and "password" in err and "pw@" not in err


def test_plain_imap_only_on_loopback() -> None:
    text = BASE.replace('url = "maildir:data/mail"', 'url = "imap://u@mail.example.cn/INBOX"')
    assert "mailboxes[0].url: " in _error(text) and "loopback" in _error(text)


def test_campaign_key_is_prefixed() -> None:
    text = BASE.replace('timezone = "Asia/Shanghai"', 'timezone = "Mars/Olympus"')
    assert "campaign.timezone: unknown timezone 'Mars/Olympus'" in _error(text)


def test_toml_syntax_error_is_one_clear_line() -> None:
    assert "not valid TOML" in _error(BASE + "\n[broken\n")


def test_password_env_missing_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    text = BASE.replace(
        '# password_env = "INTAKE_IMAP_PASSWORD"', 'password_env = "INTAKE_TEST_NOPE"', 1
    )
    settings = parse_config(text, base=ROOT, source="c.toml")
    monkeypatch.delenv("INTAKE_TEST_NOPE", raising=False)
    with pytest.raises(ConfigError, match=r"mailbox\.password_env: environment variable"):
        settings.mailbox.password(ROOT)
    monkeypatch.setenv("INTAKE_TEST_NOPE", "s3cret")
    assert settings.mailbox.password(ROOT) == "s3cret"


def test_cli_bad_config_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text(BASE.replace('id = "daiyue"', 'id = "taishan"'), encoding="utf-8")
    assert main(["--config", str(bad), "status"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "duplicate id" in err and "Traceback" not in err


def test_cli_missing_config_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "status"]) == 2
    assert "no such config file" in capsys.readouterr().err
