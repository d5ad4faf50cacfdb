"""ER queue settings, with defaults. Override any of them in Django settings."""

from __future__ import annotations

from django.conf import settings

DEFAULTS = {
    # A patient is warned ("your turn is near") when this many turns or fewer remain.
    "ER_NEAR_FRONT_SLOTS": 3,
    # Rows the expiry sweep expires per transaction.
    "ER_SWEEP_BATCH_SIZE": 5000,
    # A completed triage older than this no longer justifies a booking (re-check first).
    "ER_TRIAGE_MAX_AGE_HOURS": 24,
    # Weight of the newest call interval in the throughput EWMA (0 < alpha <= 1).
    "ER_ESTIMATE_ALPHA": 0.3,
    # With no call for this long, throughput is unknown again: fall back to the configured time.
    "ER_ESTIMATE_STALE_MINUTES": 180,
    # How often the patient page and the boards poll (seconds; the issue asks for <= 10).
    "ER_PATIENT_POLL_SECONDS": 5,
    "ER_BOARD_POLL_SECONDS": 5,
    # A staff member's read of a booking is audited at most once per this many seconds.
    "ER_STAFF_READ_AUDIT_SECONDS": 900,
    # Unsent notices older than this are re-sent by the sweep (a lost broker message). Short,
    # because a "your turn" email is only useful within the check-in window; sending twice is
    # impossible (row lock + sent_at), so an early resend costs one query.
    "ER_NOTICE_RETRY_AFTER_SECONDS": 20,
    # The desk can undo a call, check-in, completion or no-show for this many minutes after it.
    "ER_UNDO_MINUTES": 10,
    # Long-wait check-ins (services/checkins.py; docs/er_queue.md, "Check-ins on long waits"): a waiting patient
    # is asked "same, better or worse?" once their CTAS target plus this margin has passed, again at most once
    # per interval while they wait, and the board shows "no reply" when a CTAS 1-3 patient has not answered
    # the latest prompt within the no-reply minutes.
    "ER_CHECKIN_MARGIN_MINUTES": 15,
    "ER_CHECKIN_INTERVAL_MINUTES": 60,
    "ER_CHECKIN_NO_REPLY_MINUTES": 10,
    # Bookings the check-in sweep prompts per transaction.
    "ER_CHECKIN_BATCH_SIZE": 500,
}


def er_setting(name: str):
    return getattr(settings, name, DEFAULTS[name])
