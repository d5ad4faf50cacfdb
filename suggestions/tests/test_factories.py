"""The Abstract Factory: each factory makes a consistent family, clients depend on the interface only,
and a new kind of recommendation plugs in with a new factory and nothing else."""

from __future__ import annotations

import ast
import inspect
from dataclasses import replace

import pytest

from suggestions import factories
from suggestions.choices import ActionKind
from suggestions.factories import (
    ContentBlock,
    Details,
    InconsistentFamily,
    Interactions,
    OfferedAction,
    RecommendationContext,
    RecommendationFactory,
    Source,
    Suggestion,
)
from suggestions.medicine_port import ExcludedMedicine, MedicineAdvice, MedicineOption
from suggestions.registry import FactoryAlreadyRegistered, NoFactory, factory_for, register, registry
from triage.choices import Disposition

# Exactly the next actions each disposition's family offers, in order.
FAMILIES = {
    "emergency_services": (ActionKind.CALL_EMERGENCY_SERVICES,),
    "emergency": (ActionKind.BOOK_ER, ActionKind.CALL_EMERGENCY_SERVICES),
    "urgent": (ActionKind.CONTACT_WORKER, ActionKind.BOOK_ER, ActionKind.RECHECK_SYMPTOMS),
    "routine": (
        ActionKind.CONTACT_WORKER,
        ActionKind.READ_MEDICINE,
        ActionKind.READ_MEDICINE,
        ActionKind.RECHECK_SYMPTOMS,
    ),
    "self_care": (
        ActionKind.READ_MEDICINE,
        ActionKind.READ_MEDICINE,
        ActionKind.READ_MEDICINE,
        ActionKind.RECHECK_SYMPTOMS,
    ),
}


class FakeMedicines:
    """Stands in for the medicine app; records whether it was asked."""

    def __init__(self, suitable=4):
        self.calls = []
        self.advice = MedicineAdvice(
            suitable=tuple(
                MedicineOption(f"m{i}", f"Medicine {i}", "Eases pain.", f"/medicines/m{i}/") for i in range(suitable)
            ),
            excluded=(ExcludedMedicine("aspirin-tablets", "Aspirin", "/medicines/aspirin-tablets/", ("Too young.",)),),
            notes=("This is information, not a prescription.",),
        )

    def __call__(self, **kwargs):
        self.calls.append(kwargs)
        return self.advice


def make_context(disposition: str, lookup=None, **overrides) -> RecommendationContext:
    values = {
        "record_id": 41,
        "patient_id": 7,
        "disposition": disposition,
        "acuity": 3,
        "complaint_code": "sore_throat",
        "complaint_label": "Sore throat",
        "age_years": 30.0,
        "sex": "female",
        "pregnant": None,
        "content": ContentBlock(
            headline="Headline from content",
            summary="What to do.",
            care_instructions=("Rest.", "Drink fluids."),
            warning_signs=("Call 999 if you cannot breathe.",),
            sources=(Source("NHS: Sore throat", "https://www.nhs.uk/conditions/sore-throat/"),),
        ),
        "emergency_number": "999",
        "escalation_advice": ("Go to an emergency department now if you notice: drooling.",),
        "medicine_lookup": lookup or FakeMedicines(),
        **overrides,
    }
    return RecommendationContext(**values)


@pytest.mark.parametrize("disposition", Disposition.values)
def test_every_disposition_has_a_factory_behind_the_interface(disposition):
    factory = factory_for(disposition)
    assert isinstance(factory, RecommendationFactory)
    assert factory.key == disposition


@pytest.mark.parametrize(("disposition", "kinds"), FAMILIES.items())
def test_each_factory_makes_the_family_of_its_disposition(disposition, kinds):
    family = factory_for(disposition).build(make_context(disposition))
    assert family.kind == disposition
    assert family.suggestion.family == family.details.family == family.interactions.family == disposition
    assert family.interactions.kinds == kinds
    assert family.suggestion.headline == "Headline from content"
    assert family.details.care_instructions == ("Rest.", "Drink fluids.")
    # Generic content only: its warning signs, then the triage result's own escalation advice.
    assert family.details.warning_signs == (
        "Call 999 if you cannot breathe.",
        "Go to an emergency department now if you notice: drooling.",
    )
    assert family.details.sources[0].title == "NHS: Sore throat"


@pytest.mark.parametrize("disposition", ["self_care", "routine"])
def test_complaint_specific_warning_signs_stand_on_their_own(disposition):
    context = make_context(disposition)
    specific = replace(context, content=replace(context.content, complaint_specific=True))
    assert factory_for(disposition).build(specific).details.warning_signs == ("Call 999 if you cannot breathe.",)


def test_emergency_services_family_says_call_now_and_offers_no_queue():
    lookup = FakeMedicines()
    family = factory_for("emergency_services").build(make_context("emergency_services", lookup))
    assert family.suggestion.tone == "error"
    assert "do not drive" in family.suggestion.urgency.lower()
    (call,) = family.interactions.actions
    assert (call.kind, call.url, call.style) == ("call_emergency_services", "tel:999", "button danger")
    assert not family.details.offers_medicines and family.details.medicines == ()
    assert family.details.care_heading == "While you wait for help"
    assert lookup.calls == []  # no medicine is even looked up


def test_emergency_family_books_the_er_first():
    family = factory_for("emergency").build(make_context("emergency"))
    book, call = family.interactions.actions
    assert book.url == "/er/book/?record=41" and book.style == "button"
    assert call.url == "tel:999"
    assert not family.details.offers_medicines


