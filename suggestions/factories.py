"""Recommendations, built through an Abstract Factory.

A health recommendation is a family of three related products:

- `Suggestion`: the headline advice, how soon to act, and the page's tone;
- `Details`: care instructions, medicines to consider (and those left out, with the
  medicine app's reasons), and the warning signs that mean "get help";
- `Interactions`: the next actions offered to the patient.

`RecommendationFactory` declares one `create_` method per product. Each concrete factory
makes a family that belongs together for one disposition: the emergency-services family
says "call now" and offers only the call (never a queue); the self-care family gives home
care, medicines and a re-check. `build()` assembles the three and refuses a mixed family.

Each factory also says which links the triage result page shows beside the result
(`create_result_links`): the factories are the one place that decides which branches a
result offers, and in which order. `triage` only renders them
(suggestions.selectors.result_next_steps), so it names no other app's page.

Client code (suggestions.services) never names a concrete factory: it asks the registry
(suggestions.registry) for the factory of a disposition and talks to this interface. A new
kind of recommendation is a new subclass decorated with `@register(...)`; nothing else
changes (docs/suggestions.md).

Factories are pure apart from the medicine lookup, which the context does lazily and at
most once, so families that offer no medicine cost no medicine query.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from django.urls import reverse
from django.utils.translation import gettext, gettext_noop

from healthsvc.data_text import data_text
from suggestions.choices import ActionKind
from suggestions.medicine_port import ExcludedMedicine, MedicineAdvice, MedicineOption, medicines_to_consider
from suggestions.registry import register

# --- Inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PatientContext:
    """What the patient told us for the medicine check (none by default)."""

    allergies: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    current_medicines: tuple[str, ...] = ()
    breastfeeding: bool | None = None

    def as_dict(self) -> dict:
        return {
            "allergies": list(self.allergies),
            "conditions": list(self.conditions),
            "current_medicines": list(self.current_medicines),
            "breastfeeding": self.breastfeeding,
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> PatientContext:
        data = data or {}
        return cls(
            allergies=tuple(data.get("allergies") or ()),
            conditions=tuple(data.get("conditions") or ()),
            current_medicines=tuple(data.get("current_medicines") or ()),
            breastfeeding=data.get("breastfeeding"),
        )

    @property
    def is_empty(self) -> bool:
        return self == PatientContext()


@dataclass(frozen=True)
class Source:
    title: str
    url: str = ""

    def as_dict(self) -> dict:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True)
class ContentBlock:
    """The editable advice for one complaint and disposition, already merged with the
    any-complaint fallback (suggestions.selectors.suggestion_content_for)."""

    headline: str
    summary: str
    care_instructions: tuple[str, ...]
    warning_signs: tuple[str, ...]
    sources: tuple[Source, ...]
    # True when the complaint has its own warning signs (written against its red-flag questions).
    complaint_specific: bool = False


@dataclass(frozen=True)
class RecommendationContext:
    """Everything a factory may use: the triage outcome, the patient, the content."""

    record_id: int
    patient_id: int
    disposition: str
    acuity: int | None
    complaint_code: str
    complaint_label: str
    age_years: float
    sex: str
    pregnant: bool | None
    content: ContentBlock
    emergency_number: str
    escalation_advice: tuple[str, ...] = ()
    patient: PatientContext = field(default_factory=PatientContext)
    medicine_lookup: Callable[..., MedicineAdvice] = field(default=medicines_to_consider, compare=False, repr=False)

    @cached_property
    def medicine_advice(self) -> MedicineAdvice:
        """The medicine app's judgement for this patient and complaint (asked once, when needed)."""
        return self.medicine_lookup(
            complaint_code=self.complaint_code,
            age_years=self.age_years,
            pregnant=self.pregnant,
            breastfeeding=self.patient.breastfeeding,
            allergies=self.patient.allergies,
            conditions=self.patient.conditions,
            current_medicines=self.patient.current_medicines,
        )


# --- Products ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    family: str
    headline: str
    summary: str
    urgency: str
    tone: str  # "error" | "warn" | "success"


