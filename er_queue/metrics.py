"""Prometheus metrics of the ER queue.

Counters and the histogram are updated by the services after commit. The gauges are
read from the database at scrape time by `ErQueueCollector` (registered in
ErQueueConfig.ready()), so every web process reports the same truth and nothing drifts.
"""

from __future__ import annotations

import logging

from prometheus_client import Counter, Gauge, Histogram
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
# Live updates (er_queue/live/): per web process, so Prometheus sums the replicas.
live_watchers = Gauge(
    "healthsvc_live_watchers",
    "Open live streams in this process, by kind (booking, board, now_calling).",
    ["kind"],
    multiprocess_mode="livesum",
)
live_events_sent_total = Counter("healthsvc_live_events_sent_total", "Events written to live streams.", ["kind"])
live_publish_failures_total = Counter(
    "healthsvc_live_publish_failures_total",
    "Queue changes whose snapshot could not be published (Redis unreachable); pages poll meanwhile.",
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


class ErFiguresCollector(Collector):
    """The manager's figures (er_queue/figures.py) over the last 24 hours per ER, read at scrape time.

    A ratio is only reported when it has a denominator (no NaN for a quiet room); the counts beside them let an
    alert ask for a minimum volume (deploy/prometheus/alerts.yml, docs/er_queue.md "Figures").
    """

    @staticmethod
    def _families() -> dict[str, GaugeMetricFamily]:
        room, ctas = ["room"], ["room", "ctas"]
        window = "bookings created in the last 24 hours"
        return {
            "decided": GaugeMetricFamily(
                "healthsvc_er_figures_bookings",
                f"ER {window} with an outcome (not still waiting), per ER.",
                labels=room,
            ),
            "lwbs": GaugeMetricFamily(
                "healthsvc_er_lwbs_ratio",
                f"Share of ER {window} with an outcome that left without being seen (cancelled or expired "
                "before being called).",
                labels=room,
            ),
            "no_show": GaugeMetricFamily(
                "healthsvc_er_no_show_ratio",
                f"Share of the called ER {window} that expired after the call.",
                labels=room,
            ),
            "calls": GaugeMetricFamily(
                "healthsvc_er_figures_calls", f"ER {window} that were called, per ER and CTAS level.", labels=ctas
            ),
            "within": GaugeMetricFamily(
                "healthsvc_er_within_target_ratio",
                f"Share of the called ER {window} called within their CTAS target, per ER and CTAS level.",
                labels=ctas,
            ),
            "median": GaugeMetricFamily(
                "healthsvc_er_wait_median_minutes",
                f"Median minutes from confirm to call of ER {window}, per ER and CTAS level.",
                labels=ctas,
            ),
            "p90": GaugeMetricFamily(
                "healthsvc_er_wait_p90_minutes",
                f"90th percentile of minutes from confirm to call of ER {window}, per ER and CTAS level.",
                labels=ctas,
            ),
            "objective": GaugeMetricFamily(
                "healthsvc_er_within_target_objective_ratio",
                "CTAS objective: share of each level to be seen within its target (Beveridge et al., CJEM 1999).",
                labels=["ctas"],
            ),
            "escalations": GaugeMetricFamily(
                "healthsvc_er_escalations", "Re-triage escalations in the last 24 hours, per ER.", labels=room
            ),
        }

    def describe(self):
        yield from self._families().values()

    def collect(self):
        from er_queue.figures import WITHIN_TARGET_OBJECTIVE, escalations_recorded, figures_recent

        families = self._families()
        for level, objective in WITHIN_TARGET_OBJECTIVE.items():
            families["objective"].add_metric([str(level)], objective)
        try:
            recent = figures_recent()
        except Exception:
            logger.warning("ER figures unavailable for /metrics", exc_info=True)
            recent = []
        with_escalations = escalations_recorded()
        for item in recent:
            name, total = item.room.name, item.total
            families["decided"].add_metric([name], total.decided)
            if with_escalations:
                families["escalations"].add_metric([name], total.escalations)
            if total.lwbs_ratio is not None:
                families["lwbs"].add_metric([name], total.lwbs_ratio)
            if total.no_show_ratio is not None:
                families["no_show"].add_metric([name], total.no_show_ratio)
            for level, cell in sorted(item.by_ctas.items()):
                labels = [name, str(level)]
                families["calls"].add_metric(labels, cell.waits)
                if cell.within_target_ratio is not None:
                    families["within"].add_metric(labels, cell.within_target_ratio)
                if cell.wait_median is not None:
                    families["median"].add_metric(labels, cell.wait_median)
                    families["p90"].add_metric(labels, cell.wait_p90)
        yield from families.values()


_registered = False


def register_collector() -> None:
    global _registered
    if not _registered:
        REGISTRY.register(ErQueueCollector())
        REGISTRY.register(ErFiguresCollector())
        _registered = True
