"""Reads of the core."""

from __future__ import annotations

import datetime as dt

from django.db.models import F, Q, QuerySet
from django.db.models.functions import Greatest

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


# --- exports (healthsvc/fhir/bulk.py): every row, no reader's visibility rule; the caller audits ------------
def last_changed_between(queryset: QuerySet, *fields: str, since: dt.datetime, until: dt.datetime | None = None):
    """`queryset` narrowed to rows last changed in [since, until): the latest of the time `fields` (a row
    records each change of state in its own column; PostgreSQL's GREATEST skips the empty ones)."""
    changed = Greatest(*fields) if len(fields) > 1 else F(fields[0])
    queryset = queryset.alias(last_changed=changed).filter(last_changed__gte=since)
    return queryset.filter(last_changed__lt=until) if until is not None else queryset


def _pk_in_any(id_querysets) -> Q:
    among = Q(pk__in=[])
    for ids in id_querysets:
        among |= Q(pk__in=ids)
    return among


def patient_accounts_among(*id_querysets: QuerySet) -> QuerySet[User]:
    """Patient accounts whose id is in any of these subqueries (each `.values("patient_id")`), by id."""
    accounts = User.objects.filter(_pk_in_any(id_querysets), patient_profile__isnull=False)
    return accounts.select_related("patient_profile").order_by("pk")


def dependants_among(*id_querysets: QuerySet) -> QuerySet[Dependant]:
    """Dependants whose id is in any of these subqueries (each `.values("dependant_id")`), with their guardian."""
    return Dependant.objects.filter(_pk_in_any(id_querysets)).select_related("guardian").order_by("pk")
