"""The manager's figures (issue 14 item 4): each figure on hand-made bookings with answers worked out by hand, the
hour-of-week buckets in the site's time zone, a query count that does not grow with the rows, the staff page,
the Prometheus gauges, the alert rules, and the demo history."""

from __future__ import annotations

import datetime as dt
import re
import time
import zoneinfo
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from er_queue import figures
from er_queue.models import ERBooking

pytestmark = pytest.mark.django_db

ZONE = "America/Toronto"  # UTC-5 in November: a booking at 03:30 UTC on Tuesday is Monday 22:30 there
TZ = zoneinfo.ZoneInfo(ZONE)
MONDAY = dt.date(2026, 11, 2)
MIN = dt.timedelta(minutes=1)


@pytest.fixture(autouse=True)
def site_zone(settings):
    settings.TIME_ZONE = ZONE


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ)


@pytest.fixture
def made(staff):
    """made(room, created, state, priority=3, wait=None, reason="", ...) -> a finished walk-in booking, written
    directly: the figures read stored rows, so each case is exactly the row it names."""
    counter = iter(range(10_000))

    def _make(room, created, state, *, priority=3, wait=None, reason="", confirmed=True, called=None):
        fields = {"confirmed_at": created + MIN if confirmed else None}
        if fields["confirmed_at"]:
            fields["queue_due_at"] = fields["confirmed_at"] + dt.timedelta(minutes=60)
        if wait is not None:
            fields["called_at"] = fields["confirmed_at"] + wait * MIN
        end = (fields.get("called_at") or fields["confirmed_at"] or created) + 5 * MIN
        if state == "completed":
            fields.update(arrived_at=end, completed_at=end + 30 * MIN)
        elif state == "arrived":
            fields["arrived_at"] = end
        elif state == "cancelled":
            fields["cancelled_at"] = end
        elif state == "expired":
            fields["expired_at"] = end
        elif state in ("called", "initialized"):
            fields["deadline"] = end
        return ERBooking.objects.create(
            room=room,
            walk_in_label=f"Case {next(counter)}",
            created_by=staff,
            state=state,
            priority=priority,
            queue_band=0 if priority == 1 else 1,
            created_at=created,
            end_reason=reason,
            **fields,
        )

    return _make


@pytest.fixture
def casebook(make_room, made):
    """Room A: the cases of every figure; room B: two more, so per-room and all-room figures differ."""
    a, b = make_room(name="Figures A"), make_room(name="Figures B")
    mon_9 = local(MONDAY, 9)
    made(a, mon_9, "expired", reason="not_confirmed", confirmed=False)  # LWBS: never confirmed
    made(a, mon_9, "cancelled", reason="cancelled_by_patient")  # LWBS
    made(a, mon_9, "cancelled", reason="cancelled_by_staff")  # LWBS
    made(a, mon_9, "completed", priority=3, wait=10)
    made(a, mon_9, "completed", priority=3, wait=20)
    made(a, local(MONDAY, 14), "arrived", priority=3, wait=40)
    made(a, local(MONDAY, 14), "called", priority=2, wait=30)  # still called: counted, over the 15-minute target
    # Tuesday 03:30 UTC = Monday 22:30 in Toronto: a Monday-evening booking, on Monday's line.
    made(a, dt.datetime(2026, 11, 3, 3, 30, tzinfo=dt.UTC), "expired", priority=4, wait=50, reason="no_show")
    made(a, local(MONDAY + dt.timedelta(days=1), 9), "expired", priority=4, wait=70, reason="checkin_window_passed")
    # Cancelled after the call: neither LWBS nor a no-show, but its wait counts.
    made(a, local(MONDAY + dt.timedelta(days=1), 9), "cancelled", priority=4, wait=90, reason="cancelled_by_patient")
    made(a, mon_9, "confirmed", priority=3)  # still waiting: not counted anywhere
    made(a, local(MONDAY - dt.timedelta(days=1), 23, 59), "completed", priority=5, wait=1)  # before the period
    made(b, mon_9, "completed", priority=1, wait=0)  # CTAS 1 straight in: within its immediate target
    made(b, mon_9, "cancelled", reason="cancelled_by_patient")
    return a, b


