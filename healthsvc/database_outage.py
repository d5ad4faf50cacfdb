"""What a request gets while PostgreSQL is unreachable: a 503 with Retry-After, not a 500.

A lost database is an outage, not a bug in the request, so the client is told to come
back shortly (and a load balancer can tell the two apart). Lock and statement timeouts
are OperationalErrors too; they are just as transient, so they get the same answer.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from healthsvc.metrics import dependency_errors_total

logger = logging.getLogger("healthsvc.database")

RETRY_AFTER_SECONDS = 10
MESSAGE = "The service is briefly unavailable. Please try again in a moment."


def is_database_outage(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError | InterfaceError)


def record_outage(where: str) -> None:
    dependency_errors_total.labels(dependency="database").inc()
    logger.error("database unavailable while serving %s", where, exc_info=True)


class DatabaseOutageMiddleware:
    """Turns a database outage raised by a page (or a non-DRF API view) into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        record_outage("page")
        if request.path.startswith("/api/"):
            from healthsvc.api.errors import error_body

            response = JsonResponse(error_body("service_unavailable", MESSAGE), status=503)
        else:
            # Rendered without the request: context processors may need the database.
            response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
