"""The five roles, as Django groups.

Each app says which of its permissions a role gets through `role_permissions` on its
AppConfig (a role name -> list of "app_label.codename"); `sync_role_permissions` runs
after every migrate, so core code never names a domain model.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import TextChoices


class Role(TextChoices):
    PATIENT = "patient", "Patient"
    NURSE = "nurse", "Nurse"
    CLINICIAN = "clinician", "Clinician"
    ER_STAFF = "er_staff", "ER desk staff"
    ADMIN = "admin", "Administrator"


STAFF_ROLES = frozenset({Role.NURSE, Role.CLINICIAN, Role.ER_STAFF, Role.ADMIN})


def declared_role_permissions() -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {role.value: set() for role in Role}
    for config in apps.get_app_configs():
        for role, perms in getattr(config, "role_permissions", {}).items():
            wanted[role].update(perms)
    return wanted


def sync_role_permissions(**_kwargs) -> None:
    """Give each role group exactly the permissions the apps declare (post_migrate)."""
    from django.contrib.auth.models import Group, Permission

    for role, perms in declared_role_permissions().items():
        group, _ = Group.objects.get_or_create(name=role)
        if role == Role.ADMIN:
            group.permissions.set(Permission.objects.all())
            continue
        wanted = []
        for dotted in sorted(perms):
            app_label, codename = dotted.split(".", 1)
            wanted.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.set(wanted)
