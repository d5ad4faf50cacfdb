"""ER queue API: rooms and their load, bookings and their live position, the staff actions.

Views parse input, call one service or selector, and render. Every error is a domain
error rendered as {"error": {"code", "message", "fields", ...}}: an illegal transition
is 409 with `current_state`, a full ER is 409 with `alternatives`.
"""

from __future__ import annotations

from django.utils import timezone, translation
from django.utils.http import parse_etags
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from er_queue import selectors, services
from er_queue.access import can_operate_queue
from er_queue.api.serializers import (
    AlternativeSerializer,
    BoardSerializer,
    BookingCreateSerializer,
    BookingSerializer,
    HistoryEntrySerializer,
    IntakeSerializer,
    NoteSerializer,
    NowCallingSerializer,
    PriorityLowerSerializer,
    ReasonSerializer,
    RoomSerializer,
    RoomUpdateSerializer,
    StaffBookingSerializer,
)
from er_queue.choices import BookingState, CheckinAnswer
from er_queue.services.checkins import booking_checkin_answer
from healthsvc.api.permissions import idempotency_key_from, idempotency_parameter
from healthsvc.api.query import QueryIdField, query_params


class CanOperateQueue(BasePermission):
    message = "Only ER staff may do this."

    def has_permission(self, request, view) -> bool:
        return can_operate_queue(request.user)


ERROR = inline_serializer(
    "ErQueueError",
    {
        "error": inline_serializer(
            "ErQueueErrorBody",
            {
                "code": serializers.CharField(),
                "message": serializers.CharField(),
                "fields": serializers.DictField(),
                "current_state": serializers.CharField(required=False, help_text="On an illegal transition."),
                "alternatives": AlternativeSerializer(
                    many=True, required=False, help_text="On room_full / room_paused: up to three other ERs."
                ),
            },
        )
    },
)
NOT_FOUND = OpenApiResponse(ERROR, description="No such booking or room, or another patient's booking.")
FORBIDDEN = OpenApiResponse(ERROR, description="Only ER staff may do this.")
CONFLICT = OpenApiResponse(ERROR, description="Illegal transition (`current_state` names the state) or too late.")
IDEMPOTENCY_HEADER = idempotency_parameter(
    "Repeat a booking request safely: the same key from the same user returns the first booking (200)."
)


class RoomListQuery(serializers.Serializer):
    region = serializers.CharField(required=False, allow_blank=True, help_text="Only ERs in this region.")


class RoomRecommendedQuery(RoomListQuery):
    limit = serializers.IntegerField(min_value=1, max_value=10, default=3, help_text="At most this many.")


class BookingListQuery(serializers.Serializer):
    state = serializers.ChoiceField(choices=BookingState.choices, required=False)
    room = QueryIdField(required=False, help_text="ER staff: only this room.")


