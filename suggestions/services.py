"""Every write of the suggestions app: one function per use case, one transaction each.

`recommendation_build` is the client of the Abstract Factory: it depends only on the
`RecommendationFactory` interface and the registry (suggestions.registry.factory_for),
never on a concrete factory, so a new kind of recommendation plugs in without a change
here. It runs when a triage record gets a new current result (suggestions.receivers, on
the commit of the triage transaction) and lazily when a patient opens a record whose
recommendation is missing or stale.

Concurrency: the receiver and a page view may build the same record at once. Builds of
one record are serialised by a PostgreSQL advisory transaction lock keyed on the record
(no other app's row is locked), and the database backs it: one recommendation per
result version, one current per record. Lock order everywhere: the record's advisory
lock, then the recommendation row, then its interaction rows.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_fsm import can_proceed
from prometheus_client import Counter

from healthsvc.errors import Conflict, Invalid, NotFound
from healthsvc.models import User
from healthsvc.services import audit_record, audit_staff_read
from suggestions import content_data
from suggestions.choices import STATE_IN_SENTENCE, ContentOrigin, InteractionState, Response
from suggestions.factories import OfferedAction, PatientContext, RecommendationContext, RecommendationFamily
from suggestions.models import Interaction, InteractionTransition, Recommendation, SuggestionContent
from suggestions.registry import factory_for
from suggestions.selectors import (
    SuggestionSource,
    can_read_all_recommendations,
    recommendation_current_of_record,
    suggestion_content_for,
    suggestion_source,
)
from triage import engine
from triage.choices import STATE_IN_SENTENCE as RECORD_STATE_IN_SENTENCE
from triage.choices import Disposition
from triage.selectors import triage_record_current_result, triage_record_visible_to

logger = logging.getLogger(__name__)

suggestions_built_total = Counter(
    "healthsvc_suggestions_built_total", "Recommendations built, by kind of recommendation.", ["kind"]
)
suggestion_responses_total = Counter(
    "healthsvc_suggestion_responses_total", "Patients' responses to offered next actions.", ["kind", "response"]
)

# First key of the two-key advisory lock: "suggestions builds" (the second is the record id).
_BUILD_LOCK_NAMESPACE = 0x5_06_06
MAX_CONTEXT_ITEMS = 50


def _lock_builds_of(record_id: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [_BUILD_LOCK_NAMESPACE, record_id % 2**31])


def _log_transition(interaction: Interaction, *, from_state: str, actor: User | None, note: str = "") -> None:
    InteractionTransition.objects.create(
        interaction=interaction, from_state=from_state, to_state=interaction.state, actor=actor, note=note
    )


def _context_for(source: SuggestionSource, patient: PatientContext) -> RecommendationContext:
    result = source.result
    return RecommendationContext(
        record_id=source.record.pk,
        patient_id=source.record.patient_id,
        disposition=result.disposition,
        acuity=result.acuity,
        complaint_code=source.complaint_code,
        complaint_label=source.complaint_label,
        age_years=source.age_years,
        sex=source.sex,
        pregnant=source.pregnant,
        content=suggestion_content_for(complaint_code=source.complaint_code, disposition=result.disposition),
        emergency_number=settings.EMERGENCY_PHONE_NUMBER,
        escalation_advice=tuple(result.escalation_advice or ()),
        patient=patient,
    )


def _build_family(source: SuggestionSource, patient: PatientContext) -> RecommendationFamily:
    factory = factory_for(source.result.disposition)
    return factory.build(_context_for(source, patient))


def _fields_of(family: RecommendationFamily) -> dict:
    suggestion = family.suggestion
    return {
        "factory_key": family.kind,
        "headline": suggestion.headline[:300],
        "summary": suggestion.summary,
        "urgency": suggestion.urgency[:200],
        "tone": suggestion.tone,
        "details": family.details.as_dict(),
    }


def _withdraw(interaction: Interaction, note: str) -> None:
    from_state = interaction.state
    interaction.withdraw()
    interaction.save()
    _log_transition(interaction, from_state=from_state, actor=None, note=note)


def _offer(recommendation: Recommendation, actions: tuple[OfferedAction, ...], *, start: int = 0) -> list[Interaction]:
    offered = Interaction.objects.bulk_create(
        Interaction(
            recommendation=recommendation,
            kind=action.kind,
            label=action.label[:200],
            target_url=action.url[:500],
            style=action.style,
            subject=action.subject[:100],
            position=start + index,
        )
        for index, action in enumerate(actions)
    )
    InteractionTransition.objects.bulk_create(
        InteractionTransition(interaction=interaction, from_state="", to_state=InteractionState.OFFERED)
        for interaction in offered
    )
    return offered


def recommendation_build(*, record_id: int) -> Recommendation | None:
    """Build the recommendation for the record's current result; idempotent.

    Returns the current recommendation, or None when the record is not completed (or
    unknown). When the current result changed (a clinician override), the old
    recommendation stops being current and its open offers are withdrawn, and the patient
    context they gave for medicines is carried over, all in one transaction.
    """
    with transaction.atomic():
        _lock_builds_of(record_id)
        source = suggestion_source(record_id=record_id)
        if source is None:
            return None
        current = Recommendation.objects.select_for_update().filter(record_id=record_id, is_current=True).first()
        if current is not None and current.result_id == source.result.pk:
            return current
        patient = PatientContext.from_dict(current.patient_context) if current is not None else PatientContext()
        try:
            family = _build_family(source, patient)
        except Invalid:
            # The stored context no longer passes the medicine check (its vocabulary changed):
            # build without it rather than leave the patient with no advice.
            logger.warning("patient context of record %s rejected; rebuilding without it", record_id)
            patient = PatientContext()
            family = _build_family(source, patient)
        if current is not None:
            current.is_current = False
            current.superseded_at = timezone.now()
            current.save(update_fields=["is_current", "superseded_at"])
            open_offers = current.interactions.select_for_update().filter(
                state__in=[InteractionState.OFFERED, InteractionState.ACCEPTED]
            )
            for interaction in open_offers:
                _withdraw(interaction, "replaced by a newer recommendation")
        recommendation = Recommendation.objects.create(
            record=source.record,
            result=source.result,
            patient_id=source.record.patient_id,
            disposition=source.result.disposition,
            complaint_code=source.complaint_code,
            patient_context=patient.as_dict(),
            **_fields_of(family),
        )
        _offer(recommendation, family.interactions.actions)
        kind = family.kind
        transaction.on_commit(lambda: suggestions_built_total.labels(kind=kind).inc())
        return recommendation


def recommendation_current_for(*, actor: User, record_id: int) -> Recommendation:
    """The record's current recommendation for someone allowed to read the record.

    Builds it when missing or stale (the on-commit build failed or has not run yet).
    Raises NotFound for a record the actor may not read (another patient's), Conflict
    while the triage result is not ready. Staff reads are audited.
    """
    record = triage_record_visible_to(user=actor, record_id=record_id)
    if record.state != "completed":
        raise Conflict(
            "result_not_ready",
            _("The triage result is not ready: the record is %(state)s.")
            % {"state": RECORD_STATE_IN_SENTENCE.get(record.state, record.state)},
            current_state=record.state,
        )
    recommendation = recommendation_current_of_record(record_id=record_id)
    result = triage_record_current_result(record)
    if recommendation is None or (result is not None and recommendation.result_id != result.pk):
        recommendation_build(record_id=record_id)
        recommendation = recommendation_current_of_record(record_id=record_id)
    if recommendation is None:
        raise Conflict("result_not_ready", _("The triage result is not ready."), current_state=record.state)
    recommendations_audit_read(actor=actor, recommendations=[recommendation])
    return recommendation


def _clean_terms(values, name: str, errors: dict) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str) or not isinstance(values, list | tuple):
        errors[name] = [_("Must be a list of strings.")]
        return ()
    if len(values) > MAX_CONTEXT_ITEMS:
        errors[name] = [_("At most %(count)s items.") % {"count": MAX_CONTEXT_ITEMS}]
        return ()
    if any(not isinstance(value, str) or len(value) > 100 for value in values):
        errors[name] = [_("Each item must be a string of at most 100 characters.")]
        return ()
    return tuple(dict.fromkeys(value.strip() for value in values if value.strip()))


def recommendation_medicines_refresh(
    *,
    record_id: int,
    actor: User,
    allergies: list[str] | None = None,
    conditions: list[str] | None = None,
    current_medicines: list[str] | None = None,
    breastfeeding: bool | None = None,
) -> Recommendation:
    """Re-check the medicines of the record's current recommendation against what the patient told us.

    Only the record's patient may do this (anyone else gets NotFound). The family is rebuilt
    with the new context; offers that still hold keep their state, offers that no longer
    hold (a medicine now excluded) are withdrawn, new ones are offered. Raises Invalid
    (fields per argument) for an allergy or condition the medicine app does not know.
    """
    errors: dict[str, list[str]] = {}
    patient = PatientContext(
        allergies=_clean_terms(allergies, "allergies", errors),
        conditions=_clean_terms(conditions, "conditions", errors),
        current_medicines=_clean_terms(current_medicines, "current_medicines", errors),
        breastfeeding=breastfeeding if isinstance(breastfeeding, bool) else None,
    )
    if breastfeeding is not None and not isinstance(breastfeeding, bool):
        errors["breastfeeding"] = [_("Must be true, false or null.")]
    if errors:
        raise Invalid(fields=errors)
    with transaction.atomic():
        _lock_builds_of(record_id)
        source = suggestion_source(record_id=record_id)
        if source is None or source.record.patient_id != actor.pk:
            # Someone else's record, or not completed: the same answer, so ids cannot be probed.
            raise NotFound(message=_("No suggestions for that record."))
        recommendation_build(record_id=record_id)  # make sure the current one exists (the lock is re-entrant)
        recommendation = Recommendation.objects.select_for_update().get(record_id=record_id, is_current=True)
        family = _build_family(source, patient)
        for name, value in _fields_of(family).items():
            setattr(recommendation, name, value)
        recommendation.patient_context = patient.as_dict()
        recommendation.save()
        _reconcile_offers(recommendation, family.interactions.actions)
    return recommendation


def _reconcile_offers(recommendation: Recommendation, actions: tuple[OfferedAction, ...]) -> None:
    """Keep offers that still hold (and their state), withdraw open ones that do not, add new ones."""
    existing = list(recommendation.interactions.select_for_update().order_by("position"))
    by_key = {(row.kind, row.target_url): row for row in existing if row.state != InteractionState.WITHDRAWN}
    kept, new = set(), []
    position = 0
    for action in actions:
        row = by_key.get((action.kind, action.url))
        if row is None:
            new.append((position, action))
        else:
            kept.add(row.pk)
            row.label, row.style, row.subject, row.position = action.label[:200], action.style, action.subject, position
            row.save(update_fields=["label", "style", "subject", "position"])
        position += 1
    for row in existing:
        if row.pk in kept:
            continue
        if row.state in (InteractionState.OFFERED, InteractionState.ACCEPTED):
            _withdraw(row, "no longer suits the patient")
        row.position = position  # past offers go after the current ones
        row.save(update_fields=["position"])
        position += 1
    for index, action in new:
        _offer(recommendation, (action,), start=index)


def recommendations_audit_read(*, actor: User, recommendations) -> None:
    """Staff reads of patients' suggestions are audited; a patient reading their own is not."""
    others = [rec for rec in recommendations if rec.patient_id != actor.pk]
    if others and can_read_all_recommendations(actor):
        audit_staff_read(
            actor=actor,
            object_type="recommendation",
            object_ids=[rec.pk for rec in others],
            patient_ids=[rec.patient_id for rec in others],
        )


# --- The patient's responses ----------------------------------------------------------------


@transaction.atomic
def interaction_respond(*, interaction_id: int, actor: User, response: str) -> Interaction:
    """Record the patient's response to one of their offers: accept, dismiss or complete.

    Only the patient the offer was made to may respond (anyone else gets NotFound). An
    illegal transition, or an offer whose recommendation was replaced, is a Conflict that
    names the current state.
    """
    if response not in Response.values:
        raise Invalid(
            message=_("Unknown response."),
            fields={"response": [_("Use one of: %(values)s.") % {"values": ", ".join(Response.values)}]},
        )
    recommendation_id = (
        Interaction.objects.filter(pk=interaction_id, recommendation__patient_id=actor.pk)
        .values_list("recommendation_id", flat=True)
        .first()
    )
    if recommendation_id is None:
        raise NotFound(message=_("No such suggestion."))
    recommendation = Recommendation.objects.select_for_update().get(pk=recommendation_id)
    interaction = Interaction.objects.select_for_update().get(pk=interaction_id)
    if not recommendation.is_current:
        raise Conflict(
            "recommendation_superseded",
            _("These suggestions were replaced by newer ones after your result was reviewed."),
            current_state=interaction.state,
        )
    transition = getattr(interaction, response)
    if not can_proceed(transition):
        raise Conflict(
            "illegal_transition",
            {
                "accept": _("Cannot accept a suggestion that is %(state)s."),
                "dismiss": _("Cannot dismiss a suggestion that is %(state)s."),
                "complete": _("Cannot complete a suggestion that is %(state)s."),
            }[response]
            % {"state": STATE_IN_SENTENCE.get(interaction.state, interaction.state)},
            current_state=interaction.state,
        )
    from_state = interaction.state
    transition()
    interaction.save()
    _log_transition(interaction, from_state=from_state, actor=actor)
    kind = interaction.kind
    transaction.on_commit(lambda: suggestion_responses_total.labels(kind=kind, response=response).inc())
    return interaction


def interaction_accept(*, interaction_id: int, actor: User) -> Interaction:
    return interaction_respond(interaction_id=interaction_id, actor=actor, response=Response.ACCEPT)


def interaction_dismiss(*, interaction_id: int, actor: User) -> Interaction:
    return interaction_respond(interaction_id=interaction_id, actor=actor, response=Response.DISMISS)


def interaction_complete(*, interaction_id: int, actor: User) -> Interaction:
    return interaction_respond(interaction_id=interaction_id, actor=actor, response=Response.COMPLETE)


# --- Content ----------------------------------------------------------------------------------


def content_validate(*, complaint_code: str, disposition: str, care_instructions, warning_signs, source: str) -> None:
    """Raise Invalid (per field) for content that could not be shown correctly."""
    errors: dict[str, list[str]] = {}
    if complaint_code and engine.complaint_by_code(complaint_code) is None:
        errors["complaint_code"] = [_("Not a complaint code of the triage questionnaire (leave blank for any).")]
    if disposition not in Disposition.values:
        errors["disposition"] = [_("Unknown disposition.")]
    for name, value in (("care_instructions", care_instructions), ("warning_signs", warning_signs)):
        if not isinstance(value, list) or any(not isinstance(item, str) or not item.strip() for item in value):
            errors[name] = [_("Must be a list of non-empty texts.")]
    if not (source or "").strip():
        errors["source"] = [_("Say where the advice comes from.")]
    if errors:
        raise Invalid(message=_("The content is not valid."), fields=errors)


@transaction.atomic
def suggestion_content_save(*, content: SuggestionContent, actor: User) -> SuggestionContent:
    """Save content edited by staff (the admin). An edited row is never overwritten by a seed load."""
    content_validate(
        complaint_code=content.complaint_code,
        disposition=content.disposition,
        care_instructions=content.care_instructions,
        warning_signs=content.warning_signs,
        source=content.source,
    )
    content.origin = ContentOrigin.EDITED
    content.updated_by = actor
    content.updated_at = timezone.now()
    content.save()
    audit_record(
        actor=actor,
        action="suggestions.content_save",
        object_type="suggestion_content",
        object_id=content.pk,
        details={"complaint_code": content.complaint_code, "disposition": content.disposition},
    )
    return content


@transaction.atomic
def content_load(*, apps=None, strict: bool = False) -> dict[str, int]:
    """Load content_data into SuggestionContent; idempotent. Returns counts created/updated/kept.

    Rows still as seeded are updated to the current data; rows staff edited are kept as
    they are. `apps` is a migration's historical registry (the data migration passes it).
    With strict=False (migrations) a catalogue complaint without content is skipped rather
    than failing the migration; the test suite checks coverage strictly.
    """
    from django.apps import apps as global_apps

    model = (apps or global_apps).get_model("suggestions", "SuggestionContent")
    rows = content_data.content_rows(engine.catalogue_as_dict()["complaints"], strict=strict)
    counts = {"created": 0, "updated": 0, "kept": 0}
    fields = ("headline", "summary", "care_instructions", "warning_signs", "source", "source_url")
    for row in rows:
        existing = model.objects.filter(complaint_code=row["complaint_code"], disposition=row["disposition"]).first()
        if existing is None:
            model.objects.create(**row, origin=ContentOrigin.SEED)
            counts["created"] += 1
            continue
        if existing.origin != ContentOrigin.SEED:
            counts["kept"] += 1
            continue
        changed = [name for name in fields if getattr(existing, name) != row[name]]
        if changed:
            for name in changed:
                setattr(existing, name, row[name])
            existing.updated_at = timezone.now()
            existing.save(update_fields=[*changed, "updated_at"])
            counts["updated"] += 1
    return counts


__all__ = [
    "content_load",
    "content_validate",
    "interaction_accept",
    "interaction_complete",
    "interaction_dismiss",
    "interaction_respond",
    "recommendation_build",
    "recommendation_current_for",
    "recommendation_medicines_refresh",
    "recommendations_audit_read",
    "suggestion_content_save",
]
