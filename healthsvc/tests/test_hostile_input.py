"""No 500 for anything a client sends (issue 12, item 4): every POST/PATCH API endpoint gets deep nesting, an
oversize body, lone surrogates and invalid UTF-8, as a signed-in admin (so requests get past permissions)."""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db


def _api_routes(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _api_routes(entry, route)
        elif isinstance(entry, URLPattern) and route.startswith("api/v1/"):
            view = getattr(entry.callback, "cls", None)
            for method in ("post", "patch"):
                if view is not None and hasattr(view, method):
                    yield method, "/" + re.sub(r"<(?:\w+:)?\w+>", "1", route).replace("^", "").replace("$", "")


ROUTES = sorted(set(_api_routes()))
DEEP = "[" * 5000 + "]" * 5000
HOSTILE = {
    "deep nesting": (DEEP.encode(), "application/json", {400}),
    "deep object": (('{"a":' * 3000 + "1" + "}" * 3000).encode(), "application/json", {400}),
    "oversize body": (b'{"x": "' + b"a" * (1024 * 1024 + 10) + b'"}', "application/json", {413}),
    "lone surrogate": (
        b'{"answers": {"complaint": "\\ud800"}, "channel": "\\udfff", "email": "\\ud83d"}',
        "application/json",
        None,
    ),
    "invalid utf-8": (b'{"answers": "\xff\xfe\xfa"}', "application/json", {400}),
}


def test_the_fuzz_reaches_every_write_endpoint():
    assert len(ROUTES) >= 20, ROUTES


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_bodies_get_a_4xx_in_the_error_shape(method, path, kind, make_user, client_for):
    body, content_type, expected = HOSTILE[kind]
    client = client_for(make_user("admin", is_superuser=True))
    response = getattr(client, method)(path, data=body, content_type=content_type)
    assert response.status_code < 500, (path, kind, response.content[:300])
    if response.status_code >= 400 and response.get("Content-Type", "").startswith("application/json"):
        assert "error" in response.json(), response.content[:300]
    if expected is not None and response.status_code not in (401, 403, 404, 405, 429):
        assert response.status_code in expected, (path, kind, response.status_code, response.content[:300])
