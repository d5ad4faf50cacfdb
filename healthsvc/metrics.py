"""Prometheus collectors of the core. Domain apps register their own in their ready()."""

from __future__ import annotations

import logging

from prometheus_client import Counter
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
