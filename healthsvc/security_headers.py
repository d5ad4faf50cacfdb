"""Response headers and session lifetime that protect patient data (docs/security.md).

* Every response: a Permissions-Policy that turns off device features no page uses.
* Every response to a signed-in person: Cache-Control no-store, so patient data is not kept by a shared
  computer's browser cache or a proxy (pages that set their own caching keep it).
* Sessions end after an idle time: shorter for staff (SESSION_IDLE_MINUTES_STAFF) than for patients
  (SESSION_IDLE_MINUTES_PATIENT). The expiry is renewed at most once a minute, so an active session
  costs one session write a minute, not one a request.
"""

from __future__ import annotations

import time

from django.conf import settings

from healthsvc.database_outage import signed_in_user

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
_RENEW_EVERY_SECONDS = 60
_TOUCHED = "_idle_touched"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = signed_in_user(request)
        if user is not None and "Cache-Control" not in response:
            response["Cache-Control"] = "no-store, private"
        if user is not None and hasattr(request, "session") and not request.path.startswith("/api/"):
            _renew_idle_expiry(request, user)
        return response


def _renew_idle_expiry(request, user) -> None:
    now = int(time.time())
    if now - request.session.get(_TOUCHED, 0) < _RENEW_EVERY_SECONDS:
        return
    minutes = settings.SESSION_IDLE_MINUTES_STAFF if user.is_care_staff else settings.SESSION_IDLE_MINUTES_PATIENT
    request.session[_TOUCHED] = now
    request.session.set_expiry(minutes * 60)
