"""Serving the console: uvicorn on a socket bound here, in the foreground or in a thread.

    server = WebServer(app, "127.0.0.1", 8080)     # binds now: a port in use is a clear error
    server.start()                                  # a thread (inside `intake run`)
    server.url                                      # "http://127.0.0.1:8080/"
    server.stop()                                   # finishes the requests in flight
    WebServer(app, host, port).serve()              # the foreground (`intake web`)

uvicorn trusts X-Forwarded-For/-Proto only from 127.0.0.1 (its default), which is where
nginx runs in the documented set-up, so the client address throttled at login and the
https scheme that makes cookies Secure are the real ones.
"""

from __future__ import annotations

import logging
import socket
import threading

import uvicorn
from starlette.applications import Starlette

from intake.errors import UsageError

log = logging.getLogger(__name__)

STOP_WAIT = 10.0


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port; a clear error when it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(
            f"web: cannot listen on {host}:{port}: {exc.strerror or exc} "
            "(choose another with --port or [web] port)"
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class WebServer:
    """uvicorn serving `app` on a socket bound at construction."""

    def __init__(self, app: Starlette, host: str, port: int) -> None:
        self.sock = bind(host, port)
        self.host = host
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            proxy_headers=True,
            server_header=False,
            timeout_graceful_shutdown=5,
            lifespan="off",
        )
        self.server = uvicorn.Server(config)
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def serve(self) -> None:
        """Serve in this thread until SIGTERM/SIGINT (uvicorn's own handlers)."""
        try:
            self.server.run(sockets=[self.sock])
        finally:
            self.sock.close()

    def start(self) -> None:
        """Serve in a thread (no signal handlers there: the caller stops it)."""
        self.thread = threading.Thread(target=self.serve, name="intake-web", daemon=True)
        self.thread.start()

    def stop(self, wait: float = STOP_WAIT) -> bool:
        """Stop accepting, finish the requests in flight; True when it ended in time."""
        self.server.should_exit = True
        if self.thread is None:
            return True
        self.thread.join(wait)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(1.0)
        return not self.thread.is_alive()
