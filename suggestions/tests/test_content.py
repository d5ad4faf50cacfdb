"""Suggestion content: every complaint that can end in self-care or routine care has plain-language
advice and warning signs with a source, in the database (seeded by a migration) and in the data module."""

from __future__ import annotations

import pytest

from suggestions import content_data
from suggestions.choices import ContentOrigin
from suggestions.models import SuggestionContent
from suggestions.selectors import suggestion_content_for
from suggestions.services import content_load, suggestion_content_save
from triage import engine
from triage.choices import Disposition

COMPLAINTS = engine.catalogue_as_dict()["complaints"]
SELF_CARE = [c["code"] for c in COMPLAINTS if c["self_care_possible"]]
ROUTINE = [c["code"] for c in COMPLAINTS if c["routine_possible"]]


def test_the_catalogue_has_the_complaints_we_expect():
    assert len(set(SELF_CARE) | set(ROUTINE)) >= 60


def test_the_data_module_covers_every_self_care_and_routine_complaint_strictly():
    rows = content_data.content_rows(COMPLAINTS, strict=True)  # raises on any gap
    keys = {(row["complaint_code"], row["disposition"]) for row in rows}
    assert {(code, "self_care") for code in SELF_CARE} <= keys
    assert {(code, "routine") for code in ROUTINE} <= keys
    assert {("", disposition) for disposition in Disposition.values} <= keys


@pytest.mark.parametrize("code", sorted(content_data.COMPLAINTS))
def test_each_complaints_advice_is_complete(code):
    advice = content_data.COMPLAINTS[code]
    assert advice.headline and advice.source
    assert len(advice.care) >= 3, "at least three things to do"
    assert len(advice.warning_signs) >= 2, "at least two signs that mean get help"
    for text in (advice.headline, *advice.care, *advice.warning_signs):
        assert text == text.strip() and "  " not in text
        assert text[-1] not in ",;:", text
    # Each sign says what to do, in words a patient can act on.
    actions = ("call {emergency_number}", "emergency department", "health worker", "nurse", "dentist", "doctor")
    for sign in advice.warning_signs:
        assert any(action in sign.lower() for action in actions), sign


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "disposition"), [(c, "self_care") for c in SELF_CARE] + [(c, "routine") for c in ROUTINE]
)
def test_the_seeded_database_has_content_for_every_complaint(code, disposition, settings):
    settings.EMERGENCY_PHONE_NUMBER = "112"
    row = SuggestionContent.objects.get(complaint_code=code, disposition=disposition)
    assert row.source and row.care_instructions and row.warning_signs
    block = suggestion_content_for(complaint_code=code, disposition=disposition)
    assert block.headline and block.care_instructions
    # The any-complaint fallback always adds "call the emergency number if your life is in danger".
    assert any("Call 112" in sign for sign in block.warning_signs)
    assert all("{emergency_number}" not in text for text in (*block.warning_signs, *block.care_instructions))


@pytest.mark.django_db
def test_a_self_care_complaint_sent_to_routine_care_gets_the_generic_routine_headline():
    block = suggestion_content_for(complaint_code="sore_throat", disposition="routine")
    assert block.headline == "Book an appointment with a nurse or doctor"
    assert block.care_instructions[0] == "Gargle with warm salty water (not for children)."
    assert [s.title for s in block.sources] == [
        "NHS: Sore throat; NICE NG84: Sore throat (acute)",
        content_data.GENERIC["routine"].source,
    ]


@pytest.mark.django_db
def test_without_any_row_the_seed_fallback_is_used():
    SuggestionContent.objects.all().delete()
    block = suggestion_content_for(complaint_code="chest_pain", disposition="emergency")
    assert block.headline == "Go to an emergency department now"
    assert block.care_instructions


@pytest.mark.django_db
def test_the_loader_is_idempotent_and_keeps_staff_edits(make_user):
    assert content_load(strict=True) == {"created": 0, "updated": 0, "kept": 0}  # the migration loaded it all
    row = SuggestionContent.objects.get(complaint_code="cough", disposition="self_care")
    row.headline = "Edited by a clinician"
    suggestion_content_save(content=row, actor=make_user("admin"))
    SuggestionContent.objects.filter(complaint_code="headache", disposition="self_care").update(headline="drifted")
    SuggestionContent.objects.filter(complaint_code="fever", disposition="self_care").delete()

    counts = content_load(strict=True)

    assert counts == {"created": 1, "updated": 1, "kept": 1}
    assert SuggestionContent.objects.get(pk=row.pk).headline == "Edited by a clinician"
    assert SuggestionContent.objects.get(pk=row.pk).origin == ContentOrigin.EDITED
    assert SuggestionContent.objects.get(complaint_code="headache", disposition="self_care").headline == (
        content_data.COMPLAINTS["headache"].headline
    )


@pytest.mark.django_db
def test_content_edits_are_validated_and_audited(make_user):
    from healthsvc.errors import Invalid
    from healthsvc.models import AuditEvent

    admin_user = make_user("admin")
    row = SuggestionContent(complaint_code="not_a_complaint", disposition="self_care", source="x")
    with pytest.raises(Invalid) as caught:
        suggestion_content_save(content=row, actor=admin_user)
    assert "complaint_code" in caught.value.fields
    row = SuggestionContent.objects.get(complaint_code="cough", disposition="routine")
    row.warning_signs = [*row.warning_signs, "Call {emergency_number} if you cannot breathe."]
    suggestion_content_save(content=row, actor=admin_user)
    assert AuditEvent.objects.filter(action="suggestions.content_save", object_id=str(row.pk)).exists()
