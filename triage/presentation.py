"""Plain-language wording of each disposition and the next steps a patient is offered.

The branch pages belong to other apps; the result page links to them by URL name only
(`triage` imports nothing of bookings or workers, per the architecture), so a renamed
page breaks loudly in the tests instead of leaving a dead link.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse


@dataclass(frozen=True)
class NextStep:
    label: str
    url: str
    style: str = "button"  # "button", "button secondary", "button danger"


@dataclass(frozen=True)
class DispositionCopy:
    headline: str
    when: str
    what_to_do: str
    tone: str  # alert class: error / warn / success


def disposition_copy(disposition: str) -> DispositionCopy:
    number = settings.EMERGENCY_PHONE_NUMBER
    return {
        "emergency_services": DispositionCopy(
            f"Call {number} now",
            "Now. Do not wait, and do not drive yourself.",
            "Call emergency services and tell them your symptoms. Unlock the door, stay with someone if you can, "
            "and do not eat or drink until a clinician says you may.",
            "error",
        ),
        "emergency": DispositionCopy(
            "Go to an emergency department now",
            "Now: within the next hour.",
            f"Book your place in an ER queue below, then travel there. If you get worse on the way, call {number}.",
            "error",
        ),
        "urgent": DispositionCopy(
            "See a nurse or doctor today",
            "Within about 24 hours.",
            "Contact an on-duty health worker now. If you cannot reach one, an emergency department can see you.",
            "warn",
        ),
        "routine": DispositionCopy(
            "Book an appointment with a nurse or doctor",
            "Within about a week.",
            "Contact a health worker to arrange it. You do not need to go to an emergency department.",
            "warn",
        ),
        "self_care": DispositionCopy(
            "You can look after this at home",
            "No appointment needed now.",
            "Follow the self-care advice. Check the warning signs below: if any appear, get help sooner.",
            "success",
        ),
    }[disposition]


def reasons_for_patient(result) -> list[dict]:
    """The reasons that explain the result, without rules that pointed to less urgent care.

    A complaint's baseline ("without any warning sign this can be managed at home") fires
    beside the red flag that overrode it; shown to a patient sent to the ER it reads as a
    contradiction. Staff still see every rule that fired.
    """
    from triage.engine import DISPOSITION_RANK

    floor = DISPOSITION_RANK[result.disposition]
    kept = [
        reason
        for reason in result.reasons
        if not reason.get("disposition") or DISPOSITION_RANK.get(reason["disposition"], floor) >= floor
    ]
    return kept or list(result.reasons)


def next_steps(disposition: str, record_id: int) -> list[NextStep]:
    number = settings.EMERGENCY_PHONE_NUMBER
    call = NextStep(f"Call {number}", f"tel:{number}", "button danger")
    advice = NextStep("Your next steps and advice", reverse("suggestions:record", args=[record_id]), "button secondary")
    book = NextStep("Book a place in the ER queue", f"{reverse('er_queue:book')}?record={record_id}", "button")
    contact = NextStep("Contact a health worker", f"{reverse('workers:contact_new')}?record={record_id}", "button")
    recheck = NextStep("Check my symptoms again", f"{reverse('triage:start')}?from={record_id}", "button secondary")
    return {
        "emergency_services": [call],
        "emergency": [book, advice, call],
        "urgent": [contact, book, advice, recheck],
        "routine": [contact, advice, recheck],
        "self_care": [advice, NextStep("Medicine information", reverse("medicine:list"), "button secondary"), recheck],
    }[disposition]
