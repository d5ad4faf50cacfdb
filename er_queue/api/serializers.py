"""ER queue API serializers. Input serializers validate shape only; the services decide."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from er_queue.choices import BookingState, EndReason, PriorityChangeKind
from er_queue.models import BookingPriorityChange, BookingTransition, EmergencyRoom, ERBooking
from healthsvc.api.strict import StrictJSONMixin

_DATETIME = serializers.DateTimeField()


def _when(value):
    """A timestamp as the API writes them (ISO 8601 in the site's zone), or None."""
    return _DATETIME.to_representation(value) if value else None


# --- rooms ----------------------------------------------------------------------------------
class RoomSerializer(serializers.ModelSerializer):
    active_count = serializers.IntegerField(read_only=True, help_text="Initialized, confirmed and called bookings.")
    waiting_count = serializers.IntegerField(read_only=True, help_text="Confirmed bookings waiting to be called.")
    called_count = serializers.IntegerField(read_only=True)
    free_places = serializers.IntegerField(read_only=True)
    has_capacity = serializers.BooleanField(read_only=True, help_text="Accepting and not full.")
    estimated_wait_minutes = serializers.IntegerField(
        read_only=True, help_text="For a patient joining the back of the queue now."
    )
    estimated_wait_text = serializers.CharField(read_only=True, help_text='"about N minutes"')
    minutes_per_call = serializers.FloatField(source="per_call_minutes", read_only=True)

    class Meta:
        model = EmergencyRoom
        fields = [
            "id",
            "name",
            "address",
            "region",
            "accepting",
            "intake_note",
            "capacity",
            "active_count",
            "waiting_count",
            "called_count",
            "free_places",
            "has_capacity",
            "estimated_wait_minutes",
            "estimated_wait_text",
            "minutes_per_call",
            "confirm_window_minutes",
            "checkin_window_minutes",
            "average_service_minutes",
        ]
        read_only_fields = fields


class RoomUpdateSerializer(StrictJSONMixin, serializers.Serializer):
    capacity = serializers.IntegerField(min_value=0, max_value=100000, required=False)
    confirm_window_minutes = serializers.IntegerField(min_value=1, max_value=1440, required=False)
    checkin_window_minutes = serializers.IntegerField(min_value=1, max_value=1440, required=False)
    average_service_minutes = serializers.IntegerField(min_value=1, max_value=1440, required=False)

    def validate(self, attrs):
        if not attrs:
            raise serializers.ValidationError("Give at least one field to change.")
        return attrs


class RoomUpdateSchema(OpenApiSerializerExtension):
    """The schema says what validate() does: at least one of the fields."""

    target_class = RoomUpdateSerializer

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_basic_serializer(self.target, direction)
        schema["anyOf"] = [{"required": [name]} for name in self.target.fields]
        return schema


class IntakeSerializer(StrictJSONMixin, serializers.Serializer):
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, help_text="Why intake is paused.")


class AlternativeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    address = serializers.CharField()
    region = serializers.CharField(help_text="Rooms of the full room's region come first.")
    free_places = serializers.IntegerField()
    estimated_wait_minutes = serializers.IntegerField()
    estimated_wait_text = serializers.CharField()


class NowCallingSerializer(serializers.Serializer):
    room = serializers.CharField()
    references = serializers.ListField(child=serializers.CharField(), help_text="Called bookings, newest first.")


# --- bookings -------------------------------------------------------------------------------
class BookingCreateSerializer(StrictJSONMixin, serializers.Serializer):
    """A patient sends `room` and `triage_record`; ER staff adding a walk-in send `room`,
    `walk_in_label` and `acuity` instead."""

    room = serializers.IntegerField(min_value=1)
    triage_record = serializers.IntegerField(min_value=1, required=False)
    walk_in_label = serializers.CharField(max_length=80, required=False, allow_blank=False)
    acuity = serializers.IntegerField(min_value=1, max_value=5, required=False)

    def validate(self, attrs):
        walk_in = "walk_in_label" in attrs or "acuity" in attrs
        if walk_in:
            if "triage_record" in attrs:
                raise serializers.ValidationError("Send either a triage record or a walk-in, not both.")
            missing = {name: ["Required for a walk-in."] for name in ("walk_in_label", "acuity") if name not in attrs}
            if missing:
                raise serializers.ValidationError(missing)
        elif "triage_record" not in attrs:
            raise serializers.ValidationError({"triage_record": ["This field is required."]})
        return attrs


