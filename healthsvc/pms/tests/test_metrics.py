"""The PMS gauges read at scrape time: the link backlog from the database, the breaker's state from Redis."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.conf import settings
from django.utils import timezone
from prometheus_client import REGISTRY

from healthsvc.pms.client import pms_breaker
from healthsvc.pms.metrics import PmsLinkCollector
from healthsvc.pms.models import PatientLink

pytestmark = pytest.mark.django_db


def scraped() -> dict[tuple[str, tuple], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in PmsLinkCollector().collect()
        for sample in family.samples
    }


def _link(user, *, status="pending", attempts=0, asked_ago=dt.timedelta(0), system=None) -> PatientLink:
    now = timezone.now()
    return PatientLink.objects.create(
        user=user,
        system=system or settings.PMS_FHIR_BASE_URL,
        external_id=f"pat-{user.pk}" if status == "linked" else "",
        source="signup",
        status=status,
        attempts=attempts,
        next_attempt_at=now if status == "pending" else None,
        requested_at=now - asked_ago,
    )


def test_the_backlog_counts_pending_retrying_and_failed_links_and_the_oldest_wait(pms, make_user):
    _link(make_user("patient"))  # just asked for
    _link(make_user("patient"), attempts=3, asked_ago=dt.timedelta(hours=2))
    _link(make_user("patient"), status="failed", attempts=30)
    _link(make_user("patient"), status="linked", attempts=1)
    _link(make_user("patient"), attempts=5, asked_ago=dt.timedelta(days=3), system="https://old-pms.example.org/fhir")

    values = scraped()

    assert values[("healthsvc_pms_links_pending", ())] == 2  # the old PMS's link is not this one's backlog
    assert values[("healthsvc_pms_links_retrying", ())] == 1
    assert values[("healthsvc_pms_links_failed", ())] == 1
    assert 7200 <= values[("healthsvc_pms_link_oldest_pending_seconds", ())] < 7260
    assert values[("healthsvc_circuit_open", (("circuit", "pms"),))] == 0


def test_circuit_open_is_1_while_the_breaker_cools_down_and_0_once_half_open(pms):
    breaker = pms_breaker()
    for _ in range(settings.PMS_BREAKER_FAILURES):
        breaker.record_failure()
    assert scraped()[("healthsvc_circuit_open", (("circuit", "pms"),))] == 1
    time.sleep(settings.PMS_BREAKER_COOLDOWN_SECONDS + 0.1)
    assert pms_breaker().state() == "half_open"
    assert scraped()[("healthsvc_circuit_open", (("circuit", "pms"),))] == 0  # waiting for its trial call


def test_no_backlog_reads_zero_and_no_pms_reads_nothing(settings, pms):
    assert scraped()[("healthsvc_pms_link_oldest_pending_seconds", ())] == 0
    settings.PMS_FHIR_BASE_URL = ""
    assert scraped() == {}


def test_the_collector_is_registered_for_the_web_metrics(pms, make_user):
    _link(make_user("patient"), attempts=1)
    assert REGISTRY.get_sample_value("healthsvc_pms_links_retrying") == 1
