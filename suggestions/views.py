"""Suggestions pages: the patient's next steps after a triage result, and their list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from healthsvc.data_text import data_text
from healthsvc.errors import Conflict, Invalid, NotFound
from suggestions.choices import InteractionState, Response
from suggestions.forms import MedicineContextForm
from suggestions.selectors import interaction_of_patient, recommendations_visible_to
from suggestions.services import (
    interaction_respond,
    recommendation_current_for,
    recommendation_medicines_refresh,
    recommendations_audit_read,
)
from triage import engine

PAGE_SIZE = 25


@require_GET
@login_required
def recommendation_list(request):
    """The patient's recommendations, newest first (staff: everyone's, audited)."""
    queryset = recommendations_visible_to(user=request.user)
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    recommendations_audit_read(actor=request.user, recommendations=page.object_list)
    for recommendation in page.object_list:
        complaint = engine.complaint_by_code(recommendation.complaint_code) if recommendation.complaint_code else None
        recommendation.complaint_label = data_text(complaint.label) if complaint is not None else ""
    return render(request, "suggestions/list.html", {"page": page})


@require_GET
@login_required
def record_next_steps(request, record_id: int):
    """The next steps for one result: advice, medicines to consider, warning signs and actions."""
    try:
        recommendation = recommendation_current_for(actor=request.user, record_id=record_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except Conflict:
        messages.info(request, _("Your result is not ready yet. This page shows its progress."))
        return redirect("triage:record", record_id=record_id)
    owner = recommendation.patient_id == request.user.pk
    interactions = [item for item in recommendation.interactions.all() if item.state != InteractionState.WITHDRAWN]
    complaint = engine.complaint_by_code(recommendation.complaint_code) if recommendation.complaint_code else None
    return render(
        request,
        "suggestions/record.html",
        {
            "recommendation": recommendation,
            "details": recommendation.details,
            "complaint": complaint,
            "interactions": interactions,
            "owner": owner,
            "medicine_form": MedicineContextForm(
                initial=MedicineContextForm.initial_from(recommendation.patient_context)
            )
            if owner and recommendation.details.get("offers_medicines")
            else None,
        },
    )


def _local(url: str, request) -> bool:
    return url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()})


@require_POST
@login_required
def interaction_respond_page(request, interaction_id: int, response: str):
    """Record the patient's response, then go where the action leads (accept) or back to the page."""
    if response not in Response.values:
        raise Http404
    try:
        interaction = interaction_of_patient(interaction_id=interaction_id, patient=request.user)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    back = redirect("suggestions:record", record_id=interaction.recommendation.record_id)
    try:
        interaction = interaction_respond(interaction_id=interaction_id, actor=request.user, response=response)
    except Conflict as exc:
        messages.warning(request, exc.message)
        return back
    if response == Response.ACCEPT and _local(interaction.target_url, request):
        return redirect(interaction.target_url)
    if response == Response.DISMISS:
        messages.info(request, _("Noted: not now for “%(action)s”.") % {"action": data_text(interaction.label)})
    elif response == Response.COMPLETE:
        messages.success(request, _("Marked as done: “%(action)s”.") % {"action": data_text(interaction.label)})
    return back


@require_POST
@login_required
def medicines_refresh(request, record_id: int):
    """Re-check the medicines to consider with the patient's allergies, conditions and medicines."""
    form = MedicineContextForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Some answers were not valid; nothing was changed."))
        return redirect("suggestions:record", record_id=record_id)
    try:
        recommendation_medicines_refresh(record_id=record_id, actor=request.user, **form.patient_context())
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except Invalid as exc:
        problems = "; ".join(message for messages_ in exc.fields.values() for message in messages_) or exc.message
        messages.error(request, _("We could not check that: %(problems)s") % {"problems": problems})
    else:
        messages.success(request, _("Thank you. The medicines below were checked against what you told us."))
    return redirect("suggestions:record", record_id=record_id)