class BookingCreateSchema(OpenApiSerializerExtension):
    """The schema says what validate() does: a triage record, or a walk-in's label and acuity, never both."""

    target_class = BookingCreateSerializer

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_basic_serializer(self.target, direction)
        walk_in = [{"required": ["walk_in_label"]}, {"required": ["acuity"]}]
        schema["oneOf"] = [
            {"required": ["triage_record"], "not": {"anyOf": walk_in}},
            {"required": ["walk_in_label", "acuity"], "not": {"required": ["triage_record"]}},
        ]
        return schema


class ReasonSerializer(StrictJSONMixin, serializers.Serializer):
    reason = serializers.CharField(max_length=500, help_text="Why (kept in the booking's history).")


class NoteSerializer(StrictJSONMixin, serializers.Serializer):
    """An optional note for the booking's history (a no-show, an undo)."""

    note = serializers.CharField(max_length=500, required=False, allow_blank=True)


class RoomBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = EmergencyRoom
        fields = ["id", "name", "address", "region"]
        read_only_fields = fields


def _room_brief(room) -> dict:
    return {"id": room.pk, "name": room.name, "address": room.address, "region": room.region}


# A booking's API body, field by field, in order: the one list of its fields (BookingSerializer.Meta.fields
# is its keys). Each value is read from the booking and its Position.
BOOKING_BODY = {
    "id": lambda booking, position: booking.pk,
    "reference": lambda booking, position: booking.reference,
    "room": lambda booking, position: _room_brief(booking.room),
    "state": lambda booking, position: booking.state,
    "state_label": lambda booking, position: booking.get_state_display(),
    "priority": lambda booking, position: booking.priority,
    "slot_number": lambda booking, position: position.slot_number,
    "estimated_wait_minutes": lambda booking, position: position.estimated_wait_minutes,
    "estimated_wait_text": lambda booking, position: position.estimated_wait_text,
    "near_front": lambda booking, position: position.near_front,
    "over_target": lambda booking, position: position.over_target,
    "message": lambda booking, position: position.message,
    "confirm_by": lambda booking, position: _when(position.confirm_by),
    "checkin_by": lambda booking, position: _when(position.checkin_by),
    "deadline": lambda booking, position: _when(booking.deadline),
    "triage_record": lambda booking, position: booking.triage_record_id,
    "dependant": lambda booking, position: booking.dependant_id,
    "person_name": lambda booking, position: booking.person_name,
    "is_walk_in": lambda booking, position: booking.is_walk_in,
    "rebooks": lambda booking, position: booking.rebooks_id,
    "created_at": lambda booking, position: _when(booking.created_at),
    "confirmed_at": lambda booking, position: _when(booking.confirmed_at),
    "called_at": lambda booking, position: _when(booking.called_at),
    "arrived_at": lambda booking, position: _when(booking.arrived_at),
    "completed_at": lambda booking, position: _when(booking.completed_at),
    "cancelled_at": lambda booking, position: _when(booking.cancelled_at),
    "expired_at": lambda booking, position: _when(booking.expired_at),
    "end_reason": lambda booking, position: booking.end_reason,
    "end_note": lambda booking, position: booking.end_note,
    "checkin_pending": lambda booking, position: booking.checkin_pending,
    "checkin_prompted_at": lambda booking, position: _when(booking.checkin_prompted_at),
}


