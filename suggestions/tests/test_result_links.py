"""The links beside a triage result: the suggestions factories decide them, triage only renders them.

The expected branches are written out by hand here (issue 16, item 3), not read from the factories: a change
of which branch a result leads to, or of their order, must change this table too.
"""

from __future__ import annotations

import html
import re

import pytest

from suggestions.factories import OfferedAction, RecommendationFactory
from suggestions.registry import factory_for, register, registry
from suggestions.selectors import result_next_steps
from triage.choices import Disposition

RECORD = 41

# (kind, label, url, style) of each link, in the order the result page shows them.
CALL = ("call_emergency_services", "Call 999", "tel:999", "button danger")
BOOK = ("book_er", "Book a place in the ER queue", "/er/book/?record=41", "button")
CONTACT = ("contact_worker", "Contact a health worker", "/workers/contact/new/?record=41", "button")
ADVICE = ("read_advice", "Your next steps and advice", "/suggestions/records/41/", "button secondary")
MEDICINES = ("medicine_information", "Medicine information", "/medicines/", "button secondary")
RECHECK = ("recheck_symptoms", "Check my symptoms again", "/triage/start/?from=41", "button secondary")

RESULT_LINKS = {
    "emergency_services": [CALL],  # a life threat: only the call, never a queue or something to read first
    "emergency": [BOOK, ADVICE, CALL],
    "urgent": [CONTACT, BOOK, ADVICE, RECHECK],
    "routine": [CONTACT, ADVICE, RECHECK],
    "self_care": [ADVICE, MEDICINES, RECHECK],
}

FRENCH = {
    "Call 999": "Appeler le 999",
    "Book a place in the ER queue": "Réserver une place dans la file d'attente des urgences",
    "Contact a health worker": "Contacter un professionnel de la santé",
    "Your next steps and advice": "Vos prochaines étapes et conseils",
    "Medicine information": "Informations sur les médicaments",
    "Check my symptoms again": "Évaluer à nouveau mes symptômes",
}


def as_rows(links) -> list[tuple[str, str, str, str]]:
    return [(link.kind, link.label, link.url, link.style) for link in links]


def test_the_table_covers_every_disposition():
    assert set(RESULT_LINKS) == set(Disposition.values)


@pytest.mark.parametrize(("disposition", "expected"), RESULT_LINKS.items())
def test_each_factory_decides_the_links_beside_its_result(disposition, expected):
    links = factory_for(disposition).create_result_links(record_id=RECORD, emergency_number="999")
    assert as_rows(links) == expected


@pytest.mark.parametrize(("disposition", "expected"), RESULT_LINKS.items())
def test_the_selector_gives_the_factorys_links_with_the_local_number(disposition, expected, settings):
    settings.EMERGENCY_PHONE_NUMBER = "999"
    assert as_rows(result_next_steps(disposition=disposition, record_id=RECORD)) == expected


def test_the_labels_are_shown_in_the_pages_language(settings):
    from django.utils import translation

    settings.EMERGENCY_PHONE_NUMBER = "999"
    links = result_next_steps(disposition="urgent", record_id=RECORD) + result_next_steps(
        disposition="emergency", record_id=RECORD
    )
    with translation.override("fr"):
        shown = {link.label: link.display_label for link in links}
    assert shown == {label: FRENCH[label] for label in shown}


def test_a_factory_that_takes_over_a_disposition_takes_over_its_links_too():
    with registry.preserved():

        @register("routine", replace=True)
        class VideoCallFactory(RecommendationFactory):
            key = "video_call"

            def create_suggestion(self, context): ...

            def create_details(self, context): ...

            def create_interactions(self, context): ...

        # Without links of its own, the result leads to the family's next steps.
        assert as_rows(result_next_steps(disposition="routine", record_id=RECORD)) == [ADVICE]

        @register("routine", replace=True)
        class VideoCallWithLinkFactory(VideoCallFactory):
            def create_result_links(self, *, record_id, emergency_number):
                return (OfferedAction("video_call", "Book a video call", f"/video/?record={record_id}"),)

        assert as_rows(result_next_steps(disposition="routine", record_id=RECORD)) == [
            ("video_call", "Book a video call", "/video/?record=41", "button")
        ]


# --- The triage result page shows exactly these links ------------------------------------------------------

NAV = re.compile(r'<nav aria-label="[^"]*" class="cards">(.*?)</nav>', re.S)
LINK = re.compile(r'<a class="([^"]*)" href="([^"]*)">([^<]*)</a>')


def links_on(page: str) -> list[tuple[str, str, str]]:
    """(label, href, class) of each next-step link of the result page, in order."""
    navs = NAV.findall(page)
    if not navs:
        return []
    (nav,) = navs
    return [(html.unescape(label), html.unescape(href), style) for style, href, label in LINK.findall(nav)]


def expected_on_page(disposition: str, record_id: int, french: bool = False) -> list[tuple[str, str, str]]:
    rows = []
    for _kind, label, url, style in RESULT_LINKS[disposition]:
        url = url.replace(f"record={RECORD}", f"record={record_id}").replace(f"from={RECORD}", f"from={record_id}")
        url = url.replace(f"/records/{RECORD}/", f"/records/{record_id}/")
        rows.append((FRENCH[label] if french else label, url, style))
    return rows


@pytest.mark.django_db
@pytest.mark.parametrize("disposition", Disposition.values)
def test_the_triage_result_page_shows_the_links_in_order_in_both_languages(
    disposition, client, patient, complete_record, override, settings
):
    settings.EMERGENCY_PHONE_NUMBER = "999"
    record = complete_record(patient)
    if record.disposition != disposition:
        override(record, disposition)
    client.force_login(patient)
    english = client.get(f"/triage/{record.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    french = client.get(f"/triage/{record.pk}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert links_on(english) == expected_on_page(disposition, record.pk)
    assert links_on(french) == expected_on_page(disposition, record.pk, french=True)


@pytest.mark.django_db
def test_staff_reading_a_result_are_offered_no_next_steps(client, patient, complete_record, make_user):
    record = complete_record(patient)
    client.force_login(make_user("clinician"))
    page = client.get(f"/triage/{record.pk}/").content.decode()
    assert links_on(page) == []
    assert "/suggestions/records/" not in page
