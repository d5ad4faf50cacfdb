"""Questions in one voice: "you" for the patient, "they" when a carer fills the questionnaire in (issue 10)."""

from __future__ import annotations

import re

import pytest

from triage.engine import catalogue_as_dict
from triage.engine.wording import for_someone_else, for_yourself, voices

SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself|you're|you've)\b", re.IGNORECASE)
THE_PERSON = re.compile(r"\bthe person\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("asked", "about_them"),
    [
        ("Are you pregnant, or could you be?", "Are they pregnant, or could they be?"),
        ("How long have you had it?", "How long have they had it?"),
        ("Is the itch severe, keeping you awake at night?", "Is the itch severe, keeping them awake at night?"),
        ("Did you injure yourself when you fell?", "Did they injure themselves when they fell?"),
        ("Is it stopping you doing everyday things?", "Is it stopping them doing everyday things?"),
        ("Do you take blood-thinning medicine?", "Do they take blood-thinning medicine?"),
        ("Is your immune system weakened?", "Is their immune system weakened?"),
        ("You've had a fit?", "They've had a fit?"),
        # A partner or a medicine called "they": hand-written forms, not the rules.
        (
            "Have you tried hay fever medicines from a pharmacy and they are not helping?",
            "Have they tried hay fever medicines from a pharmacy, and those are not helping?",
        ),
        # Already about the person, or "you" is the helper: as written.
        ("Is the child drooling?", "Is the child drooling?"),
        (
            "Does the person not respond when you speak loudly and tap their shoulders?",
            "Does the person not respond when you speak loudly and tap their shoulders?",
        ),
    ],
)
def test_a_question_put_about_someone_else(asked, about_them):
    assert for_someone_else(asked) == about_them


@pytest.mark.parametrize(
    ("asked", "to_you"),
    [
        (
            "Is the person fighting for breath, able to say only a few words?",
            "Are you fighting for breath, able to say only a few words?",
        ),
        ("Does the person seem very ill?", "Do you seem very ill?"),
        ("Has the person had a fit (seizure)?", "Have you had a fit (seizure)?"),
        ("Is the burn larger than the person's palm?", "Is the burn larger than your palm?"),
        (
            "Did the person lose consciousness, or do they now have chest pain?",
            "Did you lose consciousness, or do you now have chest pain?",
        ),
        ("Is the rash widespread, and the person seems unwell?", "Is the rash widespread, and you seem unwell?"),
        # Nobody answers for themselves while unconscious or fitting: those stay for the bystander.
        ("Is the person unconscious or breathing very slowly?", "Is the person unconscious or breathing very slowly?"),
        # "They" that is not the patient stays.
        ("Could your partner have HIV, or were they ...?", "Could your partner have HIV, or were they ...?"),
        ("Are the toes numb?", "Are the toes numb?"),
    ],
)
def test_a_question_put_to_the_patient(asked, to_you):
    assert for_yourself(asked) == to_you


def test_a_checklist_line_about_the_patient_speaks_to_them():
    line = "So breathless while resting that they cannot finish a sentence"
    assert (
        for_yourself(line, they_is_the_patient=True) == "So breathless while resting that you cannot finish a sentence"
    )
    assert for_yourself(line) == line  # "they" is only read as the patient when the caller says so
    assert voices(line) == {}  # both forms read the same: nothing extra is served


def _served_questions():
    cat = catalogue_as_dict()
    items = [f for c in cat["complaints"] for f in c["red_flags"]] + cat["general_questions"]
    return items, cat["danger_signs"]["signs"]


def test_every_served_question_about_someone_else_says_they():
    """Only a question where "you" is the helper (tap their shoulders) keeps "you" when filling in for them."""
    items, signs = _served_questions()
    left = {q["question"] for q in items + signs if SECOND_PERSON.search(q.get("for_someone_else", q["question"]))}
    assert left == {
        "Does the person not respond when you speak loudly and tap their shoulders?",
        "Not responding normally, not smiling, much less active, or you are worried they are not themselves",
    }


def test_every_served_question_to_the_patient_says_you_unless_a_bystander_answers():
    items, signs = _served_questions()
    adult_signs = [s for s in signs if s["max_age_years"] is None or s["max_age_years"] >= 16]
    left = sorted(
        q["question"]
        for q in items + adult_signs
        if THE_PERSON.search(q.get("for_yourself", q["question"]))
        or (re.search(r"\b(they|their)\b", q.get("for_yourself", q["question"])) and q in adult_signs)
    )
    bystander = re.compile(
        r"unconscious|unresponsive|not breathing|gasping|hard to wake|not waking|fitting|knocked out|not respond"
        r"|with worms|who hurt you"  # another person: the one with worms, the one who hurt you
    )
    assert left and all(bystander.search(q) for q in left), [q for q in left if not bystander.search(q)]
