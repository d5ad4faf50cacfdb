"""Long-lived objects kept out of the garbage collector's scans (healthsvc/gc_freeze.py), with the real collector."""

from __future__ import annotations

import asyncio
import gc
import weakref
from concurrent.futures import ThreadPoolExecutor

import pytest

from healthsvc import gc_freeze
from healthsvc.metrics import gc_full_collections_total


class Node:
    """A tracked object that can sit in a reference cycle and be watched through a weak reference."""

    def __init__(self):
        self.other = None


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process goes on with an ordinary collector


def run_in_own_loop(coroutine_function):
    """asyncio.run in a thread of its own: a browser test earlier in the suite leaves a loop running in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine_function()).result()


def _garbage_cycle() -> weakref.ref:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_a_tick_moves_the_surviving_objects_out_of_the_scans(unfrozen):
    policy = gc_freeze.FrozenGenerations()
    assert gc.get_freeze_count() == 0
    assert policy.tick() is False  # the first tick only freezes
    assert gc.get_freeze_count() > 1000  # the interpreter, Django and the tests: everything alive now
    assert policy.after_full == pytest.approx(gc.get_freeze_count(), abs=100)


def test_a_cycle_that_dies_frozen_waits_for_the_bounded_full_collection(unfrozen):
    policy = gc_freeze.FrozenGenerations(growth=1.5)
    cycle = _garbage_cycle()  # alive, then frozen with everything else...
    policy.tick()
    gc.collect()
    assert cycle() is not None  # ...so no collection frees it once it is garbage: the price of freezing

    kept = [Node() for _ in range(policy.after_full // 10)]  # the frozen set grows by a tenth: within bound
    assert policy.tick() is False
    gc.collect()
    assert cycle() is not None

    before = gc_full_collections_total._value.get()
    kept += [Node() for _ in range(policy.after_full)]  # by half and more: one full collection
    assert policy.tick() is True
    assert cycle() is None
    assert gc_full_collections_total._value.get() == before + 1
    assert gc.get_freeze_count() > 0  # and frozen again at once
    del kept


def test_freezing_starts_once_per_process_and_not_at_all_when_turned_off(settings, unfrozen):
    async def started() -> asyncio.Task | None:
        gc_freeze._task = None
        gc_freeze.start_freezing()
        first = gc_freeze._task
        gc_freeze.start_freezing()
        assert gc_freeze._task is first  # a second start in the process does not start a second one
        if first is not None:
            first.cancel()
        return first

    settings.GC_FREEZE_SECONDS = 0
    assert run_in_own_loop(started) is None
    settings.GC_FREEZE_SECONDS = 10
    assert run_in_own_loop(started) is not None
    gc_freeze._task = None


def test_the_web_server_starts_freezing_when_it_starts_the_application(settings, unfrozen):
    """healthsvc/asgi.py's lifespan: every web process the Dockerfile's server runs (API and streams)."""
    from healthsvc.asgi import application

    async def start_and_stop() -> asyncio.Task | None:
        messages = asyncio.Queue()
        sent = []
        for kind in ("lifespan.startup", "lifespan.shutdown"):
            messages.put_nowait({"type": kind})

        async def send(message):
            sent.append(message["type"])

        await application({"type": "lifespan"}, messages.get, send)
        assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
        task = gc_freeze._task
        if task is not None:
            task.cancel()
        return task

    settings.GC_FREEZE_SECONDS = 10
    gc_freeze._task = None
    assert run_in_own_loop(start_and_stop) is not None
    gc_freeze._task = None
