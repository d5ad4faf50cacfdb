"""Prometheus counters of the patient-management system link (counted where the call ran: usually a worker)."""

from prometheus_client import Counter

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
