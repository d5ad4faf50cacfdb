"""Every write of the workers app: one function per use case, one transaction each.

Lock order (always this one, so no two transactions wait on each other in a cycle):
  1. contact request rows (one at a time, or a batch with SKIP LOCKED in the sweep),
  2. then worker profile rows, all candidates at once, in id order.
Nothing locks a worker and then a request. Worker rows are locked FOR NO KEY UPDATE so the
foreign-key checks of other transactions (which take KEY SHARE) are not blocked by them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_fsm import TransitionNotAllowed

from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound
from healthsvc.languages import in_language_of
from healthsvc.models import User
from healthsvc.roles import Role
from healthsvc.services import audit_record, audit_staff_read
from healthsvc.time_zones import in_time_zone_of
from healthsvc.webhooks.choices import EventType
from healthsvc.webhooks.services import event_record
from workers import metrics
from workers.choices import (
    CONTACT_TIME_TARGETS,
    EXPIRABLE_STATES,
    ISO_639_1,
    OPEN_STATES,
    Channel,
    ContactDisposition,
    ContactState,
)
from workers.models import ContactRequest, ContactTransition, Shift, WorkerProfile
from workers.selectors import contact_candidates, contact_eligible_triage_record, worker_loads

logger = logging.getLogger(__name__)

# How long after expiry the sweep keeps retrying the "what to do instead" email: after
# that the advice is stale and the patient has seen the state on their page.
EXPIRY_NOTICE_RETRY_WINDOW = dt.timedelta(hours=6)
# Fresh expiries are emailed on commit by the sweep that expired them; retries start after this.
EXPIRY_NOTICE_RETRY_AFTER = dt.timedelta(minutes=1)

# The worker's and patient's transitions, by the state each leaves: a repeat is a no-op.
_REPEATABLE = {
    "start": ContactState.IN_PROGRESS,
    "complete": ContactState.COMPLETED,
    "cancel": ContactState.CANCELLED,
}
# Why a transition is refused, by transition; %(state)s is the request's state, in words.
_REFUSED = {
    "start": gettext_lazy("This contact request is %(state)s; it cannot be accepted."),
    "complete": gettext_lazy("This contact request is %(state)s; it cannot be completed."),
    "cancel": gettext_lazy("This contact request is %(state)s; it cannot be cancelled."),
    "expire": gettext_lazy("This contact request is %(state)s; it cannot be expired."),
    "assign": gettext_lazy("This contact request is %(state)s; it cannot be assigned."),
}


# --- helpers ---------------------------------------------------------------------------------
def contact_due_by(*, disposition: str, requested_at: dt.datetime) -> dt.datetime:
    """The time target of a disposition (workers.choices.CONTACT_TIME_TARGETS)."""
    return requested_at + CONTACT_TIME_TARGETS[disposition]


def _record_transition(
    request: ContactRequest,
    *,
    from_state: str,
    actor: User | None,
    at: dt.datetime,
    reason: str = "",
    worker: WorkerProfile | None = None,
) -> ContactTransition:
    return ContactTransition.record_change(
        request, from_state=from_state, actor=actor, at=at, reason=reason, worker=worker
    )


def _transition(
    request: ContactRequest, name: str, *, actor: User | None, at: dt.datetime, reason: str = "", **kwargs
) -> ContactRequest:
    """Run one FSM transition on a locked request, save it and write its history row.

    An illegal transition is a 409 that names the current state. Repeating one that has
    already happened (a retry whose first response was lost) answers with the request as
    it is, with no second history row.
    """
    from_state = request.state
    if from_state == _REPEATABLE.get(name):
        return request
    try:
        getattr(request, name)(at=at, **kwargs)
    except TransitionNotAllowed as exc:
        raise Conflict(
            "illegal_transition",
            _REFUSED[name] % {"state": request.get_state_display().lower()},
            current_state=from_state,
        ) from exc
    request.save()
    _record_transition(request, from_state=from_state, actor=actor, at=at, reason=reason, worker=kwargs.get("worker"))
    return request


def _is_admin(user: User) -> bool:
    return user.is_superuser or user.has_role(Role.ADMIN)


def _worker_of(user: User) -> WorkerProfile:
    """The caller's worker profile; Forbidden for anyone who is not a nurse/clinician with one."""
    if not user.has_role(Role.NURSE, Role.CLINICIAN):
        raise Forbidden(message=_("Only nurses and clinicians with a worker profile can do this."))
    worker = WorkerProfile.objects.filter(user=user).first()
    if worker is None:
        raise Forbidden("no_worker_profile", _("You have no health-worker profile; ask an administrator for one."))
    return worker


