"""API tokens that can be trusted (issue 12, item 2): hashed at rest, expiring, listable and revocable by
their owner, revoked by a password change or a closed account."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone
from knox.models import AuthToken

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def issue(api_client, email):
    response = api_client.post("/api/v1/auth/token/", {"email": email, "password": PASSWORD}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def me(api_client, token):
    return api_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token}").status_code


def test_a_token_is_stored_hashed_and_has_an_expiry(api_client, make_user):
    make_user("patient", email="t@example.test", password=PASSWORD)
    body = issue(api_client, "t@example.test")
    assert me(api_client, body["token"]) == 200 and body["expiry"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT digest, token_key FROM knox_authtoken")
        rows = cursor.fetchall()
    assert rows and all(body["token"] not in digest for digest, _key in rows)
    assert all(len(key) < len(body["token"]) for _digest, key in rows)  # only a prefix is kept in clear


def test_an_expired_token_no_longer_works(api_client, make_user):
    make_user("patient", email="e@example.test", password=PASSWORD)
    token = issue(api_client, "e@example.test")["token"]
    AuthToken.objects.update(expiry=timezone.now() - dt.timedelta(seconds=1))
    assert me(api_client, token) == 401


def test_owners_list_and_revoke_their_tokens_and_nobody_elses(api_client, make_user):
    make_user("patient", email="a@example.test", password=PASSWORD)
    make_user("patient", email="b@example.test", password=PASSWORD)
    first, second = issue(api_client, "a@example.test")["token"], issue(api_client, "a@example.test")["token"]
    other = issue(api_client, "b@example.test")["token"]
    listed = api_client.get("/api/v1/auth/tokens/", HTTP_AUTHORIZATION=f"Token {first}").json()
    assert len(listed) == 2 and all(first not in str(item) and second not in str(item) for item in listed)
    other_key = AuthToken.objects.get(user__email="b@example.test").token_key
    assert (
        api_client.delete(f"/api/v1/auth/tokens/{other_key}/", HTTP_AUTHORIZATION=f"Token {first}").status_code == 404
    )
    assert me(api_client, other) == 200
    second_key = AuthToken.objects.get(user__email="a@example.test", token_key=second[: len(other_key)]).token_key
    assert (
        api_client.delete(f"/api/v1/auth/tokens/{second_key}/", HTTP_AUTHORIZATION=f"Token {first}").status_code == 204
    )
    assert me(api_client, second) == 401 and me(api_client, first) == 200


def test_a_password_change_or_a_closed_account_revokes_every_token(api_client, make_user):
    user = make_user("patient", email="p@example.test", password=PASSWORD)
    token = issue(api_client, "p@example.test")["token"]
    user.set_password("another long passphrase")
    user.save()
    assert me(api_client, token) == 401
    user.set_password(PASSWORD)
    user.save()
    token = issue(api_client, "p@example.test")["token"]
    user.is_active = False
    user.save()
    assert not AuthToken.objects.filter(user=user).exists()
