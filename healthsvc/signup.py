"""Self-service sign-up that never reveals whether an email address already has an account.

Every sign-up gets the same answer ("check your email"). A new address gets an inactive account and a
link to confirm it; an address that already has an account gets an email saying so, with links to sign
in or reset the password; a still-unconfirmed sign-up gets its link again. Only the owner of the inbox
learns which happened (OWASP Authentication Cheat Sheet: account enumeration; issue 12).
"""

from __future__ import annotations

from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from healthsvc.errors import Conflict
from healthsvc.languages import SUPPORTED, in_language_of
from healthsvc.models import User
from healthsvc.pms.services import patient_link_request_on_signup
from healthsvc.services import audit_record, patient_signup

SIGNUP_SENT = gettext_lazy(
    "Thank you. We have sent an email to that address: open the link in it within 3 days to finish "
    "creating your account. If nothing arrives in a few minutes, check your spam folder."
)


class SignupTokenGenerator(PasswordResetTokenGenerator):
    """A confirmation link that cannot be used as a password-reset link, and dies once used (the hash
    covers email_confirmed). Lifetime: PASSWORD_RESET_TIMEOUT (3 days)."""

    key_salt = "healthsvc.signup.SignupTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.password}{user.email_confirmed}{user.email}{timestamp}"


signup_tokens = SignupTokenGenerator()


def signup_request(*, site: str, **fields) -> None:
    """Start a sign-up for fields["email"]; the caller always answers with SIGNUP_SENT.

    site is the scheme and host the links point to (the request's own, which ALLOWED_HOSTS vouches for).
    """
    email = fields["email"]
    existing = User.objects.filter(email__iexact=email).first()
    if existing is None:
        try:
            user = patient_signup(**fields, pending=True)
        except Conflict:  # a simultaneous sign-up for the same address won: treat it as existing
            existing = User.objects.filter(email__iexact=email).first()
        else:
            _remember_page_language(user)
            _send(user, "registration/signup_confirm_email.txt", site, confirm=True)
            return
    if existing is None:
        return
    # Hash the unused password as a new account would, so the answer takes as long either way (as Django's
    # ModelBackend does for an unknown user at sign-in): timing must not tell a taken address either.
    make_password(fields["password"])
    if not existing.email_confirmed and not existing.is_active:
        _send(existing, "registration/signup_confirm_email.txt", site, confirm=True)
    else:
        _send(existing, "registration/signup_exists_email.txt", site, confirm=False)


def pending_user_for(uidb64: str, token: str) -> User | None:
    """The unconfirmed account a confirmation link names, or None if the link is wrong, used or expired."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        return None
    user = User.objects.filter(pk=pk, email_confirmed=False).first()
    if user is None or not signup_tokens.check_token(user, token):
        return None
    return user


@transaction.atomic
def signup_confirm(*, user: User) -> User:
    """Activate a pending sign-up (the caller checked its link with pending_user_for)."""
    user.is_active = True
    user.email_confirmed = True
    user.save(update_fields=["is_active", "email_confirmed"])
    audit_record(actor=user, action="signup_confirmed", object_type="user", object_id=user.pk, patient=user)
    # Only a confirmed sign-up is looked up in the patient-management system (an unconfirmed one may be anyone's
    # typing), and only by a worker after commit: the sign-up never waits on that system (healthsvc/pms).
    patient_link_request_on_signup(user=user)
    return user


def _remember_page_language(user: User) -> None:
    """A new account keeps the language it was signed up in, so its emails (the confirmation first) use it."""
    page_language = get_language()
    if not user.language and page_language in SUPPORTED:
        user.language = page_language
        user.save(update_fields=["language"])


def _send(user: User, template: str, site: str, *, confirm: bool) -> None:
    site = site.rstrip("/")
    context = {"user": user, "site": site, "sign_in_url": site + reverse("login")}
    # In the account holder's language, not the page's: whoever typed the address may not be its owner.
    with in_language_of(user):
        if confirm:
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            context["confirm_url"] = site + reverse("signup-confirm", args=[uid, signup_tokens.make_token(user)])
            subject = _("Finish creating your healthsvc account")
        else:
            context["reset_url"] = site + reverse("password_reset")
            subject = _("Someone tried to create a healthsvc account with your email address")
        body = render_to_string(template, context)
    send_mail(subject, body, None, [user.email])
