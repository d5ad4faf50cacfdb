"""Triage pages: the questionnaire, the live progress and result page, history, staff review."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from healthsvc.errors import DomainError
from healthsvc.selectors import dependants_of
from suggestions.selectors import result_next_steps
from triage import engine
from triage.choices import Disposition, TriageState
from triage.forms import OverrideForm
from triage.localized import page_catalogue
from triage.presentation import (
    answers_in_words,
    complaint_label,
    disposition_copy,
    disposition_words,
    reasons_for_patient,
)
from triage.selectors import (
    can_read_all_records,
    triage_record_current_result,
    triage_record_detail,
    triage_records_visible_to,
    triage_shadow_disagreements,
)
from triage.services import triage_record_override, triage_records_audit_read

PROGRESS_STEPS = [TriageState.REQUESTED, TriageState.RECORDED, TriageState.CALCULATING, TriageState.COMPLETED]


def _staff_only(request) -> None:
    if not can_read_all_records(request.user):
        raise Http404


@login_required
def history(request):
    """The patient's own checks (staff: everyone's, filterable)."""
    records = triage_records_visible_to(user=request.user)
    staff = can_read_all_records(request.user)
    state = request.GET.get("state")
    disposition = request.GET.get("disposition")
    if staff and state in TriageState.values:
        records = records.filter(state=state)
    if staff and disposition in Disposition.values:
        records = records.filter(disposition=disposition)
    page = Paginator(records, 25).get_page(request.GET.get("page"))
    triage_records_audit_read(actor=request.user, records=page.object_list)
    for record in page.object_list:  # the complaint's label, never its code; the result's one wording
        record.complaint_label = complaint_label(record.answers.get("complaint", ""))
        record.disposition_words = disposition_words(record.disposition) if record.disposition else ""
    return render(
        request,
        "triage/history.html",
        {
            "page": page,
            "staff": staff,
            "states": TriageState.choices,
            "dispositions": Disposition.choices,
            "state": state,
            "disposition": disposition,
        },
    )


@login_required
def start(request):
    """The questionnaire. It is rendered in the browser from the same catalogue the API serves.

    Like NHS 111 online, it first asks whom the check is for when the patient has added people they
    care for (?for=me or ?for=<dependant id>); a re-check (?from=<record>) keeps the earlier person.
    """
    if not request.user.has_role("patient") or not hasattr(request.user, "patient_profile"):
        messages.warning(request, _("Only patients can start a symptom check."))
        return redirect("home")
    prefill = None
    dependant = None
    chosen = request.GET.get("for", "")
    if request.GET.get("from", "").isdigit() and len(request.GET["from"]) < 19:
        earlier = triage_records_visible_to(user=request.user).filter(pk=int(request.GET["from"])).first()
        if earlier is not None:
            prefill = {"record_id": earlier.pk, "answers": earlier.answers}
            dependant, chosen = earlier.dependant, "me"
    people = list(dependants_of(user=request.user))
    if chosen.isdigit() and len(chosen) < 19:
        dependant = next((p for p in people if p.pk == int(chosen)), None)
        if dependant is None:
            raise Http404("No such person in your account.")
    elif chosen != "me" and people:
        return render(request, "triage/who_for.html", {"people": people})
    person = dependant or request.user.patient_profile
    return render(
        request,
        "triage/questionnaire.html",
        {
            "catalogue": page_catalogue(),
            "patient_context": {
                "age_years": round(person.age_years(), 2),
                "sex": person.sex,
                "dependant": dependant.pk if dependant else None,
                "name": dependant.full_name if dependant else "",
            },
            "dependant": dependant,
            "prefill": prefill,
        },
    )


@login_required
def record_detail(request, record_id: int):
    """Progress while calculating, then the result in plain language; staff also see the override form."""
    try:
        record = triage_record_detail(user=request.user, record_id=record_id)
    except DomainError as exc:
        raise Http404 from exc
    triage_records_audit_read(actor=request.user, records=[record])
    staff = can_read_all_records(request.user)
    result = triage_record_current_result(record)
    complaint = engine.complaint_by_code(record.answers.get("complaint", ""))
    return render(
        request,
        "triage/record.html",
        {
            "record": record,
            "result": result,
            "staff": staff,
            "complaint": complaint,
            "answers": answers_in_words(record.answers) if staff else [],
            "steps": PROGRESS_STEPS,
            "step_index": PROGRESS_STEPS.index(record.state) if record.state in PROGRESS_STEPS else None,
            "copy": disposition_copy(result.disposition) if result else None,
            "reasons": (result.reasons if staff else reasons_for_patient(result)) if result else [],
            "next_steps": result_next_steps(disposition=result.disposition, record_id=record.pk)
            if result and not staff
            else [],
            "override_form": OverrideForm(initial={"acuity": record.acuity, "disposition": record.disposition})
            if staff and record.state == TriageState.COMPLETED
            else None,
        },
    )


@login_required
@require_POST
def record_override(request, record_id: int):
    _staff_only(request)
    form = OverrideForm(request.POST)
    if form.is_valid():
        try:
            triage_record_override(record_id=record_id, actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The result was changed. The patient sees the new result and is emailed."))
    else:
        messages.error(request, _("Give an acuity, a disposition and a reason."))
    return redirect("triage:record", record_id=record_id)


@login_required
def disagreements(request):
    """Shadow-ruleset disagreements for clinicians to review before a promotion."""
    _staff_only(request)
    page = Paginator(triage_shadow_disagreements(), 25).get_page(request.GET.get("page"))
    triage_records_audit_read(actor=request.user, records=[row.record for row in page.object_list])
    return render(request, "triage/disagreements.html", {"page": page})
