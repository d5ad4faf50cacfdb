"""Forms of the ER pages. They validate input only; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from er_queue.choices import CTAS_NAMES

PATIENT_CANCEL_REASONS = [
    ("I feel better", _("I feel better")),
    ("I am going to another ER", _("I am going to another emergency department")),
    ("I cannot get there", _("I cannot get there")),
    ("other", _("Another reason")),
]
STAFF_CANCEL_REASONS = [
    ("Left before being seen", _("Left before being seen")),
    ("Sent to another service", _("Sent to another service")),
    ("Duplicate booking", _("Duplicate booking")),
]


class BookForm(forms.Form):
    room = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    triage = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    idempotency_key = forms.RegexField(r"^[A-Za-z0-9._:-]{1,128}$", required=False, widget=forms.HiddenInput)


class CancelForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why are you cancelling?"), choices=PATIENT_CANCEL_REASONS)
    other = forms.CharField(label=_("Your reason"), max_length=300, required=False)

    def __init__(self, *args, staff: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if staff:
            self.fields["reason"].choices = [*STAFF_CANCEL_REASONS, ("other", _("Another reason"))]

    def clean(self):
        data = super().clean()
        if data.get("reason") == "other":
            if not (data.get("other") or "").strip():
                self.add_error("other", _("Please say why."))
            data["reason"] = (data.get("other") or "").strip()
        return data


class WalkInForm(forms.Form):
    walk_in_label = forms.CharField(
        label=_("Who (as the desk knows them)"),
        max_length=80,
        help_text=_("Initials, a ticket number or a description."),
    )
    acuity = forms.TypedChoiceField(
        label=_("Acuity (CTAS)"),
        coerce=int,
        choices=[(level, format_lazy("{} {}", level, name)) for level, name in CTAS_NAMES.items()],
        initial=3,
    )


class PauseForm(forms.Form):
    note = forms.CharField(label=_("Reason shown to patients"), max_length=200, required=False)


class NoShowForm(forms.Form):
    note = forms.CharField(max_length=300, required=False)
    # The desk confirms a no-show before the check-in deadline has passed (the box names the deadline).
    confirm_before_deadline = forms.BooleanField(required=False)


def ctas_label(level: int) -> str:
    """A CTAS level as the board's badge writes it: "CTAS 4 · Less urgent"."""
    return gettext("CTAS %(priority)s · %(name)s") % {"priority": level, "name": CTAS_NAMES[level]}


class PriorityLowerForm(forms.Form):
    """A clinician lowers a booking's priority (services.booking_priority_lower decides what is allowed).

    Given the booking's current priority, the choices are the less urgent levels only (the page); without it,
    every CTAS level is accepted here and the service refuses one that is not less urgent (the post)."""

    acuity = forms.TypedChoiceField(label=_("New priority"), coerce=int)
    reason = forms.CharField(
        label=_("Why is it lowered?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the booking's priority history."),
        error_messages={"required": _("Say why the priority is lowered.")},
    )

    def __init__(self, *args, current: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        levels = [level for level in CTAS_NAMES if current is None or level > current]
        self.fields["acuity"].choices = [(level, ctas_label(level)) for level in levels]
