"""Content-Security-Policy with no 'unsafe-inline' (issue 12, item 6): the header on every page, and no
template that would need it (no inline script, style attribute or event handler)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/accounts/signup/", "/triage/", "/er/"])
def test_pages_carry_a_strict_policy(client, make_user, path):
    client.force_login(make_user("patient"))
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_the_api_docs_allow_inline_styles_only(client):
    policy = client.get("/api/docs/")["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "script-src 'self';" in policy + ";" and "unsafe-eval" not in policy


def test_no_template_needs_unsafe_inline():
    offenders = []
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text):
            offenders.append(f"{template}: inline <script>")
        if re.search(r"\sstyle=\"", text) or "<style" in text:
            offenders.append(f"{template}: inline style")
        if re.search(r"\son[a-z]+=\"", text):
            offenders.append(f"{template}: inline event handler")
    assert offenders == []
