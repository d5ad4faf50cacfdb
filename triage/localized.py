"""The questionnaire catalogue and the complaint search in the page's language.

The engine is pure and English (triage/engine); what a person reads is translated when it is served
(healthsvc.data_text, the `data` gettext domain). Ids, codes, rule levels and sources are left as they are,
so the answers a page sends back are the same in every language. French search ranks a complaint by its
translated label and search words as well as its English ones (a bilingual patient may type either).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from typing import Any

from django.utils import translation

from healthsvc.data_text import SEARCH_WORDS, data_text
from triage.engine import COMPLAINTS, Complaint, catalogue_as_dict, search_complaints
from triage.engine.search import ComplaintSearch

# The catalogue keys a patient or clinician reads (scripts/data_messages.py collects exactly these).
TEXT_KEYS = frozenset(
    {"question", "for_yourself", "for_someone_else", "label", "text", "help", "name", "notice", "none_label", "sign"}
)


def _language() -> str:
    return translation.get_language() or "en-gb"


def _translated(value: Any, language: str, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _translated(v, language, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_translated(v, language, key) for v in value]
    if isinstance(value, str) and (key in TEXT_KEYS or key == "group"):
        return data_text(value, language)
    return value


@functools.cache
def _catalogue(language: str) -> dict[str, Any]:
    return _translated(catalogue_as_dict(), language)


def catalogue_in(language: str | None = None) -> dict[str, Any]:
    """A fresh copy of the served catalogue (engine.catalogue_as_dict) in `language` (default: the page's)."""
    return copy.deepcopy(_catalogue(language or _language()))


def page_catalogue(language: str | None = None) -> dict[str, Any]:
    """The catalogue as the questionnaire page needs it: without the rules' citations (a clinician reads them
    on the result) and the search words (the server ranks a search). That is a third of its size, which keeps
    the French page, whose text is longer, well under 100 KB compressed."""
    served = catalogue_in(language)
    for complaint in served["complaints"]:
        del complaint["synonyms"]
        complaint["baseline"].pop("source", None)
        for flag in complaint["red_flags"]:
            flag.pop("source", None)
    for sign in [*served["danger_signs"]["signs"], served["danger_signs"]["not_sure"]]:
        sign.pop("source", None)
    return served


def search_words(complaint: Complaint, language: str) -> tuple[str, ...]:
    """The complaint's search words in `language` (translated as one comma-separated list)."""
    english = ", ".join([complaint.label.lower(), *complaint.synonyms])
    translated = data_text(english, language, context=SEARCH_WORDS)
    if translated == english:
        return ()
    return tuple(word.strip() for word in translated.split(",") if word.strip())


@functools.cache
def _search(language: str) -> ComplaintSearch:
    return ComplaintSearch(
        dataclasses.replace(
            c,
            label=data_text(c.label, language),
            group=data_text(c.group, language),
            synonyms=(*search_words(c, language), c.label, *c.synonyms),
        )
        for c in COMPLAINTS
    )


def search_complaints_in(query: str, limit: int = 10, language: str | None = None) -> list[Complaint]:
    """The complaints best matching a person's own words, in either language; labels in `language`."""
    language = language or _language()
    if language.split("-")[0] == "en":
        return search_complaints(query, limit)
    return _search(language).search(query, limit)
