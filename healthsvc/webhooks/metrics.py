"""Prometheus counters of webhook delivery, counted where the attempt ran (a worker's own /metrics)."""

from __future__ import annotations

from prometheus_client import Counter

deliveries_total = Counter(
    "healthsvc_webhook_deliveries_total",
    "Webhook delivery attempts by outcome: delivered, retry (failed, tried again later), "
    "gave_up (failed on the last allowed attempt).",
    ["outcome"],
)
subscriptions_paused_total = Counter(
    "healthsvc_webhook_subscriptions_paused_total",
    "Webhook subscriptions paused because their receiver kept failing.",
)
