"""Drill: roll out a broken release under steady load, detect it, roll back (issue 11, item 7: rollback).

A rollout as the web Deployment does it (RollingUpdate, maxSurge 1, maxUnavailable 0): start the new web
process; it takes traffic once /readyz answers 200, then the old one is stopped. Two broken releases, each a
real gunicorn process on the test's database, behind the load spread of the scale-down drill:

1. Code ahead of its schema: a copy of this tree with one more migration, which the rollout did not run (the
   migrate Job skipped). /readyz answers 503 ("1 migration(s) not applied"), so the readiness gate stops it
   before it takes any traffic; rolling back is stopping it.
2. A configuration typo that readiness cannot see: the per-user API rate written "1000000 per minute".
   /readyz is 200, the rollout goes through, and every API call then answers 500: the error rate of the
   new process's answers trips, and rolling back means starting the previous release again (as
   `kubectl rollout undo` does) and moving the traffic back.

Time to detect and time to recover are measured from outside, as an operator would see them.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.drill_support import (
    ROOT,
    LoadSpread,
    current_database_url,
    free_port,
    process_env,
    start_web,
    stop,
    wait_for,
)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

# The readiness gate: a probe a second (web.yaml probes every 10 s; the drill has no time to spare), and, as
# in web.yaml, two failures in a row mean not ready.
READINESS_PERIOD_SECONDS = 1.0
READINESS_FAILURE_THRESHOLD = 2
# The error-rate rule: more than 10 % of the new release's answers in the last 2 s failed, out of at least 10.
ERROR_RATE_WINDOW_SECONDS = 2.0
ERROR_RATE_LIMIT = 0.10
ERROR_RATE_MIN_ANSWERS = 10
GOOD_RATE = "1000000/minute"  # one user's token from many clients: lift the per-user throttle


def readyz(base: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"{base}/readyz", timeout=5) as response:  # noqa: S310 - loopback only
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def readiness_gate(base: str) -> tuple[bool, str]:
    """Ready at the first 200; not ready after READINESS_FAILURE_THRESHOLD answers of 503 in a row."""
    failures = 0
    while True:
        status, body = readyz(base)
        if status == 200:
            return True, body["status"]
        failures += 1
        if failures >= READINESS_FAILURE_THRESHOLD:
            failing = {
                name: check["detail"]
                for name, check in body["checks"].items()
                if not check["ok"] and check["takes_replica_out"]
            }
            return False, "; ".join(f"{name}: {detail}" for name, detail in failing.items())
        time.sleep(READINESS_PERIOD_SECONDS)


def error_rate_trips(spread: LoadSpread, name: str, *, within: float) -> tuple[float, float] | None:
    """(time it tripped, failed share) once the rule trips on `name`'s answers; None if it stays healthy."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        now = time.monotonic()
        recent = [o for o in spread.results(backend=name) if o.ended >= now - ERROR_RATE_WINDOW_SECONDS]
        if len(recent) >= ERROR_RATE_MIN_ANSWERS:
            share = sum(1 for o in recent if o.status >= 500 or o.status == 0) / len(recent)
            if share > ERROR_RATE_LIMIT:
                return now, share
        time.sleep(0.05)
    return None


def unexpected_errors(base: str) -> float:
    with urllib.request.urlopen(f"{base}/metrics", timeout=5) as response:  # noqa: S310 - loopback only
        text = response.read().decode()
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "healthsvc_unexpected_errors_total"
    )


def release_ahead_of_its_schema(tmp_path: Path) -> Path:
    """A copy of this tree whose healthsvc app has one more migration than the database."""
    from django.db.migrations.loader import MigrationLoader

    release = tmp_path / "release"
    shutil.copytree(
        ROOT,
        release,
        ignore=shutil.ignore_patterns(".*", "__pycache__", "staticfiles", "node_modules", "*.pyc"),
    )
    (leaf,) = MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes("healthsvc")
    number = int(leaf[1].split("_", 1)[0]) + 1
    (release / "healthsvc" / "migrations" / f"{number:04d}_release_ahead_of_schema.py").write_text(
        "from django.db import migrations\n\n\n"
        "class Migration(migrations.Migration):\n"
        "    # Stands for the schema change this release needs; the drill never applies it.\n"
        f"    dependencies = [{leaf!r}]\n"
        '    operations = [migrations.RunSQL("SELECT 1", migrations.RunSQL.noop)]\n'
    )
    return release


