"""Demo accounts for `make run`. Never loaded by migrations, only by `manage.py seed_demo`."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group
from django.db import transaction

from healthsvc.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from healthsvc.models import Dependant, PatientProfile, Relationship, User
from healthsvc.roles import Role


@transaction.atomic
def seed_demo_accounts() -> list[User]:
    """Create (or leave as they are) the demo accounts. Safe to run any number of times."""
    users = []
    for email, role, _label, full_name, is_staff in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                full_name=full_name,
                is_staff=is_staff,
                is_superuser=role == Role.ADMIN,
            )
        user.groups.add(Group.objects.get(name=role))
        if role == Role.PATIENT:
            PatientProfile.objects.get_or_create(
                user=user,
                defaults={"date_of_birth": dt.date(1988, 4, 12), "sex": "female", "phone": "+44 20 7946 0000"},
            )
            # The demo patient has a young child, so a parent's check (a baby with a fever) can be tried.
            Dependant.objects.get_or_create(
                guardian=user,
                full_name="Milo Patient",
                defaults={
                    "date_of_birth": dt.date.today() - dt.timedelta(days=int(2.5 * 365.25)),
                    "sex": "male",
                    "relationship": Relationship.CHILD,
                },
            )
        users.append(user)
    return users
