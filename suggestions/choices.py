"""Vocabularies of the suggestions app."""

from django.db import models


class InteractionState(models.TextChoices):
    """Where a patient's response to one offered next action stands.

    offered -> accepted | dismissed | completed, and accepted -> completed. An offer that is
    still open (offered or accepted) is withdrawn by the system when it no longer holds: a
    newer recommendation replaced its recommendation (a clinician re-triaged the record),
    or the medicine it points to no longer suits the patient. A stale "book the ER" can
    then not be taken up. Dismissed, completed and withdrawn are final.
    """

    OFFERED = "offered", "Offered"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"
    COMPLETED = "completed", "Completed"
    WITHDRAWN = "withdrawn", "Withdrawn (replaced by a newer recommendation)"


class ActionKind(models.TextChoices):
    """The next actions the built-in factories offer. A new factory may offer other kinds:
    Interaction.kind is free text on purpose, so it needs no migration."""

    CALL_EMERGENCY_SERVICES = "call_emergency_services", "Call emergency services"
    BOOK_ER = "book_er", "Book a place in an ER queue"
    CONTACT_WORKER = "contact_worker", "Contact a health worker"
    READ_MEDICINE = "read_medicine", "Read about a medicine"
    RECHECK_SYMPTOMS = "recheck_symptoms", "Check symptoms again"


class Response(models.TextChoices):
    """What a patient can do with an offered action (each is a transition of Interaction)."""

    ACCEPT = "accept", "Accept"
    DISMISS = "dismiss", "Dismiss"
    COMPLETE = "complete", "Complete"


class ContentOrigin(models.TextChoices):
    SEED = "seed", "Seed data (content_data.py)"
    EDITED = "edited", "Edited by staff"
