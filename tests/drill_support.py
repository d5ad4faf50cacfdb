"""What the drills share: real gunicorn and Celery processes started on the test's database, and a load spread.

Not a test module. The drills (tests/test_*_drill.py, tests/test_frozen_database.py, tests/test_make_run.py)
start whole processes as an operator would and measure them from outside, over HTTP.
"""

from __future__ import annotations

import http.client
import itertools
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import psutil
import yaml

ROOT = Path(__file__).resolve().parents[1]
DRILL_SECRET_KEY = "drill-only-secret-key-" + "x" * 40
WEB_MANIFEST = ROOT / "deploy" / "k8s" / "base" / "web.yaml"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def command_of(process: psutil.Process) -> str:
    """A process's command line, or "" once it has exited (a killed child is a zombie until reaped)."""
    try:
        return " ".join(process.cmdline())
    except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
        return ""


def processes_using(folder: Path) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            if any(str(folder) in part for part in process.info["cmdline"] or []):
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def timed_get(url: str, headers: dict | None = None, timeout: float = 30) -> tuple[int, float]:
    """(HTTP status, seconds taken); status 0 when nothing answered."""
    started = time.monotonic()
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.monotonic() - started


def current_database_url() -> str:
    """A URL for the database this test session uses (the test database), for processes the test starts."""
    from django.db import connection

    settings = connection.settings_dict
    user = quote(settings["USER"]) + (f":{quote(settings['PASSWORD'], safe='')}" if settings.get("PASSWORD") else "")
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    if settings["HOST"].startswith("/"):  # a unix-socket directory (the embedded server)
        return f"postgres://{user}@{port}/{settings['NAME']}?host={quote(settings['HOST'])}"
    return f"postgres://{user}@{settings['HOST']}{port}/{settings['NAME']}"


def process_env(database_url: str, **overrides: str) -> dict:
    """The environment of a web or worker process: production settings (not the test suite's) on that database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env |= {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "healthsvc.settings",
        "DJANGO_SECRET_KEY": DRILL_SECRET_KEY,
        "DJANGO_DEBUG": "true",
    }
    return env | overrides


def start_web(env: dict, port: int, *, threads: int = 4, cwd: Path = ROOT, log: Path | None = None) -> subprocess.Popen:
    """One web process as the image runs it (Dockerfile: one gunicorn uvicorn worker, WSGI in `threads` threads,
    the same timeouts)."""
    command = [sys.executable, "-m", "gunicorn", "healthsvc.asgi:application", "--bind", f"127.0.0.1:{port}"]
    command += ["--worker-class", "healthsvc.web_worker.WebWorker", "--workers", "1"]
    command += ["--graceful-timeout", "20", "--timeout", "30"]
    output = log.open("w") if log else subprocess.DEVNULL
    env = {**env, "WEB_THREADS": str(threads)}
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)


def wait_for(
    url: str, process: subprocess.Popen, *, status: int = 200, headers: dict | None = None, within: float = 60
):
    """Poll url until it answers `status`; fail if the process dies first or it takes longer than `within`."""
    deadline = time.monotonic() + within
    while timed_get(url, headers, timeout=5)[0] != status:
        assert process.poll() is None, f"the process serving {url} exited with {process.returncode}"
        assert time.monotonic() < deadline, f"{url} did not answer {status} within {within} s"
        time.sleep(0.1)


def stop(process: subprocess.Popen, *, within: float = 25) -> int:
    """SIGTERM (what the kubelet and `make run` send), then SIGKILL of the whole group if it does not exit."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(within)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
        raise AssertionError(f"process {process.pid} did not stop within {within} s of SIGTERM") from None


