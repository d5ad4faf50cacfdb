"""`manage.py export_fhir`: NDJSON files of valid FHIR R4, the window, the audit row, bounded queries."""

from __future__ import annotations

import datetime as dt
import io
import json
import stat

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from healthsvc.fhir.tests.bulk_rows import add_bookings
from healthsvc.fhir.tests.conftest import EMERGENCY, valid
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


def export(tmp_path, *args: str) -> tuple[dict[str, list[dict]], str]:
    """Run the command into a new directory; ({type: [resources]}, what it printed)."""
    out = io.StringIO()
    directory = tmp_path / "export"
    call_command("export_fhir", *args, "--output-dir", str(directory), stdout=out)
    files = {}
    for path in sorted(directory.glob("*.ndjson")):
        files[path.name.removesuffix(".ndjson")] = [json.loads(line) for line in path.read_text().splitlines()]
    return files, out.getvalue()


def ids(resources: list[dict]) -> set[str]:
    return {resource["id"] for resource in resources}


@pytest.fixture
def clinical_data(make_patient, make_dependant, make_room, make_booking, make_record, make_user, make_worker):
    """What the services make today: a booking for a patient and one for a dependant, a walk-in, an overridden
    result, a cancelled symptom check; two workers."""
    from er_queue.services import booking_create_walk_in
    from triage.services import triage_record_cancel, triage_record_override

    room = make_room()
    ada = make_patient(full_name="Ada Lovelace")
    milo = make_dependant(ada)
    bookings = [make_booking(room, ada), make_booking(room, ada, dependant=milo)]
    staff = make_user("er_staff")
    walk_in = booking_create_walk_in(actor=staff, room_id=room.pk, label="Red coat", acuity=2).booking
    grace = make_patient(full_name="Grace Hopper")
    overridden = triage_record_override(
        record_id=make_record(grace).pk,
        actor=make_user("clinician"),
        acuity=2,
        disposition="emergency",
        reason="Chest pain with sweating",
        patient_message="Please go to the ER now.",
    )
    cancelled = make_record(grace, complete=False)
    triage_record_cancel(record_id=cancelled.pk, actor=grace)
    make_worker("nurse")
    make_worker("physician", full_name="Dr Quinn")
    return {
        "room": room,
        "ada": ada,
        "milo": milo,
        "bookings": bookings,
        "walk_in": walk_in,
        "grace": grace,
        "overridden": overridden,
        "cancelled": cancelled,
    }


def test_every_line_is_valid_fhir_r4_of_its_file_type(tmp_path, clinical_data):
    files, printed = export(tmp_path, "--since", (timezone.now() - DAY).date().isoformat(), "--types", "all")

    for type_name, resources in files.items():
        assert resources, type_name
        for resource in resources:
            assert resource["resourceType"] == type_name
            valid(resource)
    ada, milo, grace = clinical_data["ada"], clinical_data["milo"], clinical_data["grace"]
    assert ids(files["Patient"]) == {str(ada.pk), f"dependant-{milo.pk}", str(grace.pk)}
    booking_ids = {str(b.pk) for b in clinical_data["bookings"]} | {str(clinical_data["walk_in"].pk)}
    assert ids(files["Appointment"]) == booking_ids
    assert str(clinical_data["cancelled"].pk) in ids(files["QuestionnaireResponse"])
    assert str(clinical_data["cancelled"].pk) not in ids(files["RiskAssessment"])  # no result, no assessment
    [amended] = [r for r in files["RiskAssessment"] if r["id"] == str(clinical_data["overridden"].pk)]
    assert amended["status"] == "amended"
    assert ids(files["Location"]) == {str(clinical_data["room"].pk)}
    assert len(files["Practitioner"]) == len(files["PractitionerRole"]) == 2
    assert "Patient" in printed and "Appointment" in printed


