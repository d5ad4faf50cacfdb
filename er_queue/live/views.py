"""Server-sent event streams: a patient's place, a desk board, a "now calling" screen.

Async Django views, served under ASGI (healthsvc/asgi.py sends /live/ here and every other path to the WSGI
app). Authorization is the REST reads': a patient hears only their own booking, ER staff any booking and any
board, and the public "now calling" stream carries references only, as its REST read does.

Each stream costs the database once, when it opens: the access check (and a staff read's audit) runs in the
request's own thread, whose connection is then closed, because that thread lives as long as the stream and
10,000 idle streams must not hold 10,000 connections. After that a stream only waits on its hub mailbox.

A stream answers 503 when live updates are unavailable (Redis down, or a WSGI server such as the test
server, which cannot stream forever); the pages then poll, as they did before streams existed. Streams end
after LIFETIME_SECONDS, and the browser reconnects with Last-Event-ID (sign-out and role changes take effect
then); the first event after a reconnect is skipped when the client already has that version.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time

from asgiref.sync import SyncToAsync, sync_to_async
from django.contrib.auth import get_user
from django.core.handlers.asgi import ASGIRequest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import close_old_connections, connections
from django.http import JsonResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from er_queue import selectors, services
from er_queue.access import can_operate_queue, may_see_booking
from er_queue.live.channel import room_latest
from er_queue.live.hub import room_hub
from er_queue.live.snapshot import booking_event, snapshot_entry
from er_queue.metrics import live_events_sent_total, live_watchers
from er_queue.models import EmergencyRoom, ERBooking
from healthsvc.cache import CACHE_ERRORS

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 20  # a comment line: keeps proxies from closing an idle stream, and finds dead clients
LIFETIME_SECONDS = 300  # then the browser reconnects (jittered, so that a deploy's reconnects spread out)
RETRY_MILLISECONDS = 3000


def _error(status: int, code: str, message: str) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message, "fields": {}}}, status=status)


def _unavailable() -> JsonResponse:
    message = _("Live updates are not available now; the page checks every few seconds.")
    response = _error(503, "live_unavailable", message)
    response["Retry-After"] = "60"
    return response


def _sse(event: str, version: int, data: dict) -> str:
    body = json.dumps(data, cls=DjangoJSONEncoder, separators=(",", ":"))
    return f"id: {version}\nevent: {event}\ndata: {body}\n\n"


def _last_event_id(request) -> int | None:
    value = request.headers.get("Last-Event-ID", "")
    return int(value) if value.isdigit() else None


def _opened(setup):
    """Run a stream's database work in the request's thread, then close that thread's connections."""

    def run(*args):
        try:
            return setup(*args)
        finally:
            connections.close_all()

    return sync_to_async(run)


def _release_request_thread() -> None:
    """Give back the thread Django's ASGI handler keeps for this request's synchronous parts.

    Django runs a request's sync middleware (and our access check) in a thread of the request's own
    (asgiref's ThreadSensitiveContext), kept until the response ends: for a stream, minutes. 10,000 idle
    streams held 10,000 threads (about 220 kB of resident memory each). Once the response has passed back
    through the middleware, nothing of the stream needs that thread; anything synchronous at the very end
    (the response's close) gets a fresh one for a moment. asgiref is pinned: this reads its context map."""
    context = SyncToAsync.thread_sensitive_context.get(None)
    executor = SyncToAsync.context_to_thread_executor.pop(context, None) if context is not None else None
    if executor is not None:
        # In that thread, before it ends: the response's middleware may have opened a connection there (a
        # session renewal), and a connection left to the garbage collector lingers on the server for a while.
        executor.submit(connections.close_all)
        executor.shutdown(wait=False)


def _in_pool(read):
    """Run a read in the event loop's shared threads, whose connections are kept (and checked, as a request
    would check them) between calls: a stream that needs the database later does not open a connection."""

    def run(*args):
        close_old_connections()
        return read(*args)

    return sync_to_async(run, thread_sensitive=False)


# --- a patient's booking ----------------------------------------------------------------------------
def _booking_open(request, booking_id: int):
    user = get_user(request)
    seen = ERBooking.objects.filter(pk=booking_id).values("room_id", "patient_id").first()
    if seen is None or not may_see_booking(user, patient_id=seen["patient_id"]):
        return None
    if seen["patient_id"] != user.pk:
        booking = ERBooking(pk=booking_id, patient_id=seen["patient_id"])
        services.bookings_audit_staff_read(actor=user, bookings=[booking])
    return seen["room_id"], translation.get_language(), timezone.get_current_timezone_name()


def _booking_final(booking_id: int) -> dict:
    """A booking that has left the active states (arrived, ended): its last event, from the database."""
    booking = ERBooking.objects.select_related("room").get(pk=booking_id)
    entry = snapshot_entry(booking, selectors.booking_position(booking))
    return entry, booking.room.queue_version


