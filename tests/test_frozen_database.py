"""Drill: PostgreSQL frozen (SIGSTOP) under load, against a real gunicorn and a PostgreSQL this test starts.

A stopped server enforces no statement_timeout, so before the client-side deadline (healthsvc/db_deadline.py)
every web thread hung for the whole stall and /healthz with them. Now a call ends at its deadline with a
503 + Retry-After, requests after that fail fast instead of queueing, /healthz answers at once, and service
comes back by itself when the server resumes (issue 11, item 2).
"""

from __future__ import annotations

import secrets
import signal
import subprocess
import sys
import threading
import time

import psutil
import pytest

from healthsvc.embedded import embedded_postgres
from tests.drill_support import ROOT, free_port, process_env, processes_using, start_web, stop, timed_get

pytestmark = pytest.mark.slow

STATEMENT_TIMEOUT_MS = 2000  # so the client deadline is 4 s
FAIL_FAST_SECONDS = 3


def bogus_token() -> dict:
    """A token never seen before: its lookup is a query (the token cache cannot answer it), then 401."""
    return {"Authorization": "Token " + secrets.token_hex(20)}


def signal_all(processes: list[psutil.Process], signum: int) -> None:
    for process in processes:
        try:
            process.send_signal(signum)
        except psutil.NoSuchProcess:
            continue


def test_a_frozen_database_gives_bounded_503s_fast_health_and_recovers(tmp_path, drill_figure):
    with embedded_postgres(tmp_path) as database_url:
        env = process_env(
            database_url,
            DATABASE_STATEMENT_TIMEOUT_MS=str(STATEMENT_TIMEOUT_MS),
            DATABASE_FAIL_FAST_SECONDS=str(FAIL_FAST_SECONDS),
            DATABASE_CONN_MAX_AGE="60",
        )
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        web = start_web(env, port, threads=4)
        try:
            deadline = time.monotonic() + 30
            while timed_get(f"{base}/api/v1/me/", bogus_token())[0] != 401:
                assert web.poll() is None and time.monotonic() < deadline, "gunicorn did not serve"
                time.sleep(0.2)

            postmasters = processes_using(tmp_path / "pg")
            assert postmasters, "the test's PostgreSQL was not found"
            # The whole server: the postmaster and every backend (the web's open connections are backends).
            postgres = [*postmasters, *(child for p in postmasters for child in p.children(recursive=True))]
            signal_all(postgres, signal.SIGSTOP)
            try:
                results: list[tuple[int, float]] = []
                callers = [
                    threading.Thread(target=lambda: results.append(timed_get(f"{base}/api/v1/me/", bogus_token())))
                    for _ in range(8)  # twice the threads: half queue behind the stuck ones
                ]
                for caller in callers:
                    caller.start()
                for caller in callers:
                    caller.join(60)
                statuses = sorted(status for status, _ in results)
                slowest = max(seconds for _, seconds in results)
                assert statuses == [503] * 8, results
                # One deadline (4 s) for the stuck calls, then the queued ones fail fast: not the whole stall.
                assert slowest < 4 + 2.5, results

                health = [timed_get(f"{base}/healthz") for _ in range(10)]
                assert all(status == 200 for status, _ in health)
                assert max(seconds for _, seconds in health) < 0.1, health
                assert timed_get(f"{base}/readyz")[0] == 503  # this replica cannot serve: honest
            finally:
                signal_all(postgres, signal.SIGCONT)

            # Service comes back by itself once the server resumes and the fail-fast window closes.
            resumed = time.monotonic()
            deadline = resumed + FAIL_FAST_SECONDS + 15
            while timed_get(f"{base}/api/v1/me/", bogus_token())[0] != 401:
                assert time.monotonic() < deadline, "did not recover after the database resumed"
                time.sleep(0.2)
            fastest_health_ms = max(seconds for _, seconds in health) * 1000
            drill_figure(
                "PostgreSQL frozen (SIGSTOP) under load",
                f"8 of 8 calls 503 within {slowest:.1f} s (deadline 4 s); /healthz max {fastest_health_ms:.0f} ms; "
                f"serving again {time.monotonic() - resumed:.1f} s after SIGCONT",
            )
        finally:
            stop(web)
