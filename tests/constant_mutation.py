"""pytest plugin for `make mutation`'s second pass: the constant mutants of tests/constant_mutants.py.

scripts/mutation.py runs pytest with `-p tests.constant_mutation --constant-mutants=REPORT.json` on the
tests of the apps whose data is mutated. Instead of the normal test loop, this plugin:

1. runs the collected tests once, unmutated, in this process (all must pass: a failing test would
   "kill" every mutant), keeping the session's fixtures (the test database) set up afterwards;
2. for each mutant, forks a child that applies the mutant to the loaded objects, empties the memo tables
   and runs the tests of the mutant's app, the likeliest killers first (tests named after the changed
   rule, then the tests that killed recent mutants), and stops at the first failure: killed;
3. writes {mutant name: {"module", "status"}} to the report, status killed, survived or timeout.

Two children run at once. A child gets its own database connection (it drops the one it inherited
unused) and, for the medicine catalogue, reloads the catalogue tables from the mutated data inside a
transaction that is never committed, so the shared test database is never changed (and two medicine
children never run at once: the second would wait on the first's row locks); tests that need a committed
transaction (transactional_db, live servers) are left out of this pass. Never loaded by `make test`.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.mutation_slots import empty_memo_tables

APP_OF_MODULE = {
    "triage.engine.rulesets": "triage/",
    "triage.engine.complaints": "triage/",
    "medicine.catalogue_data": "medicine/",
}
PARALLEL = 2
CATALOGUE = "medicine.catalogue_data"
TIMEOUT_FACTOR = 5  # a child running longer than this times the unmutated tests' time is hung: caught
KILLED, SURVIVED, TIMEOUT, BROKEN = "killed", "survived", "timeout", "broken"


def pytest_addoption(parser):
    parser.addoption("--constant-mutants", metavar="REPORT", help="run the constant mutants; write the report here")
    parser.addoption("--constant-mutants-only", metavar="TEXT", default="", help="only mutants whose name has TEXT")
    parser.addoption("--constant-mutants-skip", metavar="JSON", help="a JSON list of mutant names not to run")


class _SessionOnly:
    """A stand-in `nextitem` for pytest's teardown: keep the session's fixtures (the test database), drop
    the rest, so that any test can run next in a forked child."""

    def __init__(self, session):
        self._session = session

    def listchain(self):
        return [self._session]


def _runnable(item) -> bool:
    """Tests that roll back: a forked child's test must leave the shared test database as it found it."""
    marker = item.get_closest_marker("django_db")
    committed = marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("serialized_rollback"))
    return not committed and not {"transactional_db", "live_server", "asgi_server"} & set(item.fixturenames)


def _run(items, keep, *, stop_at_first_failure: bool):
    """Run the items in order; the node ids that failed."""
    from _pytest.runner import runtestprotocol

    failed = []
    for i, item in enumerate(items):
        nextitem = items[i + 1] if i + 1 < len(items) else keep
        if any(report.failed for report in runtestprotocol(item, nextitem=nextitem, log=False)):
            failed.append(item.nodeid)
            if stop_at_first_failure:
                break
    return failed


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session):
    config = session.config
    report_path = config.getoption("--constant-mutants")
    if not report_path:
        return None
    from tests.constant_mutants import all_mutants

    keep = _SessionOnly(session)
    items = [item for item in session.items if _runnable(item)]
    started = time.monotonic()
    failing = _run(items, keep, stop_at_first_failure=False)
    baseline = time.monotonic() - started
    if failing:
        raise pytest.UsageError(f"{len(failing)} tests fail unmutated, first {failing[0]}: mend them first")

    only = config.getoption("--constant-mutants-only")
    skip_path = config.getoption("--constant-mutants-skip")
    skip = set(json.loads(Path(skip_path).read_text())) if skip_path else set()
    mutants = [m for m in all_mutants() if only in m.name and m.name not in skip]
    print(f"\nconstant mutants: {len(mutants)}, {len(items)} tests ({baseline:.0f} s unmutated)", flush=True)
    modules = {m.name: m.module for m in mutants}

    def write(statuses: dict[str, str]) -> None:  # as it goes: a stopped run keeps what it measured
        report = {name: {"module": modules[name], "status": status} for name, status in statuses.items()}
        Path(report_path).write_text(json.dumps(report, indent=1))

    write(_run_mutants(mutants, items, keep, timeout=max(30.0, TIMEOUT_FACTOR * baseline), progress=write))
    return True


