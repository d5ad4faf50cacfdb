"""Writes of the core: patient sign-up, dependants, audit rows, heartbeats."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone

from healthsvc.errors import Conflict, Forbidden
from healthsvc.logging import current_request_id
from healthsvc.models import AuditEvent, Dependant, Heartbeat, PatientProfile, User
from healthsvc.roles import Role


@transaction.atomic
def patient_signup(
    *,
    email: str,
    password: str,
    full_name: str,
    date_of_birth: dt.date,
    sex: str,
    phone: str = "",
    external_patient_id: str = "",
    pending: bool = False,
) -> User:
    """Create a patient account with its profile, in the patient role.

    pending: a self-service sign-up, inactive until the emailed link confirms the address (healthsvc.signup).

    The password must already be validated by the caller (forms and serializers do so
    with Django's validators, which need the unsaved user for similarity checks).
    Raises Conflict when the email is taken (case-insensitive, held by a unique index
    so two simultaneous sign-ups cannot both win).
    """
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email,
                password=password,
                full_name=full_name,
                is_active=not pending,
                email_confirmed=not pending,
            )
    except IntegrityError as exc:
        raise Conflict("email_taken", "An account with this email address already exists.") from exc
    PatientProfile.objects.create(
        user=user, date_of_birth=date_of_birth, sex=sex, phone=phone, external_patient_id=external_patient_id
    )
    user.groups.add(Group.objects.get(name=Role.PATIENT))
    audit_record(actor=user, action="signup", object_type="user", object_id=user.pk, patient=user)
    return user


MAX_DEPENDANTS = 20  # a family, not a register: more is a misuse of a personal account


def dependant_add(*, guardian: User, full_name: str, date_of_birth: dt.date, sex: str, relationship: str) -> Dependant:
    """Add someone the patient checks symptoms and books for. The caller validated the fields (forms and
    serializers share healthsvc.validators); the guardian must be a patient."""
    if not hasattr(guardian, "patient_profile"):
        raise Forbidden("patient_profile_required", "Only a patient can add people they care for.")
    with transaction.atomic():
        # Lock the account holder's row so two simultaneous adds cannot both pass the cap.
        User.objects.select_for_update().only("pk").get(pk=guardian.pk)
        if Dependant.objects.filter(guardian=guardian).count() >= MAX_DEPENDANTS:
            raise Conflict("too_many_dependants", f"An account can hold at most {MAX_DEPENDANTS} people.")
        dependant = Dependant.objects.create(
            guardian=guardian,
            full_name=full_name.strip(),
            date_of_birth=date_of_birth,
            sex=sex,
            relationship=relationship,
        )
        audit_record(
            actor=guardian,
            action="dependant_add",
            object_type="dependant",
            object_id=dependant.pk,
            patient=guardian,
            details={"relationship": relationship},
        )
    return dependant


def audit_record(
    *,
    actor: User | None,
    action: str,
    object_type: str,
    object_id,
    patient: User | int | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Add one audit row (in the caller's transaction, so it commits or rolls back with it)."""
    patient_id = patient.pk if isinstance(patient, User) else patient
    known = actor is not None and actor.is_authenticated
    return AuditEvent.objects.create(
        actor=actor if known else None,
        actor_label=f"{actor.get_full_name()} <{actor.email}>"[:300] if known else "",
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        patient_id=patient_id,
        request_id=current_request_id() or "",
        details=details or {},
    )


def audit_staff_read(*, actor: User, object_type: str, object_ids, patient_ids) -> None:
    """Record that a staff member read patients' data (one row per object, one query)."""
    request_id = current_request_id() or ""
    label = f"{actor.get_full_name()} <{actor.email}>"[:300]
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=actor,
            actor_label=label,
            action="read",
            object_type=object_type,
            object_id=str(object_id),
            patient_id=patient_id,
            request_id=request_id,
        )
        for object_id, patient_id in zip(object_ids, patient_ids, strict=True)
    )


def heartbeat_beat(*, name: str) -> Heartbeat:
    heartbeat, _ = Heartbeat.objects.update_or_create(name=name, defaults={"at": timezone.now()})
    return heartbeat
