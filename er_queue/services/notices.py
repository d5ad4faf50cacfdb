"""E-mails to patients from the outbox, at most once each; and the audit of staff reads."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone
from redis.exceptions import RedisError

from er_queue.choices import BookingState, NoticeKind
from er_queue.conf import er_setting
from er_queue.models import ERBooking, ERNotice
from er_queue.services._common import logger
from healthsvc.languages import in_language_of
from healthsvc.services import audit_staff_read
from healthsvc.time_zones import in_time_zone_of

CACHE_ERRORS = (RedisError, OSError)


def bookings_audit_staff_read(*, actor, bookings) -> None:
    """Record that a staff member read patients' bookings: once per booking and staff member
    per ER_STAFF_READ_AUDIT_SECONDS, so a board refreshing every few seconds does not
    write a row per refresh. If Redis is away every read is recorded."""
    rows = {
        f"er:read:{actor.pk}:{booking.pk}": (booking.pk, booking.patient_id)
        for booking in bookings
        if booking.patient_id is not None and booking.patient_id != actor.pk
    }
    if not rows:
        return
    try:
        seen = cache.get_many(list(rows))
    except CACHE_ERRORS:
        seen = {}
    fresh = {key: value for key, value in rows.items() if key not in seen}
    if not fresh:
        return
    audit_staff_read(
        actor=actor,
        object_type="er_booking",
        object_ids=[booking_id for booking_id, _ in fresh.values()],
        patient_ids=[patient_id for _, patient_id in fresh.values()],
    )
    try:
        cache.set_many(dict.fromkeys(fresh, 1), timeout=er_setting("ER_STAFF_READ_AUDIT_SECONDS"))
    except CACHE_ERRORS:
        logger.warning("could not remember audited ER reads", exc_info=True)


_STILL_RELEVANT = {
    NoticeKind.NEAR_FRONT: (BookingState.CONFIRMED,),
    NoticeKind.CALLED: (BookingState.CALLED,),
    NoticeKind.EXPIRED: (BookingState.EXPIRED,),
}


def notices_send(*, booking_ids: list[int], kind: str) -> int:
    """Send the unsent notices of `kind` for these bookings; each at most once. Returns emails sent.

    Each notice is claimed with a row lock (SKIP LOCKED: two workers never send the same
    one) and marked sent in the same transaction as the send. A notice whose booking has
    moved on (a "near" warning for someone already called) is closed without an email.
    """
    if kind == NoticeKind.EXPIRED:
        # An expiry's notice is owed by the booking's state; its outbox row is made here.
        owed = ERBooking.objects.filter(
            pk__in=booking_ids, state=BookingState.EXPIRED, patient__isnull=False
        ).values_list("pk", flat=True)
        ERNotice.objects.bulk_create(
            [ERNotice(booking_id=pk, kind=NoticeKind.EXPIRED) for pk in owed], ignore_conflicts=True
        )
    sent = 0
    for booking_id in booking_ids:
        with transaction.atomic():
            notice = (
                ERNotice.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("booking__patient", "booking__dependant", "booking__room")
                .filter(booking_id=booking_id, kind=kind, sent_at__isnull=True)
                .first()
            )
            if notice is None:
                continue
            booking = notice.booking
            notice.attempts += 1
            if booking.state not in _STILL_RELEVANT[kind] or booking.patient is None:
                notice.sent_at = timezone.now()
                notice.last_error = f"not sent: the booking is {booking.state}"
                notice.save(update_fields=["sent_at", "attempts", "last_error"])
                continue
            context = {"booking": booking, "room": booking.room, "patient": booking.patient}
            # "arrive by 14:20" in the patient's own time, in the language they chose
            with in_time_zone_of(booking.patient), in_language_of(booking.patient):
                subject = render_to_string(f"er_queue/email/{kind}_subject.txt", context).strip()
                body = render_to_string(f"er_queue/email/{kind}_body.txt", context)
            try:
                send_mail(subject, body, None, [booking.patient.email])
            except OSError as exc:  # smtplib errors are OSErrors; the sweep retries later
                notice.last_error = str(exc)[:2000]
                notice.save(update_fields=["attempts", "last_error"])
                logger.warning("could not send %s notice for booking %s", kind, booking_id, exc_info=True)
                continue
            notice.sent_at = timezone.now()
            notice.last_error = ""
            notice.save(update_fields=["sent_at", "attempts", "last_error"])
            sent += 1
    return sent


def notices_send_pending(*, older_than_seconds: int | None = None, limit: int = 500) -> int:
    """The outbox retry: send notices whose task was lost (broker down at commit) or failed,
    and the expiry emails of bookings expired in the last two days that never got one."""
    older_than_seconds = (
        er_setting("ER_NOTICE_RETRY_AFTER_SECONDS") if older_than_seconds is None else older_than_seconds
    )
    now = timezone.now()
    cutoff = now - dt.timedelta(seconds=older_than_seconds)
    sent = 0
    owed_expiry = list(
        ERBooking.objects.filter(
            state=BookingState.EXPIRED,
            patient__isnull=False,
            expired_at__gte=now - dt.timedelta(days=2),
            expired_at__lte=cutoff,
        )
        .exclude(Exists(ERNotice.objects.filter(booking=OuterRef("pk"), kind=NoticeKind.EXPIRED)))
        .values_list("pk", flat=True)[:limit]
    )
    if owed_expiry:
        sent += notices_send(booking_ids=owed_expiry, kind=NoticeKind.EXPIRED)
    pending = list(
        ERNotice.objects.filter(sent_at__isnull=True, created_at__lte=cutoff, attempts__lt=5)
        .order_by("created_at")
        .values_list("booking_id", "kind")[:limit]
    )
    by_kind: dict[str, list[int]] = {}
    for booking_id, kind in pending:
        by_kind.setdefault(kind, []).append(booking_id)
    return sent + sum(notices_send(booking_ids=ids, kind=kind) for kind, ids in by_kind.items())
