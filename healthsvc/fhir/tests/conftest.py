"""Fixtures of the FHIR tests: data made through the apps' own services, clients with real tokens, and the
check that every resource we emit is valid FHIR R4 (fhir.resources' models)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone

_names = itertools.count(1)
_licences = itertools.count(1)

# Answer sheets and the result the engine gives them (checked in test_triage_resources).
URGENT = {"complaint": "chest_pain", "pain": 5, "onset": "gradual", "duration": "1_24h", "red_flags": {}}
EMERGENCY = {"complaint": "abdominal_pain", "pain": 9, "onset": "sudden", "duration": "lt_1h", "red_flags": {}}
SELF_CARE = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_2d", "red_flags": {}}


def _json_rules(value, path: str = "") -> None:
    """FHIR's JSON rules the models let pass: no null, and no empty string, array or object."""
    assert value is not None and value not in ("", [], {}), f"empty value at {path or 'the root'}"
    if isinstance(value, dict):
        for key, item in value.items():
            _json_rules(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _json_rules(item, f"{path}[{index}]")


def _bindings(element, path: str) -> None:
    """What the models declare but do not enforce: codes from a required binding's full list of values, and
    the resource types a reference may name."""
    from fhir.resources.core.fhirabstractmodel import FHIRAbstractModel

    for name, model_field in element.__fields__.items():
        value = getattr(element, name)
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        extra = model_field.field_info.extra
        allowed = extra.get("enum_values")
        # "+" ends a list the models cut short; "mime" stands for "or any MIME type" (CapabilityStatement.format).
        if allowed and "+" not in allowed and "mime" not in allowed:
            assert all(item in allowed for item in values), f"{path}.{name}: {value} not in {allowed}"
        targets = extra.get("enum_reference_types")
        for item in values:
            reference = getattr(item, "reference", None) if targets else None
            if reference and "Resource" not in targets:
                assert reference.split("/")[-2] in targets, f"{path}.{name}: {reference} is not one of {targets}"
            if isinstance(item, FHIRAbstractModel):
                _bindings(item, f"{path}.{name}")


def valid(resource: dict) -> dict:
    """`resource` parsed by FHIR R4's own model for its type (a Bundle's entries too, each by its own), free of
    empty values, with coded values from their required bindings; returned."""
    from fhir.resources import construct_fhir_element

    assert isinstance(resource, dict), resource
    _json_rules(resource)
    _bindings(construct_fhir_element(resource["resourceType"], resource), resource["resourceType"])
    return resource


@pytest.fixture
def fhir(client_for):
    """fhir(user=None) -> a client for /fhir/R4/ (with the user's real API token); .get(path, **params) and
    .post(path, body, **headers) answer the response, whose .json() is checked to be valid FHIR."""
    from rest_framework.test import APIClient

    class Client:
        def __init__(self, user):
            self.api = client_for(user) if user is not None else APIClient()

        def get(self, path: str, params=None, **headers):
            return self.api.get(f"/fhir/R4/{path}", params or {}, **headers)

        def post(self, path: str, body, **headers):
            return self.api.post(f"/fhir/R4/{path}", body, format="json", **headers)

    return Client


@pytest.fixture
def make_patient(make_user):
    def _make(**fields):
        fields.setdefault("full_name", f"Pat Example{next(_names)}")
        return make_user("patient", **fields)

    return _make


@pytest.fixture
def make_record():
    """make_record(patient, answers=URGENT, dependant=None, complete=True) -> a record through triage's services."""
    from triage.services import triage_record_calculate, triage_record_create

    def _make(patient, answers=None, *, dependant=None, complete: bool = True):
        record, _ = triage_record_create(
            patient=patient,
            raw_answers=dict(answers or URGENT),
            dependant_id=dependant.pk if dependant is not None else None,
        )
        return triage_record_calculate(record_id=record.pk) if complete else record

    return _make


@pytest.fixture
def make_dependant():
    from healthsvc.services import dependant_add

    def _make(guardian, *, full_name: str = "Milo Example", relationship: str = "child"):
        return dependant_add(
            guardian=guardian,
            full_name=full_name,
            date_of_birth=dt.date(2020, 5, 1),
            sex="male",
            relationship=relationship,
        )

    return _make


@pytest.fixture
def make_room(make_user):
    """make_room(**fields) -> an ER made through er_queue's service, as the admin makes one."""
    from er_queue.services import room_create

    def _make(**fields):
        defaults = {"name": f"FHIR Test ER {next(_names)}", "address": "1 Test Street", "region": "Testshire"}
        return room_create(actor=make_user("admin"), **{**defaults, "capacity": 10, **fields})

    return _make


@pytest.fixture
def make_booking(make_record):
    """make_booking(room, patient, answers=EMERGENCY, dependant=None) -> a booking through er_queue's service."""
    from er_queue.services import booking_create

    def _make(room, patient, *, answers=None, dependant=None, key: str = ""):
        record = make_record(patient, answers or EMERGENCY, dependant=dependant)
        return booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk, idempotency_key=key).booking

    return _make


@pytest.fixture
def make_worker(make_user):
    """make_worker(role="nurse", full_name=...) -> an on-duty WorkerProfile through workers' services."""
    from workers.services import shift_ensure_covering, worker_profile_ensure

    def _make(role: str = "nurse", *, full_name: str = "Nora Nightingale", login_role: str = "nurse"):
        user = make_user(login_role, full_name=full_name)
        worker = worker_profile_ensure(
            user=user,
            role=role,
            licence_number=f"FHIR-{next(_licences):04d}",
            facility_name="Riverside Clinic",
            facility_kind="clinic",
            languages=["en", "es"],
        )
        now = timezone.now()
        shift_ensure_covering(worker=worker, starts_at=now - dt.timedelta(hours=1), ends_at=now + dt.timedelta(hours=8))
        return worker

    return _make