def _figures(room=None):
    return figures.room_figures(
        room_id=room.pk if room else None, start=MONDAY, end=MONDAY + dt.timedelta(days=6), now=local(MONDAY, 12)
    )


def test_left_without_being_seen_and_no_shows(casebook):
    a, _ = casebook
    total = _figures(a).total
    assert (total.decided, total.lwbs, total.called, total.no_shows) == (10, 3, 7, 2)
    assert total.lwbs_ratio == pytest.approx(0.3)
    assert total.no_show_ratio == pytest.approx(2 / 7)
    result = _figures(a)
    assert result.lwbs_reasons == [
        ("cancelled_by_patient", "Cancelled by the patient", 1),
        ("cancelled_by_staff", "Cancelled by ER staff", 1),
        ("not_confirmed", "Not confirmed within the confirm window", 1),
    ]
    assert [(reason, count) for reason, _, count in result.no_show_reasons] == [
        ("checkin_window_passed", 1),
        ("no_show", 1),
    ]


def test_waits_by_ctas_level_with_the_share_within_target(casebook):
    a, _ = casebook
    by_ctas = _figures(a).by_ctas
    three, four, two = by_ctas[3], by_ctas[4], by_ctas[2]
    # CTAS 3 waits 10, 20, 40 (target 30): median 20, p90 = 20 + 0.8 x (40 - 20) = 36, two of three within.
    assert (three.waits, three.wait_median, three.wait_p90, three.within_target) == (3, 20, 36, 2)
    # CTAS 4 waits 50, 70, 90 (target 60): median 70, p90 86, one within.
    assert (four.waits, four.wait_median, four.wait_p90, four.within_target) == (3, 70, 86, 1)
    assert (two.waits, two.wait_median, two.within_target, two.within_target_ratio) == (1, 30, 0, 0)
    assert 1 not in by_ctas and 5 not in by_ctas
    assert _figures(a).total.within_target_ratio == pytest.approx(3 / 7)


def test_every_room_and_each_room(casebook):
    a, b = casebook
    everyone = _figures()
    assert everyone.room is None
    assert everyone.total.decided == 12
    assert everyone.by_room[a.pk].decided == 10 and everyone.by_room[b.pk].decided == 2
    assert everyone.by_room[b.pk].lwbs_ratio == 0.5
    assert everyone.by_ctas[1].within_target_ratio == 1  # a wait of 0 meets the "immediate" target
    assert _figures(b).total.decided == 2


def test_days_and_hours_of_the_week_in_the_site_time_zone(casebook):
    a, _ = casebook
    result = _figures(a)
    days = dict(result.days)
    assert len(days) == 7
    assert days[MONDAY].decided == 8  # six at 9:00 and 14:00, and the 22:30 one (03:30 UTC the next day)
    assert days[MONDAY + dt.timedelta(days=1)].decided == 2
    assert days[MONDAY + dt.timedelta(days=2)].decided == 0
    hours = result.by_hour_of_week
    assert hours[0, 9].decided == 5 and hours[0, 9].lwbs == 3
    assert hours[0, 14].decided == 2
    assert hours[0, 22].no_shows == 1  # Monday 22:00, not Tuesday 03:00
    assert (1, 3) not in hours
    assert hours[1, 9].decided == 2
    assert [(dow, hour) for dow, hour, _ in result.hour_of_week_rows] == [(0, 9), (0, 14), (0, 22), (1, 9)]


def test_escalations_are_counted_when_the_priority_history_exists(casebook, made, make_patient, make_triage, staff):
    model = figures._escalation_model()
    if model is None:  # issue 14 item 1 adds the model; until then the figure is "not recorded"
        assert _figures(casebook[0]).escalations_recorded is False
        pytest.skip("BookingPriorityChange does not exist yet")
    a, b = casebook
    booking = made(a, local(MONDAY, 9), "completed", priority=2, wait=5)
    record = make_triage(make_patient(), acuity=2)
    for at, kind, to in [(local(MONDAY, 9, 30), "escalation", 2), (local(MONDAY, 10), "escalation", 1)]:
        model.objects.create(booking=booking, kind=kind, from_priority=3, to_priority=to, triage_record=record, at=at)
    model.objects.create(
        booking=booking,
        kind="lowered_by_clinician",
        from_priority=1,
        to_priority=2,
        reason="seen",
        actor=staff,
        at=local(MONDAY, 11),
    )
    result = _figures(a)
    assert result.escalations_recorded
    assert result.total.escalations == 2
    assert dict(result.days)[MONDAY].escalations == 2
    assert result.by_hour_of_week[0, 9].escalations == 1 and result.by_hour_of_week[0, 10].escalations == 1
    assert result.by_hour_of_week[0, 10].decided == 0  # an hour with an escalation and no booking
    assert _figures().by_room[a.pk].escalations == 2 and _figures().by_room.get(b.pk).escalations == 0