def position_etag(booking, *, staff: bool) -> str:
    """What the position read's answer depends on: the room's queue version (every change of the queue, the
    booking's own included, raises it), the minute (estimates and "over target" move with the clock, so a held
    answer is never more than a minute old), the language and who reads it (staff see more fields)."""
    minute = int(timezone.now().timestamp() // 60)
    return f'W/"{booking.room.queue_version}.{minute}.{translation.get_language()}.{"s" if staff else "p"}"'


def booking_body(request, booking) -> dict:
    """One booking with its live position, as patients or ER staff see it."""
    positions = selectors.booking_positions([booking])
    # A patient reading their own booking costs no permission lookup (the position is polled).
    staff = booking.patient_id != request.user.pk and can_operate_queue(request.user)
    serializer_class = StaffBookingSerializer if staff else BookingSerializer
    return serializer_class(booking, context={"positions": positions}).data


# --- rooms ----------------------------------------------------------------------------------
class RoomListView(GenericAPIView):
    serializer_class = RoomSerializer

    @extend_schema(
        parameters=[RoomListQuery],
        responses={200: RoomSerializer(many=True)},
        description="Every ER with whether it accepts bookings, its capacity, active and waiting counts, "
        "and the estimated wait for a patient joining now.",
    )
    def get(self, request):
        rooms = selectors.rooms_list(region=query_params(request, RoomListQuery).get("region") or None)
        page = self.paginate_queryset(rooms)
        return self.get_paginated_response(RoomSerializer(page, many=True).data)


class RoomRecommendedView(APIView):
    @extend_schema(
        parameters=[RoomRecommendedQuery],
        responses={200: RoomSerializer(many=True)},
        description="Accepting ERs with free places, shortest estimated wait first.",
    )
    def get(self, request):
        params = query_params(request, RoomRecommendedQuery)
        rooms = selectors.rooms_recommended(region=params.get("region") or None, limit=params["limit"])
        return Response(RoomSerializer(rooms, many=True).data)


class RoomDetailView(APIView):
    def get_permissions(self):
        if self.request.method == "PATCH":
            return [CanOperateQueue()]
        return super().get_permissions()

    @extend_schema(responses={200: RoomSerializer, 404: NOT_FOUND})
    def get(self, request, room_id: int):
        return Response(RoomSerializer(selectors.room_detail(room_id=room_id)).data)

    @extend_schema(
        request=RoomUpdateSerializer,
        responses={200: RoomSerializer, 400: OpenApiResponse(ERROR), 403: FORBIDDEN, 404: NOT_FOUND},
        description="ER staff set capacity, windows or the configured service time. Lowering capacity "
        "below the active bookings removes no one; it stops new bookings until they drain.",
    )
    def patch(self, request, room_id: int):
        serializer = RoomUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.room_update(room_id=room_id, actor=request.user, **serializer.validated_data)
        return Response(RoomSerializer(selectors.room_detail(room_id=room_id)).data)


class RoomQueueView(APIView):
    permission_classes = [CanOperateQueue]

    @extend_schema(
        responses={200: BoardSerializer, 403: FORBIDDEN, 404: NOT_FOUND},
        description="The staff board: waiting patients in queue order, then called, then arrived, then "
        "what ended within the undo window.",
    )
    def get(self, request, room_id: int):
        board = selectors.room_board(room_id=room_id)
        rows = {"waiting": board.waiting, "called": board.called, "arrived": board.arrived}
        rows["recently_ended"] = board.recently_ended
        rows["escalated"] = selectors.bookings_escalated(room_id=board.room.pk)
        services.bookings_audit_staff_read(actor=request.user, bookings=[row for part in rows.values() for row in part])
        return Response(BoardSerializer({"room": board.room, **rows}).data)


class RoomNowCallingView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        responses={200: NowCallingSerializer, 404: NOT_FOUND},
        auth=[],
        description='For a public "now calling" screen: the references of called bookings, no names.',
    )
    def get(self, request, room_id: int):
        room, references = selectors.room_now_calling(room_id=room_id)
        return Response({"room": room.name, "references": references})


class RoomCallNextView(APIView):
    permission_classes = [CanOperateQueue]

    @extend_schema(
        request=None,
        responses={200: StaffBookingSerializer, 403: FORBIDDEN, 404: NOT_FOUND, 409: CONFLICT},
        description="Call the head of the queue. 409 `queue_empty` when nobody is waiting.",
    )
    def post(self, request, room_id: int):
        booking = services.room_call_next(room_id=room_id, actor=request.user)
        return Response(booking_body(request, selectors.booking_visible_to(user=request.user, booking_id=booking.pk)))


class RoomIntakeView(APIView):
    permission_classes = [CanOperateQueue]
    accepting = True

    @extend_schema(request=IntakeSerializer, responses={200: RoomSerializer, 403: FORBIDDEN, 404: NOT_FOUND})
    def post(self, request, room_id: int):
        serializer = IntakeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.room_set_intake(
            room_id=room_id,
            actor=request.user,
            accepting=self.accepting,
            note=serializer.validated_data.get("note", ""),
        )
        return Response(RoomSerializer(selectors.room_detail(room_id=room_id)).data)


