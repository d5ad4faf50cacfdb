"""Reads of the suggestions app. Patients see only their own; staff reads are audited by the caller."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from healthsvc.errors import NotFound
from healthsvc.models import User
from suggestions import content_data
from suggestions.factories import ContentBlock, OfferedAction, Source
from suggestions.models import Interaction, Recommendation, SuggestionContent
from suggestions.registry import factory_for
from triage import engine
from triage.models import TriageRecord, TriageResult
from triage.selectors import can_read_all_records, triage_record_current_result


def can_read_all_recommendations(user: User) -> bool:
    """Staff who read triage records (nurses, clinicians, administrators) read their suggestions too."""
    return can_read_all_records(user)


# --- Content -------------------------------------------------------------------------------------


def _fill(text: str) -> str:
    return text.replace("{emergency_number}", settings.EMERGENCY_PHONE_NUMBER)


def suggestion_content_for(*, complaint_code: str, disposition: str) -> ContentBlock:
    """The advice for a complaint and disposition (one query).

    The complaint's own row gives the care instructions and its warning signs; its blank
    headline or summary falls back to the any-complaint row of the disposition, whose
    warning signs are always added after the complaint's (`complaint_specific` says
    whether the complaint had its own). Without any row (a fresh
    database, a deleted row) the seed data in content_data.GENERIC is used, so a patient
    always gets advice.
    """
    rows = {
        row.complaint_code: row
        for row in SuggestionContent.objects.filter(disposition=disposition, complaint_code__in={complaint_code, ""})
    }
    specific = rows.get(complaint_code) if complaint_code else None
    generic = rows.get("")
    if generic is None and disposition in content_data.GENERIC:
        seed = content_data.GENERIC[disposition]
        generic = SuggestionContent(
            complaint_code="",
            disposition=disposition,
            headline=seed.headline,
            summary=seed.summary,
            care_instructions=list(seed.care),
            warning_signs=list(seed.warning_signs),
            source=seed.source,
            source_url=seed.url,
        )
    layers = [row for row in (specific, generic) if row is not None]
    if not layers:
        return ContentBlock(headline="", summary="", care_instructions=(), warning_signs=(), sources=())
    headline = next((row.headline for row in layers if row.headline), "")
    summary = next((row.summary for row in layers if row.summary), "")
    care = next((row.care_instructions for row in layers if row.care_instructions), [])
    warnings: list[str] = []
    for row in layers:
        warnings.extend(sign for sign in row.warning_signs if sign not in warnings)
    sources = tuple(dict.fromkeys(Source(row.source, row.source_url) for row in layers if row.source))
    return ContentBlock(
        headline=_fill(headline),
        summary=_fill(summary),
        care_instructions=tuple(_fill(text) for text in care),
        warning_signs=tuple(_fill(text) for text in warnings),
        sources=sources,
        complaint_specific=bool(specific is not None and specific.warning_signs),
    )


def result_next_steps(*, disposition: str, record_id: int) -> list[OfferedAction]:
    """The links the triage result page offers beside a result, in order (no query).

    The disposition's factory decides them (RecommendationFactory.create_result_links), so the
    branches a result leads to are chosen in one place and triage names no other app's page.
    Render each with `display_label`, the label in the page's language.
    """
    factory = factory_for(disposition)
    return list(factory.create_result_links(record_id=record_id, emergency_number=settings.EMERGENCY_PHONE_NUMBER))


def suggestion_contents(*, query: str = "", disposition: str = "") -> QuerySet[SuggestionContent]:
    contents = SuggestionContent.objects.all()
    if disposition:
        contents = contents.filter(disposition=disposition)
    if query:
        contents = contents.filter(complaint_code__icontains=query)
    return contents


# --- The triage record a recommendation is built from ------------------------------------------


@dataclass(frozen=True)
class SuggestionSource:
    """A completed triage record and its current result: what a recommendation is built from."""

    record: TriageRecord
    result: TriageResult

    @property
    def complaint_code(self) -> str:
        return str(self.record.answers.get("complaint") or "")

    @property
    def complaint_label(self) -> str:
        complaint = engine.complaint_by_code(self.complaint_code) if self.complaint_code else None
        return complaint.label if complaint is not None else ""

    @property
    def age_years(self) -> float:
        return float(self.record.answers.get("age_years") or 0)

    @property
    def sex(self) -> str:
        return str(self.record.answers.get("sex") or "")

    @property
    def pregnant(self) -> bool | None:
        return self.record.answers.get("pregnant")


def suggestion_source(*, record_id: int) -> SuggestionSource | None:
    """The completed record with its current result, or None (unknown, not completed, no result)."""
    record = TriageRecord.objects.filter(pk=record_id, state="completed").first()
    if record is None:
        return None
    result = triage_record_current_result(record)
    return SuggestionSource(record=record, result=result) if result is not None else None


# --- Recommendations -----------------------------------------------------------------------------


def _with_interactions(queryset: QuerySet[Recommendation]) -> QuerySet[Recommendation]:
    return queryset.prefetch_related(Prefetch("interactions", queryset=Interaction.objects.order_by("position")))


def recommendations_visible_to(*, user: User) -> QuerySet[Recommendation]:
    """The user's own recommendations, or everyone's for staff who read triage records."""
    queryset = Recommendation.objects.all()
    if not can_read_all_recommendations(user):
        queryset = queryset.filter(patient=user)
    return _with_interactions(queryset.select_related("patient"))


def recommendation_current_of_record(*, record_id: int) -> Recommendation | None:
    return _with_interactions(Recommendation.objects.filter(record_id=record_id, is_current=True)).first()


def interaction_of_patient(*, interaction_id: int, patient: User) -> Interaction:
    """The patient's own interaction, or NotFound (also when it is someone else's)."""
    interaction = (
        Interaction.objects.select_related("recommendation")
        .filter(pk=interaction_id, recommendation__patient=patient)
        .first()
    )
    if interaction is None:
        raise NotFound(message=_("No such suggestion."))
    return interaction