def _lock_request(request_id: int) -> ContactRequest:
    request = ContactRequest.objects.select_for_update(of=("self",)).filter(pk=request_id).first()
    if request is None:
        raise NotFound(message=_("No such contact request."))
    return request


# --- create and assign -----------------------------------------------------------------------
def contact_request_create(
    *,
    patient: User,
    triage_record_id: int,
    channel: str,
    language: str = "en",
    idempotency_key: str = "",
    now: dt.datetime | None = None,
) -> tuple[ContactRequest, bool]:
    """A patient asks a health worker to contact them about a completed triage; try to assign at once.

    Returns (request, created). With an Idempotency-Key already used by this patient for the
    same request, returns that one and created=False; with different content, Conflict.
    Raises NotFound for a triage record that is not the patient's, Conflict when it is not
    completed, when its disposition does not lead to a worker (only urgent and routine do),
    or when the patient already has an open request about it (a partial unique index holds
    this even against simultaneous requests).
    When no fitting worker is on duty (or all are at their limit) the request stays
    `requested`; the beat sweep assigns it when someone is free.
    """
    with transaction.atomic():
        now = now or timezone.now()
        if channel not in Channel.values:
            raise Invalid(
                fields={"channel": [_("Choose one of: %(choices)s.") % {"choices": ", ".join(Channel.values)}]}
            )
        if language not in ISO_639_1:
            raise Invalid(fields={"language": [_("Give an ISO 639-1 language code, e.g. en.")]})
        if idempotency_key:
            replay = _idempotent_replay(patient, idempotency_key, triage_record_id, channel, language)
            if replay is not None:
                return replay, False

        record = contact_eligible_triage_record(patient_id=patient.pk, triage_record_id=triage_record_id)

        try:
            with transaction.atomic():
                request = ContactRequest.objects.create(
                    patient=patient,
                    triage_record_id=record.pk,
                    disposition=record.disposition,
                    channel=channel,
                    language=language,
                    idempotency_key=idempotency_key,
                    requested_at=now,
                    due_by=contact_due_by(disposition=record.disposition, requested_at=now),
                )
        except IntegrityError:
            # A simultaneous request won the race: the same key, or another open request.
            if idempotency_key:
                replay = _idempotent_replay(patient, idempotency_key, triage_record_id, channel, language)
                if replay is not None:
                    return replay, False
            existing = ContactRequest.objects.filter(
                patient=patient, triage_record_id=record.pk, state__in=OPEN_STATES
            ).first()
            raise Conflict(
                "contact_request_open",
                _("You already have an open contact request for this symptom check."),
                contact_request=existing.pk if existing else None,
            ) from None
        _record_transition(request, from_state="", actor=patient, at=now, reason="Requested by the patient.")
        audit_record(
            actor=patient,
            action="contact_request_create",
            object_type="contact_request",
            object_id=request.pk,
            patient=patient,
            details={"disposition": request.disposition, "channel": channel},
        )
        _assign_locked(request, now=now, actor=None)
        return request, True


def _idempotent_replay(patient, key, triage_record_id, channel, language) -> ContactRequest | None:
    existing = ContactRequest.objects.filter(patient=patient, idempotency_key=key).first()
    if existing is None:
        return None
    if (existing.triage_record_id, existing.channel, existing.language) != (triage_record_id, channel, language):
        raise Conflict("idempotency_key_reused", _("This Idempotency-Key was already used for a different request."))
    return existing


