"""Reads of the core."""

from __future__ import annotations

from healthsvc.errors import NotFound
from healthsvc.models import Dependant, User


def user_with_roles(*, user_id: int) -> User:
    return User.objects.select_related("patient_profile").prefetch_related("groups").get(pk=user_id)


def dependants_of(*, user: User):
    """The people this account holder fills in checks for (nobody else's)."""
    return Dependant.objects.filter(guardian_id=user.pk)


def dependant_of(*, user: User, dependant_id) -> Dependant:
    """One of this account holder's dependants; anyone else's (or none) is "not found", never "forbidden"."""
    if not isinstance(dependant_id, int) or isinstance(dependant_id, bool):
        raise NotFound("dependant_not_found", "No such person in your account.")
    dependant = dependants_of(user=user).filter(pk=dependant_id).first()
    if dependant is None:
        raise NotFound("dependant_not_found", "No such person in your account.")
    return dependant
