"""A clinician lowers a booking's priority from the booking page (issue 14 item 1): the form on the staff view,
its POST view, and who may use it (the same as POST /api/v1/er/bookings/{id}/priority/)."""

from __future__ import annotations

import re

import pytest
from django.contrib.messages import get_messages

from er_queue import policy, selectors
from er_queue.choices import PriorityChangeKind
from er_queue.models import BookingPriorityChange

pytestmark = pytest.mark.django_db


@pytest.fixture
def clinician(make_user):
    """A clinician without ER desk rights: may lower a priority (the API's permission), does not run the queue."""
    return make_user("clinician", full_name="Doctor Who")


@pytest.fixture
def desk_clinician(make_user):
    """A clinician who also works the ER desk: sees the staff view of the booking page, so the form on it."""
    from django.contrib.auth.models import Group

    user = make_user("er_staff", full_name="Doctor Desk")
    user.groups.add(Group.objects.get(name="clinician"))
    return user


def _url(booking) -> str:
    return f"/er/bookings/{booking.pk}/priority/"


def _slots(room) -> list[int]:
    return [booking.pk for booking in selectors.queue_waiting(room=room)]


def _messages(response) -> list[str]:
    """The messages queued so far (unread ones of earlier requests first: a test that does not follow the
    redirect never shows them)."""
    return [str(message) for message in get_messages(response.wsgi_request)]


def _form(html: str) -> str:
    match = re.search(r'<details class="priority-lower".*?</details>', html, re.S)
    return match.group(0) if match else ""


def test_the_staff_view_shows_a_clinician_the_less_urgent_levels_only(client, room, book, desk_clinician):
    mine = book(room, acuity=2, confirm=True)
    client.force_login(desk_clinician)
    form = _form(client.get(f"/er/bookings/{mine.pk}/").content.decode())
    assert f'action="{_url(mine)}"' in form and "csrfmiddlewaretoken" in form
    options = re.findall(r'<option value="(\d)"[^>]*>([^<]*)</option>', form)
    assert options == [("3", "CTAS 3 · Urgent"), ("4", "CTAS 4 · Less urgent"), ("5", "CTAS 5 · Non-urgent")]
    assert re.search(r'<textarea name="reason"[^>]*required', form)
    assert "Lower priority</button>" in form


def test_the_form_is_not_shown_to_whoever_may_not_lower_or_when_nothing_can_be_lowered(
    client, room, book, booking_in, staff, desk_clinician
):
    mine = book(room, acuity=3, confirm=True)
    client.force_login(staff)  # the desk: the staff view, without the permission
    assert _form(client.get(f"/er/bookings/{mine.pk}/").content.decode()) == ""
    client.force_login(mine.patient)
    assert _form(client.get(f"/er/bookings/{mine.pk}/").content.decode()) == ""
    client.force_login(desk_clinician)
    least_urgent = book(room, acuity=5, confirm=True)
    assert _form(client.get(f"/er/bookings/{least_urgent.pk}/").content.decode()) == ""
    ended = booking_in("completed", acuity=3)  # in a room of its own: the call-next calls it
    assert _form(client.get(f"/er/bookings/{ended.pk}/").content.decode()) == ""


def test_a_clinician_lowers_with_a_reason(client, room, book, desk_clinician):
    first = book(room, acuity=3, confirm=True)
    mine = book(room, acuity=2, confirm=True)
    assert _slots(room) == [mine.pk, first.pk]
    client.force_login(desk_clinician)
    response = client.post(_url(mine), {"acuity": "4", "reason": "seen by phone: stable"}, follow=True)
    assert response.redirect_chain == [(f"/er/bookings/{mine.pk}/", 302)]
    assert f"Priority of {mine.reference} lowered to CTAS 4 · Less urgent." in response.content.decode()
    change = BookingPriorityChange.objects.get(booking=mine)
    assert (change.kind, change.actor, change.from_priority, change.to_priority, change.reason) == (
        PriorityChangeKind.LOWERED_BY_CLINICIAN,
        desk_clinician,
        2,
        4,
        "seen by phone: stable",
    )
    mine.refresh_from_db()
    assert (mine.priority, mine.queue_band) == (4, policy.queue_band(4))
    assert mine.queue_due_at == policy.queue_due_at(mine.confirmed_at, 4)
    assert _slots(room) == [first.pk, mine.pk]  # the place is recomputed: behind the more urgent patient
    # At CTAS 4 the form now offers CTAS 5 only.
    options = re.findall(r'<option value="(\d)"', _form(response.content.decode()))
    assert options == ["5"]


def test_a_clinician_without_desk_rights_may_post_as_through_the_api(client, room, book, clinician):
    mine = book(room, acuity=3, confirm=True)
    client.force_login(clinician)
    response = client.post(_url(mine), {"acuity": "5", "reason": "reviewed", "next": "/er/"})
    assert response.status_code == 302 and response["Location"] == "/er/"
    mine.refresh_from_db()
    assert mine.priority == 5