def pre_stop_seconds() -> int:
    """The pause before SIGTERM that the web Deployment gives the load balancer (deploy/k8s/base/web.yaml)."""
    deployment = next(doc for doc in yaml.safe_load_all(WEB_MANIFEST.read_text()) if doc["kind"] == "Deployment")
    command = deployment["spec"]["template"]["spec"]["containers"][0]["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep", command
    return int(command[1])


def start_worker(tmp_path: Path, name: str, *, env: dict, beat: bool = False) -> subprocess.Popen:
    """A Celery worker as the image runs it, its own process group (so a drill can kill all of it), log in tmp_path."""
    command = [sys.executable, "-m", "celery", "-A", "healthsvc", "worker", "--concurrency", "2", "-n", f"{name}@%h"]
    command += ["--without-gossip", "--without-mingle", "--loglevel", "WARNING"]
    if beat:
        command += ["-B", "--schedule", str(tmp_path / "beat-schedule")]
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


@dataclass
class Outcome:
    """One request through the spread: which process answered, when, and how."""

    number: int
    backend: str
    started: float
    ended: float
    status: int  # 0: the connection failed after the request was sent (reset, timeout)
    error: str = ""
    refused_by: str = ""  # a backend that refused the connection first; the request was then sent here

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 500


class LoadSpread:
    """Steady load through a load balancer in front of web processes, as the ones the manifests put there do.

    `clients` threads send requests one after another, round-robin over the backends in the rotation. A backend
    joins the rotation when it is ready and leaves it when told: what the Kubernetes endpoints controller (and
    the GCE load balancer's network endpoint group) does when a pod becomes ready or starts terminating. A
    refused connection never reached a server, so it is retried on the next backend, as nginx
    (`proxy_next_upstream error`), Envoy and Google's load balancer do; anything after the request was sent (a
    reset, a timeout, a 5xx) is a failed request and is not retried. One connection per request.
    """

    def __init__(self, path: str, headers: dict, *, clients: int = 6, timeout: float = 10):
        self.path, self.headers, self.clients, self.timeout = path, headers, clients, timeout
        self.rotation: list[tuple[str, str, int]] = []  # (name, host, port)
        self.outcomes: list[Outcome] = []
        self.in_flight: dict[int, str] = {}  # request number -> backend
        self._lock = threading.Lock()
        self._numbers = itertools.count()
        self._turn = itertools.count()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    def add(self, name: str, base_url: str) -> None:
        parts = urlsplit(base_url)
        with self._lock:
            self.rotation.append((name, parts.hostname, parts.port))

    def remove(self, name: str) -> list[int]:
        """Take a backend out of the rotation; returns the requests it has in flight at that moment."""
        with self._lock:
            self.rotation = [backend for backend in self.rotation if backend[0] != name]
            return [number for number, backend in self.in_flight.items() if backend == name]

    def in_flight_on(self, name: str) -> list[int]:
        with self._lock:
            return [number for number, backend in self.in_flight.items() if backend == name]

    def results(self, *, backend: str | None = None, since: float = 0.0) -> list[Outcome]:
        with self._lock:
            return [o for o in self.outcomes if o.started >= since and (backend is None or o.backend == backend)]

    def __enter__(self) -> LoadSpread:
        self._threads = [threading.Thread(target=self._client, daemon=True) for _ in range(self.clients)]
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stopping.set()
        for thread in self._threads:
            thread.join(self.timeout + 5)

    def _pick(self, number: int, refused: set[str]) -> tuple[str, str, int] | None:
        """The next backend in the rotation, marked as having this request in flight (one step, so a request
        picked just before a backend leaves the rotation is counted as in flight on it)."""
        with self._lock:
            candidates = [backend for backend in self.rotation if backend[0] not in refused]
            if not candidates:
                return None
            backend = candidates[next(self._turn) % len(candidates)]
            self.in_flight[number] = backend[0]
            return backend

    def _client(self) -> None:
        while not self._stopping.is_set():
            number, refused, started = next(self._numbers), [], time.monotonic()
            while True:
                backend = self._pick(number, set(refused))
                if backend is None:
                    if not refused:  # nothing in the rotation yet
                        time.sleep(0.01)
                        started = time.monotonic()
                        continue
                    self._record(Outcome(number, refused[-1], started, time.monotonic(), 0, "every backend refused"))
                    break
                name, host, port = backend
                connection = http.client.HTTPConnection(host, port, timeout=self.timeout)
                try:
                    try:
                        connection.connect()
                    except ConnectionRefusedError:
                        refused.append(name)
                        continue
                    connection.request("GET", self.path, headers={**self.headers, "Connection": "close"})
                    response = connection.getresponse()
                    response.read()
                    outcome = Outcome(number, name, started, time.monotonic(), response.status)
                except OSError as error:  # reset, timeout: the request was sent and is lost
                    outcome = Outcome(number, name, started, time.monotonic(), 0, type(error).__name__)
                finally:
                    connection.close()
                    with self._lock:
                        self.in_flight.pop(number, None)
                outcome.refused_by = ",".join(refused)
                self._record(outcome)
                break

    def _record(self, outcome: Outcome) -> None:
        with self._lock:
            self.outcomes.append(outcome)
