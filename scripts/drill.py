"""`make drill`: the availability drills of the original design, on this machine, and a table of figures.

Each drill is a test that starts the real parts it needs (its own PostgreSQL to freeze, its own Redis to
stop, real gunicorn and Celery processes, two web processes behind a load spread to scale down, broken
releases to roll back) and records one line through the `drill_figure` fixture (tests/drill_support.py has
what they share). This runs them in one pytest session and prints the table (docs/operations.md keeps the
last one).

    .venv/bin/python -m healthsvc.embedded --data .data/drill -- .venv/bin/python scripts/drill.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DRILLS = (
    "er_queue/tests/test_concurrency.py::test_fifty_patients_into_five_places",
    "healthsvc/tests/test_cache_fail_open.py::test_throttled_api_endpoints_answer_with_redis_stopped",
    "healthsvc/tests/test_database_outage.py::test_readyz_takes_the_replica_out_while_the_database_is_down",
    "tests/test_frozen_database.py",
    "tests/test_worker_kill_drill.py",
    "tests/test_make_run.py",
    "tests/test_scale_down_drill.py",
    "tests/test_rollback_drill.py",
    "triage/tests/test_rollout.py::test_demo_seed_rolls_out_the_default_ruleset_through_shadow_once",
)


def main() -> int:
    started = time.monotonic()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "healthsvc.settings_test"}
    command = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", *DRILLS]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    rows = [line.split(" | ", 2)[1:] for line in run.stdout.splitlines() if line.startswith("DRILL | ")]
    summary = next((line for line in reversed(run.stdout.splitlines()) if " passed" in line or " failed" in line), "")
    print("| drill | figure |\n|---|---|")
    for scenario, figure in rows:
        print(f"| {scenario} | {figure} |")
    print(f"\npytest: {summary.strip('= ')}; `make drill` took {time.monotonic() - started:.0f} s in all")
    if run.returncode != 0:
        print(run.stdout[-4000:], run.stderr[-2000:], sep="\n")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
