"""`intake demo`: a whole campaign on sample mail, offline, in a folder of its own.

    run_demo(Path("intake-demo"), console=Console())

`samples` builds the mail (deterministic, reusable by other suites); `runner` drives the
daemon's jobs over a simulated clock and prints where everything it produced is.
"""

from intake.demo.runner import DemoResult, run_demo

__all__ = ["DemoResult", "run_demo"]