def _assign_locked(request: ContactRequest, *, now: dt.datetime, actor: User | None) -> WorkerProfile | None:
    """Give a locked, still-requested request to the least-loaded fitting worker, or leave it waiting.

    Candidates (on duty, accepting contact, a role that suits the disposition, speaking the
    language) are locked together in id order, then their open requests are counted; a
    concurrent assignment that got there first has committed by then, so its request is
    counted and nobody goes above their limit. Least-loaded is the fewest open requests;
    ties go to whoever was assigned one longest ago (then the lowest id).
    """
    if request.state != ContactState.REQUESTED:
        return None
    candidates = list(
        contact_candidates(at=now, disposition=request.disposition, language=request.language)
        .order_by("id")
        .select_for_update(no_key=True, of=("self",))
        .values_list("id", "max_concurrent_requests")
    )
    if not candidates:
        return None
    loads = worker_loads(worker_ids=[worker_id for worker_id, _limit in candidates])
    never = dt.datetime.min.replace(tzinfo=dt.UTC)
    free = []
    for worker_id, limit in candidates:
        load, last_assigned = loads.get(worker_id, (0, None))
        if load < limit:
            free.append((load, last_assigned or never, worker_id))
    if not free:
        return None
    load, _last, worker_id = min(free)
    worker = WorkerProfile.objects.select_related("user").get(pk=worker_id)
    _transition(
        request,
        "assign",
        worker=worker,
        actor=actor,
        at=now,
        reason=f"Least-loaded fitting worker on duty ({load} open of {worker.max_concurrent_requests}).",
    )
    transaction.on_commit(lambda: metrics.contact_requests_assigned_total.labels(disposition=request.disposition).inc())
    event_record(
        event_type=EventType.CONTACT_ASSIGNED,
        subject=f"contact_request:{request.pk}",
        data={
            "contact_request_id": request.pk,
            "patient_id": request.patient_id,
            "triage_record_id": request.triage_record_id,
            "disposition": request.disposition,
            "channel": request.channel,
            "language": request.language,
            "worker_id": worker.pk,
            "worker_role": worker.role,
            "assigned_at": request.assigned_at,
            "due_by": request.due_by,
        },
    )
    return worker


def contact_request_assign(
    *, request_id: int, actor: User | None = None, now: dt.datetime | None = None
) -> ContactRequest:
    """Try to assign a waiting request now (admin action, sweep). A no-op unless it is `requested`."""
    with transaction.atomic():
        request = _lock_request(request_id)
        _assign_locked(request, now=now or timezone.now(), actor=actor)
        return request


def contact_requests_assign_waiting(*, now: dt.datetime | None = None, limit: int = 200) -> int:
    """Assign waiting requests, earliest due first, now that someone may have come on duty.

    Each request is its own transaction; a request another transaction holds is skipped
    (it is being cancelled or assigned already) and looked at again next sweep.
    """
    now = now or timezone.now()
    waiting = list(
        ContactRequest.objects.filter(state=ContactState.REQUESTED, due_by__gt=now)
        .order_by("due_by", "id")
        .values_list("id", "disposition", "language")[:limit]
    )
    nobody_free: set[tuple[str, str]] = set()
    assigned = 0
    for request_id, disposition, language in waiting:
        if (disposition, language) in nobody_free:
            continue
        with transaction.atomic():
            request = (
                ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(pk=request_id, state=ContactState.REQUESTED)
                .first()
            )
            if request is None:
                continue
            if _assign_locked(request, now=now, actor=None) is None:
                nobody_free.add((disposition, language))
            else:
                assigned += 1
    return assigned


# --- the worker's actions ---------------------------------------------------------------------
def contact_request_accept(*, request_id: int, worker_user: User, now: dt.datetime | None = None) -> ContactRequest:
    """The assigned worker starts the contact: assigned → in_progress.

    Forbidden for anyone who is not a worker; NotFound when it is not assigned to them.
    """
    with transaction.atomic():
        worker = _worker_of(worker_user)
        request = _lock_request(request_id)
        if request.assigned_worker_id != worker.pk:
            raise NotFound(message=_("No such contact request among yours."))
        return _transition(
            request, "start", actor=worker_user, at=now or timezone.now(), reason="Accepted by the worker."
        )


def contact_request_complete(
    *, request_id: int, worker_user: User, note: str = "", now: dt.datetime | None = None
) -> ContactRequest:
    """The assigned worker has spoken to the patient: in_progress → completed."""
    with transaction.atomic():
        worker = _worker_of(worker_user)
        request = _lock_request(request_id)
        if request.assigned_worker_id != worker.pk:
            raise NotFound(message=_("No such contact request among yours."))
        return _transition(
            request,
            "complete",
            actor=worker_user,
            at=now or timezone.now(),
            reason=note.strip() or "Contact completed.",
        )


