"""Keeping a web process's long-lived objects, thousands of open streams above all, out of the garbage
collector's way.

An open live stream (er_queue/live/) holds about 170 tracked objects (its request and response, two tasks,
the connection's state) for up to five minutes. CPython's cyclic collector walks every tracked object in a
full collection, and starts one whenever a quarter more objects have survived since the last. With 10,000
streams that is about 2 million objects and a pause of about 2 s on this 2-core machine, during which no
stream of the process hears anything: it was the p99 delay of `make bench-live` (docs/er_queue.md). Scanning
them again and again finds almost nothing: they are alive, and a stream's objects are freed by reference
counting when it ends. The same holds, on a smaller scale, for any web process: Django, the apps and their
caches are a few hundred thousand objects, walked every few seconds under load (about 0.4 s each time in
the benchmark's API process, stalling all its requests).

So every web process moves what has survived into the permanent generation (`gc.freeze()`) every
settings.GC_FREEZE_SECONDS (10; 0 turns it off, as the test settings do), and collections then walk only
what is newer. healthsvc/asgi.py starts it when the server starts the application. The price: a reference
cycle among frozen objects that becomes garbage is not freed while it is frozen. To bound that, when the
frozen set has grown by REFREEZE_GROWTH since the last full collection, it is unfrozen and collected once
(one pause of the old length), then frozen again. With a steady number of streams that happens only as
such garbage accumulates.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time

from django.conf import settings

from healthsvc.metrics import gc_frozen_objects, gc_full_collections_total

logger = logging.getLogger(__name__)

REFREEZE_GROWTH = 1.5
_task: asyncio.Task | None = None  # one per process


class FrozenGenerations:
    """The freeze policy of one process; `tick()` is called every GC_FREEZE_SECONDS."""

    def __init__(self, growth: float = REFREEZE_GROWTH):
        self.growth = growth
        self.after_full: int | None = None  # frozen objects just after the last full collection

    def tick(self) -> bool:
        """Freeze what survived; if the frozen set has outgrown its bound, one full collection first. True if
        it collected."""
        gc.freeze()
        collected = self.after_full is not None and gc.get_freeze_count() > self.after_full * self.growth
        if collected:
            started = time.perf_counter()
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            gc_full_collections_total.inc()
            logger.info("frozen objects unfrozen and collected in %.2f s", time.perf_counter() - started)
        if collected or self.after_full is None:
            self.after_full = max(gc.get_freeze_count(), 1)
        gc_frozen_objects.set(gc.get_freeze_count())
        return collected


def start_freezing() -> None:
    """Start this process's freezing on the running loop, once (again if that loop has gone)."""
    global _task
    every = settings.GC_FREEZE_SECONDS
    if every > 0 and (_task is None or _task.done()):
        _task = asyncio.get_running_loop().create_task(_keep_frozen(FrozenGenerations(), every), name="gc-freeze")


async def _keep_frozen(policy: FrozenGenerations, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        policy.tick()
