"""Turn untrusted, JSON-decoded input into Answers, or raise AnswersInvalid with per-field messages.

Contract: for ANY JSON-decoded value (and any dict with arbitrary keys), validate_answers
either returns Answers or raises AnswersInvalid; never anything else. Messages never echo
long or unprintable client input.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .catalogue import FLAGS_BY_COMPLAINT, VITALS, complaint_by_code
from .danger_signs import DANGER_SIGNS_BY_ID
from .types import DURATIONS, LEGACY_DURATIONS, ONSETS, SEXES, Answers, Vitals

NON_FIELD = "non_field_errors"
REQUIRED = "This field is required."
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.-]{1,48}$")

_TOP_LEVEL = frozenset(
    {
        "age_years",
        "sex",
        "complaint",
        "pain",
        "onset",
        "duration",
        "red_flags",
        "danger_signs",
        "stopped_early",
        "home_treatment_failed",
        "pregnant",
        "immunocompromised",
        "anticoagulants",
        "diabetes",
        "known_recurrent",
        "immunizations_incomplete",
        "vitals",
    }
)
_OPTIONAL_BOOLS = ("immunocompromised", "anticoagulants", "diabetes", "known_recurrent")
_VITAL_SPECS = {v.id: v for v in VITALS}
MAX_RED_FLAGS = 64


class AnswersInvalid(ValueError):
    """The answers cannot be triaged as sent; `fields` maps each field to its messages."""

    def __init__(self, fields: dict[str, list[str]]):
        self.fields = fields
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in fields.items()))


def _safe(key: Any) -> str:
    return key if isinstance(key, str) and _SAFE_ID.match(key) else "(unprintable)"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "an unsupported value"


def _number(value: Any, lo: float, hi: float, *, integer: bool) -> tuple[float | int | None, str | None]:
    expected = "a whole number" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None, f"Expected {expected}, not {_type_name(value)}."
    if isinstance(value, float):
        if not math.isfinite(value):
            return None, "Must be a finite number."
        if integer and not value.is_integer():
            return None, "Must be a whole number."
    # Compare before converting: a huge int would overflow float().
    if not lo <= value <= hi:
        return None, f"Must be between {lo:g} and {hi:g}."
    return (int(value) if integer else float(value)), None


def _text(value: Any, choices: tuple[str, ...] | None = None, max_len: int = 64) -> tuple[str | None, str | None]:
    if not isinstance(value, str):
        return None, f"Expected text, not {_type_name(value)}."
    if "\x00" in value:
        return None, "Must not contain NUL characters."
    if len(value) > max_len:
        return None, f"Must be at most {max_len} characters."
    if choices is not None and value not in choices:
        return None, "Must be one of: " + ", ".join(choices) + "."
    return value, None


def _bool(value: Any) -> tuple[bool | None, str | None]:
    if value is None or isinstance(value, bool):
        return value, None
    return None, f"Expected true, false or null, not {_type_name(value)}."


def _yes_no_answers(raw_map: Any, field: str, known, owner: str, err) -> dict[str, bool]:
    """A {question id: true/false/null} object; null means not answered (treated as "no")."""
    out: dict[str, bool] = {}
    if raw_map is None:
        return out
    if not isinstance(raw_map, dict):
        err(field, f"Expected an object of question id to true/false, not {_type_name(raw_map)}.")
        return out
    if len(raw_map) > MAX_RED_FLAGS:
        err(field, f"At most {MAX_RED_FLAGS} answers are accepted.")
        return out
    for qid, answer in raw_map.items():
        if not isinstance(qid, str) or "\x00" in qid:
            err(field, "Question ids must be text without NUL characters.")
            continue
        if known is not None and qid not in known:
            err(field, f"Question '{_safe(qid)}' does not belong to {owner}.")
            continue
        value, message = _bool(answer)
        if message:
            err(f"{field}.{_safe(qid)}", message)
        elif value is not None:
            out[qid] = value
    return out


def validate_answers(raw: Any) -> Answers:
    """Validate a JSON-decoded questionnaire; raise AnswersInvalid listing every problem found."""
    if not isinstance(raw, dict):
        raise AnswersInvalid({NON_FIELD: [f"Expected an object, not {_type_name(raw)}."]})
    errors: dict[str, list[str]] = {}

    def err(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    unknown = [k for k in raw if k not in _TOP_LEVEL]
    if unknown:
        names = ", ".join(_safe(k) for k in unknown[:5]) + (" ..." if len(unknown) > 5 else "")
        err(NON_FIELD, f"Unknown field(s): {names}.")

    def required(field: str, check) -> Any:
        if field not in raw or raw[field] is None:
            err(field, REQUIRED)
            return None
        value, message = check(raw[field])
        if message:
            err(field, message)
        return value

    age = required("age_years", lambda v: _number(v, 0, 120, integer=False))
    sex = required("sex", lambda v: _text(v, SEXES))
    code = required("complaint", _text)
    complaint = None
    if code is not None:
        complaint = complaint_by_code(code)
        if complaint is None:
            err("complaint", "Unknown complaint code.")
    stopped_early, message = _bool(raw.get("stopped_early"))
    if message:
        err("stopped_early", message)

    # A questionnaire stopped at an emergency answer has not reached these questions yet: they take the
    # more urgent reading (no pain assumed, a sudden start within the hour), and the result says so.
    def not_yet_asked_or_required(field: str, early_default: Any, check) -> Any:
        if stopped_early and raw.get(field) is None:
            return early_default
        return required(field, check)

    pain = not_yet_asked_or_required("pain", 0, lambda v: _number(v, 0, 10, integer=True))
    onset = not_yet_asked_or_required("onset", "sudden", lambda v: _text(v, ONSETS))
    duration = not_yet_asked_or_required("duration", "lt_1h", lambda v: _text(v, DURATIONS + LEGACY_DURATIONS))

    known_flags = FLAGS_BY_COMPLAINT[complaint.code] if complaint is not None else None
    owner = f"complaint '{complaint.code}'" if complaint is not None else ""
    flags_out = _yes_no_answers(raw.get("red_flags"), "red_flags", known_flags, owner, err)
    signs_out = _yes_no_answers(raw.get("danger_signs"), "danger_signs", DANGER_SIGNS_BY_ID, "the danger signs", err)

    # Left out: "no" (the documented API default). Sent as null: "not sure", kept as None; the rules read a
    # "not sure" about a risk (immune system, blood thinners, diabetes) as "may be", and say so in the notes.
    bools: dict[str, bool | None] = {}
    for field in _OPTIONAL_BOOLS:
        value, message = _bool(raw.get(field))
        if message:
            err(field, message)
        bools[field] = value if field in raw else False
    pregnant, message = _bool(raw.get("pregnant"))
    if message:
        err("pregnant", message)
    immunizations, message = _bool(raw.get("immunizations_incomplete"))
    if message:
        err("immunizations_incomplete", message)
    home_treatment_failed, message = _bool(raw.get("home_treatment_failed"))
    if message:
        err("home_treatment_failed", message)

    vitals = _vitals(raw.get("vitals"), err)

    # Cross-field consistency: contradictions are more likely typing errors than facts.
    if pregnant is True and sex == "male":
        err("pregnant", "Pregnancy cannot be answered 'yes' when sex is male.")
    if pregnant is True and age is not None and age < 10:
        err("pregnant", "Pregnancy cannot be answered 'yes' under the age of 10.")
    if complaint is not None and sex is not None and complaint.sexes and sex not in complaint.sexes:
        err("complaint", f"This complaint does not apply when sex is {sex}.")
    if complaint is not None and age is not None and age < 10 and complaint.tags & {"pregnancy", "postpartum"}:
        err("complaint", "This complaint does not apply under the age of 10.")
    if complaint is not None and "pregnancy" in complaint.tags and pregnant is False:
        err("pregnant", "You chose a pregnancy problem but answered that you are not pregnant.")

    if errors:
        raise AnswersInvalid(errors)
    return Answers(
        age_years=age,
        sex=sex,
        complaint=code,
        pain=pain,
        onset=onset,
        duration=duration,
        red_flags=flags_out,
        danger_signs=signs_out,
        stopped_early=bool(stopped_early),
        home_treatment_failed=home_treatment_failed,
        pregnant=pregnant,
        immunocompromised=bools["immunocompromised"],
        anticoagulants=bools["anticoagulants"],
        diabetes=bools["diabetes"],
        known_recurrent=bools["known_recurrent"],
        immunizations_incomplete=immunizations,
        vitals=vitals,
    )


def _vitals(raw: Any, err) -> Vitals | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        err("vitals", f"Expected an object, not {_type_name(raw)}.")
        return None
    values: dict[str, Any] = {}
    unknown = [k for k in raw if k not in _VITAL_SPECS]
    if unknown:
        err("vitals", "Unknown measurement(s): " + ", ".join(_safe(k) for k in unknown[:5]) + ".")
    for key, spec in _VITAL_SPECS.items():
        value = raw.get(key)
        if value is None:
            continue
        field = f"vitals.{key}"
        if spec.kind in ("integer", "number"):
            out, message = _number(value, spec.min, spec.max, integer=spec.kind == "integer")
        elif spec.kind == "choice":
            out, message = _text(value, tuple(c for c, _ in spec.choices))
        else:
            out, message = _bool(value)
        if message:
            err(field, message)
        else:
            values[key] = out
    sbp, dbp = values.get("systolic_bp"), values.get("diastolic_bp")
    if sbp is not None and dbp is not None and dbp >= sbp:
        err("vitals.diastolic_bp", "The bottom number must be lower than the top number.")
    return Vitals(**values)
