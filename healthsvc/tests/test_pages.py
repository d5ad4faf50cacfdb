"""Sign-up, sign-in, sign-out, password change and reset, and the landing page."""

import re

import pytest

pytestmark = pytest.mark.django_db

SIGNUP_FORM = {
    "full_name": "Robin Page",
    "email": "robin@example.test",
    "date_of_birth": "1979-02-03",
    "sex": "female",
    "phone": "",
    "password": "a long enough passphrase",
}


def without_csrf_tokens(content: bytes) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken"', content.decode())


def test_signup_page_emails_a_link_that_signs_the_new_patient_in(client, mailoutbox):
    response = client.post("/accounts/signup/", SIGNUP_FORM)
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    link = re.search(r"http://testserver(/accounts/signup/confirm/\S+/)", mailoutbox[0].body).group(1)
    assert "Confirm and sign in" in client.get(link).content.decode()
    assert client.post(link).status_code == 302
    home = client.get("/")
    assert "Start a symptom check" in home.content.decode()


def test_signup_page_shows_errors_next_to_fields(client):
    response = client.post("/accounts/signup/", {**SIGNUP_FORM, "password": "123", "email": "nope"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_password_error"' in html
    assert 'id="id_email_error"' in html


def test_signup_page_answers_a_taken_address_like_a_new_one(client, make_user, mailoutbox):
    make_user("patient", email="robin@example.test")
    taken = client.post("/accounts/signup/", SIGNUP_FORM)
    fresh = client.post("/accounts/signup/", {**SIGNUP_FORM, "email": "someone.new@example.test"})
    assert taken.status_code == fresh.status_code == 200
    assert "already" not in taken.content.decode()
    # The same page either way; only the language switcher's per-response CSRF token differs.
    assert without_csrf_tokens(taken.content) == without_csrf_tokens(fresh.content)
    assert "already has one" in mailoutbox[0].body


def test_a_broken_confirmation_link_explains_what_to_do(client):
    response = client.get("/accounts/signup/confirm/MTIz/not-a-token/")
    assert response.status_code == 400
    assert "sign up again" in response.content.decode()


def test_sign_in_and_out(client, make_user):
    make_user("patient", email="in@example.test", password="a long enough passphrase")
    response = client.post("/accounts/login/", {"username": "IN@example.test", "password": "a long enough passphrase"})
    assert response.status_code == 302
    assert client.get("/").context["account"].email == "in@example.test"
    client.post("/accounts/logout/")
    assert client.get("/").context["account"] is None


def test_password_change(client, make_user):
    user = make_user("patient", password="old passphrase here")
    client.force_login(user)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": "old passphrase here",
            "new_password1": "brand new passphrase",
            "new_password2": "brand new passphrase",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand new passphrase")


def test_password_reset_sends_a_working_link(client, make_user, mailoutbox):
    user = make_user("patient", email="reset@example.test")
    client.post("/accounts/password_reset/", {"email": "reset@example.test"})
    assert len(mailoutbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mailoutbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "reset passphrase ok", "new_password2": "reset passphrase ok"},
    )
    user.refresh_from_db()
    assert user.check_password("reset passphrase ok")


def test_staff_landing_page_points_to_admin(client, make_user):
    client.force_login(make_user("er_staff"))
    assert "/admin/" in client.get("/").content.decode()


def test_unknown_page_is_html_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "could not find" in response.content.decode()
