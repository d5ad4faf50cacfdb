"""Drill: `kill -9` of the whole Celery worker while triage calculations are queued and in flight.

Tasks are acknowledged late and Redis redelivers an unacknowledged one after the 60 s visibility timeout;
the triage reconcile (beat, every 10 s) re-enqueues records stuck for 15 s. So after the kill, a new worker
must complete every record, none twice, within 90 s (issue 11, item 5). Real worker processes, real Redis
broker, the test's real PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from triage.models import TriageRecord, TriageResult

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ANSWERS = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "3_6d", "red_flags": {}}


def start_worker(tmp_path: Path, name: str, *, beat: bool) -> subprocess.Popen:
    settings = connection.settings_dict
    user = quote(settings["USER"]) + (f":{quote(settings['PASSWORD'], safe='')}" if settings.get("PASSWORD") else "")
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    if settings["HOST"].startswith("/"):  # a unix-socket directory (the embedded server)
        database_url = f"postgres://{user}@{port}/{settings['NAME']}?host={quote(settings['HOST'])}"
    else:
        database_url = f"postgres://{user}@{settings['HOST']}{port}/{settings['NAME']}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "healthsvc.settings",
        "DJANGO_SECRET_KEY": "drill-only-secret-key-" + "x" * 40,
        "DJANGO_DEBUG": "true",
    }
    command = [sys.executable, "-m", "celery", "-A", "healthsvc", "worker", "--concurrency", "2", "-n", f"{name}@%h"]
    command += ["--without-gossip", "--without-mingle", "--loglevel", "WARNING"]
    if beat:
        command += ["-B", "--schedule", str(tmp_path / "beat-schedule")]
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def test_killing_the_whole_worker_loses_no_triage_record(tmp_path, make_user, drill_figure):
    from triage.services import triage_record_create

    patients = [make_user("patient") for _ in range(10)]
    first = start_worker(tmp_path, "first", beat=False)
    try:
        time.sleep(4)  # the worker is consuming
        records = [triage_record_create(patient=p, raw_answers=ANSWERS)[0] for p in patients for _ in range(2)]
        ids = [record.pk for record in records]
        # Kill as soon as the worker has finished one: the rest are then in flight or still queued.
        deadline = time.monotonic() + 30
        while not TriageRecord.objects.filter(pk__in=ids, state="completed").exists():
            assert time.monotonic() < deadline, (tmp_path / "first.log").read_text()[-2000:]
            time.sleep(0.01)
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # the whole worker: main process and its pool, no goodbye
        first.wait(10)
    killed_at = time.monotonic()
    unfinished = TriageRecord.objects.filter(pk__in=ids).exclude(state="completed").count()
    assert unfinished > 0, "the worker finished everything before the kill: the drill proved nothing"

    second = start_worker(tmp_path, "second", beat=True)
    try:
        while TriageRecord.objects.filter(pk__in=ids, state="completed").count() < len(ids):
            assert second.poll() is None, (tmp_path / "second.log").read_text()[-2000:]
            assert time.monotonic() - killed_at < 90, "records still not completed 90 s after the kill"
            time.sleep(0.5)
        recovered_in = time.monotonic() - killed_at
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(20)
    # Exactly one current result each, whatever was redelivered or re-enqueued.
    assert TriageResult.objects.filter(record_id__in=ids, is_current=True).count() == len(ids)
    assert TriageResult.objects.filter(record_id__in=ids, kind="active").count() == len(ids)
    drill_figure(
        "kill -9 of the whole Celery worker",
        f"{unfinished} of {len(ids)} records unfinished at the kill; all completed {recovered_in:.1f} s after it, "
        "one result each",
    )
