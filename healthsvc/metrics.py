"""Prometheus collectors of the core. Domain apps register their own in their ready()."""

from __future__ import annotations

import logging

from prometheus_client import Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import REGISTRY, Collector

logger = logging.getLogger(__name__)

unexpected_errors_total = Counter(
    "healthsvc_unexpected_errors_total", "Unhandled exceptions while serving a request, by view.", ["where"]
)
# A shared part failing is an outage to page on, not a bug: kept apart from the counter above.
dependency_errors_total = Counter(
    "healthsvc_dependency_errors_total",
    "Failures of a shared dependency met while serving: database (the request was answered 503), "
    "redis (the cache fell back to process memory; counted once a minute per process).",
    ["dependency"],
)

# Counted where the task runs: a worker's pool process (served on the worker's own port,
# healthsvc/worker_metrics.py), or a web process when it runs one inline.
celery_tasks_total = Counter(
    "healthsvc_celery_tasks_total",
    "Celery tasks run, by task and end state (success, failure, retry).",
    ["task", "state"],
)
celery_task_seconds = Histogram(
    "healthsvc_celery_task_seconds",
    "Time a Celery task ran, by task.",
    ["task"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)

# healthsvc/gc_freeze.py, per web process.
gc_frozen_objects = Gauge(
    "healthsvc_gc_frozen_objects",
    "Objects this process moved out of the garbage collector's scans (open streams, Django itself).",
    multiprocess_mode="livesum",
)
gc_full_collections_total = Counter(
    "healthsvc_gc_full_collections_total",
    "Full collections run after the frozen objects grew by half; each pauses this process (streams included).",
)


class HeartbeatCollector(Collector):
    """Age of the last Celery beat heartbeat, read from the database at scrape time."""

    @staticmethod
    def _family() -> GaugeMetricFamily:
        return GaugeMetricFamily(
            "healthsvc_celery_heartbeat_age_seconds", "Seconds since celery beat last ran the heartbeat task."
        )

    def describe(self):
        # Lets the registry learn the name without a database query at import time.
        yield self._family()

    def collect(self):
        from healthsvc.readiness import heartbeat_age_seconds

        gauge = self._family()
        try:
            age = heartbeat_age_seconds()
        except Exception:
            logger.warning("heartbeat age unavailable for /metrics", exc_info=True)
            return
        gauge.add_metric([], float("inf") if age is None else age)
        yield gauge


REGISTRY.register(HeartbeatCollector())
