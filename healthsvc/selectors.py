"""Reads of the core."""

from __future__ import annotations

from healthsvc.models import User


def user_with_roles(*, user_id: int) -> User:
    return User.objects.select_related("patient_profile").prefetch_related("groups").get(pk=user_id)
