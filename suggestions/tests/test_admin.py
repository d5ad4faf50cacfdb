"""Admin: content is searchable, filterable and edited through the service; recommendations are read-only."""

from __future__ import annotations

import pytest

from suggestions.choices import ContentOrigin
from suggestions.models import SuggestionContent

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user("admin", is_superuser=True))
    return client


def test_content_changelist_searches_and_filters(admin_client):
    url = "/admin/suggestions/suggestioncontent/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.get(url, {"q": "sore_throat"})
    assert response.status_code == 200 and "Sore throat" in response.content.decode()
    assert admin_client.get(url, {"disposition": "routine", "complaint": "any"}).status_code == 200
    assert admin_client.get(url, {"complaint": "headache"}).status_code == 200


def test_content_is_edited_one_line_per_item(admin_client):
    row = SuggestionContent.objects.get(complaint_code="headache", disposition="self_care")
    url = f"/admin/suggestions/suggestioncontent/{row.pk}/change/"
    form = admin_client.get(url)
    assert form.status_code == 200 and "Drink plenty of water, and rest." in form.content.decode()
    response = admin_client.post(
        url,
        {
            "complaint_code": "headache",
            "disposition": "self_care",
            "headline": "Most headaches are not serious",
            "summary": "",
            "care_instructions": "Drink water.\n\n  Rest.  \n",
            "warning_signs": "Call {emergency_number} if it came on suddenly and is extremely painful.",
            "source": "NHS: Headaches",
            "source_url": "https://www.nhs.uk/conditions/headaches/",
        },
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.care_instructions == ["Drink water.", "Rest."]
    assert row.origin == ContentOrigin.EDITED and row.updated_by is not None


def test_invalid_content_is_refused_in_the_form(admin_client):
    response = admin_client.post(
        "/admin/suggestions/suggestioncontent/add/",
        {"complaint_code": "", "disposition": "self_care", "care_instructions": "", "warning_signs": "", "source": ""},
    )
    assert response.status_code == 200 and "errorlist" in response.content.decode()


def test_recommendations_are_read_only_with_their_interactions(admin_client, recommendation):
    assert admin_client.get("/admin/suggestions/recommendation/").status_code == 200
    page = admin_client.get(f"/admin/suggestions/recommendation/{recommendation.pk}/change/")
    assert page.status_code == 200 and "Check my symptoms again" in page.content.decode()
    assert admin_client.get("/admin/suggestions/recommendation/add/").status_code == 403
    interaction = recommendation.interactions.first()
    assert admin_client.get(f"/admin/suggestions/interaction/{interaction.pk}/change/").status_code == 200
