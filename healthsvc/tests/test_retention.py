"""A closed account's clinical records are deleted when CLINICAL_RECORD_RETENTION_YEARS have passed (issue 12,
item 7; healthsvc/retention.py): not before, nothing of anyone else's, never the audit log."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from celery.schedules import crontab
from dateutil.relativedelta import relativedelta
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from knox.models import AuthToken

from er_queue.models import BookingTransition, EmergencyRoom, ERBooking, ERNotice
from er_queue.services import booking_cancel, booking_confirm, booking_create, room_create
from healthsvc.data_rights import patient_account_close
from healthsvc.models import AuditEvent, Dependant, PatientProfile, User
from healthsvc.retention import closed_accounts_purge
from healthsvc.services import dependant_add
from suggestions.models import Interaction, InteractionTransition, Recommendation
from suggestions.services import interaction_accept, recommendation_build
from triage.models import TriageRecord, TriageResult, TriageTransition
from triage.services import triage_record_calculate, triage_record_create, triage_record_override
from workers.models import ContactRequest, ContactTransition
from workers.services import contact_request_create, shift_ensure_covering, worker_profile_ensure

pytestmark = pytest.mark.django_db

URGENT = {"complaint": "chest_pain", "pain": 5, "onset": "gradual", "duration": "1_24h", "red_flags": {}}
SELF_CARE = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_2d", "red_flags": {}}
_numbers = itertools.count(1)

# Everything held about a patient, as "how to find the rows" (their ids are kept, since the joins go with them).
TIED_TO_PATIENT = {
    User: "pk",
    PatientProfile: "user",
    AuthToken: "user",
    Dependant: "guardian",
    TriageRecord: "patient",
    TriageResult: "record__patient",
    TriageTransition: "record__patient",
    Recommendation: "patient",
    Interaction: "recommendation__patient",
    InteractionTransition: "interaction__recommendation__patient",
    ERBooking: "patient",
    BookingTransition: "booking__patient",
    ERNotice: "booking__patient",
    ContactRequest: "patient",
    ContactTransition: "request__patient",
}


def held_about(patient_id: int) -> dict[str, set[int]]:
    return {
        model._meta.label: set(model.objects.filter(**{lookup: patient_id}).values_list("pk", flat=True))
        for model, lookup in TIED_TO_PATIENT.items()
    }


def still_there(held: dict[str, set[int]]) -> dict[str, set[int]]:
    models = {model._meta.label: model for model in TIED_TO_PATIENT}
    return {
        label: set(models[label].objects.filter(pk__in=pks).values_list("pk", flat=True)) for label, pks in held.items()
    }


def closed_ago(patient, **delta) -> None:
    User.objects.filter(pk=patient.pk).update(closed_at=timezone.now() - relativedelta(**delta))


@pytest.fixture
def staff(make_user):
    """An ER (made by an admin), a clinician who overrides, and a nurse on duty who takes contact requests."""
    room = room_create(actor=make_user("admin"), name="Retention ER", address="1 Road", region="north", capacity=50)
    clinician = make_user("clinician", full_name="Cleo Clinician")
    worker = worker_profile_ensure(
        user=make_user("nurse", full_name="Nora Nurse"),
        role="nurse",
        licence_number="RET-0001",
        facility_name="Riverside Clinic",
        facility_kind="clinic",
        languages=["en"],
    )
    now = timezone.now()
    shift_ensure_covering(worker=worker, starts_at=now - dt.timedelta(hours=1), ends_at=now + dt.timedelta(hours=8))
    return {"room": room, "clinician": clinician}


@pytest.fixture
def make_history(make_user, staff):
    """make_history(close=True) -> a patient with a bit of everything, through the apps' services: a dependant
    and their check, a check overridden by a clinician with advice the patient accepted, a re-check of it, a
    cancelled booking and its re-booking, a contact request, a token; closed (which cancels what is open)."""

    def _make(*, close: bool = True) -> User:
        patient = make_user("patient", full_name=f"Pat Example{next(_numbers)}")
        AuthToken.objects.create(user=patient)
        dependant = dependant_add(
            guardian=patient, full_name="Milo", date_of_birth=dt.date(2020, 5, 1), sex="male", relationship="child"
        )
        for_dependant, _ = triage_record_create(patient=patient, raw_answers=SELF_CARE, dependant_id=dependant.pk)
        triage_record_calculate(record_id=for_dependant.pk)
        record, _ = triage_record_create(patient=patient, raw_answers=URGENT)
        triage_record_calculate(record_id=record.pk)
        interaction_accept(
            interaction_id=recommendation_build(record_id=record.pk).interactions.first().pk, actor=patient
        )
        triage_record_override(
            record_id=record.pk, actor=staff["clinician"], acuity=3, disposition="urgent", reason="seen the history"
        )
        recommendation_build(record_id=record.pk)
        triage_record_create(patient=patient, raw_answers=URGENT, prefilled_from_id=record.pk)
        first = booking_create(actor=patient, room_id=staff["room"].pk, triage_record_id=record.pk).booking
        booking_confirm(booking_id=first.pk, actor=patient)  # first in the queue: a "near the front" notice
        booking_cancel(booking_id=first.pk, actor=patient, reason="feeling better")
        booking_create(actor=patient, room_id=staff["room"].pk, triage_record_id=record.pk)
        contact_request_create(patient=patient, triage_record_id=record.pk, channel="phone")
        if close:
            patient_account_close(patient=User.objects.get(pk=patient.pk))
        return patient

    return _make


def test_the_history_covers_every_kind_of_record(make_history):
    held = held_about(make_history().pk)
    assert not held.pop("knox.AuthToken")  # closing the account revoked it
    assert all(held.values()), {label: pks for label, pks in held.items() if not pks}
    assert ERBooking.objects.filter(pk__in=held["er_queue.ERBooking"], rebooks__isnull=False).exists()


def test_closing_an_account_records_when(make_history):
    patient = User.objects.get(pk=make_history().pk)
    assert patient.closed_at is not None and timezone.now() - patient.closed_at < dt.timedelta(minutes=1)


def test_an_account_closed_longer_ago_than_the_retention_period_is_deleted_but_not_its_audit_rows(make_history):
    patient = make_history()
    closed_ago(patient, years=8, days=1)
    held = held_about(patient.pk)
    audit_rows = set(AuditEvent.objects.filter(patient_id=patient.pk).values_list("pk", flat=True))
    assert audit_rows

    result = closed_accounts_purge()

    assert all(not pks for pks in still_there(held).values()), still_there(held)
    assert set(AuditEvent.objects.filter(patient_id=patient.pk).values_list("pk", flat=True)) == audit_rows
    assert (result.accounts_purged, result.accounts_kept, result.accounts_failed, result.complete) == (1, 0, 0, True)
    assert {label: result.deleted[label] for label in held} == {label: len(pks) for label, pks in held.items()}


def test_an_account_closed_just_under_the_retention_period_is_kept(make_history):
    patient = make_history()
    closed_ago(patient, years=8, days=-1)
    held = held_about(patient.pk)

    result = closed_accounts_purge()

    assert still_there(held) == held
    assert result.accounts_purged == 0 and not result.deleted


def test_open_accounts_and_other_patients_are_untouched(make_history, make_user):
    due = make_history()
    closed_ago(due, years=9)
    recently_closed = make_history()
    open_account = make_history(close=False)
    inactive_but_never_closed = make_user("patient", is_active=False)  # e.g. a sign-up not yet confirmed
    User.objects.filter(pk=inactive_but_never_closed.pk).update(date_joined=timezone.now() - relativedelta(years=10))
    kept = {p.pk: held_about(p.pk) for p in (recently_closed, open_account, inactive_but_never_closed)}
    staff_accounts = set(User.objects.filter(is_staff=True).values_list("pk", flat=True))

    closed_accounts_purge()

    assert not User.objects.filter(pk=due.pk).exists()
    assert {pk: still_there(held) for pk, held in kept.items()} == kept
    assert set(User.objects.filter(is_staff=True).values_list("pk", flat=True)) == staff_accounts
    assert EmergencyRoom.objects.filter(name="Retention ER").exists()


def test_the_retention_setting_is_honoured(make_history, settings):
    patient = make_history()
    closed_ago(patient, years=3)
    assert closed_accounts_purge().accounts_purged == 0  # 8 years by default

    settings.CLINICAL_RECORD_RETENTION_YEARS = 2
    result = closed_accounts_purge()

    assert result.accounts_purged == 1 and not User.objects.filter(pk=patient.pk).exists()
    assert AuditEvent.objects.filter(action="clinical_records_purge").latest("at").details["retention_years"] == 2


def test_running_again_deletes_nothing_more(make_history):
    patient, other = make_history(), make_history()
    closed_ago(patient, years=10)
    closed_accounts_purge()
    others = held_about(other.pk)

    again = closed_accounts_purge()

    assert (again.accounts_purged, sum(again.deleted.values()), again.complete) == (0, 0, True)
    assert still_there(others) == others


def test_each_run_writes_one_audit_row_of_counts_only(make_history):
    patient = make_history()
    closed_ago(patient, years=10)
    before = AuditEvent.objects.count()

    closed_accounts_purge()

    assert AuditEvent.objects.count() == before + 1
    row = AuditEvent.objects.get(action="clinical_records_purge")
    assert (row.actor_id, row.actor_label, row.patient_id, row.object_type) == (None, "", None, "closed_accounts")
    assert row.details["accounts_purged"] == 1 and row.details["retention_years"] == 8
    assert row.details["deleted"]["triage.TriageRecord"] == 3 and row.details["deleted"]["healthsvc.User"] == 1
    assert set(row.details) == {
        "retention_years",
        "closed_before",
        "dry_run",
        "accounts_purged",
        "accounts_kept",
        "accounts_failed",
        "deleted",
        "complete",
    }
    assert "@" not in str(row.details)  # no email, no name: counts


def test_a_dry_run_counts_and_deletes_nothing(make_history):
    patient = make_history()
    closed_ago(patient, years=10)
    held = held_about(patient.pk)
    out = io.StringIO()

    call_command("purge_closed_accounts", "--dry-run", stdout=out)

    assert still_there(held) == held
    assert not AuditEvent.objects.filter(action="clinical_records_purge").exists()
    assert "would delete 1 accounts" in out.getvalue() and "triage.TriageRecord: 3" in out.getvalue()
    assert "dry run: nothing was deleted" in out.getvalue()

    out = io.StringIO()
    call_command("purge_closed_accounts", stdout=out)
    assert "deleted 1 accounts" in out.getvalue() and "triage.TriageRecord: 3" in out.getvalue()
    assert not User.objects.filter(pk=patient.pk).exists()


def test_batches_cover_every_account_with_queries_that_do_not_grow_with_the_batch(make_history):
    def queries_to_purge(how_many: int) -> int:
        for patient in [make_history() for _ in range(how_many)]:
            closed_ago(patient, years=10)
        with CaptureQueriesContext(connection) as queries:
            assert closed_accounts_purge().accounts_purged == how_many
        return len(queries)

    assert queries_to_purge(1) == queries_to_purge(3)
    for patient in [make_history() for _ in range(5)]:
        closed_ago(patient, years=10)
    assert closed_accounts_purge(batch_size=2).accounts_purged == 5
    assert not User.objects.filter(closed_at__isnull=False).exists()


def test_a_run_out_of_time_leaves_the_rest_to_the_next(make_history):
    patient = make_history()
    closed_ago(patient, years=10)

    spent = closed_accounts_purge(time_budget_seconds=0)

    assert (spent.accounts_purged, spent.complete) == (0, False)
    assert AuditEvent.objects.get(action="clinical_records_purge").details["complete"] is False
    assert closed_accounts_purge(time_budget_seconds=60).complete
    assert not User.objects.filter(pk=patient.pk).exists()


def test_an_account_still_referred_to_loses_its_records_but_keeps_its_row(make_history, staff):
    patient, neighbour = make_history(), make_history(close=False)
    closed_ago(patient, years=10)
    # The closed account once acted on someone else's record (say it was also a member of staff's).
    TriageTransition.objects.create(
        record=TriageRecord.objects.filter(patient=neighbour).first(), from_state="", to_state="recorded", actor=patient
    )
    held = held_about(patient.pk)

    result = closed_accounts_purge()

    assert (result.accounts_purged, result.accounts_kept) == (0, 1)
    left = {label: pks for label, pks in still_there(held).items() if pks}
    assert left.keys() == {"healthsvc.User", "healthsvc.PatientProfile"}


def test_an_account_whose_record_is_referred_to_elsewhere_is_left_whole_and_holds_up_no_other(make_history):
    stuck, due = make_history(), make_history()
    for patient in (stuck, due):
        closed_ago(patient, years=10)
    neighbour = make_history(close=False)
    # A row of someone else's that keeps one of `stuck`'s records (the data model never makes one).
    ContactRequest.objects.create(
        patient=neighbour,
        triage_record=TriageRecord.objects.filter(patient=stuck).first(),
        disposition="urgent",
        channel="phone",
        state="cancelled",
        cancelled_at=timezone.now(),
        due_by=timezone.now() + dt.timedelta(hours=1),
    )
    held = held_about(stuck.pk)

    result = closed_accounts_purge()

    assert (result.accounts_purged, result.accounts_failed) == (1, 1)
    assert still_there(held) == held
    assert not User.objects.filter(pk=due.pk).exists()


def test_beat_runs_the_purge_daily(settings, make_history):
    from healthsvc.celery import app
    from healthsvc.tasks import purge_closed_accounts_task

    entry = settings.CELERY_BEAT_SCHEDULE["purge-closed-accounts"]
    assert entry["task"] == purge_closed_accounts_task.name and entry["task"] in app.tasks
    assert isinstance(entry["schedule"], crontab)
    assert len(entry["schedule"].hour) == 1 and len(entry["schedule"].minute) == 1
    assert entry["schedule"].day_of_week == set(range(7))

    patient = make_history()
    closed_ago(patient, years=10)
    assert purge_closed_accounts_task() == 1
    assert not User.objects.filter(pk=patient.pk).exists()


# --- concurrency: real connections, committed data -----------------------------------------------------


def closed_account_with_records(make_user, room) -> User:
    """A closed patient with records, bookings and a contact request, written directly (no broker messages)."""
    patient = make_user("patient", is_active=False)
    dependant = Dependant.objects.create(
        guardian=patient, full_name="Milo", date_of_birth=dt.date(2020, 5, 1), sex="male", relationship="child"
    )
    for who in (None, dependant):
        record = TriageRecord.objects.create(
            patient=patient, dependant=who, state="completed", answers={}, catalogue_version="t",
            ruleset_version="t", acuity=3, disposition="urgent", completed_at=timezone.now(),
        )  # fmt: skip
        TriageResult.objects.create(record=record, kind="active", is_current=True, acuity=3, disposition="urgent")
        TriageTransition.objects.create(record=record, from_state="", to_state="completed", actor=patient)
        booking = ERBooking.objects.create(
            room=room, patient=patient, dependant=who, triage_record=record, created_by=patient, priority=3,
            queue_band=1, state="cancelled", cancelled_at=timezone.now(), end_reason="cancelled_by_patient",
        )  # fmt: skip
        BookingTransition.objects.create(booking=booking, from_state="initialized", to_state="cancelled")
        request = ContactRequest.objects.create(
            patient=patient, triage_record=record, disposition="urgent", channel="phone", state="cancelled",
            cancelled_at=timezone.now(), due_by=timezone.now() + dt.timedelta(hours=1),
        )  # fmt: skip
        ContactTransition.objects.create(request=request, from_state="requested", to_state="cancelled")
    User.objects.filter(pk=patient.pk).update(closed_at=timezone.now() - relativedelta(years=10))
    return patient


def at_once(*calls):
    """Run the calls in threads (each its own database connection), released together; their results."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait(timeout=30)
            return call()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [future.result(timeout=120) for future in [pool.submit(run, call) for call in calls]]


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_delete_each_account_once_and_raise_nothing(make_user):
    room = EmergencyRoom.objects.create(name="Busy ER", address="1 Road", region="north", capacity=50)
    patients = [closed_account_with_records(make_user, room) for _ in range(12)]
    held = [held_about(p.pk) for p in patients]

    results = at_once(*(lambda: closed_accounts_purge(batch_size=1) for _ in range(2)))

    assert sum(result.accounts_purged for result in results) == 12
    assert sum(result.deleted["triage.TriageRecord"] for result in results) == 24
    assert sum(result.deleted["er_queue.ERBooking"] for result in results) == 24
    assert all(not pks for h in held for pks in still_there(h).values())
    assert AuditEvent.objects.filter(action="clinical_records_purge").count() == 2
    assert EmergencyRoom.objects.filter(pk=room.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_an_account_another_run_holds_is_skipped_not_waited_for(make_user):
    room = EmergencyRoom.objects.create(name="Busy ER", address="1 Road", region="north", capacity=50)
    held_elsewhere, free = (closed_account_with_records(make_user, room) for _ in range(2))
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        try:
            with transaction.atomic():
                User.objects.select_for_update().get(pk=held_elsewhere.pk)
                locked.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_the_row)
    holder.start()
    try:
        assert locked.wait(timeout=10)
        result = closed_accounts_purge()
    finally:
        release.set()
        holder.join(timeout=30)

    assert result.accounts_purged == 1
    assert not User.objects.filter(pk=free.pk).exists() and User.objects.filter(pk=held_elsewhere.pk).exists()
    assert closed_accounts_purge().accounts_purged == 1
    assert not User.objects.filter(pk=held_elsewhere.pk).exists()
