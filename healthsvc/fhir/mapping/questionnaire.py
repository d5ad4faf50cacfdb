"""Questionnaire: the triage catalogue as a FHIR form, and a record's answers as that form's items.

Both directions use the same linkIds, so a QuestionnaireResponse we emit always names items of the
Questionnaire we serve:

* `complaint`, then each general question by its id (`pain`, `onset`, ..., `age_years` and `sex` read-only:
  they come from the profile), and `stopped_early` (hidden);
* `red_flags` > `red_flags.<complaint>` > `red_flags.<complaint>.<flag>`, each complaint's group shown only
  when it is the complaint (enableWhen): flag ids repeat across complaints, linkIds may not;
* `danger_signs` > `danger_signs.<sign>`, each shown for the ages it applies to, unless the complaint
  already covers it (enableWhen, all of them);
* `vitals` > `vitals.<id>`.

A yes/no question that also takes "not sure" is a choice of Y / N (v2-0136) / asked-unknown
(data-absent-reason), FHIR's yesnodontknow value set. Conditions the catalogue states that enableWhen
cannot (an age range together with a sex) are widened, never narrowed: the form may ask a question the
patient page would have skipped, never the reverse.
"""

from __future__ import annotations

import functools

from healthsvc.fhir import codes
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.search import STRING, TOKEN, URI, Clause, SearchParam
from triage import engine

QUESTIONNAIRE_ID = "triage"
QUESTIONNAIRE_URL = f"{codes.CANONICAL}/Questionnaire/{QUESTIONNAIRE_ID}"
YES_NO_UNSURE = {
    True: codes.coding(codes.V2_0136, "Y", "Yes"),
    False: codes.coding(codes.V2_0136, "N", "No"),
    None: codes.coding(codes.DATA_ABSENT_REASON, "asked-unknown", "Not sure"),
}
_TYPES = {"integer": "integer", "number": "decimal", "choice": "choice", "boolean": "boolean"}


def questionnaire_canonical(version: str) -> str:
    return f"{QUESTIONNAIRE_URL}|{version}"


def _limits(spec: dict) -> list[dict]:
    value_type = "valueInteger" if spec["type"] == "integer" else "valueDecimal"
    limits = [(codes.EXT_MIN_VALUE, spec.get("min")), (codes.EXT_MAX_VALUE, spec.get("max"))]
    return [{"url": url, value_type: value} for url, value in limits if value is not None]


def _choice_options(question_id: str, choices: list[dict]) -> list[dict]:
    system = codes.triage_answer_system(question_id)
    return [{"valueCoding": codes.coding(system, choice["value"], choice["label"])} for choice in choices]


def _answer_item(link_id: str, text: str, spec: dict, *, required: bool = False) -> dict:
    """An item for one answer (a general question or a vital), typed as the catalogue types it."""
    item: dict = {"linkId": link_id, "text": text, "required": required}
    if spec.get("allow_unknown"):
        item["type"] = "choice"
        item["answerOption"] = [{"valueCoding": coding} for coding in YES_NO_UNSURE.values()]
    else:
        item["type"] = _TYPES[spec["type"]]
        if spec["type"] == "choice":
            item["answerOption"] = _choice_options(spec["id"], spec["choices"])
        if spec["type"] in ("integer", "number"):
            item["extension"] = _limits(spec) or None
    return {key: value for key, value in item.items() if value is not None}


def _complaint_is(code: str, operator: str = "=") -> dict:
    return {"question": "complaint", "operator": operator, "answerCoding": codes.coding(codes.COMPLAINT, code)}


def _general_item(question: dict, catalogue: dict) -> dict:
    item = _answer_item(question["id"], question["question"], question, required=question.get("required", False))
    if question.get("source") == "patient_profile":
        item["readOnly"] = True
    asked = question.get("asked_when") or {}
    conditions = []
    if "sex" in asked:
        system = codes.triage_answer_system("sex")
        conditions = [
            {"question": "sex", "operator": "=", "answerCoding": codes.coding(system, sex)} for sex in asked["sex"]
        ]
    elif asked.get("self_care_first"):
        conditions = [_complaint_is(c["code"]) for c in catalogue["complaints"] if c["self_care_first"]]
    elif "max_age_years" in asked:
        conditions = [{"question": "age_years", "operator": "<", "answerDecimal": asked["max_age_years"]}]
    if conditions:
        item["enableWhen"] = conditions
        item["enableBehavior"] = "any"
    return item


