"""Reads of workers, shifts and contact requests.

Patients see only their own requests; a worker sees the requests assigned to them.
Reads of a patient's request by staff are audited by the caller (workers.services.
contact_requests_audit_staff_read), since a selector never writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from healthsvc.errors import Conflict, NotFound
from healthsvc.models import User
from triage.selectors import triage_completed_record_of_patient
from workers.choices import (
    CONTACT_TIME_TARGETS,
    LOAD_STATES,
    OPEN_STATES,
    ROLES_FOR_DISPOSITION,
    ContactDisposition,
    ContactState,
)
from workers.models import ContactRequest, Shift, WorkerProfile


# --- who is on duty ------------------------------------------------------------------------
def on_shift_exists(at: dt.datetime) -> Exists:
    """A filter / annotation for WorkerProfile querysets: the worker has a shift covering `at`."""
    return Exists(Shift.objects.filter(worker=OuterRef("pk"), starts_at__lte=at, ends_at__gt=at))


def workers_on_duty(*, at: dt.datetime) -> QuerySet[WorkerProfile]:
    """Workers with a shift covering `at` (shifts are [start, end)), active accounts only."""
    return WorkerProfile.objects.filter(on_shift_exists(at), user__is_active=True).select_related("user")


def _roles(role: str | Iterable[str] | None) -> list[str] | None:
    if role is None:
        return None
    return [role] if isinstance(role, str) else list(role)


def contact_candidates(*, at: dt.datetime, disposition: str, language: str) -> QuerySet[WorkerProfile]:
    """On-duty workers who may take a request of this disposition in this language.

    Their load is not looked at here: the assigning service counts it after locking them.
    """
    return WorkerProfile.objects.filter(
        on_shift_exists(at),
        user__is_active=True,
        accepts_patient_contact=True,
        role__in=ROLES_FOR_DISPOSITION[disposition],
        languages__contains=[language],
    )


def next_shift_start(
    *, at: dt.datetime, role: str | Iterable[str] | None = None, language: str | None = None
) -> dt.datetime | None:
    """When the next shift of a worker who takes patient contact starts after `at` (or None).

    `role` is one worker role or several (any of them); `language` an ISO 639-1 code.
    """
    shifts = Shift.objects.filter(starts_at__gt=at, worker__accepts_patient_contact=True, worker__user__is_active=True)
    roles = _roles(role)
    if roles is not None:
        shifts = shifts.filter(worker__role__in=roles)
    if language:
        shifts = shifts.filter(worker__languages__contains=[language])
    return shifts.aggregate(first=Min("starts_at"))["first"]


def on_duty_summary(*, at: dt.datetime, language: str | None = None) -> dict:
    """How many workers who take patient contact are on duty now, by role, and when the next shift starts.

    Counts only: no names, so any signed-in user (patients too) may see it.
    """
    workers = workers_on_duty(at=at).filter(accepts_patient_contact=True)
    if language:
        workers = workers.filter(languages__contains=[language])
    by_role = dict(workers.order_by().values_list("role").annotate(n=Count("id")))
    return {
        "at": at,
        "by_role": by_role,
        "total": sum(by_role.values()),
        "next_shift_start": next_shift_start(at=at, language=language),
    }


@dataclass(frozen=True)
class ContactLanguages:
    """The languages a contact request of one disposition can be made in now (ISO 639-1 codes, sorted)."""

    languages: tuple[str, ...]
    on_duty: bool  # spoken by someone on duty now; else by those coming on duty before the time target
    first_from: dt.datetime | None = None  # when nobody is on duty: when the first of those comes on


def contact_languages_offered(*, at: dt.datetime, disposition: str) -> ContactLanguages:
    """The languages spoken by the workers on duty at `at` who may take a request of this disposition (the
    contact_candidates rule, any language). When none is on duty, those of the workers who come on duty before
    the request's time target runs out: the request waits for them (the sweep assigns it), as it always could.

    One query, a row per fitting worker with a shift in [at, at + target).
    """
    until = at + CONTACT_TIME_TARGETS[disposition]
    first_shift = Shift.objects.filter(worker=OuterRef("pk"), starts_at__lt=until, ends_at__gt=at).order_by("starts_at")
    rows = list(
        WorkerProfile.objects.filter(
            user__is_active=True, accepts_patient_contact=True, role__in=ROLES_FOR_DISPOSITION[disposition]
        )
        .annotate(first_start=Subquery(first_shift.values("starts_at")[:1]))
        .filter(first_start__isnull=False)
        .order_by()
        .values_list("languages", "first_start")
    )
    on_duty = [languages for languages, starts in rows if starts <= at]
    if on_duty:
        return ContactLanguages(tuple(sorted({code for languages in on_duty for code in languages})), on_duty=True)
    return ContactLanguages(
        tuple(sorted({code for languages, _starts in rows for code in languages})),
        on_duty=False,
        first_from=min((starts for _languages, starts in rows), default=None),
    )


def worker_loads(*, worker_ids: Iterable[int]) -> dict[int, tuple[int, dt.datetime | None]]:
    """worker id -> (open requests they hold, when they were last assigned one), in one query."""
    rows = (
        ContactRequest.objects.filter(assigned_worker_id__in=list(worker_ids))
        .order_by()
        .values("assigned_worker_id")
        .annotate(open=Count("id", filter=Q(state__in=LOAD_STATES)), last=Max("assigned_at"))
    )
    return {row["assigned_worker_id"]: (row["open"], row["last"]) for row in rows}


# --- what to offer a patient who is waiting --------------------------------------------------
ALTERNATIVES = {
    ContactDisposition.URGENT: {
        "kind": "er_queue",
        "url": "/er/",
        "message": gettext_lazy("If you cannot wait, join the queue of an emergency department."),
    },
    ContactDisposition.ROUTINE: {
        "kind": "self_care",
        "url": None,
        "message": gettext_lazy("Until someone contacts you, follow the self-care advice for your symptoms."),
    },
}


def contact_alternative(*, disposition: str) -> dict:
    """What to do instead of waiting, its message in the active language."""
    alternative = ALTERNATIVES[disposition]
    return {**alternative, "message": str(alternative["message"])}


def contact_request_availability(request: ContactRequest, *, at: dt.datetime) -> dict | None:
    """For a request nobody has taken yet: is anyone who fits on duty, when will someone be, what else to do.

    None once a worker has it (or it is closed).
    """
    if request.state != ContactState.REQUESTED:
        return None
    fitting_on_duty = contact_candidates(at=at, disposition=request.disposition, language=request.language).exists()
    return {
        "someone_on_duty": fitting_on_duty,
        "next_available_at": None
        if fitting_on_duty
        else next_shift_start(at=at, role=ROLES_FOR_DISPOSITION[request.disposition], language=request.language),
        "alternative": contact_alternative(disposition=request.disposition),
    }


# --- which triage records can lead to a contact ---------------------------------------------
def contact_eligible_triage_record(*, patient_id: int, triage_record_id: int):
    """The patient's completed triage record whose result leads to a health worker, or an error.

    NotFound when it is not the patient's; Conflict when it has no result yet, or when its
    disposition is not urgent or routine (emergencies go to the ER, self-care to advice).
    """
    record = triage_completed_record_of_patient(record_id=triage_record_id, patient_id=patient_id)
    if record is None:
        from triage.models import TriageRecord  # read only: tell "not yours" from "not finished"

        if not TriageRecord.objects.filter(pk=triage_record_id, patient_id=patient_id).exists():
            raise NotFound(message=_("No such triage record."))
        raise Conflict("triage_not_completed", _("This symptom check has no result yet."))
    if record.disposition not in ContactDisposition.values:
        raise Conflict(
            "disposition_not_eligible",
            _("A health worker contact is offered after an urgent or routine result only."),
            disposition=record.disposition,
        )
    return record


# --- patients' own requests -----------------------------------------------------------------
def contact_requests_of_patient(*, patient: User, state: str | None = None) -> QuerySet[ContactRequest]:
    requests = ContactRequest.objects.filter(patient=patient).select_related(
        "patient", "assigned_worker__user", "triage_record__dependant"
    )
    if state:
        requests = requests.filter(state=state)
    return requests


def contact_request_of_patient(*, patient: User, request_id: int) -> ContactRequest:
    """The patient's own request, or NotFound (also when it is another patient's)."""
    request = contact_requests_of_patient(patient=patient).filter(pk=request_id).first()
    if request is None:
        raise NotFound(message=_("No such contact request."))
    return request


def contact_request_open_for_triage(*, patient_id: int, triage_record_id: int) -> ContactRequest | None:
    """For suggestions: the patient's open request about this triage, if any (to link rather than offer)."""
    return (
        ContactRequest.objects.filter(patient_id=patient_id, triage_record_id=triage_record_id, state__in=OPEN_STATES)
        .select_related("assigned_worker__user")
        .first()
    )


