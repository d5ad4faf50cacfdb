"""Prometheus metrics of the patient-management system link.

The counters are counted where the call ran (usually a worker's own /metrics). The gauges are read at scrape
time by `PmsLinkCollector` (registered in HealthsvcConfig.ready()), on the web's /metrics as the ER queue's
are: the backlog from the database, the breaker's state from Redis, which every process shares.
"""

import logging

from prometheus_client import Counter
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import REGISTRY, Collector

logger = logging.getLogger(__name__)

pms_requests_total = Counter(
    "healthsvc_pms_requests_total",
    "Calls to the patient-management system by operation (read, search) and outcome (ok, not_found, rejected, "
    "unavailable, invalid, circuit_open: not sent because the circuit breaker is open).",
    ["operation", "outcome"],
)
circuit_opened_total = Counter(
    "healthsvc_circuit_opened_total",
    "Times a circuit breaker opened, by circuit (pms: the one in front of the patient-management system).",
    ["circuit"],
)
pms_links_total = Counter(
    "healthsvc_pms_links_total",
    "Links to the patient-management system that ended, by status (linked, no_match, ambiguous, failed).",
    ["status"],
)


class PmsLinkCollector(Collector):
    """The backlog of links to the configured PMS and whether its circuit breaker is open; nothing when the link
    is off (no PMS_FHIR_BASE_URL)."""

    @staticmethod
    def _families() -> dict[str, GaugeMetricFamily]:
        return {
            "pending": GaugeMetricFamily(
                "healthsvc_pms_links_pending", "Links to the PMS waiting for a first try or a retry."
            ),
            "retrying": GaugeMetricFamily(
                "healthsvc_pms_links_retrying", "Pending links to the PMS that have failed at least once."
            ),
            "failed": GaugeMetricFamily(
                "healthsvc_pms_links_failed", "Links to the PMS that gave up (failed), until staff start them over."
            ),
            "oldest": GaugeMetricFamily(
                "healthsvc_pms_link_oldest_pending_seconds",
                "Seconds since the oldest pending link to the PMS was asked for (0 when none is pending).",
            ),
            "open": GaugeMetricFamily(
                "healthsvc_circuit_open",
                "1 while a circuit breaker is open (cooling down: no call is made), 0 when closed or half-open "
                "(waiting for its trial call).",
                labels=["circuit"],
            ),
        }

    def describe(self):
        yield from self._families().values()

    def collect(self):
        from healthsvc.pms.client import pms_breaker, pms_enabled
        from healthsvc.pms.selectors import patient_links_backlog

        families = self._families()
        if pms_enabled():
            try:
                backlog = patient_links_backlog()
                families["open"].add_metric(["pms"], 1 if pms_breaker().state() == "open" else 0)
            except Exception:
                logger.warning("PMS link metrics unavailable for /metrics", exc_info=True)
                return
            families["pending"].add_metric([], backlog.pending)
            families["retrying"].add_metric([], backlog.retrying)
            families["failed"].add_metric([], backlog.failed)
            families["oldest"].add_metric([], backlog.oldest_pending_seconds)
        yield from families.values()


_registered = False


def register_collector() -> None:
    global _registered
    if not _registered:
        REGISTRY.register(PmsLinkCollector())
        _registered = True
