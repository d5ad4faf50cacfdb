"""Plain-language wording of each disposition, its reasons and the answers behind it.

The links offered beside a result (the branch a patient takes) are not decided here: the
suggestions factories choose them (suggestions.selectors.result_next_steps), so `triage`
names no page of bookings, workers or medicines, per the architecture.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from healthsvc.data_text import data_text
from triage.engine import DISPOSITION_TEXT


@dataclass(frozen=True)
class DispositionCopy:
    headline: str
    when: str
    what_to_do: str
    tone: str  # alert class: error / warn / success


def disposition_words(disposition: str) -> str:
    """The one wording of a disposition (DISPOSITION_TEXT), with the local emergency number where it belongs."""
    if disposition == "emergency_services":
        return _("Call %(number)s now") % {"number": settings.EMERGENCY_PHONE_NUMBER}
    return data_text(DISPOSITION_TEXT[disposition])


def disposition_copy(disposition: str) -> DispositionCopy:
    number = settings.EMERGENCY_PHONE_NUMBER
    return {
        "emergency_services": DispositionCopy(
            disposition_words("emergency_services"),
            _("Now. Do not wait, and do not drive yourself."),
            _(
                "Call emergency services and tell them your symptoms. Unlock the door, stay with someone if you can, "
                "and do not eat or drink until a clinician says you may."
            ),
            "error",
        ),
        "emergency": DispositionCopy(
            disposition_words("emergency"),
            _("Now: within the next hour."),
            _("Book your place in an ER queue below, then travel there. If you get worse on the way, call %(number)s.")
            % {"number": number},
            "error",
        ),
        "urgent": DispositionCopy(
            disposition_words("urgent"),
            _("Within about 24 hours."),
            _("Contact an on-duty health worker now. If you cannot reach one, an emergency department can see you."),
            "warn",
        ),
        "routine": DispositionCopy(
            disposition_words("routine"),
            _("Within about a week."),
            _("Contact a health worker to arrange it. You do not need to go to an emergency department."),
            "warn",
        ),
        "self_care": DispositionCopy(
            disposition_words("self_care"),
            _("No appointment needed now."),
            _("Follow the self-care advice. Check the warning signs below: if any appear, get help sooner."),
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


def answers_in_words(answers: dict) -> list[tuple[str, str]]:
    """(question, answer) pairs in plain words, "yes" answers and measurements first; never internal codes.

    Works on stored answers from any catalogue version: an id the catalogue no longer has is shown
    as "(a question no longer asked)" rather than as its code.
    """
    from triage import engine
    from triage.localized import catalogue_in

    served = catalogue_in()
    complaint = engine.complaint_by_code(answers.get("complaint", ""))
    flags = {f.id: data_text(f.question) for f in complaint.red_flags} if complaint else {}
    signs = {s["id"]: s["question"] for s in served["danger_signs"]["signs"]}
    signs[served["danger_signs"]["not_sure"]["id"]] = served["danger_signs"]["not_sure"]["question"]
    general = {q["id"]: q for q in served["general_questions"]}
    vitals = {v["id"]: v for v in served["vitals"]}
    yes_no = {True: _("Yes"), False: _("No")}
    first: list[tuple[str, str]] = [
        (_("Main problem"), data_text(complaint.label) if complaint else _("(a problem no longer listed)"))
    ]
    rest: list[tuple[str, str]] = []
    for fid, yes in (answers.get("red_flags") or {}).items():
        (first if yes else rest).append((flags.get(fid, _("(a question no longer asked)")), yes_no[bool(yes)]))
    ticked = [
        signs.get(sid, _("(a sign no longer asked)")) for sid, yes in (answers.get("danger_signs") or {}).items() if yes
    ]
    if "danger_signs" in answers:
        first.append((_("Warning signs"), "; ".join(ticked) if ticked else served["danger_signs"]["none_label"]))
    for key, value in answers.items():
        q = general.get(key)
        if q is None or key == "age_years" or value is None:
            continue
        if q.get("choices"):
            shown = next((c["label"] for c in q["choices"] if c["value"] == value), str(value))
        elif isinstance(value, bool):
            shown = yes_no[value]
        else:
            shown = str(value)
        (first if value is True else rest).append((q["question"], shown))
    for key, value in (answers.get("vitals") or {}).items():
        v = vitals.get(key)
        if v is not None:
            label = next((c["label"] for c in v["choices"] if c["value"] == value), None) if v["choices"] else None
            shown = label or (yes_no[value] if isinstance(value, bool) else f"{value} {v['unit']}".strip())
            first.append((v["label"], shown))
    if answers.get("stopped_early"):
        first.append((_("Sent early"), _("At an emergency answer, before the remaining questions")))
    return first + rest


def complaint_label(code: str) -> str:
    from triage import engine

    complaint = engine.complaint_by_code(code or "")
    return data_text(complaint.label) if complaint else _("Symptom check")
