"""Demo data for `manage.py seed_demo`: three ERs in one region with different capacities, and a few weeks of
finished bookings so the manager's figures page (figures.py) has something to show after `make run`."""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from er_queue import policy
from er_queue.choices import BookingState, EndReason
from er_queue.models import BookingTransition, EmergencyRoom, ERBooking, new_reference

DEMO_REGION = "Northshire"  # fictional: demo data must not look like a real hospital
DEMO_ROOMS = [
    {
        "name": "Northshire General Emergency Department",
        "address": "1 Infirmary Road, Northshire NS1 1AA",
        "capacity": 40,
        "confirm_window_minutes": 10,
        "checkin_window_minutes": 30,
        "average_service_minutes": 12,
    },
    {
        "name": "St Brigid's Emergency Department",
        "address": "40 Abbey Lane, Northshire NS4 2BB",
        "capacity": 20,
        "confirm_window_minutes": 10,
        "checkin_window_minutes": 25,
        "average_service_minutes": 18,
    },
    {
        "name": "Millbrook Community Urgent and Emergency Care",
        "address": "7 Mill Street, Millbrook NS9 3CC",
        "capacity": 8,
        "confirm_window_minutes": 15,
        "checkin_window_minutes": 40,
        "average_service_minutes": 25,
    },
]


@transaction.atomic
def seed_demo_rooms() -> list[EmergencyRoom]:
    """Create the demo ERs if missing; leave existing ones (and their live state) alone."""
    rooms = []
    for spec in DEMO_ROOMS:
        fields = {key: value for key, value in spec.items() if key != "name"}
        room, _ = EmergencyRoom.objects.get_or_create(name=spec["name"], defaults={**fields, "region": DEMO_REGION})
        rooms.append(room)
    return rooms


# --- history ------------------------------------------------------------------------------------
HISTORY_DAYS = 28
HISTORY_KEY = "demo-history-"  # idempotency_key prefix of the history rows: seeding twice adds nothing
# Bookings a day at each demo room (by name), and how much slower than its CTAS targets it runs.
HISTORY_LOAD = {
    "Northshire General Emergency Department": (36, 1.0),
    "St Brigid's Emergency Department": (22, 1.3),
    "Millbrook Community Urgent and Emergency Care": (10, 1.7),
}
# A plausible ED case mix by CTAS level (most patients 3 and 4), and arrivals by hour of the day (busiest late
# morning to evening) and by weekday (Monday busiest). Demo data, not a clinical source.
ACUITY_WEIGHTS = {1: 1, 2: 12, 3: 38, 4: 34, 5: 15}
HOUR_WEIGHTS = [2, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 8, 7, 7, 7, 7, 8, 7, 6, 5, 4, 3]
WEEKDAY_WEIGHTS = [1.25, 1.1, 1.0, 1.0, 1.0, 0.9, 0.95]


def _desk_user():
    from healthsvc.demo_accounts import DEMO_ACCOUNTS
    from healthsvc.models import User

    email = next(email for email, role, *_ in DEMO_ACCOUNTS if role == "er_staff")
    return User.objects.filter(email=email).first()


