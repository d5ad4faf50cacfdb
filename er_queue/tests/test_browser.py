"""The patient's live booking page and the staff board in a real browser (Chromium, 375 px)."""

from __future__ import annotations

import re

import pytest

from er_queue import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"


def sign_in(page, live_server, user, next_path: str):
    page.goto(f"{live_server.url}/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{next_path}")


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_booking_page_counts_down_by_itself(live_server, page, settings, make_room, book, staff):
    settings.ER_PATIENT_POLL_SECONDS = 1
    room = make_room(name="Browser ER")
    ahead = [book(room, confirm=True) for _ in range(2)]
    mine = book(room, acuity=3)
    sign_in(page, live_server, mine.patient, f"/er/bookings/{mine.pk}/")
    assert no_horizontal_scroll(page)
    page.get_by_text(re.compile(r"Confirm your booking by \d\d:\d\d")).wait_for()
    page.get_by_role("button", name="Confirm my place").click()
    page.locator("#slot-number").filter(has_text="3").wait_for()
    page.get_by_text("2 patients are ahead of you.").wait_for()
    assert page.locator("#near-front").is_visible()  # 3 turns or fewer: the warning shows

    page.evaluate("window.__notReloaded = true")
    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="2").wait_for(timeout=10_000)
    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="1").wait_for(timeout=10_000)
    page.get_by_text("You are next.").wait_for()
    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="0").wait_for(timeout=10_000)
    message = page.locator("#message")
    message.filter(has_text=re.compile(r"^It is your turn: arrive by \d\d:\d\d\.$")).wait_for()
    assert page.evaluate("window.__notReloaded") is True
    assert not page.locator("#near-front").is_visible()
    assert not page.get_by_role("button", name="Confirm my place").is_visible()
    assert no_horizontal_scroll(page)
    assert [b.pk for b in ahead]  # the two ahead were called first


def test_the_staff_board_refreshes_and_every_action_is_a_button(live_server, page, settings, make_room, book, staff):
    settings.ER_BOARD_POLL_SECONDS = 1
    room = make_room(name="Board ER")
    first = book(room, confirm=True, acuity=3)
    sign_in(page, live_server, staff, f"/er/rooms/{room.pk}/board/")
    page.get_by_role("heading", name="Board ER").wait_for()
    assert no_horizontal_scroll(page)
    waiting = page.locator("ol.queue")
    assert first.reference in waiting.inner_text()

    page.evaluate("window.__notReloaded = true")
    second = book(room, confirm=True, acuity=1)  # arrives while the board is open
    waiting.filter(has_text=second.reference).wait_for(timeout=10_000)
    assert page.evaluate("window.__notReloaded") is True
    text = waiting.inner_text()
    assert text.index(second.reference) < text.index(first.reference)  # CTAS 1 first

    page.get_by_role("button", name="Call next").click()
    called = page.locator("ul.queue").nth(0)
    called.filter(has_text=second.reference).wait_for()
    called.get_by_role("button", name="Check in").click()
    arrived = page.locator("ul.queue").nth(1)
    arrived.filter(has_text=second.reference).wait_for()
    arrived.get_by_role("button", name="Complete").click()
    page.get_by_text("Nobody has arrived.").wait_for()

    page.get_by_text("Add a walk-in").click()
    page.get_by_label("Who (as the desk knows them)").fill("Green scarf")
    page.get_by_label("Acuity (CTAS)").select_option("3")
    page.get_by_role("button", name="Add walk-in").click()
    waiting.filter(has_text="Walk-in: Green scarf").wait_for()
    assert no_horizontal_scroll(page)
    # Issue 10: a CTAS 2 walk-in goes straight to "arrived", not into the waiting queue.
    page.get_by_text("Add a walk-in").click()
    page.get_by_label("Who (as the desk knows them)").fill("Red coat")
    page.get_by_label("Acuity (CTAS)").select_option("2")
    page.get_by_role("button", name="Add walk-in").click()
    arrived.filter(has_text="Walk-in: Red coat").wait_for()
    assert "Red coat" not in waiting.inner_text()

    page.goto(f"{live_server.url}/er/rooms/{room.pk}/now-calling/")
    page.get_by_role("heading", name="Now calling at Board ER").wait_for()