def _group_item(link_id: str, text: str, items: list[dict], **extra) -> dict:
    return {"linkId": link_id, "text": text, "type": "group", **extra, "item": items}


def _red_flag_groups(catalogue: dict) -> dict:
    groups = []
    for complaint in catalogue["complaints"]:
        prefix = f"red_flags.{complaint['code']}"
        flags = [
            {"linkId": f"{prefix}.{flag['id']}", "text": flag["question"], "type": "boolean"}
            for flag in complaint["red_flags"]
        ]
        if flags:
            groups.append(_group_item(prefix, complaint["label"], flags, enableWhen=[_complaint_is(complaint["code"])]))
    return _group_item("red_flags", "Warning signs for the main problem", groups)


def _danger_sign_group(catalogue: dict) -> dict:
    checklist = catalogue["danger_signs"]
    covered_by: dict[str, list[str]] = {}
    for complaint in catalogue["complaints"]:
        for sign_id in complaint["danger_signs_covered"]:
            covered_by.setdefault(sign_id, []).append(complaint["code"])
    items = []
    for sign in [*checklist["signs"], checklist["not_sure"]]:
        conditions = []
        if sign["min_age_years"]:
            conditions.append({"question": "age_years", "operator": ">=", "answerDecimal": sign["min_age_years"]})
        if sign["max_age_years"] is not None:
            conditions.append({"question": "age_years", "operator": "<", "answerDecimal": sign["max_age_years"]})
        conditions += [_complaint_is(code, "!=") for code in covered_by.get(sign["id"], [])]
        item = {"linkId": f"danger_signs.{sign['id']}", "text": sign["question"], "type": "boolean"}
        if conditions:
            item |= {"enableWhen": conditions, "enableBehavior": "all"}
        items.append(item)
    return _group_item("danger_signs", checklist["question"], items)


@functools.cache
def questionnaire_resource() -> dict:
    """The current catalogue as a Questionnaire (built once per process: the catalogue is code). Never mutate it."""
    catalogue = engine.catalogue_as_dict()
    complaint = {
        "linkId": "complaint",
        "text": "What is the main problem?",
        "type": "choice",
        "required": True,
        "answerOption": [
            {"valueCoding": codes.coding(codes.COMPLAINT, c["code"], c["label"])} for c in catalogue["complaints"]
        ],
    }
    stopped_early = {
        "linkId": "stopped_early",
        "text": "The questionnaire stopped early at an emergency answer",
        "type": "boolean",
        "extension": [{"url": codes.EXT_HIDDEN, "valueBoolean": True}],
    }
    vitals = _group_item(
        "vitals",
        "Measurements, if you have them",
        [_answer_item(f"vitals.{vital['id']}", vital["label"], vital) for vital in catalogue["vitals"]],
    )
    return {
        "resourceType": "Questionnaire",
        "id": QUESTIONNAIRE_ID,
        "url": QUESTIONNAIRE_URL,
        "version": catalogue["version"],
        "name": "HealthsvcTriage",
        "title": "Symptom check (self-triage)",
        "status": "active",
        "subjectType": ["Patient"],
        "description": catalogue["notice"],
        "item": [
            complaint,
            *(_general_item(question, catalogue) for question in catalogue["general_questions"]),
            stopped_early,
            _red_flag_groups(catalogue),
            _danger_sign_group(catalogue),
            vitals,
        ],
    }


@functools.cache
def _texts() -> dict[str, str]:
    texts: dict[str, str] = {}

    def walk(items):
        for item in items:
            texts[item["linkId"]] = item.get("text", "")
            walk(item.get("item", []))

    walk(questionnaire_resource()["item"])
    return texts


@functools.cache
def _specs() -> dict[str, dict]:
    catalogue = engine.catalogue_as_dict()
    specs = {question["id"]: question for question in catalogue["general_questions"]}
    specs |= {f"vitals.{vital['id']}": vital for vital in catalogue["vitals"]}
    return specs