def _history_of_room(room: EmergencyRoom, *, per_day: int, slowness: float, now: dt.datetime, rng: random.Random):
    """Finished walk-in bookings of the last HISTORY_DAYS days (none in the last three hours, so nothing lands in
    the board's undo window), each with the transitions it went through."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    today = now.astimezone(zone).date()
    levels, level_weights = zip(*ACUITY_WEIGHTS.items(), strict=True)
    latest = now - dt.timedelta(hours=3)
    rows = []
    for days_ago in range(HISTORY_DAYS, -1, -1):
        day = today - dt.timedelta(days=days_ago)
        count = max(1, round(per_day * WEEKDAY_WEIGHTS[day.weekday()] * rng.uniform(0.8, 1.2)))
        for hour in rng.choices(range(24), weights=HOUR_WEIGHTS, k=count):
            created = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), tzinfo=zone)
            # Evenings run slower: the same staff, more patients.
            load = slowness * (1.4 if 17 <= hour <= 22 else 1.0)
            booking, steps = _one_booking(room, created, rng.choices(levels, weights=level_weights)[0], load, rng)
            if max(at for _, at in steps) < latest:
                rows.append((booking, steps))
    return rows


def _one_booking(room: EmergencyRoom, created: dt.datetime, acuity: int, load: float, rng: random.Random):
    """(an unsaved finished ERBooking, [(state, at), ...] in order). Fields are gathered first: the state field
    is protected, so it is given to the constructor once."""
    minutes = dt.timedelta(minutes=1)
    fields = {
        "room": room,
        "priority": acuity,
        "queue_band": policy.queue_band(acuity),
        "created_at": created,
        "reference": new_reference(),
    }
    steps = [(BookingState.INITIALIZED, created)]

    def end(state: str, at: dt.datetime, reason: str):
        fields.update(state=state, end_reason=reason)
        fields["cancelled_at" if state == BookingState.CANCELLED else "expired_at"] = at
        steps.append((state, at))
        return ERBooking(**fields), steps

    if rng.random() < 0.04:  # booked online, never confirmed
        return end(BookingState.EXPIRED, created + room.confirm_window_minutes * minutes, EndReason.NOT_CONFIRMED)
    confirmed = created + rng.uniform(0.5, 6) * minutes
    fields.update(confirmed_at=confirmed, queue_due_at=policy.queue_due_at(confirmed, acuity))
    steps.append((BookingState.CONFIRMED, confirmed))
    target = policy.CTAS_TARGET_MINUTES[acuity]
    wait = 0.0 if acuity == 1 else target * load * rng.lognormvariate(-0.25, 0.55)
    # The longer the wait, the likelier a patient gives up first (the main cause of LWBS).
    if rng.random() < min(0.25, 0.01 + wait / 2000):
        reason = EndReason.CANCELLED_BY_STAFF if rng.random() < 0.15 else EndReason.CANCELLED_BY_PATIENT
        return end(BookingState.CANCELLED, confirmed + wait * rng.uniform(0.3, 0.9) * minutes, reason)
    called = confirmed + wait * minutes
    fields["called_at"] = called
    steps.append((BookingState.CALLED, called))
    if acuity > 2 and rng.random() < 0.05:
        if rng.random() < 0.5:
            at = called + room.checkin_window_minutes * minutes
            return end(BookingState.EXPIRED, at, EndReason.CHECKIN_WINDOW_PASSED)
        at = called + rng.uniform(5, room.checkin_window_minutes) * minutes
        return end(BookingState.EXPIRED, at, EndReason.NO_SHOW)
    arrived = called + rng.uniform(1, room.checkin_window_minutes * 0.8) * minutes
    completed = arrived + rng.uniform(20, 180) * minutes
    fields.update(state=BookingState.COMPLETED, arrived_at=arrived, completed_at=completed)
    steps += [(BookingState.ARRIVED, arrived), (BookingState.COMPLETED, completed)]
    return ERBooking(**fields), steps


@transaction.atomic
def seed_demo_history(rooms: list[EmergencyRoom], *, now: dt.datetime | None = None) -> int:
    """Add HISTORY_DAYS days of finished walk-in bookings to the demo rooms that have none yet.

    Walk-ins (no patient account) so no demo patient gets hundreds of past bookings or emails; every row is
    finished (completed, cancelled or expired), so the "one active booking per person" rule is untouched.
    Needs the demo desk account (seed_demo_accounts runs first); returns the number of bookings added.
    """
    desk = _desk_user()
    if desk is None:
        return 0
    now = now or timezone.now()
    seeded = set(
        ERBooking.objects.filter(room__in=rooms, created_by=desk, idempotency_key__startswith=HISTORY_KEY)
        .values_list("room_id", flat=True)
        .distinct()
    )
    bookings, histories = [], []
    for room in rooms:
        if room.pk in seeded or room.name not in HISTORY_LOAD:
            continue
        per_day, slowness = HISTORY_LOAD[room.name]
        rng = random.Random(f"{room.name}-history")  # the same history every time it is made
        for index, (booking, steps) in enumerate(
            _history_of_room(room, per_day=per_day, slowness=slowness, now=now, rng=rng)
        ):
            booking.created_by = desk
            booking.walk_in_label = f"Demo walk-in {index + 1}"
            booking.idempotency_key = f"{HISTORY_KEY}{room.pk}-{index}"
            bookings.append(booking)
            histories.append(steps)
    ERBooking.objects.bulk_create(bookings, batch_size=1000)
    transitions = [
        BookingTransition(booking=booking, from_state=before, to_state=after, actor=desk, at=at)
        for booking, steps in zip(bookings, histories, strict=True)
        for (before, _), (after, at) in zip([("", None), *steps[:-1]], steps, strict=True)
    ]
    BookingTransition.objects.bulk_create(transitions, batch_size=2000)
    return len(bookings)
