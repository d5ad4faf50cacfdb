"""A patient asks to be contacted and a nurse takes it, both on a phone-sized screen in a real browser."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long enough passphrase"


def sign_in(page, live_server, email):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Hello").first.wait_for()


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_patient_asks_and_the_nurse_accepts_and_completes(live_server, page, browser, make_user, make_triage,
                                                          make_worker):  # fmt: skip
    patient = make_user("patient", email="walk@example.test", password=PASSWORD, full_name="Wendy Walker")
    record = make_triage(patient, disposition="urgent")
    worker = make_worker("nurse", full_name="Nora Nightingale")
    worker.user.email = "nora@example.test"
    worker.user.set_password(PASSWORD)
    worker.user.save()

    sign_in(page, live_server, "walk@example.test")
    page.goto(f"{live_server.url}/workers/contact/new/?record={record.pk}")
    page.get_by_label("Video call").check()
    page.get_by_role("button", name="Ask to be contacted").click()
    page.get_by_role("heading", name="A health worker will contact you").wait_for()
    assert "Nora" in page.content()
    assert fits_the_screen(page)

    nurse_context = browser.new_context(viewport={"width": 375, "height": 812})
    try:
        nurse = nurse_context.new_page()
        nurse.set_default_timeout(10_000)
        sign_in(nurse, live_server, "nora@example.test")
        nurse.goto(f"{live_server.url}/workers/requests/")
        nurse.get_by_role("heading", name="Wendy Walker").wait_for()
        assert fits_the_screen(nurse)
        nurse.get_by_role("button", name="Accept and contact now").click()
        nurse.get_by_text("Accepted: contact the patient now.").wait_for()
        nurse.get_by_label("Note (optional)").fill("Advised fluids and rest")
        nurse.get_by_role("button", name="Mark as completed").click()
        nurse.get_by_text("Nothing assigned to you right now.").wait_for()
        assert fits_the_screen(nurse)
    finally:
        nurse_context.close()

    page.reload()
    page.get_by_role("heading", name="Done").wait_for()
