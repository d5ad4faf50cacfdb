"""The patient pages: next steps after a result, responses that lead on, and the list."""

from __future__ import annotations

import re

import pytest

from healthsvc.models import AuditEvent
from suggestions.choices import ActionKind
from suggestions.models import Interaction, Recommendation
from suggestions.tests.conftest import CHEST_PAIN_CARDIAC, SORE_THROAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser_for(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


def page_url(record_id):
    return f"/suggestions/records/{record_id}/"


def test_the_next_steps_page_renders(browser_for, patient, recommendation, record):
    response = browser_for(patient).get(page_url(record.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your next steps: Sore throat" in html
    assert recommendation.headline in html
    assert "What you can do at home" in html and "Gargle with warm salty water" in html
    assert "Medicines to consider" in html and 'href="/medicines/paracetamol-tablets/"' in html
    assert "Warning signs: get help if" in html
    assert "Check my symptoms again" in html and "Not now" in html
    assert "information, not a prescription" in html
    assert 'name="allergies"' in html  # the form to check medicines against allergies


def test_a_childs_page_says_why_not(browser_for, child, complete_record):
    record = complete_record(child)
    html = browser_for(child).get(page_url(record.pk)).content.decode()
    assert "Not suggested for you" in html and "Why not:" in html and "Too young" in html


def test_a_life_threat_page_has_only_the_call(browser_for, patient, complete_record, settings):
    settings.EMERGENCY_PHONE_NUMBER = "999"
    record = complete_record(patient, CHEST_PAIN_CARDIAC)
    html = browser_for(patient).get(page_url(record.pk)).content.decode()
    assert "Call 999 now" in html
    assert 'href="tel:999"' in html and "data-accept-url" in html
    assert "/er/book/" not in html and "Book a place" not in html
    assert "While you wait for help" in html


def test_page_permissions(client, browser_for, record, make_user):
    assert client.get(page_url(record.pk)).status_code == 302  # to sign in
    assert browser_for(make_user("patient")).get(page_url(record.pk)).status_code == 404
    assert browser_for(make_user("er_staff")).get(page_url(record.pk)).status_code == 404


def test_staff_read_the_page_without_buttons_and_are_audited(browser_for, record, make_user):
    nurse = make_user("nurse")
    html = browser_for(nurse).get(page_url(record.pk)).content.decode()
    assert "read only" in html and "Not now" not in html and 'name="allergies"' not in html
    assert AuditEvent.objects.filter(actor=nurse, object_type="recommendation").exists()


def test_a_page_for_a_result_not_ready_goes_to_the_progress(browser_for, patient):
    from triage.services import triage_record_create

    record, _ = triage_record_create(patient=patient, raw_answers=dict(SORE_THROAT))
    response = browser_for(patient).get(page_url(record.pk))
    assert response.status_code == 302 and response["Location"] == f"/triage/{record.pk}/"


def test_accepting_records_the_response_then_leads_on(browser_for, patient, record, override):
    override(record, "urgent")
    recommendation = Recommendation.objects.get(record=record, is_current=True)
    book = recommendation.interactions.get(kind=ActionKind.BOOK_ER)
    response = browser_for(patient).post(f"/suggestions/interactions/{book.pk}/accept/")
    assert response.status_code == 302 and response["Location"] == f"/er/book/?record={record.pk}"
    assert Interaction.objects.get(pk=book.pk).state == "accepted"


def test_accepting_a_medicine_opens_its_page(browser_for, patient, recommendation):
    read = recommendation.interactions.filter(kind=ActionKind.READ_MEDICINE).first()
    response = browser_for(patient).post(f"/suggestions/interactions/{read.pk}/accept/")
    assert response["Location"] == read.target_url and read.target_url.startswith("/medicines/")


def test_dismiss_and_complete_come_back_with_a_message(browser_for, patient, recommendation, record):
    first, second = recommendation.interactions.order_by("position")[:2]
    client = browser_for(patient)
    response = client.post(f"/suggestions/interactions/{first.pk}/dismiss/", follow=True)
    assert response.redirect_chain[-1][0] == page_url(record.pk)
    assert "Noted: not now" in response.content.decode()
    response = client.post(f"/suggestions/interactions/{second.pk}/complete/", follow=True)
    assert "Marked as done" in response.content.decode()
    assert Interaction.objects.get(pk=second.pk).state == "completed"


def test_an_illegal_response_comes_back_with_a_warning(browser_for, patient, recommendation, record):
    interaction = recommendation.interactions.first()
    client = browser_for(patient)
    client.post(f"/suggestions/interactions/{interaction.pk}/dismiss/")
    response = client.post(f"/suggestions/interactions/{interaction.pk}/accept/", follow=True)
    assert "Cannot accept a suggestion that is dismissed" in response.content.decode()


def test_the_call_is_never_a_redirect(browser_for, patient, complete_record):
    record = complete_record(patient, CHEST_PAIN_CARDIAC)
    call = Recommendation.objects.get(record=record).interactions.get()
    response = browser_for(patient).post(f"/suggestions/interactions/{call.pk}/accept/")
    assert response.status_code == 302 and response["Location"] == page_url(record.pk)  # recorded; the link dials
    assert Interaction.objects.get(pk=call.pk).state == "accepted"


def test_responses_to_others_offers_are_404(browser_for, recommendation, make_user):
    interaction = recommendation.interactions.first()
    client = browser_for(make_user("patient"))
    assert client.post(f"/suggestions/interactions/{interaction.pk}/accept/").status_code == 404
    assert client.post(f"/suggestions/interactions/{interaction.pk}/bogus/").status_code == 404
    assert client.get(f"/suggestions/interactions/{interaction.pk}/accept/").status_code == 405


def test_the_medicines_form(browser_for, patient, record):
    client = browser_for(patient)
    response = client.post(
        f"/suggestions/records/{record.pk}/medicines/",
        {
            "allergies": ["nsaid"],
            "other_allergies": "",
            "current_medicines": "warfarin, sertraline",
            "breastfeeding": "no",
        },
        follow=True,
    )
    assert "checked against what you told us" in response.content.decode()
    context = Recommendation.objects.get(record=record, is_current=True).patient_context
    assert context == {
        "allergies": ["nsaid"],
        "conditions": [],
        "current_medicines": ["warfarin", "sertraline"],
        "breastfeeding": False,
    }
    html = client.get(page_url(record.pk)).content.decode()
    assert re.search(r'value="nsaid"[^>]*checked', html)  # the form shows what they told us
    assert 'value="warfarin, sertraline"' in html
    bad = client.post(f"/suggestions/records/{record.pk}/medicines/", {"other_allergies": "moonbeams"}, follow=True)
    assert "We could not check that" in bad.content.decode()


def test_the_medicines_form_is_the_patients_own(browser_for, record, make_user):
    response = browser_for(make_user("patient")).post(f"/suggestions/records/{record.pk}/medicines/", {})
    assert response.status_code == 404


def test_the_list_page(browser_for, patient, record, override, client, make_user):
    override(record, "urgent")
    html = browser_for(patient).get("/suggestions/").content.decode()
    assert "My next steps" in html and "Sore throat" in html
    assert "See a nurse or doctor today" in html and "(replaced after a review)" in html
    client.logout()
    assert client.get("/suggestions/").status_code == 302
    other = browser_for(make_user("patient")).get("/suggestions/").content.decode()
    assert "No next steps yet" in other