def test_the_query_count_does_not_grow_with_the_rows(casebook, made):
    a, _ = casebook

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            _figures(a)
            _figures()
        return len(queries)

    few = count()
    assert few <= 6  # rooms, bookings, escalations, for each of the two calls
    for day in range(7):
        for hour in range(0, 24, 3):
            made(a, local(MONDAY + dt.timedelta(days=day), hour), "completed", priority=1 + hour % 5, wait=hour)
    assert count() == few


def test_the_period_defaults_to_the_last_28_days_and_bad_input_is_a_400(client, staff, room):
    now = local(MONDAY, 12)
    assert figures.figures_period(now=now) == (MONDAY - dt.timedelta(days=27), MONDAY)
    client.force_login(staff)
    for query in ["from=yesterday", "from=2026-11-05&to=2026-11-01", "from=2020-01-01&to=2026-01-01"]:
        response = client.get(f"/er/figures/?{query}")
        assert response.status_code == 400, query
        assert 'role="alert"' in response.content.decode()
    assert client.get("/er/rooms/999999/figures/").status_code == 404


def test_the_page_for_er_staff_and_not_for_patients(client, staff, casebook, make_patient):
    a, b = casebook
    assert client.get("/er/figures/").status_code == 302  # sign in first
    client.force_login(make_patient())
    assert client.get("/er/figures/").status_code == 403
    assert client.get(f"/er/rooms/{a.pk}/figures/").status_code == 403
    client.force_login(staff)
    html = client.get(f"/er/rooms/{a.pk}/figures/?from=2026-11-02&to=2026-11-08").content.decode()
    assert "Figures: Figures A" in html
    assert "30.0\u00a0%" in html  # left without being seen
    assert "<svg" in html and "heat-" in html and "chart-lwbs" in html
    assert "style=" not in html and "<script>" not in html  # the Content-Security-Policy allows neither
    assert 'class="table-scroll"' in html
    every = client.get("/er/figures/?from=2026-11-02&to=2026-11-08").content.decode()
    assert f"/er/rooms/{b.pk}/figures/" in every and "Figures B" in every
    # The board links to the figures.
    assert f"/er/rooms/{a.pk}/figures/" in client.get(f"/er/rooms/{a.pk}/board/").content.decode()


