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
