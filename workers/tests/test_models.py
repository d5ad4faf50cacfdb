"""Every edge of the contact request's state machine, allowed and forbidden, and the database constraints."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_fsm import TransitionNotAllowed

from workers.choices import ContactState
from workers.models import ContactRequest, Shift, WorkerProfile

pytestmark = pytest.mark.django_db

S = ContactState
# transition name -> (allowed sources, target)
EDGES = {
    "assign": ({S.REQUESTED}, S.ASSIGNED),
    "start": ({S.ASSIGNED}, S.IN_PROGRESS),
    "complete": ({S.IN_PROGRESS}, S.COMPLETED),
    "cancel": ({S.REQUESTED, S.ASSIGNED}, S.CANCELLED),
    "expire": ({S.REQUESTED, S.ASSIGNED}, S.EXPIRED),
}
STAMP = {"assign": "assigned_at", "start": "started_at", "complete": "completed_at", "cancel": "cancelled_at",
         "expire": "expired_at"}  # fmt: skip
NEEDS_WORKER = {S.ASSIGNED, S.IN_PROGRESS, S.COMPLETED}


@pytest.mark.parametrize(("name", "source"), [(name, source) for name in EDGES for source in S.values])
def test_every_transition_from_every_state(make_request, make_worker, name, source):
    worker = make_worker()
    request = make_request(source, worker=worker if source in NEEDS_WORKER else None)
    allowed, target = EDGES[name]
    kwargs = {"worker": worker} if name == "assign" else {}
    method = getattr(request, name)
    if source in allowed:
        method(**kwargs)
        request.save()
        fresh = ContactRequest.objects.get(pk=request.pk)
        assert fresh.state == target
        assert getattr(fresh, STAMP[name]) is not None
    else:
        with pytest.raises(TransitionNotAllowed):
            method(**kwargs)
        assert ContactRequest.objects.get(pk=request.pk).state == source


def test_state_cannot_be_assigned_directly(make_request):
    request = make_request()
    with pytest.raises(AttributeError):
        request.state = S.COMPLETED


def test_refresh_from_db_works_with_the_protected_field(make_request):
    request = make_request()
    request.refresh_from_db()
    assert request.state == S.REQUESTED


def test_one_open_request_per_patient_and_triage(make_request, make_user, make_triage):
    first = make_request()
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactRequest.objects.create(
            patient=first.patient,
            triage_record=first.triage_record,
            disposition="urgent",
            channel="video",
            due_by=timezone.now() + dt.timedelta(hours=1),
        )


def test_a_closed_request_does_not_block_a_new_one(make_request):
    first = make_request("cancelled")
    again = ContactRequest.objects.create(
        patient=first.patient,
        triage_record=first.triage_record,
        disposition="urgent",
        channel="video",
        due_by=timezone.now() + dt.timedelta(hours=1),
    )
    assert again.state == S.REQUESTED


def test_an_assigned_request_must_have_a_worker(make_request):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_request("assigned", worker=None)


def test_a_waiting_request_has_no_worker(make_request, make_worker):
    request = make_request()
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactRequest.objects.filter(pk=request.pk).update(assigned_worker=make_worker())


def test_due_by_is_after_the_request(make_request):
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_request(requested_at=now, due_by=now)


def test_shift_must_end_after_it_starts(make_worker):
    worker = make_worker(on_duty=False)
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        Shift.objects.create(worker=worker, starts_at=now, ends_at=now)


def test_shifts_of_one_worker_cannot_overlap(make_worker):
    worker = make_worker(on_duty=False)
    now = timezone.now()
    Shift.objects.create(worker=worker, starts_at=now, ends_at=now + dt.timedelta(hours=8))
    with pytest.raises(IntegrityError), transaction.atomic():
        Shift.objects.create(worker=worker, starts_at=now + dt.timedelta(hours=7), ends_at=now + dt.timedelta(hours=9))
    # Back to back is fine ([start, end) ranges), and other workers are unaffected.
    Shift.objects.create(worker=worker, starts_at=now + dt.timedelta(hours=8), ends_at=now + dt.timedelta(hours=9))
    other = make_worker(on_duty=False)
    Shift.objects.create(worker=other, starts_at=now, ends_at=now + dt.timedelta(hours=8))


def test_overlap_is_reported_by_model_validation(make_worker):
    worker = make_worker(on_duty=False)
    now = timezone.now()
    Shift.objects.create(worker=worker, starts_at=now, ends_at=now + dt.timedelta(hours=8))
    overlapping = Shift(worker=worker, starts_at=now + dt.timedelta(hours=1), ends_at=now + dt.timedelta(hours=2))
    with pytest.raises(ValidationError, match="already has a shift"):
        overlapping.full_clean()


def test_licence_numbers_are_unique(make_worker):
    worker = make_worker()
    other = make_worker()
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkerProfile.objects.filter(pk=other.pk).update(licence_number=worker.licence_number)


def test_limit_must_be_positive(make_worker):
    worker = make_worker()
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkerProfile.objects.filter(pk=worker.pk).update(max_concurrent_requests=0)


def test_languages_must_be_iso_639_1(make_worker):
    worker = make_worker()
    worker.languages = ["en", "xx"]
    with pytest.raises(ValidationError) as info:
        worker.full_clean()
    assert "languages" in info.value.message_dict


def test_clean_normalises_licence_and_languages(make_worker):
    worker = make_worker()
    worker.licence_number = " ab-123 "
    worker.languages = ["FR", "en", "fr"]
    worker.full_clean()
    assert worker.licence_number == "AB-123"
    assert worker.languages == ["en", "fr"]


def test_first_name_never_leaks_the_email(make_worker, make_user):
    worker = make_worker(full_name="Nora Nightingale")
    assert worker.first_name == "Nora"
    worker.user.full_name = ""
    assert worker.first_name == ""
