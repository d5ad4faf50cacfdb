"""`make run`: migrate, load demo data, then run web, Celery worker and Celery beat.

Started by `python -m healthsvc.embedded`, which has already put DATABASE_URL and
REDIS_URL in the environment (embedded servers or the ones you set). Ctrl-C stops
every process started here; the embedded servers stop after this script exits.

It supervises: a process that dies is started again after a growing pause (1, 2, 4 … 30 s),
so a crashed worker does not take the web and beat down with it. One that keeps dying
(more than RESTART_LIMIT times in RESTART_WINDOW_SECONDS, e.g. the port is taken) stops
the run, with its exit code, rather than spin.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.parse
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("HEALTHSVC_DATA_DIR", ROOT / ".data"))  # the same folder `--data` gave the servers
PY = sys.executable
HOST = os.environ.get("HOST", "127.0.0.1")
PORT = os.environ.get("PORT", "8000")
WORKER_METRICS_PORT = os.environ.get("WORKER_METRICS_PORT", "9808")
RESTART_LIMIT = 5
RESTART_WINDOW_SECONDS = 60
LONGEST_PAUSE_SECONDS = 30


def local_secret_key() -> str:
    return local_secret("secret_key")


def local_secret(name: str) -> str:
    """A random secret kept in .data/<name> (created once, readable by this user only)."""
    key_file = DATA / name
    if not key_file.exists():
        DATA.mkdir(exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


APP_ROLE = "healthsvc_app"


def with_user(url: str, user: str, password: str) -> str:
    """The same database URL, signed in as another role."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{user}:{urllib.parse.quote(password, safe='')}@{host}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def manage(*args: str, env: dict) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def main() -> int:
    env = {
        **os.environ,
        "DJANGO_DEBUG": os.environ.get("DJANGO_DEBUG", "true"),
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or local_secret_key(),
        "PYTHONUNBUFFERED": "1",
    }
    manage("wait_for_db", "--timeout", "30", env=env)
    manage("migrate", "--noinput", env=env)
    manage("seed_demo", env=env)
    # Migrations and the demo seed run as the owner; web, worker and beat as the least-privilege role,
    # which may only add to and read the audit table (docs/security.md).
    app_password = local_secret("app_role_password")
    try:
        manage("create_app_role", "--role", APP_ROLE, env={**env, "DATABASE_APP_PASSWORD": app_password})
    except subprocess.CalledProcessError:
        # A DATABASE_URL whose user may not create roles: say so, and run as that user.
        print(f"warning: could not create the {APP_ROLE} role; web, worker and beat connect as the owner", flush=True)
    else:
        env = {**env, "DATABASE_URL": with_user(env["DATABASE_URL"], APP_ROLE, app_password)}

    commands = {
        "web": [
            PY,
            "-m",
            "gunicorn",
            "healthsvc.asgi:application",  # live streams under ASGI, the rest WSGI in threads (as the image)
            "--worker-class",
            "healthsvc.web_worker.WebWorker",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            "1",
            "--access-logfile",
            "-",
            "--graceful-timeout",
            "5",
        ],
        "worker": [
            PY,
            "-m",
            "celery",
            "-A",
            "healthsvc",
            "worker",
            "--loglevel",
            "INFO",
            "--concurrency",
            "2",
            "--without-gossip",
            "--without-mingle",
        ],
        "beat": [
            PY,
            "-m",
            "celery",
            "-A",
            "healthsvc",
            "beat",
            "--loglevel",
            "INFO",
            "--schedule",
            str(DATA / "celerybeat-schedule"),
        ],
    }
    # Sweeps may take longer than a web request: their own database limits (healthsvc/settings.py).
    sweep_env = {**env, "DATABASE_STATEMENT_TIMEOUT_MS": "45000", "DATABASE_LOCK_TIMEOUT_MS": "20000"}
    # The worker serves what its pool counts on its own port (healthsvc/worker_metrics.py); a taken port is
    # logged, not fatal.
    worker_env = {**sweep_env, "WORKER_METRICS_PORT": WORKER_METRICS_PORT, "WORKER_METRICS_ADDRESS": HOST}
    envs = {"web": env, "worker": worker_env, "beat": sweep_env}
    processes = {name: Supervised(name, command, envs[name]) for name, command in commands.items()}
    print_banner()

    stopping = False

    def stop(*_args):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for process in processes.values():
            if not process.tend():
                exit_code = process.returncode or 1
                stopping = True
                break
        time.sleep(0.5)

    for process in processes.values():
        process.terminate()
    deadline = time.monotonic() + 15
    for process in processes.values():
        process.wait_or_kill(max(0.1, deadline - time.monotonic()))
    print("[run] web, worker and beat stopped", flush=True)
    return exit_code


class Supervised:
    """One child process, started again with a growing pause when it dies."""

    def __init__(self, name: str, command: list[str], env: dict):
        self.name, self.command, self.env = name, command, env
        self.deaths: deque[float] = deque()
        self.restart_at: float | None = None
        self.process = self._start()

    @property
    def returncode(self) -> int | None:
        return self.process.returncode

    def _start(self) -> subprocess.Popen:
        return subprocess.Popen(self.command, cwd=ROOT, env=self.env)

    def tend(self) -> bool:
        """Restart the process if it is due; False when it keeps dying and the run should stop."""
        now = time.monotonic()
        if self.restart_at is not None:
            if now >= self.restart_at:
                print(f"[run] starting {self.name} again", flush=True)
                self.process, self.restart_at = self._start(), None
            return True
        if self.process.poll() is None:
            return True
        self.deaths.append(now)
        while self.deaths and self.deaths[0] < now - RESTART_WINDOW_SECONDS:
            self.deaths.popleft()
        if len(self.deaths) > RESTART_LIMIT:
            print(
                f"[run] {self.name} exited with {self.returncode} {len(self.deaths)} times in "
                f"{RESTART_WINDOW_SECONDS} s; stopping the rest",
                flush=True,
            )
            return False
        pause = min(LONGEST_PAUSE_SECONDS, 2 ** (len(self.deaths) - 1))
        print(f"[run] {self.name} exited with {self.returncode}; restarting it in {pause} s", flush=True)
        self.restart_at = now + pause
        return True

    def terminate(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def wait_or_kill(self, seconds: float) -> None:
        try:
            self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def print_banner() -> None:
    sys.path.insert(0, str(ROOT))
    from healthsvc.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    lines = [
        "",
        "=" * 72,
        f"  healthsvc is running at http://{HOST}:{PORT}/",
        f"  API docs: http://{HOST}:{PORT}/api/docs/   admin: http://{HOST}:{PORT}/admin/",
        f"  Metrics: http://{HOST}:{PORT}/metrics (web), http://{HOST}:{WORKER_METRICS_PORT}/metrics (worker)",
        f"  Demo logins (password for all: {DEMO_PASSWORD}):",
        *(f"    {label:<16} {email}" for email, _role, label, _name, _staff in DEMO_ACCOUNTS),
        "  Press Ctrl-C to stop everything.",
        "=" * 72,
        "",
    ]
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    sys.exit(main())
