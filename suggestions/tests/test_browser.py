"""The next-steps page in a real browser, on a 375 px phone screen."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_patient_reads_their_next_steps_and_acts_on_them(live_server, page, make_user, monkeypatch):
    from medicine.services import catalogue_load
    from suggestions.models import Interaction
    from suggestions.services import content_load
    from triage import services as triage_services

    # A transactional test starts from a flushed database: load what the migrations loaded.
    catalogue_load()
    content_load()
    # The calculation runs right here; nothing is sent to the broker.
    monkeypatch.setattr(triage_services, "_enqueue_calculation", lambda record_id: None)
    patient = make_user("patient", email="steps@example.test", password="a long enough passphrase")
    record, _ = triage_services.triage_record_create(
        patient=patient,
        raw_answers={"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_7d", "red_flags": {}},
    )
    triage_services.triage_record_calculate(record_id=record.pk)  # commits; the signal builds the suggestions

    page.goto(f"{live_server.url}/suggestions/records/{record.pk}/")
    page.get_by_label("Email").fill("steps@example.test")
    page.get_by_label("Password").fill("a long enough passphrase")
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("heading", name="Sore throats usually get better on their own within a week").wait_for()
    assert page.get_by_role("heading", name="What you can do at home").is_visible()
    assert page.get_by_role("heading", name="Medicines to consider").is_visible()
    assert page.get_by_role("heading", name="Warning signs: get help if").is_visible()
    assert no_horizontal_scroll(page)

    # Accepting "read about a medicine" records the response and opens the medicine's page.
    read = page.get_by_role("button", name=re.compile(r"^Read about ")).first
    name = read.inner_text().removeprefix("Read about ").strip()
    read.click()
    page.get_by_role("heading", name=name, level=1).wait_for()
    assert "/medicines/" in page.url
    assert Interaction.objects.get(recommendation__record=record, label=f"Read about {name}").state == "accepted"

    # Back on the next steps, the accepted action can be marked as done.
    page.goto(f"{live_server.url}/suggestions/records/{record.pk}/")
    page.get_by_role("button", name=f"Mark as done: Read about {name}").click()
    page.get_by_text(f"Marked as done: “Read about {name}”.").wait_for()

    # Telling us about an allergy re-checks the medicines, and says why one is left out.
    page.get_by_text("Check these against your allergies").click()
    page.get_by_label("anti-inflammatory painkillers (NSAIDs such as ibuprofen or naproxen)").check()
    page.get_by_role("button", name="Check the medicines").click()
    page.get_by_text("The medicines below were checked against what you told us.").wait_for()
    excluded = page.locator("li", has_text="Ibuprofen 200 mg tablets").filter(has_text="Why not:")
    assert excluded.first.is_visible()
    assert no_horizontal_scroll(page)
