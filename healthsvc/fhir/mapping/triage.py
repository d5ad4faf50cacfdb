"""QuestionnaireResponse (a triage record's answers) and RiskAssessment (its current result).

Both have the triage record's id and are read through triage's selector: a patient sees their own records
(their dependants' included), nurses, clinicians and administrators see every record, and each such staff
read writes the audit row the REST API writes (triage.services.triage_records_audit_read).

Why RiskAssessment and not GuidanceResponse (docs/fhir.md says more): a triage result is an assessment of
how urgent a patient's problem is and where they should go, made from their answers. RiskAssessment holds
exactly that in its own elements (the acuity as `prediction.qualitativeRisk`, the disposition as
`prediction.outcome`, the time to a clinician as `prediction.whenRange`, the rules that fired as
`rationale`, the answers as `basis`, the ruleset as `method`, escalation advice as `mitigation`) and is
searchable by patient and date. GuidanceResponse reports a decision-support *call* (its status is the call's
success or failure) and carries its results only by reference to a separate Parameters or RequestGroup, with
no date search.
"""

from __future__ import annotations

from healthsvc.fhir import codes
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.mapping.patient import subject_q, subject_reference
from healthsvc.fhir.mapping.questionnaire import questionnaire_canonical, response_items
from healthsvc.fhir.search import DATE, REFERENCE, TOKEN, Clause, SearchParam
from triage.choices import ResultKind, TriageState
from triage.engine import CTAS_LEVELS
from triage.presentation import disposition_words
from triage.selectors import can_read_all_records, triage_record_current_result, triage_records_visible_to
from triage.services import triage_records_audit_read

TRIAGE_SNOMED = ("225390008", "Triage")
ENGINE_DISPLAY = "healthsvc triage engine"

# Our record states -> QuestionnaireResponse.status: the answers are complete once sent, whatever the
# calculation does next; a record cancelled before its result was worked out was abandoned.
RESPONSE_STATUS = {
    TriageState.REQUESTED: "completed",
    TriageState.RECORDED: "completed",
    TriageState.CALCULATING: "completed",
    TriageState.COMPLETED: "completed",
    TriageState.FAILED: "completed",
    TriageState.CANCELLED: "stopped",
}
# The current result's kind -> RiskAssessment.status.
ASSESSMENT_STATUS = {ResultKind.ACTIVE: "final", ResultKind.OVERRIDE: "amended"}

PATIENT_PARAM = SearchParam(
    "patient", REFERENCE, "Whom it is about: Patient/<id> (an account) or Patient/dependant-<id>.", target="Patient"
)


class _TriageRecordEndpoint(Endpoint):
    """What both resources share: the selector, the patient filter and the audit."""

    def visible(self, user):
        return triage_records_visible_to(user=user)

    def audit(self, user, objects: list) -> None:
        triage_records_audit_read(actor=user, records=objects)

    def narrow_common(self, items, clause: Clause):
        if clause.param.name == "patient":
            return items.filter(subject_q(clause.values))
        raise AssertionError(clause.param.name)


class QuestionnaireResponseEndpoint(_TriageRecordEndpoint):
    type_name = "QuestionnaireResponse"
    description = "A symptom check's answers (id = the triage record's id)."
    search_params = (
        PATIENT_PARAM,
        SearchParam(
            "status",
            TOKEN,
            "completed (sent) or stopped (cancelled before a result).",
            codes=tuple(sorted(set(RESPONSE_STATUS.values()))),
            system="http://hl7.org/fhir/questionnaire-answers-status",
        ),
        SearchParam("authored", DATE, "When the answers were sent (prefixes eq, ne, gt, ge, lt, le, sa, eb)."),
    )

    def narrow(self, items, clause: Clause):
        name = clause.param.name
        if name == "status":
            states = [state for state, status in RESPONSE_STATUS.items() if status in clause.values]
            return items.filter(state__in=states)
        if name == "authored":
            return items.filter(clause.date_q("requested_at"))
        return self.narrow_common(items, clause)

    def render(self, request, objects: list) -> list[dict]:
        return [questionnaire_response(record) for record in objects]