@dataclass(frozen=True)
class Details:
    family: str
    care_heading: str
    care_instructions: tuple[str, ...]
    warning_signs: tuple[str, ...]
    sources: tuple[Source, ...]
    offers_medicines: bool = False
    medicines: tuple[MedicineOption, ...] = ()
    excluded_medicines: tuple[ExcludedMedicine, ...] = ()
    medicine_notes: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "care_heading": self.care_heading,
            "care_instructions": list(self.care_instructions),
            "warning_signs": list(self.warning_signs),
            "sources": [source.as_dict() for source in self.sources],
            "offers_medicines": self.offers_medicines,
            "medicines": [medicine.as_dict() for medicine in self.medicines],
            "excluded_medicines": [medicine.as_dict() for medicine in self.excluded_medicines],
            "medicine_notes": list(self.medicine_notes),
        }


@dataclass(frozen=True)
class OfferedAction:
    kind: str
    label: str  # in English, as the factory wrote it: display_label is the page's language
    url: str
    style: str = "button"  # "button", "button secondary", "button danger"
    subject: str = ""

    @property
    def display_label(self) -> str:
        return label_in_language(self.label)


@dataclass(frozen=True)
class Interactions:
    family: str
    actions: tuple[OfferedAction, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(action.kind for action in self.actions)


class InconsistentFamily(Exception):
    """A factory returned products of different families: a programming error."""


@dataclass(frozen=True)
class RecommendationFamily:
    suggestion: Suggestion
    details: Details
    interactions: Interactions

    def __post_init__(self) -> None:
        families = {self.suggestion.family, self.details.family, self.interactions.family}
        if len(families) != 1:
            raise InconsistentFamily(f"products of different families: {sorted(families)}")
        if not self.interactions.actions:
            raise InconsistentFamily(f"{self.kind}: a recommendation must offer at least one next action")

    @property
    def kind(self) -> str:
        return self.suggestion.family


# --- The interface -----------------------------------------------------------------------------


class RecommendationFactory(ABC):
    """Makes one family of recommendation products. `key` names the kind of recommendation."""

    key: ClassVar[str]

    @abstractmethod
    def create_suggestion(self, context: RecommendationContext) -> Suggestion: ...

    @abstractmethod
    def create_details(self, context: RecommendationContext) -> Details: ...

    @abstractmethod
    def create_interactions(self, context: RecommendationContext) -> Interactions: ...

    def create_result_links(self, *, record_id: int, emergency_number: str) -> tuple[OfferedAction, ...]:
        """The links the triage result page shows beside a result of this family, in order.

        Built from the record id alone (no content, no medicine query): the result page renders
        them on every view. By default the page leads to this family's own next steps.
        """
        return (advice_link(record_id),)

    def build(self, context: RecommendationContext) -> RecommendationFamily:
        return RecommendationFamily(
            suggestion=self.create_suggestion(context),
            details=self.create_details(context),
            interactions=self.create_interactions(context),
        )


# --- Where the next actions lead (other apps' pages, by URL name: a renamed page fails loudly) --


# Stored in English as written here; label_in_language shows them in the page's language.
CALL_LABEL = gettext_noop("Call %(number)s")
READ_MEDICINE_LABEL = gettext_noop("Read about %(medicine)s")


def label_in_language(label: str) -> str:
    """An action's label, stored as the factory wrote it (in English), in the page's language."""
    labels_with_a_value = ((CALL_LABEL, "number", str), (READ_MEDICINE_LABEL, "medicine", data_text))
    for template, key, translate_value in labels_with_a_value:
        prefix = template.split("%(")[0]
        if label.startswith(prefix):
            return gettext(template) % {key: translate_value(label.removeprefix(prefix))}
    return gettext(label)


def call_action(emergency_number: str) -> OfferedAction:
    label = CALL_LABEL % {"number": emergency_number}
    return OfferedAction(ActionKind.CALL_EMERGENCY_SERVICES, label, f"tel:{emergency_number}", "button danger")


def book_er_action(record_id: int, style: str = "button") -> OfferedAction:
    return OfferedAction(
        ActionKind.BOOK_ER,
        gettext_noop("Book a place in the ER queue"),
        f"{reverse('er_queue:book')}?record={record_id}",
        style,
    )


def contact_worker_action(record_id: int, style: str = "button") -> OfferedAction:
    return OfferedAction(
        ActionKind.CONTACT_WORKER,
        gettext_noop("Contact a health worker"),
        f"{reverse('workers:contact_new')}?record={record_id}",
        style,
    )


def recheck_action(record_id: int) -> OfferedAction:
    return OfferedAction(
        ActionKind.RECHECK_SYMPTOMS,
        gettext_noop("Check my symptoms again"),
        f"{reverse('triage:start')}?from={record_id}",
        "button secondary",
    )


def advice_link(record_id: int) -> OfferedAction:
    """This app's page of the record's recommendation (only ever a result-page link)."""
    return OfferedAction(
        ActionKind.READ_ADVICE,
        gettext_noop("Your next steps and advice"),
        reverse("suggestions:record", args=[record_id]),
        "button secondary",
    )


def medicine_information_link() -> OfferedAction:
    return OfferedAction(
        ActionKind.MEDICINE_INFORMATION,
        gettext_noop("Medicine information"),
        reverse("medicine:list"),
        "button secondary",
    )


def read_medicine_actions(medicines: tuple[MedicineOption, ...], limit: int) -> list[OfferedAction]:
    return [
        OfferedAction(
            ActionKind.READ_MEDICINE,
            READ_MEDICINE_LABEL % {"medicine": medicine.name},
            medicine.url,
            "button secondary",
            medicine.slug,
        )
        for medicine in medicines[:limit]
    ]


# --- Shared behaviour of the built-in families -------------------------------------------------


class ContentBackedFactory(RecommendationFactory):
    """Builds the suggestion and details from the editable content (still abstract)."""

    urgency: ClassVar[str]
    tone: ClassVar[str]
    care_heading: ClassVar[str] = gettext_noop("What you can do")

    def create_suggestion(self, context: RecommendationContext) -> Suggestion:
        content = context.content
        return Suggestion(self.key, content.headline, content.summary, self.urgency, self.tone)

    def warning_signs(self, context: RecommendationContext) -> tuple[str, ...]:
        """The content's warning signs; without complaint-specific ones, the triage result's own
        escalation advice too (the generic signs alone would say too little)."""
        signs = list(context.content.warning_signs)
        if not context.content.complaint_specific:
            signs.extend(advice for advice in context.escalation_advice if advice not in signs)
        return tuple(signs)

    def details_without_medicines(self, context: RecommendationContext, note: str) -> Details:
        return Details(
            family=self.key,
            care_heading=self.care_heading,
            care_instructions=context.content.care_instructions,
            warning_signs=self.warning_signs(context),
            sources=context.content.sources,
            offers_medicines=False,
            medicine_notes=(note,),
        )

    def details_with_medicines(self, context: RecommendationContext, lead_note: str = "") -> Details:
        advice = context.medicine_advice
        notes = ((lead_note,) if lead_note else ()) + advice.notes
        return Details(
            family=self.key,
            care_heading=self.care_heading,
            care_instructions=context.content.care_instructions,
            warning_signs=self.warning_signs(context),
            sources=context.content.sources,
            offers_medicines=True,
            medicines=advice.suitable,
            excluded_medicines=advice.excluded,
            medicine_notes=notes,
        )


NOT_BEFORE_ASSESSMENT = gettext_noop(
    "We do not suggest medicines before a clinician has assessed you. Keep taking your usual medicines and take "
    "them, or a list of them, with you."
)


@register("self_care")
class SelfCareFactory(ContentBackedFactory):
    """Manage at home: advice, medicines that suit the patient, and a re-check."""

    key = "self_care"
    urgency = gettext_noop("No appointment needed now.")
    tone = "success"
    care_heading = gettext_noop("What you can do at home")

    def create_details(self, context: RecommendationContext) -> Details:
        return self.details_with_medicines(context)

    def create_interactions(self, context: RecommendationContext) -> Interactions:
        actions = [*read_medicine_actions(context.medicine_advice.suitable, limit=3), recheck_action(context.record_id)]
        return Interactions(self.key, tuple(actions))

    def create_result_links(self, *, record_id: int, emergency_number: str) -> tuple[OfferedAction, ...]:
        return (advice_link(record_id), medicine_information_link(), recheck_action(record_id))


@register("routine")
class RoutineFactory(ContentBackedFactory):
    """See a clinician within about a week: contact a worker; relief meanwhile."""

    key = "routine"
    urgency = gettext_noop("Within about a week.")
    tone = "warn"
    care_heading = gettext_noop("Until your appointment")

    def create_details(self, context: RecommendationContext) -> Details:
        return self.details_with_medicines(
            context, gettext_noop("These may ease symptoms while you wait. They do not replace the appointment.")
        )

    def create_interactions(self, context: RecommendationContext) -> Interactions:
        actions = [
            contact_worker_action(context.record_id),
            *read_medicine_actions(context.medicine_advice.suitable, limit=2),
            recheck_action(context.record_id),
        ]
        return Interactions(self.key, tuple(actions))

    def create_result_links(self, *, record_id: int, emergency_number: str) -> tuple[OfferedAction, ...]:
        return (contact_worker_action(record_id), advice_link(record_id), recheck_action(record_id))


@register("urgent")
class UrgentFactory(ContentBackedFactory):
    """See a clinician within about 24 hours: contact a worker first; the ER is allowed."""

    key = "urgent"
    urgency = gettext_noop("Within about 24 hours: today if you can.")
    tone = "warn"
    care_heading = gettext_noop("What to do now")

    def create_details(self, context: RecommendationContext) -> Details:
        return self.details_without_medicines(context, NOT_BEFORE_ASSESSMENT)

    def create_interactions(self, context: RecommendationContext) -> Interactions:
        actions = (
            contact_worker_action(context.record_id),
            book_er_action(context.record_id, "button secondary"),
            recheck_action(context.record_id),
        )
        return Interactions(self.key, actions)

    def create_result_links(self, *, record_id: int, emergency_number: str) -> tuple[OfferedAction, ...]:
        return (
            contact_worker_action(record_id),
            book_er_action(record_id),
            advice_link(record_id),
            recheck_action(record_id),
        )


@register("emergency")
class EmergencyFactory(ContentBackedFactory):
    """Go to an emergency department now: book the ER first; call if worse."""

    key = "emergency"
    urgency = gettext_noop("Now: within the next hour.")
    tone = "error"
    care_heading = gettext_noop("What to do now")

    def create_details(self, context: RecommendationContext) -> Details:
        return self.details_without_medicines(context, NOT_BEFORE_ASSESSMENT)

    def create_interactions(self, context: RecommendationContext) -> Interactions:
        return Interactions(self.key, (book_er_action(context.record_id), call_action(context.emergency_number)))

    def create_result_links(self, *, record_id: int, emergency_number: str) -> tuple[OfferedAction, ...]:
        return (book_er_action(record_id), advice_link(record_id), call_action(emergency_number))


@register("emergency_services")
class EmergencyServicesFactory(ContentBackedFactory):
    """A life threat: call emergency services now. No queue, no other action."""

    key = "emergency_services"
    urgency = gettext_noop("Now. Do not wait, and do not drive yourself.")
    tone = "error"
    care_heading = gettext_noop("While you wait for help")

    def create_details(self, context: RecommendationContext) -> Details:
        return self.details_without_medicines(
            context, gettext_noop("Do not take anything by mouth unless the emergency call handler tells you to.")
        )

    def create_interactions(self, context: RecommendationContext) -> Interactions:
        return Interactions(self.key, (call_action(context.emergency_number),))

    def create_result_links(self, *, record_id: int, emergency_number: str) -> tuple[OfferedAction, ...]:
        return (call_action(emergency_number),)  # nothing to read or book before the call
