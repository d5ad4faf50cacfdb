"""What a request gets while PostgreSQL is unreachable: a 503 with Retry-After, not a 500.

A lost database is an outage, not a bug in the request, so the client is told to come
back shortly (and a load balancer can tell the two apart). Lock and statement timeouts
are OperationalErrors too; they are just as transient, so they get the same answer.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

from healthsvc.db_deadline import WATCHDOG
from healthsvc.metrics import dependency_errors_total

logger = logging.getLogger("healthsvc.database")

RETRY_AFTER_SECONDS = 10
MESSAGE = "The service is briefly unavailable. Please try again in a moment."


def is_database_outage(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError | InterfaceError)


def outage_response(request, where: str, exc: BaseException | None = None) -> HttpResponse:
    """The 503 for a database outage, counted and logged: the API's error shape on API paths (an
    OperationOutcome on FHIR's), a plain page elsewhere, all with Retry-After. A lost connection opens the
    fail-fast window."""
    from healthsvc.api.errors import json_error_response  # that module handles API errors with this one
    from healthsvc.db_deadline import note_outage

    if exc is not None:
        note_outage(exc)
    dependency_errors_total.labels(dependency="database").inc()
    logger.error("database unavailable while serving %s %s", where, request.path, exc_info=True)
    if request.path.startswith("/api/"):
        response = json_error_response(request, "service_unavailable", MESSAGE, 503)
    elif request.path.startswith("/fhir/"):
        from healthsvc.fhir.outcome import outcome_http_response

        response = outcome_http_response(status=503, code="service_unavailable", message=MESSAGE)
    else:
        # Rendered without the request: context processors may need the database.
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def signed_in_user(request):
    """The request's signed-in user, or None: anonymous, or the user cannot be loaded because the database is
    away (the view meets the same error, and the outage handling answers 503). For middleware that only
    adapts a response to the person (time zone, caching, session lifetime)."""
    try:
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated else None
    except Exception as exc:
        if not is_database_outage(exc):
            raise
        return None


# Liveness, readiness and metrics answer for themselves (readiness reports the window as "not ready").
_ANSWERS_FOR_ITSELF = ("/healthz", "/readyz", "/metrics")


class DatabaseFailFastMiddleware:
    """While a database call has just missed its client deadline (healthsvc/db_deadline.py), answer the 503
    at once rather than queue another thread behind a frozen server. Placed before anything that may read
    the database (sessions, the user)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if WATCHDOG.failing_fast() and not request.path.startswith(_ANSWERS_FOR_ITSELF):
            return outage_response(request, "fail-fast")
        return self.get_response(request)


class DatabaseOutageMiddleware:
    """Turns a database outage raised by a page (or a non-DRF view) into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return outage_response(request, "page", exception) if is_database_outage(exception) else None