# --- bookings -------------------------------------------------------------------------------
class BookingListCreateView(GenericAPIView):
    serializer_class = BookingSerializer

    @extend_schema(
        parameters=[BookingListQuery],
        responses={200: BookingSerializer(many=True)},
        description="A patient's own bookings, newest first; ER staff see every booking.",
    )
    def get(self, request):
        params = query_params(request, BookingListQuery)
        bookings = selectors.bookings_visible_to(user=request.user)
        if "state" in params:
            bookings = bookings.filter(state=params["state"])
        if "room" in params:
            bookings = bookings.filter(room_id=params["room"])
        page = list(self.paginate_queryset(bookings))
        staff = can_operate_queue(request.user)
        if staff:
            services.bookings_audit_staff_read(actor=request.user, bookings=page)
        serializer_class = StaffBookingSerializer if staff else BookingSerializer
        data = serializer_class(page, many=True, context={"positions": selectors.booking_positions(page)}).data
        return self.get_paginated_response(data)

    @extend_schema(
        request=BookingCreateSerializer,
        parameters=[IDEMPOTENCY_HEADER],
        responses={
            201: BookingSerializer,
            200: OpenApiResponse(BookingSerializer, description="Replay of an Idempotency-Key."),
            400: OpenApiResponse(ERROR, description="Invalid input."),
            403: FORBIDDEN,
            404: OpenApiResponse(ERROR, description="No such room, or no such triage record of yours."),
            409: OpenApiResponse(
                ERROR,
                description="`room_full` or `room_paused` (with `alternatives`), `triage_not_completed`, "
                "`triage_not_eligible` (only emergency or urgent may book), `triage_too_old`, "
                "`active_booking_exists`, `idempotency_key_reused`.",
            ),
        },
        description="Book a place (state `initialized`; confirm within the room's confirm window). An expired "
        "or cancelled patient books again the same way; the new booking links to the old one (`rebooks`). "
        "ER staff add a walk-in with `walk_in_label` and `acuity` instead of a triage record.",
    )
    def post(self, request):
        serializer = BookingCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        key = idempotency_key_from(request)
        if "walk_in_label" in data:
            result = services.booking_create_walk_in(
                actor=request.user,
                room_id=data["room"],
                label=data["walk_in_label"],
                acuity=data["acuity"],
                idempotency_key=key,
            )
        else:
            result = services.booking_create(
                actor=request.user, room_id=data["room"], triage_record_id=data["triage_record"], idempotency_key=key
            )
        booking = result.booking  # with its room loaded: no need to read it again
        return Response(
            booking_body(request, booking),
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
            headers={"Location": f"/api/v1/er/bookings/{booking.pk}/"},
        )


class BookingDetailView(APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter(
                "If-None-Match",
                str,
                OpenApiParameter.HEADER,
                description="The `ETag` of your last answer: 304 with no body if nothing changed since.",
            )
        ],
        responses={
            (200, "application/json"): OpenApiResponse(
                BookingSerializer, description="The position; its `ETag` header is for the next poll."
            ),
            304: OpenApiResponse(description="Not modified: the answer you hold is still current."),
            404: NOT_FOUND,
        },
        description="The live position: state, `slot_number` (0 = called, it is your turn), estimated wait, "
        "and when called the check-in deadline (`checkin_by`). Poll it with `If-None-Match`: an unchanged "
        "position costs no queue computation and answers 304. The live stream `/live/er/bookings/{id}/` "
        "(server-sent events, docs/er_queue.md) pushes every change instead.",
    )
    def get(self, request, booking_id: int):
        booking = selectors.booking_visible_to(user=request.user, booking_id=booking_id)
        staff = booking.patient_id != request.user.pk
        if staff:
            services.bookings_audit_staff_read(actor=request.user, bookings=[booking])  # a 304 is a read too
        etag = position_etag(booking, staff=staff)
        held = request.headers.get("If-None-Match", "")
        if held.strip() == "*" or etag in parse_etags(held):
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        return Response(booking_body(request, booking), headers={"ETag": etag})


class BookingHistoryView(APIView):
    @extend_schema(
        responses={200: HistoryEntrySerializer(many=True), 404: NOT_FOUND},
        description='Every change of the booking, oldest first: its state changes (`kind` "transition") and its '
        'priority changes (`kind` "escalation" when a re-check came back more urgent, with its `triage_record`; '
        '"lowered_by_clinician", with the reason).',
    )
    def get(self, request, booking_id: int):
        booking = selectors.booking_visible_to(user=request.user, booking_id=booking_id)
        services.bookings_audit_staff_read(actor=request.user, bookings=[booking])  # a patient's own: not audited
        return Response(HistoryEntrySerializer(selectors.booking_timeline(booking=booking), many=True).data)


class CanLowerPriority(BasePermission):
    message = "Only a clinician may change a booking's priority."

    def has_permission(self, request, view) -> bool:
        return services.can_lower_priority(request.user)


