"""Every resource type pages the same way: follow `next` from _count=1 and see each match once."""

from __future__ import annotations

import pytest

from healthsvc.fhir.tests.conftest import EMERGENCY, valid
from healthsvc.fhir.tests.test_http import ENDPOINT_TYPES

pytestmark = pytest.mark.django_db


@pytest.fixture
def readers(make_user, make_patient, make_dependant, make_room, make_booking, make_worker):
    """For each resource type, someone who reads at least two of them."""
    patient = make_patient()
    make_dependant(patient, full_name="Ada Example")
    make_dependant(patient, full_name="Bo Example", relationship="parent")
    rooms = [make_room(), make_room()]
    for room in rooms:
        make_booking(room, make_patient(), answers=EMERGENCY)
    make_worker(full_name="Nora One")
    make_worker(full_name="Nia Two")
    admin = make_user("admin")
    return dict.fromkeys(ENDPOINT_TYPES, admin) | {"Patient": patient}


@pytest.mark.parametrize("resource_type", ENDPOINT_TYPES)
def test_following_next_from_count_1_visits_every_match_once(fhir, readers, resource_type):
    client = fhir(readers[resource_type])
    first = valid(client.get(resource_type, {"_count": "1"}).json())
    total = first["total"]
    assert total >= 1 if resource_type == "Questionnaire" else total >= 2
    seen, page, pages = [], first, 0
    while True:
        pages += 1
        assert len(page.get("entry", [])) == 1
        seen.append(page["entry"][0]["resource"]["id"])
        following = next((link["url"] for link in page["link"] if link["relation"] == "next"), None)
        if following is None:
            break
        assert pages < 200, "no end to the pages"
        page = valid(client.api.get(following).json())
        assert page["total"] == total
    assert len(seen) == len(set(seen)) == total
    last = next(link["url"] for link in first["link"] if link["relation"] == "last")
    assert last.endswith(f"_page={total}")
