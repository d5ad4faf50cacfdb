"""ER queue benchmark: three ratios, each measured in one run, printed at the end.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/healthsvc REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/er_queue.py [--clients 8] [--per-client 100] [--reads 2000]

It uses its own database, `healthsvc_bench`, on the server of DATABASE_URL (created and
migrated if missing; its tables are emptied at the start, so never point it elsewhere).

(a) Booking throughput into one hot room: N concurrent clients POST /api/v1/er/bookings/
    to a real HTTP server (gunicorn, the production WSGI app with every middleware and
    token auth), against the same transaction written as raw SQL through psycopg with the
    same number of concurrent connections. Every booking succeeds (the room is large), so
    both sides do the same work. Ratio = API bookings/s / raw bookings/s. Retired (issue 15): on
    two shared cores it measures the web stack, not the design, so it has no target and runs only
    with --only a; bench/live.py's hot-room contention ratio replaces it.
    In the same rounds it measures where the API's time goes: the API with the raw SQL as
    its service (bench/sql_booking_wsgi.py), GET /healthz and GET /api/v1/me/.
(b) p99 latency of the position read (GET /api/v1/er/bookings/{id}/, what the patient page
    polls) with 100,000 active bookings across 100 rooms, against the same read with 1,000
    across the same rooms (so each queue is 100 times longer too). Target <= 1.5.
(c) Time for one sweep (bookings_expire_due, as the beat task runs it) to expire 100,000
    stale bookings, history rows and outbox notices included, against a single bulk UPDATE
    of the same rows. Best of two runs each, alternating. Target <= 3.

The sweep's on-commit task messages go to a queue no worker reads (deleted at the end), so
a worker attached to the same Redis never acts on the benchmark's rows.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import common  # noqa: E402
from bench.common import free_port, reference, setup_django  # noqa: E402

BENCH_DB = "healthsvc_bench"
DISCARD_QUEUE = "er-bench-discard"
ACTIVE = ("initialized", "confirmed", "called")


# --- set-up -------------------------------------------------------------------------------------
def configure() -> str:
    return common.configure(BENCH_DB)


def reset() -> None:
    common.truncate("healthsvc_user", "er_queue_emergencyroom")


def vacuum() -> None:
    common.vacuum_analyze(
        "er_queue_erbooking", "er_queue_bookingtransition", "er_queue_ernotice", "triage_triagerecord"
    )


def make_patients(n: int, *, tokens: bool = False, acuity: int = 2) -> list[tuple[int, int, str]]:
    """n patients, each with a completed emergency triage: [(user id, triage id, token)]."""
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone
    from knox import crypto
    from knox.models import AuthToken
    from knox.settings import CONSTANTS, knox_settings

    from healthsvc.models import User
    from triage.models import TriageRecord

    password = make_password(secrets.token_urlsafe(12))
    tag = secrets.token_hex(3)
    users = User.objects.bulk_create(
        [User(email=f"bench-{tag}-{i}@bench.test", password=password, full_name=f"Bench {i}") for i in range(n)],
        batch_size=5000,
    )
    now = timezone.now()
    records = TriageRecord.objects.bulk_create(
        [
            TriageRecord(
                patient=user,
                state="completed",
                answers={},
                catalogue_version="bench",
                ruleset_version="bench",
                acuity=acuity,
                disposition="emergency",
                completed_at=now,
            )
            for user in users
        ],
        batch_size=5000,
    )
    keys = [""] * n
    if tokens:
        keys = [crypto.create_token_string() for _ in range(n)]
        expiry = now + knox_settings.TOKEN_TTL
        AuthToken.objects.bulk_create(
            [
                AuthToken(
                    digest=crypto.hash_token(key), token_key=key[: CONSTANTS.TOKEN_KEY_LENGTH], user=user, expiry=expiry
                )
                for key, user in zip(keys, users, strict=True)
            ],
            batch_size=5000,
        )
    return [(user.pk, record.pk, key) for user, record, key in zip(users, records, keys, strict=True)]


def make_room(name: str, capacity: int):
    from er_queue.models import EmergencyRoom

    return EmergencyRoom.objects.create(name=name, address="1 Bench Road", region="Bench", capacity=capacity)


# --- the HTTP server ---------------------------------------------------------------------------------
class Server:
    """gunicorn running the production WSGI application against the bench database."""

    def __init__(self, workers: int, app: str = "healthsvc.wsgi:application"):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                app,
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=os.environ.copy(),
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def request(self, method: str, path: str, body: dict | None = None, token: str = "") -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Accept": "application/json", "Host": "127.0.0.1"}
        if token:
            headers["Authorization"] = f"Token {token}"
        payload = None
        if body is not None:
            payload = json.dumps(body)
            headers["Content-Type"] = "application/json"
        try:
            conn.request(method, path, body=payload, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def run_clients(work: list[list], call) -> tuple[float, list]:
    """Run call(item) for each client's items in one thread per client, all started together."""
    barrier = threading.Barrier(len(work) + 1)
    results: list = [None] * len(work)

    def client(index: int, items: list) -> None:
        barrier.wait()
        results[index] = [call(item) for item in items]

    threads = [threading.Thread(target=client, args=(i, items)) for i, items in enumerate(work)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, [outcome for result in results for outcome in result]


# --- (a) ----------------------------------------------------------------------------------------
RAW_BOOKING = [
    (
        "triage",
        "SELECT id, acuity, disposition, completed_at FROM triage_triagerecord "
        "WHERE id = %(record)s AND patient_id = %(patient)s AND state = 'completed'",
    ),
    (
        "latest",
        "SELECT id, state, reference, created_at FROM er_queue_erbooking WHERE patient_id = %(patient)s "
        "ORDER BY created_at DESC, id DESC LIMIT 1",
    ),
    (
        "room",
        "SELECT id, capacity, accepting, confirm_window_minutes, statement_timestamp() "
        "FROM er_queue_emergencyroom WHERE id = %(room)s FOR UPDATE",
    ),
    (
        "count",
        "SELECT count(*) FROM er_queue_erbooking WHERE room_id = %(room)s "
        "AND state IN ('initialized', 'confirmed', 'called')",
    ),
    (
        "insert",
        "INSERT INTO er_queue_erbooking (reference, room_id, patient_id, walk_in_label, triage_record_id, state, "
        "priority, queue_band, created_by_id, idempotency_key, created_at, deadline, end_reason, end_note) "
        "VALUES (%(reference)s, %(room)s, %(patient)s, '', %(record)s, 'initialized', 2, 1, %(patient)s, '', "
        "statement_timestamp(), statement_timestamp() + interval '10 minutes', '', '') RETURNING id",
    ),
    (
        "history",
        "INSERT INTO er_queue_bookingtransition (booking_id, from_state, to_state, actor_id, at, reason) "
        "VALUES (%(booking)s, '', 'initialized', %(patient)s, statement_timestamp(), 'booked')",
    ),
    (
        "audit",
        "INSERT INTO healthsvc_auditevent (at, actor_id, action, object_type, object_id, patient_id, request_id, "
        "details) VALUES (statement_timestamp(), %(patient)s, 'er_booking_create', 'er_booking', %(booking)s, "
        "%(patient)s, '', '{}')",
    ),
]


def bench_booking_throughput(clients: int, per_client: int, workers: int, rounds: int = 2) -> dict:
    """Each round runs, one after the other: the API, the raw SQL, and the three requests
    that show where the API's time goes (see FLOOR_PATHS), so a noisy neighbour hits all alike."""
    import psycopg

    reset()
    api_room = make_room("Hot ER (API)", 10**7)
    sql_api_room = make_room("Hot ER (API, SQL service)", 10**7)
    raw_room = make_room("Hot ER (SQL)", 10**7)
    per_round = clients * per_client
    api_patients = make_patients(per_round * rounds, tokens=True)
    sql_api_patients = make_patients(per_round * rounds, tokens=True)
    raw_patients = make_patients(per_round * rounds)
    warm = make_patients(workers * 8, tokens=True)
    vacuum()

    dsn = os.environ["DATABASE_URL"]
    local = threading.local()
    connections: list = []
    references = iter(reference(i) for i in range(10**6))
    lock = threading.Lock()

    def raw_book(item):
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = psycopg.connect(dsn)
            with lock:
                connections.append(conn)
        patient, record, _token = item
        with lock:
            ref = next(references)
        params = {"patient": patient, "record": record, "room": raw_room.pk, "reference": ref}
        with conn.transaction(), conn.cursor() as cursor:
            for name, sql in RAW_BOOKING:
                cursor.execute(sql, params)
                row = cursor.fetchone() if cursor.description else None
                if name == "count" and row[0] >= 10**7:
                    raise RuntimeError("full")
                if name == "insert":
                    params["booking"] = row[0]
        return 201

    def http_book(server: Server, room_id: int):
        def book(item):
            _user, record, token = item
            return server.request("POST", "/api/v1/er/bookings/", {"room": room_id, "triage_record": record}, token)[0]

        return book

    def timed(call, items, expected: int) -> float:
        seconds, statuses = run_clients([items[i::clients] for i in range(clients)], call)
        unexpected = [status for status in statuses if status != expected]
        assert not unexpected, f"unexpected answers: {unexpected[:5]}"
        return seconds

    server = Server(workers)
    sql_server = Server(workers, app="bench.sql_booking_wsgi:application")
    seconds = {"api": 0.0, "raw": 0.0, "sql_api": 0.0, **dict.fromkeys(FLOOR_PATHS, 0.0)}
    try:
        for index, (_user, record, token) in enumerate(warm):  # every worker imports, connects and caches first
            target, room = (server, api_room) if index % 2 else (sql_server, sql_api_room)
            target.request("POST", "/api/v1/er/bookings/", {"room": room.pk, "triage_record": record}, token)
        for round_ in range(rounds):
            part = slice(round_ * per_round, (round_ + 1) * per_round)
            seconds["api"] += timed(http_book(server, api_room.pk), api_patients[part], 201)
            seconds["raw"] += timed(raw_book, raw_patients[part], 201)
            seconds["sql_api"] += timed(http_book(sql_server, sql_api_room.pk), sql_api_patients[part], 201)
            for path in FLOOR_PATHS:
                with_token = path != "/healthz"
                seconds[path] += timed(
                    lambda item, path=path, with_token=with_token: server.request(
                        "GET", path, token=item[2] if with_token else ""
                    )[0],
                    api_patients[part],
                    200,
                )
    finally:
        server.stop()
        sql_server.stop()
        for conn in connections:
            conn.close()
    n = per_round * rounds
    return {"bookings": n, **{name: n / spent for name, spent in seconds.items()}}


# What bounds (a) on this machine, each served by the same gunicorn to the same clients:
FLOOR_PATHS = {
    "/healthz": "Django, no database, no DRF",
    "/api/v1/me/": "DRF with token auth and two small reads, nothing written",
}


# --- (b) ----------------------------------------------------------------------------------------
def add_waiting(rooms, per_room: int, *, start_index: int, staff_id: int) -> int:
    """Add walk-in bookings waiting in each room, with due times spread over two hours."""
    import datetime as dt
    import random

    from django.utils import timezone

    from er_queue.models import ERBooking

    now = timezone.now()
    rng = random.Random(start_index)
    taken = set(ERBooking.objects.filter(room__in=rooms).values_list("room_id", "reference"))
    batch, index = [], start_index
    for room in rooms:
        for _ in range(per_room):
            while (room.pk, reference(index)) in taken:
                index += 1
            confirmed = now - dt.timedelta(seconds=rng.uniform(0, 7200))
            batch.append(
                ERBooking(
                    reference=reference(index),
                    room=room,
                    walk_in_label=f"w{index}",
                    state="confirmed",
                    priority=3,
                    queue_band=1,
                    queue_due_at=confirmed + dt.timedelta(minutes=30),
                    confirmed_at=confirmed,
                    created_at=confirmed,
                    created_by_id=staff_id,
                )
            )
            index += 1
    ERBooking.objects.bulk_create(batch, batch_size=5000)
    return index


def timed_reads(server: Server, readers: list[tuple[int, str]], reads: int, seed: int) -> list[float]:
    import random

    rng = random.Random(seed)
    for booking_id, token in readers[:50]:  # warm up after the data changed
        server.request("GET", f"/api/v1/er/bookings/{booking_id}/", token=token)
    samples = []
    for _ in range(reads):
        booking_id, token = rng.choice(readers)
        started = time.perf_counter()
        status, _ = server.request("GET", f"/api/v1/er/bookings/{booking_id}/", token=token)
        samples.append(time.perf_counter() - started)
        assert status == 200, status
    return samples


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def bench_position_read(reads: int, workers: int, rounds: int = 3) -> dict:
    """1,000 and 100,000 active bookings alternate, `rounds` times: the extra 99,000 are
    added, read against, deleted and vacuumed away, so both sizes see the same noise."""
    from django.db import connection

    from er_queue import services
    from er_queue.models import ERBooking
    from healthsvc.models import User

    reset()
    rooms = [make_room(f"Read ER {i}", 5000) for i in range(100)]
    staff = User.objects.create_user(email="bench-staff@bench.test", full_name="Bench Staff")
    patients = make_patients(500, tokens=True, acuity=3)
    # 500 patients confirmed across the rooms (they read their own position), + 500 walk-ins = 1,000.
    readers = []
    for number, (patient, record, token) in enumerate(patients):
        user = User(pk=patient)
        booking = services.booking_create(actor=user, room_id=rooms[number % 100].pk, triage_record_id=record).booking
        services.booking_confirm(booking_id=booking.pk, actor=user)
        readers.append((booking.pk, token))
    index = add_waiting(rooms, 5, start_index=100_000, staff_id=staff.pk)
    small_ids = set(ERBooking.objects.values_list("pk", flat=True))
    vacuum()
    small, large, active_large = [], [], 0
    server = Server(workers)
    try:
        for round_ in range(rounds):
            small += timed_reads(server, readers, reads // rounds, seed=round_)
            add_waiting(rooms, 990, start_index=index, staff_id=staff.pk)  # + 99,000 = 100,000 active
            vacuum()
            active_large = ERBooking.objects.filter(state__in=ACTIVE).count()
            large += timed_reads(server, readers, reads // rounds, seed=round_)
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM er_queue_erbooking WHERE NOT (id = ANY(%s))", [list(small_ids)])
            vacuum()
    finally:
        server.stop()
    return {
        "p99_small_ms": p99(small) * 1000,
        "p99_large_ms": p99(large) * 1000,
        "median_small_ms": statistics.median(small) * 1000,
        "median_large_ms": statistics.median(large) * 1000,
        "active_large": active_large,
    }


# --- (c) ----------------------------------------------------------------------------------------
def load_stale(patients, rooms) -> None:
    import datetime as dt

    from django.utils import timezone

    from er_queue.models import ERBooking

    now = timezone.now()
    bookings = [
        ERBooking(
            reference=reference(index),
            room=rooms[index % len(rooms)],
            patient_id=patient,
            triage_record_id=record,
            state="initialized",
            priority=2,
            queue_band=1,
            created_by_id=patient,
            created_at=now - dt.timedelta(minutes=30),
            deadline=now - dt.timedelta(minutes=20) + dt.timedelta(milliseconds=index % 60_000),
        )
        for index, (patient, record, _token) in enumerate(patients)
    ]
    ERBooking.objects.bulk_create(bookings, batch_size=5000)


def clear_bookings() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE er_queue_erbooking CASCADE")


def bench_sweep(n: int) -> dict:
    from django.db import connection, transaction

    from er_queue.models import ERBooking
    from er_queue.services import bookings_expire_due
    from healthsvc.celery import app

    app.conf.task_routes = {"er_queue.tasks.*": {"queue": DISCARD_QUEUE}}
    reset()
    rooms = [make_room(f"Sweep ER {i}", n) for i in range(50)]
    patients = make_patients(n)
    bulk_sql = (
        "UPDATE er_queue_erbooking SET state = 'expired', expired_at = statement_timestamp(), deadline = NULL, "
        "end_reason = CASE state WHEN 'initialized' THEN 'not_confirmed' ELSE 'checkin_window_passed' END "
        "WHERE state IN ('initialized', 'called') AND deadline < statement_timestamp()"
    )
    sweep_times, bulk_times = [], []
    for _round in range(2):
        for kind in ("bulk", "sweep"):
            clear_bookings()
            load_stale(patients, rooms)
            vacuum()
            started = time.perf_counter()
            if kind == "bulk":
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute(bulk_sql)
                    assert cursor.rowcount == n, cursor.rowcount
                bulk_times.append(time.perf_counter() - started)
            else:
                assert bookings_expire_due() == n
                sweep_times.append(time.perf_counter() - started)
            assert not ERBooking.objects.filter(state="initialized").exists()
    import redis

    redis.Redis.from_url(os.environ["REDIS_URL"]).delete(DISCARD_QUEUE)
    return {"sweep_s": min(sweep_times), "bulk_s": min(bulk_times), "rows": n}


# --- main -----------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients for (a)")
    parser.add_argument("--per-client", type=int, default=100, help="bookings per client for (a)")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1, help="gunicorn workers")
    parser.add_argument("--reads", type=int, default=2000, help="position reads per size for (b)")
    parser.add_argument("--stale", type=int, default=100_000, help="stale bookings for (c)")
    parser.add_argument("--only", choices=("a", "b", "c"), action="append", help="run only these parts (repeatable)")
    args = parser.parse_args()
    parts = set(args.only or "bc")  # (a) is retired: only on request

    bench_url = configure()
    setup_django()
    print(f"database {urlsplit(bench_url).path.lstrip('/')}, {os.cpu_count()} cores, {args.workers} gunicorn workers")

    if "a" in parts:
        report_a(args)
    if "b" in parts:
        report_b(args)
    if "c" in parts:
        report_c(args)
    return 0


def report_a(args) -> None:
    a = bench_booking_throughput(args.clients, args.per_client, args.workers)
    raw = a["raw"]
    ratio_a = a["api"] / raw
    print(
        f"(a) booking throughput, one hot room, {args.clients} concurrent clients, {a['bookings']} bookings each side: "
        f"HTTP API {a['api']:.0f}/s vs raw SQL {raw:.0f}/s "
        f"-> ratio {ratio_a:.2f} (retired: no target; see bench/live.py)",
        flush=True,
    )
    print(
        f"    where the time goes, same run: the API with the raw SQL as its service "
        f"(bench/sql_booking_wsgi.py) {a['sql_api']:.0f}/s = {a['sql_api'] / raw:.2f} of raw",
        flush=True,
    )
    for path, what in FLOOR_PATHS.items():
        print(f"    GET {path} ({what}) {a[path]:.0f}/s = {a[path] / raw:.2f} of raw", flush=True)


def report_b(args) -> None:
    b = bench_position_read(args.reads, 2)
    ratio_b = b["p99_large_ms"] / b["p99_small_ms"]
    print(
        f"(b) position read p99, {args.reads} reads each: {b['active_large']:,} active {b['p99_large_ms']:.2f} ms vs "
        f"1,000 active {b['p99_small_ms']:.2f} ms -> ratio {ratio_b:.2f} (target <= 1.5) "
        f"{'OK' if ratio_b <= 1.5 else 'MISSED'} "
        f"[medians {b['median_large_ms']:.2f} vs {b['median_small_ms']:.2f} ms]",
        flush=True,
    )


def report_c(args) -> None:
    c = bench_sweep(args.stale)
    ratio_c = c["sweep_s"] / c["bulk_s"]
    print(
        f"(c) expire {c['rows']:,} stale bookings: sweep {c['sweep_s']:.2f} s vs one bulk UPDATE {c['bulk_s']:.2f} s "
        f"-> ratio {ratio_c:.2f} (target <= 3) {'OK' if ratio_c <= 3 else 'MISSED'}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
