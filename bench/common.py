"""What the ER benchmarks share: their own database on the server of DATABASE_URL, Django set up on it, free
ports and booking references. Each benchmark empties its own database, so it never touches another."""

from __future__ import annotations

import os
import socket
import sys
from urllib.parse import urlsplit, urlunsplit

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def configure(bench_db: str, **environment: str) -> str:
    """Point this process at `bench_db` on DATABASE_URL's server (created if missing), with throttles off;
    `environment` adds or overrides variables. Returns the benchmark database's URL."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("Set DATABASE_URL (the server to use; the benchmark makes its own database there).")
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL.")
    bench_url = urlunsplit(urlsplit(url)._replace(path=f"/{bench_db}"))
    os.environ.update(
        {
            "DATABASE_URL": bench_url,
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "healthsvc.settings_test"),
            "API_THROTTLE_USER": "1000000000/minute",
            "API_THROTTLE_ANON": "1000000000/minute",
            "DATABASE_CONN_MAX_AGE": "600",
            "LOG_LEVEL": "WARNING",
            **environment,
        }
    )
    import psycopg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [bench_db]).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{bench_db}"')
    return bench_url


def setup_django() -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def reference(index: int) -> str:
    """A booking reference no two indexes share (ER-XXXX, the alphabet the app uses)."""
    chars = []
    for _ in range(4):
        index, digit = divmod(index, len(REFERENCE_ALPHABET))
        chars.append(REFERENCE_ALPHABET[digit])
    return "ER-" + "".join(chars)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def truncate(*tables: str) -> None:
    """Empty the tables (and every table that refers to them) and restart their ids: a clean start per phase."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


def vacuum_analyze(*tables: str) -> None:
    """Fresh planner statistics after a bulk load, so the measured queries use the plans production would."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"VACUUM ANALYZE {table}")
