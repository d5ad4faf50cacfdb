"""The application's least-privilege role cannot rewrite the audit table or change the schema (issue 12,
item 3). Real roles and real SQL on the test database."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from healthsvc.services import audit_record

pytestmark = pytest.mark.django_db

ROLE = "healthsvc_app_test"


@pytest.fixture
def as_app_role(make_user):
    call_command("create_app_role", "--role", ROLE)
    audit_record(actor=make_user("nurse"), action="read", object_type="triage_record", object_id=1)

    def run(sql: str):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL ROLE {ROLE}")
            cursor.execute(sql)

    return run


def test_the_app_role_reads_and_adds_audit_rows(as_app_role):
    as_app_role("SELECT count(*) FROM healthsvc_auditevent")
    as_app_role(
        "INSERT INTO healthsvc_auditevent (at, action, object_type, object_id, request_id, details, actor_label) "
        "VALUES (now(), 'read', 'x', '1', '', '{}', '')"
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE healthsvc_auditevent SET action = 'x'",
        "DELETE FROM healthsvc_auditevent",
        "TRUNCATE healthsvc_auditevent",
        "ALTER TABLE healthsvc_auditevent DISABLE TRIGGER healthsvc_audit_no_rewrite",
        "DROP TABLE healthsvc_auditevent",
    ],
)
def test_the_app_role_cannot_rewrite_the_audit_table_or_its_trigger(as_app_role, sql):
    with pytest.raises(DatabaseError, match=r"permission denied|must be owner"):
        as_app_role(sql)


def test_the_app_role_still_writes_the_rest(as_app_role):
    as_app_role("UPDATE er_queue_emergencyroom SET capacity = capacity")
    as_app_role("DELETE FROM django_session WHERE expire_date < now() - interval '100 years'")


def test_running_it_twice_keeps_the_same_grants():
    call_command("create_app_role", "--role", ROLE)
    call_command("create_app_role", "--role", ROLE)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT has_table_privilege(%s, 'healthsvc_auditevent', 'INSERT'), "
            "has_table_privilege(%s, 'healthsvc_auditevent', 'UPDATE'), "
            "has_table_privilege(%s, 'er_queue_erbooking', 'UPDATE')",
            [ROLE, ROLE, ROLE],
        )
        assert cursor.fetchone() == (True, False, True)
