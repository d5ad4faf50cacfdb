"""Create (or update) the least-privilege database role the web, workers and beat connect as.

Run as the owning (migration) role, after every `migrate`: it grants the role read and write on every
table and sequence there is now, except that on the audit table it may only INSERT and SELECT, and it sets
default privileges so tables the owner creates later get the same grants. The role owns nothing, so it
cannot drop the audit trigger, alter a table or run a migration (docs/security.md).

    python manage.py create_app_role --role healthsvc_app [--password-env DATABASE_APP_PASSWORD]
"""

from __future__ import annotations

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from psycopg import sql

AUDIT_TABLE = "healthsvc_auditevent"


class Command(BaseCommand):
    help = "Create or update the least-privilege role the application connects as (docs/security.md)."

    def add_arguments(self, parser):
        parser.add_argument("--role", default=os.environ.get("DATABASE_APP_ROLE", "healthsvc_app"))
        parser.add_argument(
            "--password-env",
            default="DATABASE_APP_PASSWORD",
            help="Environment variable holding the role's password (unset: no password, for trust/peer auth).",
        )

    def handle(self, *args, role: str, password_env: str, **options):
        if not role.isidentifier():
            raise CommandError(f"{role!r} is not a plain role name")
        password = os.environ.get(password_env) or None
        owner = connection.settings_dict["USER"]
        name = sql.Identifier(role)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
            verb = "ALTER" if cursor.fetchone() else "CREATE"
            statement = sql.SQL("{} ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT").format(
                sql.SQL(verb), name
            )
            if password:
                statement = statement + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
            cursor.execute(statement.as_string(connection.connection))
            for grant in (
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(connection.settings_dict["NAME"]), name
                ),
                sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(name),
                sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(name),
                sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(name),
                sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {} FROM {}").format(sql.Identifier(AUDIT_TABLE), name),
                sql.SQL(
                    "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE "
                    "ON TABLES TO {}"
                ).format(sql.Identifier(owner), name),
                sql.SQL(
                    "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {}"
                ).format(sql.Identifier(owner), name),
            ):
                cursor.execute(grant.as_string(connection.connection))
        self.stdout.write(f"role {role}: read and write on every table, INSERT and SELECT only on {AUDIT_TABLE}")
