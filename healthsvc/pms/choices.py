"""States and origins of a link to the patient-management system."""

from django.db import models


class LinkStatus(models.TextChoices):
    PENDING = "pending", "Pending"  # waiting for its next attempt (next_attempt_at)
    LINKED = "linked", "Linked"
    NO_MATCH = "no_match", "No matching patient"
    AMBIGUOUS = "ambiguous", "More than one matching patient"
    FAILED = "failed", "Failed"  # the PMS said no (unknown id, bad request) or every attempt failed


class LinkSource(models.TextChoices):
    SIGNUP = "signup", "Sign-up (searched by the patient's details)"
    STAFF = "staff", "Staff (linked to a given id)"
