"""FHIR bulk export benchmark: peak memory of `manage.py export_fhir` for 1,000 and for 100,000 bookings,
measured in one run and printed as ratios (bounded memory: near 1, not 100).

    make bench-export        # --tracemalloc; embedded PostgreSQL and Redis, or DATABASE_URL / REDIS_URL
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/healthsvc REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/export_fhir.py [--bookings 100000] [--small 1000] [--tracemalloc]

It makes (dropping it first) a database named `<your database>_bench` on the server of DATABASE_URL, migrates
it and writes --bookings ended bookings with bulk_create, each with its completed triage record and current
result, four bookings a patient (healthsvc/fhir/tests/bulk_rows.py): the first --small in January 2020, the
rest from February. Then each export runs in a fresh process, as an operator runs it: January (--small
bookings), then the whole of 2020 (--bookings), the default types (Patient, QuestionnaireResponse,
RiskAssessment, Appointment, Location) into a temporary directory. Measured in each process:

- peak RSS (ru_maxrss), and its growth during the export over the process ready to export (Django set up,
  the command imported);
- with --tracemalloc, in a second process each, tracemalloc's peak of Python allocations during the export
  (tracing makes the 100,000 export some six times slower: about 6.5 minutes in all instead of 2 on an idle
  2-core machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SMALL_WINDOW = ("2020-01-01", "2020-02-01")
LARGE_WINDOW = ("2020-01-01", "2021-01-01")


def recreate_bench_database() -> str:
    """DATABASE_URL with its database `<name>_bench`, made empty (dropped first)."""
    import psycopg

    parts = urlsplit(os.environ["DATABASE_URL"])
    name = f"{parts.path.lstrip('/')}_bench"
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def populate(bookings: int, small: int) -> None:
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection

    from er_queue.models import EmergencyRoom
    from healthsvc.fhir.tests.bulk_rows import add_bookings
    from healthsvc.fhir.tests.conftest import EMERGENCY
    from healthsvc.models import PatientProfile, User
    from triage.services import triage_record_calculate, triage_record_create

    call_command("migrate", interactive=False, verbosity=0)
    # The clinical content every bulk row copies: one record made by the triage services.
    user = User.objects.create_user(email="template@bench.test", password="x" * 12, full_name="Template Patient")
    user.groups.add(Group.objects.get(name="patient"))
    PatientProfile.objects.create(user=user, date_of_birth=dt.date(1980, 1, 1), sex="female")
    record, _ = triage_record_create(patient=user, raw_answers=dict(EMERGENCY), dependant_id=None)
    template = triage_record_calculate(record_id=record.pk)
    room = EmergencyRoom.objects.create(name="Bench ER", address="1 Bench Road", region="Bench", capacity=10)
    january = dt.datetime(2020, 1, 2, tzinfo=dt.UTC)
    add_bookings(small, room=room, template=template, start=january, spacing=dt.timedelta(minutes=30))
    february = dt.datetime(2020, 2, 1, tzinfo=dt.UTC)
    add_bookings(bookings - small, room=room, template=template, start=february, spacing=dt.timedelta(minutes=2))
    with connection.cursor() as cursor:
        for table in ("healthsvc_user", "triage_triagerecord", "triage_triageresult", "er_queue_erbooking"):
            cursor.execute(f"VACUUM ANALYZE {table}")


def measure(since: str, until: str, *, trace: bool) -> dict:
    """One export in a fresh process (this script with --child); what it measured."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", since, until, *(["--trace"] if trace else [])],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"export process failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def child(since: str, until: str, trace: bool) -> None:
    """Runs in the measured process (Django set up): export, print one JSON line."""
    import tracemalloc

    from django.core.management import call_command

    from healthsvc.management.commands import export_fhir  # noqa: F401  (imported before the baseline)

    ready_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as directory:
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        out = io.StringIO()
        call_command("export_fhir", "--since", since, "--until", until, "--output-dir", f"{directory}/x", stdout=out)
        seconds = time.perf_counter() - started
        traced_peak = tracemalloc.get_traced_memory()[1] if trace else None
        file_bytes = sum(path.stat().st_size for path in Path(directory, "x").glob("*.ndjson"))
        manifest = json.loads(Path(directory, "x", "manifest.json").read_text())
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "ready_mb": ready_kb / 1024,
                "peak_mb": peak_kb / 1024,
                "growth_mb": (peak_kb - ready_kb) / 1024,
                "traced_peak_mb": traced_peak / 2**20 if traced_peak is not None else None,
                "seconds": seconds,
                "resources": sum(item["count"] for item in manifest["output"]),
                "file_mb": file_bytes / 2**20,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bookings", type=int, default=100_000, help="bookings in the large export")
    parser.add_argument("--small", type=int, default=1_000, help="bookings in the small export")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also measure Python allocations (several minutes more)"
    )
    parser.add_argument("--populate", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", nargs=2, metavar=("SINCE", "UNTIL"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.populate or args.child:
        import django

        django.setup()
        if args.populate:
            populate(args.bookings, args.small)
        else:
            child(*args.child, args.trace)
        return 0
    if not os.environ.get("DATABASE_URL") or not os.environ.get("REDIS_URL"):
        sys.exit("Set DATABASE_URL and REDIS_URL (make bench-export starts embedded ones).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healthsvc.settings_test")
    os.environ["DATABASE_URL"] = recreate_bench_database()
    # This process stays small and never sets Django up: on Linux a child's ru_maxrss starts from its parent's.
    started = time.perf_counter()
    sizes = ["--bookings", str(args.bookings), "--small", str(args.small)]
    subprocess.run([sys.executable, __file__, "--populate", *sizes], cwd=ROOT, check=True)
    print(
        f"database {urlsplit(os.environ['DATABASE_URL']).path.lstrip('/')}: {args.bookings:,} bookings written "
        f"in {time.perf_counter() - started:.0f} s; {os.cpu_count()} cores",
        flush=True,
    )
    runs = {}
    for label, window, n in (("small", SMALL_WINDOW, args.small), ("large", LARGE_WINDOW, args.bookings)):
        run = runs[label] = measure(*window, trace=False)
        traced = ""
        if args.tracemalloc:
            run["traced_peak_mb"] = measure(*window, trace=True)["traced_peak_mb"]
            traced = f"; tracemalloc peak {run['traced_peak_mb']:.2f} MB"
        print(
            f"  {n:>7,} bookings ({window[0]} to {window[1]}): {run['resources']:,} resources, "
            f"{run['file_mb']:.0f} MB of NDJSON in {run['seconds']:.1f} s; peak RSS {run['peak_mb']:.1f} MB "
            f"(ready {run['ready_mb']:.1f} MB, +{run['growth_mb']:.1f} MB exporting){traced}",
            flush=True,
        )
    small, large = runs["small"], runs["large"]
    traced = ""
    if args.tracemalloc:
        traced = f", Python allocations (tracemalloc) {large['traced_peak_mb'] / small['traced_peak_mb']:.2f}"
    print(
        f"peak memory, {args.bookings:,} vs {args.small:,} bookings ({args.bookings / args.small:.0f}x the rows): "
        f"RSS {large['peak_mb'] / small['peak_mb']:.2f}, "
        f"RSS growth while exporting {large['growth_mb'] / small['growth_mb']:.2f} "
        f"({large['growth_mb']:.1f} MB vs {small['growth_mb']:.1f} MB){traced}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
