"""Vocabularies of the suggestions app."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class InteractionState(models.TextChoices):
    """Where a patient's response to one offered next action stands.

    offered -> accepted | dismissed | completed, and accepted -> completed. An offer that is
    still open (offered or accepted) is withdrawn by the system when it no longer holds: a
    newer recommendation replaced its recommendation (a clinician re-triaged the record),
    or the medicine it points to no longer suits the patient. A stale "book the ER" can
    then not be taken up. Dismissed, completed and withdrawn are final.
    """

    OFFERED = "offered", _("Offered")
    ACCEPTED = "accepted", _("Accepted")
    DISMISSED = "dismissed", _("Dismissed")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn (replaced by a newer recommendation)")


# An offer's state inside a sentence ("Cannot accept a suggestion that is dismissed."); the labels are headings.
STATE_IN_SENTENCE = {
    InteractionState.OFFERED: pgettext_lazy("suggestion state", "offered"),
    InteractionState.ACCEPTED: pgettext_lazy("suggestion state", "accepted"),
    InteractionState.DISMISSED: pgettext_lazy("suggestion state", "dismissed"),
    InteractionState.COMPLETED: pgettext_lazy("suggestion state", "completed"),
    InteractionState.WITHDRAWN: pgettext_lazy("suggestion state", "withdrawn"),
}


class ActionKind(models.TextChoices):
    """The next actions the built-in factories offer. A new factory may offer other kinds:
    Interaction.kind is free text on purpose, so it needs no migration."""

    CALL_EMERGENCY_SERVICES = "call_emergency_services", _("Call emergency services")
    BOOK_ER = "book_er", _("Book a place in an ER queue")
    CONTACT_WORKER = "contact_worker", _("Contact a health worker")
    READ_MEDICINE = "read_medicine", _("Read about a medicine")
    RECHECK_SYMPTOMS = "recheck_symptoms", _("Check symptoms again")
    # Offered on the triage result page only (RecommendationFactory.create_result_links).
    READ_ADVICE = "read_advice", _("Your next steps and advice")
    MEDICINE_INFORMATION = "medicine_information", _("Medicine information")


class Response(models.TextChoices):
    """What a patient can do with an offered action (each is a transition of Interaction)."""

    ACCEPT = "accept", _("Accept")
    DISMISS = "dismiss", _("Dismiss")
    COMPLETE = "complete", _("Complete")


class ContentOrigin(models.TextChoices):
    SEED = "seed", _("Seed data (content_data.py)")
    EDITED = "edited", _("Edited by staff")
