"""SIGTERM/SIGINT set the stop event without a lock in the handler (intake/stopping.py).

The handler runs in the main thread, possibly while it holds the event's own lock inside
`stop.wait`: a handler calling `stop.set()` there deadlocks (CI saw `intake run` ignore
SIGTERM for a minute). Each case runs in a child process, so a deadlock fails the test on
its time bound instead of hanging the suite."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.intake.helpers import ROOT

CHILD = """
import logging, os, signal, sys, threading
from intake.stopping import stop_on_signals

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(message)s")
stop = threading.Event()
stop_on_signals(stop, "finishing the current message")
with stop._cond:  # what `stop.wait` holds between its waits (CPython's Event)
    os.kill(os.getpid(), signal.{sig})
    for _ in range(1000):  # the handler runs between these bytecodes, the lock held
        pass
    sys.stdout.write("handler returned\\n")  # one write: the relay thread logs meanwhile
print("stopped" if stop.wait(20) else "not stopped", flush=True)
"""


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_stop_signal_while_the_event_lock_is_held_stops(sig: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD.format(sig=sig))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,  # the old handler never returns: the child is killed, the test fails
    )
    assert child.returncode == 0, child.stderr
    lines = child.stdout.splitlines()
    # the relay may log before or after the handler's return is printed
    assert sorted(lines[:2]) == sorted(
        ["handler returned", f"{sig} received: finishing the current message"]
    )
    assert lines[2:] == ["stopped"]


def test_the_old_handler_deadlocks_there() -> None:
    """The fault itself, so the case above is known to reach it: `stop.set()` in the
    handler never returns while the event's lock is held."""
    old = CHILD.replace(
        'stop_on_signals(stop, "finishing the current message")',
        "signal.signal(signal.SIGTERM, lambda *_: stop.set())",
    ).format(sig="SIGTERM")
    old = old.replace("    os.kill(", '    print("sending", flush=True)\n    os.kill(')
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(old)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "sending\n"
        # the handler's work takes microseconds once the signal is sent: 5 s is a hang
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(timeout=5)
    finally:
        child.kill()
        child.wait()
    assert child.stdout.read() == ""  # it never got past the handler