# --- who may know of which worker --------------------------------------------------------------
# Nurses and clinicians hold this through their role (WorkersConfig.role_permissions), administrators hold
# every permission: the staff who look up colleagues in the admin may look them up anywhere.
DIRECTORY_PERMISSION = "workers.view_workerprofile"


def can_read_worker_directory(user: User) -> bool:
    return user.is_authenticated and (user.is_superuser or user.has_perm(DIRECTORY_PERMISSION))


def workers_visible_to(*, user: User) -> QuerySet[WorkerProfile]:
    """The workers this user may know of: all of them for staff who may read the directory; otherwise their
    own profile and the workers assigned to their own contact requests. What a patient may learn of such a
    worker is less than staff may (first name and role: the caller's serializer says it)."""
    workers = WorkerProfile.objects.select_related("user")
    if can_read_worker_directory(user):
        return workers
    theirs = ContactRequest.objects.filter(assigned_worker=OuterRef("pk"), patient_id=user.pk)
    return workers.filter(Q(user_id=user.pk) | Exists(theirs))


def workers_all() -> QuerySet[WorkerProfile]:
    """Every worker in full, by id, for the bulk export (a directory read, not patient data)."""
    return WorkerProfile.objects.select_related("user").order_by("pk")


# --- workers' requests ----------------------------------------------------------------------
def worker_profile_of_user(*, user: User) -> WorkerProfile | None:
    if not user.is_authenticated:
        return None
    return WorkerProfile.objects.select_related("user").filter(user=user).first()