def questionnaire_response(record) -> dict:
    resource = {
        "resourceType": "QuestionnaireResponse",
        "id": str(record.pk),
        "questionnaire": questionnaire_canonical(record.catalogue_version),
        "status": RESPONSE_STATUS[record.state],
        "subject": subject_reference(record.patient, record.dependant),
        "authored": codes.instant(record.requested_at),
        "author": subject_reference(record.patient, None),  # the account holder filled it in
        "item": response_items(record.answers),
    }
    return {key: value for key, value in resource.items() if value != []}


class RiskAssessmentEndpoint(_TriageRecordEndpoint):
    type_name = "RiskAssessment"
    description = "A symptom check's current result: acuity and disposition (id = the triage record's id)."
    search_params = (
        PATIENT_PARAM,
        SearchParam(
            "status",
            TOKEN,
            "final (the engine's result) or amended (a clinician's override).",
            codes=("amended", "final"),
            system="http://hl7.org/fhir/observation-status",
        ),
        SearchParam("date", DATE, "When the result was worked out (prefixes eq, ne, gt, ge, lt, le, sa, eb)."),
    )

    def visible(self, user):
        # Completed with a current result (one at most: a partial unique index), so the join adds no rows.
        return super().visible(user).filter(state=TriageState.COMPLETED, results__is_current=True)

    def narrow(self, items, clause: Clause):
        name = clause.param.name
        if name == "status":
            kinds = [kind for kind, status in ASSESSMENT_STATUS.items() if status in clause.values]
            # One filter() call, so both conditions hold for the same (current) result.
            return items.filter(results__is_current=True, results__kind__in=kinds)
        if name == "date":
            return items.filter(clause.date_q("completed_at"))
        return self.narrow_common(items, clause)

    def render(self, request, objects: list) -> list[dict]:
        staff = can_read_all_records(request.user)
        return [risk_assessment(record, triage_record_current_result(record), staff=staff) for record in objects]


def _acuity(level: int) -> dict:
    name = CTAS_LEVELS[level][0] if level in CTAS_LEVELS else ""
    return codes.concept(codes.ACUITY, str(level), f"CTAS {level}: {name}" if name else f"CTAS {level}")


def risk_assessment(record, result, *, staff: bool) -> dict:
    """The current result. `staff`: the reader may see the clinician's internal override note."""
    overridden = result.kind == ResultKind.OVERRIDE
    prediction = {
        "outcome": codes.concept(codes.DISPOSITION, result.disposition, disposition_words(result.disposition)),
        "qualitativeRisk": _acuity(result.acuity),
    }
    if result.time_to_clinician_minutes is not None:
        prediction["whenRange"] = {"high": codes.minutes(result.time_to_clinician_minutes)}
    rationale = " ".join(reason["text"] for reason in result.reasons if reason.get("text"))
    if rationale:
        prediction["rationale"] = rationale
    notes = [*result.notes]
    if result.patient_message:
        notes.append(f"From the clinician: {result.patient_message}")
    if staff and overridden and result.override_reason:
        notes.append(f"Internal override note (staff only): {result.override_reason}")
    performer = result.overridden_by.get_full_name() if overridden and result.overridden_by_id else ENGINE_DISPLAY
    resource = {
        "resourceType": "RiskAssessment",
        "id": str(record.pk),
        "meta": {"lastUpdated": codes.instant(result.created_at)},
        "status": ASSESSMENT_STATUS[result.kind],
        "code": codes.concept(codes.SNOMED, *TRIAGE_SNOMED),
        "method": codes.concept(
            codes.RULESET,
            result.ruleset_version,
            f"Triage rules {result.ruleset_version}",
            text="Clinician override" if overridden else f"Triage rules {result.ruleset_version}",
        ),
        "subject": subject_reference(record.patient, record.dependant),
        "occurrenceDateTime": codes.instant(record.completed_at),
        "performer": {"display": performer},
        "basis": [codes.reference("QuestionnaireResponse", record.pk)],
        "prediction": [prediction],
        "mitigation": " ".join(result.escalation_advice) or None,
        "note": [{"text": note} for note in notes],
    }
    if result.news2 is not None:
        resource["extension"] = [{"url": codes.EXT_NEWS2, "valueInteger": result.news2}]
    return {key: value for key, value in resource.items() if value not in (None, [])}
