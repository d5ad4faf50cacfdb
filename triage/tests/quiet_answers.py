"""A questionnaire in which nothing but what a test sets is wrong: no pain, no red flag, no danger sign.

Tests of a single rule build on it, so the one measurement or answer they set decides the level.
"""

from __future__ import annotations


def quiet_answers(*, age_years: float, sex: str = "female", complaint: str = "cough", **extra) -> dict:
    """Raw answers as a patient's JSON would arrive: a cough (self-care on its own) for a day, gradual onset."""
    raw = {
        "age_years": age_years,
        "sex": sex,
        "complaint": complaint,
        "pain": 0,
        "onset": "gradual",
        "duration": "1_24h",
        "red_flags": {},
        "danger_signs": {},
        **extra,
    }
    if sex != "male" and age_years >= 10 and "pregnant" not in raw:
        raw["pregnant"] = False  # the questionnaire asks it from age 10; "not asked" would raise the level
    return raw


def no_to_every_question(*, age_years: float, sex: str, complaint: str, **extra) -> dict:
    """quiet_answers with every warning question of the complaint answered "no" (unanswered is not "no": it can
    count as not sure), pregnant for a pregnancy complaint, which is only for the pregnant."""
    from triage.engine import complaint_by_code

    questions = complaint_by_code(complaint).red_flags
    if "pregnancy" in complaint_by_code(complaint).tags:
        extra.setdefault("pregnant", True)
    return quiet_answers(
        age_years=age_years, sex=sex, complaint=complaint, red_flags={q.id: False for q in questions}, **extra
    )
