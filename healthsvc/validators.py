"""Sign-up rules shared by the page (SignupForm) and the API (SignupSerializer).

They raise Django's ValidationError; forms show it beside the field, and DRF turns a
field validator's Django ValidationError into its own field error.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_AGE_YEARS = 120  # the triage engine accepts ages 0-120; a profile must not be older

validate_phone = RegexValidator(
    r"^\+?[0-9 ()-]{6,30}$", gettext_lazy("Enter a phone number: digits, spaces, + ( ) - only.")
)


def validate_date_of_birth(value: dt.date) -> None:
    today = timezone.localdate()
    if value > today:
        raise ValidationError(_("The date of birth cannot be in the future."))
    oldest = today - dt.timedelta(days=int(MAX_AGE_YEARS * 365.25))
    if value <= oldest:
        raise ValidationError(
            _("Please check the year: that is more than %(years)s years ago.") % {"years": MAX_AGE_YEARS}
        )


def validate_signup_password(password: str, *, email: str, full_name: str) -> None:
    """Django's password validators, judged against the account being made (not yet saved)."""
    from healthsvc.models import User

    password_validation.validate_password(password, user=User(email=email, full_name=full_name))
