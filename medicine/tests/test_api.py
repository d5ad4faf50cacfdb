"""The medicine API: list, search, detail, check; errors in the one shape; never a 500."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

LIST = "/api/v1/medicines/"
CHECK = "/api/v1/medicines/check/"
ADULT = {"age_years": 35, "pregnant": False, "breastfeeding": False}


def assert_error_shape(response, status):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert {"code", "message", "fields"} <= set(body["error"])
    return body["error"]


def post_json(client, payload):
    return client.post(CHECK, data=json.dumps(payload), content_type="application/json")


@pytest.mark.parametrize(("method", "path"), [("get", LIST), ("get", LIST + "ibuprofen-tablets/"), ("post", CHECK)])
def test_unauthenticated_is_401(api_client, catalogue, method, path):
    error = assert_error_shape(getattr(api_client, method)(path), 401)
    assert error["code"] == "not_authenticated"


def test_list_is_paginated_with_a_bounded_query_count(patient_client, catalogue, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = patient_client.get(LIST, {"page_size": 100})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] >= 25
    assert len(body["results"]) == body["count"]
    first = body["results"][0]
    assert {"slug", "name", "summary", "form", "strength", "otc", "ingredients", "indications"} <= set(first)

    page = patient_client.get(LIST, {"page_size": 10}).json()
    assert len(page["results"]) == 10 and page["next"]


def test_search_by_name_ingredient_brand_and_complaint(patient_client, catalogue, django_assert_max_num_queries):
    def slugs(**params):
        response = patient_client.get(LIST, params)
        assert response.status_code == 200, response.content
        return [item["slug"] for item in response.json()["results"]]

    assert slugs(search="ibuprofen")[0].startswith("ibuprofen")
    assert "paracetamol-tablets" in slugs(search="Tylenol")
    assert "omeprazole-tablets" in slugs(search="heartburn")
    assert "cetirizine-tablets" in slugs(search="allergic_reaction")
    assert "cetirizine-tablets" in slugs(search="hay fever")
    assert slugs(search="ibuprofen", otc="false") == []
    assert len(slugs(otc="true")) >= 25
    with django_assert_max_num_queries(6):
        assert patient_client.get(LIST, {"search": "pain"}).status_code == 200


@pytest.mark.parametrize("params", [{"otc": "perhaps"}, {"search": "x" * 101}, {"search": "ibu\x00"}])
def test_bad_list_parameters_are_400(patient_client, catalogue, params):
    error = assert_error_shape(patient_client.get(LIST, params), 400)
    assert error["code"] == "invalid"
    assert set(error["fields"]) <= {"otc", "search"} and error["fields"]


def test_detail(patient_client, catalogue, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = patient_client.get(LIST + "ibuprofen-tablets/")
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Ibuprofen 200 mg tablets"
    assert body["pregnancy"]["level"] == "avoid"
    assert "asthma" in body["contraindicated_conditions"]
    assert body["source"].startswith("NHS") and body["source_url"].startswith("https://")
    assert "not a prescription" in body["disclaimer"]
    warfarin = [i for i in body["interactions"] if i["interacts_with"]["slug"] == "warfarin"]
    assert warfarin and warfarin[0]["severity"] == "avoid" and warfarin[0]["ingredient"]["slug"] == "ibuprofen"


def test_unknown_detail_is_404_in_the_error_shape(patient_client, catalogue):
    assert assert_error_shape(patient_client.get(LIST + "no-such-medicine/"), 404)["code"] == "not_found"


def test_check_warfarin_and_ibuprofen(patient_client, catalogue, django_assert_max_num_queries):
    payload = {
        **ADULT,
        "medicines": ["ibuprofen-tablets", "paracetamol-tablets"],
        "current_medicines": ["warfarin", "something else"],
        "conditions": ["asthma"],
    }
    with django_assert_max_num_queries(7):
        response = post_json(patient_client, payload)
    assert response.status_code == 200, response.content
    body = response.json()
    by_slug = {item["slug"]: item for item in body["medicines"]}
    ibuprofen = by_slug["ibuprofen-tablets"]
    assert ibuprofen["verdict"] == "avoid"
    assert {reason["code"] for reason in ibuprofen["reasons"]} == {"interaction", "condition"}
    assert by_slug["paracetamol-tablets"]["verdict"] == "caution"
    assert body["interactions"][0] == {
        "medicine": "ibuprofen-tablets",
        "ingredient": "ibuprofen",
        "other": "warfarin",
        "other_ingredient": "warfarin",
        "with_current_medicine": True,
        "severity": "avoid",
        "advice": body["interactions"][0]["advice"],
        "source": body["interactions"][0]["source"],
    }
    assert body["unrecognised_medicines"] == ["something else"]
    assert "not a prescription" in body["notes"][0]


def test_check_for_a_child_and_a_pregnancy(patient_client, catalogue):
    child = post_json(patient_client, {**ADULT, "age_years": 4, "medicines": ["aspirin-tablets"]}).json()
    assert child["medicines"][0]["reasons"][0]["code"] == "too_young"
    pregnant = post_json(
        patient_client, {**ADULT, "pregnant": True, "medicines": ["ibuprofen-tablets", "paracetamol-tablets"]}
    ).json()
    verdicts = {item["slug"]: item["verdict"] for item in pregnant["medicines"]}
    assert verdicts == {"ibuprofen-tablets": "avoid", "paracetamol-tablets": "ok"}


def test_check_lists_unknown_slugs_per_field(patient_client, catalogue):
    response = post_json(patient_client, {**ADULT, "medicines": ["ibuprofen-tablets", "nope", "unheard-of"]})
    error = assert_error_shape(response, 400)
    assert error["fields"] == {"medicines": ["Unknown medicine: 'nope'.", "Unknown medicine: 'unheard-of'."]}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({**ADULT, "medicines": "ibuprofen-tablets"}, "medicines"),
        ({**ADULT, "medicines": []}, "medicines"),
        ({**ADULT, "medicines": ["Not A Slug!"]}, "medicines.0"),
        ({**ADULT, "medicines": ["x"] * 21}, "medicines"),
        ({"medicines": ["ibuprofen-tablets"]}, "age_years"),
        ({**ADULT, "age_years": "old", "medicines": ["ibuprofen-tablets"]}, "age_years"),
        ({**ADULT, "age_years": 10**40, "medicines": ["ibuprofen-tablets"]}, "age_years"),
        ({**ADULT, "age_years": -3, "medicines": ["ibuprofen-tablets"]}, "age_years"),
        ({**ADULT, "age_years": True, "medicines": ["ibuprofen-tablets"]}, "age_years"),
        ({**ADULT, "pregnant": "perhaps", "medicines": ["ibuprofen-tablets"]}, "pregnant"),
        ({**ADULT, "allergies": ["nsaid\x00"], "medicines": ["ibuprofen-tablets"]}, "allergies.0"),
        ({**ADULT, "allergies": ["kryptonite"], "medicines": ["ibuprofen-tablets"]}, "allergies"),
        ({**ADULT, "conditions": ["broken_heart"], "medicines": ["ibuprofen-tablets"]}, "conditions.0"),
        ({**ADULT, "current_medicines": [{"a": 1}], "medicines": ["ibuprofen-tablets"]}, "current_medicines.0"),
        ({**ADULT, "current_medicines": ["x" * 101], "medicines": ["ibuprofen-tablets"]}, "current_medicines.0"),
    ],
)
def test_check_bad_input_is_400_naming_the_field(patient_client, catalogue, payload, field):
    error = assert_error_shape(post_json(patient_client, payload), 400)
    assert error["code"] == "invalid"
    assert field in error["fields"], error["fields"]


@pytest.mark.parametrize(
    "raw",
    [
        '{"medicines": ["ibuprofen-tablets"], "age_years": 1e400}',
        '{"medicines": ["ibuprofen-tablets"], "age_years": NaN}',
        '{"medicines": ["ibuprofen-tablets"], "age_years": Infinity}',
        '{"medicines": ["ibuprofen-tablets"], "age_years": ' + "9" * 5000 + "}",
        "[1, 2, 3]",
        "null",
        "{not json",
    ],
)
def test_check_huge_numbers_and_broken_json_are_400(patient_client, catalogue, raw):
    response = patient_client.post(CHECK, data=raw, content_type="application/json")
    assert_error_shape(response, 400)


def test_check_wrong_method_is_405(patient_client, catalogue):
    assert assert_error_shape(patient_client.get(CHECK), 405)["code"] == "method_not_allowed"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(
            ["medicines", "age_years", "pregnant", "breastfeeding", "allergies", "conditions", "current_medicines"]
        ),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
            lambda children: st.lists(children, max_size=4),
            max_leaves=8,
        ),
    )
)
def test_any_check_body_never_500(patient_client, catalogue, payload):
    response = post_json(patient_client, payload)
    assert response.status_code in (200, 400), response.content


def test_schema_documents_the_medicine_endpoints(api_client):
    response = api_client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    paths = schema["paths"]
    assert {"/api/v1/medicines/", "/api/v1/medicines/check/", "/api/v1/medicines/{slug}/"} <= set(paths)
    check = paths["/api/v1/medicines/check/"]["post"]
    assert "MedicineCheckRequest" in json.dumps(check["requestBody"])
    assert {"200", "400", "401"} <= set(check["responses"])
    assert {"search", "otc", "page"} <= {p["name"] for p in paths["/api/v1/medicines/"]["get"]["parameters"]}
