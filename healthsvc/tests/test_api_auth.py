"""Sign-up, token and /me: the happy paths and their errors, in the one error shape."""

import pytest

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "Alex@Example.test",
    "password": "a sturdy passphrase 42",
    "full_name": "Alex Example",
    "date_of_birth": "1985-06-01",
    "sex": "male",
    "phone": "+44 7700 900123",
}


def test_signup_creates_patient_with_profile_and_token(api_client):
    response = api_client.post("/api/v1/auth/signup/", SIGNUP, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["user"]["email"] == "alex@example.test"
    assert body["user"]["roles"] == ["patient"]
    assert body["user"]["patient_profile"]["date_of_birth"] == "1985-06-01"
    me = api_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {body['token']}")
    assert me.status_code == 200
    assert me.json()["email"] == "alex@example.test"


def test_signup_duplicate_email_is_409_case_insensitively(api_client, make_user):
    make_user("patient", email="alex@example.test")
    response = api_client.post("/api/v1/auth/signup/", SIGNUP, format="json")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "email_taken"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"password": "12345678901"}, "password"),
        ({"password": "short"}, "password"),
        ({"email": "not-an-email"}, "email"),
        ({"date_of_birth": "2999-01-01"}, "date_of_birth"),
        ({"date_of_birth": "1850-01-01"}, "date_of_birth"),
        ({"sex": "robot"}, "sex"),
        ({"phone": "call me maybe"}, "phone"),
        ({"full_name": "x" * 151}, "full_name"),
        ({"full_name": "nul\x00byte"}, "full_name"),
    ],
)
def test_signup_rejects_bad_fields_with_field_errors(api_client, change, field):
    from healthsvc.models import User

    response = api_client.post("/api/v1/auth/signup/", {**SIGNUP, **change}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"]
    assert not User.objects.filter(email="alex@example.test").exists()  # nothing half-written


def test_signup_missing_fields_lists_each(api_client):
    response = api_client.post("/api/v1/auth/signup/", {}, format="json")
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) >= {"email", "password", "full_name", "date_of_birth", "sex"}


def test_token_with_right_and_wrong_password(api_client, make_user):
    make_user("nurse", email="nurse@example.test", password="right password here")
    ok = api_client.post("/api/v1/auth/token/", {"email": "NURSE@example.test", "password": "right password here"})
    assert ok.status_code == 200
    assert len(ok.json()["token"]) == 64 and ok.json()["expiry"]  # knox: 64 hex characters, expiring
    wrong = api_client.post("/api/v1/auth/token/", {"email": "nurse@example.test", "password": "wrong"})
    assert wrong.status_code == 400
    assert wrong.json()["error"]["code"] == "invalid_credentials"


def test_me_needs_authentication(api_client):
    response = api_client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_me_shows_staff_roles_without_profile(client_for, make_user):
    response = client_for(make_user("clinician")).get("/api/v1/me/")
    assert response.json()["roles"] == ["clinician"]
    assert response.json()["patient_profile"] is None


def test_me_rejects_a_bad_token(api_client):
    response = api_client.get("/api/v1/me/", HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


def test_auth_endpoints_are_throttled(api_client):
    codes = [
        api_client.post("/api/v1/auth/token/", {"email": "a@b.test", "password": "x"}).status_code for _ in range(12)
    ]
    assert codes[-1] == 429
    response = api_client.post("/api/v1/auth/token/", {"email": "a@b.test", "password": "x"})
    assert response.json()["error"]["code"] == "throttled"
    assert "Retry-After" in response.headers


def test_the_oldest_accepted_profile_can_still_start_a_symptom_check(api_client):
    """Sign-up and the triage engine agree on the age limit (120 years)."""
    import datetime as dt

    from django.utils import timezone

    too_old = timezone.localdate() - dt.timedelta(days=int(120 * 365.25))
    response = api_client.post("/api/v1/auth/signup/", {**SIGNUP, "date_of_birth": too_old.isoformat()}, format="json")
    assert response.status_code == 400
    oldest = too_old + dt.timedelta(days=2)
    response = api_client.post("/api/v1/auth/signup/", {**SIGNUP, "date_of_birth": oldest.isoformat()}, format="json")
    assert response.status_code == 201
    token = response.json()["token"]
    check = api_client.post(
        "/api/v1/triage/records/",
        {"answers": {"complaint": "sore_throat", "pain": 2, "onset": "gradual", "duration": "1_7d"}},
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
    )
    assert check.status_code == 202, check.content
