"""`make run`: migrate, load demo data, then run web, Celery worker and Celery beat.

Started by `python -m healthsvc.embedded`, which has already put DATABASE_URL and
REDIS_URL in the environment (embedded servers or the ones you set). Ctrl-C stops
every process started here; the embedded servers stop after this script exits.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("HEALTHSVC_DATA_DIR", ROOT / ".data"))  # the same folder `--data` gave the servers
PY = sys.executable
HOST = os.environ.get("HOST", "127.0.0.1")
PORT = os.environ.get("PORT", "8000")


def local_secret_key() -> str:
    key_file = DATA / "secret_key"
    if not key_file.exists():
        DATA.mkdir(exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


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

    commands = {
        "web": [
            PY,
            "-m",
            "gunicorn",
            "healthsvc.wsgi",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            "1",
            "--threads",
            "8",
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
    processes = {name: subprocess.Popen(cmd, cwd=ROOT, env=env) for name, cmd in commands.items()}
    print_banner()

    stopping = False

    def stop(*_args):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, process in processes.items():
            if process.poll() is not None:
                print(f"[run] {name} exited with {process.returncode}; stopping the rest", flush=True)
                exit_code = process.returncode or 1
                stopping = True
        time.sleep(0.5)

    for process in processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for process in processes.values():
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    print("[run] web, worker and beat stopped", flush=True)
    return exit_code


def print_banner() -> None:
    sys.path.insert(0, str(ROOT))
    from healthsvc.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    lines = [
        "",
        "=" * 72,
        f"  healthsvc is running at http://{HOST}:{PORT}/",
        f"  API docs: http://{HOST}:{PORT}/api/docs/   admin: http://{HOST}:{PORT}/admin/",
        f"  Demo logins (password for all: {DEMO_PASSWORD}):",
        *(f"    {label:<16} {email}" for email, _role, label, _name, _staff in DEMO_ACCOUNTS),
        "  Press Ctrl-C to stop everything.",
        "=" * 72,
        "",
    ]
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    sys.exit(main())
