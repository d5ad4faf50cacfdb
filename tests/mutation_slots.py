"""pytest plugin for `make mutation` (scripts/mutation.py): each concurrent mutant run gets its own
test database and Redis database.

mutmut forks a child per mutant and runs pytest in it, two at a time. Sharing one test database, a
transactional test in one child would empty the tables under the other, and the autouse cache clear
would wipe the other's Redis keys: a mutant could be "killed" by its neighbour, which would overstate the
score. So each process takes the first free slot (an flock held until it exits) and uses that slot's
database and Redis number. Databases are kept between mutants (`--reuse-db`), so a mutant costs its
tests, not a migration run.

It also empties the apps' memo tables (module-level `*_cache` dicts, such as the triage engine's reasons)
before every test. Filled by the unmutated code before the fork, they would stop a mutant in the function
that fills them from ever running. And in the stats run, where mutmut learns which tests call which
function, a test served from a memo table calls nothing, so it would never be run against those mutants.

Loaded only by mutmut (pyproject.toml's `[tool.mutmut] pytest_add_cli_args`), never by `make test`.
"""

from __future__ import annotations

import fcntl
import os
import sys
from urllib.parse import urlsplit, urlunsplit

SLOTS = 8
REDIS_DATABASES = 16
APPS = ("triage.", "medicine.", "er_queue.", "workers.")

_held: dict[int, tuple[int, object]] = {}  # pid -> (slot, open lock file): a forked child takes its own


def _take_slot() -> int:
    pid = os.getpid()
    if pid in _held:
        return _held[pid][0]
    for slot in range(SLOTS):
        handle = open(f".mutation-slot-{slot}.lock", "w")  # noqa: SIM115 - held open for the process's life
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        _held[pid] = (slot, handle)
        return slot
    raise RuntimeError(f"more than {SLOTS} mutation test runs at once")


def _redis_url_for(url: str, slot: int) -> str:
    parts = urlsplit(url)
    base = int((parts.path or "/0").strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(base + 1 + slot) % REDIS_DATABASES}"))


def empty_memo_tables() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith(APPS):
            for attribute, value in vars(module).items():
                if attribute.endswith("_cache") and isinstance(value, dict):
                    value.clear()


def pytest_runtest_setup(item):
    empty_memo_tables()


def pytest_configure(config):
    from django.conf import settings
    from django.core.cache import caches
    from django.db import connections

    slot = _take_slot()
    database = settings.DATABASES["default"]
    database.setdefault("TEST", {})["NAME"] = f"test_{database['NAME']}_mutation_{slot}"
    # A forked child inherits the parent's open sockets; drop them unused so the two never share one.
    for connection in connections.all(initialized_only=True):
        connection.connection = None

    base_url = os.environ.setdefault("HEALTHSVC_MUTATION_BASE_REDIS_URL", settings.REDIS_URL)
    redis_url = _redis_url_for(base_url, slot)
    os.environ["REDIS_URL"] = redis_url  # processes the tests start (a Celery worker, uvicorn) read it
    settings.REDIS_URL = redis_url
    settings.CACHES["default"]["LOCATION"] = redis_url
    settings.CELERY_BROKER_URL = redis_url
    for alias in caches:
        if hasattr(caches._connections, alias):
            delattr(caches._connections, alias)
    from healthsvc.celery import app

    app.conf.broker_url = redis_url
    app._pool = None
