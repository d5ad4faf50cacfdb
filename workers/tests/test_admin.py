"""The admin: workers with shifts inline, contact requests read-only with safe actions and history."""

import datetime as dt

import pytest
from django.utils import timezone

from healthsvc.models import AuditEvent
from workers.choices import ContactState
from workers.models import ContactRequest, Shift

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, make_user):
    user = make_user("admin", is_superuser=True)
    client.force_login(user)
    client.user = user
    return client


def test_admin_pages_render(admin_client, make_worker, make_request):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    for url in (
        "/admin/workers/workerprofile/",
        f"/admin/workers/workerprofile/{worker.pk}/change/",
        "/admin/workers/shift/",
        "/admin/workers/contactrequest/",
        "/admin/workers/contactrequest/?state__exact=assigned&channel__exact=phone",
        f"/admin/workers/contactrequest/{request.pk}/change/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_reading_a_request_in_the_admin_is_audited(admin_client, make_request):
    request = make_request()
    admin_client.get(f"/admin/workers/contactrequest/{request.pk}/change/")
    assert AuditEvent.objects.filter(actor=admin_client.user, action="read", object_id=str(request.pk)).exists()


def test_requests_cannot_be_added_deleted_or_edited(admin_client, make_request):
    request = make_request()
    assert admin_client.get("/admin/workers/contactrequest/add/").status_code == 403
    assert admin_client.get(f"/admin/workers/contactrequest/{request.pk}/delete/").status_code == 403
    html = admin_client.get(f"/admin/workers/contactrequest/{request.pk}/change/").content.decode()
    assert 'name="state"' not in html


def test_cancel_action_goes_through_the_service(admin_client, make_request, make_worker):
    waiting = make_request()
    started = make_request("in_progress", worker=make_worker())
    response = admin_client.post(
        "/admin/workers/contactrequest/",
        {"action": "cancel_requests", "_selected_action": [waiting.pk, started.pk]},
        follow=True,
    )
    assert ContactRequest.objects.get(pk=waiting.pk).state == ContactState.CANCELLED
    assert ContactRequest.objects.get(pk=started.pk).state == ContactState.IN_PROGRESS
    html = response.content.decode()
    assert "1 request(s) cancelled" in html
    assert "cannot be cancelled" in html
    row = waiting.transitions.get()
    assert (row.actor, row.reason) == (admin_client.user, "Cancelled in the admin site.")


def test_assign_action(admin_client, make_request, make_worker):
    waiting = make_request()
    worker = make_worker()
    admin_client.post("/admin/workers/contactrequest/", {"action": "assign_now", "_selected_action": [waiting.pk]})
    fresh = ContactRequest.objects.get(pk=waiting.pk)
    assert (fresh.state, fresh.assigned_worker_id) == (ContactState.ASSIGNED, worker.pk)


def test_worker_with_shifts_inline_and_overlap_check(admin_client, make_user):
    user = make_user("nurse")
    now = timezone.now().replace(microsecond=0, second=0)

    def form(shifts):
        data = {
            "user": user.pk,
            "role": "nurse",
            "licence_number": "rn-777",
            "facility_name": "Clinic",
            "facility_kind": "clinic",
            "languages": "en,FR",
            "accepts_patient_contact": "on",
            "max_concurrent_requests": 3,
            "shifts-TOTAL_FORMS": len(shifts),
            "shifts-INITIAL_FORMS": 0,
            "shifts-MIN_NUM_FORMS": 0,
            "shifts-MAX_NUM_FORMS": 1000,
        }
        for index, (start, end) in enumerate(shifts):
            data[f"shifts-{index}-starts_at_0"] = start.strftime("%Y-%m-%d")
            data[f"shifts-{index}-starts_at_1"] = start.strftime("%H:%M:%S")
            data[f"shifts-{index}-ends_at_0"] = end.strftime("%Y-%m-%d")
            data[f"shifts-{index}-ends_at_1"] = end.strftime("%H:%M:%S")
        return data

    overlapping = [(now, now + dt.timedelta(hours=8)), (now + dt.timedelta(hours=7), now + dt.timedelta(hours=9))]
    response = admin_client.post("/admin/workers/workerprofile/add/", form(overlapping))
    assert response.status_code == 200
    assert "Two of these shifts overlap" in response.content.decode()
    response = admin_client.post("/admin/workers/workerprofile/add/", form(overlapping[:1]))
    assert response.status_code == 302
    worker = user.worker_profile
    assert (worker.licence_number, worker.languages) == ("RN-777", ["en", "fr"])
    assert Shift.objects.filter(worker=worker).count() == 1


def test_nurses_may_view_workers_but_not_contact_requests_in_the_admin(client, make_user):
    nurse = make_user("nurse")
    client.force_login(nurse)
    assert client.get("/admin/workers/workerprofile/").status_code == 200
    assert client.get("/admin/workers/contactrequest/").status_code == 403


def test_an_overlapping_shift_is_refused_with_a_message(admin_client, make_worker):
    worker = make_worker()  # on duty from an hour ago for eight hours
    start = timezone.now() + dt.timedelta(hours=2)
    response = admin_client.post(
        "/admin/workers/shift/add/",
        {
            "worker": worker.pk,
            "starts_at_0": start.strftime("%Y-%m-%d"),
            "starts_at_1": start.strftime("%H:%M:%S"),
            "ends_at_0": (start + dt.timedelta(hours=1)).strftime("%Y-%m-%d"),
            "ends_at_1": (start + dt.timedelta(hours=1)).strftime("%H:%M:%S"),
        },
    )
    assert response.status_code == 200
    assert "already has a shift in that period" in response.content.decode()
    assert worker.shifts.count() == 1
