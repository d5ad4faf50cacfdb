"""Whatever a client sends, the answer is a 4xx in the documented shape, never a 500."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


def assert_error_shape(response, status):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert {"code", "message", "fields"} <= set(body["error"])
    assert isinstance(body["error"]["fields"], dict)
    return body["error"]


def test_malformed_json_is_400(api_client):
    response = api_client.post("/api/v1/auth/signup/", data="{not json", content_type="application/json")
    assert assert_error_shape(response, 400)["code"] == "parse_error"


def test_wrong_media_type_is_415(api_client):
    response = api_client.post("/api/v1/auth/signup/", data="<x/>", content_type="application/xml")
    assert assert_error_shape(response, 415)["code"] == "unsupported_media_type"


def test_a_form_body_is_415_the_api_reads_json_only(api_client):
    response = api_client.post("/api/v1/auth/token/", {"email": "a@example.test", "password": "x"}, format="multipart")
    assert assert_error_shape(response, 415)["code"] == "unsupported_media_type"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"full_name": 0}, "full_name"),  # a number is not text, though DRF would make it "0"
        ({"full_name": "   "}, "full_name"),  # only spaces is blank
        ({"full_name": "Kid\x00"}, "full_name"),
        ({"date_of_birth": 20180501}, "date_of_birth"),
        ({"sex": True}, "sex"),
    ],
)
def test_a_body_field_of_another_json_type_is_400_naming_it(client_for, patient, body, field):
    valid = {"full_name": "Kid Example", "date_of_birth": "2018-05-01", "sex": "male", "relationship": "child"}
    response = client_for(patient).post("/api/v1/me/dependants/", {**valid, **body}, format="json")
    assert field in assert_error_shape(response, 400)["fields"]


def test_a_list_item_of_another_type_is_named_by_its_index(client_for, patient):
    body = {"age_years": 30, "medicines": ["paracetamol-tablets"], "current_medicines": ["warfarin", 7]}
    response = client_for(patient).post("/api/v1/medicines/check/", body, format="json")
    assert "current_medicines.1" in assert_error_shape(response, 400)["fields"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("state=", "state"),
        ("state=waiting", "state"),
        ("room=abc", "room"),
        ("room=0", "room"),
        ("page=0", "page"),
        ("page=x", "page"),
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
    ],
)
def test_a_bad_query_parameter_is_400_naming_it(client_for, patient, query, field):
    response = client_for(patient).get(f"/api/v1/er/bookings/?{query}")
    assert field in assert_error_shape(response, 400)["fields"]


def test_a_page_past_the_last_is_404_and_unknown_parameters_are_ignored(client_for, patient):
    client = client_for(patient)
    assert_error_shape(client.get("/api/v1/er/bookings/?page=2"), 404)
    assert client.get("/api/v1/er/bookings/?utm_source=mail&page_size=100").status_code == 200


def test_wrong_method_is_405(api_client):
    assert assert_error_shape(api_client.delete("/api/v1/auth/signup/"), 405)["code"] == "method_not_allowed"


def test_unknown_api_path_is_json_404(api_client):
    assert assert_error_shape(api_client.get("/api/v1/no-such-thing/"), 404)["code"] == "not_found"


@pytest.mark.parametrize(
    "payload",
    [
        {"email": ["a list"], "password": {"a": "dict"}},
        {"email": "a@b.test", "password": "x", "full_name": 12345, "date_of_birth": 10**40, "sex": None},
        {"email": "a\x00@b.test", "password": "\x00" * 20},
        {"date_of_birth": "9" * 5000},
        [1, 2, 3],
        "just a string",
        None,
    ],
)
def test_wrong_types_are_400(api_client, payload):
    response = api_client.post("/api/v1/auth/signup/", data=json.dumps(payload), content_type="application/json")
    assert_error_shape(response, 400)


def test_huge_and_non_finite_numbers_are_400(api_client):
    raw = '{"email": "a@b.test", "password": 1e400, "full_name": NaN, "date_of_birth": Infinity, "sex": 1}'
    response = api_client.post("/api/v1/auth/signup/", data=raw, content_type="application/json")
    assert_error_shape(response, 400)


def test_invalid_utf8_is_400(api_client):
    response = api_client.post("/api/v1/auth/signup/", data=b'{"email": "\xff\xfe"}', content_type="application/json")
    assert_error_shape(response, 400)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=20), children, max_size=6),
        max_leaves=12,
    )
)
def test_any_json_to_signup_never_500(api_client, payload):
    from django.core.cache import cache

    cache.clear()  # the auth throttle would otherwise answer 429 after ten examples
    response = api_client.post("/api/v1/auth/signup/", data=json.dumps(payload), content_type="application/json")
    assert response.status_code < 500, response.content
