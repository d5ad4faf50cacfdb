"""Cross-cutting data: users and their roles, patient profiles and dependants, the audit log, heartbeats."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from healthsvc.roles import STAFF_ROLES, Role


class UserManager(DjangoUserManager):
    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in, by email. Roles are the groups they belong to."""

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    full_name = models.CharField(max_length=150, blank=True)
    is_active = models.BooleanField(default=True)
    # False from a self-service sign-up until the link sent to the address is followed (the account is
    # inactive meanwhile): sign-up never says whether an address already has an account (healthsvc.signup).
    email_confirmed = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False, help_text=_("Can sign in to the admin site."))
    date_joined = models.DateTimeField(default=timezone.now)
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        help_text=_("IANA zone the browser reported (e.g. Europe/London); empty: the site's."),
    )
    # The language the person chose with the switcher (settings.LANGUAGES); empty: the browser's.
    language = models.CharField(max_length=10, blank=True, choices=settings.LANGUAGES)
    # When the patient closed the account (healthsvc.data_rights); its clinical records are deleted
    # CLINICAL_RECORD_RETENTION_YEARS later (healthsvc.retention).
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]
        # The retention purge's "closed before the cutoff" reads the few closed accounts, never all of them.
        indexes = [
            models.Index(fields=["closed_at"], condition=models.Q(closed_at__isnull=False), name="user_closed_at_idx")
        ]

    def __str__(self) -> str:
        return self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def role_names(self) -> list[str]:
        # Uses the prefetched groups when the caller loaded them.
        return sorted(group.name for group in self.groups.all())

    def has_role(self, *roles: str) -> bool:
        return any(role in self.role_names for role in roles)

    @property
    def is_patient(self) -> bool:
        return self.has_role(Role.PATIENT)

    @property
    def is_care_staff(self) -> bool:
        return self.is_superuser or any(role in STAFF_ROLES for role in self.role_names)


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other / prefer to describe")


class PatientProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="patient_profile")
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=10, choices=Sex.choices)
    phone = models.CharField(max_length=32, blank=True)
    external_patient_id = models.CharField(
        max_length=64, blank=True, help_text=_("The patient's id in the hospital's patient-management system.")
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["external_patient_id"],
                condition=~models.Q(external_patient_id=""),
                name="patientprofile_external_id_unique",
            ),
            models.CheckConstraint(condition=models.Q(date_of_birth__gt="1900-01-01"), name="patientprofile_dob_sane"),
        ]

    def __str__(self) -> str:
        return f"Patient profile of {self.user}"

    def age_years(self, on=None) -> float:
        return age_in_years(self.date_of_birth, on)


def age_in_years(date_of_birth, on=None) -> float:
    today = on or timezone.localdate()
    return (today - date_of_birth).days / 365.25


class Relationship(models.TextChoices):
    CHILD = "child", _("My child")
    PARENT = "parent", _("My parent")
    PARTNER = "partner", _("My partner")
    OTHER = "other", _("Someone else I care for")


class Dependant(models.Model):
    """Someone a patient checks symptoms and books for (a child, an older parent). They have no account.

    Their records, bookings and contact requests belong to the account holder (`guardian`, the
    `patient` on each row), so every existing "only the patient and staff" rule covers them; the
    row's `dependant` says whom it is about, and the engine uses the dependant's age and sex.
    """

    guardian = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="dependants")
    full_name = models.CharField(max_length=150)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=10, choices=Sex.choices)
    relationship = models.CharField(max_length=10, choices=Relationship.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["full_name", "id"]
        indexes = [models.Index(fields=["guardian", "full_name"], name="dependant_guardian_idx")]
        constraints = [
            models.CheckConstraint(condition=models.Q(date_of_birth__gt="1900-01-01"), name="dependant_dob_sane"),
            models.CheckConstraint(condition=~models.Q(full_name=""), name="dependant_has_name"),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_relationship_display().lower()} of {self.guardian_id})"

    def age_years(self, on=None) -> float:
        return age_in_years(self.date_of_birth, on)

    def tie_to_guardian(self, guardian=None) -> str:
        """For staff, e.g. "child of Sam Patel": who filled it in and how they are related. Pass the guardian
        when the caller already holds it (a booking's or record's `patient`) to save a query."""
        return _TIE[self.relationship] % {"name": (guardian or self.guardian).get_full_name()}


_TIE = {
    Relationship.CHILD: _("child of %(name)s"),
    Relationship.PARENT: _("parent of %(name)s"),
    Relationship.PARTNER: _("partner of %(name)s"),
    Relationship.OTHER: _("cared for by %(name)s"),
}


def person_name(patient, dependant) -> str:
    """Whom a record or booking is about: the dependant if there is one, else the account holder."""
    return dependant.full_name if dependant is not None else patient.get_full_name()


class AuditEvent(models.Model):
    """Who read or changed what, when. Rows are only ever added: a database trigger refuses UPDATE and DELETE
    (migration 0005). The actor and patient ids are kept as written, with no foreign-key constraint, so
    deleting a user changes no audit row; `actor_label` keeps who they were."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(max_length=300, blank=True, help_text=_("The actor's name and email when written."))
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    patient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    request_id = models.CharField(max_length=128, blank=True)
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["object_type", "object_id"], name="audit_object_idx"),
            models.Index(fields=["patient", "at"], name="audit_patient_at_idx"),
        ]
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_id} {self.action} {self.object_type}:{self.object_id}"


class TransitionLog(models.Model):
    """Base of every app's state-change history: who (empty for the system), when, why.

    Each app's subclass adds the foreign key to its object and `from_state`/`to_state`
    with its own choices; rows are only ever added, in the same transaction as the change.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True)

    subject_field = ""  # the name of the subclass's foreign key to the object that changed

    class Meta:
        abstract = True
        ordering = ["at", "id"]

    def __str__(self) -> str:
        subject = getattr(self, f"{self.subject_field}_id", "?")
        return f"{subject}: {getattr(self, 'from_state', '') or '∅'} → {getattr(self, 'to_state', '')}"

    @classmethod
    def record_change(cls, subject, *, from_state: str, actor, at=None, reason: str = "", **extra):
        """The history row of a change `subject` has just made (its `state` is the new one),
        in the caller's transaction. No actor, or an anonymous one, is the system."""
        return cls.objects.create(
            **{cls.subject_field: subject},
            from_state=from_state,
            to_state=subject.state,
            actor=actor if actor is not None and actor.is_authenticated else None,
            reason=reason,
            **({"at": at} if at is not None else {}),
            **extra,
        )


class Heartbeat(models.Model):
    """The last time a periodic process proved it is alive (one row per name)."""

    name = models.CharField(max_length=64, primary_key=True)
    at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} at {self.at:%Y-%m-%d %H:%M:%S}"


# The patient-management system's link lives in healthsvc/pms but is this app's model (and migration).
from healthsvc.pms.models import PatientLink  # noqa: E402, F401

# The webhook outbox and its subscriptions live in their own package; importing them here registers them
# with this app (and its migrations).
from healthsvc.webhooks.models import (  # noqa: E402, F401
    WebhookDelivery,
    WebhookDeliveryAttempt,
    WebhookEvent,
    WebhookSubscription,
)
