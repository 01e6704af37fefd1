"""The bench's servers (a Dovecot and an aiosmtpd sink), its configs, and the pipeline run
in a process of its own (bench/child.py).

    with Servers() as srv:
        srv.append("Backlog", mails, dates)
        result = child(srv.config("backlog-0", "Backlog"), NOW)   # bench.child's JSON
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.data import START, TZ

ROOT = Path(__file__).resolve().parents[1]
PASSWORD_ENV = "BENCH_IMAP_PASSWORD"
# When the last invocation removed its data (tens of thousands of files). For minutes
# after, ext4 walks the freed inodes one by one whenever a file is created near them:
# the pipeline's kernel time doubles or triples (README, "Noise").
CLEANUP_MARK = ROOT / "bench" / "out" / "last-cleanup"
CLEANUP_QUIET_S = 300
NOW = datetime(2020, 11, 20, 9, 0, tzinfo=TZ)  # the backlog is taken in after the fact

# The test fixture's Dovecot runs Dovecot's defaults: a new imap-login process for every
# connection ("high-security mode") and a Maildir re-scanned whenever a new imap process
# opens it. A mail server in service is set up as Dovecot's documentation advises for a
# busy one: one imap-login serving many connections ("high-performance mode"), imap
# processes started ahead, and Maildir scans only when Dovecot did not make the change
# itself (right when all mail arrives through Dovecot). Those settings are the server's,
# not ours; the bench runs with them and `poll` also measures a fresh login without them.
TUNED_DOVECOT = """
service imap-login {
  service_count = 0
  process_min_avail = 1
}
service imap {
  process_min_avail = 2
}
maildir_very_dirty_syncs = yes
"""


def seconds_since_cleanup() -> float | None:
    """Seconds since an earlier invocation removed its data, if it left its mark."""
    try:
        return time.time() - float(CLEANUP_MARK.read_text())
    except (OSError, ValueError):
        return None


class Servers:
    """A Dovecot and an aiosmtpd sink for the whole run; `work` holds each section's data."""

    def __enter__(self) -> Servers:
        from tests.fixtures.servers import make_dovecot, start_smtp

        self.root = Path(tempfile.mkdtemp(prefix="bn-", dir="/tmp"))  # short: socket paths
        self.dovecot = make_dovecot(self.root)  # makes root world-traversable (0755)
        self.plain_conf = self.dovecot.conf.read_text()
        self.tune(True)
        self.smtp = start_smtp()
        self.work = Path(tempfile.mkdtemp(prefix="bench-work-", dir="/tmp"))
        os.environ[PASSWORD_ENV] = self.dovecot.password
        return self

    def __exit__(self, *exc: object) -> None:
        self.smtp.controller.stop()  # type: ignore[union-attr]
        self.dovecot.stop()
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.work, ignore_errors=True)
        CLEANUP_MARK.parent.mkdir(parents=True, exist_ok=True)
        CLEANUP_MARK.write_text(f"{time.time():.3f}\n")

    def tune(self, tuned: bool) -> None:
        """Restart Dovecot with (or without) TUNED_DOVECOT; the mail stays."""
        self.dovecot.stop()
        self.dovecot.conf.write_text(self.plain_conf + (TUNED_DOVECOT if tuned else ""))
        self.dovecot.start()

    def client(self, folder: str = "INBOX"):
        from imapclient import IMAPClient

        c = IMAPClient("127.0.0.1", port=self.dovecot.port, ssl=False, timeout=60)
        c.login(self.dovecot.user, self.dovecot.password)
        if not c.folder_exists(folder):
            c.create_folder(folder)
        c.select_folder(folder)
        return c

    def append(self, folder: str, mails: list[bytes], dates: list[datetime] | None = None) -> float:
        """MULTIAPPEND in chunks on one connection; returns seconds taken."""
        started = time.perf_counter()
        with self.client(folder) as c:
            for i in range(0, len(mails), 250):
                chunk = [
                    {"msg": m, "date": (dates[i + j] if dates else START)}
                    for j, m in enumerate(mails[i : i + 250])
                ]
                c.multiappend(folder, chunk)
        return time.perf_counter() - started

    def config(
        self,
        name: str,
        folder: str,
        *,
        smtp: bool = False,
        ack_interval: str = "10m",
        max_per_run: int = 1000,
        extra_mailbox: str = "",
        compress: bool = True,
    ) -> Path:
        """A config.toml under work/NAME: the default campaign on this Dovecot folder."""
        base = self.work / name
        base.mkdir(parents=True, exist_ok=True)
        text = (ROOT / "config.toml").read_text(encoding="utf-8")
        url = self.dovecot.url.rsplit("/", 1)[0] + "/" + folder
        text = _replace(
            text, 'url = "maildir:data/mail"', f'url = "{url}"\npassword_env = "{PASSWORD_ENV}"'
        )
        text = _replace(text, "max_per_run = 1000", f"max_per_run = {max_per_run}{extra_mailbox}")
        if smtp:
            text = _replace(text, 'url = "file:data/outbox"', f'url = "{self.smtp.url}"')
        text = _replace(text, 'ack_interval = "10m"', f'ack_interval = "{ack_interval}"')
        if not compress:
            text = _replace(text, "compress = true", "compress = false")
        (base / "config.toml").write_text(text, encoding="utf-8")
        return base / "config.toml"


def _replace(text: str, old: str, new: str) -> str:
    if old not in text:
        raise SystemExit(f"bench: config.toml no longer has {old!r}; update bench/servers.py")
    return text.replace(old, new, 1)


def child(
    config: Path, now: datetime, *, profile: Path | None = None, count_bytes: bool = False
) -> dict[str, Any]:
    """Run bench/child.py (the real pipeline) in its own process; its JSON result.

    $BENCH_CHILD_WRAP prefixes the command, for a sampling profiler that sees the worker
    processes too: BENCH_CHILD_WRAP="py-spy record --subprocesses --format raw -o out.txt --"
    """
    wrap = shlex.split(os.environ.get("BENCH_CHILD_WRAP", ""))
    cmd = [*wrap, sys.executable, "-m", "bench.child", str(config), now.isoformat()]
    if profile:
        cmd += ["--profile", str(profile)]
    if count_bytes:
        cmd.append("--count-bytes")
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench.child failed:\n{done.stderr[-3000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1])  # a wrapping profiler may print after the result
