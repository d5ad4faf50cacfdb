"""Shared API permission classes and request helpers."""

from __future__ import annotations

import re

from drf_spectacular.utils import OpenApiParameter
from rest_framework.permissions import BasePermission

from healthsvc.errors import Invalid

IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"
_KEY_PATTERN = re.compile(IDEMPOTENCY_KEY_PATTERN)


def idempotency_parameter(description: str) -> OpenApiParameter:
    """The optional Idempotency-Key header of a create, as the schema documents it."""
    return OpenApiParameter(
        IDEMPOTENCY_KEY_HEADER,
        str,
        OpenApiParameter.HEADER,
        required=False,
        pattern=IDEMPOTENCY_KEY_PATTERN,
        description=description,
    )


class HasRole(BasePermission):
    """Allow users holding any of the given roles (superusers always). Use HasRole.of("nurse", ...)."""

    roles: tuple[str, ...] = ()
    message = "Your role does not allow this."

    @classmethod
    def of(cls, *roles: str) -> type[HasRole]:
        return type(f"HasRole_{'_'.join(roles)}", (cls,), {"roles": roles})

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and (user.is_superuser or user.has_role(*self.roles)))


def idempotency_key_from(request) -> str:
    """The Idempotency-Key header, validated; "" when absent."""
    key = request.headers.get(IDEMPOTENCY_KEY_HEADER, "")
    if key and not _KEY_PATTERN.match(key):
        raise Invalid(
            "invalid_idempotency_key",
            "Idempotency-Key must be 1-128 letters, digits or . _ : -",
            fields={IDEMPOTENCY_KEY_HEADER: ["Invalid format."]},
        )
    return key
