"""ER pages: book a place, follow it live, the staff board per room, and the public "now calling" screen.

Views check who may see the page, call one service or selector, and render. The patient
page and the boards refresh themselves in the browser (booking.js polls the JSON API;
board.js and now-calling re-fetch a server-rendered fragment), so no page reloads.
"""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from er_queue import selectors, services
from er_queue.access import can_operate_queue
from er_queue.choices import ACTIVE_STATES, REBOOKABLE_STATES
from er_queue.conf import er_setting
from er_queue.forms import BookForm, CancelForm, NoShowForm, PauseForm, PriorityLowerForm, WalkInForm, ctas_label
from healthsvc.errors import DomainError, NotFound


def _staff_only(request) -> None:
    if not can_operate_queue(request.user):
        raise PermissionDenied


def _next_or(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


def _booking_or_404(request, booking_id: int):
    try:
        return selectors.booking_visible_to(user=request.user, booking_id=booking_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc


# --- patients ---------------------------------------------------------------------------------
@login_required
def home(request):
    """The patient's ER bookings; ER staff go to their rooms."""
    if can_operate_queue(request.user):
        return redirect("er_queue:rooms")
    active = selectors.bookings_active_of_patient(patient_id=request.user.pk)
    if len(active) == 1:
        return redirect("er_queue:booking", booking_id=active[0].pk)
    bookings = [b for b in selectors.bookings_of_patient(patient_id=request.user.pk) if not b.is_active]
    return render(request, "er_queue/home.html", {"active": active, "bookings": bookings})


@login_required
@never_cache
def book(request):
    """Choose an ER for a triage result: accepting ERs with room, shortest estimated wait first."""
    form = BookForm(request.POST or None)
    # ?record=<id> is how the triage result and suggestions pages link here (?triage= also works).
    triage_id = request.POST.get("triage") or request.GET.get("record") or request.GET.get("triage") or ""
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            result = services.booking_create(
                actor=request.user,
                room_id=form.cleaned_data["room"],
                triage_record_id=form.cleaned_data["triage"],
                idempotency_key=form.cleaned_data["idempotency_key"],
            )
        except DomainError as exc:
            error = exc
        else:
            return redirect("er_queue:booking", booking_id=result.booking.pk)
    elif request.method == "POST":
        error = DomainError("invalid", _("Please choose an emergency department."))
    # The record says whom the booking is for; one active booking per person.
    dependant_id = selectors.dependant_of_patient_record(patient_id=request.user.pk, triage_record_id=triage_id)
    active = next(
        (b for b in selectors.bookings_active_of_patient(patient_id=request.user.pk) if b.dependant_id == dependant_id),
        None,
    )
    if active is not None and error is None:
        messages.info(request, _("%(name)s already has an active booking.") % {"name": active.person_name})
        return redirect("er_queue:booking", booking_id=active.pk)
    recommended = selectors.rooms_recommended(limit=None)
    others = [room for room in selectors.rooms_list() if room.pk not in {r.pk for r in recommended}]
    return render(
        request,
        "er_queue/book.html",
        {
            "triage_id": triage_id if str(triage_id).isdigit() else "",
            "recommended": recommended,
            "others": others,
            "error": error,
            "alternatives": getattr(error, "extra", {}).get("alternatives", []) if error else [],
            "idempotency_key": uuid.uuid4().hex,
        },
        status=409 if isinstance(error, DomainError) and error.status_code == 409 else 200,
    )


@login_required
@never_cache
def booking_page(request, booking_id: int):
    """A booking that updates itself: slot number, estimate, near-front warning, 'your turn'."""
    booking = _booking_or_404(request, booking_id)
    staff = booking.patient_id != request.user.pk and can_operate_queue(request.user)
    if staff:
        services.bookings_audit_staff_read(actor=request.user, bookings=[booking])
    position = selectors.booking_position(booking)
    rebook = booking.state in REBOOKABLE_STATES and not staff
    return render(
        request,
        "er_queue/booking.html",
        {
            "booking": booking,
            "position": position,
            "staff": staff,
            "cancel_form": CancelForm(staff=staff),
            "poll_seconds": min(er_setting("ER_PATIENT_POLL_SECONDS"), 10),
            "api_url": reverse("er-booking", kwargs={"booking_id": booking.pk}),
            **_retriage_context(request, booking, staff=staff),
            "priority_form": _priority_lower_form(request, booking, staff=staff),
            "rebook_rooms": selectors.rooms_recommended(limit=3) if rebook else [],
            "checkin_next_steps": _checkin_next_steps(booking) if not staff else [],
            "idempotency_key": uuid.uuid4().hex,
        },
    )


def _checkin_next_steps(booking) -> list:
    """After a check-in answered "better": where to go next (health worker first, then self-care)."""
    from er_queue.choices import EndReason
    from er_queue.services.checkins import checkin_better_next_steps

    return checkin_better_next_steps(booking) if booking.end_reason == EndReason.LEFT_IMPROVED else []


def _retriage_context(request, booking, *, staff: bool) -> dict:
    """The "I feel worse" link (the patient's own active booking) and the call-now banner (its latest re-check
    said to call emergency services)."""
    if not booking.is_active:
        return {"can_recheck": False, "call_now": False}
    latest = selectors.booking_retriage_latest(booking=booking)
    return {
        "can_recheck": not staff and booking.patient_id == request.user.pk,
        "call_now": latest is not None and latest.disposition == "emergency_services",
    }


def _priority_lower_form(request, booking, *, staff: bool):
    """The "Lower priority" form of the staff view, for a clinician, while the booking is active and not already
    at the least urgent level (the cases booking_priority_lower accepts); None otherwise."""
    if not staff or not services.can_lower_priority(request.user) or booking.state not in ACTIVE_STATES:
        return None
    form = PriorityLowerForm(current=booking.priority)
    return form if form.fields["acuity"].choices else None


@login_required
@never_cache
def booking_worse(request, booking_id: int):
    """ "I feel worse": a waiting (or called) patient checks their symptoms again (docs/er_queue.md "Re-triage").

    The page asks first what is new, then opens the questionnaire for the same person: prefilled with their latest
    answers (triage's ?from= re-check) when the same problem is worse, or empty for a new problem. The new result
    reaches the booking through the triage_completed signal (er_queue.receivers)."""
    booking = _booking_or_404(request, booking_id)
    if booking.patient_id != request.user.pk:
        raise Http404(_("No such booking."))  # ER staff see the booking, but only its patient re-checks
    if not booking.is_active:
        messages.info(request, _("This booking is no longer active: check your symptoms from the start."))
        return redirect("er_queue:booking", booking_id=booking.pk)
    start = reverse("triage:start")
    record_id = selectors.booking_recheck_record_id(booking=booking)
    person = booking.dependant_id or "me"
    return render(
        request,
        "er_queue/worse.html",
        {
            "booking": booking,
            "worse_url": f"{start}?from={record_id}" if record_id else f"{start}?for={person}",
            "new_url": f"{start}?for={person}",
        },
    )


@login_required
@require_POST
def booking_acknowledge(request, booking_id: int):
    """The board's "Acknowledge" button on an escalated booking (audited by the service)."""
    _staff_only(request)
    try:
        booking = services.booking_escalation_acknowledge(booking_id=booking_id, actor=request.user)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(_next_or(request, reverse("er_queue:rooms")))
    messages.success(request, _("Acknowledged: %(reference)s.") % {"reference": booking.reference})
    return redirect(_next_or(request, reverse("er_queue:board", kwargs={"room_id": booking.room_id})))


BOOKING_ACTIONS = {"confirm", "cancel", "check-in", "complete", "no-show", "undo"}


@login_required
@require_POST
def booking_action(request, booking_id: int, action: str):
    """Every button on the booking page and the board posts here; then back where it came from."""
    if action not in BOOKING_ACTIONS:
        raise Http404
    default = reverse("er_queue:booking", kwargs={"booking_id": booking_id})
    try:
        if action == "confirm":
            services.booking_confirm(booking_id=booking_id, actor=request.user)
        elif action == "cancel":
            staff = can_operate_queue(request.user)
            form = CancelForm(request.POST, staff=staff)
            if not form.is_valid():
                messages.error(request, _("Please say why you are cancelling."))
                return redirect(_next_or(request, default))
            services.booking_cancel(booking_id=booking_id, actor=request.user, reason=form.cleaned_data["reason"])
        elif action == "check-in":
            services.booking_check_in(booking_id=booking_id, actor=request.user)
        elif action == "complete":
            services.booking_complete(booking_id=booking_id, actor=request.user)
        elif action == "undo":
            services.booking_undo(booking_id=booking_id, actor=request.user)
        else:
            form = NoShowForm(request.POST)
            valid = form.is_valid()
            services.booking_mark_no_show(
                booking_id=booking_id,
                actor=request.user,
                note=form.cleaned_data["note"] if valid else "",
                confirmed_before_deadline=valid and form.cleaned_data["confirm_before_deadline"],
            )
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect(_next_or(request, default))


def _error_text(errors, default: str) -> str:
    """One message from a form's or a DomainError's field errors (an Invalid's own message is only its code)."""
    return " ".join(str(message) for field_errors in errors.values() for message in field_errors) or default


@login_required
@require_POST
def booking_priority(request, booking_id: int):
    """A clinician's "Lower priority" form on the booking page (docs/er_queue.md "Re-triage while waiting").

    Refused (403) to anyone without the permission before anything about the booking is said, as the API does."""
    if not services.can_lower_priority(request.user):
        raise PermissionDenied
    default = reverse("er_queue:booking", kwargs={"booking_id": booking_id})
    form = PriorityLowerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _error_text(form.errors, _("Please choose a less urgent level and say why.")))
        return redirect(_next_or(request, default))
    try:
        booking = services.booking_priority_lower(
            actor=request.user,
            booking_id=booking_id,
            acuity=form.cleaned_data["acuity"],
            reason=form.cleaned_data["reason"],
        )
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except DomainError as exc:
        messages.error(request, _error_text(exc.fields, exc.message))
    else:
        messages.success(
            request,
            _("Priority of %(reference)s lowered to %(level)s.")
            % {"reference": booking.reference, "level": ctas_label(booking.priority)},
        )
    return redirect(_next_or(request, default))


@login_required
@require_POST
def booking_checkin_answer(request, booking_id: int):
    """The long-wait check-in banner posts here: "same" keeps the place, "better" cancels and the booking page
    offers the next branch, "worse" opens the re-check of the symptoms (issue 14 item 1)."""
    from er_queue.services.checkins import booking_checkin_answer as answer_checkin

    page = reverse("er_queue:booking", kwargs={"booking_id": booking_id})
    answer = request.POST.get("answer", "")
    try:
        answer_checkin(booking_id=booking_id, actor=request.user, answer=answer)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(page)
    if answer == "worse":
        return redirect("er_queue:booking-worse", booking_id=booking_id)
    if answer == "same":
        messages.success(request, _("Thank you. Your place in the queue is kept."))
    return redirect(page)


# --- ER staff ---------------------------------------------------------------------------------
@login_required
def rooms_page(request):
    _staff_only(request)
    return render(request, "er_queue/rooms.html", {"rooms": selectors.rooms_list()})


@login_required
def figures_page(request, room_id: int | None = None):
    """The figures an ED manager watches (er_queue/figures.py), one room or all; ?from=&to= as YYYY-MM-DD.

    Aggregates only (no patient is named or counted alone), so the read is not audited."""
    _staff_only(request)
    from er_queue import figures as er_figures

    try:
        result = er_figures.room_figures(room_id=room_id, start=request.GET.get("from"), end=request.GET.get("to"))
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except DomainError as exc:
        return render(request, "er_queue/figures.html", {"error": exc, "room_id": room_id}, status=exc.status_code)
    return render(
        request,
        "er_queue/figures.html",
        {
            "figures": result,
            "room": result.room,
            "room_id": room_id,
            "daily": er_figures.daily_bars(result),
            "ctas_chart": er_figures.within_target_bars(result),
            "heat": er_figures.hour_of_week_heat(result),
        },
    )


def _board_context(request, room_id: int) -> dict:
    try:
        board = selectors.room_board(room_id=room_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    services.bookings_audit_staff_read(
        actor=request.user, bookings=[*board.waiting, *board.called, *board.arrived, *board.recently_ended]
    )
    return {
        "board": board,
        "room": board.room,
        "staff_cancel_form": CancelForm(staff=True),
        "undo_minutes": er_setting("ER_UNDO_MINUTES"),
        "here": reverse("er_queue:board", kwargs={"room_id": room_id}),
        "escalated": _escalated(request, room_id),
    }


def _escalated(request, room_id: int) -> list:
    """Escalated bookings not yet acknowledged: the top of the board (a read of patient data, audited)."""
    escalated = selectors.bookings_escalated(room_id=room_id)
    services.bookings_audit_staff_read(actor=request.user, bookings=escalated)
    return escalated


@login_required
@never_cache
def board_page(request, room_id: int):
    _staff_only(request)
    context = _board_context(request, room_id)
    context.update(
        {
            "walk_in_form": WalkInForm(),
            "pause_form": PauseForm(),
            "poll_seconds": min(er_setting("ER_BOARD_POLL_SECONDS"), 10),
        }
    )
    return render(request, "er_queue/board.html", context)


@login_required
@never_cache
def board_partial(request, room_id: int):
    _staff_only(request)
    return render(request, "er_queue/_board_lists.html", _board_context(request, room_id))


ROOM_ACTIONS = {"call-next", "pause", "resume", "walk-in"}


@login_required
@require_POST
def room_action(request, room_id: int, action: str):
    if action not in ROOM_ACTIONS:
        raise Http404
    _staff_only(request)
    default = reverse("er_queue:board", kwargs={"room_id": room_id})
    try:
        if action == "call-next":
            called = services.room_call_next(room_id=room_id, actor=request.user)
            messages.success(
                request,
                _("Called %(reference)s: %(name)s.") % {"reference": called.reference, "name": called.display_name()},
            )
        elif action == "pause":
            form = PauseForm(request.POST)
            note = form.cleaned_data["note"] if form.is_valid() else ""
            services.room_set_intake(room_id=room_id, actor=request.user, accepting=False, note=note)
            messages.success(request, _("Intake paused: no new bookings."))
        elif action == "resume":
            services.room_set_intake(room_id=room_id, actor=request.user, accepting=True)
            messages.success(request, _("Intake resumed."))
        else:
            form = WalkInForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("A walk-in needs a description and an acuity."))
                return redirect(_next_or(request, default))
            booking = services.booking_create_walk_in(
                actor=request.user,
                room_id=room_id,
                label=form.cleaned_data["walk_in_label"],
                acuity=form.cleaned_data["acuity"],
                idempotency_key=request.POST.get("idempotency_key", "")[:128],
            ).booking
            messages.success(request, _("Walk-in added as %(reference)s.") % {"reference": booking.reference})
    except NotFound as exc:
        raise Http404(exc.message) from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect(_next_or(request, default))


# --- public -----------------------------------------------------------------------------------
def _now_calling_context(room_id: int) -> dict:
    try:
        room, references = selectors.room_now_calling(room_id=room_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    return {"room": room, "references": references}


@never_cache
def now_calling_page(request, room_id: int):
    context = _now_calling_context(room_id)
    context["poll_seconds"] = min(er_setting("ER_BOARD_POLL_SECONDS"), 10)
    return render(request, "er_queue/now_calling.html", context)


@never_cache
def now_calling_partial(request, room_id: int):
    return render(request, "er_queue/_now_calling_list.html", _now_calling_context(room_id))
