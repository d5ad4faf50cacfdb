"""Prometheus metrics of the ER queue.

Counters and the histogram are updated by the services after commit. The gauges are
read from the database at scrape time by `ErQueueCollector` (registered in
ErQueueConfig.ready()), so every web process reports the same truth and nothing drifts.
"""

from __future__ import annotations

import logging

from prometheus_client import Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import REGISTRY, Collector

logger = logging.getLogger(__name__)

bookings_created_total = Counter(
    "healthsvc_er_bookings_created_total", "ER bookings created, by kind (patient or walk_in).", ["kind"]
)
room_full_total = Counter("healthsvc_er_room_full_total", "ER bookings refused because the ER was full.", ["room"])
bookings_expired_total = Counter(
    "healthsvc_er_bookings_expired_total",
    "ER bookings expired, by reason (not_confirmed, checkin_window_passed, no_show).",
    ["reason"],
)
undos_total = Counter(
    "healthsvc_er_undos_total",
    "Desk actions taken back, by what was undone (many means the board invites mistakes).",
    ["undone"],
)
confirm_to_call_seconds = Histogram(
    "healthsvc_er_confirm_to_call_seconds",
    "Seconds from confirming a booking to being called, by ER.",
    ["room"],
    buckets=(60, 300, 600, 900, 1800, 2700, 3600, 5400, 7200, 10800, 14400, 21600, float("inf")),
)


class ErQueueCollector(Collector):
    """Queue length, active bookings, capacity and estimated wait per ER; bookings by state."""

    @staticmethod
    def _families() -> dict[str, GaugeMetricFamily]:
        labels = ["room", "region"]
        return {
            "waiting": GaugeMetricFamily(
                "healthsvc_er_queue_length", "Confirmed bookings waiting to be called, per ER.", labels=labels
            ),
            "active": GaugeMetricFamily(
                "healthsvc_er_active_bookings",
                "Active bookings (initialized, confirmed, called) per ER; never above capacity.",
                labels=labels,
            ),
            "capacity": GaugeMetricFamily("healthsvc_er_capacity", "Configured capacity per ER.", labels=labels),
            "accepting": GaugeMetricFamily(
                "healthsvc_er_accepting", "1 when the ER takes new bookings, 0 when intake is paused.", labels=labels
            ),
            "wait": GaugeMetricFamily(
                "healthsvc_er_estimated_wait_minutes",
                "Estimated wait for a patient joining the back of the queue now, per ER.",
                labels=labels,
            ),
            "per_call": GaugeMetricFamily(
                "healthsvc_er_minutes_per_call",
                "Current estimate of minutes between calls (EWMA, or the configured time), per ER.",
                labels=labels,
            ),
            "by_state": GaugeMetricFamily("healthsvc_er_bookings", "ER bookings by state.", labels=["state"]),
        }

    def describe(self):
        yield from self._families().values()

    def collect(self):
        from er_queue.selectors import bookings_by_state, rooms_list

        families = self._families()
        try:
            rooms = rooms_list()
            states = bookings_by_state()
        except Exception:
            logger.warning("ER queue metrics unavailable for /metrics", exc_info=True)
            return
        for room in rooms:
            labels = [room.name, room.region]
            families["waiting"].add_metric(labels, room.waiting_count)
            families["active"].add_metric(labels, room.active_count)
            families["capacity"].add_metric(labels, room.capacity)
            families["accepting"].add_metric(labels, 1 if room.accepting else 0)
            families["wait"].add_metric(labels, room.estimated_wait_minutes)
            families["per_call"].add_metric(labels, room.per_call_minutes)
        for state, count in states.items():
            families["by_state"].add_metric([state], count)
        yield from families.values()


_registered = False


def register_collector() -> None:
    global _registered
    if not _registered:
        REGISTRY.register(ErQueueCollector())
        _registered = True
