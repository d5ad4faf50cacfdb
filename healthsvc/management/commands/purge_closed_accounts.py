"""Delete the clinical records and rows of accounts closed longer ago than CLINICAL_RECORD_RETENTION_YEARS.

Beat runs the same purge daily (healthsvc.tasks.purge_closed_accounts_task, 30 s at a time); this runs it to
the end, e.g. to work off a backlog, and `--dry-run` says what it would delete without deleting anything.

    python manage.py purge_closed_accounts [--dry-run] [--batch-size 200]
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from healthsvc.retention import BATCH_SIZE, closed_accounts_purge


class Command(BaseCommand):
    help = "Delete closed accounts' clinical records once their retention period has ended (docs/security.md)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="count what would be deleted; delete nothing")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="accounts per transaction")

    def handle(self, *args, dry_run: bool, batch_size: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        result = closed_accounts_purge(dry_run=dry_run, batch_size=batch_size)
        summary = result.as_dict()
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(f"accounts closed before {summary['closed_before']} ({summary['retention_years']} years):")
        self.stdout.write(f"  {verb} {summary['accounts_purged']} accounts with their records")
        self.stdout.write(
            f"  {verb} the records of {summary['accounts_kept']} more, whose anonymised row is still referred to"
        )
        self.stdout.write(f"  left {summary['accounts_failed']} alone: a record of theirs is referred to elsewhere")
        for label, count in summary["deleted"].items():
            self.stdout.write(f"  {label}: {count}")
        if dry_run:
            self.stdout.write(self.style.WARNING("dry run: nothing was deleted"))
