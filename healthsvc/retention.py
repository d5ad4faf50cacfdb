"""The end of a closed account's retention period: its clinical records are deleted, then the account itself.

A patient who closes their account (healthsvc.data_rights) is anonymised at once; their symptom checks,
results, bookings and contact requests stay for CLINICAL_RECORD_RETENTION_YEARS after `User.closed_at`, as
clinical records must (docs/security.md). `closed_accounts_purge` deletes them after that, with their
dependants, and then the anonymised account row (its profile and tokens go with it) unless something else
still refers to it. The audit log is never touched: it is append-only, and the run adds one row of counts.

Like data_rights this spans every app, so it sits in the project package; each app deletes its own rows
through its own service. Concurrency: accounts are claimed a batch at a time with FOR UPDATE SKIP LOCKED,
so two runs at once (a beat run and the command, or a redelivered task) take different accounts, and each
batch is one transaction: a run cut short leaves every account whole or gone.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from healthsvc.models import Dependant, User
from healthsvc.services import audit_record

logger = logging.getLogger(__name__)

BATCH_SIZE = 200


@dataclass
class PurgeResult:
    """What a run deleted (or, dry, would delete): accounts, and rows by model label. Counts only."""

    closed_before: str
    dry_run: bool = False
    accounts_purged: int = 0  # clinical records and the account row deleted
    accounts_kept: int = 0  # clinical records deleted; the anonymised row is still referred to, so it stays
    accounts_failed: int = 0  # something outside them refers to their records: nothing of theirs deleted
    deleted: Counter = field(default_factory=Counter)
    complete: bool = False  # False: stopped by the time budget (or an error); the next run goes on

    def as_dict(self) -> dict:
        return {
            "retention_years": settings.CLINICAL_RECORD_RETENTION_YEARS,
            "closed_before": self.closed_before,
            "dry_run": self.dry_run,
            "accounts_purged": self.accounts_purged,
            "accounts_kept": self.accounts_kept,
            "accounts_failed": self.accounts_failed,
            "deleted": dict(sorted((label, n) for label, n in self.deleted.items() if n)),
            "complete": self.complete,
        }


def retention_cutoff(now=None):
    """Accounts closed before this have had their records kept long enough."""
    return (now or timezone.now()) - relativedelta(years=settings.CLINICAL_RECORD_RETENTION_YEARS)


def closed_accounts_purge(
    *, dry_run: bool = False, batch_size: int = BATCH_SIZE, time_budget_seconds: float | None = None
) -> PurgeResult:
    """Delete the clinical records, dependants and anonymised rows of accounts closed longer ago than the
    retention period, `batch_size` accounts per transaction, until none is left or the time budget is spent.

    Safe to run twice at once and to run again (what is gone is gone). A dry run does the same deletes and
    rolls each batch back, so its counts are exact and nothing changes. A real run writes one audit row
    (`clinical_records_purge`, no actor: the system) with the counts, also when an error cuts it short (the
    batches before it are committed).
    """
    cutoff = retention_cutoff()
    result = PurgeResult(closed_before=cutoff.isoformat(), dry_run=dry_run)
    started = time.monotonic()
    after = 0  # accounts are visited in id order, so a run never comes back to one it kept or skipped
    try:
        while time_budget_seconds is None or time.monotonic() - started < time_budget_seconds:
            after = _purge_batch(result, cutoff=cutoff, after=after, batch_size=batch_size, dry_run=dry_run)
            if after is None:
                result.complete = True
                break
    except Exception:
        if not dry_run:
            try:
                _audit(result)
            except DatabaseError:  # the run's own error is the one to raise; this one is logged
                logger.exception("could not audit the closed accounts purge", extra={"purge": result.as_dict()})
        raise
    if not dry_run:
        _audit(result)
    logger.info("closed accounts purged", extra={"purge": result.as_dict()})
    return result


def _purge_batch(result: PurgeResult, *, cutoff, after: int, batch_size: int, dry_run: bool) -> int | None:
    """One transaction: claim the next accounts due, delete theirs. Returns the last id, or None when done."""
    with transaction.atomic():
        ids = list(
            User.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(is_active=False, closed_at__lt=cutoff, pk__gt=after)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return None
        deleted, failed = _each_or_all(_delete_clinical_records, ids)
        remaining = [pk for pk in ids if pk not in failed]
        deleted_accounts, kept = _each_or_all(_delete_accounts, remaining)
        if dry_run:
            transaction.set_rollback(True)
    # Counted once the batch is committed (or, dry, rolled back as planned): a failed commit counts nothing.
    result.deleted.update(deleted)
    result.deleted.update(deleted_accounts)
    result.accounts_failed += len(failed)
    result.accounts_kept += len(kept)
    result.accounts_purged += len(remaining) - len(kept)
    return ids[-1]


def _delete_clinical_records(ids: list[int]) -> Counter:
    from er_queue.services import bookings_purge
    from triage.services import triage_records_purge
    from workers.services import contact_requests_purge

    deleted = Counter()
    # Contact requests and bookings keep their triage record, and records and bookings their dependant:
    # the keepers go first.
    for purge in (contact_requests_purge, bookings_purge, triage_records_purge):
        deleted.update(purge(patient_ids=ids))
    deleted.update(Dependant.objects.filter(guardian_id__in=ids).delete()[1])
    return deleted


def _delete_accounts(ids: list[int]) -> Counter:
    """The anonymised rows, with their profile and tokens; audit rows keep the id (no foreign key)."""
    return Counter(User.objects.filter(pk__in=ids).delete()[1])


def _each_or_all(step: Callable[[list[int]], Counter], ids: list[int]) -> tuple[Counter, list[int]]:
    """Run `step` on the whole batch (a few queries, however many accounts); if a protected reference stops
    it (ProtectedError is an IntegrityError), account by account, so one such account holds up no other.
    Returns the rows deleted and the accounts the step could not be done for."""
    if not ids:
        return Counter(), []
    try:
        with transaction.atomic():
            return step(ids), []
    except IntegrityError:
        pass
    deleted, refused = Counter(), []
    for pk in ids:
        try:
            with transaction.atomic():
                deleted.update(step([pk]))
        except IntegrityError as exc:
            logger.warning("%s refused for closed account %s: %s", step.__name__, pk, exc)
            refused.append(pk)
    return deleted, refused


def _audit(result: PurgeResult) -> None:
    audit_record(
        actor=None,
        action="clinical_records_purge",
        object_type="closed_accounts",
        object_id=result.closed_before,
        details=result.as_dict(),
    )