def test_files_are_named_per_type_with_a_manifest_and_only_the_owner_reads_them(tmp_path, clinical_data):
    since = (timezone.now() - DAY).date().isoformat()
    export(tmp_path, "--since", since)

    directory = tmp_path / "export"
    types = ("Patient", "QuestionnaireResponse", "RiskAssessment", "Appointment", "Location")
    assert {path.name for path in directory.iterdir()} == {*(f"{t}.ndjson" for t in types), "manifest.json"}
    manifest = json.loads((directory / "manifest.json").read_text())
    assert manifest["requiresAccessToken"] is False and manifest["error"] == []
    assert manifest["request"].startswith(f"export_fhir --since {since} --types Patient,")
    for item in manifest["output"]:
        lines = (directory / item["url"]).read_text().splitlines()
        assert item["url"] == f"{item['type']}.ndjson" and item["count"] == len(lines)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in directory.iterdir())


@pytest.fixture
def three_months(make_room, make_patient, make_record):
    """5 bookings (each with its record) on 2 January 2020, 7 on 2 February, 11 on 2 March."""
    room = make_room()
    template = make_record(make_patient(), EMERGENCY)
    for month, n in ((1, 5), (2, 7), (3, 11)):
        start = dt.datetime(2020, month, 2, 9, 0, tzinfo=dt.UTC)
        add_bookings(n, room=room, template=template, start=start, spacing=dt.timedelta(minutes=10))
    return room


def test_the_window_keeps_what_last_changed_in_it_and_nothing_before_or_after(tmp_path, three_months):
    from er_queue.models import ERBooking

    files, _ = export(tmp_path, "--since", "2020-02", "--until", "2020-03-01")

    february = ERBooking.objects.filter(created_at__month=2)
    assert ids(files["Appointment"]) == {str(b.pk) for b in february}
    assert (
        ids(files["QuestionnaireResponse"])
        == ids(files["RiskAssessment"])
        == {str(b.triage_record_id) for b in february}
    )
    assert ids(files["Patient"]) == {str(b.patient_id) for b in february}
    assert ids(files["Location"]) == {str(three_months.pk)}  # no change time: always there


def test_a_booking_counts_from_its_last_change_not_from_when_it_was_made(tmp_path, three_months):
    from er_queue.models import ERBooking

    booking = ERBooking.objects.filter(created_at__month=1, state="completed").first()
    ERBooking.objects.filter(pk=booking.pk).update(completed_at=dt.datetime(2020, 2, 20, tzinfo=dt.UTC))

    february, _ = export(tmp_path / "feb", "--since", "2020-02-01", "--until", "2020-03-01")
    january, _ = export(tmp_path / "jan", "--since", "2020-01-01", "--until", "2020-02-01")

    assert str(booking.pk) in ids(february["Appointment"])
    assert str(booking.pk) not in ids(january["Appointment"])
    assert str(booking.triage_record_id) in ids(january["QuestionnaireResponse"])  # the record did not change


def test_a_window_with_nothing_in_it_writes_no_file_for_the_empty_types(tmp_path, three_months):
    files, printed = export(tmp_path, "--since", "2021", "--until", "2022", "--types", "Appointment,Patient")

    assert files == {}
    assert json.loads((tmp_path / "export" / "manifest.json").read_text())["output"] == []
    assert "Appointment" in printed


def test_the_run_is_audited_with_the_window_and_counts_and_no_patient_data(tmp_path, three_months):
    files, _ = export(tmp_path, "--since", "2020-02-01T00:00:00Z", "--until", "2020-03-01T00:00:00+00:00")

    event = AuditEvent.objects.get(action="data_export", object_type="fhir_bulk_export")
    assert event.actor_id is None and event.patient_id is None
    details = event.details
    assert details["command"] == "export_fhir" and details["complete"] is True
    assert details["since"] == "2020-02-01T00:00:00+00:00" and details["until"] == "2020-03-01T00:00:00+00:00"
    assert details["counts"] == {name: len(resources) for name, resources in files.items()}
    assert details["destination"] == str((tmp_path / "export").resolve())
    text = json.dumps(details)
    assert "Bulk Patient" not in text and "@example.test" not in text


