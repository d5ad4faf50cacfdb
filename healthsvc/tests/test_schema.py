"""The OpenAPI schema is generated from the code, is valid OpenAPI 3, and has no warnings."""

import pytest
import yaml
from django.core.management import call_command


@pytest.mark.django_db
def test_schema_is_valid_and_warning_free(tmp_path):
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in (
        "/api/v1/auth/signup/",
        "/api/v1/auth/token/",
        "/api/v1/me/",
        "/api/v1/triage/records/",
        "/api/v1/triage/questionnaire/",
        "/api/v1/triage/records/{record_id}/override/",
    ):
        assert path in paths, path


@pytest.mark.django_db
def test_schema_and_docs_are_served(client):
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
