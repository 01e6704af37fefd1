"""Named points where a test can make this process die as a power cut would (SIGKILL).

    failpoint("assign:committed")

With INTAKE_KILL_AT_STEP=N in the environment the N-th failpoint this process reaches
kills it; with INTAKE_KILL_AT=NAME the first one of that name does. Without either (every
real run) a failpoint costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_count = 0


def failpoint(name: str) -> None:
    """Die here if the environment asks for it (tests of crash safety only)."""
    global _count
    step = os.environ.get("INTAKE_KILL_AT_STEP")
    at = os.environ.get("INTAKE_KILL_AT")
    if step is None and at is None:
        return
    _count += 1
    if (step is not None and step.isdigit() and _count == int(step)) or at == name:
        os.kill(os.getpid(), signal.SIGKILL)
