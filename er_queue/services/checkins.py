"""Check-ins on long waits (issue 14 item 2): "Are your symptoms the same, better or worse?".

A waiting (confirmed) patient whose CTAS time-to-physician target has run out, plus
ER_CHECKIN_MARGIN_MINUTES, is asked by email and by a banner on the booking page. The prompt
is repeated at most once per ER_CHECKIN_INTERVAL_MINUTES while they wait. The answers:

* "worse": recorded, then the patient re-checks their symptoms (the re-check route of item 1);
* "better, I no longer need the ER": the booking is cancelled through `booking_cancel` with
  EndReason.LEFT_IMPROVED, and the page offers the next branch (`checkin_better_next_steps`);
* "same": recorded; the place is kept;
* no answer: nothing changes. The desk board shows "no reply" for a CTAS 1-3 patient whose
  latest prompt went unanswered for ER_CHECKIN_NO_REPLY_MINUTES (policy.checkin_no_reply).

The timing and its clinical rationale are in docs/er_queue.md, "Check-ins on long waits".

State lives on the booking row: `checkin_prompted_at` (the latest prompt), `checkin_emailed_at`
(the prompt whose email was claimed), `checkin_answer` / `checkin_answered_at` (the latest answer).
No outbox row: ERNotice is once per booking and kind, and a prompt repeats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Now
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from er_queue.choices import BookingState, CheckinAnswer, EndReason
from er_queue.conf import er_setting
from er_queue.models import ERBooking
from er_queue.services._common import (
    _already_done,
    _lock_booking,
    logger,
    queue_changed,
    queues_changed_after_commit,
    state_words,
)
from er_queue.services.transitions import booking_cancel
from healthsvc.errors import Conflict, Forbidden, Invalid
from healthsvc.languages import in_language_of
from healthsvc.services import audit_record
from healthsvc.time_zones import in_time_zone_of

# --- the sweep: who is due a prompt --------------------------------------------------------------
# Due: waiting, a patient with an account (a walk-in is at the desk), the CTAS target run out more than the
# margin ago (queue_due_at = confirmed_at + target, policy.queue_due_at), and no prompt within the interval.
# The UPDATE re-checks the condition on the locked row, so two sweeps at once prompt each booking once; SKIP
# LOCKED keeps the sweep from waiting behind a desk action (call next holds the booking's row).
_PROMPT_SQL = """
WITH due AS (
    SELECT id FROM {booking}
    WHERE state = 'confirmed' AND patient_id IS NOT NULL
      AND queue_due_at + %(margin)s < {now}
      AND (checkin_prompted_at IS NULL OR checkin_prompted_at <= {now} - %(interval)s)
    ORDER BY queue_due_at, id
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
)
UPDATE {booking} AS b
SET checkin_prompted_at = {now}
FROM due
WHERE b.id = due.id AND b.state = 'confirmed'
  AND (b.checkin_prompted_at IS NULL OR b.checkin_prompted_at <= {now} - %(interval)s)
RETURNING b.id, b.room_id
"""


def bookings_checkin_prompt_due(*, batch_size: int | None = None, as_of: dt.datetime | None = None) -> list[int]:
    """Stamp a check-in prompt on every waiting booking that is due one; returns their ids.

    Each batch is one transaction and one statement (a bounded number of queries however many
    bookings are due). "Now" is the database's clock, as for the expiry sweep; `as_of` replaces
    it (tests only). Idempotent: a booking prompted less than ER_CHECKIN_INTERVAL_MINUTES ago is
    not due, so a second run, a late run or a concurrent run prompts nobody twice.
    """
    batch_size = batch_size or er_setting("ER_CHECKIN_BATCH_SIZE")
    sql = _PROMPT_SQL.format(
        booking=ERBooking._meta.db_table, now="%(as_of)s" if as_of is not None else "statement_timestamp()"
    )
    params = {
        "margin": dt.timedelta(minutes=er_setting("ER_CHECKIN_MARGIN_MINUTES")),
        "interval": dt.timedelta(minutes=er_setting("ER_CHECKIN_INTERVAL_MINUTES")),
        "limit": batch_size,
        "as_of": as_of,
    }
    prompted: list[int] = []
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            ids = [booking_id for booking_id, _room_id in rows]
            queues_changed_after_commit(room_id for _booking_id, room_id in rows)  # the banner, and "no reply"
        prompted.extend(ids)
        if len(ids) < batch_size:
            return prompted


# --- the emails ----------------------------------------------------------------------------------
def _owed() -> Q:
    """A prompt whose email has not been claimed, still relevant: waiting, and not yet replaced by the next."""
    interval = dt.timedelta(minutes=er_setting("ER_CHECKIN_INTERVAL_MINUTES"))
    return Q(
        state=BookingState.CONFIRMED,
        patient__isnull=False,
        checkin_prompted_at__isnull=False,
        checkin_prompted_at__gt=Now() - interval,
    ) & (Q(checkin_emailed_at__isnull=True) | Q(checkin_emailed_at__lt=F("checkin_prompted_at")))


_CLAIM_SQL = """
UPDATE {booking} SET checkin_emailed_at = checkin_prompted_at
WHERE id = ANY(%s) AND state = 'confirmed' AND checkin_prompted_at IS NOT NULL
  AND (checkin_emailed_at IS NULL OR checkin_emailed_at < checkin_prompted_at)
