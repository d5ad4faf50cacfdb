"""Who a question speaks to: the patient ("you") or the person a carer fills the questionnaire in for ("they").

The catalogue's questions were written in two voices: most ask "you", and those a bystander often answers ask
about "the person" (fighting for breath, hard to wake). The page asks which it is at the start, and every
question is then put in that one voice (issue 10: questions address the person consistently).

Both forms are made by a small set of pronoun rules, tested on every served question. "They" takes the same
verb forms as "you" ("are you" / "are they"), so only "the person" needs its verb changed. A question that
already mixes both voices ("... when you speak loudly and tap their shoulders": "you" is the helper) is left
as written unless it has an override below, written by hand.
"""

from __future__ import annotations

import re

# "you" after these words is an object ("it wakes you", "for you"): "them"; elsewhere a subject: "they".
_OBJECT_BEFORE = frozenset(
    {
        "about",
        "affect",
        "affecting",
        "affects",
        "at",
        "bother",
        "bothering",
        "bothers",
        "by",
        "for",
        "from",
        "given",
        "gives",
        "hurt",
        "hurting",
        "hurts",
        "including",
        "keep",
        "keeping",
        "keeps",
        "kept",
        "leave",
        "leaves",
        "let",
        "lets",
        "made",
        "make",
        "makes",
        "making",
        "near",
        "of",
        "on",
        "stop",
        "stopping",
        "stops",
        "than",
        "to",
        "told",
        "troubling",
        "wake",
        "wakes",
        "waking",
        "with",
        "without",
        "woke",
        "woken",
    }
)
_THIRD_PERSON = re.compile(r"\b(the person|they|their|theirs|them|themselves)\b", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)

# Hand-written forms for questions whose pronouns the rules cannot place (another person or a thing is "they").
_FOR_SOMEONE_ELSE = {
    "Have you tried hay fever medicines from a pharmacy and they are not helping?": (
        "Have they tried hay fever medicines from a pharmacy, and those are not helping?"
    ),
    "Has the shape of your eyelids changed, or do they not close fully?": (
        "Has the shape of their eyelids changed, or do the eyelids not close fully?"
    ),
    "Could your partner have HIV, or were they a man who has sex with men or someone who injects drugs?": (
        "Could their partner have HIV, or was the partner a man who has sex with men or someone who injects drugs?"
    ),
    "Are the fingers or toes numb or tingling, or can you not move them?": (
        "Are the fingers or toes numb or tingling, or can they not move them?"
    ),
    "Do your headaches keep coming back without a doctor having checked them, or do you get them on more than 5 "
    "days a month, or need painkillers for them on most days?": (
        "Do their headaches keep coming back without a doctor having checked them, or do they get them on more than "
        "5 days a month, or need painkillers for them on most days?"
    ),
    "Are you in danger now, or is the person who hurt you still nearby?": (
        "Are they in danger now, or is the person who hurt them still nearby?"
    ),
}
_FOR_YOURSELF = {
    "Could the person (often a young child) have breathed in a small object, a toy or food, or did it start with a "
    "sudden choking fit?": (
        "Could you have breathed in a small object or food, or did it start with a sudden choking fit?"
    ),
    "Is the person with worms a child under 2 years old?": "Is the person with worms a child under 2 years old?",
    "Is the person with chickenpox an adult (or a teenager aged 14 or over)?": (
        "Are you an adult (or a teenager aged 14 or over)?"
    ),
    "Is the person's immune system weakened (for example by chemotherapy, steroids or a transplant)?": (
        "Is your immune system weakened (for example by chemotherapy, steroids or a transplant)?"
    ),
}

# States in which nobody answers for themselves: these stay about "the person", for whoever is with them.
_BYSTANDER_ONLY = re.compile(
    r"unconscious|unresponsive|not breathing|only gasping|hard to wake|not waking|jerking or fitting|knocked out"
    r"|not respond",
    re.IGNORECASE,
)

_PERSON_VERB = {
    "is the person": "are you",
    "does the person": "do you",
    "has the person": "have you",
    "did the person": "did you",
    "could the person": "could you",
    "can the person": "can you",
    "was the person": "were you",
    "the person seems": "you seem",
    "the person has": "you have",
    "the person is": "you are",
    "the person was": "you were",
    "the person does": "you do",
    "the person's": "your",
    "the person": "you",
}
_PERSON = re.compile(r"\b(" + "|".join(re.escape(k) for k in _PERSON_VERB) + r")\b", re.IGNORECASE)
_THEY_TO_YOU = {"they": "you", "their": "your", "theirs": "yours", "them": "you", "themselves": "yourself"}
_YOU_TO_THEY = {
    "you're": "they're",
    "you've": "they've",
    "you'd": "they'd",
    "you'll": "they'll",
    "yourself": "themselves",
    "yours": "theirs",
    "your": "their",
}
_YOU_FORMS = re.compile(r"\b(you're|you've|you'd|you'll|yourself|yours|your|you)\b", re.IGNORECASE)


def _same_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def for_someone_else(text: str) -> str:
    """The question about the person being cared for: "Are you..." -> "Are they...", "your" -> "their"."""
    if text in _FOR_SOMEONE_ELSE:
        return _FOR_SOMEONE_ELSE[text]
    if _THIRD_PERSON.search(text):
        return text  # already about them, or mixed voices: as written

    def swap(m: re.Match) -> str:
        word = m.group(1)
        low = word.lower()
        if low != "you":
            return _same_case(word, _YOU_TO_THEY[low])
        before = re.findall(r"[A-Za-z']+", text[: m.start()])
        return _same_case(word, "them" if before and before[-1].lower() in _OBJECT_BEFORE else "they")

    return _YOU_FORMS.sub(swap, text)


def for_yourself(text: str, *, they_is_the_patient: bool = False) -> str:
    """The question put to the patient: "Is the person..." -> "Are you...", "they" -> "you".

    "They" becomes "you" only where it is the patient: in a question about "the person", or in a text whose
    every "they" is the patient (`they_is_the_patient`, the danger-sign checklist), never a partner or a
    medicine. Questions about states nobody answers for themselves (unconscious, fitting) stay as written.
    """
    if text in _FOR_YOURSELF:
        return _FOR_YOURSELF[text]
    about_the_person = "the person" in text.lower() or they_is_the_patient
    if _SECOND_PERSON.search(text) or not about_the_person or _BYSTANDER_ONLY.search(text):
        return text  # already "you", mixed voices, about someone named otherwise (the child), or a bystander's
    text = _PERSON.sub(lambda m: _same_case(m.group(1), _PERSON_VERB[m.group(1).lower()]), text)
    return re.sub(
        r"\b(they|their|theirs|them|themselves)\b",
        lambda m: _same_case(m.group(1), _THEY_TO_YOU[m.group(1).lower()]),
        text,
        flags=re.IGNORECASE,
    )


def voices(question: str, *, they_is_the_patient: bool = False) -> dict[str, str]:
    """The served forms of a question (`for_yourself`, `for_someone_else`); a form that reads the same as the
    question is left out, to keep the page small (the page falls back to `question`)."""
    forms = {
        "for_yourself": for_yourself(question, they_is_the_patient=they_is_the_patient),
        "for_someone_else": for_someone_else(question),
    }
    return {key: text for key, text in forms.items() if text != question}