def test_the_now_calling_wall_screen_fits_a_tv_newest_first_and_largest(live_server, page, room, booking_in):
    """Issue 10, item 6: newest call first and largest, references on one line, no sign-in links or banner."""
    first = booking_in("called", room=room)
    newest = booking_in("called", room=room)
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(f"{live_server.url}/er/rooms/{room.pk}/now-calling/")
    refs = page.locator(".now-calling .ref")
    refs.first.wait_for()
    assert refs.nth(0).inner_text() == newest.reference and refs.nth(1).inner_text() == first.reference
    size = page.evaluate(
        "[...document.querySelectorAll('.now-calling .ref')].map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert size[0] > size[1]
    lines = page.evaluate(
        "[...document.querySelectorAll('.now-calling .ref')].map(e => {"
        " const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length; })"
    )
    assert lines == [1, 1]  # each reference on a single line, and it cannot wrap at any width:
    assert page.evaluate("getComputedStyle(document.querySelector('.now-calling .ref')).whiteSpace") == "nowrap"
    assert page.get_by_role("link", name="Sign in").count() == 0
    assert page.locator(".emergency-banner").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight")


def test_i_feel_worse_moves_the_patient_up_while_the_desk_watches(
    live_server, page, browser, settings, make_room, make_patient, book, staff, celery_worker_thread
):
    """Issue 14, items 1 and 3: a waiting patient re-checks from their booking page (the questionnaire prefilled
    from their last answers), the new result is more urgent, and the desk board, open all along, shows them at
    the top of the queue and in the escalated section until a staff member acknowledges it."""
    from triage.services import triage_record_calculate, triage_record_create
    from triage.tests.test_browser import answer_no_until_about_you, describe_the_problem, next_through_about

    settings.ER_BOARD_POLL_SECONDS = 1
    room = make_room(name="Worse ER")
    ahead = [book(room, acuity=3, confirm=True) for _ in range(2)]
    patient = make_patient(full_name="Wanda Worse")
    first_check = {"complaint": "chest_pain", "pain": 3, "onset": "gradual", "duration": "1_2d", "red_flags": {}}
    record, _ = triage_record_create(patient=patient, raw_answers=first_check)
    record = triage_record_calculate(record_id=record.pk)
    record.acuity, record.disposition = 4, "urgent"  # test data: a first result the ER queue takes
    record.save(update_fields=["acuity", "disposition"])
    mine = services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk).booking
    services.booking_confirm(booking_id=mine.pk, actor=patient)

    desk_context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        desk = desk_context.new_page()
        desk.set_default_timeout(10_000)
        sign_in(desk, live_server, staff, f"/er/rooms/{room.pk}/board/")
        waiting = desk.locator("ol.queue")
        assert waiting.inner_text().index(mine.reference) > waiting.inner_text().index(ahead[-1].reference)
        assert desk.locator("#escalated").count() == 0

        sign_in(page, live_server, patient, f"/er/bookings/{mine.pk}/")
        page.locator("#slot-number").filter(has_text="3").wait_for()
        page.get_by_role("link", name="I feel worse").click()
        page.get_by_role("heading", name="What is new since your last check?").wait_for()
        page.get_by_role("link", name="The same problem, but worse").click()
        # The questionnaire starts from the same complaint, already chosen.
        assert page.get_by_label("Chest pain or tightness").first.is_checked()
        page.get_by_role("button", name="Next").click()
        answer_no_until_about_you(page)
        describe_the_problem(page, 9, "Suddenly (within seconds or minutes)", "Less than 1 hour")
        next_through_about(page)
        page.get_by_role("button", name="Next").click()
        page.get_by_role("button", name="Send my answers").click()
        page.get_by_role("heading", name="Call 112 now").wait_for(timeout=20_000)

        # The desk sees it without reloading: at the top of the board, flagged, and first in the queue.
        alert = desk.locator("#escalated")
        alert.filter(has_text=mine.reference).wait_for(timeout=10_000)
        assert "told to call emergency services" in alert.inner_text()
        text = waiting.inner_text()
        assert text.index(mine.reference) < text.index(ahead[0].reference)

        # The patient's booking page says to call now, and shows their new place.
        page.goto(f"{live_server.url}/er/bookings/{mine.pk}/")
        page.locator("#call-now").get_by_role("heading", name="Call 112 now").wait_for()
        page.locator("#slot-number").filter(has_text="1").wait_for()
        assert no_horizontal_scroll(page)

        desk.get_by_role("button", name=f"Acknowledge {mine.reference}").click()
        desk.get_by_text(f"Acknowledged: {mine.reference}.").wait_for()
        assert desk.locator("#escalated").count() == 0
        assert mine.reference in desk.locator("ol.queue li").first.inner_text()  # still first, no longer flagged
    finally:
        desk_context.close()
