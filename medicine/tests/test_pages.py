"""The server-rendered catalogue pages and the admin (Django test client)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, patient):
    client.force_login(patient)
    return client


def test_pages_need_sign_in(client, catalogue):
    for path in ("/medicines/", "/medicines/ibuprofen-tablets/"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_search_page_lists_the_catalogue_and_finds_a_medicine(signed_in, catalogue, django_assert_max_num_queries):
    html = signed_in.get("/medicines/").content.decode()
    assert "Search medicines" in html and "not a prescription" in html
    assert "Aciclovir 5% cold sore cream" in html and "Page 1 of 2" in html

    with django_assert_max_num_queries(10):
        response = signed_in.get("/medicines/", {"q": "hay fever"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cetirizine 10 mg tablets" in html and 'href="/medicines/cetirizine-tablets/"' in html
    assert "Paracetamol 500 mg tablets" not in html

    nothing = signed_in.get("/medicines/", {"q": "zzzz"}).content.decode()
    assert "No medicine in our catalogue matches" in nothing


@pytest.mark.parametrize("query", ["bad\x00query", "x" * 101])
def test_search_page_rejects_bad_queries(signed_in, catalogue, query):
    response = signed_in.get("/medicines/", {"q": query})
    assert response.status_code == 400
    assert 'id="id_q_error"' in response.content.decode()


def test_detail_page_shows_dosing_cautions_interactions_and_source(signed_in, catalogue):
    response = signed_in.get("/medicines/ibuprofen-tablets/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Ibuprofen 200 mg tablets</h1>" in html
    assert "This is information, not a prescription." in html
    assert "Ask a pharmacist" in html and "read the label" in html
    assert "1 or 2 tablets (200 to 400 mg)" in html
    assert "a stomach ulcer now or in the past" in html
    assert "Do not take together" in html and "Warfarin" in html
    assert 'href="https://www.nhs.uk/medicines/ibuprofen-for-adults/"' in html
    assert "NHS Medicines A-Z: Ibuprofen for adults" in html


def test_detail_page_unknown_medicine_is_404(signed_in, catalogue):
    assert signed_in.get("/medicines/no-such-thing/").status_code == 404


def test_admin_lists_and_searches_the_catalogue(client, make_user, catalogue):
    admin_user = make_user("admin", is_superuser=True)
    client.force_login(admin_user)
    for path in (
        "/admin/medicine/medicine/?q=ibuprofen",
        "/admin/medicine/medicine/?otc__exact=1&form__exact=tablet",
        "/admin/medicine/interaction/?q=warfarin&severity__exact=avoid",
        "/admin/medicine/ingredient/?q=sertraline",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
    from medicine.models import Medicine

    medicine = Medicine.objects.get(slug="ibuprofen-tablets")
    page = client.get(f"/admin/medicine/medicine/{medicine.pk}/change/").content.decode()
    assert "headache" in page  # the indications inline


@pytest.mark.parametrize("role", ["nurse", "clinician"])
def test_nurses_and_clinicians_may_read_but_not_change_the_catalogue(client, make_user, catalogue, role):
    client.force_login(make_user(role))
    assert client.get("/admin/medicine/medicine/").status_code == 200
    assert client.get("/admin/medicine/interaction/").status_code == 200
    assert client.get("/admin/medicine/medicine/add/").status_code == 403


def test_er_staff_cannot_open_the_catalogue_admin(client, make_user, catalogue):
    client.force_login(make_user("er_staff"))
    assert client.get("/admin/medicine/medicine/").status_code == 403