def test_a_broken_release_is_detected_by_readiness_or_error_rate_and_rolled_back(tmp_path, make_user, drill_figure):
    from knox.models import AuthToken

    _stored, token = AuthToken.objects.create(user=make_user("patient"))
    headers = {"Authorization": f"Token {token}"}
    good_env = process_env(current_database_url(), API_THROTTLE_USER=GOOD_RATE)
    typo_env = good_env | {"API_THROTTLE_USER": GOOD_RATE.replace("/", " per ")}
    ahead = release_ahead_of_its_schema(tmp_path)
    webs: dict[str, object] = {}

    def launch(name: str, env: dict, cwd: Path = ROOT) -> str:
        port = free_port()
        webs[name] = start_web(env, port, cwd=cwd, log=tmp_path / f"{name}.log")
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/healthz", webs[name])  # started: the startup probe
        return base

    try:
        good = launch("good", good_env)
        assert readiness_gate(good)[0]
        with LoadSpread("/api/v1/me/", headers, clients=4) as spread:
            spread.add("good", good)
            time.sleep(1)

            # 1. Code ahead of its schema: the readiness gate stops it; it never takes traffic.
            deployed = time.monotonic()
            ahead_base = launch("ahead", good_env, cwd=ahead)
            booted_in = time.monotonic() - deployed
            ready, why = readiness_gate(ahead_base)
            detected_1 = time.monotonic()
            assert not ready and "migration(s) not applied" in why, why
            stop(webs["ahead"])
            recovered_1 = time.monotonic()
            assert spread.results(backend="ahead") == []
            failed_1 = [o for o in spread.results(since=deployed) if not o.ok]
            assert failed_1 == [], failed_1[:5]

            # 2. A typo readiness cannot see: it goes live, the error rate trips, the previous release returns.
            typo = launch("typo", typo_env)
            assert readiness_gate(typo)[0], "the typo should pass readiness: the drill proves nothing"
            spread.add("typo", typo)
            live = time.monotonic()
            in_flight_on_good = spread.remove("good")
            stopping_good = threading.Thread(target=stop, args=(webs["good"],))
            stopping_good.start()
            tripped = error_rate_trips(spread, "typo", within=15)
            assert tripped, "the error rate never tripped"
            detected_2, share = tripped
            counted = unexpected_errors(typo)
            # Roll back: the previous release again, into the rotation once ready; the broken one out.
            previous = launch("previous", good_env)
            assert readiness_gate(previous)[0]
            spread.add("previous", previous)
            spread.remove("typo")
            recovered_2 = time.monotonic()
            stop(webs["typo"])
            stopping_good.join(30)
            time.sleep(1)  # steady on the previous release again

        outcomes = spread.results(since=live)
        failed_2 = [o for o in outcomes if not o.ok]
        # The broken release's 500s; at most, besides, a request in flight on the old one as it stopped (the
        # scale-down drill).
        assert failed_2 and all(
            (o.backend == "typo" and o.status == 500) or o.number in in_flight_on_good for o in failed_2
        ), failed_2[:5]
        assert all(o.ok for o in outcomes if o.started > recovered_2), "failures after the rollback"
        assert any(o.backend == "previous" for o in outcomes if o.started > recovered_2)
        assert counted > 0, "the broken release's /metrics did not count its 500s"
        drill_figure(
            "rollback 1: code ahead of its schema (migration not run)",
            f"/readyz 503 ({why}): detected {detected_1 - deployed:.1f} s after the deploy started (boot "
            f"{booted_in:.1f} s, then {READINESS_FAILURE_THRESHOLD} probes {READINESS_PERIOD_SECONDS:.0f} s apart); "
            f"never took traffic; rolled back (stopped) in {recovered_1 - detected_1:.1f} s; 0 requests failed",
        )
        drill_figure(
            "rollback 2: a configuration typo readiness cannot see",
            f"/readyz 200, so it went live and every API call answered 500: error rate {share:.0%} of its answers "
            f"detected {detected_2 - live:.1f} s after it took traffic (also {counted:.0f} in its "
            f"healthsvc_unexpected_errors_total); previous release started again and serving all traffic "
            f"{recovered_2 - detected_2:.1f} s after detection; {len(failed_2)} requests failed in between",
        )
    finally:
        for web in webs.values():
            stop(web)
