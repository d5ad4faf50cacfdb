"""The contact-request page offers only the languages a worker on duty speaks (issue 10, item 8)."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from workers.models import ContactRequest
from workers.selectors import contact_languages_offered

pytestmark = pytest.mark.django_db

H = dt.timedelta(hours=1)
URL = "/workers/contact/new/"


def offered(html: str) -> list[str]:
    select = re.search(r'<select name="language".*?</select>', html, re.S)
    return re.findall(r'<option value="([a-z]*)"', select.group(0)) if select else []


def selected(html: str) -> str | None:
    found = re.search(r'<option value="([a-z]+)"[^>]* selected', html)
    return found.group(1) if found else None


def test_an_on_duty_workers_language_is_offered_named_in_the_pages_language(client, patient, make_triage, make_worker):
    make_worker("nurse", languages=["en", "fr"])
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    html = client.get(f"{URL}?record={record.pk}").content.decode()
    assert offered(html) == ["en", "fr"]
    assert ">French</option>" in html and ">English</option>" in html
    assert selected(html) == "en"  # the page's own language

    patient.language = "fr"
    patient.save(update_fields=["language"])
    html = client.get(f"{URL}?record={record.pk}").content.decode()
    assert ">Français</option>" in html and ">Anglais</option>" in html
    assert selected(html) == "fr"


def test_an_off_duty_workers_language_is_not_offered(client, patient, make_triage, make_worker, now):
    make_worker("nurse", languages=["en"])
    make_worker("nurse", languages=["de"], on_duty=False)  # no shift at all
    make_worker("nurse", languages=["es"], shift=(now + 2 * H, now + 10 * H))  # later today
    make_worker("nurse", languages=["it"], shift=(now - 10 * H, now - 2 * H))  # earlier today
    make_worker("nurse", languages=["pl"], accepts=False)  # on duty, but takes no patient contact
    make_worker("pharmacist", languages=["pt"])  # on duty, but may not take an urgent request
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    assert offered(client.get(f"{URL}?record={record.pk}").content.decode()) == ["en"]

    routine = make_triage(patient, disposition="routine")
    assert offered(client.get(f"{URL}?record={routine.pk}").content.decode()) == ["en", "pt"]


def test_posting_a_language_nobody_on_duty_speaks_is_a_form_error(client, patient, make_triage, make_worker):
    make_worker("nurse", languages=["en"])
    make_worker("nurse", languages=["fr"], on_duty=False)
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    for language in ("fr", "xx", ""):
        response = client.post(URL, {"record": record.pk, "channel": "phone", "language": language})
        assert response.status_code == 400
        html = response.content.decode()
        assert "errorlist" in html
        assert offered(html) == ["en"]
    assert not ContactRequest.objects.exists()
    response = client.post(URL, {"record": record.pk, "channel": "phone", "language": "en"})
    assert response.status_code == 302
    assert ContactRequest.objects.get().language == "en"


def test_the_error_names_the_problem(client, patient, make_triage, make_worker):
    make_worker("nurse", languages=["en"])
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    html = client.post(URL, {"record": record.pk, "channel": "phone", "language": "fr"}).content.decode()
    assert "No health worker on duty speaks this language now" in html


def test_with_nobody_on_duty_the_languages_of_those_coming_in_time_are_offered(
    client, patient, make_triage, make_worker, now
):
    make_worker("nurse", languages=["fr"], shift=(now + H / 2, now + 8 * H))
    make_worker("nurse", languages=["de"], shift=(now + 3 * H, now + 8 * H))  # after the urgent hour
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    html = client.get(f"{URL}?record={record.pk}").content.decode()
    assert offered(html) == ["fr"]
    assert "No health worker is on duty right now" in html
    assert (now + H / 2).strftime("%H:%M") in html
    response = client.post(URL, {"record": record.pk, "channel": "phone", "language": "fr"})
    assert response.status_code == 302
    assert ContactRequest.objects.get().state == "requested"  # it waits for the nurse, as before
    assert "The first who can take your request" not in client.get(response["Location"]).content.decode()


def test_with_nobody_on_duty_or_coming_the_page_says_so(client, patient, make_triage, make_worker, now):
    make_worker("nurse", languages=["en"], shift=(now + 3 * H, now + 8 * H))
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    response = client.get(f"{URL}?record={record.pk}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "No health worker who can take your request is on duty now" in html
    assert "join the queue of an emergency department" in html
    assert offered(html) == [] and 'name="channel"' not in html
    posted = client.post(URL, {"record": record.pk, "channel": "phone", "language": "en"})
    assert posted.status_code == 400
    assert not ContactRequest.objects.exists()


def test_the_language_list_is_one_query_however_many_workers(make_worker, now):
    make_worker("nurse", languages=["en"])
    with CaptureQueriesContext(connection) as one:
        contact_languages_offered(at=now, disposition="urgent")
    for languages in (["fr"], ["es", "en"], ["ar"], ["uk"]):
        make_worker("nurse", languages=languages)
    with CaptureQueriesContext(connection) as five:
        found = contact_languages_offered(at=now, disposition="urgent")
    assert len(one) == len(five) == 1
    assert found.languages == ("ar", "en", "es", "fr", "uk") and found.on_duty


def test_the_api_still_takes_any_language_code(patient, client_for, make_triage, make_worker):
    make_worker("nurse", languages=["en"])
    record = make_triage(patient, disposition="urgent")
    response = client_for(patient).post(
        "/api/v1/workers/contact-requests/", {"triage_record": record.pk, "channel": "phone", "language": "pl"}
    )
    assert response.status_code == 201, response.content
    assert response.json()["state"] == "requested"
