"""The service run when a triage completes: built on the signal, idempotent, rebuilt after an
override, never breaking triage; medicine safety; the patient's medicine context."""

from __future__ import annotations

import pytest

from healthsvc.errors import Conflict, Invalid, NotFound
from suggestions.choices import ActionKind, InteractionState
from suggestions.models import Interaction, Recommendation
from suggestions.services import (
    interaction_accept,
    recommendation_build,
    recommendation_medicines_refresh,
)
from suggestions.tests.conftest import CHEST_PAIN_CARDIAC, PALPITATIONS, SORE_THROAT
from triage.models import TriageRecord

pytestmark = pytest.mark.django_db


def current(record) -> Recommendation:
    return Recommendation.objects.get(record_id=record.pk, is_current=True)


def kinds(recommendation) -> list[str]:
    return [i.kind for i in recommendation.interactions.order_by("position")]


def test_a_completed_triage_builds_the_recommendation_on_commit(patient, complete_record):
    record = complete_record(patient)
    recommendation = current(record)
    assert recommendation.factory_key == recommendation.disposition == "self_care"
    assert recommendation.patient_id == patient.pk
    assert recommendation.result_id == record.results.get(is_current=True).pk
    assert recommendation.headline == "Sore throats usually get better on their own within a week"
    assert recommendation.details["care_instructions"][0] == "Gargle with warm salty water (not for children)."
    assert kinds(recommendation)[-1] == ActionKind.RECHECK_SYMPTOMS
    assert all(i.state == InteractionState.OFFERED for i in recommendation.interactions.all())


def test_nothing_is_built_before_the_triage_commits(patient):
    from triage.services import triage_record_calculate, triage_record_create

    record, _ = triage_record_create(patient=patient, raw_answers=dict(SORE_THROAT))
    triage_record_calculate(record_id=record.pk)  # on-commit callbacks not run: no signal yet
    assert not Recommendation.objects.filter(record_id=record.pk).exists()


def test_the_build_is_idempotent(record):
    first = current(record)
    again = recommendation_build(record_id=record.pk)
    assert again.pk == first.pk
    assert Recommendation.objects.filter(record_id=record.pk).count() == 1
    assert Interaction.objects.filter(recommendation__record_id=record.pk).count() == len(kinds(first))


def test_the_build_of_an_unfinished_or_unknown_record_does_nothing(patient):
    from triage.services import triage_record_create

    record, _ = triage_record_create(patient=patient, raw_answers=dict(SORE_THROAT))
    assert recommendation_build(record_id=record.pk) is None
    assert recommendation_build(record_id=10**9) is None


def test_an_override_rebuilds_and_keeps_the_old_one(record, override, patient):
    old = current(record)
    medicine_offer = old.interactions.filter(kind=ActionKind.READ_MEDICINE).first()
    interaction_accept(interaction_id=medicine_offer.pk, actor=patient)
    recommendation_medicines_refresh(record_id=record.pk, actor=patient, allergies=["penicillin"])

    override(record, "urgent")

    new = current(record)
    old = Recommendation.objects.get(pk=old.pk)
    assert new.pk != old.pk and new.factory_key == "urgent"
    assert kinds(new) == [ActionKind.CONTACT_WORKER, ActionKind.BOOK_ER, ActionKind.RECHECK_SYMPTOMS]
    assert not old.is_current and old.superseded_at is not None
    # Open offers of the replaced recommendation are withdrawn (accepted ones too); history is kept.
    assert set(old.interactions.values_list("state", flat=True)) == {InteractionState.WITHDRAWN}
    # What the patient told us for the medicine check is carried over.
    assert new.patient_context["allergies"] == ["penicillin"]
    # The replaced offers can no longer be answered.
    with pytest.raises(Conflict) as caught:
        interaction_accept(interaction_id=old.interactions.first().pk, actor=patient)
    assert caught.value.code == "recommendation_superseded"


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        ("emergency_services", [ActionKind.CALL_EMERGENCY_SERVICES]),
        ("emergency", [ActionKind.BOOK_ER, ActionKind.CALL_EMERGENCY_SERVICES]),
        ("urgent", [ActionKind.CONTACT_WORKER, ActionKind.BOOK_ER, ActionKind.RECHECK_SYMPTOMS]),
    ],
)
def test_each_disposition_through_the_service(record, override, disposition, expected):
    override(record, disposition, acuity=2)
    recommendation = current(record)
    assert recommendation.factory_key == disposition
    assert kinds(recommendation) == expected
    assert recommendation.details["offers_medicines"] is False
    assert recommendation.details["medicines"] == []


def test_a_life_threat_says_call_now_and_offers_no_queue(patient, complete_record, settings):
    settings.EMERGENCY_PHONE_NUMBER = "999"
    record = complete_record(patient, CHEST_PAIN_CARDIAC)
    recommendation = current(record)
    assert recommendation.disposition == "emergency_services"
    assert recommendation.headline == "Call 999 now"
    (call,) = recommendation.interactions.all()
    assert call.target_url == "tel:999"
    assert "{emergency_number}" not in str(recommendation.details)


def test_routine_contacts_a_worker(patient, complete_record):
    recommendation = current(complete_record(patient, PALPITATIONS))
    assert recommendation.factory_key == "routine"
    assert kinds(recommendation)[0] == ActionKind.CONTACT_WORKER
    assert recommendation.headline == "Arrange to have your heart checked within about a week"
    assert recommendation.interactions.get(kind=ActionKind.CONTACT_WORKER).target_url == (
        f"/workers/contact/new/?record={recommendation.record_id}"
    )


