"""The pages: a patient asks for and follows a contact; a worker accepts and completes on their phone."""

import datetime as dt

import pytest

from healthsvc.models import AuditEvent
from workers.choices import ContactState
from workers.models import ContactRequest

pytestmark = pytest.mark.django_db

H = dt.timedelta(hours=1)


# --- patient pages ---------------------------------------------------------------------------------
def test_patient_asks_for_contact_from_the_result_page_link(client, patient, make_triage, make_worker):
    make_worker("nurse", full_name="Nora Nightingale")
    record = make_triage(patient, disposition="urgent")
    client.force_login(patient)
    form = client.get(f"/workers/contact/new/?record={record.pk}")
    assert form.status_code == 200
    html = form.content.decode()
    assert "within about an hour" in html
    assert 'name="csrfmiddlewaretoken"' in html
    response = client.post("/workers/contact/new/", {"record": record.pk, "channel": "phone", "language": "en"})
    request = ContactRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/workers/contact/{request.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "A health worker will contact you" in page
    assert "Nora" in page and "nurse" in page
    assert request.due_by.strftime("%H:%M") in page
    # Asking again about the same check leads to the open request.
    again = client.get(f"/workers/contact/new/?record={record.pk}")
    assert again["Location"] == f"/workers/contact/{request.pk}/"


def test_the_form_explains_when_the_result_does_not_lead_to_a_worker(client, patient, make_triage):
    record = make_triage(patient, disposition="self_care")
    client.force_login(patient)
    response = client.get(f"/workers/contact/new/?record={record.pk}")
    assert response.status_code == 409
    assert "urgent or routine" in response.content.decode()
    posted = client.post("/workers/contact/new/", {"record": record.pk, "channel": "phone", "language": "en"})
    assert posted.status_code == 409
    assert not ContactRequest.objects.exists()


def test_the_form_is_404_for_another_patients_record(client, patient, make_user, make_triage):
    record = make_triage(make_user("patient"))
    client.force_login(patient)
    assert client.get(f"/workers/contact/new/?record={record.pk}").status_code == 404
    assert client.get("/workers/contact/new/").status_code == 404
    posted = client.post("/workers/contact/new/", {"record": record.pk, "channel": "phone", "language": "en"})
    assert posted.status_code == 404


def test_the_form_shows_errors(client, patient, make_triage):
    record = make_triage(patient)
    client.force_login(patient)
    response = client.post("/workers/contact/new/", {"record": record.pk, "channel": "pigeon", "language": "en"})
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()


def test_waiting_page_says_when_someone_is_on_duty_and_offers_the_er(client, patient, make_request, make_worker, now):
    make_worker("nurse", shift=(now + 2 * H, now + 10 * H))
    request = make_request(patient=patient, disposition="urgent")
    client.force_login(patient)
    html = client.get(f"/workers/contact/{request.pk}/").content.decode()
    assert "Nobody is on duty right now" in html
    assert (now + 2 * H).strftime("%H:%M") in html
    assert 'data-alternative="er_queue"' in html
    assert 'href="/er/"' in html
    assert 'http-equiv="refresh"' in html


def test_expired_urgent_page_offers_the_er(client, patient, make_request):
    request = make_request("expired", patient=patient)
    client.force_login(patient)
    html = client.get(f"/workers/contact/{request.pk}/").content.decode()
    assert "Nobody contacted you in time" in html
    assert 'href="/er/"' in html
    assert "Cancel my request" not in html


def test_patient_cancels_from_the_page(client, patient, make_request):
    request = make_request(patient=patient)
    client.force_login(patient)
    response = client.post(f"/workers/contact/{request.pk}/cancel/")
    assert response.status_code == 302
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.CANCELLED
    again = client.post(f"/workers/contact/{request.pk}/cancel/", follow=True)  # a double tap: no error
    assert again.status_code == 200
    assert "cannot be cancelled" not in again.content.decode()
    assert request.transitions.count() == 1


def test_another_patients_request_page_is_404(client, patient, make_request, make_worker):
    theirs = make_request()
    client.force_login(patient)
    assert client.get(f"/workers/contact/{theirs.pk}/").status_code == 404
    assert client.post(f"/workers/contact/{theirs.pk}/cancel/").status_code == 404
    assert ContactRequest.objects.get(pk=theirs.pk).state == ContactState.REQUESTED
    client.force_login(make_worker().user)  # staff do not read patients' pages either
    assert client.get(f"/workers/contact/{theirs.pk}/").status_code == 404


def test_pages_need_sign_in(client):
    for url in ("/workers/requests/", "/workers/contact/1/", "/workers/contact/new/?record=1"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


# --- worker pages -----------------------------------------------------------------------------------
def test_worker_page_accept_then_complete(client, make_worker, make_request):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    request.patient.patient_profile.phone = "+44 20 7946 0001"
    request.patient.patient_profile.save()
    client.force_login(worker.user)
    page = client.get("/workers/requests/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Pat Example" in html
    assert 'href="tel:+44 20 7946 0001"' in html
    assert f'action="/workers/requests/{request.pk}/accept/"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="viewport"' in html
    assert AuditEvent.objects.filter(actor=worker.user, object_id=str(request.pk), action="read").exists()

    client.post(f"/workers/requests/{request.pk}/accept/")
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.IN_PROGRESS
    html = client.get("/workers/requests/").content.decode()
    assert f'action="/workers/requests/{request.pk}/complete/"' in html
    client.post(f"/workers/requests/{request.pk}/complete/", {"note": "Advised fluids"})
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.COMPLETED
    html = client.get("/workers/requests/").content.decode()
    assert "Nothing assigned to you right now" in html
    assert "Recently closed" in html


def test_worker_page_shows_illegal_actions_as_messages(client, make_worker, make_request):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    client.force_login(worker.user)
    response = client.post(f"/workers/requests/{request.pk}/complete/", follow=True)
    assert "cannot be completed" in response.content.decode()
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.ASSIGNED


def test_worker_actions_need_post_and_csrf(make_worker, make_request):
    from django.test import Client

    worker = make_worker()
    request = make_request("assigned", worker=worker)
    client = Client(enforce_csrf_checks=True)
    client.force_login(worker.user)
    assert client.get(f"/workers/requests/{request.pk}/accept/").status_code == 405
    assert client.post(f"/workers/requests/{request.pk}/accept/").status_code == 403
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.ASSIGNED


def test_other_workers_and_patients_cannot_act(client, make_worker, make_request, patient):
    request = make_request("assigned", worker=make_worker(), patient=patient)
    client.force_login(make_worker().user)
    assert client.post(f"/workers/requests/{request.pk}/accept/").status_code == 404
    client.force_login(patient)
    assert client.get("/workers/requests/").status_code == 404
    assert client.post(f"/workers/requests/{request.pk}/accept/").status_code == 404
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.ASSIGNED


def test_nurse_without_profile_is_told_so(client, make_user):
    client.force_login(make_user("nurse"))
    response = client.get("/workers/requests/")
    assert response.status_code == 403
    assert "no health-worker profile" in response.content.decode()


def test_worker_page_shows_shift_and_load(client, make_worker, now):
    worker = make_worker(limit=4, shift=(now - H, now + 3 * H))
    client.force_login(worker.user)
    html = client.get("/workers/requests/").content.decode()
    assert "On duty until" in html
    assert "0 of at most 4" in html
    off = make_worker(on_duty=False, shift=(now + 5 * H, now + 6 * H))
    client.force_login(off.user)
    assert "You are not on duty now; your next shift starts" in client.get("/workers/requests/").content.decode()


def test_worker_page_has_bounded_queries(client, make_worker, make_request, django_assert_max_num_queries):
    worker = make_worker(limit=50)
    for _ in range(10):
        make_request("assigned", worker=worker)
        make_request("completed", worker=worker)
    client.force_login(worker.user)
    with django_assert_max_num_queries(15):
        assert client.get("/workers/requests/").status_code == 200
