"""Writes of the PMS link: ask for one (a confirmed sign-up, a member of staff), retry one, and the worker's try.

Requests only write a row and enqueue after commit; the PMS is called by the worker alone, so sign-up,
triage and every page work the same whether the PMS is fast, slow or down. Each try is claimed in a short
transaction, the PMS is called outside any transaction (no row lock is held over the network), and the
outcome is written in a second one, only if the claim is still the link's.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from healthsvc.errors import Conflict, Invalid, NotFound
from healthsvc.models import User
from healthsvc.pms.breaker import CircuitOpen
from healthsvc.pms.choices import LinkSource, LinkStatus
from healthsvc.pms.client import (
    FHIR_ID,
    PMSInvalidResponse,
    PMSNotFound,
    PMSRejected,
    PMSUnavailable,
    pms_client,
    pms_enabled,
)
from healthsvc.pms.matching import demographics_snapshot, matching_patients, signup_search_params
from healthsvc.pms.metrics import pms_links_total
from healthsvc.pms.models import PatientLink
from healthsvc.services import audit_record
from healthsvc.tasking import enqueue_on_commit

logger = logging.getLogger(__name__)

# A claimed link is due again after this if its worker never reports (killed mid-call): above the task's hard
# time limit (55 s), so a try still running is never taken twice.
CLAIM_LEASE_SECONDS = 60


def patient_link_request_on_signup(*, user: User) -> PatientLink | None:
    """In the sign-up's transaction: ask for the new patient's link. Nothing when no PMS is configured."""
    if not pms_enabled() or not hasattr(user, "patient_profile"):
        return None
    link, created = PatientLink.objects.get_or_create(
        user=user,
        system=settings.PMS_FHIR_BASE_URL,
        defaults={"source": LinkSource.SIGNUP, "next_attempt_at": timezone.now()},
    )
    if created:
        _enqueue(link)
    return link


@transaction.atomic
def patient_link_by_staff(*, actor: User, patient_id: int, external_id: str) -> PatientLink:
    """Link a patient's account to the PMS Patient `external_id`; the worker reads it and stores the demographics.

    Asking again (the same id or another) starts over: a refresh, or a correction. Audited.
    """
    if not pms_enabled():
        raise Conflict("pms_not_configured", "No patient-management system is configured (PMS_FHIR_BASE_URL).")
    external_id = external_id.strip()
    if not FHIR_ID.match(external_id):
        message = "A FHIR id: 1 to 64 letters, digits, '-' or '.'."
        raise Invalid("invalid", "Some fields are invalid.", fields={"external_id": [message]})
    # Lock the account row: two links of the same patient at once are applied one after the other.
    user = User.objects.select_for_update(of=("self",)).filter(pk=patient_id, patient_profile__isnull=False).first()
    if user is None:
        raise NotFound("patient_not_found", "No patient account with this id.")
    if not user.is_active:
        raise Conflict("account_inactive", "This account is closed or its sign-up is not confirmed.")
    system = settings.PMS_FHIR_BASE_URL
    holder = _linked_elsewhere(system=system, external_id=external_id, user_id=user.pk)
    if holder is not None:
        raise Conflict("external_id_linked", f"Patient/{external_id} is already linked to account {holder}.")
    link, _ = PatientLink.objects.get_or_create(
        user=user, system=system, defaults={"source": LinkSource.STAFF, "next_attempt_at": timezone.now()}
    )
    if link.external_id != external_id:
        link.demographics, link.fetched_at = {}, None  # the old snapshot is of another PMS patient
    link.external_id = external_id
    link.source = LinkSource.STAFF
    link.requested_by = actor
    _restart(link)
    _audit(link, actor=actor, action="pms_link")
    return link


@transaction.atomic
def patient_link_retry(*, actor: User, link_id: int) -> PatientLink:
    """Try a link again now, from attempt one (a failed one, or a linked one to refresh its demographics). Audited."""
    link = PatientLink.objects.select_for_update().filter(pk=link_id).first()
    if link is None:
        raise NotFound("link_not_found", "No such link.")
    _restart(link)
    _audit(link, actor=actor, action="pms_link_retry")
    return link


def _audit(link: PatientLink, *, actor: User, action: str) -> None:
    details = {"external_id": link.external_id, "system": link.system}
    audit_record(
        actor=actor, action=action, object_type="patient_link", object_id=link.pk, patient=link.user_id, details=details
    )


def _restart(link: PatientLink) -> None:
    now = timezone.now()
    link.status = LinkStatus.PENDING
    link.attempts = 0
    link.next_attempt_at = now
    link.claim = None  # an answer to the try in flight, if any, is now ignored
    link.last_error = ""
    link.requested_at = now
    link.save()
    _enqueue(link)


def _enqueue(link: PatientLink) -> None:
    from healthsvc.pms.tasks import pms_link_task

    # No fallback: a lost message is picked up by the sweep, since the row is pending and due.
    enqueue_on_commit(pms_link_task, link.pk)


def _linked_elsewhere(*, system: str, external_id: str, user_id: int) -> int | None:
    others = PatientLink.objects.filter(system=system, external_id=external_id, status=LinkStatus.LINKED)
    return others.exclude(user_id=user_id).values_list("user_id", flat=True).first()


# --- The worker's try ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: str  # LinkStatus; PENDING: try again later
    message: str = ""  # for last_error
    patient: dict | None = None  # the PMS Patient, when linked
    not_before: float | None = None  # the breaker was open: nothing was sent; not before this (epoch seconds)


def patient_link_attempt(*, link_id: int) -> PatientLink | None:
    """One try at a pending link that is due. Idempotent: a link not pending, or not due, is left alone (None)."""
    claimed = _claim(link_id)
    if claimed is None:
        return None
    return _settle(claimed, _ask_pms(claimed))


@transaction.atomic
def _claim(link_id: int) -> PatientLink | None:
    now = timezone.now()
    link = (
        PatientLink.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("user__patient_profile")
        .filter(pk=link_id, status=LinkStatus.PENDING, next_attempt_at__lte=now)
        .first()
    )
    if link is None or link.system != settings.PMS_FHIR_BASE_URL:
        return None  # not due, taken by another worker this instant, or for a PMS no longer configured
    link.attempts += 1
    link.next_attempt_at = now + dt.timedelta(seconds=CLAIM_LEASE_SECONDS)
    link.claim = uuid.uuid4()
    link.save(update_fields=["attempts", "next_attempt_at", "claim", "updated_at"])
    return link


def _ask_pms(link: PatientLink) -> Outcome:
    client = pms_client()
    profile = link.user.patient_profile
    try:
        if link.external_id:
            return Outcome(LinkStatus.LINKED, patient=client.patient_read(link.external_id))
        search = signup_search_params(
            full_name=link.user.full_name,
            date_of_birth=profile.date_of_birth,
            identifier=profile.external_patient_id,
        )
        if search is None:
            return Outcome(LinkStatus.FAILED, "the account has no name to search the PMS by")
        params, described = search
        patients, more = matching_patients(client.patient_search(params), date_of_birth=profile.date_of_birth)
    except CircuitOpen as exc:
        return Outcome(LinkStatus.PENDING, f"not tried: {exc} after repeated PMS failures", not_before=exc.retry_at)
    except PMSNotFound as exc:
        if link.external_id:
            return Outcome(LinkStatus.FAILED, f"Patient/{link.external_id} is not in the PMS ({exc})")
        return Outcome(LinkStatus.PENDING, f"the PMS has no Patient search at this base URL ({exc})")
    except PMSRejected as exc:
        return Outcome(LinkStatus.FAILED, str(exc))
    except (PMSUnavailable, PMSInvalidResponse) as exc:
        return Outcome(LinkStatus.PENDING, str(exc))
    if len(patients) == 1 and not more:
        return Outcome(LinkStatus.LINKED, patient=patients[0])
    if not patients and not more:
        return Outcome(LinkStatus.NO_MATCH, f"no PMS patient matches the {described}")
    return Outcome(LinkStatus.AMBIGUOUS, f"more than one PMS patient matches the {described}: not linked")


@transaction.atomic
def _settle(claimed: PatientLink, outcome: Outcome) -> PatientLink | None:
    link = PatientLink.objects.select_for_update().filter(pk=claimed.pk).first()
    if link is None or link.claim != claimed.claim:
        return link  # deleted (account closed) or asked for again meanwhile: this answer is for nothing wanted now
    link.claim = None
    link.last_error = outcome.message
    if outcome.status == LinkStatus.LINKED:
        _settle_linked(link, outcome.patient)
    elif outcome.status != LinkStatus.PENDING:
        _end(link, outcome.status)
    elif outcome.not_before is not None:
        link.attempts -= 1  # nothing was sent, so it was not an attempt
        link.next_attempt_at = dt.datetime.fromtimestamp(outcome.not_before, tz=dt.UTC)
        link.save()
    elif link.attempts >= settings.PMS_LINK_MAX_ATTEMPTS:
        link.last_error = f"gave up after {link.attempts} attempts; the last: {outcome.message}"
        _end(link, LinkStatus.FAILED)
    else:
        link.next_attempt_at = timezone.now() + dt.timedelta(seconds=retry_delay_seconds(link.attempts))
        link.save()
    return link


def _settle_linked(link: PatientLink, patient: dict) -> None:
    link.external_id = patient["id"]
    holder = _linked_elsewhere(system=link.system, external_id=link.external_id, user_id=link.user_id)
    if holder is None:
        link.demographics = demographics_snapshot(patient)
        link.fetched_at = timezone.now()
        try:
            with transaction.atomic():  # the partial unique index settles a race with another account's try
                _end(link, LinkStatus.LINKED)
            return
        except IntegrityError:
            holder = _linked_elsewhere(system=link.system, external_id=link.external_id, user_id=link.user_id)
    link.demographics, link.fetched_at = {}, None
    link.last_error = f"Patient/{link.external_id} is already linked to account {holder}: not linked"
    _end(link, LinkStatus.FAILED)


def _end(link: PatientLink, status: str) -> None:
    link.status = status
    link.next_attempt_at = None
    link.save()
    pms_links_total.labels(status=status).inc()
    logger.info("PMS link %s ended %s after %s attempt(s)", link.pk, status, link.attempts)


def retry_delay_seconds(attempts: int) -> float:
    """Exponential backoff with jitter: after attempt n, between half and all of base * 2^(n-1), capped at the max.

    The jitter spreads the links that failed together (a PMS outage) so they do not all come back at once.
    """
    ceiling = min(
        settings.PMS_LINK_RETRY_BASE_SECONDS * 2 ** min(attempts - 1, 30), settings.PMS_LINK_RETRY_MAX_SECONDS
    )
    return random.uniform(ceiling / 2, ceiling)
