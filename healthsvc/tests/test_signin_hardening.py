"""Sign-in that resists guessing (issue 12, item 1): a spoofed X-Forwarded-For changes nothing, every sign-in
path locks an account+address out after repeated failures, and the sign-up and reset pages are limited."""

from __future__ import annotations

import logging

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def spoofed(i: int) -> dict:
    return {"HTTP_X_FORWARDED_FOR": f"203.0.113.{i % 250}"}


def test_a_spoofed_forwarded_for_does_not_reset_the_api_sign_in_limit(api_client, make_user, settings):
    make_user("patient", email="victim@example.test", password=PASSWORD)
    statuses = [
        api_client.post(
            "/api/v1/auth/token/",
            {"email": "victim@example.test", "password": f"guess-{i}"},
            format="json",
            **spoofed(i),
        ).status_code
        for i in range(14)
    ]
    assert 200 not in statuses
    assert statuses.count(429) >= 4, statuses  # 10/minute for the client, whatever header it sends


def test_the_api_locks_the_account_from_that_address_after_five_failures(api_client, make_user, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000/minute", "user": "1000/minute", "auth": "1000/minute"},
    }
    make_user("patient", email="locked@example.test", password=PASSWORD)
    for i in range(4):
        assert (
            api_client.post(
                "/api/v1/auth/token/",
                {"email": "Locked@Example.test" if i % 2 else "locked@example.test", "password": f"no-{i}"},
                format="json",
            ).status_code
            == 400
        )
    fifth = api_client.post("/api/v1/auth/token/", {"email": "locked@example.test", "password": "no-5"}, format="json")
    assert fifth.status_code == 429  # the fifth failure locks, however the address was capitalised
    right = api_client.post(
        "/api/v1/auth/token/", {"email": "locked@example.test", "password": PASSWORD}, format="json"
    )
    assert right.status_code == 429 and right.json()["error"]["code"] == "account_locked"
    assert int(right["Retry-After"]) > 0
    # Another address (a real one, not a header) is not locked out of the same account.
    other = api_client.post(
        "/api/v1/auth/token/",
        {"email": "locked@example.test", "password": PASSWORD},
        format="json",
        REMOTE_ADDR="198.51.100.7",
    )
    assert other.status_code == 200


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
def test_the_sign_in_pages_lock_out_after_five_failures(client, make_user, path):
    make_user("nurse", email="nurse@example.test", password=PASSWORD)
    for i in range(4):
        response = client.post(path, {"username": "nurse@example.test", "password": f"wrong-{i}"}, **spoofed(i))
        assert response.status_code == 200  # the form again, with its error
    client.post(path, {"username": "nurse@example.test", "password": "wrong-5"}, **spoofed(5))
    locked = client.post(path, {"username": "nurse@example.test", "password": PASSWORD}, **spoofed(99))
    assert locked.status_code == 429 and b"Too many sign-in attempts" in locked.content


def test_sign_in_is_logged_without_the_password(client, make_user, caplog):
    make_user("patient", email="logme@example.test", password=PASSWORD)
    with caplog.at_level(logging.INFO, logger="healthsvc.signin"):
        client.post("/accounts/login/", {"username": "logme@example.test", "password": "not-the-password-123"})
        client.post("/accounts/login/", {"username": "logme@example.test", "password": PASSWORD})
    messages = [record.getMessage() for record in caplog.records]
    assert "sign-in failed" in messages and "sign-in succeeded" in messages
    text = " ".join(str(record.__dict__) for record in caplog.records)
    assert "not-the-password-123" not in text and PASSWORD not in text


def test_password_reset_and_sign_up_pages_are_limited_per_address(client, make_user, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    make_user("patient", email="reset@example.test", password=PASSWORD)
    statuses = [
        client.post("/accounts/password_reset/", {"email": "reset@example.test"}, **spoofed(i)).status_code
        for i in range(14)
    ]
    assert statuses.count(429) >= 4 and len(mail.outbox) <= 10
    signups = [
        client.post("/accounts/signup/", {"email": f"new{i}@example.test"}, **spoofed(i)).status_code for i in range(14)
    ]
    assert signups.count(429) >= 4


@pytest.mark.django_db(transaction=True)
def test_the_web_server_leaves_a_spoofed_forwarded_for_alone(asgi_server, make_user):
    """Over real HTTP through uvicorn configured as production's worker class (healthsvc.web_worker): uvicorn
    would otherwise move a loopback client's X-Forwarded-For into REMOTE_ADDR, a new client per try."""
    import http.client
    import json

    make_user("patient", email="wire@example.test", password=PASSWORD)
    host, port = asgi_server.address.split(":")
    statuses = []
    for i in range(14):
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        body = json.dumps({"email": "wire@example.test", "password": f"guess-{i}"})
        headers = {"Content-Type": "application/json", "X-Forwarded-For": f"203.0.113.{i}"}
        connection.request("POST", "/api/v1/auth/token/", body=body, headers=headers)
        statuses.append(connection.getresponse().status)
        connection.close()
    assert 200 not in statuses
    assert statuses.count(429) >= 4, statuses  # 10/minute for the client, whatever header it sends