def contact_request_cancel(
    *, request_id: int, actor: User, reason: str = "", now: dt.datetime | None = None
) -> ContactRequest:
    """Cancel a request nobody has started: requested|assigned → cancelled.

    The patient who made it, the worker it is assigned to, or an administrator may;
    to anyone else it does not exist (NotFound).
    """
    with transaction.atomic():
        request = _lock_request(request_id)
        is_patient = request.patient_id == actor.pk
        is_assigned_worker = (
            request.assigned_worker_id is not None
            and WorkerProfile.objects.filter(pk=request.assigned_worker_id, user=actor).exists()
        )
        if not (is_patient or is_assigned_worker or _is_admin(actor)):
            raise NotFound(message=_("No such contact request."))
        default = "Cancelled by the patient." if is_patient else "Cancelled by staff."
        return _transition(request, "cancel", actor=actor, at=now or timezone.now(), reason=reason.strip() or default)


def contact_requests_purge(*, patient_ids: list[int]) -> dict[str, int]:
    """Delete the patients' contact requests with their history, when a closed account's retention period has
    ended (healthsvc.retention; docs/security.md). Returns the rows deleted, by model."""
    with transaction.atomic():
        return ContactRequest.objects.filter(patient_id__in=patient_ids).delete()[1]


def contact_requests_audit_staff_read(*, actor: User, requests: Iterable[ContactRequest]) -> None:
    """Record that a staff member read these patients' contact requests (one query)."""
    requests = list(requests)
    if requests:
        audit_staff_read(
            actor=actor,
            object_type="contact_request",
            object_ids=[request.pk for request in requests],
            patient_ids=[request.patient_id for request in requests],
        )


# --- expiry ---------------------------------------------------------------------------------
def contact_requests_expire_due(*, now: dt.datetime | None = None, batch_size: int = 100) -> list[int]:
    """Expire every request past its due time that nobody started, exactly once; returns their ids.

    Works in batches, each one transaction that locks its rows with FOR UPDATE SKIP LOCKED:
    two sweeps running at once take different rows, and a row one sweep has expired no longer
    matches the other's filter (PostgreSQL re-checks it on the locked version). Expiry is
    decided from `due_by` in the database, so a sweep that runs late expires exactly the
    requests that were due. Each expiry tells the patient what to do instead, after commit.
    """
    now = now or timezone.now()
    expired: list[int] = []
    while True:
        with transaction.atomic():
            batch = list(
                ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(state__in=EXPIRABLE_STATES, due_by__lte=now)
                .order_by("due_by", "id")[:batch_size]
            )
            for request in batch:
                _transition(
                    request,
                    "expire",
                    actor=None,
                    at=now,
                    reason=f"Nobody had started the contact by {request.due_by:%Y-%m-%d %H:%M} UTC.",
                )
                transaction.on_commit(_notify_after_commit(request.pk))
                expired.append(request.pk)
            counts = _count_by(batch)
            transaction.on_commit(lambda counts=counts: _count_expired(counts))
        if len(batch) < batch_size:
            if expired:
                logger.info("contact requests expired: %s", len(expired))
            return expired


