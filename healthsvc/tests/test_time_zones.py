"""Times in the person's own zone, on pages and in emails, never labelled UTC (issue 10, item 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from triage.models import TriageRecord

pytestmark = pytest.mark.django_db


def test_the_browser_reports_its_zone_and_a_bad_one_is_refused(make_user, client):
    user = make_user("patient")
    assert client.post("/accounts/time-zone/", {"time_zone": "Asia/Tokyo"}).status_code == 302  # signed out
    client.force_login(user)
    assert client.post("/accounts/time-zone/", {"time_zone": "Asia/Tokyo"}).status_code == 204
    user.refresh_from_db()
    assert user.time_zone == "Asia/Tokyo"
    for bad in ("Mars/Olympus", "", "../../etc/passwd", "x" * 300):
        assert client.post("/accounts/time-zone/", {"time_zone": bad}).status_code == 400
    user.refresh_from_db()
    assert user.time_zone == "Asia/Tokyo"
    assert b"js/time_zone.js" in client.get("/").content


def test_pages_show_times_in_the_users_zone(make_user, client):
    user = make_user("patient", time_zone="Asia/Tokyo")
    at = dt.datetime(2026, 3, 1, 22, 30, tzinfo=dt.UTC)  # 07:30 the next day in Tokyo
    TriageRecord.objects.create(patient=user, answers={}, catalogue_version="t", ruleset_version="t", requested_at=at)
    client.force_login(user)
    page = client.get("/triage/").content.decode()
    assert "2 Mar 2026, 07:30" in page and "UTC" not in page
