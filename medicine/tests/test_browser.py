"""The catalogue pages in a real browser, on a 375 px phone screen."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_patient_searches_and_opens_a_medicine_on_a_phone(live_server, page, make_user):
    from medicine.services import catalogue_load

    catalogue_load()  # a transactional test starts from a flushed database
    make_user("patient", email="reader@example.test", password="a long enough passphrase")

    page.goto(f"{live_server.url}/medicines/")
    page.get_by_label("Email").fill("reader@example.test")
    page.get_by_label("Password").fill("a long enough passphrase")
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("heading", name="Medicine information").wait_for()
    page.get_by_label("Search medicines").fill("ibuprofen")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("heading", name="results for “ibuprofen”").wait_for()
    assert no_horizontal_scroll(page)

    page.get_by_role("link", name="Ibuprofen 200 mg tablets").click()
    page.get_by_role("heading", name="Ibuprofen 200 mg tablets", level=1).wait_for()
    assert page.get_by_text("This is information, not a prescription.", exact=True).is_visible()
    assert page.get_by_role("heading", name="How much to take").is_visible()
    assert page.get_by_role("link", name="NHS Medicines A-Z: Ibuprofen for adults").is_visible()
    assert no_horizontal_scroll(page)
