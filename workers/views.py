"""Workers pages: a patient asks for and follows a contact request; a worker works their requests."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from healthsvc.errors import Conflict, DomainError, NotFound
from workers.choices import LOAD_STATES, ContactState, language_name
from workers.forms import CancelForm, CompleteForm, ContactRequestForm
from workers.selectors import (
    contact_alternative,
    contact_eligible_triage_record,
    contact_languages_offered,
    contact_request_availability,
    contact_request_history,
    contact_request_of_patient,
    contact_request_open_for_triage,
    contact_requests_of_worker,
    worker_profile_of_user,
    worker_shift_status,
)
from workers.services import (
    contact_request_accept,
    contact_request_cancel,
    contact_request_complete,
    contact_request_create,
    contact_requests_audit_staff_read,
)

CLOSED_SHOWN = 10


# --- patients ---------------------------------------------------------------------------------
@login_required
def contact_new(request):
    """Ask for a health worker to contact you about a symptom check (linked from the result page).

    The languages offered are those the workers on duty speak who may take the request (when none is on duty,
    those of the workers coming on duty before its time target; when none is either, the page says so).
    """
    if not request.user.has_role("patient"):
        raise Http404
    raw_record = request.POST.get("record") or request.GET.get("record") or ""
    record_given = raw_record.isdigit() and len(raw_record) < 19
    if record_given:
        existing = contact_request_open_for_triage(patient_id=request.user.pk, triage_record_id=int(raw_record))
        if existing is not None:
            messages.info(request, _("You already asked for a health worker about this symptom check."))
            return redirect("workers:contact_detail", existing.pk)
    elif request.method == "GET":
        raise Http404
    record = None
    if record_given:
        try:
            record = contact_eligible_triage_record(patient_id=request.user.pk, triage_record_id=int(raw_record))
        except NotFound as exc:
            raise Http404 from exc
        except Conflict as exc:
            return render(request, "workers/contact_new.html", {"form": None, "problem": exc.message}, status=409)
    offered = contact_languages_offered(at=timezone.now(), disposition=record.disposition) if record else None
    form = ContactRequestForm(
        request.POST or None, initial={"record": raw_record}, languages=offered.languages if offered else ()
    )
    context = {
        "form": form,
        "disposition": record.disposition if record else None,
        "alternative": contact_alternative(disposition=record.disposition) if record else None,
    }
    notice = ""  # shown with the form (not after a redirect): nobody is on duty now
    if offered is not None and not offered.languages:
        notice = _(
            "No health worker who can take your request is on duty now, or comes on duty in time to contact you."
        )
        if request.method == "GET":
            problem = f"{notice} {context['alternative']['message']}"
            return render(request, "workers/contact_new.html", {**context, "form": None, "problem": problem})
    elif offered is not None and not offered.on_duty:
        notice = _(
            "No health worker is on duty right now. The first who can take your request comes on duty at "
            "%(time)s; the languages offered are theirs. Ask now, and they will contact you then."
        ) % {"time": f"{timezone.localtime(offered.first_from):%H:%M}"}
    if request.method == "GET":
        if notice:
            messages.warning(request, notice)
        return render(request, "workers/contact_new.html", context)
    status = 200
    if form.is_valid():
        try:
            contact_request, _created = contact_request_create(
                patient=request.user,
                triage_record_id=form.cleaned_data["record"],
                channel=form.cleaned_data["channel"],
                language=form.cleaned_data["language"],
            )
        except NotFound as exc:
            raise Http404 from exc
        except Conflict as exc:
            if exc.extra.get("contact_request"):
                return redirect("workers:contact_detail", exc.extra["contact_request"])
            form.add_error(None, exc.message)
            status = 409
        else:
            return redirect("workers:contact_detail", contact_request.pk)
    else:
        status = 400
    if notice:
        messages.warning(request, notice)
    return render(request, "workers/contact_new.html", context, status=status)


@login_required
def contact_detail(request, request_id: int):
    try:
        contact_request = contact_request_of_patient(patient=request.user, request_id=request_id)
    except NotFound as exc:
        raise Http404 from exc
    now = timezone.now()
    expired = contact_request.state == ContactState.EXPIRED
    return render(
        request,
        "workers/contact_detail.html",
        {
            "alternative": contact_alternative(disposition=contact_request.disposition) if expired else None,
            "contact": contact_request,
            "worker": contact_request.assigned_worker,
            "availability": contact_request_availability(contact_request, at=now),
            "history": contact_request_history(request=contact_request),
            "language_name": language_name(contact_request.language),
            "can_cancel": contact_request.state in (ContactState.REQUESTED, ContactState.ASSIGNED),
            "cancel_form": CancelForm(),
            "live": contact_request.is_open,
        },
    )


@login_required
@require_POST
def contact_cancel(request, request_id: int):
    try:
        contact_request_of_patient(patient=request.user, request_id=request_id)
    except NotFound as exc:
        raise Http404 from exc
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        contact_request_cancel(request_id=request_id, actor=request.user, reason=reason)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Your contact request is cancelled."))
    return redirect("workers:contact_detail", request_id)


# --- workers -----------------------------------------------------------------------------------
def _require_worker_role(request) -> None:
    if not request.user.has_role("nurse", "clinician"):
        raise Http404


@login_required
def my_requests(request):
    """A worker's open requests, most urgent first, with accept / complete buttons; and the last closed ones."""
    _require_worker_role(request)
    worker = worker_profile_of_user(user=request.user)
    if worker is None:
        return render(request, "workers/my_requests.html", {"worker": None}, status=403)
    now = timezone.now()
    open_requests = list(contact_requests_of_worker(worker=worker, states=LOAD_STATES))
    closed_states = [ContactState.COMPLETED, ContactState.CANCELLED, ContactState.EXPIRED]
    closed = list(
        contact_requests_of_worker(worker=worker, states=closed_states).order_by("-requested_at")[:CLOSED_SHOWN]
    )
    for item in open_requests:
        item.language_name = language_name(item.language)
    contact_requests_audit_staff_read(actor=request.user, requests=open_requests + closed)
    return render(
        request,
        "workers/my_requests.html",
        {
            "worker": worker,
            "open_requests": open_requests,
            "closed_requests": closed,
            "shifts": worker_shift_status(worker=worker, at=now),
            "now": now,
            "complete_form": CompleteForm(),
        },
    )


def _worker_action(request, action, success: str, **kwargs):
    _require_worker_role(request)
    try:
        action(worker_user=request.user, **kwargs)
    except NotFound as exc:
        raise Http404 from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, success)
    return redirect("workers:my_requests")


@login_required
@require_POST
def my_request_accept(request, request_id: int):
    return _worker_action(
        request, contact_request_accept, _("Accepted: contact the patient now."), request_id=request_id
    )


@login_required
@require_POST
def my_request_complete(request, request_id: int):
    form = CompleteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    return _worker_action(
        request, contact_request_complete, _("Marked as completed."), request_id=request_id, note=note
    )
