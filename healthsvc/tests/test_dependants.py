"""A patient checks symptoms for someone they care for: the people list, the engine using that person's age and
sex, whom each record names, and who may see it (issue 10, item 2)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from healthsvc.models import AuditEvent, Dependant
from healthsvc.services import MAX_DEPENDANTS
from triage.models import TriageRecord

pytestmark = pytest.mark.django_db

FEVER = {"complaint": "child_fever", "pain": 0, "onset": "sudden", "duration": "1_24h", "red_flags": {}}


def years_ago(years: float) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=int(years * 365.25))


@pytest.fixture
def parent(make_user):
    return make_user("patient", full_name="Sam Parent", date_of_birth=dt.date(1985, 5, 1), sex="female")


@pytest.fixture
def baby(parent):
    return Dependant.objects.create(
        guardian=parent, full_name="Milo Parent", date_of_birth=years_ago(0.75), sex="male", relationship="child"
    )


def test_a_patient_adds_and_lists_only_their_own_people(parent, make_user, client_for):
    client = client_for(parent)
    body = {"full_name": "Milo Parent", "date_of_birth": str(years_ago(2)), "sex": "male", "relationship": "child"}
    created = client.post("/api/v1/me/dependants/", body, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["full_name"] == "Milo Parent" and created.json()["relationship"] == "child"
    assert AuditEvent.objects.filter(action="dependant_add", patient=parent).count() == 1

    other = make_user("patient")
    Dependant.objects.create(
        guardian=other, full_name="Not Yours", date_of_birth=years_ago(5), sex="female", relationship="child"
    )
    listed = client.get("/api/v1/me/dependants/").json()
    assert [p["full_name"] for p in listed["results"]] == ["Milo Parent"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date_of_birth": "2999-01-01"}, "date_of_birth"),
        ({"full_name": "   "}, "full_name"),
        ({"sex": "unicorn"}, "sex"),
        ({"relationship": "boss"}, "relationship"),
        ({"date_of_birth": "yesterday"}, "date_of_birth"),
    ],
)
def test_bad_people_get_a_field_error_and_nothing_is_written(parent, client_for, change, field):
    body = {"full_name": "Milo", "date_of_birth": str(years_ago(2)), "sex": "male", "relationship": "child", **change}
    response = client_for(parent).post("/api/v1/me/dependants/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not Dependant.objects.exists()


def test_only_patients_add_people_and_an_account_holds_a_family_not_a_register(parent, make_user, client_for):
    body = {"full_name": "A Child", "date_of_birth": str(years_ago(3)), "sex": "female", "relationship": "child"}
    assert client_for(make_user("nurse")).post("/api/v1/me/dependants/", body, format="json").status_code == 403
    Dependant.objects.bulk_create(
        Dependant(guardian=parent, full_name=f"Child {i}", date_of_birth=years_ago(3), sex="male", relationship="child")
        for i in range(MAX_DEPENDANTS)
    )
    refused = client_for(parent).post("/api/v1/me/dependants/", body, format="json")
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "too_many_dependants"


def test_the_engine_uses_the_dependants_age_and_sex(parent, baby, client_for):
    response = client_for(parent).post(
        "/api/v1/triage/records/", {"answers": FEVER, "dependant": baby.pk}, format="json"
    )
    assert response.status_code in (200, 202), response.content
    record = TriageRecord.objects.get(pk=response.json()["id"])
    assert record.patient == parent and record.dependant == baby
    assert record.answers["age_years"] < 1 and record.answers["sex"] == "male"
    body = response.json()
    assert body["dependant"] == baby.pk and body["person_name"] == "Milo Parent" and body["patient"] == parent.pk

    own = client_for(parent).post("/api/v1/triage/records/", {"answers": FEVER}, format="json").json()
    assert own["dependant"] is None and own["person_name"] == "Sam Parent"
    assert TriageRecord.objects.get(pk=own["id"]).answers["age_years"] > 40


@pytest.mark.parametrize("value", ["seven", 0, -1, 2**40, True, None, [1]])
def test_a_dependant_that_is_not_a_valid_id_is_a_400(parent, client_for, value):
    response = client_for(parent).post("/api/v1/triage/records/", {"answers": FEVER, "dependant": value}, format="json")
    assert response.status_code == 400
    assert not TriageRecord.objects.exists()


def test_someone_elses_dependant_is_not_found_and_nothing_is_written(parent, baby, make_user, client_for):
    stranger = make_user("patient")
    response = client_for(stranger).post(
        "/api/v1/triage/records/", {"answers": FEVER, "dependant": baby.pk}, format="json"
    )
    assert response.status_code == 404 and response.json()["error"]["code"] == "dependant_not_found"
    assert not TriageRecord.objects.exists()


def test_a_dependants_record_is_seen_by_the_account_holder_and_staff_only(parent, baby, make_user, client_for):
    record_id = (
        client_for(parent)
        .post("/api/v1/triage/records/", {"answers": FEVER, "dependant": baby.pk}, format="json")
        .json()["id"]
    )
    url = f"/api/v1/triage/records/{record_id}/"
    assert client_for(parent).get(url).status_code == 200
    assert client_for(make_user("patient")).get(url).status_code == 404
    nurse = make_user("nurse")
    staff_view = client_for(nurse).get(url)
    assert staff_view.status_code == 200 and staff_view.json()["person_name"] == "Milo Parent"
    assert AuditEvent.objects.filter(actor=nurse, object_type="triage_record", object_id=str(record_id)).exists()


def test_the_start_page_asks_whom_the_check_is_for_once_people_are_added(parent, baby, make_user, client):
    client.force_login(parent)
    chooser = client.get("/triage/start/")
    assert chooser.status_code == 200 and b"Who is this symptom check for?" in chooser.content
    assert f"?for={baby.pk}".encode() in chooser.content
    for_baby = client.get(f"/triage/start/?for={baby.pk}")
    assert for_baby.context["patient_context"]["dependant"] == baby.pk
    assert for_baby.context["patient_context"]["sex"] == "male"
    assert for_baby.context["patient_context"]["age_years"] < 1
    assert client.get("/triage/start/?for=me").context["patient_context"]["dependant"] is None

    other = Dependant.objects.create(
        guardian=make_user("patient"), full_name="X", date_of_birth=years_ago(4), sex="male", relationship="child"
    )
    assert client.get(f"/triage/start/?for={other.pk}").status_code == 404


def test_a_patient_without_people_goes_straight_to_their_own_questionnaire(make_user, client):
    client.force_login(make_user("patient"))
    page = client.get("/triage/start/")
    assert page.status_code == 200 and page.context["patient_context"]["dependant"] is None


def test_the_people_page_adds_someone_and_returns_to_the_questionnaire_for_them(parent, client):
    client.force_login(parent)
    assert client.get("/accounts/people/").status_code == 200
    response = client.post(
        "/accounts/people/",
        {
            "full_name": "Grandad Parent",
            "date_of_birth": "1940-02-03",
            "sex": "male",
            "relationship": "parent",
            "next": "/triage/start/",
        },
    )
    person = Dependant.objects.get(guardian=parent)
    assert response.status_code == 302 and response["Location"] == f"/triage/start/?for={person.pk}"
    bad = client.post("/accounts/people/", {"full_name": "", "date_of_birth": "2999-01-01", "sex": "x"})
    assert bad.status_code == 400 and Dependant.objects.filter(guardian=parent).count() == 1
    offsite = client.post(
        "/accounts/people/",
        {
            "full_name": "B",
            "date_of_birth": "2020-01-01",
            "sex": "male",
            "relationship": "child",
            "next": "//evil.test",
        },
    )
    assert offsite["Location"] == "/accounts/people/"


def test_history_names_whom_each_check_was_for(parent, baby, client_for, client):
    api = client_for(parent)
    api.post("/api/v1/triage/records/", {"answers": FEVER, "dependant": baby.pk}, format="json")
    api.post("/api/v1/triage/records/", {"answers": FEVER}, format="json")
    client.force_login(parent)
    page = client.get("/triage/").content.decode()
    assert "Milo Parent" in page and ">You<" in page


def test_a_contact_request_for_a_dependants_check_names_them_to_patient_and_worker(parent, baby, client_for):
    record = TriageRecord.objects.create(
        patient=parent,
        dependant=baby,
        state="completed",
        answers={},
        catalogue_version="test",
        ruleset_version="test",
        acuity=3,
        disposition="urgent",
        completed_at=timezone.now(),
    )
    response = client_for(parent).post(
        "/api/v1/workers/contact-requests/", {"triage_record": record.pk, "channel": "phone"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["dependant"] == baby.pk and response.json()["person_name"] == "Milo Parent"


def test_without_signing_in_there_are_no_people_to_see(api_client):
    assert api_client.get("/api/v1/me/dependants/").status_code == 401
    assert api_client.post("/api/v1/me/dependants/", {}, format="json").status_code == 401
