"""The account pages in a real browser, on a 375 px phone screen."""

import re

import pytest
from django.core import mail

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_patient_signs_up_signs_out_and_in_on_a_phone(live_server, page):
    page.goto(f"{live_server.url}/accounts/signup/")
    assert no_horizontal_scroll(page)
    page.get_by_label("Full name").fill("Phone Person")
    page.get_by_label("Email").fill("phone@example.test")
    page.get_by_label("Date of birth").fill("1990-05-06")
    page.get_by_label("Sex").select_option("male")
    page.get_by_label("Password").fill("a long enough passphrase")
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your email").wait_for()
    assert no_horizontal_scroll(page)
    link = re.search(r"(/accounts/signup/confirm/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(f"{live_server.url}{link}")
    page.get_by_role("button", name="Confirm and sign in").click()
    page.get_by_role("heading", name="Hello, Phone").wait_for()
    assert page.get_by_role("link", name="Start a symptom check").is_visible()
    assert no_horizontal_scroll(page)

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Get the right care, at the right time").wait_for()
    page.get_by_role("link", name="Sign in").first.click()
    page.get_by_label("Email").fill("phone@example.test")
    page.get_by_label("Password").fill("a long enough passphrase")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Hello, Phone").wait_for()


def test_keyboard_focus_is_visible(live_server, page):
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("h1").click()  # give the document focus, as a user's first click would
    for _ in range(4):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement !== document.body")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("none", ""), page.evaluate("document.activeElement.outerHTML")


def test_signup_errors_are_announced_next_to_fields(live_server, page):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_role("button", name="Create account").click()
    assert page.locator("#id_email_error").is_visible()
    assert page.locator("#id_password_error").is_visible()


def test_the_browser_tells_the_server_its_time_zone(live_server, browser, make_user):
    """Issue 10, item 7: times in the person's zone; the browser reports it once, after sign-in."""
    import time

    user = make_user("patient", email="tz@example.test", password="a long enough passphrase")
    context = browser.new_context(viewport={"width": 375, "height": 812}, timezone_id="Asia/Tokyo")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Email").fill("tz@example.test")
        page.get_by_label("Password").fill("a long enough passphrase")
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("heading", name="Hello").first.wait_for()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            user.refresh_from_db()
            if user.time_zone:
                break
            time.sleep(0.1)
        assert user.time_zone == "Asia/Tokyo"
    finally:
        context.close()


def test_the_api_docs_load_under_the_content_security_policy(live_server, page):
    """Swagger UI from this origin (drf-spectacular-sidecar), started by a file, not an inline script."""
    refused = []
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.goto(f"{live_server.url}/api/docs/")
    page.get_by_text("healthsvc API").first.wait_for(timeout=15_000)
    assert refused == []
