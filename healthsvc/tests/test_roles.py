"""The five roles exist as groups, with the permissions the apps declare."""

import pytest
from django.contrib.auth.models import Group

from healthsvc.roles import Role, declared_role_permissions

pytestmark = pytest.mark.django_db


def test_every_role_group_exists():
    assert set(Group.objects.values_list("name", flat=True)) >= {role.value for role in Role}


def test_group_permissions_match_the_declarations():
    for role, dotted in declared_role_permissions().items():
        if role == Role.ADMIN:
            continue
        group = Group.objects.get(name=role)
        have = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
        assert have == dotted, role


def test_admin_role_has_every_permission():
    from django.contrib.auth.models import Permission

    assert Group.objects.get(name=Role.ADMIN).permissions.count() == Permission.objects.count()


def test_staff_can_view_patient_profiles_patients_cannot(make_user):
    assert make_user("nurse").has_perm("healthsvc.view_patientprofile")
    assert not make_user("patient").has_perm("healthsvc.view_patientprofile")


def test_admin_site_lists_users_with_roles(client, make_user):
    admin = make_user("admin", is_superuser=True)
    make_user("er_staff", email="desk@example.test")
    client.force_login(admin)
    response = client.get("/admin/healthsvc/user/")
    assert response.status_code == 200
    assert "desk@example.test" in response.content.decode()
    assert "er_staff" in response.content.decode()


def test_reading_accounts_in_the_admin_is_audited_per_person(client, make_user):
    from healthsvc.models import AuditEvent

    admin = make_user("admin", is_superuser=True)
    patient = make_user("patient", email="pat@example.test")
    client.force_login(admin)

    client.get("/admin/healthsvc/user/")
    listed = AuditEvent.objects.filter(action="read", object_type="user")
    assert set(listed.values_list("patient_id", flat=True)) == {admin.pk, patient.pk}
    assert set(listed.values_list("actor_id", flat=True)) == {admin.pk}

    client.get(f"/admin/healthsvc/user/{patient.pk}/change/")
    detail = AuditEvent.objects.filter(action="read", object_type="user", object_id=str(patient.pk))
    assert detail.count() == 2  # the list row, then the detail page
    assert set(detail.values_list("patient_id", flat=True)) == {patient.pk}
