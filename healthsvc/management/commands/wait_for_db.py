"""Wait for the database at start-up, with exponential backoff and jitter.

Containers start in any order; a web or worker process that finds the database not yet
up should wait rather than crash-loop.
"""

import logging

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.utils import OperationalError
from tenacity import RetryError, retry, retry_if_exception_type, stop_after_delay, wait_random_exponential

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Block until the database accepts connections (or the timeout passes)."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=60.0, help="seconds to keep trying")

    def handle(self, *args, timeout, **options):
        @retry(
            retry=retry_if_exception_type(OperationalError),
            wait=wait_random_exponential(multiplier=0.2, max=5),
            stop=stop_after_delay(timeout),
            before_sleep=lambda state: logger.warning("database not ready (try %d)", state.attempt_number),
        )
        def ping():
            connection.ensure_connection()

        try:
            ping()
        except RetryError as exc:
            raise CommandError(f"database not reachable after {timeout:.0f}s") from exc
        self.stdout.write("database ready")
