"""Sign-up, token and /me: the happy paths and their errors, in the one error shape."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "Alex@Example.test",
    "password": "a sturdy passphrase 42",
    "full_name": "Alex Example",
    "date_of_birth": "1985-06-01",
    "sex": "male",
    "phone": "+44 7700 900123",
}


def confirm_link(message) -> str:
    return re.search(r"http://testserver(/accounts/signup/confirm/\S+/)", message.body).group(1)


def test_signup_emails_a_link_that_creates_the_patient_then_a_token_works(api_client, client):
    response = api_client.post("/api/v1/auth/signup/", SIGNUP, format="json")
    assert response.status_code == 202, response.content
    assert "email" in response.json()["detail"]
    assert "token" not in response.json()
    refused = api_client.post("/api/v1/auth/token/", {"email": SIGNUP["email"], "password": SIGNUP["password"]})
    assert refused.status_code == 400  # not confirmed yet: the same answer as a wrong password
    [message] = mail.outbox
    assert message.to == ["alex@example.test"]
    link = confirm_link(message)
    assert client.get(link).status_code == 200  # a mail scanner's GET confirms nothing
    assert client.post(link).status_code == 302
    token = api_client.post("/api/v1/auth/token/", {"email": SIGNUP["email"], "password": SIGNUP["password"]})
    assert token.status_code == 200
    me = api_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token.json()['token']}")
    assert me.json()["email"] == "alex@example.test"
    assert me.json()["roles"] == ["patient"]
    assert me.json()["patient_profile"]["date_of_birth"] == "1985-06-01"
    assert client.post(link).status_code == 400  # used once


def test_signup_does_not_reveal_a_taken_address(api_client, make_user):
    """OWASP account enumeration: the same status and body for a taken address (any case) and a new one;
    only the inbox learns the difference."""
    from healthsvc.models import User

    make_user("patient", email="alex@example.test", password="the owner's own password")
    taken = api_client.post("/api/v1/auth/signup/", SIGNUP, format="json")
    fresh = api_client.post("/api/v1/auth/signup/", {**SIGNUP, "email": "new@example.test"}, format="json")
    assert (taken.status_code, taken.json()) == (fresh.status_code, fresh.json()) == (202, taken.json())
    exists_mail, confirm_mail = mail.outbox
    assert exists_mail.to == ["alex@example.test"] and "already has one" in exists_mail.body
    assert "/accounts/password_reset/" in exists_mail.body and "/signup/confirm/" not in exists_mail.body
    assert confirm_mail.to == ["new@example.test"] and "/signup/confirm/" in confirm_mail.body
    owner = User.objects.get(email="alex@example.test")
    assert owner.check_password("the owner's own password") and owner.is_active  # nothing changed


def test_signing_up_again_before_confirming_resends_the_link(api_client, client):
    api_client.post("/api/v1/auth/signup/", SIGNUP, format="json")
    api_client.post("/api/v1/auth/signup/", {**SIGNUP, "password": "another sturdy passphrase"}, format="json")
    _first, second = mail.outbox
    assert "/signup/confirm/" in second.body
    assert client.post(confirm_link(second)).status_code == 302


def test_a_confirmation_link_cannot_reset_a_password(client, make_user):
    """The link's token has its own salt: a password-reset token for the same user does not confirm."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from healthsvc.services import patient_signup

    user = patient_signup(
        email="p@example.test",
        password="x sturdy pass 1",
        full_name="P",
        date_of_birth="1990-01-01",
        sex="male",
        pending=True,
    )
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    assert client.post(f"/accounts/signup/confirm/{uid}/{default_token_generator.make_token(user)}/").status_code == 400


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


def test_the_oldest_accepted_profile_can_still_start_a_symptom_check(api_client, client):
    """Sign-up and the triage engine agree on the age limit (120 years)."""
    import datetime as dt

    from django.utils import timezone

    too_old = timezone.localdate() - dt.timedelta(days=int(120 * 365.25))
    response = api_client.post("/api/v1/auth/signup/", {**SIGNUP, "date_of_birth": too_old.isoformat()}, format="json")
    assert response.status_code == 400
    oldest = too_old + dt.timedelta(days=2)
    response = api_client.post("/api/v1/auth/signup/", {**SIGNUP, "date_of_birth": oldest.isoformat()}, format="json")
    assert response.status_code == 202
    assert client.post(confirm_link(mail.outbox[-1])).status_code == 302
    token = api_client.post("/api/v1/auth/token/", {"email": SIGNUP["email"], "password": SIGNUP["password"]})
    token = token.json()["token"]
    check = api_client.post(
        "/api/v1/triage/records/",
        {"answers": {"complaint": "sore_throat", "pain": 2, "onset": "gradual", "duration": "1_7d"}},
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
    )
    assert check.status_code == 202, check.content
