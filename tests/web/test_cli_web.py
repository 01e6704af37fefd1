"""The command line of the console: intake user, intake show, intake status's words,
intake web and intake run serving it and stopping on SIGTERM, the demo's closing hint."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.cli import main
from intake.context import Context
from intake.users import list_users, verify
from tests.fixtures.servers import free_port
from tests.intake.helpers import ROOT
from tests.web.conftest import DEMO_END


def _config(ctx: Context) -> str:
    return str(ctx.settings.base / "config.toml")


def _intake(
    *args: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "intake", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def test_user_add_reads_the_password_from_standard_input(demo_ctx: Context) -> None:
    cfg = _config(demo_ctx)
    done = _intake("--config", cfg, "user", "add", "zhang", stdin="a long passphrase\n")
    assert done.returncode == 0, done.stderr
    assert "账号 zhang 已创建" in done.stdout
    assert verify(demo_ctx.store, "zhang", "a long passphrase", now=_now(demo_ctx))
    again = _intake("--config", cfg, "user", "add", "zhang", stdin="a long passphrase\n")
    assert again.returncode == 1 and "exists" in again.stderr
    short = _intake("--config", cfg, "user", "add", "li", stdin="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr
    assert [a.name for a in list_users(demo_ctx.store)] == ["zhang"]


def _now(ctx: Context) -> datetime:
    return datetime.now(UTC)


def test_user_list_disable_enable_passwd(
    demo_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(demo_ctx)
    _intake("--config", cfg, "user", "add", "zhang", stdin="a long passphrase\n")
    assert main(["--config", cfg, "user", "list"]) == 0
    assert "zhang" in capsys.readouterr().out
    assert main(["--config", cfg, "user", "disable", "zhang"]) == 0
    assert not verify(demo_ctx.store, "zhang", "a long passphrase", now=_now(demo_ctx))
    assert main(["--config", cfg, "user", "enable", "zhang"]) == 0
    done = _intake("--config", cfg, "user", "passwd", "zhang", stdin="a new passphrase\n")
    assert done.returncode == 0, done.stderr
    assert verify(demo_ctx.store, "zhang", "a new passphrase", now=_now(demo_ctx))
    assert main(["--config", cfg, "user", "disable", "nobody"]) == 1
    assert "no account 'nobody'" in capsys.readouterr().err


def test_show_a_message_and_an_attachment(
    demo_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(demo_ctx)
    assert main(["--config", cfg, "show", "#15"]) == 0
    out = capsys.readouterr().out
    assert "#15 已收取" in out and "lihua_1988@163.com" in out and "未识别" in out
    assert "a17" in out and "宣传材料" in out and "intake assign #15 UNIT" in out
    assert main(["--config", cfg, "show", "a17"]) == 0
    out = capsys.readouterr().out
    assert "宣传稿件.docx" in out and "邮件: #15" in out and "intake reclassify a17" in out
    assert main(["--config", cfg, "show", "#999"]) == 1
    assert "no message #999" in capsys.readouterr().err
    assert main(["--config", cfg, "assign", "#15", "taishan", "--note", "电话确认"]) == 0
    capsys.readouterr()
    assert main(["--config", cfg, "show", "15"]) == 0
    out = capsys.readouterr().out
    assert "处理记录" in out and "归入单位 #15" in out and "电话确认" in out


def test_status_shows_the_digest_words_and_unit_ids(demo_ctx: Context) -> None:
    done = _intake("--config", _config(demo_ctx), "--now", DEMO_END, "status")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "单位（编号）" in out
    assert "泰安市泰山区教育和体育局 taishan" in out and "dyzjzx" in out
    assert "逾期补交" in out and "部分（3/5）逾期" in out and "逾期" in out
    assert "部分 3/5" not in out  # the old words


def test_every_help_names_real_things() -> None:
    top = _intake("--help").stdout
    for command in ("web", "user", "show", "status", "problems", "assign"):
        assert f"  {command} " in top
    assert "problems/show" in _intake("reclassify", "--help").stdout  # show exists now
    assert _intake("show", "--help").returncode == 0
    assert "[web]" in _intake("run", "--help").stdout
    for sub in ("add", "list", "disable", "enable", "passwd"):
        assert _intake("user", sub, "--help").returncode == 0


def _wait_for(url: str, seconds: float = 30.0) -> int:
    """The HTTP status of `url` once the server answers (redirects not followed)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return opener.open(url, timeout=5).status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _stops_on_sigterm(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    return process.returncode, out + err


def test_intake_web_serves_the_login_page_and_stops_on_sigterm(demo_ctx: Context) -> None:
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", _config(demo_ctx), "web", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert _wait_for(f"http://127.0.0.1:{port}/") == 303  # to the login page
        assert _wait_for(f"http://127.0.0.1:{port}/login") == 200
    finally:
        code, output = _stops_on_sigterm(process)
    assert code == 0, output
    assert f"http://127.0.0.1:{port}/" in output and "console stopped" in output
    assert "intake user add NAME" in output  # no account yet: says how to make one


def test_intake_web_refuses_a_port_in_use_and_demo_off_loopback(demo_ctx: Context) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = _intake("--config", _config(demo_ctx), "web", "--port", str(port))
    assert done.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in done.stderr
    done = _intake("--config", _config(demo_ctx), "web", "--demo", "--host", "0.0.0.0")
    assert done.returncode == 1 and "only loopback" in done.stderr


def test_intake_run_serves_the_console_when_web_is_enabled(demo_ctx: Context) -> None:
    config = Path(_config(demo_ctx))
    port = free_port()
    text = config.read_text(encoding="utf-8")
    config.write_text(text + f"\n[web]\nenabled = true\nport = {port}\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert _wait_for(f"http://127.0.0.1:{port}/login") == 200
    finally:
        code, output = _stops_on_sigterm(process)
    assert code == 0, output
    assert f"console listening on http://127.0.0.1:{port}/" in output
    assert "daemon stopped" in output


def test_the_demo_ends_by_saying_how_to_open_the_console(demo_folder: tuple[Path, str]) -> None:
    folder, printed = demo_folder
    assert f"cd {folder} && intake web --demo --now 2020-11-17T23:00" in printed
    assert "http://127.0.0.1:8080/" in printed and "intake user add NAME" in printed


@pytest.mark.parametrize("bad", ["a b", "", "x/y", "<b>"])
def test_bad_account_names_are_refused(demo_ctx: Context, bad: str) -> None:
    done = _intake("--config", _config(demo_ctx), "user", "add", bad, stdin="a long passphrase\n")
    assert done.returncode != 0 and "cannot be an account name" in done.stderr
