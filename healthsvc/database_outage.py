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

from healthsvc.metrics import dependency_errors_total

logger = logging.getLogger("healthsvc.database")

RETRY_AFTER_SECONDS = 10
MESSAGE = "The service is briefly unavailable. Please try again in a moment."


def is_database_outage(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError | InterfaceError)


def outage_response(request, where: str) -> HttpResponse:
    """The 503 for a database outage, counted and logged: the API's error shape on API paths,
    a plain page elsewhere, both with Retry-After."""
    from healthsvc.api.errors import json_error_response  # that module handles API errors with this one

    dependency_errors_total.labels(dependency="database").inc()
    logger.error("database unavailable while serving %s %s", where, request.path, exc_info=True)
    if request.path.startswith("/api/"):
        response = json_error_response(request, "service_unavailable", MESSAGE, 503)
    else:
        # Rendered without the request: context processors may need the database.
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseOutageMiddleware:
    """Turns a database outage raised by a page (or a non-DRF view) into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return outage_response(request, "page") if is_database_outage(exception) else None