def _answer(link_id: str, spec: dict, value) -> list[dict] | None:
    """The answer list of one item, or None when there is nothing to say (not asked)."""
    if spec.get("allow_unknown"):
        if value is None and spec.get("default") is not False:
            return None  # None here means "not asked" as much as "not sure": say nothing
        return [{"valueCoding": YES_NO_UNSURE[value]}]
    if value is None:
        return None
    if spec["type"] == "choice":
        label = next((c["label"] for c in spec["choices"] if c["value"] == value), None)
        return [{"valueCoding": codes.coding(codes.triage_answer_system(spec["id"]), str(value), label)}]
    if spec["type"] == "boolean":
        return [{"valueBoolean": bool(value)}]
    return [{"valueInteger" if spec["type"] == "integer" else "valueDecimal": value}]


def _leaf(link_id: str, answer: list[dict] | None) -> dict | None:
    if answer is None:
        return None
    text = _texts().get(link_id)
    return {"linkId": link_id, **({"text": text} if text else {}), "answer": answer}


def _group(link_id: str, children: list) -> dict | None:
    children = [child for child in children if child is not None]
    if not children:
        return None
    text = _texts().get(link_id)
    return {"linkId": link_id, **({"text": text} if text else {}), "item": children}


def response_items(answers: dict) -> list[dict]:
    """A record's stored answers as QuestionnaireResponse items (unanswered questions left out)."""
    specs = _specs()
    complaint = answers.get("complaint", "")
    known = engine.complaint_by_code(complaint) if complaint else None
    items = [
        _leaf(
            "complaint",
            [{"valueCoding": codes.coding(codes.COMPLAINT, complaint, known.label if known else None)}]
            if complaint
            else None,
        )
    ]
    items += [
        _leaf(question_id, _answer(question_id, spec, answers.get(question_id)))
        for question_id, spec in specs.items()
        if not question_id.startswith("vitals.") and question_id in answers
    ]
    if answers.get("stopped_early"):
        items.append(_leaf("stopped_early", [{"valueBoolean": True}]))
    flags = answers.get("red_flags") or {}
    prefix = f"red_flags.{complaint}"
    items.append(
        _group(
            "red_flags",
            [_group(prefix, [_leaf(f"{prefix}.{flag}", [{"valueBoolean": bool(v)}]) for flag, v in flags.items()])],
        )
    )
    signs = answers.get("danger_signs") or {}
    items.append(
        _group(
            "danger_signs", [_leaf(f"danger_signs.{sign}", [{"valueBoolean": bool(v)}]) for sign, v in signs.items()]
        )
    )
    vitals = answers.get("vitals") or {}
    items.append(
        _group(
            "vitals",
            [
                _leaf(f"vitals.{name}", _answer(f"vitals.{name}", specs[f"vitals.{name}"], value))
                for name, value in vitals.items()
                if f"vitals.{name}" in specs
            ],
        )
    )
    return [item for item in items if item is not None]


class QuestionnaireEndpoint(Endpoint):
    type_name = "Questionnaire"
    description = "The triage questionnaire (id triage), for an integrator's form; public, like the REST one."
    public = True
    cache_control = "public, max-age=300"  # as GET /api/v1/triage/questionnaire/
    numeric_ids = False
    search_params = (
        SearchParam("url", URI, "The canonical URL: " + QUESTIONNAIRE_URL),
        SearchParam("version", TOKEN, "The catalogue version."),
        SearchParam("status", TOKEN, "Always active.", codes=("draft", "active", "retired", "unknown")),
        SearchParam("name", STRING, "The computer-friendly name (HealthsvcTriage)."),
    )

    def visible(self, user) -> list:
        return [questionnaire_resource()]

    def id_of(self, item) -> str:
        return item["id"]

    def narrow(self, items, clause: Clause):
        name = clause.param.name
        if name == "name":
            return [item for item in items if any(item["name"].lower().startswith(v.lower()) for v in clause.values)]
        return [item for item in items if item[name] in clause.values]

    def render(self, request, objects: list) -> list[dict]:
        return objects