async def _live_hub(request):
    """This process's hub, or None when streams cannot be served now (a WSGI server, or Redis down)."""
    if not isinstance(request, ASGIRequest):
        return None
    hub = room_hub()
    return hub if await hub.ready() else None


async def booking_stream(request, booking_id: int):
    if (hub := await _live_hub(request)) is None:
        return _unavailable()
    opened = await _opened(_booking_open)(request, booking_id)
    if opened is None:
        return _error(404, "booking_not_found", _("No such booking."))
    room_id, language, zone = opened
    return _stream(request, hub, room_id, "booking", _booking_events(booking_id, language, zone))


def _booking_events(booking_id: int, language: str, zone: str):
    """The events of one booking, from its room's snapshots: only when what the patient sees changed."""
    last_sent: dict | None = None

    async def events_of(snapshot: dict) -> tuple[list[str], bool]:
        nonlocal last_sent
        entry = snapshot["bookings"].get(str(booking_id))
        final = entry is None
        if final:
            entry, version = await _in_pool(_booking_final)(booking_id)
        else:
            version = snapshot["version"]
        if entry == last_sent:
            return [], final
        last_sent = entry
        with translation.override(language), timezone.override(zone):
            body = booking_event(entry, booking_id=booking_id, version=version, changed_at=snapshot["changed_at"])
        return [_sse("position", version, body)], final

    return events_of


# --- a desk board, and the public "now calling" screen -------------------------------------------------
def _board_open(request, room_id: int):
    if not can_operate_queue(get_user(request)):
        return "forbidden"
    return room_id if EmergencyRoom.objects.filter(pk=room_id).exists() else None


def _room_open(request, room_id: int):
    return room_id if EmergencyRoom.objects.filter(pk=room_id).exists() else None


async def board_stream(request, room_id: int):
    """One `queue` event per change of the room; the board fetches its fragment (a handful of desks)."""
    if (hub := await _live_hub(request)) is None:
        return _unavailable()
    opened = await _opened(_board_open)(request, room_id)
    if opened == "forbidden":
        return _error(403, "permission_denied", _("Only ER staff may do this."))
    if opened is None:
        return _error(404, "room_not_found", _("No such emergency room."))

    async def events_of(snapshot: dict) -> tuple[list[str], bool]:
        data = {"room_id": room_id, "version": snapshot["version"], "changed_at": snapshot["changed_at"]}
        return [_sse("queue", snapshot["version"], data)], False

    return _stream(request, hub, room_id, "board", events_of)


async def now_calling_stream(request, room_id: int):
    """Public, like the screen and its REST read: the called references, no names."""
    if (hub := await _live_hub(request)) is None:
        return _unavailable()
    if await _opened(_room_open)(request, room_id) is None:
        return _error(404, "room_not_found", _("No such emergency room."))
    last: list | None = None

    async def events_of(snapshot: dict) -> tuple[list[str], bool]:
        nonlocal last
        if snapshot["now_calling"] == last:
            return [], False
        last = snapshot["now_calling"]
        data = {"room_id": room_id, "version": snapshot["version"], "references": last}
        return [_sse("queue", snapshot["version"], data)], False

    return _stream(request, hub, room_id, "now_calling", events_of)


# --- the stream itself ----------------------------------------------------------------------------------
def _stream(request, hub, room_id: int, kind: str, events_of) -> StreamingHttpResponse:
    resume_from = _last_event_id(request)

    async def body():
        _release_request_thread()
        watcher = hub.join(room_id)  # before reading the current state, so no change between is missed
        live_watchers.labels(kind=kind).inc()
        try:
            yield f"retry: {RETRY_MILLISECONDS}\n\n"
            try:
                current = await _in_pool(room_latest)(room_id)
            except CACHE_ERRORS:
                return  # Redis went away meanwhile: the page polls
            if current is not None and current["version"] != resume_from:
                watcher.offer(current)
            elif current is not None:
                watcher.sent_version = current["version"]  # the client has this one already
            ends_at = time.monotonic() + LIFETIME_SECONDS * random.uniform(0.8, 1.0)
            while not watcher.closed and time.monotonic() < ends_at:
                snapshot = await watcher.next(timeout=HEARTBEAT_SECONDS)
                if snapshot is None:
                    if not watcher.closed:
                        yield ": ping\n\n"
                    continue
                events, final = await events_of(snapshot)
                for event in events:
                    live_events_sent_total.labels(kind=kind).inc()
                    yield event
                if final:
                    return
        except asyncio.CancelledError:  # the client went away
            raise
        finally:
            hub.leave(watcher)
            live_watchers.labels(kind=kind).dec()

    response = StreamingHttpResponse(body(), content_type="text/event-stream")
    response["Cache-Control"] = "no-store"
    response["X-Accel-Buffering"] = "no"  # nginx-style proxies: do not hold events back
    return response
