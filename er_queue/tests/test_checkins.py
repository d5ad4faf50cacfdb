"""Check-ins on long waits (issue 14 item 2, and "no reply" of item 3): the sweep, the email, the answers."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext

from er_queue import selectors, services
from er_queue.choices import BookingState, CheckinAnswer, EndReason
from er_queue.models import ERBooking
from er_queue.services.checkins import (
    booking_checkin_answer,
    bookings_checkin_prompt_due,
    checkin_prompts_send,
)
from er_queue.tasks import checkin_prompts_task
from er_queue.tests.conftest import shift_clock
from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db

API = "/api/v1/er"


@pytest.fixture(autouse=True)
def checkin_settings(settings):
    # The documented defaults, set here so a change of default does not silently change what is tested.
    settings.ER_CHECKIN_MARGIN_MINUTES = 15
    settings.ER_CHECKIN_INTERVAL_MINUTES = 60
    settings.ER_CHECKIN_NO_REPLY_MINUTES = 10
    return settings


def wait(minutes: float, *bookings) -> None:
    """Time passes for these bookings: their stored moments, check-in ones included, move into the past."""
    ids = [booking.pk for booking in bookings]
    shift_clock(minutes, booking_ids=ids)
    delta = dt.timedelta(minutes=minutes)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE er_queue_erbooking SET checkin_prompted_at = checkin_prompted_at - %s, "
            "checkin_emailed_at = checkin_emailed_at - %s, checkin_answered_at = checkin_answered_at - %s "
            "WHERE id = ANY(%s)",
            [delta, delta, delta, ids],
        )


def prompted(booking) -> ERBooking:
    """A waiting booking that has just been asked (CTAS target + margin passed, sweep run)."""
    wait(policy_due_minutes(booking.priority) + 1, booking)
    assert booking.pk in bookings_checkin_prompt_due()
    booking.refresh_from_db()
    return booking


def policy_due_minutes(acuity: int) -> int:
    # Hand-written CTAS targets (minutes; CAEP 2016 revision), not read from the table under test.
    return {1: 0, 2: 15, 3: 30, 4: 60, 5: 120}[acuity] + 15


# --- the sweep ---------------------------------------------------------------------------------------
def test_the_sweep_prompts_exactly_the_due_bookings_once_per_interval(book, booking_in, make_room, staff):
    room = make_room()
    level3 = book(room, acuity=3, confirm=True)  # due after 30 + 15 minutes
    level4 = book(room, acuity=4, confirm=True)  # due after 60 + 15
    unconfirmed = book(room, acuity=3)
    walk_in = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Blue coat", acuity=3).booking
    called = booking_in("called", acuity=3)
    arrived = booking_in("arrived", acuity=3)
    everyone = (level3, level4, unconfirmed, walk_in, called, arrived)

    wait(44, *everyone)
    assert bookings_checkin_prompt_due() == []  # 44 < 30 + 15
    wait(2, *everyone)
    assert bookings_checkin_prompt_due() == [level3.pk]
    assert bookings_checkin_prompt_due() == []  # run twice: once per interval
    first = ERBooking.objects.get(pk=level3.pk).checkin_prompted_at

    wait(30, *everyone)  # minute 76: level 4 is due; level 3 was asked 30 minutes ago
    assert bookings_checkin_prompt_due() == [level4.pk]
    wait(29, *everyone)  # 59 minutes after level 3's prompt
    assert bookings_checkin_prompt_due() == []
    wait(2, *everyone)  # 61 minutes
    assert bookings_checkin_prompt_due() == [level3.pk]
    assert ERBooking.objects.get(pk=level3.pk).checkin_prompted_at > first - dt.timedelta(minutes=61)
    untouched = ERBooking.objects.filter(pk__in=[b.pk for b in (unconfirmed, walk_in, called, arrived)])
    assert not untouched.filter(checkin_prompted_at__isnull=False).exists()


def test_the_sweep_works_in_batches_with_a_bounded_query_count(book, make_room, django_assert_num_queries):
    room = make_room(capacity=20)
    waiting = [book(room, acuity=4, confirm=True) for _ in range(7)]
    wait(80, *waiting)
    with django_assert_num_queries(9):  # 3 batches of 3: per batch a savepoint pair around one statement
        ids = bookings_checkin_prompt_due(batch_size=3)
    assert sorted(ids) == sorted(b.pk for b in waiting)


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_sweeps_prompt_each_booking_once(book, make_room):
    room = make_room(capacity=60)
    waiting = [book(room, acuity=3, confirm=True) for _ in range(40)]
    wait(50, *waiting)
    barrier = threading.Barrier(2)
    results: list[list[int]] = []
    errors: list[BaseException] = []

    def sweep():
        try:
            barrier.wait()
            results.append(bookings_checkin_prompt_due(batch_size=5))
        except BaseException as exc:
            errors.append(exc)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    together = results[0] + results[1]
    assert sorted(together) == sorted(b.pk for b in waiting)  # every one, and none twice
    assert bookings_checkin_prompt_due() == []


# --- the email ---------------------------------------------------------------------------------------
def test_the_prompt_is_emailed_once_in_the_patients_language(book, make_room, make_patient, mailoutbox):
    room = make_room(name="Hôpital Test")
    french = book(room, patient=make_patient(full_name="Camille Martin", language="fr"), acuity=3, confirm=True)
    english = book(room, acuity=3, confirm=True)
    wait(46, french, english)
    assert checkin_prompts_task() == 2
    assert checkin_prompts_task() == 0
    assert len(mailoutbox) == 2  # a second run sends nothing
    by_address = {message.to[0]: message for message in mailoutbox}
    fr = by_address[french.patient.email]
    assert fr.body.startswith("Bonjour Camille,")
    assert f"La référence de votre réservation est {french.reference}." in fr.body
    assert f"/er/bookings/{french.pk}/" in fr.body
    en = by_address[english.patient.email]
    assert en.subject == f"Are your symptoms the same, better or worse? ({english.reference})"
    assert "Answer on your booking page" in en.body
    french.refresh_from_db()
    assert french.checkin_emailed_at == french.checkin_prompted_at

    wait(61, french, english)  # the next interval: one more email each
    checkin_prompts_task()
    assert len(mailoutbox) == 4


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise OSError("mail server away")


def test_a_failed_email_is_sent_by_a_later_run(book, make_room, settings, mailoutbox):
    waiting = book(make_room(), acuity=3, confirm=True)
    wait(46, waiting)
    settings.EMAIL_BACKEND = "er_queue.tests.test_checkins.FailingBackend"
    checkin_prompts_task()
    waiting.refresh_from_db()
    assert waiting.checkin_prompted_at is not None and waiting.checkin_emailed_at is None  # the claim was given back
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert checkin_prompts_send() == 1
    assert len(mailoutbox) == 1


def test_no_email_once_the_patient_is_called(book, make_room, staff, mailoutbox):
    room = make_room()
    waiting = book(room, acuity=3, confirm=True)
    wait(46, waiting)
    bookings_checkin_prompt_due()
    services.room_call_next(room_id=room.pk, actor=staff)
    assert checkin_prompts_send() == 0
    assert [m for m in mailoutbox if "same, better or worse" in m.subject] == []


# --- the answers -------------------------------------------------------------------------------------
def test_better_cancels_with_left_improved_and_offers_the_next_branch(book, make_room, client, mailoutbox):
    room = make_room()
    waiting = prompted(book(room, acuity=3, confirm=True, disposition="urgent"))
    behind = book(room, acuity=4, confirm=True)
    assert selectors.booking_slot_number(behind) == 2

    client.force_login(waiting.patient)
    response = client.post(f"/er/bookings/{waiting.pk}/check-in-answer/", {"answer": "better"})
    assert response.status_code == 302 and response["Location"] == f"/er/bookings/{waiting.pk}/"
    waiting.refresh_from_db()
    assert waiting.state == BookingState.CANCELLED
    assert waiting.end_reason == EndReason.LEFT_IMPROVED
    assert waiting.checkin_answer == CheckinAnswer.BETTER
    last = waiting.transitions.order_by("-at", "-id").first()
    assert (last.from_state, last.to_state) == ("confirmed", "cancelled")
    assert selectors.booking_slot_number(behind) == 1  # everyone behind moved up
    assert AuditEvent.objects.filter(action="er_checkin_answer", object_id=str(waiting.pk)).exists()

    page = client.get(f"/er/bookings/{waiting.pk}/").content.decode()
    record = waiting.triage_record_id
    # An urgent result may ask for a health worker: offered first, then self-care advice.
    assert page.index(f"/workers/contact/new/?record={record}") < page.index(f"/suggestions/records/{record}/")
    assert "Glad you feel better" in page
    # A repeat (a lost response) is answered with the booking as it is.
    assert booking_checkin_answer(booking_id=waiting.pk, actor=waiting.patient, answer="better").pk == waiting.pk


def test_after_an_emergency_result_better_offers_a_new_symptom_check_first(book, make_room, client):
    waiting = prompted(book(make_room(), acuity=2, confirm=True, disposition="emergency"))
    client.force_login(waiting.patient)
    client.post(f"/er/bookings/{waiting.pk}/check-in-answer/", {"answer": "better"})
    page = client.get(f"/er/bookings/{waiting.pk}/").content.decode()
    record = waiting.triage_record_id
    # The contact service refuses an emergency result, so the re-check (which offers a health worker or
    # self-care by its new result) comes first, then the advice of the original result.
    assert "/workers/contact/new/" not in page
    assert page.index(f"/triage/start/?from={record}") < page.index(f"/suggestions/records/{record}/")


def test_same_keeps_the_place_and_clears_the_banner(book, make_room, client):
    room = make_room()
    ahead = book(room, acuity=2, confirm=True)
    waiting = prompted(book(room, acuity=3, confirm=True))
    before = (selectors.booking_slot_number(waiting), waiting.queue_due_at, waiting.priority)
    client.force_login(waiting.patient)
    page = client.get(f"/er/bookings/{waiting.pk}/").content.decode()
    assert 'id="checkin"' in page and "Are your symptoms the same, better or worse?" in page
    assert 'id="checkin" aria-labelledby="checkin-question" hidden' not in page

    response = client.post(f"/er/bookings/{waiting.pk}/check-in-answer/", {"answer": "same"}, follow=True)
    assert "Your place in the queue is kept." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.state == BookingState.CONFIRMED
    assert (selectors.booking_slot_number(waiting), waiting.queue_due_at, waiting.priority) == before
    assert waiting.checkin_answer == CheckinAnswer.SAME and not waiting.checkin_pending
    assert 'aria-labelledby="checkin-question" hidden' in response.content.decode()
    assert ahead.pk  # still ahead


def test_worse_is_recorded_and_opens_the_re_check(book, make_room, client):
    waiting = prompted(book(make_room(), acuity=3, confirm=True))
    client.force_login(waiting.patient)
    response = client.post(f"/er/bookings/{waiting.pk}/check-in-answer/", {"answer": "worse"})
    assert response.status_code == 302
    assert response["Location"] == f"/er/bookings/{waiting.pk}/worse/"
    waiting.refresh_from_db()
    assert waiting.state == BookingState.CONFIRMED and waiting.checkin_answer == CheckinAnswer.WORSE


def test_no_answer_changes_nothing(book, make_room, mailoutbox):
    room = make_room()
    waiting = prompted(book(room, acuity=3, confirm=True))
    wait(59, waiting)  # unanswered for most of an interval
    fields = ("state", "priority", "queue_band", "queue_due_at", "deadline", "end_reason")
    before = ERBooking.objects.filter(pk=waiting.pk).values(*fields).get()
    slot = selectors.booking_slot_number(waiting)
    history = waiting.transitions.count()
    bookings_checkin_prompt_due()
    checkin_prompts_send()
    assert ERBooking.objects.filter(pk=waiting.pk).values(*fields).get() == before
    assert selectors.booking_slot_number(waiting) == slot
    assert waiting.transitions.count() == history


def test_answers_are_refused_in_the_documented_ways(book, booking_in, make_room, make_patient, staff):
    waiting = book(make_room(), acuity=3, confirm=True)
    with pytest.raises(Conflict) as not_asked:
        booking_checkin_answer(booking_id=waiting.pk, actor=waiting.patient, answer="same")
    assert not_asked.value.code == "no_checkin_prompt"
    waiting = prompted(waiting)
    with pytest.raises(Invalid):
        booking_checkin_answer(booking_id=waiting.pk, actor=waiting.patient, answer="fine")
    with pytest.raises(NotFound):
        booking_checkin_answer(booking_id=waiting.pk, actor=make_patient(), answer="same")
    with pytest.raises(Forbidden):
        booking_checkin_answer(booking_id=waiting.pk, actor=staff, answer="same")
    called = booking_in("called", acuity=3)
    with pytest.raises(Conflict) as not_waiting:
        booking_checkin_answer(booking_id=called.pk, actor=called.patient, answer="better")
    assert not_waiting.value.extra["current_state"] == "called"


# --- the desk board ----------------------------------------------------------------------------------
def test_the_board_shows_no_reply_for_ctas_2_and_3_without_extra_queries(book, make_room, staff, client):
    room = make_room(capacity=20)
    level2 = prompted(book(room, acuity=2, confirm=True))
    level3 = prompted(book(room, acuity=3, confirm=True))
    level4 = prompted(book(room, acuity=4, confirm=True))
    answered = prompted(book(room, acuity=3, confirm=True))
    booking_checkin_answer(booking_id=answered.pk, actor=answered.patient, answer="same")
    fresh = prompted(book(room, acuity=3, confirm=True))
    wait(11, level2, level3, level4, answered)  # unanswered for 11 minutes > ER_CHECKIN_NO_REPLY_MINUTES

    board = selectors.room_board(room_id=room.pk)
    flags = {booking.pk: booking.checkin_no_reply for booking in board.waiting}
    assert flags == {level2.pk: True, level3.pk: True, level4.pk: False, answered.pk: False, fresh.pk: False}

    client.force_login(staff)
    html = client.get(f"/er/rooms/{room.pk}/board/partial/").content.decode()
    assert html.count("no reply") == 2

    # The flag is read from the rows themselves: more prompted patients, no more queries.
    with CaptureQueriesContext(connection) as five:
        selectors.room_board(room_id=room.pk)
    more = [prompted(book(room, acuity=3, confirm=True)) for _ in range(3)]
    wait(11, *more)
    with CaptureQueriesContext(connection) as eight:
        board = selectors.room_board(room_id=room.pk)
    assert len(board.waiting) == 8 and len(eight) == len(five)


# --- the API -----------------------------------------------------------------------------------------
def test_the_api_answers_and_refuses_bad_input(book, make_room, make_patient, staff, client_for):
    waiting = prompted(book(make_room(), acuity=3, confirm=True))
    mine = client_for(waiting.patient)
    body = mine.get(f"{API}/bookings/{waiting.pk}/").json()
    assert body["checkin_pending"] is True and body["checkin_prompted_at"]

    url = f"{API}/bookings/{waiting.pk}/check-in-answer/"
    bad = mine.post(url, {"answer": "meh"}, format="json")
    assert bad.status_code == 400 and "answer" in bad.json()["error"]["fields"]
    assert mine.post(url, {}, format="json").status_code == 400
    assert client_for(make_patient()).post(url, {"answer": "same"}, format="json").status_code == 404
    assert client_for(staff).post(url, {"answer": "same"}, format="json").status_code == 403

    same = mine.post(url, {"answer": "same"}, format="json")
    assert same.status_code == 200 and same.json()["state"] == "confirmed" and same.json()["checkin_pending"] is False
    better = mine.post(url, {"answer": "better"}, format="json")
    assert better.status_code == 200
    assert (better.json()["state"], better.json()["end_reason"]) == ("cancelled", "left_improved")
    again = mine.post(url, {"answer": "same"}, format="json")
    assert again.status_code == 409 and again.json()["error"]["current_state"] == "cancelled"


def test_the_schema_documents_the_answer(client):
    schema = client.get("/api/schema/").content.decode()
    assert "/api/v1/er/bookings/{booking_id}/check-in-answer/" in schema
    assert "er_bookings_check_in_answer" in schema


# --- the browser -------------------------------------------------------------------------------------
@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_banner_asks_and_better_shows_where_to_go_next(live_server, page, settings, make_room, book):
    from er_queue.tests.test_browser import no_horizontal_scroll, sign_in

    settings.ER_PATIENT_POLL_SECONDS = 1
    room = make_room(name="Check-in ER")
    waiting = book(room, acuity=3, confirm=True, disposition="urgent")
    sign_in(page, live_server, waiting.patient, f"/er/bookings/{waiting.pk}/")
    banner = page.locator("#checkin")
    assert not banner.is_visible()  # not asked yet

    wait(46, waiting)
    checkin_prompts_task()  # the beat task: the banner appears without a reload
    question = page.get_by_role("heading", name="Are your symptoms the same, better or worse?")
    question.wait_for(timeout=10_000)
    assert page.get_by_role("button", name="The same").is_visible()
    assert page.get_by_role("button", name="Worse").is_visible()
    assert no_horizontal_scroll(page)

    page.get_by_role("button", name="Better, I no longer need the ER").click()
    page.get_by_role("heading", name="Glad you feel better. What next?").wait_for()
    assert page.get_by_role("link", name="Ask a health worker to contact you").is_visible()
    assert page.get_by_role("link", name="Self-care advice and warning signs").is_visible()
    assert not banner.is_visible()
    waiting.refresh_from_db()
    assert (waiting.state, waiting.end_reason) == ("cancelled", "left_improved")
    assert no_horizontal_scroll(page)
