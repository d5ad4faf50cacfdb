"""The link to the hospital's patient-management system (PMS), spoken to over FHIR R4.

When a sign-up is confirmed, or a member of staff links a patient to an id, a `PatientLink` row is written in
the same transaction and a worker does the rest after commit: it finds or reads the FHIR `Patient`, records
its id and a snapshot of its demographics. Sign-up and triage never wait on the PMS: a slow or broken PMS
only leaves links pending, retried with backoff by a beat sweep, behind a circuit breaker
(docs/operations.md, "Patient-management system").
"""
