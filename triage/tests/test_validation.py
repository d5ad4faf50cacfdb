"""validate_answers: per-field messages, and never anything but AnswersInvalid on arbitrary JSON."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.engine import Answers, AnswersInvalid, Vitals, complaint_by_code, evaluate, validate_answers
from triage.engine.validation import MAX_RED_FLAGS, NON_FIELD, REQUIRED

from .test_engine_properties import raw_answers

FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GOOD = {
    "age_years": 34,
    "sex": "female",
    "complaint": "chest_pain",
    "pain": 5,
    "onset": "sudden",
    "duration": "1_24h",
    "red_flags": {"cardiac_features": False, "tearing": False},
    "pregnant": False,
    "vitals": {
        "heart_rate": 88,
        "systolic_bp": 124,
        "diastolic_bp": 80,
        "spo2": 98,
        "temperature_c": 36.9,
        "consciousness": "alert",
        "supplemental_oxygen": False,
    },
}


def invalid(**changes) -> dict[str, list[str]]:
    raw = {**GOOD, **changes}
    raw = {k: v for k, v in raw.items() if v is not _DROP}
    with pytest.raises(AnswersInvalid) as exc:
        validate_answers(raw)
    assert exc.value.fields and all(isinstance(m, list) and m for m in exc.value.fields.values())
    json.dumps(exc.value.fields)
    return exc.value.fields


_DROP = object()


def test_good_answers_validate():
    a = validate_answers(GOOD)
    assert isinstance(a, Answers) and a.age_years == 34.0 and a.pain == 5
    assert a.vitals == Vitals(
        heart_rate=88,
        systolic_bp=124,
        diastolic_bp=80,
        spo2=98,
        temperature_c=36.9,
        consciousness="alert",
        supplemental_oxygen=False,
    )
    assert a.red_flags == {"cardiac_features": False, "tearing": False}
    assert evaluate(a).disposition == "urgent"


def test_minimal_answers_validate_with_defaults():
    a = validate_answers(
        {"age_years": 5, "sex": "male", "complaint": "cough", "pain": 0, "onset": "gradual", "duration": "1_7d"}
    )
    assert a.red_flags == {} and a.vitals is None and a.pregnant is None and a.anticoagulants is False


def test_not_an_object():
    for raw in (None, [], "chest_pain", 3, True):
        with pytest.raises(AnswersInvalid) as exc:
            validate_answers(raw)
        assert NON_FIELD in exc.value.fields


@pytest.mark.parametrize("field", ["age_years", "sex", "complaint", "pain", "onset", "duration"])
def test_missing_required_answers(field):
    assert invalid(**{field: _DROP})[field] == [REQUIRED]
    assert invalid(**{field: None})[field] == [REQUIRED]


def test_unknown_complaint():
    assert invalid(complaint="broken_heart")["complaint"] == ["Unknown complaint code."]


def test_red_flags_must_belong_to_the_complaint():
    fields = invalid(red_flags={"thunderclap": True})
    assert "does not belong to complaint 'chest_pain'" in fields["red_flags"][0]


def test_red_flag_answers_must_be_booleans_and_null_means_unanswered():
    assert "red_flags.tearing" in invalid(red_flags={"tearing": "yes"})
    assert "red_flags.tearing" in invalid(red_flags={"tearing": 1})
    assert validate_answers({**GOOD, "red_flags": {"tearing": None}}).red_flags == {}
    assert "red_flags" in invalid(red_flags=["tearing"])
    assert "red_flags" in invalid(red_flags={f"x{i}": True for i in range(MAX_RED_FLAGS + 1)})


@pytest.mark.parametrize("value", [True, False])
def test_bool_is_not_accepted_where_a_number_is_expected(value):
    assert "not true/false" in invalid(pain=value)["pain"][0]
    assert "not true/false" in invalid(age_years=value)["age_years"][0]
    assert "vitals.heart_rate" in invalid(vitals={"heart_rate": value})


@pytest.mark.parametrize("value", ["5", "five", [5], {"v": 5}])
def test_strings_and_containers_are_not_numbers(value):
    assert invalid(pain=value)["pain"][0].startswith("Expected a whole number")
    assert invalid(age_years=value)["age_years"][0].startswith("Expected a number")


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_rejected(value):
    assert invalid(age_years=value)["age_years"] == ["Must be a finite number."]
    assert invalid(vitals={"temperature_c": value})["vitals.temperature_c"] == ["Must be a finite number."]


@pytest.mark.parametrize("value", [10**400, -(10**400), 1e308])
def test_huge_numbers_are_out_of_range_not_crashes(value):
    assert invalid(pain=value)["pain"]
    assert invalid(age_years=value)["age_years"]
    assert invalid(vitals={"heart_rate": value})["vitals.heart_rate"]


def test_whole_numbers_only_where_integers_are_expected():
    assert validate_answers({**GOOD, "pain": 5.0}).pain == 5
    assert invalid(pain=5.5)["pain"] == ["Must be a whole number."]
    assert invalid(vitals={"heart_rate": 80.5})["vitals.heart_rate"] == ["Must be a whole number."]


@pytest.mark.parametrize(("field", "value"), [("pain", 11), ("pain", -1), ("age_years", 121), ("age_years", -0.1)])
def test_out_of_range_answers(field, value):
    assert invalid(**{field: value})[field][0].startswith("Must be between")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("heart_rate", 301),
        ("respiratory_rate", -1),
        ("systolic_bp", 29),
        ("spo2", 101),
        ("spo2", 39),
        ("temperature_c", 46.0),
        ("temperature_c", 24.9),
        ("blood_glucose_mmol_l", 61),
        ("diastolic_bp", 201),
    ],
)
def test_vitals_outside_plausible_ranges(key, value):
    vitals = {key: value}
    assert invalid(vitals=vitals)[f"vitals.{key}"][0].startswith("Must be between")


def test_vitals_enumerations_booleans_and_unknown_keys():
    assert "vitals.consciousness" in invalid(vitals={"consciousness": "asleep"})
    assert "vitals.supplemental_oxygen" in invalid(vitals={"supplemental_oxygen": "no"})
    assert invalid(vitals={"pulse": 80})["vitals"][0].startswith("Unknown measurement")
    assert "vitals" in invalid(vitals=[80])
    assert "vitals.diastolic_bp" in invalid(vitals={"systolic_bp": 100, "diastolic_bp": 100})


def test_nul_characters_and_long_strings_are_rejected():
    assert invalid(complaint="chest\x00pain")["complaint"] == ["Must not contain NUL characters."]
    assert invalid(sex="fe\x00male")["sex"] == ["Must not contain NUL characters."]
    assert invalid(complaint="x" * 10_000)["complaint"][0].startswith("Must be at most")
    fields = invalid(red_flags={"a\x00b": True})
    assert "NUL" in fields["red_flags"][0]


def test_enumerations():
    assert invalid(sex="f")["sex"][0].startswith("Must be one of")
    assert invalid(onset="slowly")["onset"][0].startswith("Must be one of")
    assert invalid(duration="2_days")["duration"][0].startswith("Must be one of")


def test_pregnancy_answered_for_a_male_or_a_young_child():
    assert "male" in invalid(sex="male", pregnant=True)["pregnant"][0]
    assert "under the age of 10" in invalid(age_years=8, pregnant=True)["pregnant"][0]
    assert validate_answers({**GOOD, "sex": "male", "pregnant": False}).pregnant is False
    assert validate_answers({**GOOD, "sex": "other", "pregnant": True}).pregnant is True


def test_sex_specific_and_pregnancy_complaints():
    assert "does not apply" in invalid(complaint="testicular_pain", red_flags={})["complaint"][0]
    assert (
        "does not apply"
        in invalid(complaint="pregnancy_problem", red_flags={}, sex="male", pregnant=None)["complaint"][0]
    )
    assert "not pregnant" in invalid(complaint="pregnancy_problem", red_flags={}, pregnant=False)["pregnant"][0]
    assert "under the age of 10" in invalid(complaint="after_birth", red_flags={}, age_years=6)["complaint"][0]


def test_optional_booleans_reject_other_types():
    for field in (
        "immunocompromised",
        "anticoagulants",
        "diabetes",
        "known_recurrent",
        "immunizations_incomplete",
        "pregnant",
    ):
        assert field in invalid(**{field: "yes"})
        assert field in invalid(**{field: 0})


def test_unknown_top_level_fields_are_reported_without_echoing_unsafe_text():
    fields = invalid(red_flag={"tearing": True}, **{"x" * 500: 1, "\x00": 2})
    message = fields[NON_FIELD][0]
    assert "red_flag" in message and "(unprintable)" in message and "x" * 100 not in message


def test_every_error_is_reported_at_once():
    fields = invalid(age_years="old", sex=None, pain=99, vitals={"spo2": 0})
    assert {"age_years", "sex", "pain", "vitals.spo2"} <= set(fields)


def test_message_is_readable():
    with pytest.raises(AnswersInvalid) as exc:
        validate_answers({**GOOD, "pain": 99})
    assert "pain: Must be between 0 and 10." in str(exc.value)


# --- Fuzzing: nothing but AnswersInvalid, on any JSON ------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**300),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["chest_pain", "female", "male", "sudden", "gt_7d", "alert", "\x00", ""]),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=25,
)
FIELD_NAMES = [
    *sorted(GOOD),
    "immunocompromised",
    "anticoagulants",
    "diabetes",
    "known_recurrent",
    "immunizations_incomplete",
    "extra",
]
VITAL_NAMES = [
    "heart_rate",
    "respiratory_rate",
    "systolic_bp",
    "diastolic_bp",
    "spo2",
    "temperature_c",
    "consciousness",
    "supplemental_oxygen",
    "spo2_scale2",
    "blood_glucose_mmol_l",
    "pulse",
]


def _only_answers_or_invalid(raw) -> None:
    try:
        a = validate_answers(raw)
    except AnswersInvalid as exc:
        assert isinstance(exc.fields, dict) and exc.fields
        assert all(isinstance(k, str) and isinstance(v, list) and v for k, v in exc.fields.items())
        json.dumps(exc.fields)
        str(exc)
    else:
        assert isinstance(a, Answers)
        evaluate(a)  # anything that validates can be triaged


@FUZZ
@given(json_values)
def test_arbitrary_json_never_raises_anything_else(raw):
    _only_answers_or_invalid(raw)


@FUZZ
@given(st.dictionaries(st.sampled_from(FIELD_NAMES), json_values))
def test_arbitrary_values_under_known_fields(raw):
    _only_answers_or_invalid(raw)


@FUZZ
@given(raw_answers(), st.sampled_from(FIELD_NAMES), json_values)
def test_one_corrupted_field_in_otherwise_good_answers(raw, field, value):
    _only_answers_or_invalid({**raw, field: value})


@FUZZ
@given(
    raw_answers(),
    st.dictionaries(st.sampled_from(VITAL_NAMES), json_values),
    st.dictionaries(st.text(max_size=20), json_values, max_size=5),
)
def test_corrupted_vitals_and_red_flags(raw, vitals, flags):
    _only_answers_or_invalid({**raw, "vitals": vitals})
    code = raw["complaint"]
    real = {f.id: v for f, v in zip(complaint_by_code(code).red_flags, flags.values(), strict=False)}
    _only_answers_or_invalid({**raw, "red_flags": {**flags, **real}})


@FUZZ
@given(raw_answers())
def test_generated_good_answers_always_validate(raw):
    assert isinstance(validate_answers(json.loads(json.dumps(raw))), Answers)
