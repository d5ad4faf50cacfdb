"""The expiry sweep: bookings past their deadline, in batches, exactly once."""

from __future__ import annotations

import datetime as dt

from django.db import connection, transaction
from django.utils import translation

from er_queue import metrics
from er_queue.choices import EndReason, NoticeKind
from er_queue.conf import er_setting
from er_queue.models import BookingTransition, ERBooking
from er_queue.services._common import _send_after_commit, booking_event_data, queues_changed_after_commit
from healthsvc.webhooks.choices import EventType
from healthsvc.webhooks.services import events_record

_EXPIRE_SQL = """
WITH due AS (
    SELECT id, state FROM {booking}
    WHERE state IN ('initialized', 'called') AND deadline < {cutoff}
      AND patient_id IS NOT NULL  -- a walk-in is in the building: only the desk ends their booking
    ORDER BY deadline
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
), expired AS (
    UPDATE {booking} AS b
    SET state = 'expired', expired_at = statement_timestamp(), deadline = NULL,
        end_reason = CASE due.state WHEN 'initialized' THEN %(not_confirmed)s ELSE %(window_passed)s END
    FROM due
    WHERE b.id = due.id AND b.state = due.state
    RETURNING b.id, due.state AS from_state, b.patient_id, b.room_id, b.expired_at, b.end_reason
), history AS (
    INSERT INTO {transition} (booking_id, from_state, to_state, actor_id, at, reason)
    SELECT id, from_state, 'expired', NULL, expired_at,
           CASE from_state WHEN 'initialized' THEN %(not_confirmed_text)s ELSE %(window_passed_text)s END
    FROM expired
)
SELECT id, patient_id, end_reason, from_state FROM expired
"""


def bookings_expire_due(*, batch_size: int | None = None, as_of: dt.datetime | None = None) -> int:
    """Expire every booking past its deadline: initialized ones not confirmed in time and
    called ones not checked in. Walk-ins are not expired: they are at the desk, which marks
    a no-show if they leave. Returns how many this call expired.

    Each batch is one transaction and one statement: it picks due rows with
    `FOR UPDATE SKIP LOCKED` (a booking being checked in right now is skipped, and
    re-checked by PostgreSQL if it changed), updates them, and writes their history rows.
    The "expired" email owed to each patient is recoverable from the state itself
    (notices_send_pending finds expired bookings without a sent notice), so the sweep
    only enqueues the send after commit and writes no outbox row.

    "Due" is `deadline < statement_timestamp()`, the database's clock, so a late sweep
    expires exactly what a punctual one would have; two sweeps at once share the work and
    never expire a booking twice (the UPDATE re-checks the state).
    `as_of` replaces the clock (tests and the benchmark only).
    """
    batch_size = batch_size or er_setting("ER_SWEEP_BATCH_SIZE")
    sql = _EXPIRE_SQL.format(
        booking=ERBooking._meta.db_table,
        transition=BookingTransition._meta.db_table,
        cutoff="%(as_of)s" if as_of is not None else "statement_timestamp()",
    )
    with translation.override(None):  # the history keeps the reason in the source language, whoever reads it
        reason_texts = (str(EndReason.NOT_CONFIRMED.label), str(EndReason.CHECKIN_WINDOW_PASSED.label))
    params = {
        "limit": batch_size,
        "as_of": as_of,
        "not_confirmed": EndReason.NOT_CONFIRMED.value,
        "window_passed": EndReason.CHECKIN_WINDOW_PASSED.value,
        "not_confirmed_text": reason_texts[0],
        "window_passed_text": reason_texts[1],
    }
    total = 0
    while True:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
            if rows:
                _after_expiry(rows)
        total += len(rows)
        if len(rows) < batch_size:
            return total


def _after_expiry(rows: list[tuple]) -> None:
    notify = [booking_id for booking_id, patient_id, _reason, _from in rows if patient_id is not None]
    if notify:
        _send_after_commit(notify, NoticeKind.EXPIRED)
    previous = {booking_id: from_state for booking_id, _patient_id, _reason, from_state in rows}
    queues_changed_after_commit(ERBooking.objects.filter(pk__in=previous).values_list("room_id", flat=True).distinct())
    events_record(  # the bookings are read only if a subscription wants the event (the generator is lazy)
        event_type=EventType.BOOKING_EXPIRED,
        items=(
            (
                f"er_booking:{booking.pk}",
                booking_event_data(booking, previous_state=previous[booking.pk], at=booking.expired_at),
            )
            for booking in ERBooking.objects.filter(pk__in=previous).order_by("pk")
        ),
    )
    by_reason: dict[str, int] = {}
    for _booking_id, _patient_id, reason, _from in rows:
        by_reason[reason] = by_reason.get(reason, 0) + 1

    def count() -> None:
        for reason, n in by_reason.items():
            metrics.bookings_expired_total.labels(reason=reason).inc(n)

    transaction.on_commit(count)
