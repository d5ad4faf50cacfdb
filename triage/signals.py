"""Signals other apps listen to. Sent on commit, so listeners see the stored result."""

from django.dispatch import Signal

# kwargs: record_id. Sent when a record gets a new current result (computed or overridden).
triage_completed = Signal()
