"""Signed webhooks for integrators, delivered from an outbox.

A domain service calls `services.event_record(...)` inside the transaction that makes the change; the
event and one delivery row per interested subscription commit (or roll back) with it. Celery then posts
each delivery, signed with the subscription's secret (`signing`), to an address the SSRF guard has checked
and pinned (`ssrf`, `transport`). Failures are retried with exponential backoff from the database, not from
broker messages, so a broker outage at commit time or a killed worker only delays a delivery; a beat sweep
re-enqueues whatever is due. docs/webhooks.md is the integrator's side of this.
"""
