"""Rooms: create, change settings, pause and resume intake."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from er_queue.models import EmergencyRoom
from er_queue.services._common import _lock_room, _require_operator, queue_changed
from healthsvc.errors import Conflict, Invalid
from healthsvc.services import audit_record

ROOM_SETTINGS = (
    "capacity",
    "confirm_window_minutes",
    "checkin_window_minutes",
    "average_service_minutes",
    "name",
    "address",
    "region",
)


@transaction.atomic
def room_create(*, actor, **fields) -> EmergencyRoom:
    unknown = set(fields) - set(ROOM_SETTINGS) - {"accepting", "intake_note"}
    if unknown:
        raise Invalid(fields={name: [_("Unknown field.")] for name in unknown})
    room = EmergencyRoom(**fields)
    _validate_room(room)
    try:
        with transaction.atomic():
            room.save()
    except IntegrityError as exc:
        raise Conflict("room_name_taken", _("An emergency room with this name already exists.")) from exc
    audit_record(actor=actor, action="er_room_create", object_type="er_room", object_id=room.pk, details=fields)
    return room


def _validate_room(room: EmergencyRoom) -> None:
    from django.core.exceptions import ValidationError

    try:
        room.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        raise Invalid(fields=exc.message_dict) from exc
    errors = {}
    for name in ("confirm_window_minutes", "checkin_window_minutes", "average_service_minutes"):
        if getattr(room, name) < 1:
            errors[name] = [_("Must be at least 1.")]
    if errors:
        raise Invalid(fields=errors)


@transaction.atomic
def room_update(*, room_id: int, actor, **changes) -> EmergencyRoom:
    """Change capacity, windows or the configured service time. Lowering capacity below
    the active bookings takes no one out; it only stops new bookings until they drain."""
    _require_operator(actor)
    unknown = set(changes) - set(ROOM_SETTINGS)
    if unknown:
        raise Invalid(fields={name: [_("This field cannot be changed here.")] for name in unknown})
    room = _lock_room(room_id)
    before = {name: getattr(room, name) for name in changes}
    for name, value in changes.items():
        setattr(room, name, value)
    _validate_room(room)
    room.save(update_fields=list(changes))
    queue_changed(room.pk)  # capacity and service time change the estimates
    audit_record(
        actor=actor,
        action="er_room_update",
        object_type="er_room",
        object_id=room.pk,
        details={"before": before, "after": changes},
    )
    return room


@transaction.atomic
def room_set_intake(*, room_id: int, actor, accepting: bool, note: str = "") -> EmergencyRoom:
    """Pause or resume intake. Paused: no new patient bookings; the queue keeps moving."""
    _require_operator(actor)
    room = _lock_room(room_id)
    room.accepting = accepting
    room.intake_note = "" if accepting else (note or "").strip()[:200]
    room.save(update_fields=["accepting", "intake_note"])
    queue_changed(room.pk)
    audit_record(
        actor=actor,
        action="er_intake_resume" if accepting else "er_intake_pause",
        object_type="er_room",
        object_id=room.pk,
        details={"note": room.intake_note},
    )
    return room
