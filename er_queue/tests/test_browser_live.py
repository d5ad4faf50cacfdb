"""Issue 15, items 1 and 5: pages follow the queue through server-sent events, and poll by themselves when the
stream is not there (a real ASGI server, uvicorn, in this process: Django's live_server speaks WSGI only).

Under the plain live_server the /live/ streams answer 503 and the pages poll as before: test_browser.py's
tests (unchanged) are that case."""

from __future__ import annotations

import pytest

from er_queue import services
from er_queue.tests.test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def record_requests(page, path: str) -> list[str]:
    """Every request the page makes whose URL contains `path`, in order, as they are sent."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url) if path in request.url else None)
    return seen


def test_the_booking_page_counts_down_through_the_stream_without_polling(
    asgi_server, page, settings, make_room, book, staff
):
    settings.ER_PATIENT_POLL_SECONDS = 1  # polling, if it happened, would show within a second
    room = make_room(name="Live ER")
    ahead = [book(room, confirm=True) for _ in range(2)]
    mine = book(room, acuity=3, confirm=True)
    polls = record_requests(page, f"/api/v1/er/bookings/{mine.pk}/")
    sign_in(page, asgi_server, mine.patient, f"/er/bookings/{mine.pk}/")
    page.locator('#live[data-live="open"]').wait_for()
    polled_before = len(polls)
    page.locator("#slot-number").filter(has_text="3").wait_for()
    page.get_by_text("Updated at").wait_for()  # the stream's first event
    page.evaluate("window.__notReloaded = true")

    for slot in ("2", "1", "0"):
        services.room_call_next(room_id=room.pk, actor=staff)
        page.locator("#slot-number").filter(has_text=slot).wait_for(timeout=5_000)
    page.locator("#message").filter(has_text="It is your turn: arrive by").wait_for()
    page.wait_for_timeout(2_500)  # two polling periods and more

    assert polls[polled_before:] == []
    assert page.evaluate("window.__notReloaded") is True
    assert page.locator('#live[data-live="open"]').count() == 1
    assert [b.pk for b in ahead]

    # The booking ends: the stream sends its last state and closes, and the page stops (no reconnect loop).
    streams = record_requests(page, "/live/")
    services.booking_check_in(booking_id=mine.pk, actor=staff)
    page.locator('#live[data-live="ended"]').wait_for(state="attached", timeout=5_000)
    assert page.locator("#state").inner_text() == "Arrived"
    page.wait_for_timeout(4_000)  # longer than the browser's 3 s reconnection delay
    assert streams == [] and polls[polled_before:] == []
    assert page.evaluate("window.__healthsvcLive.readyState") == 2  # CLOSED


def test_when_the_stream_is_cut_the_booking_page_polls_by_itself(asgi_server, page, settings, make_room, book, staff):
    settings.ER_PATIENT_POLL_SECONDS = 1
    room = make_room(name="Cut ER")
    book(room, confirm=True)
    mine = book(room, acuity=3, confirm=True)
    polls = record_requests(page, f"/api/v1/er/bookings/{mine.pk}/")
    streams = record_requests(page, "/live/")
    sign_in(page, asgi_server, mine.patient, f"/er/bookings/{mine.pk}/")
    page.locator('#live[data-live="open"]').wait_for()
    page.locator("#slot-number").filter(has_text="2").wait_for()

    # The live endpoint fails from now on, and the open stream ends as a refused one does (readyState CLOSED).
    polled_before = len(polls)
    page.route("**/live/**", lambda route: route.abort())
    page.evaluate("() => { const s = window.__healthsvcLive; s.close(); s.dispatchEvent(new Event('error')); }")
    page.locator('#live[data-live="polling"]').wait_for(state="attached")
    streams_before = len(streams)

    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="1").wait_for(timeout=5_000)
    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="0").wait_for(timeout=5_000)

    assert len(polls) - polled_before >= 2  # the updates came by polling (the stream is refused meanwhile)
    assert len(streams) == streams_before  # a closed stream is tried again only after 60 s, not in a loop
    assert page.locator("#offline").is_hidden()


def test_the_desk_board_and_the_wall_screen_follow_the_stream(asgi_server, page, settings, make_room, book, staff):
    settings.ER_BOARD_POLL_SECONDS = 1
    room = make_room(name="Live board ER")
    first = book(room, confirm=True, acuity=3)
    partials = record_requests(page, f"/er/rooms/{room.pk}/board/partial/")
    sign_in(page, asgi_server, staff, f"/er/rooms/{room.pk}/board/")
    page.locator('#board[data-live="open"]').wait_for()
    opened = len(partials)  # a poll may have come before the stream opened
    page.locator("#board-status").filter(has_text="Live").wait_for()
    waiting = page.locator("ol.queue")
    assert first.reference in waiting.inner_text()
    page.wait_for_timeout(2_500)  # polling every second would have fetched twice by now
    assert len(partials) - opened <= 1  # once at most, for the stream's first event (the state as it opened)
    before = len(partials)

    page.evaluate("window.__notReloaded = true")
    second = book(room, confirm=True, acuity=1)  # two changes: created, then confirmed
    waiting.filter(has_text=second.reference).wait_for(timeout=5_000)
    assert page.evaluate("window.__notReloaded") is True
    text = waiting.inner_text()
    assert text.index(second.reference) < text.index(first.reference)
    page.wait_for_timeout(2_500)
    assert 1 <= len(partials) - before <= 2  # one fetch per `queue` event (fewer if coalesced), none in between
    assert page.locator("#board-status").inner_text() == "Live"

    # The public wall screen: a call appears through its own stream.
    screen_partials = record_requests(page, f"/er/rooms/{room.pk}/now-calling/partial/")
    page.goto(f"{asgi_server.url}/er/rooms/{room.pk}/now-calling/")
    page.locator('#now-calling[data-live="open"]').wait_for(state="attached")
    opened = len(screen_partials)
    called = services.room_call_next(room_id=room.pk, actor=staff)
    page.locator(".now-calling .ref").filter(has_text=called.reference).wait_for(timeout=5_000)
    page.wait_for_timeout(2_500)
    assert 1 <= len(screen_partials) - opened <= 2  # the stream's first event and the call; no polling


def cut_the_live_subscription() -> int:
    """End the ASGI server's Redis subscription as a Redis blip would (a real cut: the hub ends every open
    stream, and the browsers reconnect by themselves). Only this test run's connections: those on its own Redis
    database number that hold a pattern subscription."""
    import redis
    from django.conf import settings

    client = redis.Redis.from_url(settings.REDIS_URL)
    database = client.connection_pool.connection_kwargs.get("db", 0)
    killed = 0
    for entry in client.client_list():
        if int(entry.get("db", -1)) == database and int(entry.get("psub", 0)) > 0:
            killed += client.client_kill_filter(_id=entry["id"])
    client.close()
    return killed


def test_while_the_browser_reconnects_the_booking_page_polls_then_stops(
    asgi_server, page, settings, make_room, book, staff
):
    settings.ER_PATIENT_POLL_SECONDS = 1
    room = make_room(name="Blip ER")
    book(room, confirm=True)
    mine = book(room, acuity=3, confirm=True)
    polls = record_requests(page, f"/api/v1/er/bookings/{mine.pk}/")
    streams = record_requests(page, "/live/")
    sign_in(page, asgi_server, mine.patient, f"/er/bookings/{mine.pk}/")
    page.locator('#live[data-live="open"]').wait_for()
    page.locator("#slot-number").filter(has_text="2").wait_for()

    polled_before = len(polls)
    page.route("**/live/**", lambda route: route.abort())  # the stream stays away while the test looks
    assert cut_the_live_subscription() >= 1
    page.locator('#live[data-live="polling"]').wait_for(state="attached")
    assert page.evaluate("window.__healthsvcLive.readyState") == 0  # CONNECTING: the browser retries by itself
    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="1").wait_for(timeout=5_000)
    assert len(polls) > polled_before, "the update came by polling (the stream is refused meanwhile)"

    streams_before = len(streams)
    page.unroute("**/live/**")
    page.locator('#live[data-live="open"]').wait_for(timeout=10_000)  # the browser's own retry, every 3 s
    assert len(streams) > streams_before
    polled = len(polls)
    services.room_call_next(room_id=room.pk, actor=staff)
    page.locator("#slot-number").filter(has_text="0").wait_for(timeout=5_000)
    page.wait_for_timeout(2_500)
    assert len(polls) == polled  # back on the stream: no more polling
