"""Enumerations of the workers app, and the clinical policy tables that go with them."""

from __future__ import annotations

import datetime as dt

from django.db import models


class WorkerRole(models.TextChoices):
    NURSE = "nurse", "Nurse"
    NURSE_PRACTITIONER = "nurse_practitioner", "Nurse practitioner"
    PHYSICIAN = "physician", "Physician"
    PHARMACIST = "pharmacist", "Pharmacist"
    PARAMEDIC = "paramedic", "Paramedic"


class FacilityKind(models.TextChoices):
    ER = "er", "Emergency department"
    CLINIC = "clinic", "Clinic"


class Channel(models.TextChoices):
    PHONE = "phone", "Phone call"
    VIDEO = "video", "Video call"
    MESSAGE = "message", "Secure message"


class ContactState(models.TextChoices):
    REQUESTED = "requested", "Requested"
    ASSIGNED = "assigned", "Assigned"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"
    EXPIRED = "expired", "Expired"


class ContactDisposition(models.TextChoices):
    """The triage dispositions that lead to a health worker (product.md, "Triage")."""

    URGENT = "urgent", "Urgent"
    ROUTINE = "routine", "Routine"


# A request still waiting for a worker, or with one.
OPEN_STATES = (ContactState.REQUESTED, ContactState.ASSIGNED, ContactState.IN_PROGRESS)
# What counts against a worker's max_concurrent_requests.
LOAD_STATES = (ContactState.ASSIGNED, ContactState.IN_PROGRESS)
# What the expiry sweep may expire: nobody has started talking to the patient yet.
EXPIRABLE_STATES = (ContactState.REQUESTED, ContactState.ASSIGNED)

# Time targets from the disposition (issue 5: "urgent within about an hour, routine within
# the day"). Routine is 8 hours, a working day, rather than "midnight": a request made at
# 23:00 then still has a full day's worth of shifts to be answered in.
CONTACT_TIME_TARGETS: dict[str, dt.timedelta] = {
    ContactDisposition.URGENT: dt.timedelta(hours=1),
    ContactDisposition.ROUTINE: dt.timedelta(hours=8),
}

# Who may take a request of each disposition. Urgent contacts need someone who can
# assess and arrange same-day care (nurse, nurse practitioner, physician). Routine ones are
# mostly follow-up and medicine questions, which every clinical role here answers:
# pharmacists for medicines, paramedics in community / clinical-assessment roles.
ROLES_FOR_DISPOSITION: dict[str, tuple[str, ...]] = {
    ContactDisposition.URGENT: (WorkerRole.NURSE, WorkerRole.NURSE_PRACTITIONER, WorkerRole.PHYSICIAN),
    ContactDisposition.ROUTINE: (
        WorkerRole.NURSE,
        WorkerRole.NURSE_PRACTITIONER,
        WorkerRole.PHYSICIAN,
        WorkerRole.PHARMACIST,
        WorkerRole.PARAMEDIC,
    ),
}

# ISO 639-1 codes offered in forms (any two-letter code is accepted by the API).
COMMON_LANGUAGES: list[tuple[str, str]] = [
    ("en", "English"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("de", "German"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("it", "Italian"),
    ("ar", "Arabic"),
    ("ur", "Urdu"),
    ("hi", "Hindi"),
    ("bn", "Bengali"),
    ("pa", "Punjabi"),
    ("zh", "Chinese"),
    ("ro", "Romanian"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
]
LANGUAGE_NAMES = dict(COMMON_LANGUAGES)

# Every ISO 639-1 two-letter language code (the 183 current codes, ISO 639 Registration
# Authority, Library of Congress), so a typo such as "eng" or "xx" is refused at the door.
_ISO_639_1_TEXT = """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
    hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
    oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
    st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
    za zh zu
"""
ISO_639_1 = frozenset(_ISO_639_1_TEXT.split())
