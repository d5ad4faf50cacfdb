"""`make run` on a machine with no servers: it serves, restarts a crashed worker, and Ctrl-C
leaves nothing running.

Runs the same command line as the Makefile's `run` target, without DATABASE_URL and
REDIS_URL, so embedded PostgreSQL and Redis are started in a fresh data folder.
"""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from tests.drill_support import command_of, free_port, processes_using

ROOT = Path(__file__).resolve().parents[1]
WORKER = "-A healthsvc worker"  # in the command line, and in Celery's process title when it retitles itself
pytestmark = pytest.mark.slow


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
            return response.status
    except OSError:
        return 0


def test_run_serves_prints_logins_and_ctrl_c_stops_everything(tmp_path, drill_figure):
    data = tmp_path / "data"
    port = free_port()
    # As on a fresh machine: no server URLs, and none of the test suite's Django settings.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL"} and not key.startswith("DJANGO_")
    }
    metrics_port = free_port()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "healthsvc.settings",
            "HEALTHSVC_DATA_DIR": str(data),
            "PORT": str(port),
            "WORKER_METRICS_PORT": str(metrics_port),
        }
    )
    log = (tmp_path / "run.log").open("w+")
    run = subprocess.Popen(
        [sys.executable, "-m", "healthsvc.embedded", "--data", str(data), "--", sys.executable, "scripts/run.py"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while get(f"http://127.0.0.1:{port}/healthz") != 200:
            assert run.poll() is None, (tmp_path / "run.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "make run did not serve within 120 s"
            time.sleep(0.5)
        assert get(f"http://127.0.0.1:{port}/accounts/login/") == 200
        deadline = time.monotonic() + 60
        while get(f"http://127.0.0.1:{metrics_port}/metrics") != 200:  # the worker's own metrics
            assert time.monotonic() < deadline, "the worker did not serve its metrics within 60 s"
            time.sleep(0.5)
        output = (tmp_path / "run.log").read_text()
        assert f"running at http://127.0.0.1:{port}/" in output
        for email in ("patient@", "nurse@", "clinician@", "erdesk@", "admin@"):
            assert email in output
        assert (data / "secret_key").exists()
        # Children of the run (web, worker, beat, Redis) plus the daemonised PostgreSQL.
        started = psutil.Process(run.pid).children(recursive=True) + processes_using(data)
        commands = [command_of(p) for p in started]
        # Celery retitles its processes when setproctitle is installed ("[celeryd: ...] (-A healthsvc worker
        # ...)", "[celery beat] -A healthsvc beat ..."): match the arguments, which both forms keep.
        for expected in (
            "gunicorn",
            WORKER,
            "-A healthsvc beat",
            "redis-server",
            "postgres",
        ):
            assert any(expected in command for command in commands), expected

        # A crashed worker is started again; the web keeps serving meanwhile.
        supervisor = next(p for p in psutil.Process(run.pid).children() if "scripts/run.py" in command_of(p))
        worker = next(p for p in supervisor.children() if WORKER in command_of(p))
        worker.kill()
        killed = time.monotonic()
        deadline = time.monotonic() + 60
        while not [p for p in supervisor.children() if WORKER in command_of(p) and p != worker]:
            assert run.poll() is None, (tmp_path / "run.log").read_text()[-3000:]
            assert get(f"http://127.0.0.1:{port}/healthz") == 200, "the web went down with the worker"
            assert time.monotonic() < deadline, "the worker was not started again within 60 s"
            time.sleep(0.5)
        assert "[run] worker exited with -9; restarting it in 1 s" in (tmp_path / "run.log").read_text()
        drill_figure(
            "make run: a worker killed (level-1 restart)",
            f"web answered /healthz throughout; worker running again {time.monotonic() - killed:.1f} s later",
        )
        started += psutil.Process(run.pid).children(recursive=True)

        os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C does to the foreground group
        run.wait(timeout=60)
    finally:
        if run.poll() is None:  # the test failed before Ctrl-C: stop politely, then for sure
            os.killpg(run.pid, signal.SIGINT)
            try:
                run.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)
        log.close()
    # PostgreSQL's shutdown checkpoint can take a while on a loaded 2-core machine (seen: over 20 s in CI
    # while other suites ran); a process still alive after a minute is a real leak.
    deadline = time.monotonic() + 60
    while any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in started) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = [p for p in started if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    described = [command_of(p) for p in left]
    for process in left:  # do not leave them behind for the rest of the suite
        process.kill()
    assert not left, described