def _count_by(requests: list[ContactRequest]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for request in requests:
        counts[request.disposition] = counts.get(request.disposition, 0) + 1
    return counts


def _count_expired(counts: dict[str, int]) -> None:
    for disposition, count in counts.items():
        metrics.contact_requests_expired_total.labels(disposition=disposition).inc(count)


def _notify_after_commit(request_id: int):
    def notify() -> None:
        try:
            contact_request_notify_expired(request_id=request_id)
        except Exception:  # a mail outage must not stop the sweep; it retries
            logger.warning("could not tell patient about expired contact request %s", request_id, exc_info=True)

    return notify


def expiry_message(request: ContactRequest) -> tuple[str, str]:
    """Subject and plain-text body telling the patient what to do instead (in the active language: the
    caller renders it in the patient's, with in_language_of)."""
    base = getattr(settings, "SITE_URL", "").rstrip("/")
    emergency = settings.EMERGENCY_PHONE_NUMBER
    if request.patient.full_name:
        greeting = _("Hello %(name)s,") % {"name": request.patient.get_short_name()}
    else:
        greeting = _("Hello there,")
    if request.disposition == ContactDisposition.URGENT:
        what_now = _(
            "Your symptoms need a clinician soon, so please do not wait any longer:\n"
            "join the queue of an emergency department here: %(url)s"
        ) % {"url": f"{base}/er/"}
    else:
        what_now = _(
            "You can ask again for a health worker to contact you, or follow the self-care advice "
            "for your symptoms: %(url)s"
        ) % {"url": f"{base}/workers/contact/{request.pk}/"}
    body = (
        f"{greeting}\n\n"
        + _("We are sorry: no health worker was able to contact you in time about your symptom check.")
        + f"\n\n{what_now}\n\n"
        + _("If you feel worse, or have any sign of an emergency, call %(number)s now.") % {"number": emergency}
        + f"\n\n— {settings.SITE_NAME}\n"
    )
    return _("No health worker could contact you in time: what to do now"), body


def contact_request_notify_expired(*, request_id: int) -> bool:
    """Email the patient of an expired request what to do instead; at most once (True if sent now).

    The row stays locked while the mail is handed to the backend, so two callers cannot both
    send; if sending fails the transaction rolls back and a later sweep tries again.
    """
    with transaction.atomic():
        request = (
            ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("patient")
            .filter(pk=request_id, state=ContactState.EXPIRED, expiry_notified_at__isnull=True)
            .first()
        )
        if request is None:
            return False
        with in_time_zone_of(request.patient), in_language_of(request.patient):
            subject, body = expiry_message(request)
        send_mail(subject, body, None, [request.patient.email], fail_silently=False)
        request.expiry_notified_at = timezone.now()
        request.save(update_fields=["expiry_notified_at"])
    return True


def contact_requests_notify_pending(*, now: dt.datetime | None = None) -> int:
    """Retry the expiry emails that have not gone out (mail server down at the time)."""
    now = now or timezone.now()
    pending = ContactRequest.objects.filter(
        state=ContactState.EXPIRED,
        expiry_notified_at__isnull=True,
        expired_at__gte=now - EXPIRY_NOTICE_RETRY_WINDOW,
        expired_at__lte=now - EXPIRY_NOTICE_RETRY_AFTER,
    ).values_list("id", flat=True)[:100]
    sent = 0
    for request_id in list(pending):
        try:
            sent += contact_request_notify_expired(request_id=request_id)
        except Exception:  # keep going; the next sweep retries
            logger.warning("could not tell patient about expired contact request %s", request_id, exc_info=True)
    return sent


# --- workers and shifts ----------------------------------------------------------------------
def worker_profile_ensure(
    *,
    user: User,
    role: str,
    licence_number: str,
    facility_name: str,
    facility_kind: str,
    languages: list[str],
    accepts_patient_contact: bool = True,
    max_concurrent_requests: int = 3,
) -> WorkerProfile:
    """The user's worker profile, created with these values if they have none (kept as it is otherwise)."""
    with transaction.atomic():
        worker, _created = WorkerProfile.objects.get_or_create(
            user=user,
            defaults={
                "role": role,
                "licence_number": licence_number.strip().upper(),
                "facility_name": facility_name,
                "facility_kind": facility_kind,
                "languages": sorted({code.lower() for code in languages}),
                "accepts_patient_contact": accepts_patient_contact,
                "max_concurrent_requests": max_concurrent_requests,
            },
        )
        return worker


def shift_ensure_covering(*, worker: WorkerProfile, starts_at: dt.datetime, ends_at: dt.datetime) -> Shift:
    """Make sure the worker is on duty for all of [starts_at, ends_at), merging the shifts it touches.

    Idempotent: run again it changes nothing; run on a later day it extends the coverage.
    """
    with transaction.atomic():
        if ends_at <= starts_at:
            raise Invalid(fields={"ends_at": [_("A shift must end after it starts.")]})
        WorkerProfile.objects.select_for_update(no_key=True).filter(pk=worker.pk).first()
        touching = list(
            Shift.objects.filter(worker=worker, starts_at__lte=ends_at, ends_at__gte=starts_at).order_by("starts_at")
        )
        if not touching:
            return Shift.objects.create(worker=worker, starts_at=starts_at, ends_at=ends_at)
        keep, *others = touching
        new_start = min([starts_at, *(shift.starts_at for shift in touching)])
        new_end = max([ends_at, *(shift.ends_at for shift in touching)])
        if others:
            Shift.objects.filter(pk__in=[shift.pk for shift in others]).delete()
        if (keep.starts_at, keep.ends_at) != (new_start, new_end):
            keep.starts_at, keep.ends_at = new_start, new_end
            keep.save(update_fields=["starts_at", "ends_at"])
        return keep
