"""JSON logs with a request id on every line, and no secrets in any of them.

The request id comes from the X-Request-ID header (when it looks sane) or is made
here; it is echoed back in the response and carried into Celery tasks, so one id
follows a patient's request from the web process into the worker.
"""

from __future__ import annotations

import contextvars
import logging
import re
import uuid
from datetime import UTC, datetime

from pythonjsonlogger.json import JsonFormatter as _BaseJsonFormatter

REQUEST_ID_HEADER = "X-Request-ID"
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
# Accept a caller's id only if it cannot smuggle anything into a log line.
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def current_request_id() -> str | None:
    return _request_id.get()


def set_request_id(value: str | None) -> contextvars.Token:
    return _request_id.set(value)


def reset_request_id(token: contextvars.Token) -> None:
    _request_id.reset(token)


def new_request_id(candidate: str | None = None) -> str:
    if candidate and _SAFE_REQUEST_ID.match(candidate):
        return candidate
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = new_request_id(request.headers.get(REQUEST_ID_HEADER))
        request.request_id = request_id
        token = set_request_id(request_id)
        try:
            response = self.get_response(request)
        finally:
            reset_request_id(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id()
        return True


# key=value, "key": "value", and Authorization headers, for the secrets we know by name.
_SECRET_PATTERNS = [
    re.compile(
        r"(?i)(\"?(?:password\d?|passwd|secret|token|api[_-]?key|authorization|csrfmiddlewaretoken|sessionid)\"?"
        r"\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,&;}]+)"
    ),
    re.compile(r"(?i)\b(Token|Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}"),
]


def redact(text: str) -> str:
    # Scheme-prefixed credentials first, so "Authorization: Token abc" loses "abc" too.
    text = _SECRET_PATTERNS[1].sub(lambda m: f"{m.group(1)} [redacted]", text)
    return _SECRET_PATTERNS[0].sub(lambda m: f"{m.group(1)}[redacted]", text)


class RedactSecretsFilter(logging.Filter):
    """Last line of defence: code should not log secrets, but if it does, mask them."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class JsonFormatter(_BaseJsonFormatter):
    """One JSON object a line: timestamp (ISO-8601 UTC), level, logger, message, request_id."""

    def add_fields(self, log_record: dict, record: logging.LogRecord, message_dict: dict) -> None:
        super().add_fields(log_record, record, message_dict)
        log_record["timestamp"] = datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds")
        log_record["level"] = record.levelname
        log_record["logger"] = record.name
        log_record["request_id"] = getattr(record, "request_id", None)
        if record.exc_info and "exc_info" in log_record:
            log_record["exc_info"] = redact(log_record["exc_info"])
        # Non-serialisable extras (a request object from django.request) must not be dumped whole.
        log_record.pop("request", None)


__all__ = [
    "REQUEST_ID_HEADER",
    "JsonFormatter",
    "RedactSecretsFilter",
    "RequestIdFilter",
    "RequestIdMiddleware",
    "current_request_id",
    "redact",
]
