"""Admin for rooms, bookings and their history, with safe actions.

Nothing here edits a booking's state or fields directly: bookings, history and notices
are read-only, and every action calls the same service the API and the board use (with
its locks, checks and history row). Room edits go through room_create / room_update /
room_set_intake.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from er_queue import services
from er_queue.access import can_operate_queue
from er_queue.models import BookingTransition, EmergencyRoom, ERBooking, ERNotice
from er_queue.selectors import rooms_with_load
from healthsvc.admin_audit import AuditedReadAdmin
from healthsvc.admin_readonly import ReadOnlyAdmin, ReadOnlyInline
from healthsvc.errors import DomainError


def _run(modeladmin, request, items, verb: str, call) -> None:
    done, failed = 0, []
    for item in items:
        try:
            call(item)
            done += 1
        except DomainError as exc:
            failed.append(f"{item}: {exc.message}")
    if done:
        modeladmin.message_user(
            request, gettext("%(verb)s: %(count)d.") % {"verb": verb, "count": done}, messages.SUCCESS
        )
    for failure in failed:
        modeladmin.message_user(request, failure, messages.WARNING)


def service_action(description: str, verb: str, call):
    """An admin action that runs one service, `call(row, user)`, on each selected row and
    reports what was done and, row by row, what the service refused."""

    @admin.action(description=description, permissions=["operate"])
    def action(modeladmin, request, queryset):
        _run(modeladmin, request, queryset, verb, lambda row: call(row, request.user))

    return action


class OperateMixin:
    def has_operate_permission(self, request) -> bool:
        return can_operate_queue(request.user)


@admin.register(EmergencyRoom)
class EmergencyRoomAdmin(OperateMixin, admin.ModelAdmin):
    list_display = ["name", "region", "capacity", "active", "waiting", "accepting", "average_service_minutes"]
    list_filter = ["region", "accepting"]
    search_fields = ["name", "address", "region"]
    readonly_fields = ["call_interval_ewma_minutes", "calls_observed", "last_call_at", "created_at"]
    fieldsets = [
        (None, {"fields": ["name", "address", "region"]}),
        (_("Intake"), {"fields": ["accepting", "intake_note", "capacity"]}),
        (_("Windows"), {"fields": ["confirm_window_minutes", "checkin_window_minutes", "average_service_minutes"]}),
        (_("Observed throughput"), {"fields": readonly_fields}),
    ]
    actions = ["pause_intake", "resume_intake", "call_next"]

    def get_queryset(self, request) -> QuerySet:
        return rooms_with_load(super().get_queryset(request))

    @admin.display(description=_("active"), ordering="active_count")
    def active(self, room) -> int:
        return room.active_count

    @admin.display(description=_("waiting"), ordering="waiting_count")
    def waiting(self, room) -> int:
        return room.waiting_count

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in form.changed_data if name in form.cleaned_data}
        intake = {name: fields.pop(name) for name in ("accepting", "intake_note") if name in fields}
        if not change:
            room = services.room_create(actor=request.user, **fields, **intake)
            obj.pk = room.pk
            return
        if fields:
            services.room_update(room_id=obj.pk, actor=request.user, **fields)
        if intake:
            services.room_set_intake(
                room_id=obj.pk,
                actor=request.user,
                accepting=form.cleaned_data["accepting"],
                note=form.cleaned_data.get("intake_note", ""),
            )

    pause_intake = service_action(
        _("Pause intake"),
        pgettext_lazy("admin action, with a count", "Paused"),
        lambda room, user: services.room_set_intake(
            room_id=room.pk, actor=user, accepting=False, note="Paused from the admin site"
        ),
    )
    resume_intake = service_action(
        _("Resume intake"),
        pgettext_lazy("admin action, with a count", "Resumed"),
        lambda room, user: services.room_set_intake(room_id=room.pk, actor=user, accepting=True),
    )
    call_next = service_action(
        _("Call the next patient"),
        pgettext_lazy("admin action, with a count", "Called"),
        lambda room, user: services.room_call_next(room_id=room.pk, actor=user),
    )


class TransitionInline(ReadOnlyInline):
    model = BookingTransition
    fields = ["at", "from_state", "to_state", "actor", "reason"]
    readonly_fields = fields


class NoticeInline(ReadOnlyInline):
    model = ERNotice
    fields = ["kind", "created_at", "sent_at", "attempts", "last_error"]
    readonly_fields = fields


@admin.register(ERBooking)
class ERBookingAdmin(OperateMixin, AuditedReadAdmin, ReadOnlyAdmin):
    """Read-only: bookings are made by patients (API, pages) or as walk-ins on the board,
    change state only through the actions below, and are never deleted (they are history)."""

    audit_object_type = "er_booking"
    list_display = ["reference", "room", "who", "state", "priority", "created_at", "deadline"]
    list_filter = ["state", "room", "priority", "end_reason"]
    search_fields = ["reference", "patient__email", "patient__full_name", "dependant__full_name", "walk_in_label"]
    list_select_related = ["room", "patient", "dependant"]
    date_hierarchy = "created_at"
    inlines = [TransitionInline, NoticeInline]
    actions = ["check_in", "complete", "mark_no_show", "cancel", "undo"]

    @admin.display(description=_("patient"))
    def who(self, booking) -> str:
        return booking.display_name()

    check_in = service_action(
        _("Check in (called patients)"),
        pgettext_lazy("admin action, with a count", "Checked in"),
        lambda booking, user: services.booking_check_in(booking_id=booking.pk, actor=user),
    )
    complete = service_action(
        _("Complete (arrived patients)"),
        pgettext_lazy("admin action, with a count", "Completed"),
        lambda booking, user: services.booking_complete(booking_id=booking.pk, actor=user),
    )
    mark_no_show = service_action(
        _("Mark as no-show (called patients)"),
        pgettext_lazy("admin action, with a count", "Marked as no-show"),
        lambda booking, user: services.booking_mark_no_show(
            booking_id=booking.pk, actor=user, note="Marked in the admin site"
        ),
    )
    cancel = service_action(
        _("Cancel (active bookings)"),
        pgettext_lazy("admin action, with a count", "Cancelled"),
        lambda booking, user: services.booking_cancel(
            booking_id=booking.pk, actor=user, reason="Cancelled in the admin site"
        ),
    )
    undo = service_action(
        _("Undo the last desk action (within ER_UNDO_MINUTES)"),
        pgettext_lazy("admin action, with a count", "Undone"),
        lambda booking, user: services.booking_undo(booking_id=booking.pk, actor=user, note="in the admin site"),
    )


@admin.register(BookingTransition)
class BookingTransitionAdmin(AuditedReadAdmin, ReadOnlyAdmin):
    """A booking's history names the patient: each row shown is an audited read."""

    audit_object_type = "er_booking_transition"
    audit_patient_attr = "booking.patient_id"
    list_display = ["at", "booking", "from_state", "to_state", "actor", "reason"]
    list_filter = ["to_state", "from_state"]
    search_fields = ["booking__reference", "reason"]
    list_select_related = ["booking", "actor"]
    date_hierarchy = "at"


@admin.register(ERNotice)
class ERNoticeAdmin(ReadOnlyAdmin):
    list_display = ["booking", "kind", "created_at", "sent_at", "attempts"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter)]
    list_select_related = ["booking"]
