"""healthsvc triage engine: questionnaire catalogue, validation and a versioned, cited rules engine.

Pure Python (no Django, no I/O), deterministic. Not a validated medical device.

    answers = validate_answers(json_dict)          # raises AnswersInvalid(fields)
    result = evaluate(answers)                     # active ruleset
    shadow = evaluate(answers, CANDIDATE_RULESET)  # shadow comparison
"""

from .catalogue import (
    CATALOGUE,
    CATALOGUE_VERSION,
    COMPLAINTS,
    CTAS_LEVELS,
    DISPOSITION_TEXT,
    Catalogue,
    catalogue_as_dict,
    complaint_by_code,
    danger_signs_for,
    search_complaints,
)
from .complaints.common import GROUPS, Complaint, RedFlag
from .rules import UnknownComplaint, UnknownRuleset, evaluate
from .rulesets import (
    CANDIDATE_RULESET,
    DEFAULT_RULESET,
    LAST_ACTIVE_RULESET,
    PREVIOUS_RULESET,
    RULESETS,
    ContextRule,
    Ruleset,
)
from .types import (
    CONSCIOUSNESS_LEVELS,
    DISPOSITION_RANK,
    DISPOSITIONS,
    DURATION_DAYS,
    DURATIONS,
    LEGACY_DURATIONS,
    ONSETS,
    SEXES,
    Answers,
    Reason,
    Result,
    Vitals,
    more_urgent,
)
from .validation import AnswersInvalid, validate_answers

__all__ = [
    "CANDIDATE_RULESET",
    "CATALOGUE",
    "CATALOGUE_VERSION",
    "COMPLAINTS",
    "CONSCIOUSNESS_LEVELS",
    "CTAS_LEVELS",
    "DEFAULT_RULESET",
    "DISPOSITIONS",
    "DISPOSITION_RANK",
    "DISPOSITION_TEXT",
    "DURATIONS",
    "DURATION_DAYS",
    "GROUPS",
    "LAST_ACTIVE_RULESET",
    "LEGACY_DURATIONS",
    "ONSETS",
    "PREVIOUS_RULESET",
    "RULESETS",
    "SEXES",
    "Answers",
    "AnswersInvalid",
    "Catalogue",
    "Complaint",
    "ContextRule",
    "Reason",
    "RedFlag",
    "Result",
    "Ruleset",
    "UnknownComplaint",
    "UnknownRuleset",
    "Vitals",
    "catalogue_as_dict",
    "complaint_by_code",
    "danger_signs_for",
    "evaluate",
    "more_urgent",
    "search_complaints",
    "validate_answers",
]