def test_the_page_in_french_keeps_svg_numbers_with_a_dot(client, staff, casebook):
    a, _ = casebook
    client.force_login(staff)
    html = client.get(
        f"/er/rooms/{a.pk}/figures/?from=2026-11-02&to=2026-11-08", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    svg = "".join(re.findall(r"<svg.*?</svg>", html, re.S))
    attributes = re.findall(r'\b(?:x|y|width|height|x1|x2)="([^"]*)"', svg)
    assert attributes and all(re.fullmatch(r"-?\d+(\.\d+)?", value) for value in attributes), attributes[:20]


def _sample(text: str, name: str, **labels) -> float | None:
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return None


def test_the_figures_of_the_last_day_are_prometheus_gauges(client, make_room, made):
    room = make_room(name="Gauges ER")
    make_room(name="Quiet ER")
    recent = timezone.now() - dt.timedelta(hours=2)
    made(room, recent, "cancelled", reason="cancelled_by_patient")
    made(room, recent, "completed", priority=3, wait=10)
    made(room, recent, "completed", priority=3, wait=50)
    made(room, recent, "expired", priority=4, wait=20, reason="no_show")
    made(room, timezone.now() - dt.timedelta(hours=30), "cancelled", reason="cancelled_by_staff")  # outside 24 h
    text = client.get("/metrics").content.decode()
    assert _sample(text, "healthsvc_er_figures_bookings", room="Gauges ER") == 4
    assert _sample(text, "healthsvc_er_lwbs_ratio", room="Gauges ER") == 0.25
    assert _sample(text, "healthsvc_er_no_show_ratio", room="Gauges ER") == pytest.approx(1 / 3)
    assert _sample(text, "healthsvc_er_within_target_ratio", room="Gauges ER", ctas="3") == 0.5
    assert _sample(text, "healthsvc_er_within_target_ratio", room="Gauges ER", ctas="4") == 1
    assert _sample(text, "healthsvc_er_figures_calls", room="Gauges ER", ctas="3") == 2
    assert _sample(text, "healthsvc_er_wait_median_minutes", room="Gauges ER", ctas="3") == 30
    assert _sample(text, "healthsvc_er_within_target_objective_ratio", ctas="2") == 0.95
    # A quiet room reports its volume but no ratio (no NaN for alerts to trip on).
    assert _sample(text, "healthsvc_er_figures_bookings", room="Quiet ER") == 0
    assert _sample(text, "healthsvc_er_lwbs_ratio", room="Quiet ER") is None
    if figures.escalations_recorded():
        assert _sample(text, "healthsvc_er_escalations", room="Gauges ER") == 0


ALERTS = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "alerts.yml"


def test_the_figures_alert_rules_parse_and_name_their_runbooks():
    groups = {group["name"]: group for group in yaml.safe_load(ALERTS.read_text())["groups"]}
    rules = {rule["alert"]: rule for rule in groups["healthsvc-er-figures"]["rules"]}
    assert set(rules) == {"HealthsvcErLeftWithoutBeingSeenHigh", "HealthsvcErWithinTargetLow"}
    for name, rule in rules.items():
        assert rule["labels"]["severity"] == "ticket", name
        assert rule["annotations"]["runbook"].startswith("docs/operations.md#"), name
        assert rule["expr"].count("(") == rule["expr"].count(")"), name
    # The thresholds the docs state (docs/er_queue.md "Figures").
    assert "> 0.1" in rules["HealthsvcErLeftWithoutBeingSeenHigh"]["expr"]
    assert "- 0.1" in rules["HealthsvcErWithinTargetLow"]["expr"]


def test_demo_history_is_finished_idempotent_and_quick():
    from healthsvc.demo import seed_demo_accounts

    seed_demo_accounts()
    config = apps.get_app_config("er_queue")
    started = time.monotonic()
    config.seed_demo()
    elapsed = time.monotonic() - started
    count = ERBooking.objects.count()
    config.seed_demo()
    assert ERBooking.objects.count() == count > 1000
    assert elapsed < 5, elapsed  # tests seed the demo: keep it fast (about a second here)
    assert not ERBooking.objects.exclude(state__in=["completed", "cancelled", "expired"]).exists()
    result = figures.room_figures()
    assert result.total.decided > 500
    assert 0 < result.total.lwbs_ratio < 0.2
    assert 0 < result.total.no_show_ratio < 0.1
    assert all(result.by_ctas[level].waits for level in (2, 3, 4, 5))
    assert len(result.by_hour_of_week) > 100


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_figures_page_fits_a_phone_and_breaks_no_content_policy(live_server, page, make_user):
    from healthsvc.demo import seed_demo_accounts

    seed_demo_accounts()
    apps.get_app_config("er_queue").seed_demo()
    staff = make_user("er_staff")
    violations = []
    # A style or script the Content-Security-Policy blocks is reported on the console as "Refused to ...".
    page.on("console", lambda message: violations.append(message.text) if "Refused" in message.text else None)
    page.goto(f"{live_server.url}/accounts/login/?next=/er/figures/")
    page.get_by_label("Email").fill(staff.email)
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/er/figures/")
    page.get_by_role("heading", name="Figures: all emergency departments").wait_for()
    page.get_by_role("link", name="Northshire General Emergency Department").click()
    page.get_by_role("heading", name="Figures: Northshire General Emergency Department").wait_for()
    for summary in page.locator("summary").all():
        summary.click()  # open the tables by day and by hour of the week too
    assert page.evaluate("window.innerWidth") <= 400
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.locator("svg.chart").count() == 3
    assert page.locator("svg.chart-heat rect.heat-4").count() > 0
    assert not violations, violations