def test_a_missing_reason_is_a_form_error_and_changes_nothing(client, room, book, desk_clinician):
    mine = book(room, acuity=3, confirm=True)
    before = (mine.priority, mine.queue_band, mine.queue_due_at)
    client.force_login(desk_clinician)
    for data in ({"acuity": "4"}, {"acuity": "4", "reason": "   "}):
        response = client.post(_url(mine), data)
        assert response.status_code == 302 and response["Location"] == f"/er/bookings/{mine.pk}/"
        assert _messages(response)[-1] == "Say why the priority is lowered."
    page = client.post(_url(mine), {"acuity": "4"}, follow=True).content.decode()
    assert "Say why the priority is lowered." in page
    mine.refresh_from_db()
    assert (mine.priority, mine.queue_band, mine.queue_due_at) == before
    assert not BookingPriorityChange.objects.exists()


def test_a_raise_or_the_same_level_is_refused(client, room, book, desk_clinician):
    mine = book(room, acuity=3, confirm=True)
    client.force_login(desk_clinician)
    for acuity in ("2", "3"):
        response = client.post(_url(mine), {"acuity": acuity, "reason": "not less urgent"})
        assert response.status_code == 302 and response["Location"] == f"/er/bookings/{mine.pk}/"
        assert _messages(response)[-1] == "The booking is at CTAS 3: a lower priority is a higher number (up to 5)."
    for acuity, error in (("9", "Select a valid choice."), ("four", "Select a valid choice."), ("", "required")):
        page = client.post(_url(mine), {"acuity": acuity, "reason": "x"}, follow=True)  # a form error, never a 500
        assert page.status_code == 200 and error in page.content.decode()
    mine.refresh_from_db()
    assert mine.priority == 3 and not BookingPriorityChange.objects.exists()


def test_an_ended_or_unknown_booking_is_a_message_or_a_404(client, room, booking_in, desk_clinician):
    ended = booking_in("completed", room=room, acuity=3)
    client.force_login(desk_clinician)
    response = client.post(_url(ended), {"acuity": "5", "reason": "x"})
    assert response.status_code == 302
    assert _messages(response) == [
        "This booking is completed; only a waiting or called booking has a priority to change."
    ]
    assert client.post("/er/bookings/999999/priority/", {"acuity": "5", "reason": "x"}).status_code == 404
    assert not BookingPriorityChange.objects.exists()


def test_a_desk_or_nurse_user_who_may_not_lower_is_refused(client, room, book, staff, make_user):
    mine = book(room, acuity=3, confirm=True)
    for user in (staff, make_user("nurse")):
        client.force_login(user)
        assert client.post(_url(mine), {"acuity": "5", "reason": "desk says"}).status_code == 403
    mine.refresh_from_db()
    assert mine.priority == 3 and not BookingPriorityChange.objects.exists()


def test_a_patient_is_refused_as_by_the_api_saying_nothing_about_the_booking(client, room, book, client_for):
    """The API's permission answers 403 to a patient before anything about the booking is said
    (docs/er_queue.md), for their own booking, another's and one that does not exist alike: the page mirrors it."""
    mine = book(room, acuity=3, confirm=True)
    other = book(room, acuity=3, confirm=True)
    client.force_login(mine.patient)
    for path in (_url(mine), _url(other), "/er/bookings/999999/priority/"):
        assert client.post(path, {"acuity": "5", "reason": "I feel fine"}).status_code == 403
    api = client_for(mine.patient).post(f"/api/v1/er/bookings/{other.pk}/priority/", {"acuity": 5, "reason": "x"})
    assert api.status_code == 403
    mine.refresh_from_db()
    assert mine.priority == 3 and not BookingPriorityChange.objects.exists()


def test_sign_in_is_needed_and_get_is_not_allowed(client, room, book, desk_clinician):
    mine = book(room, acuity=3, confirm=True)
    response = client.post(_url(mine), {"acuity": "5", "reason": "x"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(desk_clinician)
    assert client.get(_url(mine)).status_code == 405
    mine.refresh_from_db()
    assert mine.priority == 3


def test_the_post_needs_a_csrf_token(room, book, desk_clinician):
    from django.test import Client

    mine = book(room, acuity=3, confirm=True)
    client = Client(enforce_csrf_checks=True)
    client.force_login(desk_clinician)
    assert client.post(_url(mine), {"acuity": "5", "reason": "x"}).status_code == 403
    mine.refresh_from_db()
    assert mine.priority == 3


def test_the_form_and_its_messages_are_in_french(client, room, book, desk_clinician):
    from tests.test_i18n import untranslated

    mine = book(room, acuity=2, confirm=True)
    client.force_login(desk_clinician)
    path = f"/er/bookings/{mine.pk}/"
    english = _form(client.get(path, HTTP_ACCEPT_LANGUAGE="en").content.decode())
    french = _form(client.get(path, HTTP_ACCEPT_LANGUAGE="fr").content.decode())
    assert french and untranslated(english, french, set()) == []
    assert "ÉTG 4 · Moins urgent" in french and "Abaisser la priorité</button>" in french
    response = client.post(_url(mine), {"acuity": "4"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert _messages(response) == ["Indiquez pourquoi la priorité est abaissée."]
