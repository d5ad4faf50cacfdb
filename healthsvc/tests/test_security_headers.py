"""Headers and session lifetime that protect patient data, and /metrics for the scraper only (issue 12)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_signed_in_responses_are_not_stored_and_every_response_limits_features(client, make_user, client_for):
    anonymous = client.get("/accounts/login/")
    assert "camera=()" in anonymous["Permissions-Policy"]
    patient = make_user("patient")
    client.force_login(patient)
    page = client.get("/triage/")
    assert "no-store" in page["Cache-Control"] and page["Permissions-Policy"]
    api = client_for(patient).get("/api/v1/triage/records/")
    assert "no-store" in api["Cache-Control"]


@pytest.mark.parametrize(("role", "minutes"), [("patient", 60), ("nurse", 20)])
def test_sessions_end_after_a_shorter_idle_time_for_staff(client, make_user, role, minutes):
    client.force_login(make_user(role))
    client.get("/")
    assert client.session.get_expiry_age() == minutes * 60


def test_metrics_need_the_scrapers_token_when_one_is_set(client, settings):
    assert client.get("/metrics").status_code == 200
    settings.METRICS_TOKEN = "scrape-me"
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    ok = client.get("/metrics", HTTP_AUTHORIZATION="Bearer scrape-me")
    assert ok.status_code == 200 and b"healthsvc_" in ok.content
