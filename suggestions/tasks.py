"""Health suggestions: no Celery tasks.

A recommendation is built in the `triage_completed` receiver, which triage sends on the
commit of its own transaction (so it already runs off the request path when triage
calculates in a worker), and again lazily by the page and the API when it is missing or
stale. Nothing here needs a schedule or a retry queue.
"""