def test_urgent_family_contacts_a_worker_and_allows_the_er():
    lookup = FakeMedicines()
    family = factory_for("urgent").build(make_context("urgent", lookup))
    contact, book, recheck = family.interactions.actions
    assert contact.url == "/workers/contact/new/?record=41"
    assert book.url == "/er/book/?record=41" and "secondary" in book.style
    assert recheck.url == "/triage/start/?from=41"
    assert lookup.calls == []


def test_self_care_family_offers_suitable_medicines_and_says_why_others_are_not():
    lookup = FakeMedicines(suitable=5)
    family = factory_for("self_care").build(make_context("self_care", lookup, pregnant=True))
    details = family.details
    assert details.offers_medicines
    assert [m.slug for m in details.medicines] == ["m0", "m1", "m2", "m3", "m4"]
    assert details.excluded_medicines[0].reasons == ("Too young.",)
    reads = [a for a in family.interactions.actions if a.kind == ActionKind.READ_MEDICINE]
    assert [a.url for a in reads] == ["/medicines/m0/", "/medicines/m1/", "/medicines/m2/"]
    assert all(a.subject != "aspirin-tablets" for a in family.interactions.actions)
    assert family.suggestion.tone == "success"
    # The medicine app is asked once for the whole family, with the patient's facts.
    assert len(lookup.calls) == 1
    assert lookup.calls[0]["pregnant"] is True and lookup.calls[0]["age_years"] == 30.0


def test_routine_family_contacts_a_worker_with_relief_meanwhile():
    family = factory_for("routine").build(make_context("routine"))
    assert family.interactions.actions[0].kind == ActionKind.CONTACT_WORKER
    assert family.details.care_heading == "Until your appointment"
    assert "do not replace the appointment" in family.details.medicine_notes[0]


def test_a_mixed_family_is_refused():
    class Mixed(RecommendationFactory):
        key = "mixed"

        def create_suggestion(self, context):
            return Suggestion("mixed", "h", "", "", "warn")

        def create_details(self, context):
            return Details("other", "Care", (), (), ())

        def create_interactions(self, context):
            return Interactions("mixed", (OfferedAction("x", "X", "/x/"),))

    with pytest.raises(InconsistentFamily):
        Mixed().build(make_context("routine"))


def test_a_factory_missing_a_create_method_cannot_be_registered():
    with registry.preserved(), pytest.raises(TypeError):

        @register("routine", replace=True)
        class Incomplete(RecommendationFactory):
            key = "incomplete"

            def create_suggestion(self, context):
                return Suggestion("incomplete", "h", "", "", "warn")


def test_a_disposition_cannot_be_taken_over_by_accident():
    with registry.preserved(), pytest.raises(FactoryAlreadyRegistered):

        @register("self_care")
        class Another(factories.SelfCareFactory):
            key = "another"


def test_a_new_disposition_needs_only_a_registered_factory():
    with registry.preserved():
        with pytest.raises(NoFactory):
            factory_for("pharmacy_visit")

        @register()
        class PharmacyVisitFactory(factories.ContentBackedFactory):
            key = "pharmacy_visit"
            urgency = "Today."
            tone = "warn"

            def create_details(self, context):
                return self.details_with_medicines(context)

            def create_interactions(self, context):
                return Interactions(self.key, (OfferedAction("find_pharmacy", "Find a pharmacy", "/pharmacies/"),))

        family = factory_for("pharmacy_visit").build(make_context("pharmacy_visit"))
        assert family.kind == "pharmacy_visit" and family.interactions.kinds == ("find_pharmacy",)
    with pytest.raises(NoFactory):
        factory_for("pharmacy_visit")  # the registration was scoped to the block


# --- Clients never name a concrete factory --------------------------------------------------

CLIENT_MODULES = [
    "suggestions.services",
    "suggestions.receivers",
    "suggestions.selectors",
    "suggestions.views",
    "suggestions.api.views",
]


def _concrete_factories() -> list[type]:
    found, pending = [], [RecommendationFactory]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            if sub.__module__ == "suggestions.factories":
                found.append(sub)
    return found


def test_the_built_in_factories_are_concrete_subclasses_of_the_interface():
    names = {cls.__name__ for cls in _concrete_factories() if not inspect.isabstract(cls)}
    assert {
        "SelfCareFactory",
        "RoutineFactory",
        "UrgentFactory",
        "EmergencyFactory",
        "EmergencyServicesFactory",
    } <= names


@pytest.mark.parametrize("module_name", CLIENT_MODULES)
def test_clients_never_name_a_concrete_factory(module_name):
    module = __import__(module_name, fromlist=["_"])
    source = inspect.getsource(module)
    for cls in _concrete_factories():
        assert cls.__name__ not in source, f"{module_name} names {cls.__name__}"
    # What a client may take from the factories module: the interface, its inputs and products.
    allowed = {
        "RecommendationFactory",
        "RecommendationContext",
        "RecommendationFamily",
        "PatientContext",
        "ContentBlock",
        "Source",
        "OfferedAction",
        "Suggestion",
        "Details",
        "Interactions",
    }
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "suggestions.factories":
            imported = {alias.name for alias in node.names}
            assert imported <= allowed, f"{module_name} imports {imported - allowed} from suggestions.factories"
        if isinstance(node, ast.Import):
            assert all(alias.name != "suggestions.factories" for alias in node.names)


def test_the_service_gets_its_factory_from_the_registry():
    from suggestions import services

    source = inspect.getsource(services)
    assert "from suggestions.registry import factory_for" in source
    assert "factory_for(" in source
