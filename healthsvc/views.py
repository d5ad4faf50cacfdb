"""Core pages: home, sign-up, people you care for; operations endpoints; error pages that speak JSON on /api/
(and FHIR's OperationOutcome on /fhir/)."""

from __future__ import annotations

import hmac

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language
from django_prometheus.exports import ExportToDjangoView

from healthsvc.api.errors import json_error_response
from healthsvc.data_rights import patient_account_close
from healthsvc.errors import DomainError
from healthsvc.fhir.outcome import outcome_http_response
from healthsvc.forms import DependantForm, PasswordResetForm, SignupForm
from healthsvc.languages import SUPPORTED
from healthsvc.readiness import readiness_status, run_checks
from healthsvc.selectors import dependants_of, user_with_roles
from healthsvc.services import dependant_add
from healthsvc.signin import page_rate_limited, rate_limited_response
from healthsvc.signup import SIGNUP_SENT, pending_user_for, signup_confirm, signup_request
from healthsvc.time_zones import zone_or_none


def home(request):
    user = user_with_roles(user_id=request.user.pk) if request.user.is_authenticated else None
    return render(request, "home.html", {"account": user})


def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    if request.method == "POST" and page_rate_limited(request, "signup"):
        return rate_limited_response(request)
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # The same answer whether or not the address has an account (healthsvc.signup).
        signup_request(site=request.build_absolute_uri("/"), **form.cleaned_data)
        return render(request, "registration/signup_sent.html", {"message": SIGNUP_SENT})
    return render(request, "registration/signup.html", {"form": form}, status=400 if form.errors else 200)


@never_cache
def signup_confirm_page(request, uidb64: str, token: str):
    """The emailed link: GET shows a button, POST confirms (mail scanners that follow links only GET)."""
    pending = pending_user_for(uidb64, token)
    if request.method == "POST" and pending is not None:
        user = signup_confirm(user=pending)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your account is ready."))
        return redirect("home")
    return render(request, "registration/signup_confirm.html", {"pending": pending}, status=200 if pending else 400)


@login_required
def dependants(request):
    """People the patient checks symptoms and books for: a list and an "add" form. ?next= returns there."""
    if not hasattr(request.user, "patient_profile"):
        messages.warning(request, _("Only patients can add people they care for."))
        return redirect("home")
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = ""
    form = DependantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            person = dependant_add(guardian=request.user, **form.cleaned_data)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("%(name)s was added.") % {"name": person.full_name})
            if next_url:
                return redirect(f"{next_url}?for={person.pk}" if "?" not in next_url else next_url)
            return redirect("dependants")
    return render(
        request,
        "registration/dependants.html",
        {"form": form, "people": dependants_of(user=request.user), "next": next_url},
        status=400 if form.errors else 200,
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset page (it never says whether an account exists), limited per client address; the email
    is in the account holder's language (PasswordResetForm)."""

    form_class = PasswordResetForm

    def post(self, request, *args, **kwargs):
        if page_rate_limited(request, "password_reset"):
            return rate_limited_response(request)
        return super().post(request, *args, **kwargs)


@login_required
def close_account(request):
    """Close the signed-in patient's account after they type their password again."""
    if not hasattr(request.user, "patient_profile"):
        return redirect("home")
    error = ""
    if request.method == "POST":
        if request.user.check_password(request.POST.get("password", "")):
            patient_account_close(patient=request.user)
            logout(request)
            messages.success(request, _("Your account is closed. We have kept only what the law requires."))
            return redirect("home")
        error = _("The password is not right.")
    return render(
        request,
        "registration/close_account.html",
        {"error": error, "retention_years": settings.CLINICAL_RECORD_RETENTION_YEARS},
        status=400 if error else 200,
    )


@require_POST
def language(request):
    """The language switcher: Django's set_language (cookie, safe redirect back), kept on the account too."""
    response = set_language(request)
    chosen = request.POST.get("language", "")
    if request.user.is_authenticated and chosen in SUPPORTED and request.user.language != chosen:
        request.user.language = chosen
        request.user.save(update_fields=["language"])
    return response


@login_required
@require_POST
def time_zone(request):
    """The browser's IANA time zone, so pages and emails show the person's own times (static/js/time_zone.js)."""
    name = request.POST.get("time_zone", "")
    if zone_or_none(name) is None:
        return HttpResponse(_("Unknown time zone."), status=400, content_type="text/plain")
    if request.user.time_zone != name:
        request.user.time_zone = name
        request.user.save(update_fields=["time_zone"])
    return HttpResponse(status=204)


@require_GET
@never_cache
def metrics(request):
    """Prometheus metrics; with METRICS_TOKEN set, only for a scraper that sends it as a bearer token."""
    expected = settings.METRICS_TOKEN
    if expected:
        sent = request.META.get("HTTP_AUTHORIZATION", "")
        if not hmac.compare_digest(sent.encode(), f"Bearer {expected}".encode()):
            return HttpResponse("Unauthorized", status=401, content_type="text/plain")
    return ExportToDjangoView(request)


@require_GET
@never_cache
def healthz(request):
    """Liveness: the process answers. No I/O, so a slow database never restarts the pod."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@never_cache
def readyz(request):
    checks = run_checks()
    status = readiness_status(checks)
    return JsonResponse({"status": status, "checks": checks}, status=503 if status == "not_ready" else 200)


def _wants_json(request) -> bool:
    return request.path.startswith("/api/")


def _wants_fhir(request) -> bool:
    return request.path.startswith("/fhir/")


def handler404(request, exception=None):
    if _wants_fhir(request):
        return outcome_http_response(status=404, code="not_found", message=_("Not found."))
    if _wants_json(request):
        return json_error_response(request, "not_found", _("Not found."), 404)
    return render(request, "404.html", status=404)


def handler500(request):
    if _wants_fhir(request):
        return outcome_http_response(
            status=500, code="server_error", message=_("Something went wrong on our side. It has been logged.")
        )
    if _wants_json(request):
        return json_error_response(
            request, "server_error", _("Something went wrong on our side. It has been logged."), 500
        )
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    if _wants_json(request):
        return json_error_response(
            request, "csrf_failed", _("CSRF check failed; send the CSRF token or use a token."), 403
        )
    return render(request, "403_csrf.html", status=403)
