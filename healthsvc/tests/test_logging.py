"""JSON log lines with timestamps and request ids, and no secrets."""

import io
import json
import logging

import pytest

from healthsvc.logging import JsonFormatter, RedactSecretsFilter, RequestIdFilter, redact, set_request_id


def capture(message, *args, **kwargs) -> dict:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RedactSecretsFilter())
    logger = logging.getLogger("healthsvc.test_logging")
    # A Celery worker started by an earlier test reconfigures logging and may disable
    # loggers that existed then; this test's logger must emit regardless.
    logger.disabled = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning(message, *args, **kwargs)
    finally:
        logger.removeHandler(handler)
    return json.loads(stream.getvalue())


def test_a_line_is_one_json_object_with_the_required_fields():
    token = set_request_id("req-123")
    try:
        line = capture("hello %s", "world")
    finally:
        from healthsvc.logging import reset_request_id

        reset_request_id(token)
    assert line["message"] == "hello world"
    assert line["level"] == "WARNING"
    assert line["logger"] == "healthsvc.test_logging"
    assert line["request_id"] == "req-123"
    assert line["timestamp"].endswith("+00:00")


@pytest.mark.parametrize(
    "text",
    [
        "login password=hunter2hunter2",
        '{"password": "hunter2hunter2"}',
        "Authorization: Token 0123456789abcdef0123456789abcdef01234567",
        "header Bearer abcdefghijklmnop",
        "new_password1=hunter2hunter2&csrfmiddlewaretoken=abcdef",
    ],
)
def test_secrets_are_redacted(text):
    line = capture(text)
    assert "hunter2" not in line["message"]
    assert "0123456789abcdef" not in line["message"]
    assert "abcdefghijklmnop" not in line["message"]
    assert "[redacted]" in line["message"]


def test_redact_leaves_ordinary_text_alone():
    assert redact("patient 42 moved to confirmed") == "patient 42 moved to confirmed"


@pytest.mark.django_db
def test_request_id_is_echoed_or_generated(client):
    given = client.get("/healthz", HTTP_X_REQUEST_ID="abc-123")
    assert given.headers["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz")
    assert len(generated.headers["X-Request-ID"]) == 32
    hostile = client.get("/healthz", HTTP_X_REQUEST_ID="bad\nid {}")
    assert hostile.headers["X-Request-ID"] != "bad\nid {}"


@pytest.mark.django_db
def test_failed_sign_in_logs_no_password(client, caplog, make_user):
    make_user("patient", email="p@example.test")
    with caplog.at_level(logging.DEBUG):
        client.post("/api/v1/auth/token/", {"email": "p@example.test", "password": "my-secret-pass-99"})
        client.post("/accounts/login/", {"username": "p@example.test", "password": "my-secret-pass-99"})
    assert "my-secret-pass-99" not in caplog.text