RETURNING id
"""


def checkin_prompts_send(*, limit: int = 200) -> int:
    """Email the patients whose latest prompt has no email yet, in their language and time zone. Returns emails sent.

    Each email is claimed by one conditional UPDATE (`checkin_emailed_at = checkin_prompted_at`) before it is
    sent, so two sweeps never send the same prompt twice, and no row lock is held while the mail server
    answers (call next locks the booking's row). A failed send gives the claim back; the next sweep retries
    until the prompt is replaced or the patient leaves the queue. The banner does not depend on the email.
    Queries: one to find the owed prompts, one to claim them, one to read them, and one per failed send.
    """
    owed = list(
        ERBooking.objects.filter(_owed()).order_by("checkin_prompted_at", "id").values_list("pk", flat=True)[:limit]
    )
    if not owed:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(_CLAIM_SQL.format(booking=ERBooking._meta.db_table), [owed])
        claimed = [row[0] for row in cursor.fetchall()]
    sent = 0
    for booking in (
        ERBooking.objects.filter(pk__in=claimed).select_related("patient", "dependant", "room").order_by("pk")
    ):
        context = {
            "booking": booking,
            "room": booking.room,
            "patient": booking.patient,
            "booking_url": _booking_url(booking),
        }
        with in_time_zone_of(booking.patient), in_language_of(booking.patient):
            subject = render_to_string("er_queue/email/checkin_subject.txt", context).strip()
            body = render_to_string("er_queue/email/checkin_body.txt", context)
        try:
            send_mail(subject, body, None, [booking.patient.email])
        except OSError:  # smtplib errors are OSErrors: give the claim back for the next sweep
            ERBooking.objects.filter(pk=booking.pk, checkin_emailed_at=booking.checkin_prompted_at).update(
                checkin_emailed_at=None
            )
            logger.warning("could not send the check-in prompt of booking %s", booking.pk, exc_info=True)
            continue
        sent += 1
    return sent


def _booking_url(booking: ERBooking) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("er_queue:booking", kwargs={"booking_id": booking.pk})


# --- the answer ----------------------------------------------------------------------------------
# The history keeps the reason in the source language, whoever reads it (as the expiry sweep does).
BETTER_REASON = "check-in answer: better, no longer needs the ER"


@transaction.atomic
def booking_checkin_answer(*, booking_id: int, actor, answer: str) -> ERBooking:
    """The patient answers the latest check-in prompt: same, better or worse.

    Only the patient who booked answers (ER staff get Forbidden; another patient NotFound). The
    answer needs a waiting booking that has been prompted. "Better" cancels with LEFT_IMPROVED
    through booking_cancel, in this transaction and under the same locks (room, then booking); a
    repeat of "better" on the booking it cancelled returns it unchanged. "Same" and "worse" change
    nothing but the answer: "worse" is followed by the re-check of item 1, which decides any new
    priority through the triage engine.
    """
    if answer not in CheckinAnswer.values:
        raise Invalid(fields={"answer": [_("Answer same, better or worse.")]})
    _room, booking = _lock_booking(booking_id=booking_id, actor=actor)
    if booking.patient_id != actor.pk:  # ER staff (another patient already got NotFound)
        raise Forbidden(message=_("Only the patient can answer a check-in."))
    if answer == CheckinAnswer.BETTER and _already_done(booking, BookingState.CANCELLED, EndReason.LEFT_IMPROVED):
        return booking  # a retry whose first response was lost
    if booking.state != BookingState.CONFIRMED:
        raise Conflict(
            "illegal_transition",
            _("This booking is %(state)s: check-ins are for patients waiting in the queue.")
            % {"state": state_words(booking.state)},
            current_state=booking.state,
        )
    if booking.checkin_prompted_at is None:
        raise Conflict("no_checkin_prompt", _("There is no check-in to answer yet."), current_state=booking.state)
    booking.checkin_answer = answer
    booking.checkin_answered_at = booking.db_now
    booking.save(update_fields=["checkin_answer", "checkin_answered_at"])
    queue_changed(booking.room_id)  # the banner goes, on the patient's other screens and the board's "no reply"
    audit_record(
        actor=actor,
        action="er_checkin_answer",
        object_type="er_booking",
        object_id=booking.pk,
        patient=booking.patient_id,
        details={"answer": answer, "prompted_at": booking.checkin_prompted_at.isoformat()},
    )
    if answer == CheckinAnswer.BETTER:
        return booking_cancel(
            booking_id=booking.pk, actor=actor, reason=BETTER_REASON, end_reason=EndReason.LEFT_IMPROVED
        )
    return booking


# --- after "better": where to go next -------------------------------------------------------------
@dataclass(frozen=True)
class NextStep:
    label: str
    url: str
    style: str


_CONTACT = gettext_lazy("Ask a health worker to contact you")
_RECHECK = gettext_lazy("Check my symptoms again")
_ADVICE = gettext_lazy("Self-care advice and warning signs")


def checkin_better_next_steps(booking: ERBooking) -> list[NextStep]:
    """The branches offered to a patient who left the queue feeling better, health worker first.

    They were ER-level at triage, so a person looks at them before self-care alone: a health
    worker contact when their triage result allows one (urgent), else a new symptom check (an
    emergency result cannot open a contact request, and the new result offers a health worker or
    self-care by the same engine). Self-care advice and the warning signs of their result always
    follow. One query (the triage record's disposition).
    """
    record_id = booking.triage_record_id
    if record_id is None:
        return []
    from triage.models import TriageRecord  # read only, as the booking service does

    disposition = TriageRecord.objects.filter(pk=record_id).values_list("disposition", flat=True).first()
    if disposition == "urgent":
        first = NextStep(str(_CONTACT), f"{reverse('workers:contact_new')}?record={record_id}", "button")
    else:
        first = NextStep(str(_RECHECK), f"{reverse('triage:start')}?from={record_id}", "button")
    advice = NextStep(str(_ADVICE), reverse("suggestions:record", args=[record_id]), "button secondary")
    return [first, advice]
