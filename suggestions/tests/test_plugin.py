"""A new kind of recommendation needs a new factory and nothing else: registered here, in the test,
it is built by the same service on the same triage signal, served by the same API and answered
through the same transitions."""

from __future__ import annotations

import pytest

from suggestions.factories import Details, Interactions, OfferedAction, RecommendationFactory, Suggestion
from suggestions.models import Recommendation
from suggestions.registry import register, registry
from suggestions.tests.conftest import PALPITATIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def telehealth():
    with registry.preserved():

        @register("routine", replace=True)
        class TelehealthFactory(RecommendationFactory):
            """Routine care by video instead of an in-person appointment."""

            key = "telehealth"

            def create_suggestion(self, context):
                return Suggestion(
                    self.key,
                    f"Book a video call about your {context.complaint_label.lower()}",
                    "A clinician can see you by video within about a week.",
                    "Within about a week.",
                    "warn",
                )

            def create_details(self, context):
                return Details(
                    self.key,
                    "Before the call",
                    ("Find a quiet, well-lit room.", "Have your medicines to hand."),
                    context.content.warning_signs,
                    context.content.sources,
                )

            def create_interactions(self, context):
                return Interactions(
                    self.key,
                    (
                        OfferedAction(
                            "video_call", "Book a video call", f"/telehealth/book/?record={context.record_id}"
                        ),
                        OfferedAction("recheck_symptoms", "Check again", f"/triage/start/?from={context.record_id}"),
                    ),
                )

        yield TelehealthFactory


def test_a_new_factory_plugs_in_through_the_same_service_path(telehealth, patient, complete_record, client_for):
    record = complete_record(patient, PALPITATIONS)  # routine: now served by the telehealth factory

    recommendation = Recommendation.objects.get(record=record, is_current=True)
    assert recommendation.disposition == "routine"
    assert recommendation.factory_key == "telehealth"
    assert recommendation.headline == "Book a video call about your heart racing, pounding or skipping beats"
    assert recommendation.details["care_heading"] == "Before the call"
    assert [i.kind for i in recommendation.interactions.order_by("position")] == ["video_call", "recheck_symptoms"]

    client = client_for(patient)
    body = client.get(f"/api/v1/suggestions/records/{record.pk}/").json()
    assert body["kind"] == "telehealth"
    video = body["interactions"][0]
    assert video["target_url"] == f"/telehealth/book/?record={record.pk}"
    accepted = client.post(video["links"]["accept"])
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"


def test_without_the_new_factory_the_built_in_routine_family_is_used(patient, complete_record):
    record = complete_record(patient, PALPITATIONS)
    assert Recommendation.objects.get(record=record).factory_key == "routine"