def contact_requests_of_worker(
    *, worker: WorkerProfile, states: Iterable[str] | None = None
) -> QuerySet[ContactRequest]:
    """Requests assigned to this worker, most urgent first, with what they need to call the patient."""
    requests = ContactRequest.objects.filter(assigned_worker=worker).select_related(
        "patient__patient_profile", "triage_record__dependant__guardian", "assigned_worker__user"
    )
    if states:
        requests = requests.filter(state__in=list(states))
    return requests.order_by("due_by", "id")


def contact_request_of_worker(*, worker: WorkerProfile, request_id: int) -> ContactRequest:
    request = contact_requests_of_worker(worker=worker).filter(pk=request_id).first()
    if request is None:
        raise NotFound(message=_("No such contact request among yours."))
    return request


def contact_request_history(*, request: ContactRequest) -> list:
    return list(request.transitions.select_related("actor", "worker__user"))


def worker_shift_status(*, worker: WorkerProfile, at: dt.datetime) -> dict:
    """The worker's current shift (if on duty) and their next one, for their own page."""
    shifts = Shift.objects.filter(worker=worker, ends_at__gt=at).order_by("starts_at")[:2]
    current = next((shift for shift in shifts if shift.starts_at <= at), None)
    upcoming = next((shift for shift in shifts if shift.starts_at > at), None)
    return {"current": current, "next": upcoming}
