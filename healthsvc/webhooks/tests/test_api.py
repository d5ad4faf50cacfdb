"""POST/GET/DELETE /api/v1/webhooks/subscriptions/: who may, what is shown (the secret once), the error shape."""

from __future__ import annotations

import pytest

from healthsvc.webhooks.models import WebhookSubscription

pytestmark = pytest.mark.django_db

URL = "/api/v1/webhooks/subscriptions/"
BODY = {"name": "Hospital PAS", "url": "https://93.184.216.34/hooks", "event_types": ["booking.called"]}


def test_anonymous_is_401_and_a_patient_or_er_staff_is_403(api_client, client_for, make_user):
    assert api_client.get(URL).status_code == 401
    for role in ("patient", "er_staff", "nurse"):
        response = client_for(make_user(role)).post(URL, BODY, format="json")
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "permission_denied"
    assert not WebhookSubscription.objects.exists()


def test_an_integrator_subscribes_and_sees_the_secret_once(client_for, integrator):
    client = client_for(integrator)
    created = client.post(URL, {**BODY, "secret": "s" * 32}, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["secret"] == "s" * 32
    assert body["event_types"] == ["booking.called"] and body["paused"] is False
    listed = client.get(URL).json()
    assert listed["count"] == 1 and "secret" not in listed["results"][0]
    detail = client.get(f"{URL}{body['id']}/").json()
    assert "secret" not in detail and detail["url"] == BODY["url"]


def test_without_a_secret_one_is_made_and_an_idempotency_key_replays_it(client_for, integrator):
    client = client_for(integrator)
    first = client.post(URL, BODY, format="json", HTTP_IDEMPOTENCY_KEY="sub-1")
    again = client.post(URL, BODY, format="json", HTTP_IDEMPOTENCY_KEY="sub-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["secret"].startswith("whsec_") and again.json() == first.json()
    bad_key = client.post(URL, BODY, format="json", HTTP_IDEMPOTENCY_KEY="no spaces")
    assert bad_key.status_code == 400 and bad_key.json()["error"]["code"] == "invalid_idempotency_key"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://93.184.216.34/hooks", "https"),
        ("https://10.0.0.5/hooks", "private address"),
        ("https://169.254.169.254/latest", "link-local"),
        ("https://[::1]/hooks", "loopback"),
        ("https://localhost/hooks", "loopback"),
    ],
)
def test_a_refused_address_is_a_400_naming_the_reason(client_for, integrator, url, reason):
    response = client_for(integrator).post(URL, {**BODY, "url": url}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and reason in error["fields"]["url"][0]


def test_bad_bodies_are_400s_in_the_error_shape(client_for, integrator):
    client = client_for(integrator)
    for body, field in [
        ({**BODY, "event_types": []}, "event_types"),
        ({**BODY, "event_types": ["booking.teleported"]}, "event_types.0"),
        ({**BODY, "secret": "short"}, "secret"),
        ({**BODY, "url": 7}, "url"),
        ({**BODY, "url": "not a url"}, "url"),
    ]:
        response = client.post(URL, body, format="json")
        assert response.status_code == 400, body
        assert field in response.json()["error"]["fields"], response.json()


def test_integrators_see_only_their_own_and_admins_see_all(client_for, integrator, make_user):
    from django.contrib.auth.models import Permission

    other = make_user("patient")
    other.user_permissions.add(Permission.objects.get(codename="manage_webhooks"))
    theirs = client_for(integrator).post(URL, BODY, format="json").json()["id"]
    other_client = client_for(other)
    assert other_client.get(URL).json()["count"] == 0
    assert other_client.get(f"{URL}{theirs}/").status_code == 404
    assert other_client.delete(f"{URL}{theirs}/").status_code == 404
    assert other_client.post(f"{URL}{theirs}/resume/").status_code == 404
    assert client_for(make_user("admin")).get(URL).json()["count"] == 1


def test_delete_then_it_is_gone(client_for, integrator):
    client = client_for(integrator)
    subscription_id = client.post(URL, BODY, format="json").json()["id"]
    assert client.delete(f"{URL}{subscription_id}/").status_code == 204
    assert client.get(f"{URL}{subscription_id}/").status_code == 404
    assert client.delete(f"{URL}{subscription_id}/").status_code == 404
    assert client.get(f"{URL}{2**63}/").status_code == 404  # past bigint: still a 404, not a 500


def test_resume_clears_a_pause(client_for, integrator):
    from healthsvc.webhooks.services import subscription_pause

    client = client_for(integrator)
    subscription_id = client.post(URL, BODY, format="json").json()["id"]
    subscription_pause(actor=integrator, subscription_id=subscription_id, reason="receiver down")
    paused = client.get(f"{URL}{subscription_id}/").json()
    assert paused["paused"] is True and paused["paused_reason"] == "receiver down"
    resumed = client.post(f"{URL}{subscription_id}/resume/")
    assert resumed.status_code == 200
    assert resumed.json()["paused"] is False and resumed.json()["paused_reason"] == ""
    assert client.post(f"{URL}{subscription_id}/resume/").status_code == 200  # resuming again changes nothing


def test_an_account_at_its_limit_gets_409(client_for, integrator, settings):
    settings.WEBHOOK_MAX_SUBSCRIPTIONS_PER_ACCOUNT = 1
    client = client_for(integrator)
    assert client.post(URL, BODY, format="json").status_code == 201
    response = client.post(URL, BODY, format="json")
    assert response.status_code == 409 and response.json()["error"]["code"] == "too_many_subscriptions"