class BookingPriorityView(APIView):
    permission_classes = [CanLowerPriority]  # 403 before anything about the booking is said

    @extend_schema(
        operation_id="er_bookings_priority",
        request=PriorityLowerSerializer,
        responses={
            200: StaffBookingSerializer,
            400: OpenApiResponse(
                ERROR, description="No reason, an acuity out of 1-5, or one that is not less urgent than the booking's."
            ),
            403: OpenApiResponse(ERROR, description="Only a clinician (the `er_queue.lower_priority` permission)."),
            404: NOT_FOUND,
            409: CONFLICT,
        },
        description="A clinician lowers an active booking's priority to a less urgent CTAS level, with a reason "
        "(kept in the history as `lowered_by_clinician`). The place is recomputed as if the booking had been "
        "triaged at that level when it confirmed. A re-check never lowers a priority; to raise one, post a new "
        "triage record for the same person (POST /api/v1/triage/records/): a more urgent result escalates the "
        "booking (docs/er_queue.md, Re-triage while waiting).",
    )
    def post(self, request, booking_id: int):
        serializer = PriorityLowerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.booking_priority_lower(actor=request.user, booking_id=booking_id, **serializer.validated_data)
        booking = selectors.booking_for_clinician(booking_id=booking_id)
        services.bookings_audit_staff_read(actor=request.user, bookings=[booking])
        positions = selectors.booking_positions([booking])
        return Response(StaffBookingSerializer(booking, context={"positions": positions}).data)


def _transition_view(name: str, service, *, body=None, description: str, staff_only: bool):
    """A POST /bookings/{id}/<name>/ view that calls one service and returns the booking."""

    class View(APIView):
        permission_classes = [CanOperateQueue] if staff_only else APIView.permission_classes

        @extend_schema(
            operation_id=f"er_bookings_{name}",
            request=body,
            responses={
                200: StaffBookingSerializer if staff_only else BookingSerializer,
                400: OpenApiResponse(ERROR),
                403: FORBIDDEN,
                404: NOT_FOUND,
                409: CONFLICT,
            },
            description=description,
        )
        def post(self, request, booking_id: int):
            kwargs = {}
            if body is not None:
                serializer = body(data=request.data)
                serializer.is_valid(raise_exception=True)
                kwargs = dict(serializer.validated_data)
            service(booking_id=booking_id, actor=request.user, **kwargs)
            booking = selectors.booking_visible_to(user=request.user, booking_id=booking_id)
            return Response(booking_body(request, booking))

    View.__name__ = View.__qualname__ = f"Booking{name.title().replace('_', '')}View"
    return View


BookingConfirmView = _transition_view(
    "confirm",
    services.booking_confirm,
    description="Confirm within the confirm window: the booking joins the queue with its slot number.",
    staff_only=False,
)
BookingCheckInView = _transition_view(
    "check_in",
    services.booking_check_in,
    description="ER staff: the called patient has arrived (refused after the check-in deadline).",
    staff_only=True,
)
BookingCompleteView = _transition_view(
    "complete", services.booking_complete, description="ER staff: the visit is over.", staff_only=True
)
BookingNoShowView = _transition_view(
    "no_show",
    services.booking_mark_no_show,
    body=NoteSerializer,
    description="ER staff: a called patient did not come; the booking expires.",
    staff_only=True,
)
BookingUndoView = _transition_view(
    "undo",
    services.booking_undo,
    body=NoteSerializer,
    description="ER staff take back the last desk action on this booking, within `ER_UNDO_MINUTES` "
    "(default 10): a call (back to the same place in the queue), a check-in or a no-show (back to called, "
    "with a fresh check-in window; 409 `room_full` if its place has been taken), a completion (back to "
    "arrived). 409 `undo_window_passed` after that, `illegal_transition` when there is nothing to undo.",
    staff_only=True,
)
BookingAcknowledgeView = _transition_view(
    "acknowledge",
    services.booking_escalation_acknowledge,
    description="ER staff acknowledge an escalation (a re-check came back more urgent): `escalated_at` is "
    "cleared and the booking leaves the top of the board. Audited; repeating it changes nothing.",
    staff_only=True,
)
BookingCancelView = _transition_view(
    "cancel",
    services.booking_cancel,
    body=ReasonSerializer,
    description="The patient or ER staff cancel with a reason. The patient may book again.",
    staff_only=False,
)


class CheckinAnswerSerializer(serializers.Serializer):
    answer = serializers.ChoiceField(
        choices=CheckinAnswer.choices,
        help_text='"same" keeps the place; "better" cancels (end_reason `left_improved`); "worse" is recorded, '
        "and the patient should re-check their symptoms next.",
    )


BookingCheckInAnswerView = _transition_view(
    "check_in_answer",
    booking_checkin_answer,
    body=CheckinAnswerSerializer,
    description='The patient answers the long-wait check-in ("Are your symptoms the same, better or worse?"), '
    "asked once the CTAS target plus `ER_CHECKIN_MARGIN_MINUTES` has passed. Only the patient who booked "
    '(ER staff: 403). 409 `illegal_transition` unless the booking is waiting (a repeat of "better" on the '
    "booking it cancelled returns it), 409 `no_checkin_prompt` before the first prompt.",
    staff_only=False,
)
