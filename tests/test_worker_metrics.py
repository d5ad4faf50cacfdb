"""A real Celery worker (prefork pool) serves its metrics on WORKER_METRICS_PORT (issue 11, item 8).

What its pool processes count, task outcomes and the triage counters, must be summed by the main process and
scraped over HTTP, behind METRICS_TOKEN like the web's /metrics. Real worker process, real Redis broker, the
test's real PostgreSQL.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from healthsvc.worker_metrics import FOLDER_PREFIX, is_worker_command
from tests.drill_support import current_database_url, free_port, process_env, start_worker
from triage.models import TriageRecord

TOKEN = "scraper-token-for-the-test"
ANSWERS = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "3_6d", "red_flags": {}}


def scrape(url: str, token: str | None) -> tuple[int, dict[tuple[str, tuple], float]]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - loopback only
            text = response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, {}
    except OSError:
        return 0, {}
    samples = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }
    return 200, samples


def total(samples: dict, name: str, **labels: str) -> float:
    return sum(
        value
        for (sample, sample_labels), value in samples.items()
        if sample == name and set(labels.items()) <= set(sample_labels)
    )


def test_only_a_worker_command_serves_worker_metrics():
    assert is_worker_command(["/opt/venv/bin/celery", "-A", "healthsvc", "worker", "--concurrency", "2"])
    assert is_worker_command(["/x/site-packages/celery/__main__.py", "-A", "healthsvc", "worker", "-n", "a@%h"])
    assert not is_worker_command(["/opt/venv/bin/celery", "-A", "healthsvc", "beat"])
    assert not is_worker_command(["/opt/venv/bin/celery", "-A", "healthsvc", "inspect", "ping", "-d", "celery@x"])
    assert not is_worker_command(["/opt/venv/bin/gunicorn", "healthsvc.wsgi", "--workers", "1"])


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_worker_serves_what_its_pool_processes_count(tmp_path, make_user):
    from healthsvc.tasks import heartbeat_task
    from triage.services import triage_record_create

    port = free_port()
    url = f"http://127.0.0.1:{port}/metrics"
    env = process_env(
        current_database_url(), WORKER_METRICS_PORT=str(port), WORKER_METRICS_ADDRESS="127.0.0.1", METRICS_TOKEN=TOKEN
    )
    # A folder left by a worker killed outright: the next worker removes it.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{dead.pid}-"))
    worker = start_worker(tmp_path, "metrics", env=env)
    try:
        deadline = time.monotonic() + 60
        while scrape(url, TOKEN)[0] != 200:
            assert worker.poll() is None, (tmp_path / "metrics.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "the worker did not serve its metrics within 60 s"
            time.sleep(0.2)
        assert scrape(url, None)[0] == 401
        assert not orphan.exists()
        (own,) = Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}{worker.pid}-*")
        assert scrape(url, "wrong")[0] == 401

        records = [triage_record_create(patient=make_user("patient"), raw_answers=ANSWERS)[0] for _ in range(3)]
        for _ in range(4):
            heartbeat_task.delay()
        deadline = time.monotonic() + 60
        while True:
            samples = scrape(url, TOKEN)[1]
            done = TriageRecord.objects.filter(pk__in=[r.pk for r in records], state="completed").count()
            beats = total(
                samples, "healthsvc_celery_tasks_total", task="healthsvc.tasks.heartbeat_task", state="success"
            )
            results = total(samples, "healthsvc_triage_results_total")
            if done == 3 and beats == 4 and results == 3:
                break
            assert worker.poll() is None, (tmp_path / "metrics.log").read_text()[-2000:]
            assert time.monotonic() < deadline, (done, beats, results, (tmp_path / "metrics.log").read_text()[-2000:])
            time.sleep(0.3)
        # Counted in the pool's processes (prefork), served by the main one, the run time observed too.
        assert total(samples, "healthsvc_celery_task_seconds_count", task="healthsvc.tasks.heartbeat_task") == 4
        assert total(samples, "healthsvc_triage_calculation_seconds_count") == 3
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
    assert scrape(url, TOKEN)[0] == 0, "the port is still open after the worker stopped"
    assert not own.exists(), "the worker left its metrics folder behind"
