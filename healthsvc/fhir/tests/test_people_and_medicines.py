"""Patient (own and dependants'), Practitioner and PractitionerRole (who sees which worker), Medication."""

from __future__ import annotations

import datetime as dt

import pytest

from healthsvc.fhir.tests.conftest import URGENT, valid
from healthsvc.fhir.tests.test_http import hidden, outcome
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db


def ids(response) -> list[str]:
    bundle = valid(response.json())
    return [entry["resource"]["id"] for entry in bundle.get("entry", [])]


# --- Patient --------------------------------------------------------------------------------------------
def test_a_patient_reads_themselves_and_the_people_they_care_for(fhir, make_patient, make_dependant):
    patient = make_patient(full_name="Sam Patel", date_of_birth=dt.date(1985, 3, 2), sex="male")
    child = make_dependant(patient, full_name="Milo Patel", relationship="child")
    client = fhir(patient)
    me = valid(client.get(f"Patient/{patient.pk}").json())
    assert me["name"] == [{"text": "Sam Patel"}]
    assert (me["gender"], me["birthDate"]) == ("male", "1985-03-02")
    assert me["telecom"][0] == {"system": "email", "value": patient.email, "use": "home"}
    theirs = valid(client.get(f"Patient/dependant-{child.pk}").json())
    assert theirs["name"] == [{"text": "Milo Patel"}]
    assert theirs["contact"][0]["relationship"][0]["coding"][0]["code"] == "PRN"  # Sam is Milo's parent
    assert ids(client.get("Patient")) == [str(patient.pk), f"dependant-{child.pk}"]
    assert ids(client.get("Patient", {"name": "milo"})) == [f"dependant-{child.pk}"]
    assert ids(client.get("Patient", {"_id": f"dependant-{child.pk}"})) == [f"dependant-{child.pk}"]


def test_another_patient_or_their_dependant_is_404(fhir, make_patient, make_dependant):
    owner, other = make_patient(), make_patient()
    child = make_dependant(owner)
    hidden(fhir(other), f"Patient/{owner.pk}", f"Patient/dependant-{child.pk}", "Patient/dependant-x")
    assert ids(fhir(other).get("Patient", {"_id": str(owner.pk)})) == []


def test_staff_read_no_patient_resource_as_the_rest_api_has_no_patient_directory(fhir, make_user, make_patient):
    patient = make_patient()
    for role in ("nurse", "clinician", "er_staff"):
        staff = make_user(role)
        outcome(fhir(staff).get(f"Patient/{patient.pk}"), 404)
        assert fhir(staff).get("Patient").json()["total"] == 0
    assert not AuditEvent.objects.filter(action="read").exists()


# --- Practitioner and PractitionerRole ------------------------------------------------------------------
def test_staff_who_may_read_the_directory_see_every_worker_in_full(fhir, make_user, make_worker):
    worker = make_worker("physician", full_name="Cleo Clinician", login_role="clinician")
    nurse = make_user("nurse")
    practitioner = valid(fhir(nurse).get(f"Practitioner/{worker.pk}").json())
    assert practitioner["name"] == [{"text": "Cleo Clinician"}]
    assert practitioner["identifier"][0]["value"] == worker.licence_number
    assert [c["coding"][0]["code"] for c in practitioner["communication"]] == ["en", "es"]
    role = valid(fhir(nurse).get(f"PractitionerRole/{worker.pk}").json())
    assert [coding["code"] for coding in role["code"][0]["coding"]] == ["physician", "doctor"]
    assert role["practitioner"] == {"reference": f"Practitioner/{worker.pk}", "display": "Cleo Clinician"}
    assert ids(fhir(nurse).get("PractitionerRole", {"role": "physician"})) == [str(worker.pk)]
    assert ids(fhir(nurse).get("PractitionerRole", {"role": "pharmacist"})) == []
    assert ids(fhir(nurse).get("Practitioner", {"name": "clinician"})) == [str(worker.pk)]
    assert ids(fhir(nurse).get("PractitionerRole", {"practitioner": f"Practitioner/{worker.pk}"})) == [str(worker.pk)]


def test_a_worker_sees_themselves_and_er_desk_staff_see_no_one(fhir, make_user, make_worker):
    me, colleague = make_worker(full_name="Nora One"), make_worker(full_name="Nia Two")
    assert ids(fhir(me.user).get("Practitioner")) in ([str(me.pk), str(colleague.pk)], [str(colleague.pk), str(me.pk)])
    desk = make_user("er_staff")
    outcome(fhir(desk).get(f"Practitioner/{me.pk}"), 404)
    assert fhir(desk).get("PractitionerRole").json()["total"] == 0


def test_a_patient_sees_only_their_assigned_worker_and_only_first_name_and_role(
    fhir, make_patient, make_record, make_worker
):
    from workers.services import contact_request_create

    worker = make_worker("nurse", full_name="Nora Nightingale")
    stranger = make_worker("nurse", full_name="Other Worker")
    patient, other = make_patient(), make_patient()
    record = make_record(patient, URGENT)
    contact, _ = contact_request_create(patient=patient, triage_record_id=record.pk, channel="phone")
    assert contact.assigned_worker_id in (worker.pk, stranger.pk)
    assigned = contact.assigned_worker
    unassigned = stranger if assigned == worker else worker
    practitioner = valid(fhir(patient).get(f"Practitioner/{assigned.pk}").json())
    assert practitioner == {
        "resourceType": "Practitioner",
        "id": str(assigned.pk),
        "name": [{"given": [assigned.first_name]}],
    }
    role = valid(fhir(patient).get(f"PractitionerRole/{assigned.pk}").json())
    assert set(role) == {"resourceType", "id", "practitioner", "code"}
    outcome(fhir(patient).get(f"Practitioner/{unassigned.pk}"), 404)
    assert ids(fhir(other).get("Practitioner")) == []


# --- Medication -----------------------------------------------------------------------------------------
def test_the_catalogue_is_read_as_medications(fhir, patient):
    client = fhir(patient)
    body = valid(client.get("Medication/paracetamol-tablets").json())
    assert body["code"]["coding"][0]["code"] == "paracetamol-tablets"
    assert body["form"]["coding"][0]["code"] == "tablet"
    assert body["ingredient"][0]["itemCodeableConcept"]["coding"][0]["code"] == "paracetamol"
    outcome(client.get("Medication/no-such-medicine"), 404)
    outcome(client.get("Medication/Not_An_Id"), 404)


def test_medications_search_by_text_code_form_and_ingredient(fhir, patient):
    client = fhir(patient)
    by_text = ids(client.get("Medication", {"code:text": "ibuprofen", "_count": "100"}))
    assert by_text[0].startswith("ibuprofen") and "paracetamol-tablets" not in by_text
    assert ids(client.get("Medication", {"code": "paracetamol-tablets"})) == ["paracetamol-tablets"]
    assert "paracetamol-tablets" in ids(client.get("Medication", {"ingredient-code": "paracetamol", "_count": "100"}))
    liquids = ids(client.get("Medication", {"form": "liquid", "_count": "100"}))
    assert liquids and "paracetamol-tablets" not in liquids
    total = client.get("Medication").json()["total"]
    assert total > 10
    assert client.get("Medication", {"_count": "5"}).json()["total"] == total