def test_the_receiver_never_breaks_triage(patient, complete_record, monkeypatch, caplog):
    from suggestions import services

    def broken(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "recommendation_build", broken)
    record = complete_record(patient)  # no exception reaches the triage flow
    assert TriageRecord.objects.get(pk=record.pk).state == "completed"
    assert not Recommendation.objects.filter(record_id=record.pk).exists()
    assert "could not build suggestions" in caplog.text
    monkeypatch.undo()
    # ... and the next read builds it.
    from suggestions.services import recommendation_current_for

    assert recommendation_current_for(actor=patient, record_id=record.pk).factory_key == "self_care"


def test_a_stale_recommendation_is_rebuilt_on_read(record, patient, make_user):
    from triage.services import triage_record_override

    triage_record_override(  # signal not run (no on-commit here): the recommendation is stale
        record_id=record.pk, actor=make_user("clinician"), acuity=3, disposition="urgent", reason="Reviewed"
    )
    from suggestions.services import recommendation_current_for

    assert recommendation_current_for(actor=patient, record_id=record.pk).factory_key == "urgent"
    assert Recommendation.objects.filter(record_id=record.pk).count() == 2


# --- Medicine safety ------------------------------------------------------------------------


def medicine_slugs(recommendation):
    offered = {m["slug"] for m in recommendation.details["medicines"]}
    excluded = {m["slug"]: m["reasons"] for m in recommendation.details["excluded_medicines"]}
    read = set(recommendation.interactions.filter(kind=ActionKind.READ_MEDICINE).values_list("subject", flat=True))
    return offered, excluded, read


def test_an_adult_gets_medicines_to_consider(record):
    offered, _excluded, read = medicine_slugs(current(record))
    assert {"paracetamol-tablets", "ibuprofen-tablets"} <= offered
    assert read and read <= offered and len(read) <= 3
    assert current(record).details["medicine_notes"]  # the "information, not a prescription" note


def test_a_child_is_not_offered_a_medicine_the_medicine_app_excludes(child, complete_record):
    recommendation = current(complete_record(child))
    offered, excluded, read = medicine_slugs(recommendation)
    assert "ibuprofen-tablets" in excluded and "paracetamol-tablets" in excluded
    assert any("Too young" in reason for reason in excluded["ibuprofen-tablets"])
    assert not offered & set(excluded)
    assert not read & set(excluded)
    assert "paracetamol-six-plus-suspension" in offered  # the infant strength stops at 5 years


def test_pregnancy_excludes_what_the_label_says_to_avoid(make_user, complete_record):
    patient = make_user("patient", sex="female")
    recommendation = current(complete_record(patient, {**SORE_THROAT, "pregnant": True}))
    offered, excluded, read = medicine_slugs(recommendation)
    assert "ibuprofen-tablets" in excluded
    assert any("pregnant" in reason for reason in excluded["ibuprofen-tablets"])
    assert "ibuprofen-tablets" not in offered and "ibuprofen-tablets" not in read


def test_an_allergy_excludes_and_withdraws_the_offer(record, patient):
    before = current(record)
    ibuprofen = before.interactions.filter(subject="ibuprofen-tablets").first()

    recommendation = recommendation_medicines_refresh(
        record_id=record.pk, actor=patient, allergies=["nsaid"], breastfeeding=False
    )

    offered, excluded, read = medicine_slugs(recommendation)
    assert recommendation.pk == before.pk
    assert "ibuprofen-tablets" in excluded and "ibuprofen-tablets" not in offered | read
    assert recommendation.patient_context == {
        "allergies": ["nsaid"],
        "conditions": [],
        "current_medicines": [],
        "breastfeeding": False,
    }
    if ibuprofen is not None:
        assert Interaction.objects.get(pk=ibuprofen.pk).state == InteractionState.WITHDRAWN
    positions = list(recommendation.interactions.values_list("position", flat=True))
    assert len(positions) == len(set(positions))


def test_an_interacting_medicine_is_excluded(record, patient):
    recommendation = recommendation_medicines_refresh(
        record_id=record.pk, actor=patient, current_medicines=["warfarin"]
    )
    _offered, excluded, _ = medicine_slugs(recommendation)
    assert "ibuprofen-tablets" in excluded
    assert any("warfarin" in reason.lower() for reason in excluded["ibuprofen-tablets"])


def test_an_unknown_allergy_is_rejected_and_nothing_changes(record, patient):
    before = current(record)
    with pytest.raises(Invalid) as caught:
        recommendation_medicines_refresh(record_id=record.pk, actor=patient, allergies=["moonbeams"])
    assert "allergies" in caught.value.fields
    assert current(record).details == before.details


def test_only_the_patient_refreshes_their_medicines(record, make_user):
    for other in (make_user("patient"), make_user("clinician")):
        with pytest.raises(NotFound):
            recommendation_medicines_refresh(record_id=record.pk, actor=other, allergies=["nsaid"])


def test_medicine_app_failure_degrades_to_advice_without_medicines(patient, complete_record, monkeypatch):
    import medicine.selectors

    def broken(**kwargs):
        raise RuntimeError("catalogue down")

    monkeypatch.setattr(medicine.selectors, "medicines_for", broken)
    recommendation = current(complete_record(patient))
    assert recommendation.details["medicines"] == []
    assert "not available right now" in recommendation.details["medicine_notes"][0]
    assert kinds(recommendation) == [ActionKind.RECHECK_SYMPTOMS]