def test_stdout_carries_only_ndjson_and_the_summary_goes_to_stderr(three_months):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "export_fhir", "--since", "2020-03-01", "--types", "Appointment", "--to-stdout", stdout=out, stderr=err
    )

    lines = out.getvalue().splitlines()
    assert len(lines) == 11
    assert all(valid(json.loads(line))["resourceType"] == "Appointment" for line in lines)
    assert "Appointment" in err.getvalue() and "11" in err.getvalue()
    assert AuditEvent.objects.get(object_type="fhir_bulk_export").details["destination"] == "stdout"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "--since 'yesterday': give a date or dateTime without a search prefix"),
        (["--since", "1st of May"], "--since '1st of May': not a FHIR date or dateTime"),
        (["--since", "2026-02-30"], "is not a real date"),
        (["--since", "ge2026-01-01"], "without a search prefix"),
        (["--since", "2026-02-01", "--until", "2026-01-01"], "--until must be later than --since"),
        (["--since", "2026-01-01", "--types", "Patient,Observation"], "--types: unknown Observation"),
    ],
)
def test_bad_arguments_are_a_clear_command_error(tmp_path, args, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        call_command("export_fhir", *args, "--output-dir", str(tmp_path / "x"))
    assert not (tmp_path / "x").exists()
    assert not AuditEvent.objects.filter(object_type="fhir_bulk_export").exists()


def test_a_directory_with_files_in_it_is_refused(tmp_path):
    (tmp_path / "old.ndjson").write_text("{}\n")
    with pytest.raises(CommandError, match="must be a new or empty directory"):
        call_command("export_fhir", "--since", "2026-01-01", "--output-dir", str(tmp_path))


def test_bad_since_from_the_shell_is_one_line_not_a_traceback():
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [sys.executable, "manage.py", "export_fhir", "--since", "2026-13-01", "--to-stdout"],
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "CommandError: --since '2026-13-01': '2026-13-01' is not a real date."
    assert "Traceback" not in done.stderr


def test_a_failed_export_removes_its_files_and_is_audited_as_incomplete(tmp_path, three_months, monkeypatch):
    from healthsvc.fhir import bulk

    def broken(window, size):
        yield [{"resourceType": "Location", "id": "1"}]
        raise RuntimeError("disk on fire")

    broken_location = bulk.ExportType("Location", broken, "test")
    monkeypatch.setattr(bulk, "EXPORT_TYPES", {**bulk.EXPORT_TYPES, "Location": broken_location})
    with pytest.raises(RuntimeError):
        export(tmp_path, "--since", "2020-01-01", "--types", "Appointment,Location")

    assert list((tmp_path / "export").iterdir()) == []  # Appointment.ndjson was complete, and is gone too
    event = AuditEvent.objects.get(object_type="fhir_bulk_export")
    assert event.details["complete"] is False
    assert event.details["counts"] == {"Appointment": 23, "Location": 1}


def _queries(tmp_path, name: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        export(tmp_path / name, "--since", "2020-01-01", "--types", "all")
    return len(queries)


def test_queries_do_not_grow_with_the_number_of_bookings(tmp_path, make_room, make_patient, make_record):
    """30 bookings, then 300 more: the same queries (each type is read in chunks of 1,000, a fixed number of
    queries a chunk); only more chunks would add queries, a fixed number each."""
    room = make_room()
    template = make_record(make_patient(), EMERGENCY)
    start = dt.datetime(2020, 1, 2, tzinfo=dt.UTC)
    add_bookings(30, room=room, template=template, start=start, spacing=dt.timedelta(minutes=1))
    few = _queries(tmp_path, "few")
    add_bookings(300, room=room, template=template, start=start, spacing=dt.timedelta(minutes=1))
    many = _queries(tmp_path, "many")

    assert few == many
    assert few <= 20


def test_each_further_chunk_costs_a_fixed_number_of_queries(tmp_path, make_room, make_patient, make_record):
    room = make_room()
    template = make_record(make_patient(), EMERGENCY)
    add_bookings(199, room=room, template=template, start=dt.datetime(2020, 1, 2, tzinfo=dt.UTC), spacing=DAY / 200)

    def queries(chunk_size: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            args = ("--since", "2020-01-01", "--types", "RiskAssessment", "--chunk-size", str(chunk_size))
            export(tmp_path / str(chunk_size), *args)
        return len(captured)

    # 200 records: one chunk, then four; each further chunk adds its prefetch of the current results.
    assert queries(50) - queries(200) == 3
