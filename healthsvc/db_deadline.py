"""A client-side deadline on every database call, and a short fail-fast window after one is missed.

`statement_timeout` and `lock_timeout` are enforced by the server. A server that is stopped (SIGSTOP, a
paused VM, a network path that drops packets) enforces nothing: the kernel still holds the TCP
connection open and the client waits on its socket for ever, so every web thread ends up stuck and even
`/healthz` cannot be served. Here a single watchdog thread shuts the socket of any call that outlives
DATABASE_CLIENT_DEADLINE_SECONDS; the blocked call then fails with OperationalError, which the outage
handling turns into 503 + Retry-After (healthsvc/database_outage.py).

A missed deadline also opens a fail-fast window (DATABASE_FAIL_FAST_SECONDS): requests that would need
the database get the 503 at once instead of queueing behind the stuck ones, so the threads come free and
the health endpoints keep answering. The deadline sits above statement_timeout, so a slow but alive
server answers first with its own error and never trips the window.
"""

from __future__ import annotations

import itertools
import logging
import socket
import threading
import time
from contextlib import contextmanager

from django.conf import settings

from healthsvc.metrics import dependency_errors_total

logger = logging.getLogger("healthsvc.database")


class _Watchdog:
    """Calls in flight, each with the moment it must have finished; one daemon thread enforces them."""

    POLL_SECONDS = 0.2

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[int, tuple[float, int]] = {}  # token -> (deadline, socket fd)
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None
        self.fail_fast_until = 0.0

    def arm(self, fd: int, seconds: float) -> int:
        token = next(self._tokens)
        with self._lock:
            self._calls[token] = (time.monotonic() + seconds, fd)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="db-deadline", daemon=True)
                self._thread.start()
        return token

    def disarm(self, token: int) -> None:
        with self._lock:
            self._calls.pop(token, None)

    def failing_fast(self) -> bool:
        return time.monotonic() < self.fail_fast_until

    def _run(self) -> None:
        while True:
            time.sleep(self.POLL_SECONDS)
            now = time.monotonic()
            with self._lock:
                late = [(token, fd) for token, (deadline, fd) in self._calls.items() if deadline <= now]
                for token, _fd in late:
                    del self._calls[token]
            for _token, fd in late:
                self._cut(fd)

    def open_fail_fast(self) -> None:
        self.fail_fast_until = time.monotonic() + settings.DATABASE_FAIL_FAST_SECONDS

    def _cut(self, fd: int) -> None:
        self.open_fail_fast()
        dependency_errors_total.labels(dependency="database").inc()
        logger.error(
            "database call passed its %ss deadline: closing its socket", settings.DATABASE_CLIENT_DEADLINE_SECONDS
        )
        try:
            # A duplicate of the descriptor: shutting it down wakes the blocked reader without closing the fd
            # under psycopg's feet (it closes its own when Django discards the broken connection).
            with socket.socket(fileno=socket.dup(fd)) as sock:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: the call has ended anyway


WATCHDOG = _Watchdog()


@contextmanager
def client_deadline(raw_connection):
    """Bound one round trip on a psycopg connection to DATABASE_CLIENT_DEADLINE_SECONDS (0: unbounded)."""
    seconds = settings.DATABASE_CLIENT_DEADLINE_SECONDS
    pgconn = getattr(raw_connection, "pgconn", None)
    fd = pgconn.socket if pgconn is not None and seconds > 0 and not raw_connection.closed else -1
    if fd < 0:
        yield
        return
    token = WATCHDOG.arm(fd, seconds)
    try:
        yield
    finally:
        WATCHDOG.disarm(token)


def deadline_wrapper(execute, sql, params, many, context):
    """A Django execute wrapper (installed by healthsvc.db_backend on every connection)."""
    with client_deadline(context["connection"].connection):
        return execute(sql, params, many, context)


def note_outage(exc: BaseException) -> None:
    """A lost connection (no SQLSTATE: refused, timed out, cut) opens the fail-fast window too; a lock or
    statement timeout (a SQLSTATE from a live server) does not."""
    cause = exc.__cause__ or exc
    if getattr(cause, "sqlstate", None) is None:
        WATCHDOG.open_fail_fast()