def _run_mutants(mutants, items, keep, *, timeout: float, progress) -> dict[str, str]:
    killers: list[str] = []  # node ids of recent killers, newest first
    running: dict[int, tuple[object, float, Path]] = {}  # child pid -> mutant, start, file it names its killer in
    statuses: dict[str, str] = {}
    pending = list(reversed(mutants))
    done = 0
    while pending or running:
        while len(running) < PARALLEL and (mutant := next_startable(pending, running)) is not None:
            order = _likeliest_first(mutant, items, killers)
            killed_by = Path(f".constant-mutant-{len(statuses) + len(running)}-{os.getpid()}.killer")
            pid = os.fork()
            if pid == 0:
                _child(mutant, order, keep, killed_by)  # never returns
            running[pid] = (mutant, time.monotonic(), killed_by)
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            for child, (_, since, _) in list(running.items()):
                if time.monotonic() - since > timeout:
                    os.kill(child, 9)
            time.sleep(0.005)
            continue
        mutant, _, killer_file = running.pop(pid)
        code = os.waitstatus_to_exitcode(status)
        statuses[mutant.name] = {0: SURVIVED, 1: KILLED, -9: TIMEOUT}.get(code, BROKEN)
        if killer_file.exists():
            killer = killer_file.read_text()
            killer_file.unlink()
            if killer in killers:
                killers.remove(killer)
            killers.insert(0, killer)
            del killers[20:]
        done += 1
        if done % 100 == 0 or done == len(mutants):
            counts = Counter(statuses.values())
            print(f"  {done}/{len(mutants)} mutants: {dict(counts)}", flush=True)
            progress(statuses)
    return statuses


def next_startable(pending: list, running: dict):
    """The next mutant to fork (pending is popped from its end), or None. A medicine child holds row locks on the
    catalogue tables until it exits (it rebuilds them in a transaction it never commits), so a second one at the
    same time would wait on those locks and could be timed out, or deadlock, and be scored as caught or broken:
    medicine mutants run one at a time, beside the others."""
    busy = any(mutant.module == CATALOGUE for mutant, _, _ in running.values())
    for i in range(len(pending) - 1, -1, -1):
        if not (busy and pending[i].module == CATALOGUE):
            return pending.pop(i)
    return None


def _likeliest_first(mutant, items, killers: list[str]) -> list:
    """The mutant's app's tests: those whose name holds the changed rule's name (a warning question's id, a
    ruleset field) first, then recent killers, then the rest in collection order."""
    app = APP_OF_MODULE[mutant.module]
    own = [item for item in items if item.nodeid.startswith(app)]
    words = set(mutant.names)
    recent = {nodeid: rank for rank, nodeid in enumerate(killers)}

    def rank(item):
        named = any(word in item.nodeid.lower() for word in words)
        return (0 if named else 1, recent.get(item.nodeid, len(recent)))

    return sorted(own, key=rank)


def _child(mutant, items, keep, killed_by: Path) -> None:
    code = 3
    try:
        from django.db import connections

        for connection in connections.all(initialized_only=True):
            connection.connection = None  # the parent's socket: never used here
        mutant.apply()
        if mutant.module == CATALOGUE:
            _reload_catalogue(items[0].config)
        empty_memo_tables()
        failed = _run(items, keep, stop_at_first_failure=True)
        if failed:
            killed_by.write_text(failed[0])
        code = 1 if failed else 0
    finally:
        os._exit(code)


def _reload_catalogue(config) -> None:
    """The catalogue tables rebuilt from the (mutated) catalogue data, in a transaction left open: the
    tests' own transactions nest in it, and the child's exit rolls it all back."""
    from django.db import transaction
    from pytest_django.plugin import blocking_manager_key

    from medicine.models import Ingredient, Interaction, Medicine
    from medicine.services import catalogue_load

    with config.stash[blocking_manager_key].unblock():
        transaction.atomic().__enter__()
        Interaction.objects.all().delete()
        Medicine.objects.all().delete()
        Ingredient.objects.all().delete()
        catalogue_load()
