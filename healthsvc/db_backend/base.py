"""Django's PostgreSQL backend with a client-side deadline on every round trip (healthsvc/db_deadline.py).

Queries go through Django's execute wrappers; Django's own connection health check (`is_usable`, run
before a persistent connection is reused) and commit/rollback talk to psycopg directly, so they are
bounded here. Selected with ENGINE = "healthsvc.db_backend" (healthsvc/settings.py).
"""

from __future__ import annotations

from django.db import OperationalError
from django.db.backends.postgresql import base

from healthsvc.db_deadline import WATCHDOG, client_deadline, deadline_wrapper


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(deadline_wrapper)

    def get_new_connection(self, conn_params):
        # While the fail-fast window is open, do not spend connect_timeout on a server just found frozen.
        if WATCHDOG.failing_fast():
            raise OperationalError("the database missed a deadline moments ago; not connecting yet")
        return super().get_new_connection(conn_params)

    def is_usable(self):
        with client_deadline(self.connection):
            return super().is_usable()

    def _commit(self):
        with client_deadline(self.connection):
            return super()._commit()

    def _rollback(self):
        with client_deadline(self.connection):
            return super()._rollback()
