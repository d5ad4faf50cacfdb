"""Enumerations of the workers app, and the clinical policy tables that go with them."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _


class WorkerRole(models.TextChoices):
    NURSE = "nurse", _("Nurse")
    NURSE_PRACTITIONER = "nurse_practitioner", _("Nurse practitioner")
    PHYSICIAN = "physician", _("Physician")
    PHARMACIST = "pharmacist", _("Pharmacist")
    PARAMEDIC = "paramedic", _("Paramedic")


class FacilityKind(models.TextChoices):
    ER = "er", _("Emergency department")
    CLINIC = "clinic", _("Clinic")


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    VIDEO = "video", _("Video call")
    MESSAGE = "message", _("Secure message")


class ContactState(models.TextChoices):
    REQUESTED = "requested", pgettext_lazy("contact request state", "Requested")
    ASSIGNED = "assigned", pgettext_lazy("contact request state", "Assigned")
    IN_PROGRESS = "in_progress", pgettext_lazy("contact request state", "In progress")
    COMPLETED = "completed", pgettext_lazy("contact request state", "Completed")
    CANCELLED = "cancelled", pgettext_lazy("contact request state", "Cancelled")
    EXPIRED = "expired", pgettext_lazy("contact request state", "Expired")


class ContactDisposition(models.TextChoices):
    """The triage dispositions that lead to a health worker (product.md, "Triage")."""

    URGENT = "urgent", pgettext_lazy("contact request disposition", "Urgent")
    ROUTINE = "routine", pgettext_lazy("contact request disposition", "Routine")


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
LANGUAGE_NAMES = dict(COMMON_LANGUAGES)  # in English, for records (FHIR); pages use language_name()
# Names Django's own table (django.conf.locale.LANG_INFO) lacks under a two-letter code.
_MORE_LANGUAGE_NAMES = {"zh": _("Chinese")}


def language_name(code: str) -> str:
    """The name of an ISO 639-1 language in the active language ("fr" -> "French", or "Français" in French)."""
    if code in _MORE_LANGUAGE_NAMES:
        return str(capfirst(_MORE_LANGUAGE_NAMES[code]))
    try:
        return str(capfirst(get_language_info(code)["name_translated"]))
    except KeyError:
        return LANGUAGE_NAMES.get(code, code)


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
