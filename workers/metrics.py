"""Business metrics of the workers app (Prometheus, served by django-prometheus on /metrics)."""

from prometheus_client import Counter

contact_requests_assigned_total = Counter(
    "healthsvc_contact_requests_assigned_total", "Contact requests given to a health worker.", ["disposition"]
)
contact_requests_expired_total = Counter(
    "healthsvc_contact_requests_expired_total", "Contact requests nobody took in time.", ["disposition"]
)
