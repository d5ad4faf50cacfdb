"""The audit log cannot be rewritten, and keeps who acted even when their account is deleted (issue 12, item 3)."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from healthsvc.models import AuditEvent, User
from healthsvc.services import audit_record

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE healthsvc_auditevent SET action = 'nothing happened'",
        "DELETE FROM healthsvc_auditevent",
        "TRUNCATE healthsvc_auditevent",
    ],
)
def test_real_sql_cannot_rewrite_or_remove_audit_rows(make_user, sql):
    audit_record(actor=make_user("nurse"), action="read", object_type="triage_record", object_id=1)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL healthsvc.allow_audit_truncate = 'off'")  # as on every real database
        cursor.execute(sql)
    assert AuditEvent.objects.filter(action="read").count() == 1


def test_a_deleted_users_audit_rows_keep_their_id_and_name(make_user):
    nurse = make_user("nurse", full_name="Nora Nurse")
    audit_record(actor=nurse, action="read", object_type="triage_record", object_id=1)
    nurse_id = nurse.pk
    User.objects.filter(pk=nurse_id).delete()
    row = AuditEvent.objects.get(action="read")
    assert row.actor_id == nurse_id and "Nora Nurse" in row.actor_label


def test_deleting_or_deactivating_a_user_in_the_admin_is_audited(make_user, client):
    admin = make_user("admin", is_superuser=True)
    client.force_login(admin)
    closing = make_user("patient", email="closing@example.test")
    client.post(
        f"/admin/healthsvc/user/{closing.pk}/change/",
        {
            "email": closing.email,
            "full_name": "",
            "is_active": "",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "00:00:00",
            "dependants-TOTAL_FORMS": "0",
            "dependants-INITIAL_FORMS": "0",
            "pms_links-TOTAL_FORMS": "0",  # the link to the patient-management system (read-only inline)
            "pms_links-INITIAL_FORMS": "0",
            "patient_profile-TOTAL_FORMS": "1",
            "patient_profile-INITIAL_FORMS": "1",
            "patient_profile-0-id": closing.patient_profile.pk,
            "patient_profile-0-user": closing.pk,
            "patient_profile-0-date_of_birth": "1990-01-01",
            "patient_profile-0-sex": "female",
        },
    )
    removed = make_user("nurse", email="removed@example.test")
    client.post(f"/admin/healthsvc/user/{removed.pk}/delete/", {"post": "yes"})
    assert not User.objects.filter(pk=removed.pk).exists()
    deletion = AuditEvent.objects.get(action="user_delete")
    assert deletion.actor_id == admin.pk and deletion.details["email"] == "removed@example.test"
    assert AuditEvent.objects.filter(action="user_deactivate", object_id=str(closing.pk)).exists()
