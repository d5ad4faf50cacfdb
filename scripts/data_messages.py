"""Write locale/<lang>/LC_MESSAGES/data.po: the text that is data rather than code, ready to translate.

Code and templates are translated through Django's own `django` domain (`manage.py makemessages`). The
questionnaire catalogue, the reasons a result gives, the suggestion content and the medicine catalogue are
data: long tables of clinical text in Python modules, loaded into the database or served as JSON. They are
translated when shown (healthsvc/data_text.py), from this second domain, so that the clinical tables stay
plain and their versions and hashes do not change with a translation.

Run after changing any of those tables (`make messages` does, and compiles the .mo files); a translation
already made is kept, a string that is gone is dropped, and tests fail while any msgstr is empty.

    python scripts/data_messages.py            # update every language's data.po
    python scripts/data_messages.py --check    # exit 1 if a data.po is out of date or has an empty msgstr
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healthsvc.settings_test")

import django  # noqa: E402 - the path above makes the project importable when run as a script

django.setup()

import polib  # noqa: E402
from django.conf import settings  # noqa: E402

from healthsvc.data_text import DOMAIN, SEARCH_WORDS, number_template, resolve  # noqa: E402

# The catalogue keys a patient or a clinician reads; ids, codes, sources (citations stay in the language of
# the standard they cite) and machine values are not translated.
_CATALOGUE_TEXT_KEYS = frozenset(
    {"question", "for_yourself", "for_someone_else", "label", "text", "help", "name", "notice", "none_label", "sign"}
)
_MEDICINE_TEXT_KEYS = (
    "name",
    "summary",
    "strength",
    "adult_dose",
    "child_dose",
    "max_daily_dose",
    "pregnancy_text",
    "breastfeeding_text",
    "warnings",
)


def _strings(value, keys: frozenset[str], key: str | None = None) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, keys, k)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v, keys, key)
    elif isinstance(value, str) and key in keys and value.strip():
        yield value


def catalogue_messages() -> Iterator[tuple[str, str]]:
    """(context, text) for the served questionnaire, its search words and everything a result can say."""
    from triage.engine import catalogue as cat
    from triage.engine.catalogue import COMPLAINTS, catalogue_as_dict

    served = catalogue_as_dict()
    for text in _strings(served, _CATALOGUE_TEXT_KEYS):
        yield "", text
    for group in served["groups"]:
        yield "", group["name"]
    for c in COMPLAINTS:
        # A complaint's own words for the search box: translated as one list, so French words find it too.
        yield SEARCH_WORDS, ", ".join([c.label.lower(), *c.synonyms])
        if c.usual_episode is not None:
            yield "", c.usual_episode.text
        for p in c.persistence:
            yield "", p.text
    for name, _minutes in cat.CTAS_LEVELS.values():
        yield "", name
    yield from (("", t) for t in cat.DISPOSITION_TEXT.values())


def reason_texts() -> Iterator[str]:
    """Every reason and get-help-sooner line the engine can give for a fixed rule, and the reasons the
    development vignettes produce."""
    from bench.triage_accuracy import load_all_cases
    from triage.engine import COMPLAINTS, AnswersInvalid, Reason, evaluate, rules, validate_answers, vitals
    from triage.engine.rulesets import RULESETS

    for heading in rules._HEADINGS.values():
        yield heading.rstrip(": ")
    yield from (*rules._WHILE_WAITING, rules._ON_THE_WAY, rules._GENERAL_999)
    for complaint in COMPLAINTS:
        for male in (False, True):
            for lines in rules._escalation(complaint, male=male).values():
                yield from lines
    for ruleset in RULESETS.values():
        for rule in ruleset.context_rules:
            yield rule.text
        for band, site, course in ruleset.pain_matrix:
            for cue in (False, True):
                yield rules._pain_reason(ruleset, band, site, course, cue).text
        # A vital-sign reason whose level a ruleset field selects (2026.12.2: a cold child under 5, NICE NG51).
        if ruleset.child_under_5_low_temperature_level is not None:
            yield vitals._child_low_temperature_reason(*ruleset.child_under_5_low_temperature_level).text
    for module_value in vars(vitals).values():  # every fixed vital-sign reason, fired by a case or not
        for reason in module_value.values() if isinstance(module_value, dict) else (module_value,):
            if isinstance(reason, Reason):
                yield reason.text
    for case in load_all_cases():
        try:
            result = evaluate(validate_answers(case.answers))
        except AnswersInvalid:  # a case the engine rejects has no reasons to translate
            continue
        for reason in result.reasons:
            yield reason.text


def suggestion_messages() -> Iterator[tuple[str, str]]:
    from suggestions.content_data import COMPLAINTS, GENERIC

    for advice in [*GENERIC.values(), *COMPLAINTS.values()]:
        for text in (advice.headline, advice.summary, advice.routine_headline):
            if text:
                yield "", text
        for text in (*advice.care, *advice.warning_signs, *advice.routine_care):
            yield "", text


def medicine_messages() -> Iterator[tuple[str, str]]:
    from medicine import catalogue_data as data

    for _slug, name, _synonyms, _classes in data.INGREDIENTS:
        yield "", name
    for medicine in data.MEDICINES:
        for key in _MEDICINE_TEXT_KEYS:
            if medicine.get(key):
                yield "", medicine[key]
        for _code, note in medicine.get("indications", ()):
            if note:
                yield "", note
    yield "", data.ASK
    for rule in data.INTERACTION_RULES:
        yield "", rule[3]


def all_messages() -> list[tuple[str, str]]:
    """Every data message once, in a stable order (the order of first appearance)."""
    seen: dict[tuple[str, str], None] = {}
    for context, text in _chain(catalogue_messages(), suggestion_messages(), medicine_messages()):
        if text.strip():
            seen.setdefault((context, text), None)
    # A reason is translated piece by piece where its pieces are messages already (data_text.resolve);
    # only the rest (a vital sign's reason, with its numbers as {0}) becomes a message of its own.
    known = {text for context, text in seen if not context}
    for text in reason_texts():
        if resolve(text, lambda piece: piece if piece in known else None) is None:
            seen.setdefault(("", number_template(text)), None)
            known.add(number_template(text))
    return list(seen)


def _chain(*iterables: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    for iterable in iterables:
        yield from iterable


def po_path(language: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def updated_po(language: str, messages: list[tuple[str, str]]) -> polib.POFile:
    path = po_path(language)
    old = {(e.msgctxt or "", e.msgid): e.msgstr for e in polib.pofile(str(path))} if path.exists() else {}
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "healthsvc data",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n > 1);",
    }
    for context, text in messages:
        po.append(polib.POEntry(msgctxt=context or None, msgid=text, msgstr=old.get((context, text), "")))
    return po


_PLACEHOLDER = re.compile(r"\{\d+\}")


def problems(po: polib.POFile) -> list[str]:
    """Empty translations, and translations that lose or invent a {0}-style number placeholder."""
    out = []
    for e in po:
        if not e.msgstr.strip():
            out.append(f"untranslated: {e.msgid[:80]!r}")
        elif sorted(_PLACEHOLDER.findall(e.msgid)) != sorted(_PLACEHOLDER.findall(e.msgstr)):
            out.append(f"placeholders differ: {e.msgid[:80]!r}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, do not write; exit 1 on any problem")
    args = parser.parse_args()
    messages = all_messages()
    failed = False
    for language, _name in settings.LANGUAGES:
        if language.startswith("en"):
            continue  # the tables are written in English
        po = updated_po(language, messages)
        found = problems(po)
        current = po_path(language).read_text(encoding="utf-8") if po_path(language).exists() else ""
        if args.check:
            if str(po) + "\n" != current and str(po) != current:
                print(f"{po_path(language)} is out of date: run python scripts/data_messages.py")
                failed = True
        else:
            po_path(language).parent.mkdir(parents=True, exist_ok=True)
            po.save(str(po_path(language)))
        print(f"{language}: {len(po)} messages, {len(found)} problems")
        for line in found[:20]:
            print("  " + line)
        failed = failed or bool(found)
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
