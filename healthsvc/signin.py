"""Sign-in hardening beside django-axes: what a locked-out client sees, a log line per sign-in (never the
password), and a per-address limit on the sign-up and password-reset pages (docs/security.md)."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from healthsvc.client_ip import client_ip

logger = logging.getLogger("healthsvc.signin")

LOCKED_MESSAGE = _("Too many failed sign-in attempts. Please wait a few minutes, or reset your password.")


def locked_out(request, credentials=None, *args, **kwargs) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: 429 with Retry-After, in the API's error shape on /api/ and as a page elsewhere."""
    from healthsvc.api.errors import json_error_response

    retry_after = int(settings.AXES_COOLOFF_TIME.total_seconds())
    logger.warning("sign-in locked out", extra={"client_ip": client_ip(request), "path": request.path})
    if request.path.startswith("/api/"):
        response = json_error_response(request, "account_locked", LOCKED_MESSAGE, 429)
    else:
        response = HttpResponse(render_to_string("registration/locked_out.html", request=request), status=429)
    response["Retry-After"] = str(retry_after)
    return response


@receiver(user_login_failed, dispatch_uid="healthsvc.signin.failed")
def _log_failure(sender, credentials, request=None, **kwargs) -> None:
    # Django passes the credentials with the password already masked; only the account name is logged.
    logger.warning(
        "sign-in failed",
        extra={
            "account": str(credentials.get("username", ""))[:254],
            "client_ip": client_ip(request) if request else "",
        },
    )


@receiver(user_logged_in, dispatch_uid="healthsvc.signin.succeeded")
def _log_success(sender, request, user, **kwargs) -> None:
    logger.info("sign-in succeeded", extra={"user_id": user.pk, "client_ip": client_ip(request) if request else ""})


def page_rate_limited(request, scope: str) -> bool:
    """True once this client address has used `scope` (sign-up, password reset) more than SIGNIN_PAGE_RATE
    times in the current window. Counted in the cache, which fails open when Redis is down."""
    limit, _, period = settings.SIGNIN_PAGE_RATE.partition("/")
    seconds = {"second": 1, "minute": 60, "hour": 3600}.get(period, 60)
    key = f"pagerate:{scope}:{client_ip(request)}:{int(time.time() // seconds)}"
    if cache.add(key, 1, timeout=seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        return False
    return count > int(limit)


def rate_limited_response(request) -> HttpResponse:
    response = HttpResponse(render_to_string("registration/rate_limited.html", request=request), status=429)
    response["Retry-After"] = "60"
    return response
