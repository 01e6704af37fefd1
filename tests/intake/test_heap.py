"""glibc's malloc arenas capped in the poll process: threads that allocate get their own
arena otherwise (up to 8 a core), and glibc keeps what they freed, so the process's
memory grew with the backlog. Counted from glibc's own malloc_info."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.reliability.common import ROOT, intake_env

_COUNT_ARENAS = textwrap.dedent(
    """
    import ctypes, ctypes.util, os, sys, tempfile, threading
    from intake.heap import limit_arenas
    if sys.argv[1] == "capped":
        assert limit_arenas()
    together = threading.Barrier(8)
    def work():
        together.wait()  # all alive at once, as the poll's threads are
        blocks = [bytes(20_000) for _ in range(50)]  # malloc, under its mmap threshold
        together.wait()
        del blocks
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.fopen.restype = ctypes.c_void_p
    path = tempfile.mktemp()
    f = libc.fopen(path.encode(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(f))
    libc.fclose(ctypes.c_void_p(f))
    print(open(path).read().count("<heap nr="))
    os.unlink(path)
    """
)


def _arenas(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_ARENAS, mode],
        cwd=ROOT, env=intake_env(), capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return int(done.stdout.strip())


def test_threads_share_at_most_two_arenas_once_capped() -> None:
    assert _arenas("free") > 2  # the default: a thread gets an arena of its own
    assert _arenas("capped") <= 2
