"""Demo data for `manage.py seed_demo`: three ERs in one region with different capacities."""

from __future__ import annotations

from django.db import transaction

from er_queue.models import EmergencyRoom

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