class BookingSerializer(serializers.ModelSerializer):
    """A booking with its live position. Needs context["positions"]: {booking id: Position}."""

    room = RoomBriefSerializer(read_only=True)
    state_label = serializers.CharField(source="get_state_display", read_only=True)
    slot_number = serializers.SerializerMethodField(help_text="0 = called (your turn); 1 = next; null if not queued.")
    estimated_wait_minutes = serializers.SerializerMethodField()
    estimated_wait_text = serializers.SerializerMethodField()
    near_front = serializers.SerializerMethodField()
    over_target = serializers.SerializerMethodField(help_text="Waiting longer than the CTAS target for its acuity.")
    message = serializers.SerializerMethodField(help_text="What the patient should do now, in plain words.")
    confirm_by = serializers.SerializerMethodField()
    checkin_by = serializers.SerializerMethodField(help_text="When called: the check-in deadline.")
    end_reason = serializers.ChoiceField(
        choices=EndReason.choices, allow_blank=True, read_only=True, help_text='Why it ended; "" while it has not.'
    )
    is_walk_in = serializers.BooleanField(read_only=True)
    triage_record = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True, help_text="null for a walk-in.")
    dependant = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="Set when it is for a dependant."
    )
    person_name = serializers.CharField(read_only=True, help_text="Whom the booking is for.")
    rebooks = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="The earlier booking this one replaces, if any."
    )
    state = serializers.ChoiceField(choices=BookingState.choices, read_only=True)
    checkin_pending = serializers.BooleanField(
        read_only=True,
        help_text='The long-wait check-in asks "same, better or worse?" and has no answer yet (POST check-in-answer/).',
    )
    checkin_prompted_at = serializers.DateTimeField(read_only=True, allow_null=True, help_text="The latest check-in.")

    class Meta:
        model = ERBooking
        fields = list(BOOKING_BODY)  # declared once, in BOOKING_BODY
        read_only_fields = fields

    def _position(self, booking):
        return self.context["positions"][booking.pk]

    def to_representation(self, booking):
        """The booking as a dict, built directly from BOOKING_BODY rather than field by field.

        This body answers every booking request and every position poll, and DRF's per-instance field
        building cost about 1 ms of each. The fields declared above stay the schema; test_api_serializers
        checks this renders exactly what DRF's field-by-field rendering of the same fields would.
        """
        position = self._position(booking)
        return {name: value(booking, position) for name, value in BOOKING_BODY.items()}

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_slot_number(self, booking):
        return self._position(booking).slot_number

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_estimated_wait_minutes(self, booking):
        return self._position(booking).estimated_wait_minutes

    @extend_schema_field(serializers.CharField())
    def get_estimated_wait_text(self, booking):
        return self._position(booking).estimated_wait_text

    @extend_schema_field(serializers.BooleanField())
    def get_near_front(self, booking):
        return self._position(booking).near_front

    @extend_schema_field(serializers.BooleanField())
    def get_over_target(self, booking):
        return self._position(booking).over_target

    @extend_schema_field(serializers.CharField())
    def get_message(self, booking):
        return self._position(booking).message

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_confirm_by(self, booking):
        return _when(self._position(booking).confirm_by)

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_checkin_by(self, booking):
        return _when(self._position(booking).checkin_by)


def _patient_brief(booking) -> dict | None:
    if booking.patient_id is None:
        return None
    return {"id": booking.patient_id, "name": booking.patient.get_full_name()}


# What staff see after BOOKING_BODY, in order (StaffBookingSerializer.Meta.fields adds its keys).
STAFF_BOOKING_BODY = {
    "patient": _patient_brief,
    "walk_in_label": lambda booking: booking.walk_in_label,
    "escalated_at": lambda booking: _when(booking.escalated_at),
}


class StaffBookingSerializer(BookingSerializer):
    """What ER staff see in addition: who the patient is."""

    patient = serializers.SerializerMethodField()
    walk_in_label = serializers.CharField(read_only=True)
    escalated_at = serializers.DateTimeField(
        read_only=True,
        allow_null=True,
        help_text="When a re-check escalated it; null once ER staff acknowledge it (POST acknowledge/).",
    )

    class Meta(BookingSerializer.Meta):
        fields = [*BookingSerializer.Meta.fields, *STAFF_BOOKING_BODY]
        read_only_fields = fields

    def to_representation(self, booking):
        body = super().to_representation(booking)
        body.update((name, value(booking)) for name, value in STAFF_BOOKING_BODY.items())
        return body

    @extend_schema_field(
        serializers.DictField(allow_null=True, help_text='{"id", "name"} of the patient; null for a walk-in')
    )
    def get_patient(self, booking):
        return _patient_brief(booking)


class TransitionSerializer(serializers.ModelSerializer):
    from_state = serializers.ChoiceField(
        choices=BookingState.choices, allow_blank=True, read_only=True, help_text='"" for the first entry.'
    )
    actor = serializers.SerializerMethodField()

    class Meta:
        model = BookingTransition
        fields = ["from_state", "to_state", "actor", "at", "reason"]
        read_only_fields = fields

    @extend_schema_field(serializers.CharField(allow_null=True, help_text='"system" for the expiry sweep'))
    def get_actor(self, transition):
        if transition.actor_id is None:
            return "system"
        return transition.actor.get_full_name()


class PriorityLowerSerializer(StrictJSONMixin, serializers.Serializer):
    acuity = serializers.IntegerField(
        min_value=1, max_value=5, help_text="The new CTAS level: less urgent (a higher number) than the booking's."
    )
    reason = serializers.CharField(max_length=500, help_text="Why (kept in the booking's priority history).")


HISTORY_KINDS = [("transition", "A change of state"), *PriorityChangeKind.choices]


class HistoryEntrySerializer(serializers.Serializer):
    """One row of a booking's history: a change of state (`kind` "transition") or of priority (`kind`
    "escalation": a re-check came back more urgent; "lowered_by_clinician")."""

    kind = serializers.ChoiceField(choices=HISTORY_KINDS)
    from_state = serializers.CharField(allow_null=True, help_text='"" for the first entry; null for a priority change.')
    to_state = serializers.CharField(allow_null=True, help_text="null for a priority change.")
    actor = serializers.CharField(allow_null=True, help_text='"system" for the expiry sweep and for re-checks')
    at = serializers.DateTimeField()
    reason = serializers.CharField()
    from_priority = serializers.IntegerField(allow_null=True, help_text="Priority changes: the CTAS level before.")
    to_priority = serializers.IntegerField(allow_null=True, help_text="Priority changes: the CTAS level after.")
    triage_record = serializers.IntegerField(allow_null=True, help_text="Escalations: the re-check's triage record.")
    disposition = serializers.CharField(
        allow_null=True, help_text='Escalations: the re-check\'s result ("emergency_services": told to call).'
    )

    def to_representation(self, row):
        actor = "system" if row.actor_id is None else row.actor.get_full_name()
        if isinstance(row, BookingPriorityChange):
            return {
                "kind": row.kind,
                "from_state": None,
                "to_state": None,
                "actor": actor,
                "at": _when(row.at),
                "reason": row.reason,
                "from_priority": row.from_priority,
                "to_priority": row.to_priority,
                "triage_record": row.triage_record_id,
                "disposition": row.disposition or None,
            }
        return {
            "kind": "transition",
            "from_state": row.from_state,
            "to_state": row.to_state,
            "actor": actor,
            "at": _when(row.at),
            "reason": row.reason,
            "from_priority": None,
            "to_priority": None,
            "triage_record": None,
            "disposition": None,
        }


class BoardRowSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reference = serializers.CharField()
    name = serializers.CharField(source="display_name")
    priority = serializers.IntegerField()
    slot_number = serializers.IntegerField(required=False)
    waited_minutes = serializers.IntegerField(required=False)
    over_target = serializers.BooleanField(required=False)
    deadline = serializers.DateTimeField(required=False, allow_null=True)
    overdue = serializers.BooleanField(required=False)
    ended_at = serializers.DateTimeField(
        required=False, help_text="In recently_ended: when it was completed or expired."
    )
    state = serializers.CharField()


class BoardSerializer(serializers.Serializer):
    room = RoomSerializer()
    waiting = BoardRowSerializer(many=True)
    called = BoardRowSerializer(many=True)
    arrived = BoardRowSerializer(many=True)
    recently_ended = BoardRowSerializer(
        many=True, help_text="Completed or no-show within ER_UNDO_MINUTES: POST .../undo/ takes it back."
    )
    escalated = BoardRowSerializer(
        many=True,
        required=False,
        help_text="Active bookings a re-check escalated, not yet acknowledged (POST .../acknowledge/), newest first. "
        "They are also in their own list.",
    )
